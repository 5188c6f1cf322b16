// POS sales imports into a real database: per transaction and per day (sums exact to the cent), dates stamped in the
// business's time zone, bad rows listed with the file's line numbers while the good rows go in (or nothing, when all
// or nothing is asked for), the same file twice adding nothing, and employees matched by name, email or POS id —
// never guessed.
#include "db/dberror.h"
#include "metrics/importmapping.h"
#include "metrics/metricsimporter.h"
#include "migrations/migrator.h"
#include "testdatabase.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

class Fixture
{
public:
    explicit Fixture(TestDatabase &db) : m_s(db.session())
    {
        Migrator().migrate(m_s);
        // Far from the machine's zone (the tests run in Pacific/Auckland): stamping in the wrong zone shows.
        m_s.exec(u"INSERT INTO mentats_settings (key, value) VALUES ('business_time_zone', '\"America/Chicago\"') "
                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
    }

    QString person(const QString &name, const QString &email)
    {
        return m_s
            .scalar(u"INSERT INTO users (email, username, pin_hash, name) VALUES (?, ?, 'x', ?) RETURNING id::text"_s,
                    {email, email.section(u'@', 0, 0), name})
            .toString();
    }

    QString location(const QString &name)
    {
        return m_s.scalar(u"INSERT INTO locations (name) VALUES (?) RETURNING id::text"_s, {name}).toString();
    }

    ImportReport import(const QByteArray &csv, const ImportMapping &mapping,
                        ImportRequest::Mode mode = ImportRequest::Mode::GoodRows, const QString &name = u"sales.csv"_s)
    {
        ImportRequest request;
        request.mapping = mapping;
        request.fileName = name;
        request.content = csv;
        request.mode = mode;
        request.importedBy = u"test"_s;
        return MetricsImporter::run(m_s, request);
    }

    QVariant scalar(const QString &sql, const QVariantList &params = {}) { return m_s.scalar(sql, params); }

private:
    SqlSession &m_s;
};

ImportMapping transactions()
{
    ImportMapping m;
    m.kind = ImportMapping::Kind::Pos;
    m.columns = {{u"date"_s, u"Date"_s},
                 {u"employee"_s, u"Employee"_s},
                 {u"location"_s, u"Store"_s},
                 {u"amount"_s, u"Amount"_s},
                 {u"items"_s, u"Items"_s},
                 {u"refund"_s, u"Refund"_s},
                 {u"transaction_ref"_s, u"Receipt"_s}};
    m.dateFormat = u"yyyy-MM-dd"_s;
    return m;
}

const QByteArray kGood = "Date,Employee,Store,Amount,Items,Refund,Receipt\n"
                         "2026-11-02 09:15,Ana Ruiz,Old Town,12.50,1,,R1\n"
                         "2026-11-02 23:30,Ana Ruiz,Old Town,\"1,000.05\",3,no,R2\n"
                         "2026-11-03,Jake Moss,Old Town,-20.00,1,yes,R3\n"
                         "2026-11-04 10:00,jake moss,old town,7.45,2,,R4\n";

} // namespace

