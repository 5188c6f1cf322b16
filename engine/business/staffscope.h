#pragma once

#include "business/contextrequest.h"

#include <QString>

// The SQL condition that makes a users row (aliased `alias`) "staff" for the agents: active, not the AI system
// user, and — where TeamTime has user types — not a vendor. Bound parameters: none (the AI user id is quoted in).
namespace StaffScope {
QString condition(const ContextRequest &request, const QString &alias = QStringLiteral("u"));
// The same without "active": everyone who worked here, for history that outlives people who left.
QString everCondition(const ContextRequest &request, const QString &alias = QStringLiteral("u"));
} // namespace StaffScope
