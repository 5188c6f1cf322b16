// Migrations on an empty database, on TeamTime's baseline, on TeamTime's first AI release and on current TeamTime;
// again (idempotent); failing (rolled back); concurrently. Everything is checked through PostgreSQL's catalog
// against the plan, and pre-existing rows and unknown columns must survive untouched.
#include "catalog.h"
#include "db/database.h"
#include "db/dberror.h"
#include "diagnostics/doctor.h"
#include "migrations/indexinventory.h"
#include "migrations/migrator.h"
#include "planschema.h"
#include "testdatabase.h"
#include "wait.h"

#include <QRegularExpression>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kBuiltInCount = 20;

// Every row of `table` as JSON, minus the columns a migration may add, in a stable order.
QString rowsOf(SqlSession &session, const QString &table, const QStringList &ignoredColumns = {})
{
    QString minus;
    for (const QString &column : ignoredColumns)
        minus += u" - '%1'"_s.arg(column);
    return session
        .scalar(u"SELECT coalesce(string_agg((to_jsonb(t)%1)::text, E'\\n' ORDER BY t.id::text), '') FROM %2 t"_s.arg(
            minus, table))
        .toString();
}

// Seeds rows into TeamTime's first-AI-release tables, including a column the plan does not know.
void seedFirstAiReleaseRows(SqlSession &s)
{
    s.exec(uR"(
INSERT INTO users (id, email, username, pin_hash, role, name)
VALUES ('11111111-1111-4111-8111-111111111111', 'ana@example.com', 'ana', 'x', 'manager', 'Ana Manager');
INSERT INTO locations (id, name) VALUES ('22222222-2222-4222-8222-222222222222', 'Old Town');
INSERT INTO ai_config (agent, enabled, provider, model, tone, instructions, dry_run_mode, specific_recipient_ids)
VALUES ('office_manager', true, 'openai', 'gpt-4o-mini', 'casual', 'Be brief.', false,
        '["11111111-1111-4111-8111-111111111111"]');
INSERT INTO ai_actions (agent, run_id, run_started_at, reasoning, tool_name, tool_params, executed, target_user_id)
VALUES ('office_manager', gen_random_uuid(), now() - interval '1 day', 'Ana was late', 'send_direct_message',
        '{"toUserId": "11111111-1111-4111-8111-111111111111"}', true, '11111111-1111-4111-8111-111111111111');
INSERT INTO ai_cooldowns (agent, user_id, action_type, expires_at, reason)
VALUES ('office_manager', '11111111-1111-4111-8111-111111111111', 'send_direct_message', now() + interval '30 min',
        'messaged');
INSERT INTO ai_memory (scope, user_id, memory_type, content, confidence)
VALUES ('user', '11111111-1111-4111-8111-111111111111', 'pattern', 'Late on Fridays', 0.80);
INSERT INTO ai_policy_notes (scope, location_id, content, priority, created_by_user_id)
VALUES ('location', '22222222-2222-4222-8222-222222222222', 'Open at 10 sharp', 70,
        '11111111-1111-4111-8111-111111111111');
)"_s);
}

const QStringList kAdoptedAiTables = {u"ai_config"_s, u"ai_actions"_s, u"ai_cooldowns"_s, u"ai_memory"_s,
                                      u"ai_policy_notes"_s};

// Columns the migrations may add to TeamTime's first-AI-release tables.
const QStringList kAddedColumns = {u"api_key_encrypted"_s, u"auction_id"_s};

} // namespace

