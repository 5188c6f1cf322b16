#include "postnoticetool.h"

#include "db/sqlsession.h"

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

QString PostNoticeTool::name() const
{
    return u"post_notice"_s;
}

QString PostNoticeTool::description() const
{
    return u"Post a short notice on TeamTime's info board, which every member of staff sees: news that concerns "
           "everyone (a store opening late, a new procedure). Never for one person (message them instead), and never "
           "a notice the notice board already shows."_s;
}

json PostNoticeTool::parameters() const
{
    return {
        {"type", "object"},
        {"properties",
         {{"title", {{"type", "string"}, {"minLength", 5}, {"maxLength", 80}, {"description", "A short headline."}}},
          {"content",
           {{"type", "string"}, {"minLength", 10}, {"maxLength", 500}, {"description", "The notice, plainly."}}}}},
        {"required", {"title", "content"}},
        {"additionalProperties", false}};
}

QStringList PostNoticeTool::checkBusinessRules(SqlSession &session, const json &arguments,
                                               const ToolContext &context) const
{
    QStringList problems = Tool::checkBusinessRules(session, arguments, context); // nobody is targeted: none
    if (context.aiSystemUserId.isEmpty())
        problems << u"There is no AI system user to post as: run the migrations."_s;
    const QString title = stringArgument(arguments, "title").trimmed();
    if (session
            .scalar(u"SELECT EXISTS (SELECT 1 FROM info_posts WHERE is_active AND lower(title) = lower(?))"_s, {title})
            .toBool())
        problems << u"A notice titled \"%1\" is already on the board; do not post it again."_s.arg(title);
    return problems;
}

ToolEffect PostNoticeTool::execute(SqlSession &session, const json &arguments, const ToolContext &context) const
{
    // Inside the executor's transaction: the notice, its ai_actions row and its cooldown commit together.
    const QString title = stringArgument(arguments, "title").trimmed();
    const QString id = session
                           .scalar(u"INSERT INTO info_posts (title, content, category, created_by) "
                                   "VALUES (?, ?, 'ai_notice', ?::uuid) RETURNING id::text"_s,
                                   {title, stringArgument(arguments, "content").trimmed(), context.aiSystemUserId})
                           .toString();
    ToolEffect effect;
    effect.result = {{"noticeId", id.toStdString()}, {"title", title.toStdString()}};
    return effect;
}

QString PostNoticeTool::formatResult(const ToolEffect &effect) const
{
    return u"Posted \"%1\" on the info board."_s.arg(QString::fromStdString(effect.result.value("title", "")));
}
