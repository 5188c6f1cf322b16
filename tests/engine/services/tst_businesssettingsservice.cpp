// The business settings service against a real database: a save is read back by the next load, stamped with the
// manager in the audit log, and nothing is written when a field does not validate.
#include "db/dberror.h"
#include "migrations/migrator.h"
#include "services/businesssettingsservice.h"
#include "services/enginesession.h"
#include "testdatabase.h"
#include "wait.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestBusinessSettingsService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void savesAndLoads()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        const QString manager =
            s.scalar(u"INSERT INTO users (email, username, pin_hash, name) VALUES ('m@x', 'm', 'x', 'Maria') "
                     "RETURNING id"_s)
                .toString();
        EngineSession session(db.settings());
        BusinessSettings settings = Wait::forTask(session.businessSettings().load());
        settings.businessName = u"Harbor Shop"_s;
        settings.timeZone = u"Europe/Lisbon"_s;
        settings.notifyBudget = !settings.notifyBudget;
        Wait::forTask(session.businessSettings().save(settings, manager));
        QCOMPARE(Wait::forTask(session.businessSettings().load()), settings);
        QCOMPARE(s.scalar(u"SELECT count(*) FROM audit_logs WHERE user_id = ?::uuid"_s, {manager}).toInt(), 1);

        BusinessSettings invalid = settings;
        invalid.timeZone = u"Mars/Olympus"_s;
        try {
            Wait::forTask(session.businessSettings().save(invalid, manager));
            QFAIL("saved a time zone that does not exist");
        } catch (const DbError &error) {
            QCOMPARE(error.kind(), DbError::Kind::Usage);
        }
        QCOMPARE(Wait::forTask(session.businessSettings().load()).timeZone, u"Europe/Lisbon"_s);
    }
};

QTEST_GUILESS_MAIN(TestBusinessSettingsService)
#include "tst_businesssettingsservice.moc"
