#include "demo/demomessages.h"

#include "demo/democatalog.h"
#include "demo/demorandom.h"
#include "demo/demotables.h"
#include "demo/demotimeline.h"

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr qint64 kMinute = 60;

} // namespace

DemoMessages::DemoMessages(DemoWorld &world, const DemoTimeline &timeline, DemoRandom &random, DemoTables &tables)
    : m_world(world), m_timeline(timeline), m_random(random), m_tables(tables), m_notifications(random, tables)
{}

void DemoMessages::generate()
{
    for (int location = 0; location < int(m_world.locations.size()); ++location) {
        const DemoPerson &manager = m_world.managerOf(location);
        for (int i = 0; i < 2; ++i) {
            if (const DemoPerson *staff = activeStaffAt(location, i * 3))
                writeConversation(manager, *staff);
        }
        const DemoPerson &admin =
            m_world.people[std::size_t(m_world.admins[std::size_t(location) % m_world.admins.size()])];
        writeConversation(admin, manager);
    }
}

const DemoPerson *DemoMessages::activeStaffAt(int location, int skip) const
{
    for (const DemoPerson &person : m_world.people) {
        if (person.location != location || person.role != DemoRole::Staff || !person.isActive())
            continue;
        if (skip-- == 0)
            return &person;
    }
    return nullptr;
}

void DemoMessages::writeConversation(const DemoPerson &opener, const DemoPerson &other)
{
    const auto &threads = DemoCatalog::threads();
    const DemoCatalog::Thread &thread = threads[std::size_t(m_threadCursor++) % threads.size()];
    const QString id = m_random.uuid();

    // Started during the working day, one to five days ago; replies a few minutes to a few hours apart, none
    // later than a few minutes ago.
    std::vector<QDateTime> sentAt;
    QDateTime at =
        m_timeline.at(-m_random.between(1, 5), m_random.between(9 * 60, 17 * 60)).addSecs(m_random.between(0, 59));
    for (std::size_t i = 0; i < thread.size(); ++i) {
        sentAt.push_back(std::min(at, m_timeline.now().addSecs(-3 * kMinute)));
        at = at.addSecs(m_random.between(3, 180) * kMinute);
    }
    m_tables.conversations.row()
        .text(id)
        .text(u"direct"_s)
        .null()
        .text(opener.id)
        .timestamp(sentAt.front())
        .timestamp(sentAt.back());
    for (std::size_t i = 0; i < thread.size(); ++i) {
        m_tables.messages.row()
            .text(m_random.uuid())
            .text(id)
            .text(i % 2 == 0 ? opener.id : other.id)
            .text(thread[i])
            .boolean(false)
            .timestamp(sentAt[i]);
    }

    // The last message's recipient has not read it yet when it came in during the last day.
    const bool openerSentLast = thread.size() % 2 == 1;
    const DemoPerson &recipient = openerSentLast ? other : opener;
    const DemoPerson &sender = openerSentLast ? opener : other;
    const bool unread = sentAt.back().secsTo(m_timeline.now()) < 24 * 60 * kMinute && thread.size() > 1;
    const QDateTime recipientRead = unread ? sentAt[sentAt.size() - 2] : sentAt.back();
    writeParticipant(id, sender, sentAt.front(), sentAt.back());
    writeParticipant(id, recipient, sentAt.front(), recipientRead);
    if (unread)
        m_notifications.send(recipient, u"new_message"_s, u"New message from %1"_s.arg(sender.name), thread.back(),
                             u"conversationId"_s, id, sentAt.back());
}

void DemoMessages::writeParticipant(const QString &conversationId, const DemoPerson &person, const QDateTime &joined,
                                    const QDateTime &lastRead)
{
    m_tables.conversationParticipants.row()
        .text(m_random.uuid())
        .text(conversationId)
        .text(person.id)
        .timestamp(joined)
        .timestamp(lastRead)
        .boolean(false);
}
