#pragma once

#include "actions/actionlog.h"
#include "context/assembledcontext.h"
#include "prompts/agentprompt.h"

#include <QCoroTask>
#include <QWidget>

class ConsoleSession;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

// Try an agent without touching staff: "Assemble now" shows every context module with its token estimate and
// attention counts, what the budget left out, the full system prompt and user message, and the tool definitions;
// "Ask the model" runs the agent as a dry run on the configured provider (or the offline rules) and lists each
// proposed tool call with its verdict — would run, would wait for approval, blocked (by which control), invalid
// (which rule). The run is recorded as a dry run; nothing staff-facing is written.
class DryRunPage : public QWidget
{
    Q_OBJECT

public:
    explicit DryRunPage(ConsoleSession &session, QWidget *parent = nullptr);

    QCoro::Task<void> assemble();
    QCoro::Task<void> askModel();
    bool isBusy() const { return m_busy; }
    const AssembledContext &context() const { return m_context; }
    const QList<ActionLog::Entry> &proposed() const { return m_proposed; }
    QString promptText() const;
    static QString verdict(const ActionLog::Entry &entry);

Q_SIGNALS:
    void message(const QString &text);

private:
    Agent agent() const;
    void setBusy(bool busy, const QString &what = {});

    ConsoleSession &m_session;
    QComboBox *m_agent = nullptr;
    QPushButton *m_assemble = nullptr;
    QPushButton *m_ask = nullptr;
    QLabel *m_state = nullptr;
    QTreeWidget *m_modules = nullptr;
    QPlainTextEdit *m_prompt = nullptr;
    QTreeWidget *m_calls = nullptr;
    AssembledContext m_context;
    QList<ActionLog::Entry> m_proposed;
    bool m_busy = false;
};
