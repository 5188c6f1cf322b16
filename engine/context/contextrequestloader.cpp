#include "context/contextrequestloader.h"

#include "db/dberror.h"
#include "db/sqlsession.h"

using namespace Qt::Literals::StringLiterals;

TeamTimeFeatures ContextRequestLoader::probeFeatures(SqlSession &session)
{
    const SqlRows rows = session.select(
        u"SELECT to_regclass('break_entries') IS NOT NULL, "
        "EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND table_name = 'users' AND column_name = 'user_type_id') AND to_regclass('user_types') IS NOT NULL, "
        "EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() "
        "AND table_name = 'time_entries' AND column_name = 'location_id')"_s);
    TeamTimeFeatures features;
    features.breakEntries = rows.rows.front().at(0).toBool();
    features.userTypes = rows.rows.front().at(1).toBool();
    features.timeEntryLocations = rows.rows.front().at(2).toBool();
    return features;
}

ContextRequest ContextRequestLoader::load(SqlSession &session, Agent agent, std::shared_ptr<const Clock> clock)
{
    const auto setting = [&session](const char *key) {
        return session.scalar(u"SELECT value #>> '{}' FROM mentats_settings WHERE key = ?"_s, {QString::fromLatin1(key)})
            .toString();
    };
    QString zone = setting("business_time_zone");
    if (zone.isEmpty())
        zone = QString::fromLatin1(BusinessCalendar::kDefaultZoneId);
    if (!BusinessCalendar::isKnownZoneId(zone))
        throw DbError(DbError::Kind::Schema,
                      u"The business time zone \"%1\" is not one this machine knows: set an IANA name such as "
                      "America/Los_Angeles."_s.arg(zone));
    ContextRequest request;
    request.agent = agent;
    request.calendar = BusinessCalendar(QTimeZone(zone.toUtf8()), std::move(clock));
    request.features = probeFeatures(session);
    request.aiSystemUserId = setting("ai_system_user_id");
    if (const int window = setting("analysis_window_days").toInt(); window > 0)
        request.analysisWindowDays = window;
    return request;
}
