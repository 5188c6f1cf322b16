#include "config/instructionversions.h"

#include "auth/auditlog.h"
#include "config/agentsettingsstore.h"
#include "db/dberror.h"
#include "db/sqlsession.h"
#include "db/sqltimestamp.h"

using namespace Qt::Literals::StringLiterals;

namespace {

int latest(SqlSession &session, const QString &agent)
{
    return session
        .scalar(u"SELECT coalesce(max(version), 0) FROM mentats_instruction_versions WHERE agent = ?"_s, {agent})
        .toInt();
}

} // namespace

QList<InstructionVersions::Version> InstructionVersions::history(SqlSession &session, Agent agent)
{
    const SqlRows rows = session.select(
        u"SELECT version, instructions, coalesce(note, ''), coalesce(created_by, ''), coalesce(created_by_name, ''), "
        "created_at FROM mentats_instruction_versions WHERE agent = ? ORDER BY version DESC"_s,
        {Agents::id(agent)});
    QList<Version> versions;
    for (const QVariantList &r : rows.rows)
        versions << Version{r.at(0).toInt(),    r.at(1).toString(), r.at(2).toString(),
                            r.at(3).toString(), r.at(4).toString(), SqlTimestamp::decode(r.at(5))};
    return versions;
}

int InstructionVersions::save(SqlSession &session, Agent agent, const QString &text, const QString &note,
                              const QString &managerUserId, const QString &managerName)
{
    int number = 0;
    session.transaction([&] {
        const QString id = Agents::id(agent);
        const std::optional<QString> current = AgentSettingsStore::lockInstructions(session, agent);
        if (!current)
            throw DbError(DbError::Kind::Schema,
                          QObject::tr("The %1 has no configuration yet: apply the migrations first.")
                              .arg(Agents::displayName(agent)));
        number = latest(session, id);
        if (number == 0 && !current->isEmpty()) {
            // What TeamTime had before the console's first save, kept as version 1.
            session.exec(u"INSERT INTO mentats_instruction_versions (agent, version, instructions, note) "
                         "VALUES (?, 1, ?, 'as found')"_s,
                         {id, *current});
            number = 1;
        }
        if (number > 0 && *current == text)
            return;
        ++number;
        session.exec(u"INSERT INTO mentats_instruction_versions (agent, version, instructions, note, created_by, "
                     "created_by_name) VALUES (?, ?, ?, ?, ?, ?)"_s,
                     {id, number, text, note.trimmed().isEmpty() ? QVariant() : QVariant(note.trimmed()), managerUserId,
                      managerName});
        AgentSettingsStore::writeInstructions(session, agent, text);
        AuditLog::record(session, managerUserId, u"ai_config.instructions"_s, u"ai_config"_s, id,
                         {{"instructions", current->toStdString()}},
                         {{"instructions", text.toStdString()}, {"version", number}});
    });
    return number;
}

int InstructionVersions::rollBack(SqlSession &session, Agent agent, int toVersion, const QString &managerUserId,
                                  const QString &managerName)
{
    const QVariant text =
        session.scalar(u"SELECT instructions FROM mentats_instruction_versions WHERE agent = ? AND version = ?"_s,
                       {Agents::id(agent), toVersion});
    if (text.isNull())
        throw DbError(DbError::Kind::Usage,
                      QObject::tr("There is no version %1 of these instructions.").arg(toVersion));
    return save(session, agent, text.toString(), QObject::tr("Rolled back to version %1").arg(toVersion), managerUserId,
                managerName);
}
