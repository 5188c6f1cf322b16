// Exports checked by reading them back: CSV through an RFC 4180 parser, JSON Lines line by line, the PDF through
// pdftotext. A cancelled or failed export leaves no file and never damages the one it would have replaced.
#include "actions/actionsummary.h"
#include "db/dberror.h"
#include "jsoncompare.h"
#include "migrations/migrator.h"
#include "reportexporter.h"
#include "reportformat.h"
#include "services/enginesession.h"
#include "testdatabase.h"
#include "wait.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <nlohmann/json.hpp>

using namespace Qt::Literals::StringLiterals;

namespace {

// RFC 4180: fields separated by commas, records by CRLF; a quoted field may hold commas, quotes (doubled) and
// line breaks.
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            record << field;
            records << record;
            record.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return records;
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(u"pdftotext"_s, {u"-layout"_s, path, u"-"_s});
    if (!p.waitForFinished(60000) || p.exitCode() != 0)
        return u"pdftotext failed: "_s + p.errorString() + QString::fromUtf8(p.readAllStandardError());
    return QString::fromUtf8(p.readAllStandardOutput());
}

int pdfPages(const QString &path)
{
    QProcess p;
    p.start(u"pdfinfo"_s, {path});
    p.waitForFinished(60000);
    const QRegularExpressionMatch m = QRegularExpression(u"^Pages:\\s+(\\d+)"_s, QRegularExpression::MultilineOption)
                                          .match(QString::fromUtf8(p.readAllStandardOutput()));
    return m.hasMatch() ? m.captured(1).toInt() : -1;
}

QString readAll(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

} // namespace

