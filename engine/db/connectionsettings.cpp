#include "db/connectionsettings.h"

#include "db/dberror.h"

#include <QSqlDatabase>
#include <QUrl>
#include <QUrlQuery>
#include <algorithm>
#include <array>

using namespace Qt::Literals::StringLiterals;

namespace {

// libpq keywords we pass through as they are; anything else is most likely a typo and is refused.
constexpr std::array kPassThroughKeywords = {
    "sslrootcert",
    "sslcert",
    "sslkey",
    "sslcrl",
    "sslcrldir",
    "sslsni",
    "sslcompression",
    "ssl_min_protocol_version",
    "ssl_max_protocol_version",
    "channel_binding",
    "gssencmode",
    "krbsrvname",
    "target_session_attrs",
    "keepalives",
    "keepalives_idle",
    "keepalives_interval",
    "keepalives_count",
    "tcp_user_timeout",
    "passfile",
    "options",
    "client_encoding",
    "hostaddr",
    "service",
    "require_auth",
    "load_balance_hosts",
};

constexpr std::array kSslModes = {"disable", "allow", "prefer", "require", "verify-ca", "verify-full"};

[[noreturn]] void refuse(const QString &sentence)
{
    throw DbError(DbError::Kind::Usage, sentence);
}

int parsePositiveInt(const QString &name, const QString &value, int minimum)
{
    bool ok = false;
    const int parsed = value.toInt(&ok);
    if (!ok || parsed < minimum)
        refuse(u"The database URL's %1 must be a whole number of at least %2, not \"%3\"."_s.arg(name).arg(minimum).arg(
            value));
    return parsed;
}

// libpq conninfo quoting: single quotes around values with spaces or quotes, backslash escapes inside.
QString conninfoValue(const QString &value)
{
    if (!value.isEmpty() && !value.contains(u' ') && !value.contains(u'\'') && !value.contains(u'\\'))
        return value;
    QString quoted = value;
    quoted.replace(u"\\"_s, u"\\\\"_s).replace(u"'"_s, u"\\'"_s);
    return u'\'' + quoted + u'\'';
}

} // namespace

ConnectionSettings ConnectionSettings::fromUrl(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        refuse(u"No database given: pass --db postgresql://user@host/dbname or set MENTATS_DATABASE_URL."_s);
    if (!trimmed.startsWith(u"postgresql://"_s) && !trimmed.startsWith(u"postgres://"_s))
        refuse(u"The database URL must start with postgresql:// (for example postgresql://user@host:5432/teamtime)."_s);

    // QUrl wants a host-less authority spelled "//user@" with nothing after it; libpq URIs may list several
    // hosts, which we do not support.
    const QString authority = trimmed.section(u"://"_s, 1).section(u'/', 0, 0).section(u'?', 0, 0);
    if (authority.section(u'@', -1).contains(u','))
        refuse(u"The database URL lists several hosts; give exactly one."_s);

    const QUrl url(trimmed, QUrl::StrictMode);
    if (!url.isValid())
        refuse(u"The database URL is not valid: %1."_s.arg(url.errorString()));

    ConnectionSettings s;
    s.host = url.host();
    if (url.port() == 0)
        refuse(u"The database URL's port must be between 1 and 65535."_s);
    s.port = url.port(kDefaultPort);
    s.user = url.userName(QUrl::FullyDecoded);
    s.password = url.password(QUrl::FullyDecoded);
    s.database = url.path(QUrl::FullyDecoded).mid(1);
    if (s.database.contains(u'/'))
        refuse(u"The database URL's path must be just the database name, not \"%1\"."_s.arg(s.database));

    const QUrlQuery query(url);
    for (const auto &[rawKey, rawValue] : query.queryItems(QUrl::FullyDecoded)) {
        const QString key = rawKey.trimmed();
        const QString value = rawValue;
        if (key == u"host"_s) {
            s.host = value;
        } else if (key == u"port"_s) {
            s.port = parsePositiveInt(key, value, 1);
            if (s.port > 65535)
                refuse(u"The database URL's port must be between 1 and 65535."_s);
        } else if (key == u"user"_s) {
            s.user = value;
        } else if (key == u"password"_s) {
            s.password = value;
        } else if (key == u"dbname"_s) {
            s.database = value;
        } else if (key == u"sslmode"_s) {
            if (std::ranges::find(kSslModes, value.toStdString()) == kSslModes.end())
                refuse(u"The database URL's sslmode must be one of disable, allow, prefer, require, verify-ca, "
                       "verify-full, not \"%1\"."_s.arg(value));
            s.sslMode = value;
        } else if (key == u"connect_timeout"_s) {
            s.connectTimeoutSecs = parsePositiveInt(key, value, 1);
        } else if (key == u"statement_timeout"_s) {
            s.statementTimeoutMs = parsePositiveInt(key, value, 0);
        } else if (key == u"application_name"_s) {
            s.applicationName = value;
        } else if (std::ranges::find(kPassThroughKeywords, key.toStdString()) != kPassThroughKeywords.end()) {
            if (value.contains(u';'))
                refuse(u"The database URL's %1 may not contain a semicolon."_s.arg(key));
            s.extraOptions.append({key, value});
        } else {
            refuse(u"The database URL has an unknown parameter \"%1\"."_s.arg(key));
        }
    }
    if (s.applicationName.contains(u';'))
        refuse(u"The database URL's application_name may not contain a semicolon."_s);
    if (s.host.isEmpty())
        s.host = u"localhost"_s;
    if (s.database.isEmpty())
        refuse(u"The database URL names no database: add it after the host, e.g. postgresql://user@host/teamtime."_s);
    return s;
}

