#pragma once

#include "config/instructionversions.h"

#include <QCoroTask>
#include <QGroupBox>
#include <memory>

namespace Ui {
class InstructionHistory;
}
class ConsoleSession;

// An agent's custom instructions and their versions (ui/instructionhistory.ui): save the text as a new version with
// a note, see who changed what when, compare two versions, roll back to one (as a new version, so history is never
// rewritten).
class InstructionHistory : public QGroupBox
{
    Q_OBJECT

public:
    InstructionHistory(ConsoleSession &session, Agent agent, QWidget *parent = nullptr);
    ~InstructionHistory() override;

    // The current text and the versions, newest first; dates shown in the business's zone.
    void setHistory(const QString &instructions, const QList<InstructionVersions::Version> &history,
                    const QString &zoneId);
    const QList<InstructionVersions::Version> &history() const { return m_history; }
    // The two selected versions compared, older to newer; empty unless exactly two are selected.
    QString diffHtml() const;
    void setBusy(bool busy);

    QCoro::Task<void> saveInstructions();
    QCoro::Task<void> rollBack();

Q_SIGNALS:
    void working(bool busy);
    void statusChanged(const QString &text);
    // A version was added: the editor reloads (ai_config.instructions changed with it).
    void versionsChanged();

private:
    void showDiff();
    void updateButtons();
    void afterChange();

    std::unique_ptr<Ui::InstructionHistory> m_ui;
    ConsoleSession &m_session;
    Agent m_agent;
    QList<InstructionVersions::Version> m_history;
    bool m_busy = false;
};
