#pragma once

#include "demo/sqlbatchinserter.h"

class SqlSession;

// One batch inserter per TeamTime table the demo fills, wired so that a table is always flushed after the tables
// its foreign keys point at. Every generator writes through these, so the row counts are the server's.
class DemoTables
{
public:
    explicit DemoTables(SqlSession &session);

    // Sends whatever is still buffered, parents first.
    void flushAll();

    SqlBatchInserter locations;
    SqlBatchInserter storeHours;
    SqlBatchInserter users;
    SqlBatchInserter shifts;
    SqlBatchInserter timeEntries;
    SqlBatchInserter taskTemplates;
    SqlBatchInserter tasks;
    SqlBatchInserter taskCompletions;
    SqlBatchInserter purchaseRequests;
    SqlBatchInserter atmWithdrawals;
    SqlBatchInserter withdrawalAllocations;
    SqlBatchInserter conversations;
    SqlBatchInserter conversationParticipants;
    SqlBatchInserter messages;
    SqlBatchInserter notifications;
};
