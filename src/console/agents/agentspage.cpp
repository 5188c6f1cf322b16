#include "agents/agentspage.h"

#include "agents/agenteditor.h"

#include <QTabWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

AgentsPage::AgentsPage(ConsoleSession &session, SecretStore &secrets, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    tabs->setObjectName(u"agentTabs"_s);
    for (const Agent agent : {Agent::OfficeManager, Agent::RevenueOptimizer}) {
        auto *editor = new AgentEditor(session, secrets, agent, tabs);
        m_editors << editor;
        tabs->addTab(editor, Agents::displayName(agent));
    }
    layout->addWidget(tabs);
}

AgentEditor *AgentsPage::editor(int index) const
{
    return m_editors.value(index);
}

void AgentsPage::reload()
{
    for (AgentEditor *editor : std::as_const(m_editors))
        editor->load();
    m_loaded = true;
}

void AgentsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        reload();
}
