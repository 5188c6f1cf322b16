#include "agents/agenteditor.h"

#include "agents/agentsettingsform.h"
#include "agents/apikeyrow.h"
#include "agents/instructionhistory.h"
#include "agents/promptpreviewdialog.h"
#include "app/consolesession.h"
#include "common/pagetask.h"
#include "services/agentsettingsservice.h"
#include "services/enginesession.h"

#include <QHBoxLayout>

using namespace Qt::Literals::StringLiterals;

AgentEditor::AgentEditor(ConsoleSession &session, SecretStore &secrets, Agent agent, QWidget *parent)
    : QWidget(parent), m_session(session), m_agent(agent)
{
    setObjectName(Agents::id(agent) + u"Editor"_s);
    auto *columns = new QHBoxLayout(this);
    m_form = new AgentSettingsForm(session, agent, this);
    m_keyRow = new ApiKeyRow(session, secrets, agent, m_form);
    m_form->setApiKeyRow(m_keyRow);
    m_history = new InstructionHistory(session, agent, this);
    columns->addWidget(m_form, 3);
    columns->addWidget(m_history, 2);

    connect(m_form, &AgentSettingsForm::saveRequested, this, [this] { save(); });
    connect(m_form, &AgentSettingsForm::previewRequested, this, [this] { previewPrompt(); });
    connect(m_form, &AgentSettingsForm::providerChanged, m_keyRow, &ApiKeyRow::setProvider);
    connect(m_keyRow, &ApiKeyRow::working, this, &AgentEditor::setBusy);
    connect(m_keyRow, &ApiKeyRow::statusChanged, m_form, &AgentSettingsForm::setStatus);
    connect(m_history, &InstructionHistory::working, this, &AgentEditor::setBusy);
    connect(m_history, &InstructionHistory::statusChanged, m_form, &AgentSettingsForm::setStatus);
    connect(m_history, &InstructionHistory::versionsChanged, this, [this] { load(); });
}

void AgentEditor::setBusy(bool busy)
{
    m_busy = busy;
    m_form->setBusy(busy);
    m_keyRow->setBusy(busy);
    m_history->setBusy(busy);
}

AgentSettings AgentEditor::edited() const
{
    return m_form->edited();
}

const AgentSettings &AgentEditor::saved() const
{
    return m_form->saved();
}

const QList<InstructionVersions::Version> &AgentEditor::history() const
{
    return m_history->history();
}

QString AgentEditor::problemFor(const QString &field) const
{
    return m_form->problemFor(field);
}

QString AgentEditor::diffHtml() const
{
    return m_history->diffHtml();
}

QCoro::Task<void> AgentEditor::load()
{
    PageTask work(this, [this](const QString &sentence) { m_form->setStatus(sentence); });
    work.busy(m_busy).finally([this] {
        setBusy(false);
        m_form->revert();
    });
    setBusy(true);
    QCoro::Task<std::optional<AgentSettingsService::Snapshot>> reading =
        work.run(m_session.engine().agentSettings().load(m_agent));
    const std::optional<AgentSettingsService::Snapshot> loaded = co_await reading;
    if (!loaded)
        co_return;
    m_zoneId = loaded->timeZone;
    m_form->setSaved(loaded->settings, m_zoneId);
    m_history->setHistory(loaded->settings.instructions, loaded->history, m_zoneId);
    QCoro::Task<bool> readingKey = work.run(m_keyRow->load());
    const bool keyRead = co_await readingKey;
    if (keyRead)
        m_form->setStatus({});
}

QCoro::Task<void> AgentEditor::save()
{
    if (!m_form->isValid() || m_busy || !m_session.isSignedIn())
        co_return;
    PageTask work(this, [this](const QString &sentence) { m_form->setStatus(tr("Not saved: %1").arg(sentence)); });
    work.busy(m_busy).finally([this] {
        setBusy(false);
        m_form->revert();
    });
    setBusy(true);
    QCoro::Task<std::optional<AgentSettings>> saving =
        work.run(m_session.engine().agentSettings().save(m_form->edited(), m_session.user().id));
    const std::optional<AgentSettings> saved = co_await saving;
    if (!saved)
        co_return;
    m_form->setSaved(*saved, m_zoneId);
    m_form->setStatus(tr("Saved. The scheduler and every console use it from the next tool call on."));
    Q_EMIT settingsSaved(*saved);
}

QCoro::Task<void> AgentEditor::setApiKey(QString key)
{
    QCoro::Task<void> setting = m_keyRow->setApiKey(std::move(key));
    co_await setting;
}

QCoro::Task<QString> AgentEditor::previewPrompt()
{
    QString text;
    PageTask work(
        this, [&text](const QString &sentence) { text = tr("The prompt could not be assembled: %1").arg(sentence); });
    QCoro::Task<std::optional<QString>> assembling =
        work.run(m_session.engine().agentSettings().promptPreview(m_agent, m_form->edited().maxContextTokens));
    const std::optional<QString> prompt = co_await assembling;
    if (prompt)
        text = *prompt;
    if (!work.pageAlive() || !isVisible())
        co_return text;
    auto *dialog = new PromptPreviewDialog(m_agent, text, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    co_return text;
}
