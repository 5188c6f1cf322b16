#include "demo/demotables.h"

using namespace Qt::Literals::StringLiterals;

DemoTables::DemoTables(SqlSession &session)
    : locations(
          session, u"locations"_s,
          {u"id"_s, u"name"_s, u"address"_s, u"lat"_s, u"lng"_s, u"is_active"_s, u"created_at"_s, u"updated_at"_s}),
      storeHours(session, u"store_hours"_s,
                 {u"id"_s, u"location_id"_s, u"day_of_week"_s, u"open_time"_s, u"close_time"_s, u"is_closed"_s,
                  u"created_at"_s, u"updated_at"_s}),
      users(session, u"users"_s,
            {u"id"_s, u"email"_s, u"username"_s, u"pin_hash"_s, u"password_hash"_s, u"role"_s, u"name"_s, u"phone"_s,
             u"hourly_rate"_s, u"two_factor_enabled"_s, u"is_active"_s, u"created_at"_s, u"updated_at"_s}),
      shifts(session, u"shifts"_s,
             {u"id"_s, u"user_id"_s, u"location_id"_s, u"start_time"_s, u"end_time"_s, u"notes"_s, u"created_by"_s,
              u"created_at"_s, u"updated_at"_s}),
      timeEntries(session, u"time_entries"_s,
                  {u"id"_s, u"user_id"_s, u"shift_id"_s, u"clock_in"_s, u"clock_in_lat"_s, u"clock_in_lng"_s,
                   u"clock_in_address"_s, u"clock_out"_s, u"clock_out_lat"_s, u"clock_out_lng"_s,
                   u"clock_out_address"_s, u"notes"_s, u"created_at"_s, u"updated_at"_s, u"updated_by"_s}),
      taskTemplates(session, u"task_templates"_s,
                    {u"id"_s, u"name"_s, u"description"_s, u"steps"_s, u"photo_required"_s, u"notes_required"_s,
                     u"recurrence_rule"_s, u"trigger_event"_s, u"location_id"_s, u"created_by"_s, u"created_at"_s,
                     u"updated_at"_s}),
      tasks(session, u"tasks"_s,
            {u"id"_s, u"template_id"_s, u"title"_s, u"description"_s, u"assigned_to"_s, u"priority"_s, u"due_at"_s,
             u"status"_s, u"photo_required"_s, u"notes_required"_s, u"source"_s, u"linked_event_id"_s, u"created_by"_s,
             u"created_at"_s, u"updated_at"_s}),
      taskCompletions(session, u"task_completions"_s,
                      {u"id"_s, u"task_id"_s, u"completed_by"_s, u"completed_at"_s, u"notes"_s, u"lat"_s, u"lng"_s,
                       u"address"_s, u"created_at"_s}),
      purchaseRequests(session, u"purchase_requests"_s,
                       {u"id"_s, u"task_id"_s, u"requester_id"_s, u"description"_s, u"proposed_price"_s,
                        u"seller_info"_s, u"lat"_s, u"lng"_s, u"address"_s, u"status"_s, u"decided_by"_s,
                        u"decided_at"_s, u"decision_notes"_s, u"created_at"_s}),
      atmWithdrawals(session, u"atm_withdrawals"_s,
                     {u"id"_s, u"user_id"_s, u"amount"_s, u"withdrawn_at"_s, u"lat"_s, u"lng"_s, u"address"_s,
                      u"receipt_photo_path"_s, u"status"_s, u"notes"_s, u"created_at"_s, u"updated_at"_s}),
      withdrawalAllocations(session, u"withdrawal_allocations"_s,
                            {u"id"_s, u"withdrawal_id"_s, u"amount"_s, u"product_description"_s,
                             u"purchase_request_id"_s, u"created_at"_s}),
      conversations(session, u"conversations"_s,
                    {u"id"_s, u"type"_s, u"title"_s, u"created_by"_s, u"created_at"_s, u"updated_at"_s}),
      conversationParticipants(
          session, u"conversation_participants"_s,
          {u"id"_s, u"conversation_id"_s, u"user_id"_s, u"joined_at"_s, u"last_read_at"_s, u"is_archived"_s}),
      messages(session, u"messages"_s,
               {u"id"_s, u"conversation_id"_s, u"sender_id"_s, u"content"_s, u"is_system_message"_s, u"created_at"_s}),
      notifications(session, u"notifications"_s,
                    {u"id"_s, u"user_id"_s, u"type"_s, u"title"_s, u"body"_s, u"data"_s, u"is_read"_s, u"read_at"_s,
                     u"created_at"_s})
{
    storeHours.flushesAfter(locations);
    shifts.flushesAfter(users);
    shifts.flushesAfter(locations);
    timeEntries.flushesAfter(shifts);
    taskTemplates.flushesAfter(locations);
    taskTemplates.flushesAfter(users);
    tasks.flushesAfter(taskTemplates);
    taskCompletions.flushesAfter(tasks);
    purchaseRequests.flushesAfter(tasks);
    atmWithdrawals.flushesAfter(users);
    withdrawalAllocations.flushesAfter(atmWithdrawals);
    withdrawalAllocations.flushesAfter(purchaseRequests);
    conversations.flushesAfter(users);
    conversationParticipants.flushesAfter(conversations);
    messages.flushesAfter(conversations);
    notifications.flushesAfter(users);
}

void DemoTables::flushAll()
{
    // Children flush their parents first, so flushing every table in any order keeps the foreign keys satisfied.
    for (SqlBatchInserter *table : {&locations, &storeHours, &users, &shifts, &timeEntries, &taskTemplates, &tasks,
                                    &taskCompletions, &purchaseRequests, &atmWithdrawals, &withdrawalAllocations,
                                    &conversations, &conversationParticipants, &messages, &notifications})
        table->flush();
}
