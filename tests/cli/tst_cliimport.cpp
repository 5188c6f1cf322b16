// `mentats pos import` and `mentats auction import` as an operator meets them: the bad rows listed with their line
// numbers, one summary line, --check that writes nothing, --all-or-nothing, a second import that adds nothing, the
// saved mapping used next time, and exit codes like every other command.
#include "clirunner.h"
#include "scratchfile.h"
#include "testdatabase.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

using ScratchFile::write;

class TestCliImport : public QObject
{
    Q_OBJECT

private:
    CliRunner m_cli;

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(CliRunner::binary()), "MENTATS_CLI must name the mentats binary"); }

    void importsPosSales()
    {
        TestDatabase db;
        const QString url = db.settings().toUrl();
        QCOMPARE(m_cli.run({u"migrate"_s, u"--db"_s, url}).exitCode, 0);
        db.session().exec(
            u"INSERT INTO users (email, username, pin_hash, name) VALUES "
            "('ana@example.com', 'ana', 'x', 'Ana Ruiz'), ('jake@example.com', 'jake', 'x', 'Jake Moss')"_s);
        QTemporaryDir dir;
        // Day/month dates: the header names the columns, the date format has to be said.
        const QString sales = write(dir, u"sales.csv"_s,
                                    "Sale Date;Cashier;Net Sales\n"
                                    "02/11/2026 09:15;Ana Ruiz;12,50\n"
                                    "02/11/2026 10:00;Jake Moss;7,50\n"
                                    "31/11/2026 10:00;Jake Moss;1,00\n"
                                    "03/11/2026 10:00;Nobody;1,00\n");
        const QStringList base{u"pos"_s, u"import"_s,        sales,           u"--db"_s,
                               url,      u"--date-format"_s, u"dd/MM/yyyy"_s, u"--decimal-comma"_s};

        const CliResult check = m_cli.run(base + QStringList{u"--check"_s});
        QCOMPARE(check.exitCode, 1);
        QCOMPARE(check.out.split(u'\n'),
                 (QStringList{u"line 4: date \"31/11/2026 10:00\" does not fit the format dd/MM/yyyy"_s,
                              u"line 5: employee \"Nobody\" matches no TeamTime user by name"_s,
                              u"2 of 4 rows can be imported for 2026-11-02; 2 rows with problems."_s}));
        QCOMPARE(db.session().scalar(u"SELECT count(*) FROM mentats_pos_sales"_s).toInt(), 0);

        const CliResult strict = m_cli.run(base + QStringList{u"--all-or-nothing"_s});
        QCOMPARE(strict.exitCode, 1);
        QVERIFY2(strict.lastOutLine().startsWith(u"Nothing was imported"_s), qPrintable(strict.out));
        QCOMPARE(db.session().scalar(u"SELECT count(*) FROM mentats_pos_sales"_s).toInt(), 0);

        const CliResult imported = m_cli.run(base);
        QCOMPARE(imported.exitCode, 1); // rows were left out: a script must notice
        QVERIFY2(imported.out.contains(u"Imported 2 of 4 rows for 2026-11-02; 2 rows with problems."_s),
                 qPrintable(imported.out));
        QVERIFY2(imported.out.contains(u"Business days changed: 2026-11-02 to 2026-11-02."_s),
                 qPrintable(imported.out));
        QCOMPARE(db.session().scalar(u"SELECT sum(amount)::text FROM mentats_pos_sales"_s).toString(), u"20.00"_s);
        // The changed day is rolled up at once: the daily metrics have Ana's and Jake's sales.
        QCOMPARE(imported.lastOutLine(),
                 u"Rolled up 2026-11-02 (1 day, 1 with sales): 2 person-days, 0 location-days."_s);
        QCOMPARE(db.session()
                     .scalar(u"SELECT total_sales::text FROM staff_metrics_daily m JOIN users u ON u.id = m.user_id "
                             "WHERE u.name = 'Ana Ruiz' AND m.date = '2026-11-02 00:00 America/Los_Angeles'"_s)
                     .toString(),
                 u"12.50"_s);

        // The good rows again, with the saved mapping (no options): nothing new.
        const QString good = write(dir, u"good.csv"_s,
                                   "Sale Date;Cashier;Net Sales\n02/11/2026 09:15;Ana Ruiz;12,50\n"
                                   "02/11/2026 10:00;Jake Moss;7,50\n");
        const CliResult again = m_cli.run({u"pos"_s, u"import"_s, good, u"--db"_s, url});
        QCOMPARE(again.exitCode, 0);
        QCOMPARE(again.out, u"Imported 0 of 2 rows (2 already imported) for 2026-11-02."_s);
        QCOMPARE(db.session().scalar(u"SELECT count(*) FROM mentats_pos_sales"_s).toInt(), 2);
        QCOMPARE(db.session().scalar(u"SELECT count(*) FROM mentats_metrics_imports WHERE kind = 'pos'"_s).toInt(), 2);
    }

    void explainsWhatIsMissing()
    {
        TestDatabase db;
        const QString url = db.settings().toUrl();
        QCOMPARE(m_cli.run({u"migrate"_s, u"--db"_s, url}).exitCode, 0);
        QTemporaryDir dir;
        const QString odd = write(dir, u"odd.csv"_s, "When,Who,How much\n2026-11-02,Ana,1\n");
        const CliResult unmapped = m_cli.run({u"pos"_s, u"import"_s, odd, u"--db"_s, url});
        QCOMPARE(unmapped.exitCode, 2);
        QCOMPARE(unmapped.errLines().size(), 1);
        QVERIFY2(unmapped.err.contains(u"Choose the column for \"Date\"."_s) &&
                     unmapped.err.contains(u"the file's columns are: When, Who, How much."_s),
                 qPrintable(unmapped.err));

        const QString mapping = write(dir, u"mapping.json"_s,
                                      R"({"columns": {"date": "When", "employee": "Who", "amount": "How much"},
                                          "employeeMatch": "pos_id"})");
        const CliResult unknown = m_cli.run({u"pos"_s, u"import"_s, odd, u"--mapping"_s, mapping, u"--db"_s, url});
        QCOMPARE(unknown.exitCode, 1);
        QCOMPARE(unknown.out, u"line 2: employee \"Ana\" matches no TeamTime user by POS id\n"
                              "Nothing was imported: no row can be imported."_s);

        const CliResult noFile = m_cli.run({u"pos"_s, u"import"_s, dir.filePath(u"missing.csv"_s), u"--db"_s, url});
        QCOMPARE(noFile.exitCode, 1);
        QVERIFY2(noFile.err.startsWith(u"mentats: Cannot read the file"_s), qPrintable(noFile.err));
        const CliResult noAction = m_cli.run({u"pos"_s, u"--db"_s, url});
        QCOMPARE(noAction.exitCode, 2);
        QVERIFY(noAction.err.contains(u"mentats pos import FILE.csv"_s));
    }

    void importsAuctionFigures()
    {
        TestDatabase db;
        const QString url = db.settings().toUrl();
        QCOMPARE(m_cli.run({u"migrate"_s, u"--db"_s, url}).exitCode, 0);
        QTemporaryDir dir;
        QByteArray csv = "Auction,Date,Lots Listed,Lots Sold,No Pay Rate\n"
                         "Spring Estate Sale,2026-11-20,40,30,5%\n"
                         "Spring Estate Sale,2026-11-21,40,28,2.5%\n";
        const QString file = write(dir, u"auctions.csv"_s, csv);
        const CliResult first = m_cli.run({u"auction"_s, u"import"_s, file, u"--db"_s, url});
        QCOMPARE(first.exitCode, 0);
        QCOMPARE(first.out, u"Imported 2 of 2 rows for 2026-11-20 to 2026-11-21.\n"
                            "Business days changed: 2026-11-20 to 2026-11-21."_s);
        csv.replace("40,28", "40,29");
        const QString fixed = write(dir, u"fixed.csv"_s, csv);
        const CliResult second = m_cli.run({u"auction"_s, u"import"_s, fixed, u"--db"_s, url});
        QCOMPARE(second.exitCode, 0);
        QCOMPARE(second.out,
                 u"Imported 1 of 2 rows (1 already imported, 1 replacing earlier figures) for 2026-11-20 to "
                 "2026-11-21.\nBusiness days changed: 2026-11-21 to 2026-11-21."_s);
        QCOMPARE(db.session().scalar(u"SELECT count(*) || ' ' || sum(lots_sold) FROM auction_metrics"_s).toString(),
                 u"2 59"_s);
        QCOMPARE(db.session().scalar(u"SELECT label FROM mentats_auctions"_s).toString(), u"Spring Estate Sale"_s);
    }
};

QTEST_GUILESS_MAIN(TestCliImport)
#include "tst_cliimport.moc"
