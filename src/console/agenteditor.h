#pragma once

#include "config/agentsettings.h"
#include "config/instructionversions.h"

#include <QCoroTask>
#include <QWidget>

class ConsoleSession;
class SecretStore;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTextBrowser;

// One agent's settings as a form: every ai_config field and ours, each validated as it is edited with the problem
// shown next to the field (the cron schedule with its next five runs in the business time zone), saved with the
// manager's name in audit_logs — never half-valid. The API key goes to the keychain; the form shows only whether
// one is set. Custom instructions are versioned: save a version with a note, see the history, compare two
// versions, roll back. "Preview prompt" assembles the full system prompt as it would be sent now.
class AgentEditor : public QWidget
{
    Q_OBJECT

public:
    AgentEditor(ConsoleSession &session, SecretStore &secrets, Agent agent, QWidget *parent = nullptr);

    QCoro::Task<void> load();
    QCoro::Task<void> save();
    QCoro::Task<void> saveInstructions();
    QCoro::Task<void> rollBack();
    QCoro::Task<void> setApiKey(QString key);
    QCoro::Task<QString> previewPrompt();

    bool isBusy() const { return m_busy; }
    AgentSettings edited() const;
    const AgentSettings &saved() const { return m_saved; }
    const QList<InstructionVersions::Version> &history() const { return m_history; }
    QString problemFor(const QString &field) const;
    QString diffHtml() const;

Q_SIGNALS:
    void settingsSaved(const AgentSettings &settings);

private:
    void buildForm();
    void showSettings(const AgentSettings &settings);
    void validate();
    void updateModels();
    void updateBatchOffer();
    void updateCronPreview();
    void showDiff();
    void setBusy(bool busy);
    QString apiKeyName() const;

    ConsoleSession &m_session;
    SecretStore &m_secrets;
    Agent m_agent;
    AgentSettings m_saved;
    QList<InstructionVersions::Version> m_history;
    QString m_zoneId = QStringLiteral("America/Los_Angeles");
    bool m_busy = false;
    bool m_hasKey = false;

    QCheckBox *m_enabled = nullptr;
    QCheckBox *m_dryRun = nullptr;
    QComboBox *m_provider = nullptr;
    QComboBox *m_model = nullptr;
    QLineEdit *m_baseUrl = nullptr;
    QLabel *m_keyState = nullptr;
    QPushButton *m_setKey = nullptr;
    QPushButton *m_clearKey = nullptr;
    QComboBox *m_tone = nullptr;
    QDoubleSpinBox *m_temperature = nullptr;
    QLineEdit *m_cron = nullptr;
    QLabel *m_cronPreview = nullptr;
    QSpinBox *m_maxTokens = nullptr;
    QCheckBox *m_budgetOn = nullptr;
    QDoubleSpinBox *m_budget = nullptr;
    QCheckBox *m_useBatch = nullptr; // the Revenue Optimizer only
    QHash<QString, QLabel *> m_errors;
    QLabel *m_status = nullptr;
    QPushButton *m_save = nullptr;
    QPushButton *m_revert = nullptr;
    QPlainTextEdit *m_instructions = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_saveInstructions = nullptr;
    QListWidget *m_versions = nullptr;
    QTextBrowser *m_diff = nullptr;
    QPushButton *m_rollBack = nullptr;
    QPushButton *m_preview = nullptr;
};
