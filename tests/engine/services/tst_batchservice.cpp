// The batch service against a real database: the pending batches of the agents asked for, oldest first, and a
// check of them as of the session's clock (a batch past the give-up time fails its run; one that cannot be checked
// now is left for later).
#include "fixedclock.h"
#include "migrations/migrator.h"
#include "runs/pendingbatches.h"
#include "services/batchservice.h"
#include "services/enginesession.h"
#include "testdatabase.h"
#include "wait.h"

#include <QTest>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

namespace {
const QDateTime kSubmitted = QDateTime(QDate(2026, 11, 24), QTime(9, 0), QTimeZone::utc());
}

class TestBatchService : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<TestDatabase> m_db;

    SqlSession &s() { return m_db->session(); }

    QString submit(Agent agent, const QString &batchId, const QDateTime &at)
    {
        const QString runId = s().scalar(u"INSERT INTO mentats_runs (agent, trigger, status, started_at) VALUES "
                                         "(?, 'manual', 'running', ?::timestamptz) RETURNING id::text"_s,
                                         {Agents::id(agent), SqlSession::timestamp(at)})
                                  .toString();
        PendingBatches::Batch batch;
        batch.runId = runId;
        batch.agent = agent;
        batch.batchId = batchId;
        batch.customId = u"run"_s;
        batch.baseUrl = QUrl(u"http://127.0.0.1:9"_s); // never asked: the tests give no API key
        batch.runStartedAt = at;
        batch.submittedAt = at;
        PendingBatches::recordSubmitted(s(), batch, nlohmann::json::object());
        return runId;
    }

private Q_SLOTS:
    void init()
    {
        qunsetenv("ANTHROPIC_API_KEY");
        m_db = std::make_unique<TestDatabase>();
        Migrator().migrate(s());
    }

    void cleanup() { m_db.reset(); }

    void listsThePendingBatches()
    {
        submit(Agent::RevenueOptimizer, u"msgbatch_later"_s, kSubmitted.addSecs(60));
        submit(Agent::OfficeManager, u"msgbatch_first"_s, kSubmitted);
        EngineSession session(m_db->settings());
        const QList<PendingBatches::Batch> both =
            Wait::forTask(session.batches().pending({Agent::OfficeManager, Agent::RevenueOptimizer}));
        QCOMPARE(both.size(), 2);
        QCOMPARE(both.at(0).batchId, u"msgbatch_first"_s); // oldest first
        QCOMPARE(both.at(1).batchId, u"msgbatch_later"_s);
        const QList<PendingBatches::Batch> optimizer =
            Wait::forTask(session.batches().pending({Agent::RevenueOptimizer}));
        QCOMPARE(optimizer.size(), 1);
        QCOMPARE(optimizer.front().agent, Agent::RevenueOptimizer);
    }

    void checksAsOfTheSessionsClock()
    {
        const QString runId = submit(Agent::RevenueOptimizer, u"msgbatch_old"_s, kSubmitted);
        BatchCollector::Options options;
        options.agents = {Agent::RevenueOptimizer};

        // An hour later there is no key to ask with: the batch waits for a later check.
        EngineSession soon(m_db->settings(), std::make_shared<FixedClock>(kSubmitted.addSecs(3600)));
        const QList<BatchCheck> deferred = Wait::forTask(soon.batches().collect(options));
        QCOMPARE(deferred.size(), 1);
        QCOMPARE(deferred.front().outcome, BatchCheck::Outcome::Deferred);
        QCOMPARE(s().scalar(u"SELECT state FROM mentats_run_batches"_s).toString(), u"pending"_s);

        // Past the give-up time by the session's clock (not the machine's), the run fails and the batch with it.
        EngineSession late(m_db->settings(),
                           std::make_shared<FixedClock>(kSubmitted.addSecs(options.giveUpAfterSecs + 60)));
        const QList<BatchCheck> gaveUp = Wait::forTask(late.batches().collect(options));
        QCOMPARE(gaveUp.size(), 1);
        QCOMPARE(gaveUp.front().outcome, BatchCheck::Outcome::Collected);
        QCOMPARE(s().scalar(u"SELECT state FROM mentats_run_batches"_s).toString(), u"failed"_s);
        QCOMPARE(s().scalar(u"SELECT status FROM mentats_runs WHERE id = ?::uuid"_s, {runId}).toString(), u"failed"_s);
        QVERIFY(Wait::forTask(late.batches().pending({Agent::RevenueOptimizer})).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBatchService)
#include "tst_batchservice.moc"
