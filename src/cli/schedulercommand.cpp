#include "schedulercommand.h"

#include "exitcode.h"
#include "output.h"
#include "scheduler/scheduler.h"
#include "shutdownsignals.h"

#include <QCoroSignal>

using namespace Qt::Literals::StringLiterals;

namespace {

QString describe(const ScheduledRun &run, const QTimeZone &zone)
{
    const RunResult &r = run.result;
    QString line =
        u"%1  %2  %3"_s.arg(Agents::id(run.agent).replace(u'_', u'-'),
                            run.slot.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm"_s), RunStatuses::toText(r.status));
    if (r.status == RunStatus::Completed)
        line += u": %1 actions, %2 executed, %3 blocked, %4 awaiting approval"_s.arg(
            QString::number(r.actionsLogged), QString::number(r.executed), QString::number(r.blocked),
            QString::number(r.awaitingApproval));
    if (!r.reason.isEmpty())
        line += (r.status == RunStatus::Completed ? u"; "_s : u": "_s) + r.reason;
    return line;
}

// A batch a run was waiting for, once it has been collected (waiting ones are not worth a line every pass).
QString describe(const BatchCheck &check)
{
    if (check.outcome != BatchCheck::Outcome::Collected)
        return {};
    const RunResult &r = check.run;
    QString line = u"%1  batch %2  %3"_s.arg(Agents::id(check.agent).replace(u'_', u'-'), check.batchId,
                                             RunStatuses::toText(r.status));
    if (r.status == RunStatus::Completed)
        line += u": %1 actions, %2 executed"_s.arg(QString::number(r.actionsLogged), QString::number(r.executed));
    if (!r.reason.isEmpty())
        line += (r.status == RunStatus::Completed ? u"; "_s : u": "_s) + r.reason;
    return line;
}

QString describe(const AgentHealth &h, const QTimeZone &zone)
{
    const auto when = [&zone](const QDateTime &t) {
        return t.isValid() ? t.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm"_s) : u"never"_s;
    };
    QString line = u"%1: %2%3, next run %4, last success %5"_s.arg(
        Agents::displayName(h.agent), h.enabled ? u"enabled"_s : u"disabled"_s, h.dryRun ? u" (dry run)"_s : QString(),
        h.cronError.isEmpty() ? when(h.nextRun) : u"none (%1)"_s.arg(h.cronError), when(h.lastSuccess));
    if (h.consecutiveFailures > 0)
        line += u", %1 failures in a row"_s.arg(h.consecutiveFailures);
    return line;
}

} // namespace

QString SchedulerCommand::summary() const
{
    return u"Run both agents on their schedules until stopped (--once: what is due now, then exit)."_s;
}

void SchedulerCommand::addOptions(QCommandLineParser &parser)
{
    addDatabaseOption(parser);
    parser.addOption({u"once"_s, u"Run whatever is due now and exit (for cron)."_s});
}

QCoro::Task<int> SchedulerCommand::run(const QCommandLineParser &parser)
{
    Scheduler scheduler(databaseSettings(parser), Clock::system(), {});
    if (parser.isSet(u"once"_s)) {
        QCoro::Task<TickReport> ticking = scheduler.tick();
        const TickReport report = co_await ticking;
        for (const BatchCheck &check : report.batches) {
            if (const QString line = describe(check); !line.isEmpty())
                Output::line(line);
        }
        for (const ScheduledRun &run : report.runs)
            Output::line(describe(run, report.zone));
        if (report.runs.isEmpty())
            Output::line(u"Nothing was due."_s);
        for (const QString &problem : report.problems)
            Output::error(problem);
        const bool failed = std::any_of(report.runs.cbegin(), report.runs.cend(),
                                        [](const ScheduledRun &r) { return r.result.status == RunStatus::Failed; });
        co_return failed || !report.problems.isEmpty() ? ExitFailure : ExitOk;
    }

    ShutdownSignals shutdown;
    bool first = true;
    QObject::connect(&scheduler, &Scheduler::tickFinished, &scheduler, [&first](const TickReport &report) {
        for (const BatchCheck &check : report.batches) {
            if (const QString line = describe(check); !line.isEmpty())
                Output::line(line);
        }
        for (const ScheduledRun &run : report.runs)
            Output::line(describe(run, report.zone));
        if (first)
            for (const AgentHealth &health : report.health)
                Output::note(describe(health, report.zone));
        first = false;
        for (const QString &problem : report.problems)
            Output::error(problem);
    });
    Output::note(u"The scheduler is running; Ctrl+C or SIGTERM stops it after the run in progress."_s);
    scheduler.start();
    auto requested = qCoro(&shutdown, &ShutdownSignals::requested);
    co_await requested;
    Output::note(scheduler.isBusy() ? u"Stopping after the run in progress…"_s : u"Stopping."_s);
    QCoro::Task<void> stopping = scheduler.stop();
    co_await stopping;
    co_return ExitOk;
}
