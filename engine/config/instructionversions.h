#pragma once

#include "core/agent.h"

#include <QDateTime>
#include <QList>
#include <QString>

class SqlSession;

// An agent's custom instructions, versioned: each save is a new version (who, when, a note) in
// mentats_instruction_versions, ai_config.instructions holds the current text, and an audit_logs row records the
// change — all in one transaction. Rolling back saves the old text again as a new version, so history is never
// rewritten. Instructions TeamTime already had before the first save become version 1 ("as found").
namespace InstructionVersions {

struct Version
{
    int number = 0;
    QString text;
    QString note;
    QString authorId;
    QString authorName;
    QDateTime createdAt; // UTC
};

QList<Version> history(SqlSession &session, Agent agent); // newest first
// Returns the new version's number. An unchanged text is not a new version (returns the current number).
int save(SqlSession &session, Agent agent, const QString &text, const QString &note, const QString &managerUserId,
         const QString &managerName);
int rollBack(SqlSession &session, Agent agent, int toVersion, const QString &managerUserId, const QString &managerName);

} // namespace InstructionVersions
