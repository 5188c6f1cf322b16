#include "auth/signin.h"

#include "auth/passwordhash.h"
#include "core/logging.h"
#include "db/sqlsession.h"

using namespace Qt::Literals::StringLiterals;

SignIn::Result SignIn::authenticate(SqlSession &session, const QString &login, const QString &password)
{
    static const QString kNoMatch = QObject::tr("That email or username and password do not match a TeamTime account.");
    // Computed once: spent on unknown accounts so that they take as long as known ones.
    static const QString kDummy = PasswordHash::hash(u"no account has this password"_s);
    const QString who = login.trimmed();
    if (who.isEmpty() || password.isEmpty())
        return {std::nullopt, QObject::tr("Enter your email or username and your password.")};
    const SqlRows rows =
        session.select(u"SELECT id::text, name, email, role::text, is_active, password_hash FROM users "
                       "WHERE lower(email) = lower(?) OR lower(username) = lower(?) ORDER BY created_at LIMIT 1"_s,
                       {who, who});
    if (rows.isEmpty()) {
        PasswordHash::verify(kDummy, password);
        return {std::nullopt, kNoMatch};
    }
    const QVariantList &row = rows.rows.front();
    const QString hash = row.at(5).toString();
    if (!PasswordHash::verify(hash.isEmpty() ? kDummy : hash, password) || hash.isEmpty())
        return {std::nullopt, kNoMatch};
    if (!row.at(4).toBool())
        return {std::nullopt, QObject::tr("This TeamTime account is inactive.")};
    const QString role = row.at(3).toString();
    if (role != u"admin"_s && role != u"manager"_s)
        return {std::nullopt, QObject::tr("Only TeamTime admins and managers can use Mentats Console.")};
    qCInfo(lcAuth) << "signed in" << row.at(0).toString() << role;
    return {SignedInUser{row.at(0).toString(), row.at(1).toString(), row.at(2).toString(), role}, {}};
}

QString SignIn::exampleAdmin(SqlSession &session)
{
    return session
        .scalar(u"SELECT username FROM users WHERE role = 'admin' AND is_active AND password_hash IS NOT NULL "
                "ORDER BY created_at LIMIT 1"_s)
        .toString();
}
