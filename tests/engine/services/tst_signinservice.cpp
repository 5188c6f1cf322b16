// The sign-in service against a real database: an admin or manager gets in on a worker, anyone else gets the one
// sentence why not, and the demo's hint names the earliest active admin who has a password.
#include "auth/passwordhash.h"
#include "services/enginesession.h"
#include "services/signinservice.h"
#include "testdatabase.h"
#include "wait.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kPassword = u"Tr0ub4dor&3"_s;

void addUser(SqlSession &s, const QString &name, const QString &role, int daysAgo, bool active = true,
             bool withPassword = true)
{
    s.exec(u"INSERT INTO users (email, username, pin_hash, password_hash, name, role, is_active, created_at) VALUES "
           "(?, ?, 'x', ?, ?, ?::user_role, ?, now() - make_interval(days => ?))"_s,
           {QVariant(name.toLower() + u"@store.example"_s), name.toLower(),
            withPassword ? QVariant(PasswordHash::hash(kPassword)) : QVariant(), name, role, active, daysAgo});
}

} // namespace

class TestSignInService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void signsInManagersOnAWorker()
    {
        TestDatabase db;
        addUser(db.session(), u"Maria"_s, u"admin"_s, 1);
        addUser(db.session(), u"Ana"_s, u"staff"_s, 1);
        EngineSession session(db.settings());
        const SignIn::Result maria = Wait::forTask(session.signIn().authenticate(u"maria"_s, kPassword));
        QVERIFY(maria.user);
        QCOMPARE(maria.user->name, u"Maria"_s);
        QCOMPARE(maria.user->role, u"admin"_s);
        const SignIn::Result wrong = Wait::forTask(session.signIn().authenticate(u"maria"_s, u"wrong"_s));
        QVERIFY(!wrong.user);
        QCOMPARE(wrong.error, u"That email or username and password do not match a TeamTime account."_s);
        const SignIn::Result ana = Wait::forTask(session.signIn().authenticate(u"ana"_s, kPassword));
        QVERIFY(!ana.user);
        QCOMPARE(ana.error, u"Only TeamTime admins and managers can use Mentats Console."_s);
    }

    void namesTheEarliestAdminWhoCanSignIn()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        EngineSession session(db.settings());
        QCOMPARE(Wait::forTask(session.signIn().exampleAdmin()), QString()); // nobody to name
        addUser(s, u"Ben"_s, u"manager"_s, 30);
        addUser(s, u"Old"_s, u"admin"_s, 20, false);       // inactive
        addUser(s, u"Pin"_s, u"admin"_s, 15, true, false); // PIN only
        addUser(s, u"Maria"_s, u"admin"_s, 10);
        addUser(s, u"Zoe"_s, u"admin"_s, 5);
        QCOMPARE(Wait::forTask(session.signIn().exampleAdmin()), u"maria"_s);
    }
};

QTEST_GUILESS_MAIN(TestSignInService)
#include "tst_signinservice.moc"
