#pragma once

#include "business/teamtimefeatures.h"
#include "core/agent.h"
#include "core/businesscalendar.h"

#include <QString>
#include <QStringList>

// What a context provider needs to know besides the database: for whom, when (in the business's time zone), and
// what this TeamTime's schema offers.
struct ContextRequest
{
    Agent agent = Agent::OfficeManager;
    BusinessCalendar calendar;
    TeamTimeFeatures features;
    QString aiSystemUserId;      // never part of "staff"
    int analysisWindowDays = 28; // the Revenue Optimizer's look-back
    // How far the character-based token estimates are off for the model in use, learnt from real calls
    // (ContextAssembler::updatedCorrection); module estimates are scaled by it.
    double tokenCorrection = 1.0;
    // The run's token budget (set by the assembler; 0: none). A provider counts a background list in the database
    // instead of reading it when it has more items than the whole budget could list (ContextLists::countInstead).
    int tokenBudget = 0;

    // Filled by the assembler as modules come in (priority order): the people and locations the context is about
    // so far, so that enrichment modules (memories, policies) can pick what concerns them.
    QStringList peopleInContext;
    QStringList locationsInContext;
};
