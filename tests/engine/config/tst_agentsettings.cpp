// Agent settings as the console edits them: validated field by field, saved with an audit row or not at all, on
// TeamTime databases with and without their own tone column; instructions versioned with history, diff and rollback.
#include "config/agentsettingsstore.h"
#include "config/businesssettings.h"
#include "config/instructionversions.h"
#include "config/textdiff.h"
#include "db/dberror.h"
#include "jsoncompare.h"
#include "migrations/migrator.h"
#include "prompts/agentpromptsettings.h"
#include "testdatabase.h"

#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestAgentSettings : public QObject
{
    Q_OBJECT

private:
    static QString manager(SqlSession &s)
    {
        return s
            .scalar(u"INSERT INTO users (email, username, pin_hash, name, role) VALUES ('m@x', 'maria', 'x', "
                    "'Maria Admin', 'admin') RETURNING id::text"_s)
            .toString();
    }

private Q_SLOTS:
    void validatesEveryField()
    {
        AgentSettings s;
        s.model = u"claude-haiku-4-5"_s;
        s.cronSchedule = u"*/15 7-19 * * *"_s;
        QVERIFY(AgentSettingsStore::validate(s).isEmpty());
        s.provider = u"openai-compatible"_s;
        s.baseUrl = u"localhost:11434"_s;
        s.tone = u"sarcastic"_s;
        s.temperature = 1.5;
        s.cronSchedule = u"*/15 7-25 * * *"_s;
        s.maxContextTokens = 50;
        s.dailyBudgetUsd = -1;
        QStringList fields;
        for (const FieldProblem &p : AgentSettingsStore::validate(s))
            fields << p.field;
        QCOMPARE(fields, (QStringList{u"baseUrl"_s, u"tone"_s, u"temperature"_s, u"cronSchedule"_s,
                                      u"maxContextTokens"_s, u"dailyBudgetUsd"_s}));
        s = AgentSettings{};
        s.cronSchedule = u"0 2 * * *"_s;
        QCOMPARE(AgentSettingsStore::validate(s),
                 (QList<FieldProblem>{{u"model"_s, u"Name the model, e.g. claude-haiku-4-5 or gpt-4.1-mini."_s}}));
        s.provider = u"rules"_s; // the offline provider needs no model
        QVERIFY(AgentSettingsStore::validate(s).isEmpty());
    }

    void savesWithAnAuditRowOrNotAtAll()
    {
        TestDatabase db; // TeamTime's baseline: ai_config has no tone column
        SqlSession &s = db.session();
        Migrator().migrate(s);
        const QString maria = manager(s);
        AgentSettings settings = AgentSettingsStore::load(s, Agent::OfficeManager);
        QCOMPARE(settings.provider, u"anthropic"_s);
        QCOMPARE(settings.tone, u"helpful_parent"_s);
        QCOMPARE(settings.enabled, false);
        QCOMPARE(settings.dryRun, true);

        settings.enabled = true;
        settings.provider = u"rules"_s; // not in TeamTime's ai_provider enum: kept in ours
        settings.tone = u"professional"_s;
        settings.temperature = 0.2;
        settings.dailyBudgetUsd = 2.5;
        settings.cronSchedule = u"*/10 8-18 * * 1-5"_s;
        AgentSettingsStore::save(s, settings, maria);
        const AgentSettings saved = AgentSettingsStore::load(s, Agent::OfficeManager);
        QCOMPARE(saved, settings);
        QCOMPARE(s.scalar(u"SELECT provider::text FROM ai_config WHERE agent = 'office_manager'"_s).toString(),
                 u"anthropic"_s);
        QCOMPARE(AgentPromptSettings::load(s, Agent::OfficeManager).tone, Tone::Professional);
        const SqlRows audit =
            s.select(u"SELECT user_id::text, action, entity_id, before_data, after_data FROM audit_logs"_s);
        QCOMPARE(audit.rows.size(), 1);
        QCOMPARE(audit.rows.front().at(0).toString(), maria);
        QCOMPARE(audit.rows.front().at(2).toString(), u"office_manager"_s);
        const nlohmann::json before = nlohmann::json::parse(audit.rows.front().at(3).toString().toStdString());
        const nlohmann::json after = nlohmann::json::parse(audit.rows.front().at(4).toString().toStdString());
        QCOMPARE(before["enabled"], nlohmann::json(false));
        QCOMPARE(after["enabled"], nlohmann::json(true));
        QCOMPARE(after["provider"], nlohmann::json("rules"));
        QCOMPARE(after["dailyBudgetUsd"], nlohmann::json(2.5));

        AgentSettings broken = saved;
        broken.enabled = false;
        broken.cronSchedule = u"every day"_s;
        QVERIFY_THROWS_EXCEPTION(DbError, AgentSettingsStore::save(s, broken, maria));
        QCOMPARE(AgentSettingsStore::load(s, Agent::OfficeManager), saved); // nothing half-saved
        QCOMPARE(s.scalar(u"SELECT count(*) FROM audit_logs"_s).toInt(), 1);
    }

    void writesTeamTimesOwnToneColumnWhereItHasOne()
    {
        TestDatabase db(TestDatabase::Schema::FirstAiRelease);
        SqlSession &s = db.session();
        Migrator().migrate(s);
        AgentSettings settings = AgentSettingsStore::load(s, Agent::OfficeManager);
        settings.tone = u"casual"_s;
        settings.provider = u"openai"_s;
        settings.model = u"gpt-4.1-mini"_s;
        AgentSettingsStore::save(s, settings, manager(s));
        QCOMPARE(s.scalar(u"SELECT tone::text || ' ' || provider::text FROM ai_config WHERE agent = 'office_manager'"_s)
                     .toString(),
                 u"casual openai"_s);
        QCOMPARE(AgentSettingsStore::load(s, Agent::OfficeManager).tone, u"casual"_s);
    }

    void savesTheBusinessSettings()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        const QString maria = manager(s);
        BusinessSettings settings = BusinessSettings::load(s);
        QCOMPARE(settings.timeZone, u"America/Los_Angeles"_s);
        settings.businessName = u"Harbor Antiques"_s;
        settings.timeZone = u"Pacific/Auckland"_s;
        settings.notifyBudget = false;
        BusinessSettings::save(s, settings, maria);
        QCOMPARE(BusinessSettings::load(s), settings);
        QCOMPARE(AgentPromptSettings::load(s, Agent::OfficeManager).businessName, u"Harbor Antiques"_s);
        settings.timeZone = u"Mars/Olympus_Mons"_s;
        QCOMPARE(BusinessSettings::validate(settings).front().field, u"timeZone"_s);
        QVERIFY_THROWS_EXCEPTION(DbError, BusinessSettings::save(s, settings, maria));
        QCOMPARE(BusinessSettings::load(s).timeZone, u"Pacific/Auckland"_s);
        QCOMPARE(s.scalar(u"SELECT count(*) FROM audit_logs WHERE action = 'mentats_settings.update'"_s).toInt(), 1);
    }

    void versionsInstructions()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        const QString maria = manager(s);
        s.exec(u"UPDATE ai_config SET instructions = 'Be brief.' WHERE agent = 'office_manager'"_s);

        QCOMPARE(InstructionVersions::save(s, Agent::OfficeManager, u"Be brief.\nNever message before 7."_s,
                                           u"quiet mornings"_s, maria, u"Maria Admin"_s),
                 2); // what TeamTime had is version 1
        QCOMPARE(InstructionVersions::save(s, Agent::OfficeManager, u"Be brief.\nNever message before 7."_s, {}, maria,
                                           u"Maria Admin"_s),
                 2); // unchanged: no new version
        QCOMPARE(InstructionVersions::save(s, Agent::OfficeManager, u"Be warm.\nNever message before 7."_s, {}, maria,
                                           u"Maria Admin"_s),
                 3);
        const QList<InstructionVersions::Version> history = InstructionVersions::history(s, Agent::OfficeManager);
        QCOMPARE(history.size(), 3);
        QCOMPARE(history.at(0).number, 3);
        QCOMPARE(history.at(1).note, u"quiet mornings"_s);
        QCOMPARE(history.at(1).authorName, u"Maria Admin"_s);
        QCOMPARE(history.at(2).note, u"as found"_s);
        QCOMPARE(TextDiff::lines(history.at(1).text, history.at(0).text),
                 (QList<TextDiff::Line>{{TextDiff::Line::Kind::Removed, u"Be brief."_s},
                                        {TextDiff::Line::Kind::Added, u"Be warm."_s},
                                        {TextDiff::Line::Kind::Same, u"Never message before 7."_s}}));

        QCOMPARE(InstructionVersions::rollBack(s, Agent::OfficeManager, 1, maria, u"Maria Admin"_s), 4);
        QCOMPARE(s.scalar(u"SELECT instructions FROM ai_config WHERE agent = 'office_manager'"_s).toString(),
                 u"Be brief."_s);
        QCOMPARE(InstructionVersions::history(s, Agent::OfficeManager).front().note, u"Rolled back to version 1"_s);
        QCOMPARE(AgentPromptSettings::load(s, Agent::OfficeManager).instructions, u"Be brief."_s);
        QCOMPARE(s.scalar(u"SELECT count(*) FROM audit_logs WHERE action = 'ai_config.instructions'"_s).toInt(), 3);
        QVERIFY_THROWS_EXCEPTION(DbError,
                                 InstructionVersions::rollBack(s, Agent::OfficeManager, 9, maria, u"Maria Admin"_s));
    }
};

QTEST_GUILESS_MAIN(TestAgentSettings)
#include "tst_agentsettings.moc"
