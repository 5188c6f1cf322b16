#include "db/connectionfailure.h"

#include "db/connectionsettings.h"

#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;

DbError describeConnectionFailure(const ConnectionSettings &s, const QString &libpqMessage)
{
    const QString raw = libpqMessage.trimmed();
    const QString where = s.endpoint();
    const QString user = s.user.isEmpty() ? u"(your login name)"_s : s.user;
    const auto has = [&raw](QStringView needle) { return raw.contains(needle, Qt::CaseInsensitive); };
    const auto make = [&raw](const QString &sentence) { return DbError(DbError::Kind::Connection, sentence, raw); };

    if (has(u"password authentication failed"))
        return make(u"The server at %1 rejected the password for user \"%2\": check the password "
                    "(in the URL, the keychain, PGPASSWORD or ~/.pgpass)."_s.arg(where, user));
    if (has(u"no password supplied") || has(u"fe_sendauth"))
        return make(u"The server at %1 wants a password for user \"%2\" and none was given: add it to the URL or "
                    "set PGPASSWORD."_s.arg(where, user));
    static const QRegularExpression missingDb(u"database \"([^\"]*)\" does not exist"_s);
    if (const auto m = missingDb.match(raw); m.hasMatch())
        return make(u"The server at %1 has no database named \"%2\": check the database name in the URL."_s.arg(
            where, m.captured(1)));
    static const QRegularExpression missingRole(u"role \"([^\"]*)\" does not exist"_s);
    if (const auto m = missingRole.match(raw); m.hasMatch())
        return make(
            u"The server at %1 has no user named \"%2\": check the user name in the URL."_s.arg(where, m.captured(1)));
    if (has(u"could not translate host name") || has(u"Name or service not known") ||
        has(u"Temporary failure in name resolution"))
        return make(
            u"The host name \"%1\" could not be found: check the host in the URL and this machine's network."_s.arg(
                s.host));
    if (has(u"timeout expired"))
        return make(u"The server at %1 did not answer within %2 seconds: check the host and port, and that no "
                    "firewall is in the way."_s.arg(where)
                        .arg(s.connectTimeoutSecs));
    if (has(u"Connection refused"))
        return make(u"Nothing is accepting connections at %1: check the host and port, and that PostgreSQL is "
                    "running."_s.arg(where));
    if (s.isUnixSocket() && has(u"No such file or directory"))
        return make(u"There is no PostgreSQL socket for port %1 in %2: check the socket directory and port, and that "
                    "PostgreSQL is running."_s.arg(s.port)
                        .arg(s.host));
    if (has(u"Permission denied"))
        return make(u"This account may not connect to %1 (permission denied): check the socket's permissions or "
                    "connect over TCP."_s.arg(where));
    if (has(u"pg_hba.conf"))
        return make(u"The server at %1 does not accept user \"%2\" for database \"%3\" from this machine: ask its "
                    "administrator to allow it in pg_hba.conf."_s.arg(where, user, s.database));
    if (has(u"does not support SSL"))
        return make(u"The server at %1 does not offer TLS but sslmode=%2 requires it: use sslmode=prefer or enable "
                    "TLS on the server."_s.arg(where, s.sslMode));
    if (has(u"too many connections") || has(u"remaining connection slots"))
        return make(u"The server at %1 has no free connection slots: close other clients or raise "
                    "max_connections."_s.arg(where));
    if (has(u"the database system is starting up") || has(u"the database system is shutting down"))
        return make(u"The server at %1 is starting up or shutting down: try again in a moment."_s.arg(where));
    if (has(u"No route to host") || has(u"Network is unreachable"))
        return make(u"There is no network route to %1: check the host and this machine's network."_s.arg(where));

    const QString firstLine = raw.section(u'\n', 0, 0).trimmed();
    return make(u"Could not connect to %1: %2."_s.arg(where, firstLine.isEmpty() ? u"unknown error"_s : firstLine));
}
