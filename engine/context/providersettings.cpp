#include "context/providersettings.h"

#include "db/sqlsession.h"

using namespace Qt::Literals::StringLiterals;

QHash<QString, ProviderSettings> ProviderSettings::readAll(SqlSession &session, Agent agent)
{
    QHash<QString, ProviderSettings> settings;
    if (!session.scalar(u"SELECT to_regclass('ai_context_config') IS NOT NULL"_s).toBool())
        return settings;
    const SqlRows rows = session.select(u"SELECT provider_id, is_enabled, priority_override, custom_context "
                                        "FROM ai_context_config WHERE agent = ?"_s,
                                        {Agents::id(agent)});
    for (const QVariantList &row : rows.rows) {
        ProviderSettings s;
        s.enabled = row.at(1).isNull() || row.at(1).toBool();
        if (!row.at(2).isNull())
            s.priorityOverride = row.at(2).toInt();
        s.alwaysInclude = row.at(3).toString();
        settings.insert(row.at(0).toString(), s);
    }
    return settings;
}
