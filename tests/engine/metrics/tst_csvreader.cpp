// Reading what tills and spreadsheets export: RFC 4180 quoting, byte order marks, `,` `;` and tab, any line ending,
// and line numbers as an editor shows them even when a quoted field spans lines. Also the cell parsers.
#include "db/dberror.h"
#include "metrics/csvreader.h"
#include "metrics/importmapping.h"
#include "metrics/valueparser.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

class TestCsvReader : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsQuotedFieldsWithDelimitersQuotesAndLineBreaks()
    {
        const QByteArray csv = "\xEF\xBB\xBF"
                               "Date,Employee,Note,Amount\r\n"
                               "2026-11-02,\"Lee, Sam\",\"said \"\"hi\"\"\",12.50\r\n"
                               "\r\n"
                               "2026-11-03,Ana,\"two\r\nlines\nand three\",3\r\n"
                               "2026-11-04,Bo,,4";
        const CsvTable table = CsvReader::read(csv);
        QCOMPARE(table.delimiter, QChar(u','));
        QCOMPARE(table.header, (QStringList{u"Date"_s, u"Employee"_s, u"Note"_s, u"Amount"_s}));
        QCOMPARE(table.headerLine, 1);
        QCOMPARE(table.records.size(), size_t(3));
        QCOMPARE(table.records[0].line, 2);
        QCOMPARE(table.records[0].fields, (QStringList{u"2026-11-02"_s, u"Lee, Sam"_s, u"said \"hi\""_s, u"12.50"_s}));
        QCOMPARE(table.records[1].line, 4); // after an empty line
        QCOMPARE(table.records[1].fields.at(2), u"two\r\nlines\nand three"_s);
        QCOMPARE(table.records[2].line, 7); // the quoted field took lines 4 to 6
        QCOMPARE(table.records[2].fields, (QStringList{u"2026-11-04"_s, u"Bo"_s, QString(), u"4"_s}));
        QCOMPARE(table.column(u" employee "_s), 1);
    }

    void detectsTheDelimiter_data()
    {
        QTest::addColumn<QByteArray>("csv");
        QTest::addColumn<QChar>("delimiter");
        QTest::newRow("semicolon") << QByteArray("Datum;Mitarbeiter;Betrag\n02.11.2026;Ana;12,50\n") << QChar(u';');
        QTest::newRow("tab") << QByteArray("Date\tEmployee\tAmount\n2026-11-02\tAna\t12.50\n") << QChar(u'\t');
        QTest::newRow("comma in quotes") << QByteArray("\"a,b,c\";x\n1;2\n") << QChar(u';');
        QTest::newRow("one column") << QByteArray("Amount\n1\n") << QChar(u',');
    }

    void detectsTheDelimiter()
    {
        QFETCH(QByteArray, csv);
        QFETCH(QChar, delimiter);
        const CsvTable table = CsvReader::read(csv);
        QCOMPARE(table.delimiter, delimiter);
        QCOMPARE(table.records.size(), size_t(1));
        QCOMPARE(table.records[0].fields.size(), table.header.size());
    }

    void readsLatin1WhenTheBytesAreNotUtf8()
    {
        const CsvTable table = CsvReader::read("Name,Amount\nJos\xE9,1\n");
        QCOMPARE(table.records[0].fields.at(0), u"José"_s);
    }

    void anUnterminatedQuoteNamesItsLine()
    {
        try {
            CsvReader::read("a,b\n1,2\n3,\"open\n4,5\n");
            QFAIL("expected an error");
        } catch (const DbError &e) {
            QCOMPARE(e.kind(), DbError::Kind::Usage);
            QVERIFY2(e.message().contains(u"Line 3"_s), qPrintable(e.message()));
        }
    }

    void parsesDecimalsWithoutGuessing_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("decimalComma");
        QTest::addColumn<QString>("value");
        QTest::addColumn<bool>("ok");
        QTest::newRow("plain") << u"12.50"_s << false << u"12.5"_s << true;
        QTest::newRow("currency, thousands") << u"$1,234.56"_s << false << u"1234.56"_s << true;
        QTest::newRow("parentheses") << u"(12.00)"_s << false << u"-12"_s << true;
        QTest::newRow("minus before sign") << u"-$3.10"_s << false << u"-3.1"_s << true;
        QTest::newRow("decimal comma") << u"1.234,56 €"_s << true << u"1234.56"_s << true;
        QTest::newRow("comma without mapping") << u"12,50"_s << false << QString() << false;
        QTest::newRow("three decimals") << u"1.005"_s << false << QString() << false;
        QTest::newRow("letters") << u"12a"_s << false << QString() << false;
        QTest::newRow("bad grouping") << u"1,23,4"_s << false << QString() << false;
        QTest::newRow("too large") << u"12345678901"_s << false << QString() << false;
        QTest::newRow("empty") << u"  "_s << false << QString() << true;
    }

    void parsesDecimalsWithoutGuessing()
    {
        QFETCH(QString, text);
        QFETCH(bool, decimalComma);
        QFETCH(QString, value);
        QFETCH(bool, ok);
        const ValueParser::Parsed parsed = ValueParser::decimal(text, decimalComma, 2, 10);
        QCOMPARE(parsed.ok(), ok);
        QCOMPARE(parsed.value.toString(), value);
    }

    void parsesRatesCountsAndDurations()
    {
        QCOMPARE(ValueParser::decimal(u"5.25%"_s, false, 4, 1, true).value.toString(), u"0.0525"_s);
        QCOMPARE(ValueParser::decimal(u"45%"_s, false, 2, 3).value.toString(), u"45"_s);
        QCOMPARE(ValueParser::count(u"1,204"_s).value.toInt(), 1204);
        QVERIFY(!ValueParser::count(u"3.5"_s).ok());
        QCOMPARE(ValueParser::refunds(u"Yes"_s).value.toInt(), 1);
        QCOMPARE(ValueParser::refunds(u""_s).value.toInt(), 0);
        QVERIFY(!ValueParser::refunds(u"maybe"_s).ok());
        QCOMPARE(ValueParser::seconds(u"1:02:03"_s).value.toInt(), 3723);
        QCOMPARE(ValueParser::seconds(u"2:30"_s).value.toInt(), 150);
        QCOMPARE(ValueParser::minutes(u"42.5"_s, false).value.toInt(), 43);
    }

    void parsesDatesAndTimesInTheMappingsFormat()
    {
        ValueParser::When w = ValueParser::when(u"02/11/2026 2:35 PM"_s, QString(), u"dd/MM/yyyy"_s, QString());
        QVERIFY(w.ok());
        QCOMPARE(w.day, QDate(2026, 11, 2));
        QCOMPARE(*w.time, QTime(14, 35));
        w = ValueParser::when(u"2026-11-02"_s, u"09:05:30"_s, u"yyyy-MM-dd"_s, QString());
        QCOMPARE(*w.time, QTime(9, 5, 30));
        w = ValueParser::when(u"2026-11-02T14:35:00+13:00"_s, QString(), u"yyyy-MM-dd"_s, QString());
        QCOMPARE(w.instant, QDateTime(QDate(2026, 11, 2), QTime(1, 35), Qt::UTC));
        w = ValueParser::when(u"2026-11-02"_s, QString(), u"yyyy-MM-dd"_s, QString());
        QVERIFY(w.ok() && !w.time);
        QVERIFY(!ValueParser::when(u"11/31/2026"_s, QString(), u"MM/dd/yyyy"_s, QString()).ok());
        QVERIFY(!ValueParser::when(u"2026-11-02"_s, u"25:00"_s, u"yyyy-MM-dd"_s, QString()).ok());
    }

    void guessesTheMappingFromHeaderNames()
    {
        const ImportMapping pos =
            ImportMapping::guess(ImportMapping::Kind::Pos,
                                 {u"Sale Date"_s, u"Cashier"_s, u"Store"_s, u"Net Sales"_s, u"Qty"_s, u"Receipt #"_s});
        QCOMPARE(pos.column(u"date"_s), u"Sale Date"_s);
        QCOMPARE(pos.column(u"employee"_s), u"Cashier"_s);
        QCOMPARE(pos.column(u"location"_s), u"Store"_s);
        QCOMPARE(pos.column(u"amount"_s), u"Net Sales"_s);
        QCOMPARE(pos.column(u"items"_s), u"Qty"_s);
        QVERIFY(pos.problems({u"Sale Date"_s, u"Cashier"_s, u"Store"_s, u"Net Sales"_s, u"Qty"_s}).isEmpty());
        const ImportMapping daily =
            ImportMapping::guess(ImportMapping::Kind::Pos, {u"date"_s, u"staff"_s, u"total"_s, u"transactions"_s});
        QVERIFY(daily.perDay);

        ImportMapping broken = pos;
        broken.columns.remove(u"amount"_s);
        QCOMPARE(broken.problems({u"Sale Date"_s}).size(),
                 4); // amount unmapped; Cashier, Store and Qty not in the file

        const ImportMapping back = ImportMapping::fromJson(ImportMapping::Kind::Pos, pos.toJson());
        QCOMPARE(back, pos);
        try {
            ImportMapping::fromJsonText(ImportMapping::Kind::Pos, R"({"columns": {"price": "Amount"}})");
            QFAIL("expected an error");
        } catch (const DbError &e) {
            QVERIFY2(e.message().contains(u"\"price\""_s), qPrintable(e.message()));
        }
    }
};

QTEST_GUILESS_MAIN(TestCsvReader)
#include "tst_csvreader.moc"
