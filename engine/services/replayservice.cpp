#include "services/replayservice.h"

#include "config/agentsettingsstore.h"
#include "config/businesssettings.h"
#include "db/database.h"

ReplayService::ReplayService(Database &db, ConnectionSettings settings, std::shared_ptr<const Clock> clock)
    : m_db(db), m_settings(std::move(settings)), m_clock(std::move(clock))
{}

QCoro::Task<ReplayService::Choices> ReplayService::choices(Agent agent, QString runId)
{
    QFuture<Choices> reading = m_db.run([agent, runId = std::move(runId)](SqlSession &s) {
        Choices c;
        const std::optional<RecordedRun::Summary> chosen =
            runId.isEmpty() ? std::nullopt : RecordedRun::summary(s, runId);
        c.agent = chosen ? chosen->agent : agent;
        c.zone = QTimeZone(BusinessSettings::load(s).timeZone.toUtf8());
        c.settings = AgentSettingsStore::load(s, c.agent);
        c.runs = RecordedRun::recent(s, c.agent);
        if (chosen && std::ranges::find(c.runs, chosen->id, &RecordedRun::Summary::id) == c.runs.end())
            c.runs.prepend(*chosen); // older than the latest: still the one asked for
        c.versions = InstructionVersions::history(s, c.agent);
        return c;
    });
    co_return co_await reading;
}

QCoro::Task<RunResult> ReplayService::replay(ReplayOptions options)
{
    RunReplayer replayer(m_settings, m_clock);
    QCoro::Task<RunResult> replaying = replayer.replay(std::move(options));
    co_return co_await replaying;
}

QCoro::Task<RunComparison> ReplayService::compare(QString originalRunId, QString replayRunId)
{
    QFuture<RunComparison> comparing =
        m_db.run([original = std::move(originalRunId), replay = std::move(replayRunId)](SqlSession &s) {
            return RunComparison::compare(RecordedRun::load(s, original), RecordedRun::load(s, replay));
        });
    co_return co_await comparing;
}
