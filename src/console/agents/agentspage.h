#pragma once

#include <QWidget>

class AgentEditor;
class ConsoleSession;
class SecretStore;

// The Agents page: one tab per agent, each an AgentEditor.
class AgentsPage : public QWidget
{
    Q_OBJECT

public:
    AgentsPage(ConsoleSession &session, SecretStore &secrets, QWidget *parent = nullptr);

    AgentEditor *editor(int index) const;
    void reload();

protected:
    void showEvent(QShowEvent *event) override;

private:
    QList<AgentEditor *> m_editors;
    bool m_loaded = false;
};
