#pragma once

#include "config/agentsettings.h"
#include "config/instructionversions.h"

#include <QCoroTask>
#include <QWidget>

class AgentSettingsForm;
class ApiKeyRow;
class ConsoleSession;
class InstructionHistory;
class SecretStore;

// One agent on the Agents page: its settings form (AgentSettingsForm, with the API-key row, ApiKeyRow) beside its
// custom instructions and their versions (InstructionHistory). The editor loads them, saves the settings with the
// manager's name in audit_logs, shows the prompt as it would be sent now (PromptPreviewDialog), and keeps every part
// still while any of them is busy.
class AgentEditor : public QWidget
{
    Q_OBJECT

public:
    AgentEditor(ConsoleSession &session, SecretStore &secrets, Agent agent, QWidget *parent = nullptr);

    QCoro::Task<void> load();
    QCoro::Task<void> save();
    QCoro::Task<void> setApiKey(QString key);
    QCoro::Task<QString> previewPrompt();

    bool isBusy() const { return m_busy; }
    AgentSettings edited() const;
    const AgentSettings &saved() const;
    const QList<InstructionVersions::Version> &history() const;
    QString problemFor(const QString &field) const;
    QString diffHtml() const;

Q_SIGNALS:
    void settingsSaved(const AgentSettings &settings);

private:
    void setBusy(bool busy);

    ConsoleSession &m_session;
    Agent m_agent;
    QString m_zoneId = QStringLiteral("America/Los_Angeles");
    bool m_busy = false;
    AgentSettingsForm *m_form = nullptr;
    ApiKeyRow *m_keyRow = nullptr;
    InstructionHistory *m_history = nullptr;
};
