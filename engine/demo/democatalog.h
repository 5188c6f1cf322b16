#pragma once

#include <QString>
#include <vector>

// The words of the demo business: what tasks say, what purchasers find, what people write to each other.
class DemoCatalog
{
public:
    struct ManualTask
    {
        QString title;
        QString description;
        bool photoRequired;
    };
    struct Item
    {
        QString description;
        double lowPrice;
        double highPrice;
    };
    // A short exchange between a manager (first line) and someone on the team (second), and so on alternately.
    using Thread = std::vector<QString>;

    static const std::vector<ManualTask> &manualTasks();
    static const std::vector<Item> &items();
    static const std::vector<QString> &sellers();
    static const std::vector<QString> &approvalNotes();
    static const std::vector<QString> &denialNotes();
    static const std::vector<QString> &completionNotes();
    static const std::vector<QString> &shiftNotes();
    static const std::vector<Thread> &threads();
};
