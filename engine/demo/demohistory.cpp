#include "demo/demohistory.h"

#include "db/sqlsession.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// Sonnet-class prices per token, as the run records of a real deployment would carry them.
constexpr auto kOfficeModel = "claude-sonnet-4-5";
constexpr auto kOptimizerModel = "claude-opus-4-7";

} // namespace

DemoHistory::Summary DemoHistory::write(SqlSession &session, const BusinessCalendar &calendar, quint64 seed, int days)
{
    const QString zone = QString::fromUtf8(calendar.zone().id());
    const QDate today = calendar.today();
    Summary summary;
    session.transaction([&] {
        // random() is deterministic after setseed() within this session. Each lateral draw below refers to the run
        // and the call number, so that the planner neither flattens nor memoizes it into one draw for many rows.
        session.exec(u"SELECT setseed(?)"_s, {double(seed % 1000) / 1000.0});
        session.exec(u"CREATE TEMP TABLE demo_staff ON COMMIT DROP AS SELECT row_number() OVER (ORDER BY name) AS n, "
                     "id, name FROM users WHERE role = 'staff' AND is_active"_s);
        const int staff = session.scalar(u"SELECT count(*) FROM demo_staff"_s).toInt();
        if (staff == 0)
            return;

        // The Office Manager: a run per 15-minute slot from 08:00 to 17:45 on each past day; about a third found
        // something to do.
        session.exec(u"CREATE TEMP TABLE demo_runs (id uuid, agent text, slot timestamptz, busy boolean, input int, "
                     "output int) ON COMMIT DROP"_s);
        session.exec(u"INSERT INTO demo_runs SELECT gen_random_uuid(), 'office_manager', "
                     "(d + time '08:00' + q * interval '15 minutes') AT TIME ZONE ?, random() < 0.35, 4000 + "
                     "floor(random() * 5000)::int, "
                     "150 + floor(random() * 450)::int FROM generate_series((?::date - ?::int)::timestamp, (?::date - "
                     "1)::timestamp, interval '1 day') AS d, "
                     "generate_series(0, 39) AS q"_s,
                     {zone, today, days, today});
        session.exec(
            u"INSERT INTO demo_runs SELECT gen_random_uuid(), 'revenue_optimizer', (d + time '02:00') AT TIME ZONE ?, "
            "true, 25000 + floor(random() * 15000)::int, 900 + floor(random() * 1200)::int "
            "FROM generate_series((?::date - ?::int)::timestamp, (?::date - 1)::timestamp, interval '1 day') AS d"_s,
            {zone, today, days, today});
        summary.runs = session.execAffected(
            u"INSERT INTO mentats_runs (id, agent, trigger, scheduled_slot, status, status_reason, host, provider, "
            u"model, "
            "input_tokens, output_tokens, cost_usd, started_at, finished_at) SELECT id, agent, 'schedule', slot, "
            "CASE WHEN busy THEN 'completed' ELSE 'skipped' END, "
            "CASE WHEN busy THEN NULL ELSE 'Nothing needs attention.' END, 'demo-server', "
            "CASE WHEN busy THEN 'anthropic' END, CASE WHEN busy THEN CASE agent WHEN 'office_manager' THEN ? ELSE ? "
            "END END, "
            "CASE WHEN busy THEN input ELSE 0 END, CASE WHEN busy THEN output ELSE 0 END, "
            "CASE WHEN busy THEN CASE agent WHEN 'office_manager' THEN input * 0.000003 + output * 0.000015 "
            "ELSE input * 0.000015 + output * 0.000075 END END, slot + interval '3 seconds', "
            "slot + CASE WHEN busy THEN interval '9 seconds' ELSE interval '4 seconds' END FROM demo_runs"_s,
            {QString::fromLatin1(kOfficeModel), QString::fromLatin1(kOptimizerModel)});

        // One to three calls per busy Office Manager run, about a staff member picked at random.
        summary.actions += session.execAffected(
            u"INSERT INTO ai_actions (agent, run_id, run_started_at, created_at, tool_name, tool_params, "
            u"target_user_id, "
            "reasoning, executed, execution_result, blocked_reason, error, context_tokens) "
            "SELECT 'office_manager', r.id, r.slot, r.slot + make_interval(secs => 5 + k), c.tool, "
            "jsonb_build_object('target_user_id', s.id, 'message', c.message), s.id, c.reasoning, c.outcome = "
            "'executed', "
            "jsonb_build_object('status', c.outcome), "
            "CASE WHEN c.outcome = 'blocked' THEN 'Cooldown: ' || s.name || ' was already contacted about this in the "
            "last 2 hours.' END, "
            "CASE c.outcome WHEN 'invalid' THEN 'target_user_id must be a staff member''s id, not a name.' "
            "WHEN 'failed' THEN 'TeamTime did not accept the message: the conversation is archived.' END, "
            "r.input - 900 FROM demo_runs r CROSS JOIN LATERAL generate_series(1, 1 + floor(random() * 3)::int) AS k "
            "CROSS JOIN LATERAL (SELECT 1 + floor(random() * ?)::int + 0 * k + 0 * length(r.id::text) AS n OFFSET 0) "
            "AS who JOIN demo_staff s ON s.n = who.n "
            "CROSS JOIN LATERAL (SELECT random() AS pick, random() AS fate, k AS again, r.id AS run OFFSET 0) AS p "
            "CROSS JOIN LATERAL (SELECT "
            "CASE WHEN p.pick < 0.55 THEN 'send_direct_message' WHEN p.pick < 0.8 THEN 'create_task' "
            "WHEN p.pick < 0.92 THEN 'flag_for_manager' ELSE 'send_notification' END AS tool, "
            "CASE WHEN p.fate < 0.8 THEN 'executed' WHEN p.fate < 0.92 THEN 'blocked' WHEN p.fate < 0.97 THEN "
            "'invalid' "
            "ELSE 'failed' END AS outcome, "
            "CASE WHEN p.pick < 0.55 THEN 'Hi ' || split_part(s.name, ' ', 1) || ', your shift started a while ago "
            "and there is no clock-in yet. All OK?' WHEN p.pick < 0.8 THEN 'Count and bag the till float before close' "
            "ELSE 'Needs a manager''s look' END AS message, "
            "CASE WHEN p.pick < 0.55 THEN s.name || ' was due at the start of the shift and has not clocked in; one "
            "friendly check-in.' WHEN p.pick < 0.8 THEN s.name || ' closed the till yesterday and the cash count is "
            "still missing.' WHEN p.pick < 0.92 THEN s.name || ' has been on shift for more than 6 hours without a "
            "break; "
            "a manager should decide.' ELSE s.name || ' has two overdue tasks.' END AS reasoning) AS c "
            "WHERE r.busy AND r.agent = 'office_manager'"_s,
            {staff});

        // The optimizer's nightly memories.
        summary.actions += session.execAffected(
            u"INSERT INTO ai_actions (agent, run_id, run_started_at, created_at, tool_name, tool_params, "
            u"target_user_id, "
            "reasoning, executed, execution_result, context_tokens) SELECT 'revenue_optimizer', r.id, r.slot, "
            "r.slot + make_interval(secs => 20 + k), 'write_memory', jsonb_build_object('scope', 'user', 'user_id', "
            "s.id, 'memory_type', 'pattern', 'content', s.name || ' is often late on Fridays.'), s.id, "
            "'Across the last four weeks ' || s.name || ' clocked in late on most Fridays; worth remembering.', true, "
            "jsonb_build_object('status', 'executed'), r.input - 2000 FROM demo_runs r "
            "CROSS JOIN LATERAL generate_series(1, 1 + floor(random() * 2)::int) AS k "
            "CROSS JOIN LATERAL (SELECT 1 + floor(random() * ?)::int + 0 * k + 0 * length(r.id::text) AS n OFFSET 0) "
            "AS who JOIN demo_staff s ON s.n = who.n "
            "WHERE r.agent = 'revenue_optimizer'"_s,
            {staff});

        // What those nightly runs left behind: a memory per person they wrote about, and two policy notes from the
        // latest run.
        session.exec(
            u"INSERT INTO ai_memory (scope, user_id, memory_type, content, confidence, observation_count, "
            "last_observed_at, created_by_run_id, expires_at, created_at, updated_at) SELECT DISTINCT ON "
            "(target_user_id) "
            "'user', target_user_id, 'pattern', tool_params ->> 'content', 0.55 + floor(random() * 40) / 100, "
            "count(*) OVER (PARTITION BY target_user_id), max(created_at) OVER (PARTITION BY target_user_id), run_id, "
            "created_at + interval '60 days', created_at, created_at FROM ai_actions WHERE tool_name = 'write_memory' "
            "ORDER BY target_user_id, created_at"_s);
        session.exec(
            u"INSERT INTO ai_policy_notes (scope, content, priority, updated_by_run_id, created_at, updated_at) "
            "SELECT 'global', note, priority, id, started_at, started_at FROM (SELECT id, started_at FROM mentats_runs "
            "WHERE agent = 'revenue_optimizer' ORDER BY started_at DESC LIMIT 1) AS r CROSS JOIN (VALUES "
            "('Nudge a late arrival once per shift; if there is still no clock-in 45 minutes later, flag a manager "
            "instead of nudging again.', 80), ('On Fridays check clock-ins at 8:50: most late arrivals happen then.', "
            "60)) AS n (note, priority)"_s);

        // Two calls from this morning that wait for a manager.
        const QDateTime morning = calendar.atUtc(today, QTime(7, 30));
        const QString runId =
            session
                .scalar(
                    u"INSERT INTO mentats_runs (agent, trigger, status, host, provider, model, input_tokens, "
                    u"output_tokens, "
                    "cost_usd, started_at, finished_at) VALUES ('office_manager', 'manual', 'completed', "
                    "'demo-server', "
                    "'anthropic', ?, 6100, 420, 0.0246, ?::timestamptz, ?::timestamptz + interval '8 seconds') RETURNING id::text"_s,
                    {QString::fromLatin1(kOfficeModel), SqlSession::timestamp(morning), SqlSession::timestamp(morning)})
                .toString();
        ++summary.runs;
        const SqlRows waiting = session.select(
            u"INSERT INTO ai_actions (agent, run_id, run_started_at, created_at, tool_name, tool_params, "
            u"target_user_id, "
            "reasoning, executed, execution_result, blocked_reason) SELECT 'office_manager', ?::uuid, "
            "?::timestamptz, ?::timestamptz + make_interval(secs => n), 'flag_for_manager', "
            "jsonb_build_object('target_user_id', id, 'reason', name || ' has worked 11 days in a row.', "
            "'severity', 'high'), id, name || ' has worked 11 days in a row; the schedule needs a manager.', false, "
            "jsonb_build_object('status', 'awaiting_approval'), 'flag_for_manager needs a manager''s approval.' "
            "FROM demo_staff WHERE n <= 2 RETURNING id::text, tool_params::text, run_id::text, created_at::text"_s,
            {runId, SqlSession::timestamp(morning), SqlSession::timestamp(morning)});
        for (const QVariantList &row : waiting.rows) {
            session.exec(
                u"INSERT INTO mentats_approvals (action_id, run_id, agent, tool_name, arguments, requested_at, "
                "expires_at) VALUES (?::uuid, ?::uuid, 'office_manager', 'flag_for_manager', ?::jsonb, "
                "?::timestamptz, ?::timestamptz + interval '24 hours')"_s,
                {row.at(0), row.at(2), row.at(1), row.at(3), row.at(3)});
            ++summary.actions;
        }
    });
    return summary;
}
