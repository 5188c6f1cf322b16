#include "knowledge/knowledgetext.h"

#include "core/agent.h"

#include <QLocale>
#include <QObject>

using namespace Qt::Literals::StringLiterals;

namespace {

QString agentName(const QString &agent)
{
    const std::optional<Agent> known = Agents::fromId(agent);
    return known ? Agents::displayName(*known) : agent; // an agent TeamTime has and we do not run: as it is stored
}

QString runWithId(const KnowledgeStore::RunRef &run, const QTimeZone &zone)
{
    return QObject::tr("%1 (run %2)").arg(KnowledgeText::run(run, zone), run.id);
}

} // namespace

QString KnowledgeText::when(const QDateTime &utc, const QTimeZone &zone, const QString &none)
{
    return utc.isValid() ? QLocale().toString(utc.toTimeZone(zone), u"d MMM yyyy HH:mm"_s) : none;
}

QString KnowledgeText::run(const KnowledgeStore::RunRef &run, const QTimeZone &zone)
{
    if (run.id.isEmpty())
        return {};
    if (!run.isKnown())
        return QObject::tr("run %1 (no record)").arg(run.id.left(8));
    return QObject::tr("%1, %2").arg(agentName(run.agent), when(run.startedAt, zone));
}

QString KnowledgeText::writtenBy(const KnowledgeStore::Policy &p, const QTimeZone &zone)
{
    const QString manager =
        p.lastManagerEdit.name.isEmpty() ? QObject::tr("a removed account") : p.lastManagerEdit.name;
    switch (KnowledgeStore::lastWriter(p)) {
    case KnowledgeStore::Writer::Manager:
        return QObject::tr("%1 (manager)").arg(manager);
    case KnowledgeStore::Writer::Run:
        return run(p.updatedByRun, zone);
    case KnowledgeStore::Writer::TeamTimeUser:
        return QObject::tr("%1 (in TeamTime)")
            .arg(p.createdByUserName.isEmpty() ? QObject::tr("a removed account") : p.createdByUserName);
    case KnowledgeStore::Writer::Unknown:
        break;
    }
    return QObject::tr("not recorded");
}

QString KnowledgeText::authorship(const KnowledgeStore::Policy &p, const QTimeZone &zone)
{
    QStringList lines{
        QObject::tr("Created %1, last changed %2.").arg(when(p.createdAt, zone), when(p.updatedAt, zone))};
    if (!p.createdByUserId.isEmpty())
        lines << QObject::tr("Added in TeamTime by %1.")
                     .arg(p.createdByUserName.isEmpty() ? QObject::tr("a removed account") : p.createdByUserName);
    if (!p.updatedByRun.id.isEmpty())
        lines << QObject::tr("Last written by a run: %1.").arg(runWithId(p.updatedByRun, zone));
    if (p.lastManagerEdit.at.isValid())
        lines << QObject::tr("Last changed by a manager: %1, %2 (%3).")
                     .arg(p.lastManagerEdit.name.isEmpty() ? QObject::tr("a removed account") : p.lastManagerEdit.name,
                          when(p.lastManagerEdit.at, zone), p.lastManagerEdit.action);
    if (KnowledgeStore::lastWriter(p) == KnowledgeStore::Writer::Unknown)
        lines << QObject::tr("Who wrote it as it reads now is not recorded.");
    return lines.join(u'\n');
}

QString KnowledgeText::subject(const KnowledgeStore::Memory &m)
{
    if (!m.subject.isEmpty())
        return m.subject;
    return m.scope == u"global"_s ? QObject::tr("Whole business") : m.scope;
}

QString KnowledgeText::observations(int count)
{
    return count == 1 ? QObject::tr("once") : QObject::tr("%1 times").arg(QLocale().toString(count));
}

QString KnowledgeText::lastConfirmed(const KnowledgeStore::Memory &m, const QTimeZone &zone)
{
    const QString at = when(m.lastObserved, zone);
    if (m.lastConfirmedByRun.id.isEmpty() || m.lastConfirmedByRun.id == m.createdByRun.id)
        return at;
    return QObject::tr("%1 — %2").arg(at, run(m.lastConfirmedByRun, zone));
}

QString KnowledgeText::provenance(const KnowledgeStore::Memory &m, const QTimeZone &zone)
{
    QStringList lines;
    lines << (m.createdByRun.id.isEmpty()
                  ? QObject::tr("Created %1; the run that wrote it is not recorded.").arg(when(m.createdAt, zone))
                  : QObject::tr("Created %1 by %2.").arg(when(m.createdAt, zone), runWithId(m.createdByRun, zone)));
    const QString observed =
        QObject::tr("Observed %1, last %2").arg(observations(m.observations), when(m.lastObserved, zone));
    lines << (m.lastConfirmedByRun.id.isEmpty()
                  ? QObject::tr("%1; which run observed it then is not recorded.").arg(observed)
                  : QObject::tr("%1 by %2.").arg(observed, runWithId(m.lastConfirmedByRun, zone)));
    if (m.updatedAt.isValid() && m.updatedAt > m.lastObserved)
        lines << QObject::tr("Last changed %1.").arg(when(m.updatedAt, zone));
    return lines.join(u'\n');
}
