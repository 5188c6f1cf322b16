#include "planschema.h"

#include <QtGlobal>
#include <cstring>

using namespace Qt::Literals::StringLiterals;

namespace {
constexpr auto kTs = "timestamp with time zone";
}

const QList<PlanSchema::Table> &PlanSchema::tables()
{
    static const QList<Table> plan = {
        {"ai_config",
         {{"id", "integer", "nextval('ai_config_id_seq'::regclass)", true},
          {"agent", "ai_agent", "", true},
          {"enabled", "boolean", "false", true},
          {"provider", "ai_provider", "'anthropic'::ai_provider", true},
          {"model", "text", "'claude-3-haiku-20240307'::text", true},
          {"api_key_encrypted", "text", "", false},
          {"instructions", "text", "", false},
          {"cron_schedule", "text", "'*/15 7-19 * * *'::text", true},
          {"max_tokens_context", "integer", "4000", true},
          {"temperature", "numeric(2,1)", "0.3", true},
          {"dry_run_mode", "boolean", "true", true},
          {"created_at", kTs, "now()", true},
          {"updated_at", kTs, "now()", true}},
         {u"ai_config_agent_unique: UNIQUE (agent)"_s, u"ai_config_pkey: PRIMARY KEY (id)"_s}},
        {"ai_actions",
         {{"id", "uuid", "gen_random_uuid()", true},
          {"agent", "ai_agent", "", true},
          {"run_id", "uuid", "", true},
          {"run_started_at", kTs, "", true},
          {"context_snapshot", "jsonb", "", false},
          {"context_tokens", "integer", "", false},
          {"reasoning", "text", "", false},
          {"tool_name", "text", "", false},
          {"tool_params", "jsonb", "", false},
          {"executed", "boolean", "false", true},
          {"execution_result", "jsonb", "", false},
          {"blocked_reason", "text", "", false},
          {"error", "text", "", false},
          {"target_user_id", "uuid", "", false},
          {"created_task_id", "uuid", "", false},
          {"created_message_id", "uuid", "", false},
          {"tokens_used", "integer", "", false},
          {"cost_cents", "integer", "", false},
          {"created_at", kTs, "now()", true}},
         {u"ai_actions_created_message_id_messages_id_fk: FOREIGN KEY (created_message_id) REFERENCES messages(id) ON DELETE SET NULL"_s,
          u"ai_actions_created_task_id_tasks_id_fk: FOREIGN KEY (created_task_id) REFERENCES tasks(id) ON DELETE SET NULL"_s,
          u"ai_actions_pkey: PRIMARY KEY (id)"_s,
          u"ai_actions_target_user_id_users_id_fk: FOREIGN KEY (target_user_id) REFERENCES users(id) ON DELETE SET NULL"_s}},
        {"ai_cooldowns",
         {{"id", "uuid", "gen_random_uuid()", true},
          {"agent", "ai_agent", "", true},
          {"user_id", "uuid", "", false},
          {"action_type", "text", "", true},
          {"related_entity_id", "uuid", "", false},
          {"related_entity_type", "text", "", false},
          {"expires_at", kTs, "", true},
          {"reason", "text", "", false},
          {"ai_action_id", "uuid", "", false},
          {"created_at", kTs, "now()", true}},
         {u"ai_cooldowns_agent_user_id_action_type_related_entity_id_unique: UNIQUE (agent, user_id, action_type, related_entity_id)"_s,
          u"ai_cooldowns_ai_action_id_ai_actions_id_fk: FOREIGN KEY (ai_action_id) REFERENCES ai_actions(id) ON DELETE SET NULL"_s,
          u"ai_cooldowns_pkey: PRIMARY KEY (id)"_s,
          u"ai_cooldowns_user_id_users_id_fk: FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE"_s}},
        {"ai_memory",
         {{"id", "uuid", "gen_random_uuid()", true},
          {"scope", "ai_memory_scope", "", true},
          {"user_id", "uuid", "", false},
          {"location_id", "uuid", "", false},
          {"auction_id", "uuid", "", false},
          {"memory_type", "text", "", true},
          {"content", "text", "", true},
          {"confidence", "numeric(3,2)", "0.50", true},
          {"observation_count", "integer", "1", true},
          {"last_observed_at", kTs, "now()", true},
          {"is_active", "boolean", "true", true},
          {"expires_at", kTs, "", false},
          {"created_by_run_id", "uuid", "", false},
          {"created_at", kTs, "now()", true},
          {"updated_at", kTs, "now()", true}},
         {u"ai_memory_location_id_locations_id_fk: FOREIGN KEY (location_id) REFERENCES locations(id) ON DELETE CASCADE"_s,
          u"ai_memory_pkey: PRIMARY KEY (id)"_s,
          u"ai_memory_user_id_users_id_fk: FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE"_s}},
        {"ai_policy_notes",
         {{"id", "uuid", "gen_random_uuid()", true},
          {"scope", "ai_policy_scope", "'global'::ai_policy_scope", true},
          {"location_id", "uuid", "", false},
          {"target_role", "user_role", "", false},
          {"content", "text", "", true},
          {"priority", "integer", "50", true},
          {"is_active", "boolean", "true", true},
          {"updated_by_run_id", "uuid", "", false},
          {"created_at", kTs, "now()", true},
          {"updated_at", kTs, "now()", true}},
         {u"ai_policy_notes_location_id_locations_id_fk: FOREIGN KEY (location_id) REFERENCES locations(id) ON DELETE CASCADE"_s,
          u"ai_policy_notes_pkey: PRIMARY KEY (id)"_s}},
        {"staff_metrics_daily",
         {{"id", "uuid", "gen_random_uuid()", true},
          {"user_id", "uuid", "", true},
          {"date", kTs, "", true},
          {"total_sales", "numeric(10,2)", "'0'::numeric", false},
          {"transaction_count", "integer", "0", false},
          {"avg_transaction_value", "numeric(10,2)", "", false},
          {"items_per_transaction", "numeric(5,2)", "", false},
          {"revenue_per_labor_hour", "numeric(10,2)", "", false},
          {"avg_transaction_duration_seconds", "integer", "", false},
          {"hours_worked", "numeric(5,2)", "", false},
          {"till_variance_total", "numeric(10,2)", "", false},
          {"till_variance_count", "integer", "0", false},
          {"tasks_completed", "integer", "0", false},
          {"tasks_overdue", "integer", "0", false},
          {"refund_count", "integer", "0", false},
          {"complaint_count", "integer", "0", false},
          {"created_at", kTs, "now()", true}},
         {u"staff_metrics_daily_pkey: PRIMARY KEY (id)"_s,
          u"staff_metrics_daily_user_id_date_unique: UNIQUE (user_id, date)"_s,
          u"staff_metrics_daily_user_id_users_id_fk: FOREIGN KEY (user_id) REFERENCES users(id) ON DELETE CASCADE"_s}},
        {"location_metrics_daily",
         {{"id", "uuid", "gen_random_uuid()", true},
          {"location_id", "uuid", "", true},
          {"date", kTs, "", true},
          {"total_sales", "numeric(10,2)", "'0'::numeric", false},
          {"transaction_count", "integer", "0", false},
          {"avg_transaction_value", "numeric(10,2)", "", false},
          {"customer_count", "integer", "", false},
          {"labor_hours", "numeric(6,2)", "", false},
          {"revenue_per_labor_hour", "numeric(10,2)", "", false},
          {"created_at", kTs, "now()", true}},
         {u"location_metrics_daily_location_id_date_unique: UNIQUE (location_id, date)"_s,
          u"location_metrics_daily_location_id_locations_id_fk: FOREIGN KEY (location_id) REFERENCES locations(id) ON DELETE CASCADE"_s,
          u"location_metrics_daily_pkey: PRIMARY KEY (id)"_s}},
        {"auction_metrics",
         {{"id", "uuid", "gen_random_uuid()", true},
          {"auction_id", "uuid", "", true},
          {"date", kTs, "", true},
          {"lots_listed", "integer", "0", false},
          {"lots_sold", "integer", "0", false},
          {"sell_through_percent", "numeric(5,2)", "", false},
          {"avg_final_price", "numeric(10,2)", "", false},
          {"no_pay_rate", "numeric(5,4)", "", false},
          {"avg_photos_per_lot", "numeric(4,2)", "", false},
          {"avg_creation_to_bid_minutes", "integer", "", false},
          {"avg_bid_to_hammer_minutes", "integer", "", false},
          {"avg_hammer_to_payment_minutes", "integer", "", false},
          {"avg_payment_to_shipment_minutes", "integer", "", false},
          {"created_at", kTs, "now()", true}},
         {u"auction_metrics_pkey: PRIMARY KEY (id)"_s}},
    };
    return plan;
}

const PlanSchema::Table &PlanSchema::table(const char *name)
{
    for (const Table &t : tables()) {
        if (std::strcmp(t.name, name) == 0)
            return t;
    }
    qFatal("no plan table %s", name);
}

QStringList PlanSchema::enumLabels(const char *type)
{
    if (std::strcmp(type, "ai_agent") == 0)
        return {u"office_manager"_s, u"revenue_optimizer"_s};
    if (std::strcmp(type, "ai_provider") == 0)
        return {u"anthropic"_s, u"openai"_s};
    if (std::strcmp(type, "ai_memory_scope") == 0)
        return {u"user"_s, u"location"_s, u"auction"_s, u"global"_s};
    if (std::strcmp(type, "ai_policy_scope") == 0)
        return {u"global"_s, u"location"_s, u"role"_s};
    qFatal("no plan enum %s", type);
}
