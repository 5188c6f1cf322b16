#include "actionscommand.h"

#include "actions/actionlog.h"
#include "db/dberror.h"
#include "exitcode.h"
#include "output.h"
#include "services/actionlogservice.h"
#include "services/businesssettingsservice.h"
#include "services/enginesession.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

// "30m", "12h", "7d", a date (midnight, business time) or a date and time (business time unless it has an offset).
QDateTime parseSince(const QString &text, const BusinessCalendar &calendar)
{
    static const QRegularExpression relative(u"^(\\d+)\\s*([mhd])$"_s);
    if (const QRegularExpressionMatch m = relative.match(text.trimmed()); m.hasMatch()) {
        const qint64 n = m.captured(1).toLongLong();
        const qint64 unit = m.captured(2) == u"m"_s ? 60 : m.captured(2) == u"h"_s ? 3600 : 86400;
        return calendar.nowUtc().addSecs(-n * unit);
    }
    if (text == u"today"_s)
        return calendar.startOfDayUtc(calendar.today());
    if (const QDate date = QDate::fromString(text, Qt::ISODate); date.isValid())
        return calendar.startOfDayUtc(date);
    QDateTime when = QDateTime::fromString(text, Qt::ISODate);
    if (when.isValid() && when.timeSpec() == Qt::LocalTime)
        when = calendar.atUtc(when.date(), when.time());
    if (!when.isValid())
        throw DbError(DbError::Kind::Usage, u"--since takes 30m, 12h, 7d, today, a date (2026-11-24) or a date and "
                                            "time (2026-11-24T09:00), not \"%1\"."_s.arg(text));
    return when.toUTC();
}

QString oneLine(QString text, int width)
{
    text.replace(u'\n', u' ');
    return text.size() > width ? text.left(width - 1) + u"…"_s : text;
}

} // namespace

QString ActionsCommand::summary() const
{
    return u"Show the agents' recent actions, newest first."_s;
}

void ActionsCommand::addOptions(QCommandLineParser &parser)
{
    addDatabaseOption(parser);
    parser.addOption({u"agent"_s, u"office-manager or revenue-optimizer."_s, u"agent"_s});
    parser.addOption({u"since"_s, u"30m, 12h, 7d, today, a date or a date and time (default: 24h)."_s, u"when"_s});
    parser.addOption({u"status"_s, u"%1."_s.arg(ActionLog::statuses().join(u", "_s)), u"status"_s});
    parser.addOption({u"tool"_s, u"Only this tool."_s, u"name"_s});
    parser.addOption({u"limit"_s, u"At most this many (default 50)."_s, u"n"_s});
    parser.addOption({u"json"_s, u"Print JSON Lines, one action per line."_s});
}

QCoro::Task<int> ActionsCommand::run(const QCommandLineParser &parser)
{
    ActionLog::Filter filter;
    filter.agent = agentOption(parser);
    filter.status = parser.value(u"status"_s);
    filter.toolName = parser.value(u"tool"_s);
    if (parser.isSet(u"limit"_s)) {
        bool ok = false;
        filter.limit = parser.value(u"limit"_s).toInt(&ok);
        if (!ok || filter.limit < 1)
            throw DbError(DbError::Kind::Usage, u"--limit takes a positive number."_s);
    }
    const QString since = parser.isSet(u"since"_s) ? parser.value(u"since"_s) : u"24h"_s;

    EngineSession session(databaseSettings(parser), Clock::system(), 1);
    QCoro::Task<BusinessCalendar> reading = session.businessSettings().calendar();
    const BusinessCalendar calendar = co_await reading;
    filter.since = parseSince(since, calendar);
    const QTimeZone zone = calendar.zone();
    QCoro::Task<QList<ActionLog::Entry>> paging = session.actionLog().page(filter);
    const QList<ActionLog::Entry> entries = co_await paging;
    for (const ActionLog::Entry &e : entries) {
        const QString when = e.createdAt.toTimeZone(zone).toString(u"yyyy-MM-dd HH:mm:ss"_s);
        if (parser.isSet(u"json"_s)) {
            const json row = {
                {"id", e.id.toStdString()},
                {"createdAt", e.createdAt.toTimeZone(zone).toString(Qt::ISODate).toStdString()},
                {"agent", Agents::id(e.agent).toStdString()},
                {"status", e.status.toStdString()},
                {"tool", e.toolName.isEmpty() ? json(nullptr) : json(e.toolName.toStdString())},
                {"targetUserId", e.targetUserId.isEmpty() ? json(nullptr) : json(e.targetUserId.toStdString())},
                {"targetName", e.targetName.isEmpty() ? json(nullptr) : json(e.targetName.toStdString())},
                {"runId", e.runId.toStdString()},
                {"reasoning", e.reasoning.toStdString()},
                {"parameters", e.parameters},
                {"result", e.result},
                {"reason", e.reason.isEmpty() ? json(nullptr) : json(e.reason.toStdString())}};
            Output::line(QString::fromStdString(row.dump()));
            continue;
        }
        const QString what = e.toolName.isEmpty() ? u"(no tool)"_s : e.toolName;
        const QString about = e.targetName.isEmpty() ? QString() : u" → "_s + e.targetName;
        const QString detail = e.reason.isEmpty() ? e.reasoning : e.reason;
        Output::line(u"%1  %2  %3  %4%5  %6"_s.arg(when, Agents::id(e.agent).replace(u'_', u'-'),
                                                   e.status.leftJustified(17), what, about, oneLine(detail, 100)));
    }
    if (entries.isEmpty() && !parser.isSet(u"json"_s))
        Output::line(u"No actions."_s);
    co_return ExitOk;
}