QString ConnectionSettings::buildUrl(bool withPassword) const
{
    QUrl url;
    url.setScheme(u"postgresql"_s);
    url.setUserName(user);
    if (!password.isEmpty())
        url.setPassword(withPassword ? password : u"***"_s);
    url.setPath(u'/' + database);
    QUrlQuery query;
    if (isUnixSocket()) {
        query.addQueryItem(u"host"_s, host);
        if (port != kDefaultPort)
            query.addQueryItem(u"port"_s, QString::number(port));
    } else {
        url.setHost(host);
        if (port != kDefaultPort)
            url.setPort(port);
    }
    if (!sslMode.isEmpty())
        query.addQueryItem(u"sslmode"_s, sslMode);
    if (connectTimeoutSecs != kDefaultConnectTimeoutSecs)
        query.addQueryItem(u"connect_timeout"_s, QString::number(connectTimeoutSecs));
    if (statementTimeoutMs != kDefaultStatementTimeoutMs)
        query.addQueryItem(u"statement_timeout"_s, QString::number(statementTimeoutMs));
    if (applicationName != u"mentats"_s)
        query.addQueryItem(u"application_name"_s, applicationName);
    for (const auto &[key, value] : extraOptions)
        query.addQueryItem(key, value);
    if (!query.isEmpty())
        url.setQuery(query);
    QString result = url.toString(QUrl::FullyEncoded);
    // QUrl drops the "//" authority marker when there is no host; libpq needs it.
    if (isUnixSocket() && !result.startsWith(u"postgresql://"_s))
        result.replace(0, u"postgresql:"_s.size(), u"postgresql://"_s);
    return result;
}

QString ConnectionSettings::toUrl() const
{
    return buildUrl(true);
}

QString ConnectionSettings::redactedUrl() const
{
    return buildUrl(false);
}

QString ConnectionSettings::endpoint() const
{
    if (isUnixSocket())
        return u"socket %1 (port %2)"_s.arg(host).arg(port);
    return u"%1:%2"_s.arg(host).arg(port);
}

QString ConnectionSettings::connectOptions() const
{
    QStringList parts;
    parts << u"connect_timeout=%1"_s.arg(connectTimeoutSecs);
    parts << u"application_name=%1"_s.arg(conninfoValue(applicationName));
    if (!sslMode.isEmpty())
        parts << u"sslmode=%1"_s.arg(sslMode);
    for (const auto &[key, value] : extraOptions)
        parts << u"%1=%2"_s.arg(key, conninfoValue(value));
    return parts.join(u';');
}

void ConnectionSettings::applyTo(QSqlDatabase &db) const
{
    db.setHostName(host);
    db.setPort(port);
    db.setDatabaseName(database);
    db.setUserName(user);
    db.setPassword(password);
    db.setConnectOptions(connectOptions());
}
