#include "db/sqlscript.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestSqlScript : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void splits_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QStringList>("statements");
        QTest::addColumn<QList<int>>("lines");

        QTest::newRow("two plain") << u"SELECT 1;\nSELECT 2;"_s << QStringList{u"SELECT 1"_s, u"SELECT 2"_s}
                                   << QList<int>{1, 2};
        QTest::newRow("no trailing semicolon")
            << u"SELECT 1;\n\nSELECT 2"_s << QStringList{u"SELECT 1"_s, u"SELECT 2"_s} << QList<int>{1, 3};
        QTest::newRow("semicolon in string")
            << u"SELECT 'a;b', 'it''s;';SELECT 3;"_s << QStringList{u"SELECT 'a;b', 'it''s;'"_s, u"SELECT 3"_s}
            << QList<int>{1, 1};
        QTest::newRow("E string escapes")
            << u"SELECT E'a\\';b';SELECT 4;"_s << QStringList{u"SELECT E'a\\';b'"_s, u"SELECT 4"_s} << QList<int>{1, 1};
        QTest::newRow("quoted identifier")
            << u"SELECT \"a;\"\"b\" FROM t;"_s << QStringList{u"SELECT \"a;\"\"b\" FROM t"_s} << QList<int>{1};
        QTest::newRow("comments only") << u"-- nothing; here\n/* nor; here */\n"_s << QStringList{} << QList<int>{};
        QTest::newRow("line comment with semicolon")
            << u"-- header; still comment\nSELECT 1; -- trailing; comment\nSELECT 2;"_s
            << QStringList{u"-- header; still comment\nSELECT 1"_s, u"-- trailing; comment\nSELECT 2"_s}
            << QList<int>{2, 3};
        QTest::newRow("nested block comment")
            << u"/* a /* b; */ c; */ SELECT 5;"_s << QStringList{u"/* a /* b; */ c; */ SELECT 5"_s} << QList<int>{1};
        QTest::newRow("dollar quoting") << u"DO $$ BEGIN PERFORM 1; PERFORM 2; END $$;\nSELECT 6;"_s
                                        << QStringList{u"DO $$ BEGIN PERFORM 1; PERFORM 2; END $$"_s, u"SELECT 6"_s}
                                        << QList<int>{1, 2};
        QTest::newRow("tagged dollar quoting with inner $$")
            << u"CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $body$ SELECT '$$;' $body$;\nSELECT 7;"_s
            << QStringList{u"CREATE FUNCTION f() RETURNS text LANGUAGE sql AS $body$ SELECT '$$;' $body$"_s,
                           u"SELECT 7"_s}
            << QList<int>{1, 2};
        QTest::newRow("positional parameter is not a quote")
            << u"PREPARE p AS SELECT $1;\nSELECT 8;"_s << QStringList{u"PREPARE p AS SELECT $1"_s, u"SELECT 8"_s}
            << QList<int>{1, 2};
        QTest::newRow("multi-line statement lines")
            << u"\n\nCREATE TABLE t (\n  a int\n);\n\nSELECT 9;"_s
            << QStringList{u"CREATE TABLE t (\n  a int\n)"_s, u"SELECT 9"_s} << QList<int>{3, 7};
    }

    void splits()
    {
        QFETCH(QString, script);
        QFETCH(QStringList, statements);
        QFETCH(QList<int>, lines);
        const QList<SqlStatement> split = SqlScript::split(script);
        QStringList texts;
        QList<int> startLines;
        for (const SqlStatement &statement : split) {
            texts << statement.sql;
            startLines << statement.line;
        }
        QCOMPARE(texts, statements);
        QCOMPARE(startLines, lines);
    }
};

QTEST_GUILESS_MAIN(TestSqlScript)
#include "tst_sqlscript.moc"