class TestMigrator : public QObject
{
    Q_OBJECT

private:
    // Each plan table has the plan's columns with the plan's types and nullability. With `exact`, nothing else
    // (fresh install); otherwise TeamTime's extra columns may stand beside them and `defaultOverrides` lists the
    // defaults TeamTime chose differently ("table.column" -> default), which we keep.
    void verifyPlanSchema(Catalog &catalog, bool exact, const QMap<QString, QString> &defaultOverrides = {})
    {
        for (const PlanSchema::Table &table : PlanSchema::tables()) {
            const QString name = QString::fromLatin1(table.name);
            const auto columns = catalog.columns(name);
            QVERIFY2(!columns.isEmpty(), qPrintable(u"missing table "_s + name));
            QStringList planOrder;
            for (const PlanSchema::Column &planColumn : table.columns) {
                const QString column = QString::fromLatin1(planColumn.name);
                planOrder << column;
                const QString where = name + u'.' + column;
                QVERIFY2(columns.contains(column), qPrintable(u"missing column "_s + where));
                const Catalog::Column &actual = columns.value(column);
                QCOMPARE(actual.type, QString::fromLatin1(planColumn.type));
                const QString expectedDefault =
                    defaultOverrides.value(where, QString::fromLatin1(planColumn.defaultExpr));
                QVERIFY2(actual.defaultExpr == expectedDefault, qPrintable(u"%1 default is %2, expected %3"_s.arg(
                                                                    where, actual.defaultExpr, expectedDefault)));
                QVERIFY2(actual.notNull == planColumn.notNull, qPrintable(u"nullability of "_s + where));
            }
            const QStringList constraints = catalog.constraints(name);
            if (exact) {
                QCOMPARE(catalog.columnOrder(name), planOrder);
                QCOMPARE(constraints, table.constraints);
            } else {
                for (const QString &constraint : table.constraints)
                    QVERIFY2(constraints.contains(constraint), qPrintable(name + u": missing "_s + constraint));
            }
        }
        for (const char *type : {"ai_agent", "ai_provider", "ai_memory_scope", "ai_policy_scope"}) {
            const QStringList labels = catalog.enumLabels(QString::fromLatin1(type));
            if (exact) {
                QCOMPARE(labels, PlanSchema::enumLabels(type));
            } else {
                // TeamTime's own labels may follow; ours keep the plan's relative order.
                QStringList ours;
                for (const QString &label : labels) {
                    if (PlanSchema::enumLabels(type).contains(label))
                        ours << label;
                }
                QCOMPARE(ours, PlanSchema::enumLabels(type));
            }
        }
    }

    void verifyOwnTables(SqlSession &s)
    {
        // Both agents configured, in dry-run (existing rows keep their own values).
        const SqlRows configs = s.select(u"SELECT agent::text, dry_run_mode, enabled FROM ai_config ORDER BY agent"_s);
        QStringList agents;
        for (const QVariantList &row : configs.rows)
            agents << row.at(0).toString();
        QVERIFY(agents.contains(u"office_manager"_s));
        QVERIFY(agents.contains(u"revenue_optimizer"_s));
        QCOMPARE(s.scalar(u"SELECT value #>> '{}' FROM mentats_settings WHERE key = 'business_time_zone'"_s).toString(),
                 u"America/Los_Angeles"_s);

        // The AI system user exists, is recorded, and cannot sign in.
        const SqlRows user =
            s.select(u"SELECT u.name, u.is_active, u.password_hash, u.pin_hash, u.role::text FROM users u "
                     "JOIN mentats_settings st ON st.key = 'ai_system_user_id' AND (st.value #>> '{}')::uuid = u.id"_s);
        QCOMPARE(user.size(), 1);
        QCOMPARE(user.value(0, u"name"_s).toString(), u"Office Manager (AI)"_s);
        QCOMPARE(user.value(0, u"is_active"_s).toBool(), false);
        QVERIFY(user.value(0, u"password_hash"_s).isNull());
        static const QRegularExpression phc(
            uR"(^\$argon2id\$v=19\$m=19456,t=2,p=1\$[A-Za-z0-9+/]{22}\$[A-Za-z0-9+/]{43}$)"_s);
        QVERIFY2(phc.match(user.value(0, u"pin_hash"_s).toString()).hasMatch(),
                 qPrintable(user.value(0, u"pin_hash"_s).toString()));
        QCOMPARE(s.scalar(u"SELECT count(*) FROM users WHERE name = 'Office Manager (AI)'"_s).toInt(), 1);

        // The engine's indexes, all ours by name.
        const int indexes = s.scalar(u"SELECT count(*) FROM pg_indexes WHERE schemaname = 'public' "
                                     "AND indexname LIKE 'mentats\\_%'"_s)
                                .toInt();
        QCOMPARE(indexes, 60); // the engine's indexes, the POS rows' unique key and our tables' primary keys
        QVERIFY(s.scalar(u"SELECT to_regclass('mentats_ai_actions_created_at_idx') IS NOT NULL"_s).toBool());
        QCOMPARE(s.scalar(u"SELECT count(*) FROM mentats_schema_migrations"_s).toInt(), kBuiltInCount);
    }

private Q_SLOTS:
    void refusesAnEmptyDatabaseAndLeavesItEmpty()
    {
        TestDatabase db(TestDatabase::Schema::Empty);
        Catalog catalog(db.session());
        const QString before = catalog.snapshot();
        try {
            Migrator().migrate(db.session());
            QFAIL("migrated a database without TeamTime");
        } catch (const DbError &error) {
            QCOMPARE(error.kind(), DbError::Kind::Schema);
            QVERIFY2(error.message().startsWith(u"This is not a TeamTime database (it has no users, locations, "_s),
                     qPrintable(error.message()));
        }
        QCOMPARE(catalog.snapshot(), before);
        QVERIFY(catalog.tables().isEmpty());
        const SchemaStatus status = Migrator().inspect(db.session());
        QCOMPARE(status.teamTime, SchemaStatus::TeamTimeVersion::None);
        QCOMPARE(status.pendingCount(), kBuiltInCount);
    }

