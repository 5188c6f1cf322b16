#include "context/contextrequestloader.h"

#include "context/contextassembler.h"
#include "db/dberror.h"
#include "db/sqlsession.h"

using namespace Qt::Literals::StringLiterals;

namespace {
QString correctionKey(Agent agent)
{
    return u"token_estimate_correction_"_s + Agents::id(agent);
}
} // namespace

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
        return session
            .scalar(u"SELECT value #>> '{}' FROM mentats_settings WHERE key = ?"_s, {QString::fromLatin1(key)})
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
    if (const double correction = setting(correctionKey(agent).toLatin1().constData()).toDouble(); correction > 0)
        request.tokenCorrection = correction;
    return request;
}

double ContextRequestLoader::recordActualTokens(SqlSession &session, Agent agent, int estimatedTokens,
                                                qint64 actualTokens)
{
    const QString key = correctionKey(agent);
    double updated = 1.0;
    session.transaction([&] {
        // The row lock serializes consoles recording at the same moment.
        const QVariant current =
            session.scalar(u"SELECT (value #>> '{}')::float8 FROM mentats_settings WHERE key = ? FOR UPDATE"_s, {key});
        updated = ContextAssembler::updatedCorrection(current.isNull() ? 1.0 : current.toDouble(), estimatedTokens,
                                                      actualTokens);
        session.exec(u"INSERT INTO mentats_settings (key, value, updated_by) VALUES (?, to_jsonb(?::float8), 'engine') "
                     "ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now(), "
                     "updated_by = EXCLUDED.updated_by"_s,
                     {key, updated});
    });
    return updated;
}
