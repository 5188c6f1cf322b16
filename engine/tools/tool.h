#pragma once

#include "business/contextrequest.h"
#include "core/agent.h"

#include <QDateTime>
#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <optional>

class SqlSession;

// Everything a tool call knows about the run it belongs to.
struct ToolContext
{
    QString runId;
    Agent agent = Agent::OfficeManager;
    bool dryRun = true;
    QString aiSystemUserId;
    const ContextRequest *request = nullptr; // staff scope, the business calendar and its clock
    // This call's instant on the run's clock, set by the executor once per call: the effect, its log row and its
    // cooldowns carry one time, and later checks (cooldowns, the rate limit, expiries) compare against that clock.
    QDateTime at{};

    // `at`, or else the request's clock now. Throws std::logic_error when neither is known: a call is never timed by
    // the database server.
    QDateTime now() const;
};

// What an executed tool did, for its ai_actions row.
struct ToolEffect
{
    nlohmann::json result = nlohmann::json::object();
    QString targetUserId;
    QString createdTaskId;
    QString createdMessageId;
};

// A tool the model may call: its name, description and JSON Schema parameters, with its safety settings (enabled,
// manager approval, cooldowns per person and overall, an hourly rate limit).
// Validation has two parts: the JSON Schema (JsonSchemaValidator) and business rules here (the person exists, is
// active, is staff). execute() runs inside the executor's transaction, together with the action's log row and its
// cooldowns: it must not commit, and anything it throws rolls all of it back.
class Tool
{
public:
    struct Cooldown
    {
        int perUserMinutes = 0;
        int globalMinutes = 0;
    };

    virtual ~Tool() = default;

    virtual QString name() const = 0;
    virtual QString description() const = 0;
    virtual Agent agent() const = 0;
    virtual nlohmann::json parameters() const = 0; // JSON Schema of the arguments
    virtual bool requiresApproval() const { return false; }
    virtual Cooldown cooldown() const { return {}; }
    virtual std::optional<int> rateLimitPerHour() const { return std::nullopt; }

    // Schema, then business rules. Empty when the call may go ahead; otherwise sentences for the model.
    QStringList validate(SqlSession &session, const nlohmann::json &arguments, const ToolContext &context) const;
    virtual ToolEffect execute(SqlSession &session, const nlohmann::json &arguments,
                               const ToolContext &context) const = 0;
    // What the model is told happened.
    virtual QString formatResult(const ToolEffect &effect) const = 0;
    // Who the call is about, for cooldowns and the log (empty when nobody).
    virtual QString targetUserId(const nlohmann::json &arguments) const;

    // The string argument `key` (of the arguments, or of an object within them); empty when it is absent.
    static QString stringArgument(const nlohmann::json &object, const char *key);

protected:
    // By default: the person the call is about (targetUserId) must be staff the agents may address.
    virtual QStringList checkBusinessRules(SqlSession &session, const nlohmann::json &arguments,
                                           const ToolContext &context) const;
    // "" when `userId` is an active staff member the agents may address; otherwise why not, as a sentence.
    static QString staffProblem(SqlSession &session, const QString &userId, const ToolContext &context);
};