    void createsThePlanSchemaOnTheBaseline()
    {
        TestDatabase db(TestDatabase::Schema::Baseline);
        SqlSession &s = db.session();
        s.exec(u"INSERT INTO users (email, username, pin_hash, name) VALUES ('bo@example.com', 'bo', 'x', 'Bo')"_s);
        const QString usersBefore = rowsOf(s, u"users"_s);
        QCOMPARE(Migrator().inspect(s).teamTime, SchemaStatus::TeamTimeVersion::Baseline);

        const QList<Migration> applied = Migrator().migrate(s);
        QCOMPARE(applied.size(), kBuiltInCount);
        Catalog catalog(s);
        verifyPlanSchema(catalog, true);
        if (QTest::currentTestFailed())
            return;
        verifyOwnTables(s);
        const SqlRows configs = s.select(u"SELECT agent::text, dry_run_mode, enabled, cron_schedule FROM ai_config "
                                         "ORDER BY agent"_s);
        QCOMPARE(configs.size(), 2);
        for (const QVariantList &row : configs.rows) {
            QCOMPARE(row.at(1).toBool(), true);  // dry-run on
            QCOMPARE(row.at(2).toBool(), false); // not enabled until a manager says so
        }
        QCOMPARE(configs.value(1, u"cron_schedule"_s).toString(), u"0 2 * * *"_s); // the optimizer runs nightly
        // The managers' tool and context settings live in current TeamTime's tables, made here in its shape — which
        // does not make this database pass for current TeamTime.
        QVERIFY(catalog.columns(u"ai_tool_config"_s).contains(u"rate_limit_max_per_hour"_s));
        QVERIFY(catalog.columns(u"ai_context_config"_s).contains(u"custom_context"_s));
        QCOMPARE(Migrator().inspect(s).teamTime, SchemaStatus::TeamTimeVersion::Baseline);
        // The user that was there is untouched (the system user is the only new one).
        QCOMPARE(rowsOf(s, u"(SELECT * FROM users WHERE username <> 'office-manager-ai')"_s), usersBefore);
        QCOMPARE(Migrator().inspect(s).pendingCount(), 0);
    }

