#pragma once

#include "simulation/simulationoptions.h"

#include <QCoroTask>
#include <QWidget>
#include <memory>

class QComboBox;
class QLabel;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QSpinBox;
class Simulator;

// "Simulate": the same thing as `mentats simulate`, from the Dry Run page. A throwaway store (never the database the
// console is connected to) lives through some days with a chosen model, the agents work it on simulated time, and
// the scorecard of their judgement is shown, with progress and Cancel. The window keeps painting: the simulator's
// database work runs on its own worker, and the simulated models answer in microseconds.
class SimulatePanel : public QWidget
{
    Q_OBJECT

public:
    explicit SimulatePanel(QWidget *parent = nullptr);
    ~SimulatePanel() override;

    // Where the private cluster lives (default: the demo's); tests point it at theirs.
    void setClusterDirectory(const QString &directory) { m_clusterDirectory = directory; }
    SimulationOptions options() const;
    bool isRunning() const { return m_simulator != nullptr; }
    QCoro::Task<void> simulate();
    // The last scorecard as JSON, empty before the first.
    const QString &scorecardJson() const { return m_json; }

Q_SIGNALS:
    void finished();

private:
    void setRunning(bool running);

    QComboBox *m_size = nullptr;
    QSpinBox *m_days = nullptr;
    QSpinBox *m_seed = nullptr;
    QComboBox *m_model = nullptr;
    QPushButton *m_run = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_state = nullptr;
    QPlainTextEdit *m_scorecard = nullptr;
    QString m_clusterDirectory;
    QString m_json;
    // Shared with the simulation's coroutine, which outlives a panel closed mid-run (cancelled, it ends soon).
    std::shared_ptr<Simulator> m_simulator;
};
