-- A representative subset of current TeamTime (124 tables), applied on top of
-- teamtime_baseline.sql + teamtime_first_ai_release.sql. For tests only.
--
-- Recreates the parts of what the current TeamTime adds to its first AI release that the console
-- must cope with: new enum values (which
-- the console must show, not crash on), extra columns on the AI tables and on users /
-- time_entries / tasks / shifts, and a few new tables (ai_tool_config, ai_context_config, ai_token_usage,
-- ai_pending_work, user_types, break_entries). It is not the whole current schema.
-- ALTER TYPE ... ADD VALUE is allowed inside a transaction on PostgreSQL 12+; nothing here uses
-- the new values in the same transaction. Names follow drizzle-kit 0.20 conventions.

ALTER TYPE "ai_agent" ADD VALUE 'architect';
ALTER TYPE "ai_provider" ADD VALUE 'segmind';
ALTER TYPE "ai_provider" ADD VALUE 'deepseek';
ALTER TYPE "conversation_type" ADD VALUE 'group';

CREATE TABLE "ai_pending_work" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agent" text NOT NULL,
	"payload" jsonb,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);

CREATE TABLE "ai_token_usage" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agent" text,
	"provider" text,
	"model" text,
	"input_tokens" integer DEFAULT 0 NOT NULL,
	"output_tokens" integer DEFAULT 0 NOT NULL,
	"cost_cents" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);

CREATE TABLE "ai_tool_config" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agent" text NOT NULL,
	"tool_name" text NOT NULL,
	"is_enabled" boolean DEFAULT true NOT NULL,
	"requires_confirmation" boolean DEFAULT false NOT NULL,
	"cooldown_per_user_minutes" integer,
	"cooldown_global_minutes" integer,
	"rate_limit_max_per_hour" integer,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_tool_config_agent_tool_name_unique" UNIQUE("agent","tool_name")
);

CREATE TABLE "ai_context_config" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"agent" text NOT NULL,
	"provider_id" text NOT NULL,
	"is_enabled" boolean DEFAULT true NOT NULL,
	"priority_override" integer,
	"custom_context" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "ai_context_config_agent_provider_id_unique" UNIQUE("agent","provider_id")
);

CREATE TABLE "break_entries" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"time_entry_id" uuid NOT NULL,
	"user_id" uuid NOT NULL,
	"break_start" timestamp with time zone NOT NULL,
	"break_end" timestamp with time zone,
	"break_type" text DEFAULT 'unpaid' NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);

CREATE TABLE "user_types" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"name" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "user_types_name_unique" UNIQUE("name")
);

ALTER TABLE "ai_config" ADD COLUMN "operational_start_hour" integer DEFAULT 9 NOT NULL;
ALTER TABLE "ai_config" ADD COLUMN "operational_end_hour" integer DEFAULT 17 NOT NULL;
ALTER TABLE "ai_config" ADD COLUMN "operational_days" jsonb DEFAULT '[1,2,3,4,5]'::jsonb;
ALTER TABLE "ai_config" ADD COLUMN "run_interval_minutes" integer DEFAULT 15 NOT NULL;
ALTER TABLE "ai_actions" ADD COLUMN "provider" "ai_provider";
ALTER TABLE "ai_actions" ADD COLUMN "model" text;
ALTER TABLE "ai_memory" ADD COLUMN "last_read_at" timestamp with time zone;
ALTER TABLE "users" ADD COLUMN "user_type_id" uuid;
ALTER TABLE "users" ADD COLUMN "primary_location_id" uuid;
ALTER TABLE "users" ADD COLUMN "include_in_labor_cost" boolean DEFAULT true NOT NULL;
ALTER TABLE "users" ADD COLUMN "sms_locked_until" timestamp with time zone;
ALTER TABLE "time_entries" ADD COLUMN "location_id" uuid;
ALTER TABLE "tasks" ADD COLUMN "assignment_type" text DEFAULT 'individual' NOT NULL;
ALTER TABLE "shifts" ADD COLUMN "template_id" uuid;
ALTER TABLE "shifts" ADD COLUMN "is_template" boolean DEFAULT false NOT NULL;

ALTER TABLE "break_entries" ADD CONSTRAINT "break_entries_time_entry_id_time_entries_id_fk" FOREIGN KEY ("time_entry_id") REFERENCES "time_entries"("id") ON DELETE cascade ON UPDATE no action;
ALTER TABLE "break_entries" ADD CONSTRAINT "break_entries_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE cascade ON UPDATE no action;
ALTER TABLE "users" ADD CONSTRAINT "users_user_type_id_user_types_id_fk" FOREIGN KEY ("user_type_id") REFERENCES "user_types"("id") ON DELETE set null ON UPDATE no action;
ALTER TABLE "users" ADD CONSTRAINT "users_primary_location_id_locations_id_fk" FOREIGN KEY ("primary_location_id") REFERENCES "locations"("id") ON DELETE set null ON UPDATE no action;
ALTER TABLE "time_entries" ADD CONSTRAINT "time_entries_location_id_locations_id_fk" FOREIGN KEY ("location_id") REFERENCES "locations"("id") ON DELETE set null ON UPDATE no action;
