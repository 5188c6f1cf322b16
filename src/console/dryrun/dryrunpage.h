#pragma once

#include "actions/actionlog.h"
#include "context/assembledcontext.h"
#include "prompts/agentprompt.h"

#include <QCoroTask>
#include <QWidget>

class ConsoleSession;
class QComboBox;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTreeWidget;
class ReplayPanel;
class SimulatePanel;
class RunActivity;

// Try an agent without touching staff: "Assemble now" shows every context module with its token estimate and
// attention counts, what the budget left out, the full system prompt and user message, and the tool definitions;
// "Ask the model" runs the agent as a dry run on the configured provider (its key from the keychain, or the offline
// rules) and lists each proposed tool call with its verdict — would run, would wait for approval, blocked (by which
// control), invalid (which rule). "Replay a run" tries a recorded run again against another model or instruction
// version and shows the two side by side (ReplayPanel). Runs show their progress and can be cancelled; each is
// recorded as a dry run and nothing staff-facing is written.
class DryRunPage : public QWidget
{
    Q_OBJECT

public:
    explicit DryRunPage(ConsoleSession &session, QWidget *parent = nullptr);

    QCoro::Task<void> assemble();
    QCoro::Task<void> askModel();
    QCoro::Task<void> showReplay(QString runId = {});
    bool isBusy() const;
    const AssembledContext &context() const { return m_context; }
    const QList<ActionLog::Entry> &proposed() const { return m_proposed; }
    QString promptText() const;
    static QString verdict(const ActionLog::Entry &entry);
    // How much of a module the model is shown (the tiers; why is the cell's tooltip).
    static QString shownText(const ContextModule &module);
    ReplayPanel *replayPanel() const { return m_replay; }
    SimulatePanel *simulatePanel() const { return m_simulate; }
    RunActivity *activity() const { return m_activity; }

Q_SIGNALS:
    void message(const QString &text);

private:
    Agent agent() const;
    void setIdle(bool idle);

    ConsoleSession &m_session;
    QComboBox *m_agent = nullptr;
    QPushButton *m_assemble = nullptr;
    QPushButton *m_ask = nullptr;
    QPushButton *m_replayRun = nullptr;
    RunActivity *m_activity = nullptr;
    QTabWidget *m_tabs = nullptr;
    QTreeWidget *m_modules = nullptr;
    QPlainTextEdit *m_prompt = nullptr;
    QTreeWidget *m_calls = nullptr;
    ReplayPanel *m_replay = nullptr;
    SimulatePanel *m_simulate = nullptr;
    AssembledContext m_context;
    QList<ActionLog::Entry> m_proposed;
};
