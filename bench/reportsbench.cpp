// mentats-bench-reports: what the Reports page and `mentats export` cost at scale. Fills ai_actions with N rows
// (default 1,000,000, one every 30 s back from now), then times the period summary behind the charts and
// exports of about 100,000 actions to CSV, JSON Lines and PDF, end to end through ReportExporter.
// Each export is timed --export-rounds times (default 3) and its median printed. The actions go into a copy of the
// demo, so that a kept demo stays as it was built.
// Run: build/bench/mentats-bench-reports [--rows N] [--export-rounds N] [--formats csv,jsonl,pdf] [--dir DIR] [--tiny]
#include "actions/actionsummary.h"
#include "core/bootstrap.h"
#include "core/businesscalendar.h"
#include "db/database.h"
#include "db/dberror.h"
#include "db/sqlsession.h"
#include "reportexporter.h"
#include "services/enginesession.h"
#include "support/benchcluster.h"
#include "support/benchtiming.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QGuiApplication>
#include <cstdio>

using namespace Qt::Literals::StringLiterals;

namespace {

ReportExporter::Result exportOnce(ReportExporter &exporter, const ReportExporter::Request &request)
{
    QEventLoop loop;
    ReportExporter::Result result;
    QCoro::connect(exporter.run(request), &loop, [&](const ReportExporter::Result &r) {
        result = r;
        loop.quit();
    });
    loop.exec();
    return result;
}

void fill(SqlSession &session, int rows)
{
    QElapsedTimer timer;
    timer.start();
    session.exec(u"SET statement_timeout = 0"_s); // a million rows and their indexes; the reads run under the limit
    session.exec(u"INSERT INTO ai_actions (agent, run_id, run_started_at, created_at, tool_name, target_user_id, "
                 "tool_params, executed, execution_result, blocked_reason, reasoning) "
                 "SELECT CASE WHEN i % 10 = 0 THEN 'revenue_optimizer' ELSE 'office_manager' END::ai_agent, "
                 "gen_random_uuid(), now() - make_interval(secs => i * 30), now() - make_interval(secs => i * 30), "
                 "(ARRAY['send_direct_message', 'create_task', 'send_notification', 'flag_for_manager'])[1 + i % 4], "
                 "(SELECT id FROM users WHERE role = 'staff' ORDER BY id OFFSET i % 20 LIMIT 1), "
                 "jsonb_build_object('message', 'Reminder number ' || i), i % 3 = 0, "
                 "jsonb_build_object('status', (ARRAY['executed', 'blocked', 'dry_run'])[1 + i % 3]), "
                 "CASE WHEN i % 3 = 1 THEN 'Not done: cooldown' END, "
                 "'Late again: the shift started at 9 and there is no clock-in yet, number ' || i "
                 "FROM generate_series(1, %1) AS i"_s.arg(rows));
    session.exec(u"ANALYZE ai_actions"_s);
    session.exec(u"RESET statement_timeout"_s);
    std::printf("  filled %d actions in %.1f s\n", rows, double(timer.elapsed()) / 1000);
}

} // namespace

int main(int argc, char *argv[])
{
    std::setvbuf(stdout, nullptr, _IOLBF, 0); // each figure as soon as it is known
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    Bootstrap::initialize(u"mentats-bench-reports"_s);
    const BenchOptions options = BenchOptions::parse(u"reports"_s, QCoreApplication::arguments());
    const int rows = options.value(u"--rows"_s, 1000000, 3000);
    const int exportRounds = options.value(u"--export-rounds"_s, 3, 1);
    const qsizetype formatsAt = options.arguments.indexOf(u"--formats"_s);
    const QStringList formats = formatsAt >= 0 ? options.arguments.value(formatsAt + 1).split(u',') : QStringList();
    try {
        BenchCluster bench(options);
        bench.startDemo(DemoOptions{});
        const ConnectionSettings copy = bench.scratchCopy();
        const QTimeZone zone(BusinessCalendar::kDefaultZoneId);
        const QDate today = BusinessCalendar(zone).today();
        {
            SqlSession session(u"bench-reports"_s, copy);
            std::printf("Reports at %d actions:\n", rows);
            fill(session, rows);
            for (int days : {7, 30, 90}) {
                qint64 total = 0;
                const BenchTiming t = BenchTiming::measure(options.rounds(5), [&] {
                    total = ActionSummary::read(session, {}, today.addDays(1 - days), today, zone).total;
                });
                std::printf("  summary of the last %2d days (%7lld actions): median %7.1f ms (%d)\n", days,
                            static_cast<long long>(total), t.medianMs, t.rounds);
            }
        }
        EngineSession engine(copy, Clock::system(), 1);
        ReportExporter exporter(engine);
        // ~100,000 actions: one every 30 s is 2,880 a day.
        const QDate from = today.addDays(-34);
        for (const auto &[format, name] :
             {std::pair{ReportExporter::Format::Csv, "CSV"}, std::pair{ReportExporter::Format::JsonLines, "JSON Lines"},
              std::pair{ReportExporter::Format::Pdf, "PDF"}}) {
            if (!formats.isEmpty() && !formats.contains(ReportExporter::extension(format)))
                continue;
            ReportExporter::Request request;
            request.from = from;
            request.to = today;
            request.format = format;
            request.path = bench.scratchPath(u"export."_s + ReportExporter::extension(format));
            ReportExporter::Result result;
            const BenchTiming t = BenchTiming::measure(exportRounds, [&] { result = exportOnce(exporter, request); });
            const double seconds = t.medianMs / 1000;
            std::printf(
                "  export %-10s %7lld actions: median %6.2f s, min %6.2f s (%d)  (%6.0f actions/s, %5.1f MB%s)\n", name,
                static_cast<long long>(result.actions), seconds, t.minMs / 1000, t.rounds,
                double(result.actions) / seconds, double(QFileInfo(request.path).size()) / 1e6,
                result.pages > 0 ? qPrintable(u", %1 pages"_s.arg(result.pages)) : "");
        }
    } catch (const DbError &error) {
        std::fprintf(stderr, "mentats-bench-reports: %s\n%s\n", error.what(), qPrintable(error.detail()));
        return 1;
    }
    return 0;
}