    void adoptsTeamTimesFirstAiRelease()
    {
        TestDatabase db(TestDatabase::Schema::FirstAiRelease);
        SqlSession &s = db.session();
        seedFirstAiReleaseRows(s);
        QMap<QString, QString> before;
        for (const QString &table : kAdoptedAiTables)
            before.insert(table, rowsOf(s, table));
        QCOMPARE(Migrator().inspect(s).teamTime, SchemaStatus::TeamTimeVersion::FirstAiRelease);

        Migrator().migrate(s);

        Catalog catalog(s);
        // TeamTime chose dry_run_mode default false; its default stays (only our inserted rows say true).
        verifyPlanSchema(catalog, false, {{u"ai_config.dry_run_mode"_s, u"false"_s}});
        if (QTest::currentTestFailed())
            return;
        verifyOwnTables(s);
        QCOMPARE(catalog.enumLabels(u"ai_memory_scope"_s),
                 (QStringList{u"user"_s, u"location"_s, u"auction"_s, u"global"_s}));
        // TeamTime's own columns and enum survive.
        for (const QString &column : {u"tone"_s, u"send_to_all_admins"_s, u"specific_recipient_ids"_s})
            QVERIFY2(catalog.columns(u"ai_config"_s).contains(column), qPrintable(column));
        QVERIFY(catalog.columns(u"ai_policy_notes"_s).contains(u"created_by_user_id"_s));
        QCOMPARE(catalog.enumLabels(u"ai_tone"_s).size(), 4);
        // Every row that was there is exactly as it was; the optimizer's row was added in dry-run.
        for (const QString &table : kAdoptedAiTables) {
            const QString after = rowsOf(s,
                                         table == u"ai_config"_s ? u"(SELECT * FROM ai_config WHERE agent = "
                                                                   "'office_manager')"_s
                                                                 : table,
                                         kAddedColumns);
            QCOMPARE(after, before.value(table));
        }
        QCOMPARE(s.scalar(u"SELECT dry_run_mode FROM ai_config WHERE agent = 'office_manager'"_s).toBool(), false);
        QCOMPARE(s.scalar(u"SELECT dry_run_mode FROM ai_config WHERE agent = 'revenue_optimizer'"_s).toBool(), true);
        QCOMPARE(s.scalar(u"SELECT tone::text FROM ai_config WHERE agent = 'revenue_optimizer'"_s).toString(),
                 u"helpful_parent"_s);
    }

    void adoptsCurrentTeamTime()
    {
        TestDatabase db(TestDatabase::Schema::Current);
        SqlSession &s = db.session();
        s.exec(u"INSERT INTO ai_config (agent, provider, model) VALUES ('architect', 'deepseek', 'deepseek-chat');"
               "INSERT INTO ai_tool_config (agent, tool_name, is_enabled, cooldown_per_user_minutes) "
               "VALUES ('office_manager', 'send_direct_message', false, 45);"
               "INSERT INTO ai_context_config (agent, provider_id, is_enabled, custom_context) "
               "VALUES ('architect', 'user_permissions', false, 'TeamTime''s own')"_s);
        const QString architectBefore = rowsOf(s, u"ai_config"_s, kAddedColumns);
        const QString toolsBefore = rowsOf(s, u"ai_tool_config"_s);
        const QString contextBefore = rowsOf(s, u"ai_context_config"_s);
        QCOMPARE(Migrator().inspect(s).teamTime, SchemaStatus::TeamTimeVersion::Current);

        Migrator().migrate(s);

        Catalog catalog(s);
        verifyPlanSchema(catalog, false, {{u"ai_config.dry_run_mode"_s, u"false"_s}});
        if (QTest::currentTestFailed())
            return;
        verifyOwnTables(s);
        QVERIFY(catalog.enumLabels(u"ai_agent"_s).contains(u"architect"_s));
        QVERIFY(catalog.enumLabels(u"ai_provider"_s).contains(u"deepseek"_s));
        for (const QString &column : {u"operational_start_hour"_s, u"operational_days"_s, u"run_interval_minutes"_s})
            QVERIFY2(catalog.columns(u"ai_config"_s).contains(column), qPrintable(column));
        QCOMPARE(rowsOf(s, u"(SELECT * FROM ai_config WHERE agent = 'architect')"_s, kAddedColumns), architectBefore);
        QCOMPARE(rowsOf(s, u"ai_tool_config"_s), toolsBefore);
        QCOMPARE(rowsOf(s, u"ai_context_config"_s), contextBefore);
        QVERIFY(s.scalar(u"SELECT obj_description('ai_tool_config'::regclass, 'pg_class')"_s).isNull()); // TeamTime's
        QCOMPARE(Migrator().inspect(s).teamTime, SchemaStatus::TeamTimeVersion::Current);
        QCOMPARE(s.scalar(u"SELECT count(*) FROM ai_config"_s).toInt(), 3);
    }

