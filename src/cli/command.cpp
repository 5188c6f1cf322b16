#include "command.h"

#include "db/connectionsettings.h"
#include "db/dberror.h"

using namespace Qt::Literals::StringLiterals;

void Command::addDatabaseOption(QCommandLineParser &parser)
{
    parser.addOption({u"db"_s,
                      u"The TeamTime database, as postgresql://user[:password]@host[:port]/dbname[?sslmode=...] "
                      "(default: $MENTATS_DATABASE_URL)."_s,
                      u"url"_s});
}

ConnectionSettings Command::databaseSettings(const QCommandLineParser &parser)
{
    const QString url = parser.isSet(u"db"_s) ? parser.value(u"db"_s) : qEnvironmentVariable("MENTATS_DATABASE_URL");
    ConnectionSettings settings = ConnectionSettings::fromUrl(url);
    if (settings.applicationName == u"mentats"_s)
        settings.applicationName = u"mentats-cli"_s;
    return settings;
}

std::optional<Agent> Command::agentOption(const QCommandLineParser &parser)
{
    if (!parser.isSet(u"agent"_s))
        return std::nullopt;
    const QString given = parser.value(u"agent"_s);
    const std::optional<Agent> agent = Agents::fromId(QString(given).replace(u'-', u'_'));
    if (!agent)
        throw DbError(DbError::Kind::Usage,
                      u"--agent is office-manager or revenue-optimizer, not \"%1\"."_s.arg(given));
    return agent;
}
