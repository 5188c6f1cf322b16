#pragma once

#include "config/agentsettings.h"

#include <QList>
#include <QString>

class SqlSession;

// Settings every console and server shares (mentats_settings): the business's name, its time zone — what "today",
// "late" and "overdue" mean everywhere — and which desktop notifications the consoles show. Saved with an audit row.
struct BusinessSettings
{
    QString businessName;
    QString timeZone = QStringLiteral("America/Los_Angeles");
    bool notifyRunFailures = true;
    bool notifyApprovals = true;
    bool notifyBudget = true;

    static BusinessSettings load(SqlSession &session);
    static QList<FieldProblem> validate(const BusinessSettings &settings);
    // Throws DbError(Usage) with the first problem when invalid.
    static void save(SqlSession &session, const BusinessSettings &settings, const QString &managerUserId);

    nlohmann::json toJson() const;
    bool operator==(const BusinessSettings &) const = default;
};
