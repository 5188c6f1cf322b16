#pragma once

#include "config/agentsettings.h"
#include "config/instructionversions.h"
#include "runs/recordedrun.h"

#include <QCoroTask>
#include <QTimeZone>
#include <QWidget>
#include <optional>

class ConsoleSession;
class QComboBox;
class QLineEdit;
class QPushButton;
class RunActivity;
class RunComparisonView;

// "Replay a run": which recorded run (the agent's latest, or one arriving from the action log), what to try instead
// (provider and model — the agent's own by default — a base URL, and the instructions as recorded or any saved
// version), then the replay itself with the workspace's progress and Cancel, and the two runs side by side.
class ReplayPanel : public QWidget
{
    Q_OBJECT

public:
    struct Choice
    {
        QString runId;
        Agent agent = Agent::OfficeManager;
        QString provider;
        QString model;
        QString baseUrl;
        std::optional<int> instructionVersion;
        // The agent's own provider at its own address: only then may its stored API key be sent.
        bool usesAgentKey = false;
    };

    ReplayPanel(ConsoleSession &session, RunActivity &activity, QWidget *parent = nullptr);

    // The agent's runs, instruction versions and settings; `runId` is chosen (and its agent shown) when given.
    QCoro::Task<void> load(Agent agent, QString runId = {});
    QCoro::Task<void> replay();

    Agent agent() const { return m_agent; }
    std::optional<Choice> choice() const;
    RunComparisonView *view() const { return m_view; }

Q_SIGNALS:
    void message(const QString &text);
    // load() showed another agent than asked for (the run chosen belongs to it).
    void agentShown(Agent agent);

private:
    void fillModels();
    void setIdle(bool idle);

    ConsoleSession &m_session;
    RunActivity &m_activity;
    Agent m_agent = Agent::OfficeManager;
    bool m_loaded = false;
    AgentSettings m_settings;
    QTimeZone m_zone = QTimeZone("America/Los_Angeles");
    quint64 m_generation = 0; // a load for an agent no longer shown is dropped
    QComboBox *m_run = nullptr;
    QComboBox *m_provider = nullptr;
    QComboBox *m_model = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QComboBox *m_instructions = nullptr;
    QPushButton *m_replay = nullptr;
    RunComparisonView *m_view = nullptr;
};
