#include "command.h"

#include "db/connectionsettings.h"

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
