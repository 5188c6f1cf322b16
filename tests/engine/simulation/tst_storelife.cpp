// The simulator's own truth, on a tiny hand-arranged store for one day: one person 25 minutes late, one who does
// not come, one on time. StoreLife must open and close exactly those issues at exactly those instants, and the
// scorecard must count exactly the reminders, escalations and broken promises of a hand-written set of effects.
#include "core/businesscalendar.h"
#include "db/sqlsession.h"
#include "simulation/scorecard.h"
#include "simulation/simulatedclock.h"
#include "simulation/simulatedstore.h"
#include "simulation/storelife.h"
#include "testcluster.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kMinute = 60;

// Nobody acts on nudges, replies, forgets, skips a break or strays: only what a test sets happens.
StaffProfile quiet()
{
    StaffProfile profile;
    profile.noShowChance = 0;
    profile.strayLateChance = 0;
    profile.forgetsTasks = 0;
    profile.skipsBreaks = false;
    profile.repliesChance = 0;
    profile.nudgeChance = 0;
    profile.writesInstructions = false;
    return profile;
}

} // namespace

class TestStoreLife : public QObject
{
    Q_OBJECT

private:
    SimulationOptions m_options;
    std::shared_ptr<SimulatedClock> m_clock;
    std::unique_ptr<BusinessCalendar> m_calendar;
    SimulatedStore m_store;
    GroundTruth m_truth;
    std::unique_ptr<SqlSession> m_session;
    SimShift m_late, m_absent, m_onTime;
    QDateTime m_end;

    void effect(const QString &tool, const QString &target, const QDateTime &at, const QString &relatedUser = {})
    {
        m_session->exec(u"INSERT INTO ai_actions (agent, run_id, run_started_at, tool_name, tool_params, executed, "
                        "target_user_id, created_at) VALUES ('office_manager', gen_random_uuid(), ?::timestamptz, ?, "
                        "?::jsonb, true, ?::uuid, ?::timestamptz)"_s,
                        {SqlSession::timestamp(at), tool,
                         relatedUser.isEmpty() ? u"{}"_s : u"{\"relatedUserId\": \"%1\"}"_s.arg(relatedUser),
                         target.isEmpty() ? QVariant() : QVariant(target), SqlSession::timestamp(at)});
    }
    const QString &id(const SimShift &shift) const { return m_store.world.people[std::size_t(shift.person)].id; }

private Q_SLOTS:
    void initTestCase()
    {
        m_options.staff = 6;
        m_options.days = 1;
        m_options.seed = 5;
        const QTimeZone zone(BusinessCalendar::kDefaultZoneId);
        const QDateTime start = QDateTime(m_options.firstDay, QTime(0, 0), zone).toUTC();
        m_end = start.addDays(1);
        m_clock = std::make_shared<SimulatedClock>(start);
        m_calendar = std::make_unique<BusinessCalendar>(zone, m_clock);
        m_store = SimulatedStore::create(TestCluster::instance().cluster(), m_options);
        m_session = std::make_unique<SqlSession>(u"tst_storelife"_s, m_store.settings);
        m_store.populate(*m_session, m_options, *m_calendar, m_truth);
        QVERIFY(SimulatedStore::isSimulationDatabase(*m_session));

        // Three people with a shift on the first day play the scenario; everyone else is quiet and on time.
        for (StaffProfile &profile : m_store.profiles)
            profile = quiet();
        QList<SimShift> cast;
        for (const SimShift &shift : m_store.shifts) {
            if (cast.size() < 3 &&
                std::none_of(cast.cbegin(), cast.cend(), [&](const SimShift &s) { return s.person == shift.person; }))
                cast << shift;
        }
        QCOMPARE(cast.size(), 3);
        m_late = cast[0];
        m_absent = cast[1];
        m_onTime = cast[2];
        StaffProfile &late = m_store.profiles[std::size_t(m_late.person)];
        late.lateWeekday = m_options.firstDay.dayOfWeek();
        late.lateMinMinutes = late.lateMaxMinutes = 25;
        late.lateChance = 1.0;
        m_store.profiles[std::size_t(m_absent.person)].noShowChance = 1.0;

        StoreLife life(m_store, m_options, *m_calendar, m_truth);
        for (QDateTime now = start; now < m_end; now = now.addSecs(5 * kMinute)) {
            m_clock->setNow(now);
            life.advanceTo(*m_session, now);
        }
    }

