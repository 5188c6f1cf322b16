// Auction figures from CSV into auction_metrics on a real database: auctions named by name get a stable uuid and a
// label, days are business days, importing a day again replaces its figures (never a second row) or leaves them when
// they are the same, and the auction-metrics (Revenue Optimizer) and auction-ops (Office Manager) modules come on
// only once there are figures for them to show.
#include "context/contextregistry.h"
#include "context/providers/auctionmetricsprovider.h"
#include "context/providers/auctionopsprovider.h"
#include "fixedclock.h"
#include "jsoncompare.h"
#include "metrics/auctionimporter.h"
#include "metrics/csvreader.h"
#include "metrics/metricsimporter.h"
#include "migrations/migrator.h"
#include "testdatabase.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

const QTimeZone kPacific("America/Los_Angeles");
const QDateTime kNow = QDateTime(QDate(2026, 11, 24), QTime(12, 0), kPacific).toUTC();
const QString kUuidAuction = u"00000000-0000-4000-8000-0000000000a1"_s;

const QByteArray kHeader = "Auction,Date,Lots Listed,Lots Sold,Sell Through,Avg Final Price,No Pay Rate,Photos per lot,"
                           "Creation to first bid,Bid to hammer,Hammer to payment,Payment to shipment\n";

// Three usual days, then yesterday with a slow shipment.
const QByteArray kFile = kHeader + "Spring Estate Sale,2026-11-20,40,30,75%,25.50,5%,6.5,120,30,60,1440\n"
                                   "Spring Estate Sale,2026-11-21,40,28,70%,24.00,5%,6.5,110,30,70,1400\n"
                                   "Spring Estate Sale,2026-11-22,40,32,80%,26.00,2.5%,6,130,30,50,1480\n"
                                   "00000000-0000-4000-8000-0000000000A1,2026-11-22,10,5,50%,10,0%,4,60,20,30,600\n";
const QByteArray kYesterday = kHeader + "\"Spring Estate Sale\",2026-11-23,20,10,50%,30.00,10%,5,140,35,65,4000\n";

ImportReport import(SqlSession &s, const QByteArray &csv, const QString &name = u"auctions.csv"_s)
{
    ImportRequest request;
    request.mapping = ImportMapping::guess(ImportMapping::Kind::Auction, CsvReader::read(csv).header);
    request.fileName = name;
    request.content = csv;
    return MetricsImporter::run(s, request);
}

ContextRequest request(Agent agent)
{
    ContextRequest r;
    r.agent = agent;
    r.calendar = BusinessCalendar(kPacific, std::make_shared<FixedClock>(kNow));
    return r;
}

} // namespace

class TestAuctionImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsAuctionsByNameOrUuid()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        const ImportReport report = import(s, kFile);
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.value(0).reason));
        QCOMPARE(report.rowsImported, 4);
        QCOMPARE(report.firstDay, QDate(2026, 11, 20));
        QCOMPARE(report.changedLastDay, QDate(2026, 11, 22));

        const QUuid spring = AuctionImporter::auctionId(u"Spring Estate Sale"_s);
        QCOMPARE(spring.version(), QUuid::Sha1);
        QCOMPARE(AuctionImporter::auctionId(u"  spring  estate SALE "_s), spring); // the same auction in every file
        QCOMPARE(AuctionImporter::auctionId(kUuidAuction.toUpper()), QUuid(kUuidAuction));
        const QString springId = spring.toString(QUuid::WithoutBraces);
        QCOMPARE(s.scalar(u"SELECT label FROM mentats_auctions WHERE id = ?::uuid"_s, {springId}).toString(),
                 u"Spring Estate Sale"_s);
        QCOMPARE(s.scalar(u"SELECT count(*) FROM mentats_auctions"_s).toInt(), 1); // a uuid needs no label
        QCOMPARE(s.scalar(u"SELECT count(*) || ' ' || sum(lots_sold) || ' ' || min(no_pay_rate)::text FROM "
                          "auction_metrics WHERE auction_id = ?::uuid"_s,
                          {springId})
                     .toString(),
                 u"3 90 0.0250"_s);
        QCOMPARE(s.scalar(u"SELECT sell_through_percent::text || ' ' || avg_final_price::text || ' ' || "
                          "avg_payment_to_shipment_minutes FROM auction_metrics WHERE auction_id = ?::uuid"_s,
                          {kUuidAuction})
                     .toString(),
                 u"50.00 10.00 600"_s);
        // Midnight of the business day in the business's zone (Los Angeles by default), not the machine's.
        QCOMPARE(s.scalar(u"SELECT to_char(min(date) AT TIME ZONE 'America/Los_Angeles', 'YYYY-MM-DD HH24:MI') "
                          "FROM auction_metrics"_s)
                     .toString(),
                 u"2026-11-20 00:00"_s);
        QCOMPARE(s.scalar(u"SELECT rows_imported FROM mentats_metrics_imports WHERE kind = 'auction'"_s).toInt(), 4);
    }

    void importingADayAgainReplacesItsFigures()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        import(s, kFile);
        const ImportReport again = import(s, kFile, u"again.csv"_s);
        QCOMPARE(again.outcome, ImportReport::Outcome::Imported);
        QCOMPARE(again.rowsImported, 0);
        QCOMPARE(again.rowsDuplicate, 4);
        QVERIFY(!again.hasChanges());
        QCOMPARE(s.scalar(u"SELECT count(*) FROM auction_metrics"_s).toInt(), 4);

        QByteArray corrected = kFile;
        corrected.replace("2026-11-21,40,28,70%", "2026-11-21,40,29,72.5%");
        const ImportReport fixed = import(s, corrected, u"corrected.csv"_s);
        QCOMPARE(fixed.rowsImported, 1);
        QCOMPARE(fixed.rowsReplaced, 1);
        QCOMPARE(fixed.rowsDuplicate, 3);
        QCOMPARE(fixed.changedFirstDay, QDate(2026, 11, 21));
        QCOMPARE(fixed.changedLastDay, QDate(2026, 11, 21));
        QCOMPARE(s.scalar(u"SELECT count(*) FROM auction_metrics"_s).toInt(), 4);
        QCOMPARE(s.scalar(u"SELECT lots_sold || ' ' || sell_through_percent::text FROM auction_metrics "
                          "WHERE date = '2026-11-21 00:00 America/Los_Angeles'"_s)
                     .toString(),
                 u"29 72.50"_s);
        QVERIFY2(fixed.summary().contains(u"1 replacing earlier figures"_s), qPrintable(fixed.summary()));
    }

    void reportsBadAuctionRows()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        const QByteArray csv = kHeader + "Spring,2026-11-20,40,30,75%,25.50,5%,6.5,120,30,60,1440\n"
                                         ",2026-11-20,1,1,,,,,,,,\n"
                                         "Spring,2026-11-20,40,31,75%,25.50,5%,6.5,120,30,60,1440\n"
                                         "Autumn,2026-11-20,10,12,,,,,,,,\n"
                                         "Autumn,2026-11-21,10,2,,,150%,,,,,\n";
        const ImportReport report = import(s, csv);
        QCOMPARE(report.rowsImported, 1);
        QCOMPARE(report.problems.size(), 4);
        QCOMPARE(report.problems.at(0).line, 3);
        QVERIFY(report.problems.at(0).reason.contains(u"no auction"_s));
        QCOMPARE(report.problems.at(1).line, 4);
        QVERIFY2(report.problems.at(1).reason.contains(u"again (first on line 2)"_s),
                 qPrintable(report.problems.at(1).reason));
        QCOMPARE(report.problems.at(2).line, 5);
        QVERIFY(report.problems.at(2).reason.contains(u"12 lots sold of 10 listed"_s));
        QCOMPARE(report.problems.at(3).line, 6);
        QVERIFY2(report.problems.at(3).reason.contains(u"no pay rate \"150%\" is more than 100%"_s),
                 qPrintable(report.problems.at(3).reason));
    }

    void auctionModulesComeOnWithFigures()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        const AuctionMetricsProvider metrics;
        const AuctionOpsProvider ops;
        const ContextRequest optimizer = request(Agent::RevenueOptimizer);
        const ContextRequest officeManager = request(Agent::OfficeManager);
        QVERIFY(!metrics.isEnabled(s, optimizer));
        QVERIFY(!ops.isEnabled(s, officeManager));
        QStringList officeManagerModules;
        for (const auto &provider : ContextRegistry::forAgent(Agent::OfficeManager))
            officeManagerModules << provider->moduleId();
        QVERIFY(officeManagerModules.contains(u"auction-ops"_s));

        import(s, kFile);
        QVERIFY(metrics.isEnabled(s, optimizer));
        QVERIFY(!ops.isEnabled(s, officeManager)); // nothing today or yesterday: old figures are the optimizer's

        import(s, kYesterday, u"yesterday.csv"_s);
        QVERIFY(ops.isEnabled(s, officeManager));
        const ContextModule module = ops.build(s, officeManager);
        QCOMPARE(module.data["yesterday"], json("2026-11-23"));
        QCOMPARE(module.data["auctions"].size(), size_t(1));
        const json &spring = module.data["auctions"][0];
        QCOMPARE(spring["label"], json("Spring Estate Sale"));
        QCOMPARE(spring["days"][0]["lotsSold"], json(10));
        QCOMPARE(spring["days"][0]["steps"]["paymentToShipment"], json(4000));
        QCOMPARE(
            spring["slowSteps"],
            json::parse(R"([{"day":"2026-11-23","step":"paymentToShipment","minutes":4000,"usualMinutes":1440}])"));
        QCOMPARE(module.attention.value(u"slowAuctionSteps"_s), 1);
        QVERIFY2(module.prompt.contains(u"SLOW yesterday: payment to shipment took 4000 min (usually 1440)"_s),
                 qPrintable(module.prompt));
        QVERIFY2(module.prompt.contains(u"«Spring Estate Sale»"_s), qPrintable(module.prompt)); // a name is data

        const ContextModule history = metrics.build(s, optimizer);
        QCOMPARE(history.data["auctions"].size(), size_t(2));
        QVERIFY2(history.prompt.contains(u"] «Spring Estate Sale»: 4 days, 140 lots listed, 100 sold"_s),
                 qPrintable(history.prompt));
    }
};

QTEST_GUILESS_MAIN(TestAuctionImport)
#include "tst_auctionimport.moc"
