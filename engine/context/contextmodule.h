#pragma once

#include "context/contextlists.h"

#include <QList>
#include <QMap>
#include <QString>
#include <nlohmann/json.hpp>

// One provider's contribution to a run: the structured data as shown (for the offline provider and the dry-run
// inspector), its rendering for the prompt, a token estimate, how many items need action now, and at which detail
// its background is shown and why.
struct ContextModule
{
    QString moduleId;
    QString moduleName;
    int priority = 50;
    nlohmann::json data = nlohmann::json::object();
    QString prompt;
    int tokenEstimate = 0;
    QMap<QString, int> attention; // e.g. {"expectedButMissing": 1}: what needs action now
    qint64 elapsedMs = 0;         // how long the provider took, for the run record
    QString managerNote;          // a manager's "always include" note, appended to the prompt
    ContextDetail detail = ContextDetail::Full;
    QString detailReason;      // why this detail: "everything fits", or what the fuller one needed
    bool splittable = false;   // the module declares lists: a split run shares its items out among the parts
    bool hasDetails = false;   // the module has background that can be shown at less detail
    int fullTokenEstimate = 0; // what the module takes with everything listed

    // Everything but the data and its text: what a rendering of other data starts from, without copying a large
    // module's lists.
    ContextModule described() const
    {
        ContextModule m;
        m.moduleId = moduleId;
        m.moduleName = moduleName;
        m.priority = priority;
        m.elapsedMs = elapsedMs;
        m.managerNote = managerNote;
        m.detail = detail;
        m.detailReason = detailReason;
        m.splittable = splittable;
        m.hasDetails = hasDetails;
        m.fullTokenEstimate = fullTokenEstimate;
        return m;
    }

    int attentionTotal() const
    {
        int total = 0;
        for (const int count : attention)
            total += count;
        return total;
    }
};

namespace ContextModules {
// The modules' token estimates added up: what they take of a call's budget.
inline int tokens(const QList<ContextModule> &modules)
{
    int total = 0;
    for (const ContextModule &m : modules)
        total += m.tokenEstimate;
    return total;
}
} // namespace ContextModules
