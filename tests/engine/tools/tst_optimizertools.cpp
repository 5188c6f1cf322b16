// update_policy through the executor: create, rewrite, deactivate, each stamped with the run; what it refuses.
#include "context/contextrequestloader.h"
#include "context/providers/kpithresholdsprovider.h"
#include "db/dberror.h"
#include "jsoncompare.h"
#include "migrations/migrator.h"
#include "testdatabase.h"
#include "tools/draftreporttool.h"
#include "tools/kpiproposals.h"
#include "tools/proposekpithresholdstool.h"
#include "tools/toolexecutor.h"
#include "tools/updatepolicytool.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

class TestOptimizerTools : public QObject
{
    Q_OBJECT

private:
    struct Fixture
    {
        TestDatabase db;
        ContextRequest request;
        ToolContext context;
        ToolExecutor executor{{std::make_shared<DraftReportTool>(), std::make_shared<ProposeKpiThresholdsTool>()}};
        QString maria;
        QString ben;

        Fixture()
        {
            SqlSession &s = db.session();
            Migrator().migrate(s);
            s.exec(u"UPDATE ai_config SET enabled = true, dry_run_mode = false"_s);
            request = ContextRequestLoader::load(s, Agent::RevenueOptimizer, Clock::system());
            context = {u"00000000-0000-4000-8000-0000000000bb"_s, Agent::RevenueOptimizer, false,
                       request.aiSystemUserId, &request};
            const auto person = [&](const QString &name, const QString &role) {
                return s
                    .scalar(u"INSERT INTO users (email, username, pin_hash, name, role) VALUES (?, ?, 'x', ?, "
                            "?::user_role) RETURNING id"_s,
                            {QVariant(name + u"@x"_s), name, name, role})
                    .toString();
            };
            maria = person(u"Maria Admin"_s, u"admin"_s);
            ben = person(u"Ben Manager"_s, u"manager"_s);
            person(u"Ana Staff"_s, u"staff"_s);
        }
        ToolCallOutcome call(const QString &tool, const json &arguments)
        {
            LlmToolCall c;
            c.name = tool;
            c.arguments = arguments;
            return executor.handle(db.session(), c, context, {QDateTime::currentDateTimeUtc(), json::object(), 0, {}});
        }
        int count(const QString &sql) { return db.session().scalar(sql).toInt(); }
    };

private Q_SLOTS:
    void draftsAReportForTheManagers()
    {
        Fixture f;
        const json report = {
            {"title", "November: Fridays run late"},
            {"summary", "Lateness doubled on Fridays at Harbor; sales held up. Two changes proposed."},
            {"body", "## Findings\n\n- Friday lateness 18% (other days 7%).\n- Sales per labor hour 92."},
            {"periodStart", "2026-11-01"},
            {"periodEnd", "2026-11-23"}};
        const ToolCallOutcome drafted = f.call(u"draft_report"_s, report);
        QCOMPARE(drafted.status, ToolCallOutcome::Status::Executed);
        const QString id = QString::fromStdString(drafted.effect.result["reportId"].get<std::string>());
        const SqlRows row = f.db.session().select(
            u"SELECT title, period_start::text, period_end::text, run_id::text, agent FROM mentats_reports WHERE id = ?::uuid"_s,
            {id});
        QCOMPARE(row.rows.front(), (QVariantList{u"November: Fridays run late"_s, u"2026-11-01"_s, u"2026-11-23"_s,
                                                 f.context.runId, u"revenue_optimizer"_s}));
        // Announced to both managers (direct message + TeamTime's notification), not to staff.
        QCOMPARE(drafted.effect.result["recipients"].size(), 2u);
        QCOMPARE(
            f.count(u"SELECT count(*) FROM notifications WHERE title = 'New report: November: Fridays run late'"_s), 2);
        QCOMPARE(
            f.count(
                u"SELECT count(*) FROM messages WHERE content LIKE 'New report from the Revenue Optimizer: November%'"_s),
            2);
        QCOMPARE(drafted.resultForModel, u"Report %1 saved and announced to 2 manager(s)."_s.arg(id));

        json backwards = report;
        backwards["periodStart"] = "2026-11-30";
        QCOMPARE(f.call(u"draft_report"_s, backwards).resultForModel, u"periodStart must not be after periodEnd."_s);
        json shortBody = report;
        shortBody["body"] = "Too short.";
        QCOMPARE(f.call(u"draft_report"_s, shortBody).status, ToolCallOutcome::Status::Invalid);
        QCOMPARE(f.count(u"SELECT count(*) FROM mentats_reports"_s), 1);
    }