    // Rows that already break the plan's cooldown uniqueness are kept; the constraint waits and the doctor says so.
    void keepsRepeatedCooldownsAndReportsTheMissingConstraint()
    {
        TestDatabase db(TestDatabase::Schema::FirstAiRelease);
        SqlSession &s = db.session();
        seedFirstAiReleaseRows(s);
        s.exec(u"INSERT INTO ai_cooldowns (agent, user_id, action_type, related_entity_id, expires_at) "
               "SELECT 'office_manager', '11111111-1111-4111-8111-111111111111', 'create_task', "
               "'33333333-3333-4333-8333-333333333333', now() FROM generate_series(1, 2)"_s);
        Migrator().migrate(s);
        QCOMPARE(s.scalar(u"SELECT count(*) FROM ai_cooldowns"_s).toInt(), 3);
        Catalog catalog(s);
        QVERIFY(!catalog.constraints(u"ai_cooldowns"_s).join(u'\n').contains(u"UNIQUE"_s));
        const QStringList notices = s.takeNotices();
        QVERIFY2(notices.join(u'\n').contains(
                     u"unique constraint ai_cooldowns_agent_user_id_action_type_related_entity_id_unique not added"_s),
                 qPrintable(notices.join(u'\n')));

        const QList<DoctorCheck> checks = Wait::forTask(Doctor(db.settings()).run());
        const auto warning = std::ranges::find_if(checks, [](const DoctorCheck &c) {
            return c.verdict == DoctorCheck::Verdict::Warning && c.detail.contains(u"ai_cooldowns"_s);
        });
        QVERIFY(warning != checks.end());
        QVERIFY(Doctor::allPassed(checks)); // a warning, not a failure: the engine copes without it
    }

    void isIdempotent_data()
    {
        QTest::addColumn<TestDatabase::Schema>("schema");
        QTest::newRow("baseline") << TestDatabase::Schema::Baseline;
        QTest::newRow("first AI release") << TestDatabase::Schema::FirstAiRelease;
        QTest::newRow("current") << TestDatabase::Schema::Current;
    }

    void isIdempotent()
    {
        QFETCH(TestDatabase::Schema, schema);
        TestDatabase db(schema);
        SqlSession &s = db.session();
        QCOMPARE(Migrator().migrate(s).size(), kBuiltInCount);
        Catalog catalog(s);
        const QString once = catalog.snapshot();
        const QString systemUser = rowsOf(s, u"(SELECT * FROM users WHERE username = 'office-manager-ai')"_s);

        QCOMPARE(Migrator().migrate(s).size(), 0);
        QCOMPARE(catalog.snapshot(), once);

        // Forget that they ran: every migration's SQL runs again and changes nothing.
        s.exec(u"DELETE FROM mentats_schema_migrations"_s);
        QCOMPARE(Migrator().migrate(s).size(), kBuiltInCount);
        QCOMPARE(catalog.snapshot(), once);
        QCOMPARE(rowsOf(s, u"(SELECT * FROM users WHERE username = 'office-manager-ai')"_s), systemUser);
    }

    void rollsBackAFailingMigration()
    {
        TestDatabase db(TestDatabase::Schema::Baseline);
        SqlSession &s = db.session();
        Catalog catalog(s);
        Migrator().migrate(s);
        const QString before = catalog.snapshot();

        QList<Migration> migrations = Migration::builtIn();
        migrations << Migration::fromSql(
            99, u"broken"_s,
            u"CREATE TABLE mentats_probe (id int);\n"
            "ALTER TABLE users ADD COLUMN mentats_probe int;\n"
            "SELECT pg_temp.mentats_ensure_enum('ai_agent', ARRAY['office_manager', 'probe']);\n"
            "\n"
            "SELECT 1 / 0;\n"_s);
        try {
            Migrator(migrations).migrate(s);
            QFAIL("the broken migration succeeded");
        } catch (const DbError &error) {
            QCOMPARE(error.kind(), DbError::Kind::Migration);
            QCOMPARE(error.message(), u"Migration 0099 (broken) failed at statement 4 of 4 (line 5): division by zero. "
                                      "Nothing was changed."_s);
            QCOMPARE(error.detail(), u"SELECT 1 / 0"_s);
            QCOMPARE(error.sqlState(), u"22012"_s);
        }
        QCOMPARE(catalog.snapshot(), before);
        QVERIFY(!catalog.enumLabels(u"ai_agent"_s).contains(u"probe"_s));
        QCOMPARE(Migrator(migrations).inspect(s).pendingCount(), 1);
    }

