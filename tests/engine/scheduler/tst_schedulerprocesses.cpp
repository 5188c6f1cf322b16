// Three scheduler processes on one database, stepping through the same slots at the same time (each its own process,
// its own connections, its own clock): every slot runs exactly once, and no two runs of the agent overlap.
#include "fixedclock.h"
#include "migrations/migrator.h"
#include "scheduler/scheduler.h"
#include "testdatabase.h"
#include "wait.h"

#include <QProcess>
#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kSlots = 8;
constexpr int kProcesses = 3;
const QTimeZone kPacific("America/Los_Angeles");
const QDateTime kFirstSlot = QDateTime(QDate(2026, 11, 24), QTime(10, 0), kPacific).toUTC();

// A child: `--child URL HOST`. Ticks at every slot, a little after it (each host by a different few seconds).
int childMain(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const ConnectionSettings settings = ConnectionSettings::fromUrl(args.at(2));
    const QString host = args.at(3);
    auto clock = std::make_shared<FixedClock>(kFirstSlot);
    Scheduler::Options options;
    options.host = host;
    Scheduler scheduler(settings, clock, options);
    int ran = 0;
    for (int i = 0; i < kSlots; ++i) {
        clock->setNow(kFirstSlot.addSecs(i * 15 * 60 + host.back().digitValue()));
        const TickReport report = Wait::forTask(scheduler.tick());
        if (!report.problems.isEmpty()) {
            qCritical("%s", qPrintable(report.problems.join(u'\n')));
            return 1;
        }
        ran += int(report.runs.size());
    }
    printf("%s claimed or tried %d\n", qPrintable(host), ran);
    return 0;
}

} // namespace

class TestSchedulerProcesses : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneRunPerSlotAcrossProcesses()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        s.exec(u"UPDATE ai_config SET enabled = true, dry_run_mode = false"_s);
        // Cooldowns run on the schedulers' clock: a person's direct-message cooldown outlasts the two hours of slots,
        // so a second nudge to anyone could only come from two processes running one slot.
        s.exec(u"INSERT INTO ai_tool_config (agent, tool_name, cooldown_per_user_minutes) "
               "VALUES ('office_manager', 'send_direct_message', 180)"_s);
        // Five people late all morning: every run has work to do (the offline rules provider; no API key).
        for (int i = 0; i < 5; ++i) {
            const QString id = s.scalar(u"INSERT INTO users (email, username, pin_hash, name) VALUES (?, ?, 'x', ?) "
                                        "RETURNING id"_s,
                                        {u"p%1@x"_s.arg(i), u"p%1"_s.arg(i), u"Person %1"_s.arg(i)})
                                   .toString();
            s.exec(u"INSERT INTO shifts (user_id, start_time, end_time) VALUES (?, ?, ?)"_s,
                   {id, SqlSession::timestamp(kFirstSlot.addSecs(-30 * 60)),
                    SqlSession::timestamp(kFirstSlot.addSecs(8 * 3600))});
        }

        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(u"ANTHROPIC_API_KEY"_s);
        env.remove(u"OPENAI_API_KEY"_s);
        std::vector<std::unique_ptr<QProcess>> children;
        for (int i = 0; i < kProcesses; ++i) {
            auto child = std::make_unique<QProcess>();
            child->setProcessEnvironment(env);
            child->setProcessChannelMode(QProcess::ForwardedErrorChannel);
            child->start(QCoreApplication::applicationFilePath(),
                         {u"--child"_s, db.settings().toUrl(), u"host-%1"_s.arg(i)});
            children.push_back(std::move(child));
        }
        for (const auto &child : children) {
            QVERIFY(child->waitForFinished(120000));
            QCOMPARE(child->exitStatus(), QProcess::NormalExit);
            QCOMPARE(child->exitCode(), 0);
            qInfo("%s", child->readAllStandardOutput().trimmed().constData());
        }

        const SqlRows runs =
            s.select(u"SELECT count(*), count(DISTINCT scheduled_slot), min(scheduled_slot), max(scheduled_slot), "
                     "count(*) FILTER (WHERE status = 'running'), count(*) FILTER (WHERE status = 'completed') "
                     "FROM mentats_runs WHERE agent = 'office_manager'"_s);
        const QVariantList &r = runs.rows.front();
        QCOMPARE(r.at(0).toInt(), kSlots); // one record per slot, however many processes tried it
        QCOMPARE(r.at(1).toInt(), kSlots);
        QCOMPARE(r.at(2).toDateTime().toUTC(), kFirstSlot);
        QCOMPARE(r.at(3).toDateTime().toUTC(), kFirstSlot.addSecs((kSlots - 1) * 15 * 60));
        QCOMPARE(r.at(4).toInt(), 0); // none left half-recorded
        QVERIFY2(r.at(5).toInt() >= 1, "at least one slot did real work");
        // Runs that did work never overlapped in time.
        QCOMPARE(
            s.scalar(u"SELECT count(*) FROM mentats_runs a JOIN mentats_runs b ON a.id < b.id AND a.agent = b.agent "
                     "AND a.status = 'completed' AND b.status = 'completed' "
                     "AND tstzrange(a.started_at, a.finished_at) && tstzrange(b.started_at, b.finished_at)"_s)
                .toInt(),
            0);
        // Each executed action belongs to exactly one run; no person got the same nudge twice within its cooldown.
        QCOMPARE(s.scalar(u"SELECT count(*) FROM (SELECT target_user_id FROM ai_actions WHERE executed AND tool_name = "
                          "'send_direct_message' GROUP BY target_user_id HAVING count(*) > 1) twice"_s)
                     .toInt(),
                 0);
        QCOMPARE(
            s.scalar(
                 u"SELECT count(*) FROM ai_actions a WHERE NOT EXISTS (SELECT 1 FROM mentats_runs r WHERE r.id = a.run_id)"_s)
                .toInt(),
            0);
    }
};

int main(int argc, char **argv)
{
    if (argc >= 4 && qstrcmp(argv[1], "--child") == 0)
        return childMain(argc, argv);
    QCoreApplication app(argc, argv);
    TestSchedulerProcesses test;
    return QTest::qExec(&test, argc, argv);
}

#include "tst_schedulerprocesses.moc"
