// Keyset paging over ai_actions at the database's precision: rows microseconds apart are neither skipped nor
// repeated, pages backwards and "newer than" forwards meet exactly.
#include "actions/actionexport.h"
#include "actions/actionlog.h"
#include "migrations/migrator.h"
#include "testdatabase.h"

#include <QBuffer>
#include <QSet>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestActionLog : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void pagesAtMicrosecondPrecision()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        // Five actions within the same millisecond.
        s.exec(u"INSERT INTO ai_actions (agent, run_id, run_started_at, created_at, tool_name, reasoning) SELECT "
               "'office_manager', gen_random_uuid(), now(), timestamptz '2026-11-24 18:00:00.123' + make_interval(secs "
               "=> i / 1e6), "
               "'create_task', 'action ' || i FROM generate_series(1, 5) AS i"_s);
        QStringList seen;
        ActionLog::Filter filter;
        filter.limit = 2;
        for (;;) {
            const QList<ActionLog::Entry> page = ActionLog::page(s, filter);
            for (const ActionLog::Entry &e : page)
                seen << e.reasoning;
            if (page.size() < filter.limit)
                break;
            filter.afterCursor = page.back().cursor;
            filter.afterId = page.back().id;
        }
        QCOMPARE(seen, (QStringList{u"action 5"_s, u"action 4"_s, u"action 3"_s, u"action 2"_s, u"action 1"_s}));

        ActionLog::Filter oldest;
        oldest.newerThanCursor = ActionLog::page(s, {}).back().cursor; // action 1
        oldest.newerThanId = ActionLog::page(s, {}).back().id;
        QStringList newer;
        for (const ActionLog::Entry &e : ActionLog::page(s, oldest))
            newer << e.reasoning;
        QCOMPARE(newer, (QStringList{u"action 2"_s, u"action 3"_s, u"action 4"_s, u"action 5"_s})); // oldest first
    }

    void exportsCsvAndJsonLines()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        // 2,500 actions (three export pages), one with a comma, quotes and a line break in its reasoning.
        s.exec(u"INSERT INTO ai_actions (agent, run_id, run_started_at, created_at, tool_name, tool_params, reasoning) "
               u"SELECT "
               "'office_manager', gen_random_uuid(), now(), timestamptz '2026-11-24 18:00:00+00' - make_interval(secs "
               "=> i), "
               "'create_task', jsonb_build_object('n', i), CASE WHEN i = 1234 THEN E'He said \"hi\", then\nleft' "
               "ELSE 'plain' END FROM generate_series(1, 2500) AS i"_s);
        const QTimeZone zone("America/Los_Angeles");
        QBuffer csv;
        csv.open(QIODevice::WriteOnly);
        QCOMPARE(ActionExport::write(s, {}, ActionExport::Format::Csv, zone, csv), 2500);
        const QString text = QString::fromUtf8(csv.data());
        QVERIFY(text.startsWith(
            u"id,time,agent,status,tool,person_id,person,run_id,reason,reasoning,parameters,result\r\n"_s));
        QVERIFY(text.contains(u",\"He said \"\"hi\"\", then\nleft\","_s)); // RFC 4180: quoted, quotes doubled
        QVERIFY2(text.contains(u"2026-11-24T09:59:59.000-08:00"_s),
                 qPrintable(text.mid(90, 200))); // business time, with its offset
        QCOMPARE(text.count(u"\r\n"_s), 2501);

        QBuffer lines;
        lines.open(QIODevice::WriteOnly);
        ActionLog::Filter tool;
        tool.toolName = u"create_task"_s;
        QCOMPARE(ActionExport::write(s, tool, ActionExport::Format::JsonLines, zone, lines), 2500);
        const QList<QByteArray> rows = lines.data().trimmed().split('\n');
        QCOMPARE(rows.size(), 2500);
        QSet<QString> ids;
        for (const QByteArray &row : rows)
            ids.insert(QString::fromStdString(nlohmann::json::parse(row.toStdString())["id"].get<std::string>()));
        QCOMPARE(ids.size(), 2500); // pages neither skip nor repeat
        QCOMPARE(ActionExport::csvField(u"plain"_s), u"plain"_s);
    }

    // The export's own time format is Qt's ISO format after toTimeZone(), character for character, whatever the zone
    // and across its offset changes.
    void writesTimesAsQtDoes()
    {
        for (const QByteArray &id :
             {QByteArray("America/Los_Angeles"), QByteArray("Pacific/Auckland"), QByteArray("Asia/Kolkata"),
              QByteArray("America/St_Johns"), QByteArray("Australia/Lord_Howe"), QByteArray("UTC"),
              QByteArray("Europe/London")}) {
            const QTimeZone zone(id);
            QVERIFY(zone.isValid());
            // Every 7 hours 13 minutes 17.123 seconds through two years, and the instants around each transition.
            QList<QDateTime> instants;
            const QDateTime start(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
            for (QDateTime t = start; t < start.addYears(2); t = t.addMSecs(26'000'123))
                instants << t;
            for (const QTimeZone::OffsetData &transition : zone.transitions(start, start.addYears(2)))
                instants << transition.atUtc.addMSecs(-1) << transition.atUtc << transition.atUtc.addMSecs(1);
            for (const QDateTime &utc : std::as_const(instants))
                QCOMPARE(ActionExport::isoTime(utc, zone), utc.toTimeZone(zone).toString(Qt::ISODateWithMs));
        }
    }

    // The text search looks in the reasoning, the parameters and the reasons, case-insensitively, with % and _ taken
    // as themselves; and it reads through the trigram index of migration 0018, not the whole table.
    void searchesTextThroughItsTrigramIndex()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        s.exec(u"INSERT INTO ai_actions (agent, run_id, run_started_at, created_at, tool_name, tool_params, reasoning, "
               "blocked_reason, error) VALUES "
               "('office_manager', gen_random_uuid(), now(), now() - interval '1 minute', 'create_task', "
               "'{\"title\": \"Count the Till\"}', 'Till at Harbor was short', NULL, NULL), "
               "('office_manager', gen_random_uuid(), now(), now() - interval '2 minutes', 'send_direct_message', "
               "'{\"message\": \"100% done\"}', 'Late again', 'Not done: cooldown', NULL), "
               "('office_manager', gen_random_uuid(), now(), now() - interval '3 minutes', 'flag_for_manager', NULL, "
               "NULL, NULL, 'timeout_reached')"_s);
        const auto found = [&s](const QString &text) {
            ActionLog::Filter filter;
            filter.text = text;
            QStringList tools;
            for (const ActionLog::Entry &e : ActionLog::page(s, filter))
                tools << e.toolName;
            if (ActionLog::count(s, filter) != tools.size())
                tools << u"(the count disagrees)"_s;
            return tools;
        };
        QCOMPARE(found(u"till at harbor"_s), QStringList{u"create_task"_s});       // the reasoning
        QCOMPARE(found(u"COUNT THE TILL"_s), QStringList{u"create_task"_s});       // the parameters
        QCOMPARE(found(u"cooldown"_s), QStringList{u"send_direct_message"_s});     // why it was blocked
        QCOMPARE(found(u"timeout_reached"_s), QStringList{u"flag_for_manager"_s}); // why it failed
        QCOMPARE(found(u"100% done"_s), QStringList{u"send_direct_message"_s});    // % is a percent sign
        QCOMPARE(found(u"timeout_"_s), QStringList{u"flag_for_manager"_s});        // _ is an underscore
        QVERIFY(found(u"till_at"_s).isEmpty());
        QCOMPARE(found(u"t"_s).size(), 3);

        // Only bitmap scans allowed: the plan shows whether the search's expression is the index's.
        ActionLog::Filter rare;
        rare.text = u"harbor"_s;
        const ActionLog::Where where = ActionLog::where(rare);
        QString sql = u"EXPLAIN SELECT a.id FROM ai_actions a "_s + where.sql();
        sql.replace(u"?"_s, u"'%harbor%'"_s);
        s.exec(u"SET enable_seqscan = off; SET enable_indexscan = off"_s);
        QStringList plan;
        for (const QVariantList &row : s.select(sql).rows)
            plan << row.front().toString();
        s.exec(u"RESET enable_seqscan; RESET enable_indexscan"_s);
        QVERIFY2(plan.join(u'\n').contains(u"Bitmap Index Scan on mentats_ai_actions_search_idx"_s),
                 qPrintable(plan.join(u'\n')));
    }
};

QTEST_GUILESS_MAIN(TestActionLog)
#include "tst_actionlog.moc"
