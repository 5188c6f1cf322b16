// `mentats` as an operator meets it: help, version, conventional exit codes, one clear sentence per failure,
// migrate --check, migrate, doctor.
#include "clirunner.h"
#include "jsoncompare.h"
#include "testcluster.h"
#include "testdatabase.h"

#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestCli : public QObject
{
    Q_OBJECT

private:
    CliRunner m_cli;

    // A failure is one line on standard error: "mentats: <sentence>." and no Qt chatter.
    static void verifyOneSentence(const CliResult &result, const QString &contains)
    {
        QCOMPARE(result.errLines().size(), 1);
        QVERIFY2(result.err.startsWith(u"mentats: "_s), qPrintable(result.err));
        QVERIFY2(result.err.contains(contains), qPrintable(result.err));
        QVERIFY2(result.err.endsWith(u'.'), qPrintable(result.err));
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY2(QFile::exists(CliRunner::binary()), "MENTATS_CLI must name the mentats binary"); }

    void showsHelpAndVersion()
    {
        const CliResult help = m_cli.run({u"--help"_s});
        QCOMPARE(help.exitCode, 0);
        for (const QString &command : {u"migrate"_s, u"demo-db"_s, u"doctor"_s, u"run"_s})
            QVERIFY2(help.out.contains(u"  "_s + command), qPrintable(help.out));
        const CliResult commandHelp = m_cli.run({u"migrate"_s, u"--help"_s});
        QCOMPARE(commandHelp.exitCode, 0);
        QVERIFY(commandHelp.out.contains(u"--check"_s));
        QVERIFY(commandHelp.out.contains(u"--db <url>"_s));
        const CliResult version = m_cli.run({u"--version"_s});
        QCOMPARE(version.exitCode, 0);
        QVERIFY(version.out.startsWith(u"mentats 0."_s));
    }

    void usageErrorsExitWithTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("contains");
        QTest::newRow("no command") << QStringList{} << QString();
        QTest::newRow("unknown command") << QStringList{u"migrat"_s} << u"\"migrat\" is not a command"_s;
        QTest::newRow("unknown option") << QStringList{u"doctor"_s, u"--dbb"_s, u"x"_s} << u"Unknown option 'dbb'"_s;
        QTest::newRow("no database") << QStringList{u"migrate"_s} << u"No database given"_s;
        QTest::newRow("malformed URL") << QStringList{u"doctor"_s, u"--db"_s, u"mysql://h/db"_s}
                                       << u"must start with postgresql://"_s;
        QTest::newRow("bad size") << QStringList{u"demo-db"_s, u"start"_s, u"--size"_s, u"huge"_s}
                                  << u"--size must be small or large"_s;
        QTest::newRow("no action") << QStringList{u"demo-db"_s} << u"start, stop or url"_s;
        QTest::newRow("metrics without rollup") << QStringList{u"metrics"_s} << u"mentats metrics rollup"_s;
        QTest::newRow("date and range") << QStringList{u"metrics"_s, u"rollup"_s, u"--date"_s,
                                                       u"today"_s,   u"--from"_s, u"today"_s}
                                        << u"either --date or --from and --to"_s;
        QTest::newRow("half a range") << QStringList{u"metrics"_s, u"rollup"_s, u"--from"_s, u"today"_s}
                                      << u"needs both --from and --to"_s;
    }

    void usageErrorsExitWithTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, contains);
        const CliResult result = m_cli.run(arguments);
        QCOMPARE(result.exitCode, 2);
        if (!contains.isEmpty())
            verifyOneSentence(result, contains);
    }

    void connectionFailuresAreOneSentence()
    {
        ConnectionSettings wrong = TestCluster::instance().settings(u"no_such_database"_s);
        const CliResult migrate = m_cli.run({u"migrate"_s, u"--db"_s, wrong.toUrl()});
        QCOMPARE(migrate.exitCode, 1);
        verifyOneSentence(migrate, u"has no database named \"no_such_database\""_s);

        // The URL may come from the environment too.
        CliRunner fromEnvironment;
        fromEnvironment.setEnvironment(u"MENTATS_DATABASE_URL"_s, wrong.toUrl());
        const CliResult check = fromEnvironment.run({u"migrate"_s, u"--check"_s});
        QCOMPARE(check.exitCode, 1);
        verifyOneSentence(check, u"has no database named"_s);

        const CliResult doctor = m_cli.run({u"doctor"_s, u"--db"_s, wrong.toUrl()});
        QCOMPARE(doctor.exitCode, 1);
        QVERIFY2(doctor.out.contains(u"[FAIL] Connection: The server at"_s), qPrintable(doctor.out));
        QVERIFY2(doctor.err.isEmpty(), qPrintable(doctor.err));
    }

    void refusesADatabaseThatIsNotTeamTime()
    {
        TestDatabase db(TestDatabase::Schema::Empty);
        const CliResult result = m_cli.run({u"migrate"_s, u"--db"_s, db.settings().toUrl()});
        QCOMPARE(result.exitCode, 1);
        verifyOneSentence(result, u"This is not a TeamTime database"_s);
    }

    void checksMigratesAndDiagnoses()
    {
        TestDatabase db(TestDatabase::Schema::FirstAiRelease);
        const QString url = db.settings().toUrl();

        const CliResult pending = m_cli.run({u"migrate"_s, u"--check"_s, u"--db"_s, url});
        QCOMPARE(pending.exitCode, 1);
        QVERIFY2(pending.out.contains(u"pending  0001 ai_enums"_s), qPrintable(pending.out));
        QVERIFY(pending.out.endsWith(u"20 of 20 migrations are pending: run `mentats migrate`."_s));

        const CliResult sick = m_cli.run({u"doctor"_s, u"--db"_s, url});
        QCOMPARE(sick.exitCode, 1);
        QVERIFY2(sick.out.contains(u"[FAIL] Mentats schema: 20 of 20 migrations are pending"_s), qPrintable(sick.out));

        const CliResult migrate = m_cli.run({u"migrate"_s, u"--db"_s, url});
        QCOMPARE(migrate.exitCode, 0);
        QVERIFY(migrate.out.contains(u"applied  0014 run_replays"_s));
        QVERIFY2(migrate.out.endsWith(u"Applied 20 migrations to TeamTime (with its first AI release)."_s),
                 qPrintable(migrate.out));
        QVERIFY2(migrate.err.isEmpty(), qPrintable(migrate.err)); // no server notices, no Qt warnings

        const CliResult upToDate = m_cli.run({u"migrate"_s, u"--check"_s, u"--db"_s, url});
        QCOMPARE(upToDate.exitCode, 0);
        const CliResult again = m_cli.run({u"migrate"_s, u"--db"_s, url});
        QCOMPARE(again.exitCode, 0);
        QVERIFY(again.out.startsWith(u"Nothing to do"_s));

        const CliResult healthy = m_cli.run({u"doctor"_s, u"--db"_s, url});
        QCOMPARE(healthy.exitCode, 0);
        for (const QString &line : {u"[ok  ] Qt PostgreSQL driver"_s, u"[ok  ] Connection: Connected to"_s,
                                    u"[ok  ] TeamTime schema: TeamTime (with its first AI release)."_s,
                                    u"[ok  ] Mentats schema: All 20 migrations are applied."_s,
                                    u"[ok  ] Business time zone: America/Los_Angeles"_s,
                                    u"[ok  ] AI system user: \"Office Manager (AI)\" exists and cannot sign in."_s})
            QVERIFY2(healthy.out.contains(line), qPrintable(healthy.out));
        QVERIFY(healthy.lastOutLine() == u"All checks passed."_s);
    }

    void runsAnAgentNow()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        const QString url = db.settings().toUrl();
        QCOMPARE(m_cli.run({u"migrate"_s, u"--db"_s, url}).exitCode, 0);
        s.exec(u"UPDATE ai_config SET enabled = true, dry_run_mode = false"_s);
        const QString ana =
            s.scalar(
                 u"INSERT INTO users (email, username, pin_hash, name) VALUES ('a@x', 'ana', 'x', 'Ana Ruiz') RETURNING id"_s)
                .toString();
        s.exec(
            u"INSERT INTO shifts (user_id, start_time, end_time) VALUES (?, now() - interval '25 minutes', now() + interval '6 hours')"_s,
            {ana});

        const CliResult dry =
            m_cli.run({u"run"_s, u"office-manager"_s, u"--dry-run"_s, u"--provider"_s, u"rules"_s, u"--db"_s, url});
        QCOMPARE(dry.exitCode, 0);
        QVERIFY2(dry.out.contains(u"completed with rules (offline): 1 actions logged, 0 executed"_s),
                 qPrintable(dry.out));
        QCOMPARE(s.scalar(u"SELECT count(*) FROM messages"_s).toInt(), 0);

        const CliResult live =
            m_cli.run({u"run"_s, u"office-manager"_s, u"--provider"_s, u"rules"_s, u"--json"_s, u"--db"_s, url});
        QCOMPARE(live.exitCode, 0);
        const nlohmann::json result = nlohmann::json::parse(live.out.toStdString());
        QCOMPARE(result["status"], nlohmann::json("completed"));
        QCOMPARE(result["executed"], nlohmann::json(1));
        QCOMPARE(result["costUsd"], nlohmann::json("0"));
        QCOMPARE(s.scalar(u"SELECT trigger FROM mentats_runs WHERE id = ?::uuid"_s,
                          {QString::fromStdString(result["runId"].get<std::string>())})
                     .toString(),
                 u"cli"_s);

        const CliResult wrong = m_cli.run({u"run"_s, u"architect"_s, u"--db"_s, url});
        QCOMPARE(wrong.exitCode, 2);
        verifyOneSentence(wrong, u"Say which agent"_s);
    }

    void schedulesAndListsActions()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        const QString url = db.settings().toUrl();
        QCOMPARE(m_cli.run({u"migrate"_s, u"--db"_s, url}).exitCode, 0);
        // Every minute, so that the current one is due whenever the test runs; no key, so the offline rules answer.
        s.exec(u"UPDATE ai_config SET enabled = true, dry_run_mode = false, cron_schedule = '* * * * *' "
               "WHERE agent = 'office_manager'"_s);
        s.exec(u"UPDATE ai_config SET cron_schedule = '0 0 1 1 *' WHERE agent = 'revenue_optimizer'"_s);
        m_cli.unsetEnvironment(u"ANTHROPIC_API_KEY"_s);
        const QString ana =
            s.scalar(
                 u"INSERT INTO users (email, username, pin_hash, name) VALUES ('a@x', 'ana', 'x', 'Ana Ruiz') RETURNING id"_s)
                .toString();
        s.exec(
            u"INSERT INTO shifts (user_id, start_time, end_time) VALUES (?, now() - interval '25 minutes', now() + interval '6 hours')"_s,
            {ana});

        const CliResult once = m_cli.run({u"scheduler"_s, u"--once"_s, u"--db"_s, url});
        QCOMPARE(once.exitCode, 0);
        static const QRegularExpression ran(
            u"^office-manager  \\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}  completed: 1 actions, 1 executed, "
            "0 blocked, 0 awaiting approval$"_s);
        QVERIFY2(ran.match(once.out).hasMatch(), qPrintable(once.out));
        QCOMPARE(s.scalar(u"SELECT trigger || '/' || status FROM mentats_runs"_s).toString(), u"schedule/completed"_s);
        // The same minute again runs nothing; a new minute is a new slot (and Ana's cooldown blocks a second nudge).
        const CliResult again = m_cli.run({u"scheduler"_s, u"--once"_s, u"--db"_s, url});
        QCOMPARE(again.exitCode, 0);
        QVERIFY2(again.out == u"Nothing was due."_s ||
                     (again.out.startsWith(u"office-manager"_s) &&
                      again.out.section(u"  "_s, 1, 1) != once.out.section(u"  "_s, 1, 1)),
                 qPrintable(again.out));

        const CliResult list = m_cli.run({u"actions"_s, u"--agent"_s, u"office-manager"_s, u"--status"_s, u"executed"_s,
                                          u"--json"_s, u"--db"_s, url});
        QCOMPARE(list.exitCode, 0);
        const nlohmann::json action = nlohmann::json::parse(list.out.section(u'\n', 0, 0).toStdString());
        QCOMPARE(action["tool"], nlohmann::json("send_direct_message"));
        QCOMPARE(action["targetName"], nlohmann::json("Ana Ruiz"));
        QCOMPARE(action["status"], nlohmann::json("executed"));
        const CliResult table = m_cli.run({u"actions"_s, u"--since"_s, u"1h"_s, u"--db"_s, url});
        QVERIFY2(table.out.contains(u"executed           send_direct_message → Ana Ruiz  "_s), qPrintable(table.out));
        QCOMPARE(m_cli
                     .run({u"actions"_s, u"--since"_s, u"2026-11-24T09:00"_s, u"--status"_s, u"observation"_s,
                           u"--db"_s, url})
                     .out,
                 u"No actions."_s);
        const CliResult bad = m_cli.run({u"actions"_s, u"--status"_s, u"done"_s, u"--db"_s, url});
        QCOMPARE(bad.exitCode, 2);
        verifyOneSentence(bad, u"The status must be one of executed, dry_run, blocked"_s);
        QCOMPARE(m_cli.run({u"actions"_s, u"--since"_s, u"yesterday-ish"_s, u"--db"_s, url}).exitCode, 2);
    }

    void rollsUpMetrics()
    {
        TestDatabase db;
        const QString url = db.settings().toUrl();
        QCOMPARE(m_cli.run({u"migrate"_s, u"--db"_s, url}).exitCode, 0);
        // Three days ago (business time, give or take the machine's zone), a six-hour entry at a store.
        const QDate day = QDate::currentDate().addDays(-3);
        const QString at = day.toString(Qt::ISODate);
        db.session().exec(u"WITH l AS (INSERT INTO locations (name) VALUES ('Downtown') RETURNING id), "
                          "u AS (INSERT INTO users (email, username, pin_hash, name) VALUES ('a@x', 'ana', 'x', 'Ana') "
                          "RETURNING id), s AS (INSERT INTO shifts (user_id, location_id, start_time, end_time) "
                          "SELECT u.id, l.id, ?::timestamptz, ?::timestamptz FROM u, l RETURNING id, user_id) "
                          "INSERT INTO time_entries (user_id, shift_id, clock_in, clock_out) "
                          "SELECT user_id, id, ?::timestamptz, ?::timestamptz FROM s"_s,
                          {QString(at + u" 10:00 America/Los_Angeles"_s), QString(at + u" 16:00 America/Los_Angeles"_s),
                           QString(at + u" 10:00 America/Los_Angeles"_s),
                           QString(at + u" 16:00 America/Los_Angeles"_s)});

        const CliResult one = m_cli.run({u"metrics"_s, u"rollup"_s, u"--date"_s, at, u"--db"_s, url});
        QCOMPARE(one.exitCode, 0);
        QCOMPARE(one.out, u"Rolled up %1 (1 day, 0 with sales): 1 person-days, 1 location-days."_s.arg(at));
        QCOMPARE(db.session().scalar(u"SELECT hours_worked::text FROM staff_metrics_daily"_s).toString(), u"6.00"_s);

        // A range longer than a transaction reports its progress; the default is the last week.
        const CliResult range = m_cli.run({u"metrics"_s, u"rollup"_s, u"--from"_s,
                                           day.addDays(-40).toString(Qt::ISODate), u"--to"_s, at, u"--db"_s, url});
        QCOMPARE(range.exitCode, 0);
        QVERIFY2(range.out.contains(u"(41 days, 0 with sales): 1 person-days"_s), qPrintable(range.out));
        QVERIFY2(range.err.contains(u"31 of 41 days"_s), qPrintable(range.err));
        const CliResult week = m_cli.run({u"metrics"_s, u"rollup"_s, u"--db"_s, url});
        QCOMPARE(week.exitCode, 0);
        QVERIFY2(week.out.contains(u"(7 days, 0 with sales)"_s), qPrintable(week.out));
        QCOMPARE(db.session().scalar(u"SELECT count(*) FROM staff_metrics_daily"_s).toInt(), 1);

        const CliResult future = m_cli.run({u"metrics"_s, u"rollup"_s, u"--date"_s,
                                            QDate::currentDate().addDays(3).toString(Qt::ISODate), u"--db"_s, url});
        QCOMPARE(future.exitCode, 2);
        verifyOneSentence(future, u"has not begun yet"_s);
        const CliResult garbled = m_cli.run({u"metrics"_s, u"rollup"_s, u"--date"_s, u"11/24"_s, u"--db"_s, url});
        QCOMPARE(garbled.exitCode, 2);
        verifyOneSentence(garbled, u"--date takes a date"_s);
    }

    void exportsThePeriod()
    {
        TestDatabase db;
        const QString url = db.settings().toUrl();
        QCOMPARE(m_cli.run({u"migrate"_s, u"--db"_s, url}).exitCode, 0);
        // Two actions on 24 November in the business time zone (Los Angeles), one just after its midnight.
        db.session().exec(u"INSERT INTO ai_actions (agent, run_id, run_started_at, created_at, tool_name) VALUES "
                          "('office_manager', gen_random_uuid(), now(), '2026-11-24 09:00-08', 'create_task'), "
                          "('office_manager', gen_random_uuid(), now(), '2026-11-24 23:30-08', 'create_task'), "
                          "('office_manager', gen_random_uuid(), now(), '2026-11-25 00:30-08', 'create_task')"_s);
        QTemporaryDir dir;
        const QString file = dir.filePath(u"november.csv"_s);
        const CliResult ok = m_cli.run({u"export"_s, u"--from"_s, u"2026-11-24"_s, u"--to"_s, u"2026-11-24"_s,
                                        u"--format"_s, u"csv"_s, u"--out"_s, file, u"--db"_s, url});
        QCOMPARE(ok.exitCode, 0);
        QCOMPARE(ok.out, u"Exported 2 actions to %1."_s.arg(file));
        QFile written(file);
        QVERIFY(written.open(QIODevice::ReadOnly));
        QCOMPARE(written.readAll().count("\r\n"), 3); // header and two rows
        const CliResult bad = m_cli.run({u"export"_s, u"--from"_s, u"2026-11-24"_s, u"--to"_s, u"2026-11-24"_s,
                                         u"--format"_s, u"xlsx"_s, u"--out"_s, file, u"--db"_s, url});
        QCOMPARE(bad.exitCode, 2);
        verifyOneSentence(bad, u"--format is csv, jsonl or pdf."_s);

        // The PDF report, painted without a display (the CLI runs on the offscreen platform), read back.
        const QString pdf = dir.filePath(u"november.pdf"_s);
        const CliResult report = m_cli.run({u"export"_s, u"--from"_s, u"2026-11-24"_s, u"--to"_s, u"2026-11-24"_s,
                                            u"--format"_s, u"pdf"_s, u"--out"_s, pdf, u"--db"_s, url});
        QCOMPARE(report.exitCode, 0);
        QCOMPARE(report.out, u"Exported 2 actions to %1 (1 page)."_s.arg(pdf));
        QProcess text;
        text.start(u"pdftotext"_s, {pdf, u"-"_s});
        QVERIFY(text.waitForFinished());
        const QString words = QString::fromUtf8(text.readAllStandardOutput());
        QVERIFY2(words.contains(u"AI actions report"_s) && words.contains(u"Actions (2)"_s), qPrintable(words));
        QVERIFY(words.contains(u"Tue 24 Nov 2026 – Tue 24 Nov 2026"_s));
        const CliResult weeklyCsv =
            m_cli.run({u"export"_s, u"--from"_s, u"2026-11-24"_s, u"--to"_s, u"2026-11-24"_s, u"--format"_s, u"csv"_s,
                       u"--weekly-summary"_s, u"--out"_s, file, u"--db"_s, url});
        QCOMPARE(weeklyCsv.exitCode, 2);
        verifyOneSentence(weeklyCsv, u"The weekly summary is a PDF."_s);
    }

    void schedulerStopsCleanlyOnSigterm()
    {
        TestDatabase db;
        const QString url = db.settings().toUrl();
        QCOMPARE(m_cli.run({u"migrate"_s, u"--db"_s, url}).exitCode, 0);
        QProcess scheduler;
        scheduler.start(CliRunner::binary(), {u"scheduler"_s, u"--db"_s, url});
        QVERIFY(scheduler.waitForStarted());
        QByteArray err;
        QTRY_VERIFY_WITH_TIMEOUT((err += scheduler.readAllStandardError()).contains("The scheduler is running"), 20000);
        QTRY_VERIFY_WITH_TIMEOUT((err += scheduler.readAllStandardError()).contains("Revenue Optimizer:"), 20000);
        scheduler.terminate(); // SIGTERM, as systemd sends
        QVERIFY(scheduler.waitForFinished(20000));
        err += scheduler.readAllStandardError();
        QCOMPARE(scheduler.exitStatus(), QProcess::NormalExit);
        QCOMPARE(scheduler.exitCode(), 0);
        QVERIFY2(err.contains("Stopping"), err.constData());
        QVERIFY2(err.contains("Office Manager: disabled (dry run), next run "), err.constData());
        // Its statements are sentences as written, not steps trailing "..." (a journal line each).
        QVERIFY2(err.contains("stops it after the run in progress.\n"), err.constData());
        QVERIFY2(!err.contains("..."), err.constData());
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
