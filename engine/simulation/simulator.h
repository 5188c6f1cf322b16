#pragma once

#include "simulation/scorecard.h"
#include "simulation/simulationoptions.h"

#include <QCoroTask>
#include <QObject>
#include <atomic>

// Runs the real engine over a throwaway store on simulated time and scores its judgement. The scheduler runs each
// agent on its real cron schedule (the Office Manager every 15 minutes in business hours, the nightly roll-up and
// Revenue Optimizer), live, so that effects and controls are real; between its passes the store's people live
// through the minutes (StoreLife). Nothing sleeps: a simulated day takes what the engine takes.
class Simulator : public QObject
{
    Q_OBJECT

public:
    explicit Simulator(SimulationOptions options, QObject *parent = nullptr);
    ~Simulator() override;

    // Throws DbError (the cluster, the store's database) and LlmError (a real model that cannot be reached).
    QCoro::Task<Scorecard> run();
    // Stops after the pass in progress; run() then scores the days simulated so far.
    void cancel() { m_cancelled = true; }
    // The store's database URL, once made (for --keep).
    QString databaseUrl() const { return m_databaseUrl; }

Q_SIGNALS:
    // `done` of `total` simulated minutes; `what` for a person: "Tuesday 3 March, 14:15".
    void progress(qint64 done, qint64 total, const QString &what);

private:
    SimulationOptions m_options;
    std::atomic_bool m_cancelled = false;
    QString m_databaseUrl;
};
