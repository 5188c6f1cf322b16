// Signing in with TeamTime accounts: hashes as TeamTime's @node-rs/argon2 makes them, only active admins and
// managers, and the same answer for a wrong password as for an account that does not exist.
#include "auth/auditlog.h"
#include "auth/passwordhash.h"
#include "auth/signin.h"
#include "testdatabase.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {
// Made by @node-rs/argon2 (hash('Tr0ub4dor&3', {memoryCost: 19456, timeCost: 2, parallelism: 1})), as TeamTime does.
const QString kNodeRsHash =
    u"$argon2id$v=19$m=19456,t=2,p=1$R+kWTcHIUNHbWSo5cBX6OA$X9xvGx+3bqgzkV7XaAnV0WI5fXTSv1JZuH3RJUd0bDs"_s;
} // namespace

class TestSignIn : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checksTeamTimesHashes()
    {
        QVERIFY(PasswordHash::verify(kNodeRsHash, u"Tr0ub4dor&3"_s));
        QVERIFY(!PasswordHash::verify(kNodeRsHash, u"tr0ub4dor&3"_s));
        QVERIFY(!PasswordHash::verify(QString(), u"Tr0ub4dor&3"_s));
        QVERIFY(!PasswordHash::verify(u"$2b$10$notargon"_s, u"x"_s));
        const QString ours = PasswordHash::hash(u"correct horse"_s);
        QVERIFY2(ours.startsWith(u"$argon2id$v=19$m=19456,t=2,p=1$"_s), qPrintable(ours));
        QCOMPARE(ours.section(u'$', 4, 4).size(), 22); // unpadded base64, as node-rs writes it
        QVERIFY(PasswordHash::verify(ours, u"correct horse"_s));
        QVERIFY(ours != PasswordHash::hash(u"correct horse"_s)); // a fresh salt each time
    }

    void letsInOnlyActiveAdminsAndManagers()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        const auto user = [&](const QString &name, const QString &role, bool active, const QVariant &hash) {
            return s
                .scalar(u"INSERT INTO users (email, username, pin_hash, password_hash, name, role, is_active) "
                        "VALUES (?, ?, 'x', ?, ?, ?::user_role, ?) RETURNING id::text"_s,
                        {QVariant(name.toLower() + u"@store.example"_s), name.toLower(), hash, name, role, active})
                .toString();
        };
        const QString maria = user(u"Maria"_s, u"admin"_s, true, kNodeRsHash);
        user(u"Ben"_s, u"manager"_s, true, PasswordHash::hash(u"b3n-manages"_s));
        user(u"Ana"_s, u"staff"_s, true, kNodeRsHash);
        user(u"Ed"_s, u"manager"_s, false, kNodeRsHash);
        user(u"Pia"_s, u"manager"_s, true, QVariant()); // PIN only

        const SignIn::Result byEmail = SignIn::authenticate(s, u"  MARIA@store.example "_s, u"Tr0ub4dor&3"_s);
        QVERIFY(byEmail.user);
        QCOMPARE(byEmail.user->id, maria);
        QCOMPARE(byEmail.user->role, u"admin"_s);
        QCOMPARE(SignIn::authenticate(s, u"ben"_s, u"b3n-manages"_s).user->name, u"Ben"_s);

        const QString noMatch = u"That email or username and password do not match a TeamTime account."_s;
        QCOMPARE(SignIn::authenticate(s, u"maria"_s, u"wrong"_s).error, noMatch);
        QCOMPARE(SignIn::authenticate(s, u"nobody"_s, u"Tr0ub4dor&3"_s).error, noMatch);
        QCOMPARE(SignIn::authenticate(s, u"pia"_s, u""_s).error, u"Enter your email or username and your password."_s);
        QCOMPARE(SignIn::authenticate(s, u"pia"_s, u"anything"_s).error, noMatch);
        QCOMPARE(SignIn::authenticate(s, u"ana"_s, u"Tr0ub4dor&3"_s).error,
                 u"Only TeamTime admins and managers can use Mentats Console."_s);
        QCOMPARE(SignIn::authenticate(s, u"ed"_s, u"Tr0ub4dor&3"_s).error, u"This TeamTime account is inactive."_s);

        // An unknown account costs the same Argon2 work as a known one: timing does not tell them apart.
        QElapsedTimer known;
        known.start();
        SignIn::authenticate(s, u"maria"_s, u"wrong"_s);
        const qint64 knownMs = known.elapsed();
        QElapsedTimer unknown;
        unknown.start();
        SignIn::authenticate(s, u"nobody"_s, u"wrong"_s);
        QVERIFY2(unknown.elapsed() * 3 >= knownMs, qPrintable(u"%1 ms vs %2 ms"_s.arg(unknown.elapsed()).arg(knownMs)));

        AuditLog::record(s, maria, u"ai_config.update"_s, u"ai_config"_s, u"office_manager"_s, {{"enabled", false}},
                         {{"enabled", true}});
        QCOMPARE(s.scalar(u"SELECT user_id::text || ' ' || action || ' ' || (before_data ->> 'enabled') || '→' || "
                          "(after_data ->> 'enabled') FROM audit_logs"_s)
                     .toString(),
                 maria + u" ai_config.update false→true"_s);
    }

    // The demo's sign-in names an admin to sign in as: the earliest active one who has a password.
    void namesTheEarliestAdminWhoCanSignIn()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        const auto user = [&](const QString &name, const QString &role, bool active, const QVariant &hash,
                              int daysAgo) {
            s.exec(u"INSERT INTO users (email, username, pin_hash, password_hash, name, role, is_active, created_at) "
                   "VALUES (?, ?, 'x', ?, ?, ?::user_role, ?, now() - make_interval(days => ?))"_s,
                   {QVariant(name.toLower() + u"@store.example"_s), name.toLower(), hash, name, role, active, daysAgo});
        };
        QCOMPARE(SignIn::exampleAdmin(s), QString()); // nobody to name
        user(u"Ben"_s, u"manager"_s, true, kNodeRsHash, 30);
        user(u"Old"_s, u"admin"_s, false, kNodeRsHash, 20);
        user(u"Pin"_s, u"admin"_s, true, QVariant(), 15); // PIN only
        user(u"Maria"_s, u"admin"_s, true, kNodeRsHash, 10);
        user(u"Zoe"_s, u"admin"_s, true, kNodeRsHash, 5);
        QCOMPARE(SignIn::exampleAdmin(s), u"maria"_s);
    }
};

QTEST_GUILESS_MAIN(TestSignIn)
#include "tst_signin.moc"
