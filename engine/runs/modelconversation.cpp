#include "runs/modelconversation.h"

#include "config/agentsettingsstore.h"
#include "core/logging.h"
#include "db/database.h"
#include "llm/llmerror.h"
#include "llm/llmprovider.h"

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;
using Phase = RunControl::Progress::Phase;

QCoro::Task<ModelConversation::Outcome> ModelConversation::run(Database &db, const ToolExecutor &executor,
                                                               LlmProvider &provider, Setup setup)
{
    Outcome outcome;
    const Agent agent = setup.toolContext.agent;
    const int maxRounds = std::max(1, setup.maxRounds);
    LlmRequest &request = setup.request;
    try {
        for (int round = 0; round < maxRounds; ++round) {
            if (setup.control.isCancelled()) {
                outcome.cancelled = true;
                break;
            }
            if (round > 0 && setup.watchKillSwitch) {
                // The kill switch stops a live run between rounds too: no further model call, no further tools.
                QFuture<bool> checking =
                    db.run([agent](SqlSession &s) { return AgentSettingsStore::enabled(s, agent); });
                const bool enabled = co_await checking;
                if (!enabled) {
                    outcome.stopped = u"stopped: the kill switch was turned off during the run"_s;
                    outcome.rounds.push_back({{"stopped", outcome.stopped.toStdString()}});
                    break;
                }
            }
            setup.control.report(Phase::AskingModel, round + 1, maxRounds);
            QCoro::Task<LlmResponse> calling = provider.complete(request, setup.control.token());
            const LlmResponse response = co_await calling;
            outcome.usage += response.usage;
            outcome.lastText = response.text;
            json entry = {{"round", round + 1},
                          {"text", response.text.toStdString()},
                          {"stopReason", response.rawStopReason.toStdString()},
                          {"attempts", response.attempts},
                          {"latencyMs", response.latencyMs},
                          {"requestId", response.requestId.toStdString()},
                          {"response", response.raw}};
            if (!response.wantsTools()) {
                outcome.rounds.push_back(entry);
                break;
            }
            outcome.anyCall = true;
            setup.control.report(Phase::CheckingToolCalls, round + 1, maxRounds);
            ActionLogFields log = setup.log;
            log.reasoning = response.text;
            QFuture<QList<ToolCallOutcome>> handling = db.run(
                [executor = &executor, calls = response.toolCalls, context = setup.toolContext, log](SqlSession &s) {
                    QList<ToolCallOutcome> outcomes;
                    for (const LlmToolCall &call : calls)
                        outcomes << executor->handle(s, call, context, log);
                    return outcomes;
                });
            const QList<ToolCallOutcome> outcomes = co_await handling;
            LlmMessage results{LlmMessage::Role::ToolResults, {}, {}, {}};
            json outcomeLog = json::array();
            for (qsizetype i = 0; i < outcomes.size(); ++i) {
                const ToolCallOutcome &o = outcomes.at(i);
                ++outcome.actionsLogged;
                outcome.executed += o.status == ToolCallOutcome::Status::Executed ? 1 : 0;
                outcome.blocked += o.status == ToolCallOutcome::Status::Blocked ? 1 : 0;
                outcome.awaitingApproval += o.status == ToolCallOutcome::Status::AwaitingApproval ? 1 : 0;
                outcome.invalid += o.status == ToolCallOutcome::Status::Invalid ? 1 : 0;
                results.results << LlmToolResult{response.toolCalls.at(i).id, o.resultForModel, o.isErrorForModel};
                qCInfo(lcRuns).noquote() << "run" << setup.toolContext.runId << "call" << response.toolCalls.at(i).name
                                         << statusName(o.status) << o.reason;
                outcomeLog.push_back({{"tool", response.toolCalls.at(i).name.toStdString()},
                                      {"status", statusName(o.status).toStdString()},
                                      {"actionId", o.actionId.toStdString()}});
            }
            entry["outcomes"] = outcomeLog;
            outcome.rounds.push_back(entry);
            request.messages << LlmMessage{LlmMessage::Role::Assistant, response.text, response.toolCalls, {}}
                             << results;
        }
    } catch (const LlmError &error) {
        if (error.kind() == LlmError::Kind::Cancelled || setup.control.isCancelled()) {
            outcome.cancelled = true;
        } else {
            outcome.failure = error.message();
            outcome.rounds.push_back({{"error", error.message().toStdString()},
                                      {"detail", error.detail().toStdString()},
                                      {"attempts", error.attempts()}});
        }
    }
    if (outcome.cancelled)
        outcome.rounds.push_back({{"cancelled", true}});
    co_return outcome;
}

void ModelConversation::Outcome::add(const Outcome &other, int call, int calls)
{
    const QString which = calls > 1 ? u"call %1 of %2: "_s.arg(call + 1).arg(calls) : QString();
    for (nlohmann::json round : other.rounds) {
        if (calls > 1)
            round["call"] = call + 1;
        rounds.push_back(std::move(round));
    }
    usage += other.usage;
    anyCall = anyCall || other.anyCall;
    if (!other.lastText.isEmpty())
        lastText = other.lastText;
    actionsLogged += other.actionsLogged;
    executed += other.executed;
    blocked += other.blocked;
    awaitingApproval += other.awaitingApproval;
    invalid += other.invalid;
    if (stopped.isEmpty() && !other.stopped.isEmpty())
        stopped = which + other.stopped;
    if (failure.isEmpty() && !other.failure.isEmpty())
        failure = which + other.failure;
    cancelled = cancelled || other.cancelled;
}