    void proposesThresholdsForAManagerToAccept()
    {
        Fixture f;
        SqlSession &s = f.db.session();
        const QString harbor = s.scalar(u"INSERT INTO locations (name) VALUES ('Harbor') RETURNING id"_s).toString();
        const json rplh = {{"metric", "revenue_per_labor_hour"},
                           {"scope", "location"},
                           {"locationId", harbor.toStdString()},
                           {"direction", "at_least"},
                           {"threshold", 85},
                           {"rationale", "Harbor averaged 92 over 8 weeks; 85 is its worst week."}};
        const json lateness = {{"metric", "lateness_rate"},
                               {"direction", "at_most"},
                               {"threshold", 0.08},
                               {"rationale", "Company-wide lateness is 7.4% outside Fridays."}};
        const ToolCallOutcome first = f.call(u"propose_kpi_thresholds"_s, {{"proposals", {rplh, lateness}}});
        QCOMPARE(first.status, ToolCallOutcome::Status::Executed);
        QCOMPARE(first.resultForModel, u"2 proposal(s) stored for a manager to accept."_s);
        QCOMPARE(
            s.scalar(
                 u"SELECT string_agg(metric || ' ' || scope || ' ' || direction || ' ' || threshold::text || ' ' || "
                 "status, ', ' ORDER BY metric) FROM mentats_kpi_proposals"_s)
                .toString(),
            u"lateness_rate global at_most 0.08 proposed, revenue_per_labor_hour location at_least 85 proposed"_s);
        QCOMPARE(f.count(u"SELECT count(*) FROM notifications WHERE title = 'KPI thresholds proposed'"_s), 2);

        // A newer proposal for the same metric and place replaces the one still waiting.
        json higher = rplh;
        higher["threshold"] = 88.5;
        QCOMPARE(f.call(u"propose_kpi_thresholds"_s, {{"proposals", {higher}}}).status,
                 ToolCallOutcome::Status::Executed);
        QCOMPARE(s.scalar(u"SELECT string_agg(threshold::text || ' ' || status, ', ' ORDER BY created_at, threshold) "
                          "FROM mentats_kpi_proposals WHERE metric = 'revenue_per_labor_hour'"_s)
                     .toString(),
                 u"85 superseded, 88.5 proposed"_s);

        json nowhere = rplh;
        nowhere.erase("locationId");
        QCOMPARE(f.call(u"propose_kpi_thresholds"_s, {{"proposals", {nowhere}}}).resultForModel,
                 u"proposals[0]: a location threshold needs the locationId of a location from the context."_s);
        json unknown = lateness;
        unknown["metric"] = "happiness";
        QCOMPARE(f.call(u"propose_kpi_thresholds"_s, {{"proposals", {unknown}}}).status,
                 ToolCallOutcome::Status::Invalid);
        QCOMPARE(f.call(u"propose_kpi_thresholds"_s, {{"proposals", json::array()}}).resultForModel,
                 u"proposals needs at least 1 items."_s);
        QCOMPARE(f.count(u"SELECT count(*) FROM mentats_kpi_proposals"_s), 3);

        // A manager accepts one and rejects the other; the optimizer's next context says so.
        const auto idOf = [&](const char *metric) {
            return s
                .scalar(u"SELECT id::text FROM mentats_kpi_proposals WHERE metric = ? AND status = 'proposed'"_s,
                        {QString::fromLatin1(metric)})
                .toString();
        };
        const QString accepted = idOf("revenue_per_labor_hour");
        const QString rejected = idOf("lateness_rate");
        KpiProposals::accept(s, accepted, u"maria@store"_s, f.request.calendar.nowUtc());
        QVERIFY_THROWS_EXCEPTION(DbError,
                                 KpiProposals::accept(s, accepted, u"ben@store"_s, f.request.calendar.nowUtc()));
        QVERIFY_THROWS_EXCEPTION(DbError,
                                 KpiProposals::reject(s, rejected, u"ben@store"_s, f.request.calendar.nowUtc(), u""_s));
        KpiProposals::reject(s, rejected, u"ben@store"_s, f.request.calendar.nowUtc(),
                             u"Fridays are short-staffed on purpose."_s);
        const KpiThresholdsProvider provider;
        const json data = provider.getContext(s, f.request);
        QCOMPARE(data["inForce"].size(), 1u);
        QCOMPARE(data["inForce"][0]["threshold"], json(88.5));
        QCOMPARE(data["waiting"].size(), 0u);
        QCOMPARE(data["rejected"][0]["reason"], json("Fridays are short-staffed on purpose."));
        const QString prompt = provider.formatForPrompt(data, f.request);
        QVERIFY2(prompt.contains(
                     u"- [kpi %1] revenue_per_labor_hour at least 88.5 (Harbor [location %2])"_s.arg(accepted, harbor)),
                 qPrintable(prompt));
        QVERIFY2(prompt.contains(u"lateness_rate at most 0.08 (global): «Fridays are short-staffed on purpose.»"_s),
                 qPrintable(prompt));

        // A later accepted threshold for the same metric and place replaces the one in force.
        json lower = rplh;
        lower["threshold"] = 80;
        f.call(u"propose_kpi_thresholds"_s, {{"proposals", {lower}}});
        KpiProposals::accept(s, idOf("revenue_per_labor_hour"), u"maria@store"_s, f.request.calendar.nowUtc());
        QCOMPARE(s.scalar(u"SELECT string_agg(threshold::text || ' ' || status, ', ' ORDER BY created_at, threshold) "
                          "FROM mentats_kpi_proposals WHERE metric = 'revenue_per_labor_hour'"_s)
                     .toString(),
                 u"85 superseded, 88.5 superseded, 80 accepted"_s);
    }

