// The business settings service against a real database: a save is read back by the next load, stamped with the
// manager in the audit log, and nothing is written when a field does not validate; the calendar is in the stored
// zone (the default one while none is stored) on the session's clock.
#include "db/dberror.h"
#include "fixedclock.h"
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

    void calendarInTheBusinesssZoneOnTheSessionsClock()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        // 23:30 on the 24th in UTC: still the 24th in Los Angeles, already the 25th in Berlin.
        const QDateTime now(QDate(2026, 11, 24), QTime(23, 30), QTimeZone::utc());
        EngineSession session(db.settings(), std::make_shared<FixedClock>(now));
        const BusinessCalendar unset = Wait::forTask(session.businessSettings().calendar());
        QCOMPARE(unset.zone().id(), QByteArray(BusinessCalendar::kDefaultZoneId)); // none stored yet
        QCOMPARE(unset.nowUtc(), now);
        QCOMPARE(unset.today(), QDate(2026, 11, 24));

        s.exec(u"INSERT INTO mentats_settings (key, value) VALUES ('business_time_zone', '\"Europe/Berlin\"') "
               "ON CONFLICT (key) DO UPDATE SET value = excluded.value"_s);
        QCOMPARE(Wait::forTask(session.businessSettings().calendar()).today(), QDate(2026, 11, 25));

        s.exec(u"UPDATE mentats_settings SET value = '\"Mars/Olympus\"' WHERE key = 'business_time_zone'"_s);
        try {
            Wait::forTask(session.businessSettings().calendar());
            QFAIL("a calendar in a zone this machine does not know");
        } catch (const DbError &error) {
            QCOMPARE(error.kind(), DbError::Kind::Schema);
        }
    }
};

QTEST_GUILESS_MAIN(TestBusinessSettingsService)
#include "tst_businesssettingsservice.moc"
