#pragma once

#include "config/agentsettings.h"

#include <QGroupBox>
#include <QHash>
#include <memory>

namespace Ui {
class AgentSettingsForm;
}
class ConsoleSession;
class QCheckBox;
class QLabel;

// An agent's settings as a form (ui/agentsettingsform.ui): every ai_config field and ours, each validated as it is
// edited with the problem shown next to the field, and the cron schedule with its next five runs in the business
// time zone. Save is offered only when the edits are valid, differ from what is saved, and nothing is in flight;
// the saving itself is the editor's (saveRequested).
class AgentSettingsForm : public QGroupBox
{
    Q_OBJECT

public:
    AgentSettingsForm(ConsoleSession &session, Agent agent, QWidget *parent = nullptr);
    ~AgentSettingsForm() override;

    // The API-key row sits in the form, between the base URL and the tone, but is not the form's (ApiKeyRow).
    void setApiKeyRow(QWidget *row);

    // What the database holds: shown, and what Revert returns to. The zone is the business's, for the cron preview.
    void setSaved(const AgentSettings &saved, const QString &zoneId);
    const AgentSettings &saved() const { return m_saved; }
    AgentSettings edited() const;
    void revert();
    QString problemFor(const QString &field) const;
    bool isValid() const;
    // The one status line of the whole editor (saved, not saved, the keychain's answer).
    void setStatus(const QString &text);
    // Nothing can be saved or reverted while the editor is busy.
    void setBusy(bool busy);

Q_SIGNALS:
    void saveRequested();
    void previewRequested();
    void providerChanged(const QString &provider);

private:
    void takeErrorLabels();
    void showSettings(const AgentSettings &settings);
    void validate();
    void updateModels();
    void updateBatchOffer();
    void updateCronPreview();

    std::unique_ptr<Ui::AgentSettingsForm> m_ui;
    ConsoleSession &m_session;
    Agent m_agent;
    AgentSettings m_saved;
    QString m_zoneId = QStringLiteral("America/Los_Angeles");
    QString m_provider;                // the last one announced by providerChanged
    QCheckBox *m_useBatch = nullptr;   // the Revenue Optimizer only
    QHash<QString, QLabel *> m_errors; // by AgentSettings member name
    bool m_busy = false;
};
