#include "agenteditor.h"

#include "agentsettingsform.h"
#include "apikeyrow.h"
#include "config/agentsettingsstore.h"
#include "config/businesssettings.h"
#include "consolesession.h"
#include "core/cronexpression.h"
#include "db/database.h"
#include "db/dberror.h"
#include "instructionhistory.h"
#include "promptpreviewdialog.h"
#include "prompts/promptpreview.h"
#include "secretstore.h"

#include <QHBoxLayout>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Loaded
{
    AgentSettings settings;
    QList<InstructionVersions::Version> history;
    QString zone;
};

} // namespace

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
    setBusy(true);
    QPointer<AgentEditor> self(this);
    const Agent agent = m_agent;
    try {
        QFuture<Loaded> reading = m_session.db().run([agent](SqlSession &s) {
            return Loaded{AgentSettingsStore::load(s, agent), InstructionVersions::history(s, agent),
                          BusinessSettings::load(s).timeZone};
        });
        const Loaded loaded = co_await reading;
        if (!self)
            co_return;
        m_zoneId = loaded.zone;
        m_form->setSaved(loaded.settings, m_zoneId);
        m_history->setHistory(loaded.settings.instructions, loaded.history, m_zoneId);
        QCoro::Task<void> readingKey = m_keyRow->load();
        co_await readingKey;
        if (!self)
            co_return;
        m_form->setStatus({});
    } catch (const DbError &error) {
        if (!self)
            co_return;
        m_form->setStatus(error.message());
    } catch (const SecretStoreError &error) {
        if (!self)
            co_return;
        m_form->setStatus(error.message());
    }
    setBusy(false);
    m_form->revert();
}

QCoro::Task<void> AgentEditor::save()
{
    if (!m_form->isValid() || m_busy || !m_session.isSignedIn())
        co_return;
    const AgentSettings settings = m_form->edited();
    setBusy(true);
    QPointer<AgentEditor> self(this);
    const QString manager = m_session.user().id;
    try {
        QFuture<AgentSettings> saving = m_session.db().run([settings, manager](SqlSession &s) {
            AgentSettingsStore::save(s, settings, manager);
            return AgentSettingsStore::load(s, settings.agent);
        });
        const AgentSettings saved = co_await saving;
        if (!self)
            co_return;
        m_form->setSaved(saved, m_zoneId);
        m_form->setStatus(tr("Saved. The scheduler and every console use it from the next tool call on."));
        Q_EMIT settingsSaved(saved);
    } catch (const DbError &error) {
        if (!self)
            co_return;
        m_form->setStatus(tr("Not saved: %1").arg(error.message()));
    }
    setBusy(false);
    m_form->revert();
}

QCoro::Task<void> AgentEditor::setApiKey(QString key)
{
    QCoro::Task<void> setting = m_keyRow->setApiKey(std::move(key));
    co_await setting;
}

QCoro::Task<QString> AgentEditor::previewPrompt()
{
    const Agent agent = m_agent;
    const int budget = m_form->edited().maxContextTokens;
    const std::shared_ptr<const Clock> clock = m_session.clock();
    QPointer<AgentEditor> self(this);
    QString text;
    try {
        QFuture<QString> assembling = m_session.db().run([agent, budget, clock](SqlSession &s) -> QString {
            const AgentPrompt prompt = PromptPreview::now(s, agent, clock, budget).prompt;
            return prompt.systemText() + u"\n\n──── user message ────\n\n"_s + prompt.userMessage;
        });
        text = co_await assembling;
    } catch (const DbError &error) {
        text = tr("The prompt could not be assembled: %1").arg(error.message());
    }
    if (!self || !isVisible())
        co_return text;
    auto *dialog = new PromptPreviewDialog(agent, text, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
    co_return text;
}
