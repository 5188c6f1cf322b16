-- TeamTime's first AI release, applied on top of teamtime_baseline.sql. For tests only.
--
-- Adds the AI enums and the five AI tables (ai_config, ai_actions, ai_cooldowns, ai_memory,
-- ai_policy_notes) the way TeamTime's own first AI release created them, which differs from the
-- AI schema the engine's migrations create. In particular:
-- ai_memory_scope has no 'auction' and ai_memory has no auction_id; ai_config has no
-- api_key_encrypted but has tone / send_to_all_admins / specific_recipient_ids and dry_run_mode
-- defaults to false; ai_cooldowns has no unique constraint; ai_policy_notes has created_by_user_id.
-- No metrics tables. Names follow drizzle-kit 0.20 conventions, as in the baseline.

CREATE TYPE "ai_agent" AS ENUM('office_manager', 'revenue_optimizer');
CREATE TYPE "ai_memory_scope" AS ENUM('user', 'location', 'global');
CREATE TYPE "ai_policy_scope" AS ENUM('global', 'location', 'role');
CREATE TYPE "ai_provider" AS ENUM('anthropic', 'openai');
CREATE TYPE "ai_tone" AS ENUM('helpful_parent', 'professional', 'casual', 'formal');

CREATE TABLE "ai_config" (
	"id" serial PRIMARY KEY NOT NULL,
	"agent" "ai_agent" NOT NULL,
	"enabled" boolean DEFAULT false NOT NULL,
	"provider" "ai_provider" DEFAULT 'anthropic' NOT NULL,
	"model" text DEFAULT 'claude-3-haiku-20240307' NOT NULL,
	"tone" "ai_tone" DEFAULT 'helpful_parent' NOT NULL,
	"instructions" text,
	"cron_schedule" text DEFAULT '*/15 7-19 * * *' NOT NULL,
	"max_tokens_context" integer DEFAULT 4000 NOT NULL,
	"temperature" numeric(2, 1) DEFAULT '0.3' NOT NULL,
	"dry_run_mode" boolean DEFAULT false NOT NULL,
	"send_to_all_admins" boolean DEFAULT true NOT NULL,
	"specific_recipient_ids" jsonb DEFAULT '[]'::jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_config_agent_unique" UNIQUE("agent")
);

CREATE TABLE "ai_actions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agent" "ai_agent" NOT NULL,
	"run_id" uuid NOT NULL,
	"run_started_at" timestamp with time zone NOT NULL,
	"context_snapshot" jsonb,
	"context_tokens" integer,
	"reasoning" text,
	"tool_name" text,
	"tool_params" jsonb,
	"executed" boolean DEFAULT false NOT NULL,
	"execution_result" jsonb,
	"blocked_reason" text,
	"error" text,
	"target_user_id" uuid,
	"created_task_id" uuid,
	"created_message_id" uuid,
	"tokens_used" integer,
	"cost_cents" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);

CREATE TABLE "ai_cooldowns" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agent" "ai_agent" NOT NULL,
	"user_id" uuid,
	"action_type" text NOT NULL,
	"related_entity_id" uuid,
	"related_entity_type" text,
	"expires_at" timestamp with time zone NOT NULL,
	"reason" text,
	"ai_action_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);

CREATE TABLE "ai_memory" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scope" "ai_memory_scope" NOT NULL,
	"user_id" uuid,
	"location_id" uuid,
	"memory_type" text NOT NULL,
	"content" text NOT NULL,
	"confidence" numeric(3, 2) DEFAULT '0.50' NOT NULL,
	"observation_count" integer DEFAULT 1 NOT NULL,
	"last_observed_at" timestamp with time zone DEFAULT now() NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"expires_at" timestamp with time zone,
	"created_by_run_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);

CREATE TABLE "ai_policy_notes" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"scope" "ai_policy_scope" DEFAULT 'global' NOT NULL,
	"location_id" uuid,
	"target_role" "user_role",
	"content" text NOT NULL,
	"priority" integer DEFAULT 50 NOT NULL,
	"is_active" boolean DEFAULT true NOT NULL,
	"updated_by_run_id" uuid,
	"created_by_user_id" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);

ALTER TABLE "ai_actions" ADD CONSTRAINT "ai_actions_target_user_id_users_id_fk" FOREIGN KEY ("target_user_id") REFERENCES "users"("id") ON DELETE set null ON UPDATE no action;
ALTER TABLE "ai_actions" ADD CONSTRAINT "ai_actions_created_task_id_tasks_id_fk" FOREIGN KEY ("created_task_id") REFERENCES "tasks"("id") ON DELETE set null ON UPDATE no action;
ALTER TABLE "ai_actions" ADD CONSTRAINT "ai_actions_created_message_id_messages_id_fk" FOREIGN KEY ("created_message_id") REFERENCES "messages"("id") ON DELETE set null ON UPDATE no action;
ALTER TABLE "ai_cooldowns" ADD CONSTRAINT "ai_cooldowns_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE cascade ON UPDATE no action;
ALTER TABLE "ai_cooldowns" ADD CONSTRAINT "ai_cooldowns_ai_action_id_ai_actions_id_fk" FOREIGN KEY ("ai_action_id") REFERENCES "ai_actions"("id") ON DELETE set null ON UPDATE no action;
ALTER TABLE "ai_memory" ADD CONSTRAINT "ai_memory_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE cascade ON UPDATE no action;
ALTER TABLE "ai_memory" ADD CONSTRAINT "ai_memory_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "locations"("id") ON DELETE cascade ON UPDATE no action;
ALTER TABLE "ai_policy_notes" ADD CONSTRAINT "ai_policy_notes_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "locations"("id") ON DELETE cascade ON UPDATE no action;
ALTER TABLE "ai_policy_notes" ADD CONSTRAINT "ai_policy_notes_created_by_user_id_users_id_fk" FOREIGN KEY ("created_by_user_id") REFERENCES "users"("id") ON DELETE set null ON UPDATE no action;
