// The Metrics page's service against a real database: the business scope and places to choose from, a sales file
// mapped from its header and imported — counted in the daily figures at once (the roll-up), not at the next nightly
// one — then read back as a series, a ranking page and a name search.
#include "db/database.h"
#include "db/dberror.h"
#include "fixedclock.h"
#include "migrations/migrator.h"
#include "services/metricsservice.h"
#include "testdatabase.h"
#include "wait.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kSales = "Date,Employee,Store,Amount,Items,Refund,Receipt\n"
                          "2026-11-02 09:15,Ana Ruiz,Old Town,12.50,1,,R1\n"
                          "2026-11-02 11:30,Ana Ruiz,Old Town,7.50,3,no,R2\n";

} // namespace

class TestMetricsService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsAndReadsTheFigures()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        s.exec(u"INSERT INTO users (email, username, pin_hash, name) VALUES ('ana@x', 'ana', 'x', 'Ana Ruiz')"_s);
        s.exec(u"INSERT INTO locations (name) VALUES ('Old Town')"_s);
        s.exec(u"INSERT INTO locations (name, is_active) VALUES ('Dockside', false)"_s);
        Database database(db.settings());
        MetricsService metrics(
            database, std::make_shared<FixedClock>(QDateTime(QDate(2026, 11, 10), QTime(18, 0), QTimeZone::utc())));

        const MetricsService::Setup setup = Wait::forTask(metrics.setup());
        QCOMPARE(setup.locations.size(), 2);
        QCOMPARE(setup.locations.at(0).name, u"Dockside"_s);
        QVERIFY(!setup.locations.at(0).active); // closed, still offered
        QCOMPARE(setup.context.calendar.zone().id(), QByteArray("America/Los_Angeles"));

        const QStringList header = QString::fromUtf8(kSales.left(kSales.indexOf('\n'))).split(u',');
        ImportRequest request;
        request.mapping = Wait::forTask(metrics.importMapping(ImportMapping::Kind::Pos, header));
        request.mapping.dateFormat = u"yyyy-MM-dd"_s;
        QCOMPARE(request.mapping.kind, ImportMapping::Kind::Pos);
        request.fileName = u"sales.csv"_s;
        request.content = kSales;
        request.mode = ImportRequest::Mode::Check;
        MetricsService::Imported checked = Wait::forTask(metrics.import(request));
        QCOMPARE(checked.report.outcome, ImportReport::Outcome::Checked);
        QVERIFY(checked.rolledUp.isEmpty()); // nothing written, nothing to roll up

        request.mode = ImportRequest::Mode::GoodRows;
        const MetricsService::Imported imported = Wait::forTask(metrics.import(request));
        QCOMPARE(imported.report.outcome, ImportReport::Outcome::Imported);
        QVERIFY(!imported.rolledUp.isEmpty());

        // Read back at once: the roll-up ran.
        MetricsQuery query{QDate(2026, 11, 1), QDate(2026, 11, 7), {}, {}};
        const MetricsSeries::Result series = Wait::forTask(metrics.series(query, setup.context));
        QCOMPARE(series.days.size(), 7);
        QCOMPARE(series.totals.sales, std::optional<double>(20.0));
        const MetricsTable::Page page = Wait::forTask(
            metrics.tablePage(MetricsTable::Request{query, MetricsTable::Rows::Locations}, setup.context));
        QCOMPARE(page.rows.size(), 1); // the closed one is not ranked
        QCOMPARE(page.rows.front().name, u"Old Town"_s);
        QCOMPARE(page.rows.front().sales, std::optional<double>(20.0));
        const QList<MetricsChoices::Choice> people = Wait::forTask(metrics.people(u"ruiz"_s, setup.context));
        QCOMPARE(people.size(), 1);
        QCOMPARE(people.front().name, u"Ana Ruiz"_s);

        // A bad query reaches the caller as a DbError.
        query.to = query.from.addDays(-1);
        QVERIFY_THROWS_EXCEPTION(DbError, Wait::forTask(metrics.series(query, setup.context)));
    }

    void previewsWhatTheOptimizerSees()
    {
        TestDatabase db;
        Migrator().migrate(db.session());
        Database database(db.settings());
        MetricsService service(database, Clock::system());
        const OptimizerPreview preview = Wait::forTask(service.optimizerPreview());
        QVERIFY(!preview.modules.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestMetricsService)
#include "tst_metricsservice.moc"
