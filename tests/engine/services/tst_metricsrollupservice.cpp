// The metrics roll-up service against a real database: the days asked for or, without them, the nightly job's week,
// both counted from the session's clock in the business's days; a range that has not begun is refused.
#include "db/dberror.h"
#include "fixedclock.h"
#include "migrations/migrator.h"
#include "services/enginesession.h"
#include "services/metricsrollupservice.h"
#include "testdatabase.h"
#include "wait.h"

#include <QTest>
#include <atomic>

using namespace Qt::Literals::StringLiterals;

namespace {
// Tuesday 10 November, 10:00 in Los Angeles (the default business zone).
const QDateTime kNow = QDateTime(QDate(2026, 11, 10), QTime(10, 0), QTimeZone("America/Los_Angeles")).toUTC();
} // namespace

class TestMetricsRollupService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rollsUpTheDaysOfTheSessionsClock()
    {
        TestDatabase db;
        Migrator().migrate(db.session());
        EngineSession session(db.settings(), std::make_shared<FixedClock>(kNow));

        auto calls = std::make_shared<std::atomic<int>>(0);
        const MetricsRollup::Report days = Wait::forTask(session.metricsRollup().rollUp(
            std::make_pair(QDate(2026, 11, 4), QDate(2026, 11, 5)), [calls](QDate through, int done, int total) {
                if (through == QDate(2026, 11, 5) && done == 2 && total == 2)
                    ++*calls;
                return true;
            }));
        QCOMPARE(days.from, QDate(2026, 11, 4));
        QCOMPARE(days.to, QDate(2026, 11, 5));
        QCOMPARE(days.days, 2);
        QCOMPARE(calls->load(), 1); // told once the one transaction was done

        const MetricsRollup::Report nightly = Wait::forTask(session.metricsRollup().rollUp(std::nullopt));
        QCOMPARE(nightly.from, QDate(2026, 11, 3));
        QCOMPARE(nightly.to, QDate(2026, 11, 9)); // the week before today, by the session's clock

        try {
            Wait::forTask(session.metricsRollup().rollUp(std::make_pair(QDate(2026, 11, 5), QDate(2026, 11, 11))));
            QFAIL("rolled up a day that has not begun");
        } catch (const DbError &error) {
            QCOMPARE(error.kind(), DbError::Kind::Usage);
        }
    }
};

QTEST_GUILESS_MAIN(TestMetricsRollupService)
#include "tst_metricsrollupservice.moc"
