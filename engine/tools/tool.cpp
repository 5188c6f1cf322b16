#include "tools/tool.h"

#include "business/staffscope.h"
#include "db/sqlsession.h"
#include "tools/jsonschemavalidator.h"

#include <QUuid>
#include <stdexcept>

using namespace Qt::Literals::StringLiterals;

QDateTime ToolContext::now() const
{
    if (at.isValid())
        return at;
    if (!request)
        throw std::logic_error("a tool call needs its run's calendar (ToolContext::request) to know the time");
    return request->calendar.nowUtc();
}

QStringList Tool::validate(SqlSession &session, const nlohmann::json &arguments, const ToolContext &context) const
{
    QStringList problems = JsonSchemaValidator::validate(parameters(), arguments);
    if (problems.isEmpty())
        problems << checkBusinessRules(session, arguments, context);
    return problems;
}

QString Tool::stringArgument(const nlohmann::json &object, const char *key)
{
    return QString::fromStdString(object.value(key, ""));
}

QString Tool::targetUserId(const nlohmann::json &) const
{
    return {};
}

QStringList Tool::checkBusinessRules(SqlSession &session, const nlohmann::json &arguments,
                                     const ToolContext &context) const
{
    const QString target = targetUserId(arguments);
    if (target.isEmpty())
        return {};
    if (const QString problem = staffProblem(session, target, context); !problem.isEmpty())
        return {problem};
    return {};
}

QString Tool::staffProblem(SqlSession &session, const QString &userId, const ToolContext &context)
{
    if (QUuid::fromString(userId).isNull())
        return u"\"%1\" is not a person's id."_s.arg(userId);
    if (userId.compare(context.aiSystemUserId, Qt::CaseInsensitive) == 0)
        return u"%1 is the Office Manager itself, not a member of staff."_s.arg(userId);
    const SqlRows rows = session.select(u"SELECT u.name, u.is_active FROM users u WHERE u.id = ?::uuid"_s, {userId});
    if (rows.isEmpty())
        return u"No person has the id %1: use an id from the context."_s.arg(userId);
    const QString name = rows.rows.front().at(0).toString();
    if (!rows.rows.front().at(1).toBool())
        return u"%1 [user %2] is no longer active; leave them out."_s.arg(name, userId);
    ContextRequest scope;
    if (context.request)
        scope = *context.request;
    scope.aiSystemUserId = context.aiSystemUserId;
    const bool staff = session
                           .scalar(u"SELECT EXISTS (SELECT 1 FROM users u WHERE u.id = ?::uuid AND %1)"_s.arg(
                                       StaffScope::condition(scope)),
                                   {userId})
                           .toBool();
    if (!staff)
        return u"%1 [user %2] is not staff (a vendor, perhaps); the agents do not message them."_s.arg(name, userId);
    return {};
}