    void rollsBackAFailingFirstMigrationCompletely()
    {
        TestDatabase db(TestDatabase::Schema::Baseline);
        SqlSession &s = db.session();
        Catalog catalog(s);
        const QString pristine = catalog.snapshot();
        const QList<Migration> migrations = {
            Migration::fromSql(1, u"broken_first"_s,
                               u"SELECT pg_temp.mentats_ensure_enum('ai_agent', ARRAY['office_manager']);\n"
                               "ALTER TABLE no_such_table ADD COLUMN x int;"_s)};
        try {
            Migrator(migrations).migrate(s);
            QFAIL("the broken migration succeeded");
        } catch (const DbError &error) {
            QVERIFY2(error.message().contains(u"failed at statement 2 of 2 (line 2): relation \"no_such_table\" does "
                                              "not exist"_s),
                     qPrintable(error.message()));
        }
        // Not even our bookkeeping table or an enum is left behind.
        QCOMPARE(catalog.snapshot(), pristine);
    }

    // A migration never waits long behind TeamTime's own locks (a waiting ALTER would stall TeamTime's queries).
    void givesUpWhenTeamTimeHoldsATable()
    {
        TestDatabase db(TestDatabase::Schema::Baseline);
        SqlSession &teamtime = db.session();
        teamtime.exec(u"BEGIN; LOCK TABLE users IN ACCESS EXCLUSIVE MODE"_s);
        Database console(db.settings(), 1);
        Migrator migrator;
        migrator.setLockTimeoutMs(500);
        try {
            Wait::forFuture(console.run([&migrator](SqlSession &s) { migrator.migrate(s); }));
            QFAIL("migrated past a locked table");
        } catch (const DbError &error) {
            QCOMPARE(error.kind(), DbError::Kind::Migration);
            QVERIFY2(error.message().startsWith(u"Migration 0003 (ai_actions_cooldowns) waited more than 0.5 s for a "
                                                "table TeamTime is using"_s),
                     qPrintable(error.message()));
        }
        teamtime.exec(u"ROLLBACK"_s);
        // The two migrations before it stand; the rest apply once TeamTime lets go.
        QCOMPARE(migrator.inspect(teamtime).pendingCount(), kBuiltInCount - 2);
        QCOMPARE(int(migrator.migrate(teamtime).size()), kBuiltInCount - 2);
    }

    void refusesARoleThatDoesNotOwnTeamTimesTables()
    {
        TestDatabase db(TestDatabase::Schema::Baseline);
        db.session().exec(u"DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'mentats_reader') THEN "
                          "CREATE ROLE mentats_reader LOGIN; END IF; END $$; "
                          "GRANT CREATE ON SCHEMA public TO mentats_reader"_s);
        Catalog catalog(db.session());
        const QString before = catalog.snapshot();
        ConnectionSettings reader = db.settings();
        reader.user = u"mentats_reader"_s;
        SqlSession session(u"reader"_s, reader);
        try {
            Migrator().migrate(session);
            QFAIL("a role without ownership migrated");
        } catch (const DbError &error) {
            QCOMPARE(error.kind(), DbError::Kind::Schema);
            QVERIFY2(error.message().startsWith(u"The role \"mentats_reader\" does not own TeamTime's tables ("_s),
                     qPrintable(error.message()));
            QVERIFY(error.message().contains(u"run `mentats migrate` as TeamTime's database owner."_s));
        }
        QCOMPARE(catalog.snapshot(), before);

        // The doctor says the same before anyone tries.
        const QList<DoctorCheck> checks = Wait::forTask(Doctor(reader).run());
        const auto permissions = std::ranges::find(checks, u"Permissions"_s, &DoctorCheck::title);
        QVERIFY(permissions != checks.end());
        QCOMPARE(permissions->verdict, DoctorCheck::Verdict::Failed);
        QVERIFY(permissions->detail.startsWith(u"mentats_reader does not own TeamTime's tables"_s));
    }

