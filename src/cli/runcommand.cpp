#include "runcommand.h"

#include "db/dberror.h"
#include "exitcode.h"
#include "llm/llmproviderfactory.h"
#include "output.h"
#include "runs/agentrunner.h"

#include <nlohmann/json.hpp>

using namespace Qt::Literals::StringLiterals;

QString RunCommand::summary() const
{
    return u"Run an agent once now (--dry-run: decide and log, touch nothing staff-facing)."_s;
}

QString RunCommand::usage() const
{
    return u"office-manager | revenue-optimizer"_s;
}

void RunCommand::addOptions(QCommandLineParser &parser)
{
    addDatabaseOption(parser);
    parser.addOption({u"dry-run"_s, u"Log what the agent would do; send nothing."_s});
    parser.addOption({u"provider"_s, u"rules, anthropic, openai or openai-compatible (default: the agent's setting)."_s,
                      u"provider"_s});
    parser.addOption({u"model"_s, u"The model to use instead of the agent's setting."_s, u"model"_s});
    parser.addOption({u"base-url"_s, u"The provider's address (an OpenAI-compatible server, a proxy)."_s, u"url"_s});
    parser.addOption({u"json"_s, u"Print the result as JSON."_s});
}

QCoro::Task<int> RunCommand::run(const QCommandLineParser &parser)
{
    const QString which = parser.positionalArguments().value(0);
    RunOptions options;
    if (which == u"office-manager"_s)
        options.agent = Agent::OfficeManager;
    else if (which == u"revenue-optimizer"_s)
        options.agent = Agent::RevenueOptimizer;
    else
        throw DbError(DbError::Kind::Usage, u"Say which agent: mentats run office-manager or revenue-optimizer."_s);
    options.trigger = parser.isSet(u"dry-run"_s) ? RunClaim::Trigger::DryRun : RunClaim::Trigger::Cli;
    options.dryRun = parser.isSet(u"dry-run"_s);
    options.requestedBy = qEnvironmentVariable("USER");
    options.model = parser.value(u"model"_s);
    if (parser.isSet(u"provider"_s) || parser.isSet(u"base-url"_s)) {
        const QString name = parser.isSet(u"provider"_s) ? parser.value(u"provider"_s) : u"openai-compatible"_s;
        if (!QStringList{u"rules"_s, u"anthropic"_s, u"openai"_s, u"openai-compatible"_s}.contains(name))
            throw DbError(DbError::Kind::Usage,
                          u"--provider must be rules, anthropic, openai or openai-compatible, not \"%1\"."_s.arg(name));
        LlmProviderChoice choice = LlmProviderFactory::create({name, parser.value(u"base-url"_s), {}});
        if (!choice.notice.isEmpty())
            Output::note(choice.notice);
        options.provider = std::move(choice.provider);
    }

    AgentRunner runner(databaseSettings(parser));
    QCoro::Task<RunResult> running = runner.run(options);
    const RunResult result = co_await running;
    if (parser.isSet(u"json"_s)) {
        const nlohmann::json out = {{"runId", result.runId.toStdString()},
                                    {"status", RunStatuses::toText(result.status).toStdString()},
                                    {"reason", result.reason.toStdString()},
                                    {"provider", result.provider.toStdString()},
                                    {"model", result.model.toStdString()},
                                    {"actionsLogged", result.actionsLogged},
                                    {"executed", result.executed},
                                    {"blocked", result.blocked},
                                    {"awaitingApproval", result.awaitingApproval},
                                    {"invalid", result.invalid},
                                    {"inputTokens", result.usage.totalInputTokens()},
                                    {"outputTokens", result.usage.outputTokens},
                                    {"costUsd", result.cost ? nlohmann::json(result.cost->exactDollars().toStdString())
                                                            : nlohmann::json(nullptr)}};
        Output::line(QString::fromStdString(out.dump(2)));
    } else if (result.status == RunStatus::Completed) {
        Output::line(
            u"Run %1 completed with %2: %3 actions logged, %4 executed, %5 blocked, %6 awaiting approval; %7."_s.arg(
                result.runId, result.provider, QString::number(result.actionsLogged), QString::number(result.executed),
                QString::number(result.blocked), QString::number(result.awaitingApproval),
                result.cost ? result.cost->display() : u"cost unknown"_s));
    } else {
        Output::line(u"Run %1 %2: %3."_s.arg(result.runId.isEmpty() ? u"(none)"_s : result.runId,
                                             RunStatuses::toText(result.status), result.reason));
    }
    co_return result.status == RunStatus::Failed ? ExitFailure : ExitOk;
}
