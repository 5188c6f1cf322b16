#include "demo/democatalog.h"

using namespace Qt::Literals::StringLiterals;

const std::vector<DemoCatalog::ManualTask> &DemoCatalog::manualTasks()
{
    static const std::vector<ManualTask> tasks{
        {u"Photograph new arrivals for the website"_s, u"Three angles each, plus any maker's marks."_s, true},
        {u"Re-tag clearance furniture"_s, u"Everything in the back room marked 30% off."_s, false},
        {u"Dust and polish the glassware cabinet"_s, u"Use the microfiber cloths, not paper towels."_s, false},
        {u"Price the estate-sale jewelry lot"_s, u"Check hallmarks; anything gold goes to the locked case."_s, false},
        {u"Call consignors with expiring contracts"_s, u"List is on the clipboard by the register."_s, false},
        {u"Rearrange the front window display"_s, u"Seasonal theme; send a photo to the manager."_s, true},
        {u"Inventory the vinyl record bins"_s, u"Count by genre and note anything warped."_s, false},
        {u"Wrap and label online orders for pickup"_s, u"Orders are in the shared inbox."_s, false},
        {u"Restock bags, tissue paper and tags"_s, u"Supply shelf in the storage room."_s, false},
        {u"Check in the Thursday consignment drop-off"_s, u"Log every item in the intake sheet."_s, true},
        {u"Touch up scuffs on the display tables"_s, u"Furniture wax is under the counter."_s, false},
        {u"Sort donated books for resale"_s, u"First editions go to the manager for pricing."_s, false},
        {u"Test and tag vintage lamps"_s, u"Anything that flickers goes to the repair shelf."_s, true},
        {u"Update the chalkboard specials"_s, u"This week's featured pieces."_s, false},
        {u"Vacuum rugs in the textile corner"_s, u"Low suction on the hand-knotted ones."_s, false},
    };
    return tasks;
}

const std::vector<DemoCatalog::Item> &DemoCatalog::items()
{
    static const std::vector<Item> items{
        {u"Mid-century walnut credenza"_s, 250, 900},
        {u"Set of six bentwood cafe chairs"_s, 120, 420},
        {u"Victorian oak washstand with marble top"_s, 180, 650},
        {u"Box lot of Pyrex mixing bowls"_s, 40, 160},
        {u"Brass floor lamp, 1950s"_s, 60, 240},
        {u"Persian-style wool rug, 6x9"_s, 150, 700},
        {u"Crate of jazz LPs (about 80 records)"_s, 80, 300},
        {u"Cast iron skillet set"_s, 30, 120},
        {u"Art deco vanity mirror"_s, 90, 350},
        {u"Danish teak coffee table"_s, 200, 750},
        {u"Sterling silver flatware, service for eight"_s, 300, 1200},
        {u"Singer treadle sewing machine"_s, 70, 260},
        {u"Pair of ginger jar table lamps"_s, 50, 180},
        {u"Oak library card catalog, 15 drawers"_s, 400, 1400},
        {u"Vintage Schwinn cruiser bicycle"_s, 120, 380},
    };
    return items;
}

const std::vector<QString> &DemoCatalog::sellers()
{
    static const std::vector<QString> sellers{
        u"Estate sale on 5th St, ask for Linda"_s,
        u"Marketplace seller, cash only, pickup before Sunday"_s,
        u"Garage sale, corner of Elm and 12th"_s,
        u"Retiring dealer clearing out his storage unit"_s,
        u"Repeat consignor (Mrs. Albright), wants a quick sale"_s,
        u"Flea market booth 42"_s,
        u"Moving sale, family downsizing to an apartment"_s,
        u"Auction house leftovers, can hold until Friday"_s,
    };
    return sellers;
}

const std::vector<QString> &DemoCatalog::approvalNotes()
{
    static const std::vector<QString> notes{
        u"Good margin, go ahead."_s,
        u"Approved. Try to get them down 10% first."_s,
        u"Yes, we have buyers asking for these."_s,
        u"OK, but check for water damage before paying."_s,
    };
    return notes;
}

const std::vector<QString> &DemoCatalog::denialNotes()
{
    static const std::vector<QString> notes{
        u"Too high for what it would sell for here."_s,
        u"We're overstocked on these right now."_s,
        u"Pass. Condition looks rough in the photos."_s,
        u"Not this month, the budget is spent."_s,
    };
    return notes;
}

const std::vector<QString> &DemoCatalog::completionNotes()
{
    static const std::vector<QString> notes{
        u"Done, all good."_s,
        u"Finished. Two items need repair, left them on the back shelf."_s,
        u"Completed; ran low on price tags, please reorder."_s,
        u"Done. Customer asked about the walnut dresser, left a note."_s,
        u"All set, register balanced to the penny."_s,
        u"Done, took a bit longer because of the rush."_s,
    };
    return notes;
}

const std::vector<QString> &DemoCatalog::shiftNotes()
{
    static const std::vector<QString> notes{
        u"Covering for a sick call"_s,
        u"Inventory day, wear work clothes"_s,
        u"Training the new hire"_s,
        u"Truck delivery expected around noon"_s,
    };
    return notes;
}

const std::vector<DemoCatalog::Thread> &DemoCatalog::threads()
{
    static const std::vector<Thread> threads{
        {u"Hi, can you cover Saturday morning? Dana is out."_s, u"Sure, I can do 10 to 2."_s,
         u"Perfect, I'll update the schedule."_s, u"Thanks! Should I open?"_s,
         u"Yes please, keys are in the usual spot."_s},
        {u"The glass cabinet lock is sticking again."_s,
         u"I'll call the locksmith. Can you move the jewelry to the safe for now?"_s, u"Done, moved it all."_s},
        {u"Reminder: the consignment drop-off is Thursday this week, not Wednesday."_s,
         u"Got it, thanks for the heads up."_s},
        {u"Are we still doing the window refresh before the weekend?"_s,
         u"Yes, theme is autumn harvest. Photos by Friday please."_s, u"I'll start tomorrow after lunch."_s,
         u"Great, use the copper pieces from the back."_s},
        {u"Heads up, the truck with the estate lot arrives at 9 tomorrow. Can you come in early?"_s,
         u"Sure, I'll be there at 8:45."_s, u"Thanks, I owe you a coffee."_s},
        {u"Could I swap my Tuesday for Thursday next week?"_s, u"Should be fine, let me check with the others."_s,
         u"Approved, swapped it."_s, u"Thank you!"_s},
    };
    return threads;
}
