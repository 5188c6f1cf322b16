#pragma once

#include "config/knowledgestore.h"

#include <QString>
#include <QTimeZone>

// How the Policies & Memory page words what the store knows: times in the business's zone, runs by agent and start,
// who wrote a policy — the short form for a column and the full account for its tooltip.
namespace KnowledgeText {

// "2 Mar 2026 11:00" in `zone`; `none` for an invalid time.
QString when(const QDateTime &utc, const QTimeZone &zone, const QString &none = {});
// "Revenue Optimizer, 2 Mar 2026 11:00"; "run 1a2b3c4d (no record)" when only the id is known; empty without a run.
QString run(const KnowledgeStore::RunRef &run, const QTimeZone &zone);
// The column: the writer as the note reads now (KnowledgeStore::lastWriter).
QString writtenBy(const KnowledgeStore::Policy &policy, const QTimeZone &zone);
// The tooltip: everything known about who wrote it and when.
QString authorship(const KnowledgeStore::Policy &policy, const QTimeZone &zone);

// The memory's subject as a manager says it: the person's or place's name, "Whole business", or its scope.
QString subject(const KnowledgeStore::Memory &memory);
// "once", "3 times".
QString observations(int count);
// The column: when it was last observed and, if another run than the creating one did it, which.
QString lastConfirmed(const KnowledgeStore::Memory &memory, const QTimeZone &zone);
// The tooltip: the creating and confirming runs with their ids, or what is not recorded.
QString provenance(const KnowledgeStore::Memory &memory, const QTimeZone &zone);

} // namespace KnowledgeText
