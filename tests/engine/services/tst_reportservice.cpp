// The report service against a real database: a period's actions added up in the zone asked for, on the session's
// workers, and a period the engine refuses comes back as the engine's error; an export's overview names the business,
// its zone and the period's count in the business's days.
#include "db/dberror.h"
#include "migrations/migrator.h"
#include "services/enginesession.h"
#include "services/reportservice.h"
#include "testdatabase.h"
#include "wait.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestReportService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void addsUpThePeriod()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        // 07:30 UTC on the 17th is still the 16th in Los Angeles.
        for (const QString &at : {u"2026-11-17 07:30+00"_s, u"2026-11-17 20:00+00"_s, u"2026-11-18 20:00+00"_s})
            s.exec(u"INSERT INTO ai_actions (agent, run_id, run_started_at, created_at, tool_name, executed) VALUES "
                   "('office_manager', gen_random_uuid(), now(), ?::timestamptz, 'create_task', true)"_s,
                   {at});
        EngineSession session(db.settings());
        const QTimeZone pacific("America/Los_Angeles");
        const ActionSummary::Summary days =
            Wait::forTask(session.reports().summary({}, QDate(2026, 11, 17), QDate(2026, 11, 18), pacific));
        QCOMPARE(days.total, 2);
        const ActionSummary::Summary utcDays =
            Wait::forTask(session.reports().summary({}, QDate(2026, 11, 17), QDate(2026, 11, 18), QTimeZone::utc()));
        QCOMPARE(utcDays.total, 3);

        try {
            Wait::forTask(session.reports().summary({}, QDate(2025, 1, 1), QDate(2026, 11, 18), pacific));
            QFAIL("added up a period of almost two years");
        } catch (const DbError &error) {
            QCOMPARE(error.kind(), DbError::Kind::Usage);
        }
    }

    void overviewOfAnExport()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        s.exec(u"INSERT INTO mentats_settings (key, value) VALUES ('business_name', '\"Harbor Shop\"'), "
               "('business_time_zone', '\"America/Los_Angeles\"') "
               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        // 07:30 UTC on the 17th is still the 16th in the business's zone; 20:00 on the 19th is after the period.
        for (const QString &at :
             {u"2026-11-17 07:30+00"_s, u"2026-11-17 20:00+00"_s, u"2026-11-18 20:00+00"_s, u"2026-11-19 20:00+00"_s})
            s.exec(u"INSERT INTO ai_actions (agent, run_id, run_started_at, created_at, tool_name, executed) VALUES "
                   "('office_manager', gen_random_uuid(), now(), ?::timestamptz, 'create_task', true)"_s,
                   {at});
        EngineSession session(db.settings());
        const ReportService::Overview pdf =
            Wait::forTask(session.reports().overview({}, QDate(2026, 11, 17), QDate(2026, 11, 18), true));
        QCOMPARE(pdf.business, u"Harbor Shop"_s);
        QCOMPARE(pdf.zone.id(), QByteArray("America/Los_Angeles"));
        QCOMPARE(pdf.total, 2);
        QCOMPARE(pdf.summary.total, 2);

        const ReportService::Overview text =
            Wait::forTask(session.reports().overview({}, QDate(2026, 11, 16), QDate(2026, 11, 18), false));
        QCOMPARE(text.total, 3);
        QCOMPARE(text.summary.total, 0); // not asked for

        ActionLog::Filter unknown;
        unknown.status = u"no such status"_s;
        QVERIFY_THROWS_EXCEPTION(DbError, Wait::forTask(session.reports().overview(unknown, QDate(2026, 11, 17),
                                                                                   QDate(2026, 11, 18), false)));
    }
};

QTEST_GUILESS_MAIN(TestReportService)
#include "tst_reportservice.moc"
