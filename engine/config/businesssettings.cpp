#include "config/businesssettings.h"

#include "auth/auditlog.h"
#include "core/businesscalendar.h"
#include "db/dberror.h"
#include "db/sqlsession.h"

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kNotifications = u"console_notifications"_s;

void put(SqlSession &session, const QString &key, const nlohmann::json &value, const QString &by)
{
    session.exec(u"INSERT INTO mentats_settings (key, value, updated_by) VALUES (?, ?::jsonb, ?) ON CONFLICT (key) "
                 "DO UPDATE SET value = excluded.value, updated_by = excluded.updated_by, updated_at = now()"_s,
                 {key, QString::fromStdString(value.dump()), by});
}
} // namespace

BusinessSettings BusinessSettings::load(SqlSession &session)
{
    BusinessSettings s;
    const SqlRows rows = session.select(
        u"SELECT key, value::text FROM mentats_settings WHERE key IN ('business_name', 'business_time_zone', ?)"_s,
        {kNotifications});
    for (const QVariantList &row : rows.rows) {
        const nlohmann::json value = nlohmann::json::parse(row.at(1).toString().toStdString(), nullptr, false);
        const QString key = row.at(0).toString();
        if (key == u"business_name"_s && value.is_string())
            s.businessName = QString::fromStdString(value.get<std::string>());
        else if (key == u"business_time_zone"_s && value.is_string())
            s.timeZone = QString::fromStdString(value.get<std::string>());
        else if (key == kNotifications && value.is_object()) {
            s.notifyRunFailures = value.value("runFailures", true);
            s.notifyApprovals = value.value("approvals", true);
            s.notifyBudget = value.value("budget", true);
        }
    }
    return s;
}

QList<FieldProblem> BusinessSettings::validate(const BusinessSettings &s)
{
    QList<FieldProblem> problems;
    if (s.businessName.size() > 100)
        problems << FieldProblem{u"businessName"_s, QObject::tr("Keep the business name under 100 characters.")};
    if (!BusinessCalendar::isKnownZoneId(s.timeZone))
        problems << FieldProblem{u"timeZone"_s,
                                 QObject::tr("\"%1\" is not a time zone this machine knows: choose one such as "
                                             "America/Los_Angeles.")
                                     .arg(s.timeZone)};
    return problems;
}

nlohmann::json BusinessSettings::toJson() const
{
    return {{"businessName", businessName.toStdString()},
            {"timeZone", timeZone.toStdString()},
            {"notifications",
             {{"runFailures", notifyRunFailures}, {"approvals", notifyApprovals}, {"budget", notifyBudget}}}};
}

void BusinessSettings::save(SqlSession &session, const BusinessSettings &s, const QString &managerUserId)
{
    if (const QList<FieldProblem> problems = validate(s); !problems.isEmpty())
        throw DbError(DbError::Kind::Usage, problems.front().message);
    session.transaction([&] {
        const BusinessSettings before = load(session);
        put(session, u"business_name"_s, s.businessName.trimmed().toStdString(), managerUserId);
        put(session, u"business_time_zone"_s, s.timeZone.toStdString(), managerUserId);
        put(session, kNotifications, s.toJson()["notifications"], managerUserId);
        AuditLog::record(session, managerUserId, u"mentats_settings.update"_s, u"mentats_settings"_s, {},
                         before.toJson(), load(session).toJson());
    });
}