    void opensAndClosesExactlyTheScenariosIssues()
    {
        QCOMPARE(m_truth.issues.size(), 2);
        const SimIssue &late = m_truth.issues[0];
        QCOMPARE(late.kind, IssueKind::LateArrival);
        QCOMPARE(late.userId, id(m_late));
        QCOMPARE(late.subjectId, m_late.id);
        QCOMPARE(late.opened, m_late.start.addSecs(10 * kMinute)); // past the grace
        QCOMPARE(late.closed, m_late.start.addSecs(25 * kMinute)); // the clock-in
        const SimIssue &absent = m_truth.issues[1];
        QCOMPARE(absent.kind, IssueKind::NoShow);
        QCOMPARE(absent.userId, id(m_absent));
        QCOMPARE(absent.opened, m_absent.start.addSecs(10 * kMinute));
        QCOMPARE(absent.closed, m_absent.end);

        // As TeamTime would have it: the late person's clock-in, nothing for the absent one.
        QCOMPARE(m_session->scalar(u"SELECT min(clock_in) FROM time_entries WHERE shift_id = ?::uuid"_s, {m_late.id})
                     .toDateTime()
                     .toUTC(),
                 m_late.start.addSecs(25 * kMinute));
        QCOMPARE(
            m_session->scalar(u"SELECT count(*) FROM time_entries WHERE shift_id = ?::uuid"_s, {m_absent.id}).toInt(),
            0);
    }

    void countsRemindersEscalationsAndBrokenPromisesExactly()
    {
        const QDateTime lateOpen = m_late.start.addSecs(10 * kMinute);
        const DemoPerson *former = nullptr;
        for (const DemoPerson &person : m_store.world.people) {
            if (!person.isActive())
                former = &person;
        }
        QVERIFY(former);
        effect(u"send_direct_message"_s, id(m_late), lateOpen.addSecs(5 * kMinute));           // reminder 1, 5 min in
        effect(u"send_notification"_s, id(m_late), lateOpen.addSecs(10 * kMinute));            // reminder 2
        effect(u"send_direct_message"_s, id(m_late), m_late.start.addSecs(40 * kMinute));      // after she came in
        effect(u"flag_for_manager"_s, {}, m_absent.start.addSecs(30 * kMinute), id(m_absent)); // the no-show, once
        // At 21:00 on the store's clocks, long after closing, to someone with nothing open.
        effect(u"send_direct_message"_s, id(m_onTime),
               QDateTime(m_options.firstDay, QTime(21, 0), m_calendar->zone()).toUTC());
        effect(u"send_direct_message"_s, former->id, // someone who left, at noon
               QDateTime(m_options.firstDay, QTime(12, 0), m_calendar->zone()).toUTC());

        const Scorecard card = Scorecard::compute(*m_session, m_truth, m_store, m_options, m_end, 1.0);
        QCOMPARE(card.issues.seeded, 2);
        QCOMPARE(card.issues.byKind.value(u"late_arrival"_s), 1);
        QCOMPARE(card.issues.byKind.value(u"no_show"_s), 1);
        QCOMPARE(card.issues.reachedContext, 0); // no agent ran
        QCOMPARE(card.remindersPerIssue.mean, std::optional<double>(2.0));
        QCOMPARE(card.remindersPerIssue.max, 2);
        QCOMPARE(card.firstReminderMinutes.p50, std::optional<double>(5.0));
        QCOMPARE(card.escalations.qualifying, 1);
        QCOMPARE(card.escalations.once, 1);
        QCOMPARE(card.escalations.missing, 0);
        QCOMPARE(card.effects.staffFacing, 5);
        QCOMPARE(card.effects.outsideHours, 1);
        QCOMPARE(card.effects.withoutOpenIssue, 3);
        QCOMPARE(card.effects.toInactiveOrNonStaff, 1);
        QCOMPARE(card.effects.maxPerPersonPerDay, 3);
    }

    void cleanupTestCase()
    {
        m_session.reset();
        SimulatedStore::drop(TestCluster::instance().cluster(), m_store.databaseName);
    }
};

QTEST_GUILESS_MAIN(TestStoreLife)
#include "tst_storelife.moc"
