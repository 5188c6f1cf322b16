#include "batchcommand.h"

#include "db/dberror.h"
#include "exitcode.h"
#include "output.h"
#include "services/batchservice.h"
#include "services/businesssettingsservice.h"
#include "services/enginesession.h"

using namespace Qt::Literals::StringLiterals;

namespace {

QString outcomeName(const BatchCheck &check)
{
    switch (check.outcome) {
    case BatchCheck::Outcome::Waiting:
        return u"waiting (%1)"_s.arg(check.processingStatus);
    case BatchCheck::Outcome::Deferred:
        return u"not checked: %1"_s.arg(check.problem);
    case BatchCheck::Outcome::Collected:
        break;
    }
    const RunResult &r = check.run;
    if (r.status == RunStatus::Completed)
        return u"collected: %1 actions, %2 executed, %3 blocked, %4 awaiting approval, cost %5"_s.arg(
            QString::number(r.actionsLogged), QString::number(r.executed), QString::number(r.blocked),
            QString::number(r.awaitingApproval), r.cost ? r.cost->display() : u"unknown"_s);
    return u"%1: %2"_s.arg(RunStatuses::toText(r.status), r.reason);
}

} // namespace

QString BatchCommand::summary() const
{
    return u"The Message Batches runs are waiting for: list them (status), or check them now and finish the runs "
           "whose batch has ended (collect)."_s;
}

void BatchCommand::addOptions(QCommandLineParser &parser)
{
    addDatabaseOption(parser);
}

QCoro::Task<int> BatchCommand::run(const QCommandLineParser &parser)
{
    const QString action = parser.positionalArguments().value(0);
    if (parser.positionalArguments().size() != 1 || (action != u"status"_s && action != u"collect"_s))
        throw DbError(DbError::Kind::Usage, u"Say what to do: mentats batch status or collect."_s);
    const QList<Agent> agents = {Agent::OfficeManager, Agent::RevenueOptimizer};

    EngineSession session(databaseSettings(parser), Clock::system(), 1);
    if (action == u"status"_s) {
        QCoro::Task<BusinessCalendar> calendar = session.businessSettings().calendar();
        const QTimeZone zone = (co_await calendar).zone();
        QCoro::Task<QList<PendingBatches::Batch>> reading = session.batches().pending(agents);
        const QList<PendingBatches::Batch> pending = co_await reading;
        for (const PendingBatches::Batch &b : pending) {
            Output::line(u"%1  %2  run %3  submitted %4  %5 polls, last: %6%7"_s.arg(
                Agents::id(b.agent).replace(u'_', u'-'), b.batchId, b.runId,
                b.submittedAt.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm"_s), QString::number(b.polls),
                b.processingStatus.isEmpty() ? u"not polled"_s : b.processingStatus,
                b.lastProblem.isEmpty() ? QString() : u" (%1)"_s.arg(b.lastProblem)));
        }
        if (pending.isEmpty())
            Output::line(u"No run is waiting for a batch."_s);
        co_return ExitOk;
    }

    BatchCollector::Options options;
    options.agents = agents;
    QCoro::Task<QList<BatchCheck>> checking = session.batches().collect(options);
    const QList<BatchCheck> checks = co_await checking;
    bool trouble = false;
    for (const BatchCheck &check : checks) {
        Output::line(u"%1  %2  run %3  %4"_s.arg(Agents::id(check.agent).replace(u'_', u'-'), check.batchId,
                                                 check.runId, outcomeName(check)));
        trouble = trouble || check.outcome == BatchCheck::Outcome::Deferred || check.run.status == RunStatus::Failed;
    }
    if (checks.isEmpty())
        Output::line(u"No run is waiting for a batch."_s);
    co_return trouble ? ExitFailure : ExitOk;
}