    void migratesOnceWhenTwoConsolesMigrateAtOnce()
    {
        TestDatabase db(TestDatabase::Schema::FirstAiRelease);
        Database first(db.settings(), 1);
        Database second(db.settings(), 1);
        const Migrator migrator;
        QFuture<int> a = first.run([&migrator](SqlSession &s) { return int(migrator.migrate(s).size()); });
        QFuture<int> b = second.run([&migrator](SqlSession &s) { return int(migrator.migrate(s).size()); });
        const int appliedByA = Wait::forFuture(a);
        const int appliedByB = Wait::forFuture(b);
        QCOMPARE(appliedByA + appliedByB, kBuiltInCount);
        SqlSession &s = db.session();
        QCOMPARE(s.scalar(u"SELECT count(*) FROM mentats_schema_migrations"_s).toInt(), kBuiltInCount);
        QCOMPARE(s.scalar(u"SELECT count(*) FROM ai_config"_s).toInt(), 2);
        QCOMPARE(s.scalar(u"SELECT count(*) FROM users WHERE name = 'Office Manager (AI)'"_s).toInt(), 1);
    }

    // Every index a migration builds concurrently is there, valid and named mentats_*, and no CONCURRENTLY statement
    // is left inside a migration's transaction. A database that applied a migration's earlier text, before its
    // indexes were built concurrently, has the same migration.
    void buildsTheEnginesIndexesConcurrently()
    {
        TestDatabase db(TestDatabase::Schema::Current);
        SqlSession &s = db.session();
        Migrator().migrate(s);
        QStringList declared;
        for (const Migration &m : Migration::builtIn()) {
            for (const SqlStatement &statement : m.statements)
                QVERIFY2(!statement.sql.contains(u"CONCURRENTLY"_s, Qt::CaseInsensitive), qPrintable(statement.sql));
            for (const ConcurrentIndex &index : m.indexes)
                declared << index.name;
        }
        QCOMPARE(declared.size(), 31);
        for (const QString &name : std::as_const(declared)) {
            QVERIFY(name.startsWith(u"mentats_"_s));
            const std::optional<IndexInventory::Index> index = IndexInventory::find(s, name);
            QVERIFY2(index && index->valid, qPrintable(name));
        }
        const SchemaStatus status = Migrator().inspect(s);
        QVERIFY(status.isUpToDate());
        QCOMPARE(status.indexes.size(), declared.size());

        s.exec(u"UPDATE mentats_schema_migrations SET checksum = "
               "'4e933ee374fb9f226297eaf899c9eb67e13fa316a3222420d285cc21b6c577a6' WHERE version = 7"_s);
        QVERIFY(!Migrator().inspect(s).migrations.at(6).modifiedSinceApplied);
        s.exec(u"UPDATE mentats_schema_migrations SET checksum = 'edited' WHERE version = 7"_s);
        QVERIFY(Migrator().inspect(s).migrations.at(6).modifiedSinceApplied);
    }

    // An interrupted concurrent build leaves an INVALID index behind: the doctor shows it, and the next migrate drops
    // it and builds it again. Here the build gives up waiting for a TeamTime transaction that writes to the table.
    void rebuildsAnIndexAnInterruptedBuildLeftInvalid()
    {
        TestDatabase db(TestDatabase::Schema::Baseline);
        SqlSession &s = db.session();
        Migrator().migrate(s);
        const QString name = u"mentats_time_entries_shift_idx"_s;
        s.exec(u"DROP INDEX %1"_s.arg(name));
        const QString user = s.scalar(u"INSERT INTO users (email, username, pin_hash, name) VALUES "
                                      "('a@x', 'ana', 'x', 'Ana Ruiz') RETURNING id::text"_s)
                                 .toString();
        SqlSession teamtime(u"teamtime"_s, db.settings());
        teamtime.exec(u"BEGIN"_s);
        teamtime.exec(u"INSERT INTO time_entries (user_id, clock_in) VALUES (?::uuid, now())"_s, {user});
        Migrator migrator;
        migrator.setIndexLockTimeoutMs(500);
        Database console(db.settings(), 1);
        try {
            Wait::forFuture(console.run([&migrator](SqlSession &c) { migrator.migrate(c); }));
            QFAIL("built an index past a writing transaction");
        } catch (const DbError &error) {
            QCOMPARE(error.kind(), DbError::Kind::Migration);
            QVERIFY2(error.message().contains(name + u" on time_entries waited more than 0.5 s"_s),
                     qPrintable(error.message()));
        }
        teamtime.exec(u"ROLLBACK"_s);
        QVERIFY(!IndexInventory::find(s, name)->valid);
        const QList<IndexState> toBuild = migrator.inspect(s).indexesToBuild();
        QCOMPARE(toBuild.size(), 1);
        QCOMPARE(toBuild.front().name, name);
        QCOMPARE(toBuild.front().state, IndexState::State::Invalid);

        const auto indexCheck = [&db] {
            const QList<DoctorCheck> checks = Wait::forTask(Doctor(db.settings()).run());
            const auto found = std::ranges::find(checks, u"Indexes"_s, &DoctorCheck::title);
            return found == checks.end() ? DoctorCheck{} : *found;
        };
        DoctorCheck check = indexCheck();
        QCOMPARE(check.verdict, DoctorCheck::Verdict::Warning);
        QVERIFY2(check.detail.contains(name + u" on time_entries was left invalid by an interrupted build: run "
                                              "`mentats migrate`"_s),
                 qPrintable(check.detail));
        const auto item = std::ranges::find(check.items, name, &DoctorCheck::Item::name);
        QVERIFY(item != check.items.end());
        QVERIFY2(item->detail.startsWith(u"on time_entries, INVALID"_s), qPrintable(item->detail));

        QCOMPARE(migrator.migrate(s).size(), 0); // no migration, but the index
        QVERIFY(IndexInventory::find(s, name)->valid);
        QVERIFY(migrator.inspect(s).isUpToDate());
        check = indexCheck();
        QCOMPARE(check.verdict, DoctorCheck::Verdict::Ok);
        QVERIFY2(check.detail.contains(u"all valid"_s), qPrintable(check.detail));
        QCOMPARE(check.items.size(), IndexInventory::list(s).size());
        for (const DoctorCheck::Item &listed : std::as_const(check.items)) {
            QVERIFY(listed.name.startsWith(u"mentats_"_s));
            QVERIFY2(listed.detail.contains(u", valid, "_s), qPrintable(listed.detail));
        }
    }

