// Keyset paging over ai_actions at the database's precision: rows microseconds apart are neither skipped nor
// repeated, pages backwards and "newer than" forwards meet exactly.
#include "actions/actionlog.h"
#include "migrations/migrator.h"
#include "testdatabase.h"

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
               "'office_manager', gen_random_uuid(), now(), timestamptz '2026-11-24 18:00:00.123' + make_interval(secs => i / 1e6), "
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
};

QTEST_GUILESS_MAIN(TestActionLog)
#include "tst_actionlog.moc"
