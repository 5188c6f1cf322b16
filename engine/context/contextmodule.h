#pragma once

#include <QMap>
#include <QString>
#include <nlohmann/json.hpp>

// One provider's contribution to a run: the structured data (for the offline provider and the dry-run inspector),
// its rendering for the prompt, a token estimate, and how many items need action now.
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

    int attentionTotal() const
    {
        int total = 0;
        for (const int count : attention)
            total += count;
        return total;
    }
};