class TestReportExporter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_db.emplace(TestDatabase::Schema::Baseline);
        SqlSession &s = m_db->session();
        Migrator().migrate(s);
        s.exec(
            u"INSERT INTO mentats_settings (key, value) VALUES ('business_name', '\"Harbour Street Market\"'), "
            "('business_time_zone', '\"America/Los_Angeles\"') ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        m_ann = s.scalar(u"INSERT INTO users (email, username, pin_hash, name, role) VALUES ('ann@x.example', 'ann', "
                         "'x', 'Ann Leckie', 'staff') RETURNING id::text"_s)
                    .toString();
        // 2,400 office manager actions over the week of 16–22 November (Pacific), every 4 minutes from Monday
        // 00:02: a third executed create_task for Ann, the rest blocked or failed send_direct_message; plus 60
        // optimizer memories, and some actions outside the week that must not appear.
        s.exec(u"INSERT INTO ai_actions (agent, run_id, run_started_at, created_at, tool_name, target_user_id, "
               "tool_params, reasoning, executed, execution_result, error) SELECT 'office_manager', gen_random_uuid(), "
               "now(), timestamptz '2026-11-16 00:02-08' + make_interval(mins => 4 * i), "
               "CASE WHEN i % 3 = 0 THEN 'create_task' ELSE 'send_direct_message' END, ?::uuid, "
               "jsonb_build_object('n', i, 'note', 'a, \"quoted\" note'), "
               "CASE WHEN i = 7 THEN E'Line one,\\nline \"two\"' ELSE 'Reason number ' || i END, i % 3 = 0, "
               "CASE WHEN i % 3 = 1 THEN jsonb_build_object('status', 'blocked') END, "
               "CASE WHEN i % 3 = 2 THEN 'Reply was not accepted' END FROM generate_series(0, 2399) AS i"_s,
               {m_ann});
        s.exec(u"INSERT INTO ai_actions (agent, run_id, run_started_at, created_at, tool_name, reasoning, executed) "
               "SELECT 'revenue_optimizer', gen_random_uuid(), now(), timestamptz '2026-11-20 02:00-08' + "
               "make_interval(secs => i), 'write_memory', 'Memory ' || i, true FROM generate_series(1, 60) AS i"_s);
        s.exec(u"INSERT INTO ai_actions (agent, run_id, run_started_at, created_at, tool_name, reasoning, executed) "
               "SELECT 'office_manager', gen_random_uuid(), now(), timestamptz '2026-11-23 00:00-08' + "
               "make_interval(mins => i), 'create_task', 'Next week ' || i, true FROM generate_series(0, 9) AS i"_s);
        s.exec(u"INSERT INTO mentats_runs (agent, trigger, status, started_at, cost_usd, input_tokens, output_tokens) "
               "VALUES ('office_manager', 'manual', 'completed', '2026-11-17 09:00-08', 1.25, 40000, 900)"_s);
        m_session = std::make_unique<EngineSession>(m_db->settings(), Clock::system(), 1);
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_db.reset();
    }

    void csvAndJsonLinesReadBack()
    {
        QTemporaryDir dir;
        ReportExporter exporter(*m_session);
        QList<std::pair<qint64, qint64>> progress;
        connect(&exporter, &ReportExporter::progress, this, [&progress](qint64 done, qint64 total) {
            progress.append({done, total});
        });
        ReportExporter::Request request{{},
                                        QDate(2026, 11, 16),
                                        QDate(2026, 11, 22),
                                        ReportExporter::Format::Csv,
                                        false,
                                        dir.filePath(u"week.csv"_s),
                                        {}};
        const ReportExporter::Result csv = Wait::forTask(exporter.run(request));
        QCOMPARE(csv.actions, 2460);
        QVERIFY(!csv.cancelled);
        const QList<QStringList> records = parseCsv(readAll(request.path));
        QCOMPARE(records.size(), 2461);
        QCOMPARE(records.first(),
                 (QStringList{u"id"_s, u"time"_s, u"agent"_s, u"status"_s, u"tool"_s, u"person_id"_s, u"person"_s,
                              u"run_id"_s, u"reason"_s, u"reasoning"_s, u"parameters"_s, u"result"_s}));
        QSet<QString> ids;
        int blocked = 0;
        for (qsizetype i = 1; i < records.size(); ++i) {
            const QStringList &r = records.at(i);
            QCOMPARE(r.size(), 12);
            ids.insert(r.at(0));
            blocked += r.at(3) == u"blocked"_s;
            if (r.at(9) == u"Line one,\nline \"two\""_s) {
                QCOMPARE(r.at(3), u"blocked"_s); // i = 7
                QCOMPARE(r.at(6), u"Ann Leckie"_s);
                QCOMPARE(r.at(1), u"2026-11-16T00:30:00.000-08:00"_s); // business time with its offset
                QCOMPARE(nlohmann::json::parse(r.at(10).toStdString())["note"], "a, \"quoted\" note");
            }
        }
        QCOMPARE(ids.size(), 2460);
        QCOMPARE(blocked, 800);
        QCOMPARE(progress.last(), (std::pair<qint64, qint64>(2460, 2460)));
        for (qsizetype i = 1; i < progress.size(); ++i)
            QVERIFY(progress.at(i).first >= progress.at(i - 1).first);
        QVERIFY(progress.size() >= 3); // page by page, not all at once

        request.format = ReportExporter::Format::JsonLines;
        request.path = dir.filePath(u"optimizer.jsonl"_s);
        request.filter.agent = Agent::RevenueOptimizer;
        QCOMPARE(Wait::forTask(exporter.run(request)).actions, 60);
        const QStringList lines = readAll(request.path).split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 60);
        for (const QString &line : lines) {
            const nlohmann::json row = nlohmann::json::parse(line.toStdString());
            QCOMPARE(row["agent"], "revenue_optimizer");
            QCOMPARE(row["tool"], "write_memory");
            QVERIFY(row["personId"].is_null());
            QVERIFY(row["parameters"].is_object() || row["parameters"].is_null()); // JSON, not a string of it
        }
    }

    // The PDF's own time format is QLocale::c()'s "d MMM HH:mm" after toTimeZone(), across offset changes.
    void writesShortTimesAsQtDoes()
    {
        for (const QByteArray &id :
             {QByteArray("America/Los_Angeles"), QByteArray("Asia/Kolkata"), QByteArray("America/St_Johns")}) {
            const QTimeZone zone(id);
            QList<QDateTime> instants;
            const QDateTime start(QDate(2025, 1, 1), QTime(0, 0), Qt::UTC);
            for (QDateTime t = start; t < start.addYears(2); t = t.addSecs(26'017))
                instants << t;
            for (const QTimeZone::OffsetData &transition : zone.transitions(start, start.addYears(2)))
                instants << transition.atUtc.addSecs(-60) << transition.atUtc << transition.atUtc.addSecs(60);
            for (const QDateTime &utc : std::as_const(instants))
                QCOMPARE(ReportFormat::shortTime(utc, zone),
                         QLocale::c().toString(utc.toTimeZone(zone), u"d MMM HH:mm"_s));
        }
    }

    void pdfReportReadsBack()
    {
        QTemporaryDir dir;
        ReportExporter exporter(*m_session);
        ReportExporter::Request request;
        request.from = QDate(2026, 11, 16);
        request.to = QDate(2026, 11, 22);
        request.format = ReportExporter::Format::Pdf;
        request.filter.toolName = u"create_task"_s;
        request.path = dir.filePath(u"report.pdf"_s);
        request.generatedBy = u"Maria Manager"_s;
        const ReportExporter::Result result = Wait::forTask(exporter.run(request));
        QCOMPARE(result.actions, 800);
        QVERIFY(result.pages > 10);
        QCOMPARE(pdfPages(request.path), result.pages);
        const QString text = pdfText(request.path);
        for (const QString &expected :
             {u"HARBOUR STREET MARKET"_s, u"AI actions report"_s, u"Mon 16 Nov 2026 – Sun 22 Nov 2026"_s,
              u"America/Los_Angeles"_s, u"create_task"_s, u"Maria Manager"_s, u"By agent"_s,
              u"Actions per day by outcome"_s, u"Cost per day by agent"_s, u"People most often concerned"_s,
              u"Ann Leckie"_s, u"Actions (800)"_s, u"Reason number 2397"_s, u"Page %1"_s.arg(result.pages)})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        QVERIFY(text.contains(QRegularExpression(u"Reason number 3\\b"_s)));
        QVERIFY(!text.contains(QRegularExpression(u"Reason number 1\\b"_s))); // send_direct_message: filtered out
        QVERIFY(!text.contains(u"Next week"_s));                              // outside the period
        QVERIFY(text.contains(u"$1.25"_s)); // the run's cost, in the figures and by agent
    }

    void weeklySummaryListsWhatNeedsAttention()
    {
        QTemporaryDir dir;
        ReportExporter exporter(*m_session);
        ReportExporter::Request request;
        std::tie(request.from, request.to) = ActionSummary::lastWeek(QDate(2026, 11, 25));
        request.format = ReportExporter::Format::Pdf;
        request.weeklySummary = true;
        request.path = dir.filePath(u"weekly.pdf"_s);
        const ReportExporter::Result result = Wait::forTask(exporter.run(request));
        QCOMPARE(result.actions, 100); // 50 failed and 50 blocked shown, of 800 each
        const QString text = pdfText(request.path);
        for (const QString &expected : {u"Weekly summary of AI actions"_s, u"Failed (800)"_s, u"Blocked (800)"_s,
                                        u"… and 750 more"_s, u"Reply was not accepted"_s})
            QVERIFY2(text.contains(expected), qPrintable(expected));
        QVERIFY(!text.contains(u"Awaiting approval ("_s));
        QVERIFY(!text.contains(u"Memory 1"_s)); // executed actions are in the totals, not listed

        request.format = ReportExporter::Format::Csv;
        QVERIFY_THROWS_EXCEPTION(DbError, Wait::forTask(exporter.run(request)));
    }

    void cancelledOrFailedExportLeavesNoFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(u"keep.csv"_s);
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("the export from last month\n");
        }
        ReportExporter exporter(*m_session);
        connect(&exporter, &ReportExporter::progress, &exporter, [&exporter](qint64 done, qint64) {
            if (done > 0)
                exporter.cancel();
        });
        ReportExporter::Request request{
            {}, QDate(2026, 11, 16), QDate(2026, 11, 22), ReportExporter::Format::Csv, false, path, {}};
        const ReportExporter::Result result = Wait::forTask(exporter.run(request));
        QVERIFY(result.cancelled);
        QCOMPARE(result.actions, 1000); // stopped after the first page
        QCOMPARE(readAll(path), u"the export from last month\n"_s);
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"keep.csv"_s}); // no temporary left behind
        QVERIFY(!exporter.isRunning());

        ReportExporter other(*m_session);
        request.path = dir.filePath(u"no/such/folder/x.csv"_s);
        try {
            Wait::forTask(other.run(request));
            QFAIL("an unwritable path must fail");
        } catch (const DbError &e) {
            QCOMPARE(e.kind(), DbError::Kind::Environment);
            QVERIFY2(e.message().contains(u"cannot be written"_s), qPrintable(e.message()));
        }
        QVERIFY(!QFile::exists(request.path));
    }

private:
    std::optional<TestDatabase> m_db;
    std::unique_ptr<EngineSession> m_session;
    QString m_ann;
};

QTEST_MAIN(TestReportExporter)
#include "tst_reportexporter.moc"