class TestPosImport : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importsTransactionsExactlyInBusinessTime()
    {
        TestDatabase db;
        Fixture f(db);
        const QString ana = f.person(u"Ana Ruiz"_s, u"ana@example.com"_s);
        const QString jake = f.person(u"Jake Moss"_s, u"jake@example.com"_s);
        const QString store = f.location(u"Old Town"_s);

        const ImportReport report = f.import(kGood, transactions());
        QCOMPARE(report.outcome, ImportReport::Outcome::Imported);
        QVERIFY2(report.problems.isEmpty(), qPrintable(report.problems.value(0).reason));
        QCOMPARE(report.rowsRead, 4);
        QCOMPARE(report.rowsImported, 4);
        QCOMPARE(report.firstDay, QDate(2026, 11, 2));
        QCOMPARE(report.lastDay, QDate(2026, 11, 4));
        QCOMPARE(report.changedFirstDay, QDate(2026, 11, 2));
        QCOMPARE(report.changedLastDay, QDate(2026, 11, 4));

        QCOMPARE(f.scalar(u"SELECT sum(amount)::text FROM mentats_pos_sales"_s).toString(), u"1000.00"_s);
        QCOMPARE(
            f.scalar(u"SELECT sum(amount)::text FROM mentats_pos_sales WHERE user_id = ?::uuid"_s, {ana}).toString(),
            u"1012.55"_s);
        QCOMPARE(f.scalar(u"SELECT count(*) FROM mentats_pos_sales WHERE user_id = ?::uuid AND location_id = ?::uuid"_s,
                          {jake, store})
                     .toInt(),
                 2); // "jake moss" at "old town": case is not a different person
        QCOMPARE(f.scalar(u"SELECT sum(refunds) FROM mentats_pos_sales"_s).toInt(), 1);
        QCOMPARE(f.scalar(u"SELECT sum(items) FROM mentats_pos_sales"_s).toInt(), 7);
        // 23:30 in Chicago on 2 November is 05:30 UTC on the 3rd; a date alone is midnight of that business day.
        QCOMPARE(f.scalar(u"SELECT to_char(sold_at AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI') FROM mentats_pos_sales "
                          "WHERE transaction_ref = 'R2'"_s)
                     .toString(),
                 u"2026-11-03 05:30"_s);
        QCOMPARE(f.scalar(u"SELECT to_char(sold_at AT TIME ZONE 'America/Chicago', 'YYYY-MM-DD HH24:MI') "
                          "FROM mentats_pos_sales WHERE transaction_ref = 'R3'"_s)
                     .toString(),
                 u"2026-11-03 00:00"_s);
        QCOMPARE(f.scalar(u"SELECT count(*) FROM mentats_pos_sales WHERE per_day"_s).toInt(), 0);

        QCOMPARE(f.scalar(u"SELECT rows_read || '/' || rows_imported || '/' || rows_duplicate || '/' || rows_rejected "
                          "|| ' ' || first_day || ' ' || last_day || ' ' || file_name FROM mentats_metrics_imports "
                          "WHERE id = ?::uuid AND kind = 'pos'"_s,
                          {report.importId})
                     .toString(),
                 u"4/4/0/0 2026-11-02 2026-11-04 sales.csv"_s);
        QCOMPARE(
            f.scalar(u"SELECT count(*) FROM mentats_pos_sales WHERE import_id = ?::uuid"_s, {report.importId}).toInt(),
            4);
        // The mapping is kept for the next file.
        QCOMPARE(f.scalar(u"SELECT mapping->'columns'->>'amount' FROM mentats_import_mappings WHERE kind = 'pos'"_s)
                     .toString(),
                 u"Amount"_s);
        QCOMPARE(MetricsImporter::mappingFor(
                     db.session(), ImportMapping::Kind::Pos,
                     {u"Date"_s, u"Employee"_s, u"Store"_s, u"Amount"_s, u"Items"_s, u"Refund"_s, u"Receipt"_s}),
                 transactions());
    }

    void importsDailyTotalsWithADecimalComma()
    {
        TestDatabase db;
        Fixture f(db);
        const QString ana = f.person(u"Ana Ruiz"_s, u"ana@example.com"_s);
        const QString store = f.location(u"Old Town"_s);
        ImportMapping m;
        m.kind = ImportMapping::Kind::Pos;
        m.perDay = true;
        m.decimalComma = true;
        m.dateFormat = u"dd.MM.yyyy"_s;
        m.columns = {{u"date"_s, u"Datum"_s},    {u"employee"_s, u"Mitarbeiter"_s}, {u"location"_s, u"Filiale"_s},
                     {u"amount"_s, u"Umsatz"_s}, {u"transactions"_s, u"Bons"_s},    {u"customers"_s, u"Kunden"_s}};
        const QByteArray csv = "Datum;Mitarbeiter;Filiale;Umsatz;Bons;Kunden\r\n"
                               "02.11.2026;Ana Ruiz;;1.234,56;31;29\r\n"
                               "03.11.2026;Ana Ruiz;;99,99;4;4\r\n"
                               "03.11.2026;;Old Town;2.000,00;40;\r\n";
        const ImportReport report = f.import(csv, m);
        QCOMPARE(report.rowsImported, 3);
        QCOMPARE(f.scalar(u"SELECT sum(amount)::text || ' ' || sum(transactions) || ' ' || sum(customers) "
                          "FROM mentats_pos_sales WHERE per_day AND user_id = ?::uuid"_s,
                          {ana})
                     .toString(),
                 u"1334.55 35 33"_s);
        QCOMPARE(
            f.scalar(u"SELECT amount::text FROM mentats_pos_sales WHERE location_id = ?::uuid AND user_id IS NULL"_s,
                     {store})
                .toString(),
            u"2000.00"_s);
        QCOMPARE(f.scalar(u"SELECT count(*) FROM mentats_pos_sales WHERE "
                          "to_char(sold_at AT TIME ZONE 'America/Chicago', 'HH24:MI') = '00:00'"_s)
                     .toInt(),
                 3);

        // Daily totals need the number of transactions: the mapping says so before anything is read.
        m.columns.remove(u"transactions"_s);
        try {
            f.import(csv, m);
            QFAIL("expected a mapping problem");
        } catch (const DbError &e) {
            QCOMPARE(e.kind(), DbError::Kind::Usage);
            QVERIFY2(e.message().contains(u"number of transactions"_s), qPrintable(e.message()));
        }
    }

    void listsBadRowsWithTheirLinesAndImportsTheGoodOnes()
    {
        TestDatabase db;
        Fixture f(db);
        f.person(u"Ana Ruiz"_s, u"ana@example.com"_s);
        f.person(u"Sam Lee"_s, u"sam1@example.com"_s);
        f.person(u"Sam Lee"_s, u"sam2@example.com"_s);
        f.location(u"Old Town"_s);
        const QByteArray csv = "Date,Employee,Store,Amount,Items,Refund,Receipt\n"
                               "2026-11-02 09:15,Ana Ruiz,Old Town,10.00,1,,\"R1\nsecond line of a note\"\n" // 2-3
                               "2026-11-31,Ana Ruiz,Old Town,5.00,1,,R2\n"                                   // 4
                               "2026-11-02,Ana Ruiz,Old Town,5.0x,1,,R3\n"                                   // 5
                               "2026-11-02,Zed Unknown,Old Town,5.00,1,,R4\n"                                // 6
                               "2026-11-02,Sam Lee,Old Town,5.00,1,,R5\n"                                    // 7
                               "\n"
                               "2026-11-03,Ana Ruiz,Old Town,2.50,1,,R6\n" // 9
                               "2026-11-03,Ana Ruiz,Nowhere,abc,1,,R7\n";  // 10

        const ImportReport checked = f.import(csv, transactions(), ImportRequest::Mode::Check);
        QCOMPARE(checked.outcome, ImportReport::Outcome::Checked);
        QCOMPARE(f.scalar(u"SELECT count(*) FROM mentats_pos_sales"_s).toInt(), 0);
        QCOMPARE(f.scalar(u"SELECT count(*) FROM mentats_metrics_imports"_s).toInt(), 0);

        const ImportReport refused = f.import(csv, transactions(), ImportRequest::Mode::AllOrNothing);
        QCOMPARE(refused.outcome, ImportReport::Outcome::Refused);
        QCOMPARE(refused.rowsRejected, 5);
        QCOMPARE(f.scalar(u"SELECT count(*) FROM mentats_pos_sales"_s).toInt(), 0);
        QCOMPARE(f.scalar(u"SELECT count(*) FROM mentats_metrics_imports"_s).toInt(), 0);
        QCOMPARE(f.scalar(u"SELECT count(*) FROM mentats_import_mappings"_s).toInt(), 0);

        const ImportReport report = f.import(csv, transactions());
        QCOMPARE(report.outcome, ImportReport::Outcome::Imported);
        QCOMPARE(report.rowsRead, 7);
        QCOMPARE(report.rowsImported, 2);
        QCOMPARE(report.rowsRejected, 5);
        QList<int> lines;
        for (const ImportProblem &p : report.problems)
            lines << p.line;
        QCOMPARE(lines, (QList<int>{4, 5, 6, 7, 10}));
        const auto reason = [&](int i) { return report.problems.at(i).reason; };
        QVERIFY2(reason(0).contains(u"date \"2026-11-31\""_s), qPrintable(reason(0)));
        QVERIFY2(reason(1).contains(u"amount \"5.0x\" is not a number"_s), qPrintable(reason(1)));
        QVERIFY2(reason(2).contains(u"\"Zed Unknown\" matches no TeamTime user by name"_s), qPrintable(reason(2)));
        QVERIFY2(reason(3).contains(u"\"Sam Lee\" is 2 TeamTime users by name"_s), qPrintable(reason(3)));
        QVERIFY2(reason(4).contains(u"amount \"abc\""_s) && reason(4).contains(u"location \"Nowhere\""_s),
                 qPrintable(reason(4))); // every problem of the row, not only the first
        QCOMPARE(f.scalar(u"SELECT sum(amount)::text FROM mentats_pos_sales"_s).toString(), u"12.50"_s);
        QCOMPARE(
            f.scalar(u"SELECT rows_read || '/' || rows_imported || '/' || rows_rejected FROM mentats_metrics_imports"_s)
                .toString(),
            u"7/2/5"_s);
        QVERIFY2(report.summary().contains(u"Imported 2 of 7 rows"_s), qPrintable(report.summary()));
    }

    void theSameFileTwiceChangesNothing()
    {
        TestDatabase db;
        Fixture f(db);
        f.person(u"Ana Ruiz"_s, u"ana@example.com"_s);
        f.person(u"Jake Moss"_s, u"jake@example.com"_s);
        f.location(u"Old Town"_s);
        // Two identical transactions (a till without receipt numbers): both are sales.
        const QByteArray csv = kGood + "2026-11-04 10:00,Jake Moss,Old Town,7.45,2,,R4\n";
        const ImportReport first = f.import(csv, transactions());
        QCOMPARE(first.rowsImported, 5);
        QCOMPARE(f.scalar(u"SELECT count(*) FROM mentats_pos_sales WHERE transaction_ref = 'R4'"_s).toInt(), 2);

        const ImportReport second = f.import(csv, transactions(), ImportRequest::Mode::GoodRows, u"again.csv"_s);
        QCOMPARE(second.outcome, ImportReport::Outcome::Imported);
        QCOMPARE(second.rowsImported, 0);
        QCOMPARE(second.rowsDuplicate, 5);
        QVERIFY(!second.hasChanges());
        QCOMPARE(f.scalar(u"SELECT count(*) FROM mentats_pos_sales"_s).toInt(), 5);
        QCOMPARE(f.scalar(u"SELECT sum(amount)::text FROM mentats_pos_sales"_s).toString(), u"1007.45"_s);
        QCOMPARE(f.scalar(u"SELECT rows_imported || '/' || rows_duplicate FROM mentats_metrics_imports "
                          "WHERE file_name = 'again.csv'"_s)
                     .toString(),
                 u"0/5"_s);

        // An overlapping export written differently (other order, spacing, a third copy of R4) adds only what is new.
        const QByteArray overlap = "Receipt,Amount,Date,Employee,Store,Items,Refund\n"
                                   "R4,7.450,2026-11-04 10:00:00,JAKE MOSS,Old Town,2,\n"
                                   "R4,7.45,2026-11-04 10:00,Jake Moss,Old Town,2,\n"
                                   "R4,7.45,2026-11-04 10:00,Jake Moss,Old Town,2,\n"
                                   "R9,3.00,2026-11-05 10:00,Ana Ruiz,Old Town,1,\n";
        ImportMapping m = transactions();
        const ImportReport third = f.import(overlap, m);
        QCOMPARE(third.rowsImported, 2);
        QCOMPARE(third.rowsDuplicate, 2);
        QCOMPARE(third.changedFirstDay, QDate(2026, 11, 4));
        QCOMPARE(third.changedLastDay, QDate(2026, 11, 5));
        QCOMPARE(f.scalar(u"SELECT count(*) FROM mentats_pos_sales WHERE transaction_ref = 'R4'"_s).toInt(), 3);
    }

    void matchesEmployeesByPosIdOrEmailAndReportsTheUnmatched()
    {
        TestDatabase db;
        Fixture f(db);
        const QString ana = f.person(u"Ana Ruiz"_s, u"ana@example.com"_s);
        const QString jake = f.person(u"Jake Moss"_s, u"Jake.Moss@Example.com"_s);
        f.scalar(u"INSERT INTO mentats_pos_employees (pos_employee, user_id) VALUES ('e-17', ?::uuid), "
                 "('e-18', ?::uuid) RETURNING 1"_s,
                 {ana, jake});
        ImportMapping m;
        m.kind = ImportMapping::Kind::Pos;
        m.columns = {{u"date"_s, u"Date"_s}, {u"employee"_s, u"Clerk"_s}, {u"amount"_s, u"Total"_s}};
        m.employeeMatch = ImportMapping::EmployeeMatch::PosId;
        const QByteArray byId = "Date,Clerk,Total\n2026-11-02,E-17,10\n2026-11-02, e-18 ,20\n2026-11-02,E-99,30\n"
                                "2026-11-02,Ana Ruiz,40\n";
        const ImportReport report = f.import(byId, m);
        QCOMPARE(report.rowsImported, 2);
        QCOMPARE(report.problems.size(), 2);
        QCOMPARE(report.problems.at(0).line, 4);
        QVERIFY2(report.problems.at(0).reason.contains(u"\"E-99\" matches no TeamTime user by POS id"_s),
                 qPrintable(report.problems.at(0).reason));
        QCOMPARE(report.problems.at(1).line, 5); // a name is not a POS id: not guessed
        QCOMPARE(f.scalar(u"SELECT amount::int FROM mentats_pos_sales WHERE user_id = ?::uuid"_s, {jake}).toInt(), 20);

        m.employeeMatch = ImportMapping::EmployeeMatch::Email;
        const QByteArray byEmail =
            "Date,Clerk,Total\n2026-11-03,jake.moss@example.com,5\n2026-11-03,ana@elsewhere.com,6\n";
        const ImportReport emails = f.import(byEmail, m);
        QCOMPARE(emails.rowsImported, 1);
        QCOMPARE(emails.problems.at(0).line, 3);
        QVERIFY(emails.problems.at(0).reason.contains(u"by email"_s));
        QCOMPARE(f.scalar(u"SELECT sum(amount)::int FROM mentats_pos_sales WHERE user_id = ?::uuid"_s, {jake}).toInt(),
                 25);
    }
};

QTEST_GUILESS_MAIN(TestPosImport)
#include "tst_posimport.moc"