    // Without the extension an index needs, the index is left out, the migrations still apply and the doctor says
    // why; once the extension is there, the next migrate builds it.
    void leavesOutAnIndexWhoseExtensionIsMissing()
    {
        TestDatabase db(TestDatabase::Schema::Baseline);
        SqlSession &s = db.session();
        Migrator().migrate(s);
        const QString name = u"mentats_ai_actions_search_idx"_s;
        QVERIFY(IndexInventory::find(s, name));
        s.exec(u"DROP EXTENSION pg_trgm CASCADE"_s); // and the index with it
        const SchemaStatus status = Migrator().inspect(s);
        const auto search = std::ranges::find(status.indexes, name, &IndexState::name);
        QVERIFY(search != status.indexes.end());
        QCOMPARE(search->state, IndexState::State::NeedsExtension);
        QVERIFY(status.isUpToDate());
        QCOMPARE(Migrator().migrate(s).size(), 0);
        QVERIFY(!IndexInventory::find(s, name));

        const QList<DoctorCheck> checks = Wait::forTask(Doctor(db.settings()).run());
        QVERIFY(std::ranges::any_of(checks, [&name](const DoctorCheck &c) {
            return c.verdict == DoctorCheck::Verdict::Warning &&
                   c.detail.startsWith(name +
                                       u" on ai_actions is not built: it needs the PostgreSQL extension pg_trgm"_s);
        }));
        QVERIFY(Doctor::allPassed(checks));

        s.exec(u"CREATE EXTENSION pg_trgm"_s);
        QVERIFY(!Migrator().inspect(s).isUpToDate());
        Migrator().migrate(s);
        QVERIFY(IndexInventory::find(s, name)->valid);
    }

    void adoptsASystemUserMadeByHand()
    {
        TestDatabase db(TestDatabase::Schema::Baseline);
        SqlSession &s = db.session();
        const QString id = s.scalar(u"INSERT INTO users (email, username, pin_hash, name, is_active) VALUES "
                                    "('om@store.example', 'om', 'x', 'Office Manager (AI)', false) RETURNING id"_s)
                               .toString();
        Migrator().migrate(s);
        QCOMPARE(s.scalar(u"SELECT value #>> '{}' FROM mentats_settings WHERE key = 'ai_system_user_id'"_s).toString(),
                 id);
        QCOMPARE(s.scalar(u"SELECT count(*) FROM users"_s).toInt(), 1);
    }
};

QTEST_GUILESS_MAIN(TestMigrator)
#include "tst_migrator.moc"