    void managesPolicies()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        s.exec(u"UPDATE ai_config SET enabled = true, dry_run_mode = false"_s);
        const ContextRequest request = ContextRequestLoader::load(s, Agent::RevenueOptimizer, Clock::system());
        const ToolContext context{u"00000000-0000-4000-8000-0000000000aa"_s, Agent::RevenueOptimizer, false,
                                  request.aiSystemUserId, &request};
        const ToolExecutor executor({std::make_shared<UpdatePolicyTool>()});
        const auto call = [&](const json &arguments) {
            LlmToolCall c;
            c.name = u"update_policy"_s;
            c.arguments = arguments;
            return executor.handle(s, c, context, {QDateTime::currentDateTimeUtc(), json::object(), 0, {}});
        };
        const QString harbor = s.scalar(u"INSERT INTO locations (name) VALUES ('Harbor') RETURNING id"_s).toString();

        const ToolCallOutcome created = call({{"action", "create"},
                                              {"scope", "location"},
                                              {"locationId", harbor.toStdString()},
                                              {"content", "Remind closers about the till count at 17:30."},
                                              {"priority", 70}});
        QCOMPARE(created.status, ToolCallOutcome::Status::Executed);
        const QString id = QString::fromStdString(created.effect.result["policyId"].get<std::string>());
        QCOMPARE(
            s.scalar(
                 u"SELECT scope::text || '/' || location_id::text || '/' || priority || '/' || updated_by_run_id::text "
                 "FROM ai_policy_notes WHERE id = ?::uuid"_s,
                 {id})
                .toString(),
            u"location/%1/70/%2"_s.arg(harbor, context.runId));

        QCOMPARE(call({{"action", "update"}, {"policyId", id.toStdString()}, {"priority", 90}}).status,
                 ToolCallOutcome::Status::Executed);
        QCOMPARE(s.scalar(u"SELECT priority FROM ai_policy_notes WHERE id = ?::uuid"_s, {id}).toInt(), 90);
        QCOMPARE(call({{"action", "deactivate"}, {"policyId", id.toStdString()}}).resultForModel,
                 u"Policy %1 deactivated."_s.arg(id));
        QCOMPARE(s.scalar(u"SELECT is_active FROM ai_policy_notes WHERE id = ?::uuid"_s, {id}).toBool(), false);

        QCOMPARE(call({{"action", "update"}, {"policyId", id.toStdString()}, {"priority", 10}}).resultForModel,
                 u"There is no active policy with the id %1."_s.arg(id));
        QCOMPARE(call({{"action", "create"}, {"scope", "role"}, {"content", "Purchasers log receipts the same day."}})
                     .resultForModel,
                 u"A role policy needs targetRole."_s);
        QCOMPARE(call({{"action", "create"}, {"scope", "location"}, {"content", "Open at ten sharp, every day."}})
                     .resultForModel,
                 u"A location policy needs the locationId of a location from the context."_s);
        QCOMPARE(s.scalar(u"SELECT count(*) FROM ai_policy_notes"_s).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestOptimizerTools)
#include "tst_optimizertools.moc"
