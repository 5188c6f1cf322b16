#pragma once

#include "tools/toolcontrolstore.h"

#include <QCoroTask>
#include <QWidget>

class ConsoleSession;
class ProviderControlModel;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTimer;
class ToolControlModel;

// Tools & Context: per agent, every tool with its controls (enabled, approval, cooldowns per person and global, the
// hourly rate limit) and what became of its calls in the last days, and every context provider (enabled, priority,
// an "always include" note) with a live preview of the context the agent would get now — re-assembled on a worker
// whenever a provider setting changes, saved or not. Edits are made in the tables, checked as they are typed
// (problems beside the cell and under the table), and saved together with Save (each changed row stamped with the
// manager in audit_logs); Revert drops them, "Reset to Default" puts a row back to its definition's defaults. The
// engine reads the saved settings on its next tool call and its next assembly.
class ToolsContextPage : public QWidget
{
    Q_OBJECT

public:
    explicit ToolsContextPage(ConsoleSession &session, QWidget *parent = nullptr);
    ~ToolsContextPage() override;

    Agent agent() const { return m_agent; }
    void setAgent(Agent agent); // refused (false) while there are unsaved changes
    QCoro::Task<void> reload();
    QCoro::Task<void> save();
    void revert();
    bool isBusy() const { return m_loading || m_saving || m_previewing || m_previewPending; }
    ToolControlModel *toolModel() const { return m_tools; }
    ProviderControlModel *providerModel() const { return m_providers; }
    const AssembledContext &preview() const { return m_preview; }

Q_SIGNALS:
    void message(const QString &text);

protected:
    void showEvent(QShowEvent *event) override;

private:
    QCoro::Task<void> refreshPreview();
    void showControls(const ToolControlStore::Controls &controls);
    void showPreview(const AssembledContext &context);
    void schedulePreview();
    void updateState();

    ConsoleSession &m_session;
    Agent m_agent = Agent::OfficeManager;
    QComboBox *m_agentBox = nullptr;
    ToolControlModel *m_tools = nullptr;
    ProviderControlModel *m_providers = nullptr;
    QTableView *m_toolView = nullptr;
    QTableView *m_providerView = nullptr;
    QLabel *m_toolProblems = nullptr;
    QLabel *m_providerProblems = nullptr;
    QLabel *m_keptLabel = nullptr;
    QLabel *m_previewSummary = nullptr;
    QPlainTextEdit *m_previewText = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_revertButton = nullptr;
    QTimer *m_previewTimer = nullptr;
    AssembledContext m_preview;
    bool m_tablesExist = true;
    bool m_loaded = false;
    bool m_loading = false;
    bool m_reloadAgain = false;
    bool m_saving = false;
    bool m_previewing = false;
    bool m_previewPending = false; // a change came in while a preview was in flight, or the timer is running
};
