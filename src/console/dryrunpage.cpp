#include "dryrunpage.h"

#include "consolesession.h"
#include "db/database.h"
#include "db/dberror.h"
#include "prompts/promptpreview.h"
#include "runs/agentrunner.h"
#include "tools/toolexecutor.h"
#include "tools/toolregistry.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Assembled
{
    AssembledContext context;
    AgentPrompt prompt;
    QString tools;
};

QTreeWidget *tree(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *t = new QTreeWidget(parent);
    t->setObjectName(name);
    t->setRootIsDecorated(false);
    t->setHeaderLabels(headers);
    t->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    t->header()->setStretchLastSection(true);
    return t;
}

} // namespace

DryRunPage::DryRunPage(ConsoleSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    m_agent = new QComboBox(this);
    m_agent->setObjectName(u"agentChoice"_s);
    m_agent->setAccessibleName(tr("Agent"));
    for (const Agent a : {Agent::OfficeManager, Agent::RevenueOptimizer})
        m_agent->addItem(Agents::displayName(a), Agents::id(a));
    m_assemble = new QPushButton(tr("&Assemble Now"), this);
    m_assemble->setObjectName(u"assembleButton"_s);
    m_ask = new QPushButton(tr("As&k the Model"), this);
    m_ask->setObjectName(u"askButton"_s);
    m_state = new QLabel(this);
    m_state->setObjectName(u"dryRunState"_s);
    bar->addWidget(m_agent);
    bar->addWidget(m_assemble);
    bar->addWidget(m_ask);
    bar->addWidget(m_state, 1);
    layout->addLayout(bar);
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_modules = tree(splitter, u"moduleTree"_s, {tr("Module"), tr("Tokens"), tr("Needs attention"), tr("Included")});
    m_modules->setAccessibleName(tr("Context modules"));
    m_prompt = new QPlainTextEdit(splitter);
    m_prompt->setObjectName(u"promptView"_s);
    m_prompt->setAccessibleName(tr("Prompt and tools"));
    m_prompt->setReadOnly(true);
    m_calls = tree(splitter, u"callTree"_s, {tr("Tool"), tr("About"), tr("Verdict"), tr("Parameters")});
    m_calls->setAccessibleName(tr("Proposed tool calls"));
    layout->addWidget(splitter, 1);
    connect(m_assemble, &QPushButton::clicked, this, [this] { assemble(); });
    connect(m_ask, &QPushButton::clicked, this, [this] { askModel(); });
}

Agent DryRunPage::agent() const
{
    return Agents::fromId(m_agent->currentData().toString()).value_or(Agent::OfficeManager);
}

void DryRunPage::setBusy(bool busy, const QString &what)
{
    m_busy = busy;
    m_assemble->setEnabled(!busy);
    m_ask->setEnabled(!busy);
    m_agent->setEnabled(!busy);
    m_state->setText(what);
}

QString DryRunPage::promptText() const
{
    return m_prompt->toPlainText();
}

QCoro::Task<void> DryRunPage::assemble()
{
    if (m_busy)
        co_return;
    setBusy(true, tr("Assembling the context…"));
    const Agent which = agent();
    const std::shared_ptr<const Clock> clock = m_session.clock();
    QPointer<DryRunPage> self(this);
    try {
        QFuture<Assembled> assembling = m_session.db().run([which, clock](SqlSession &s) {
            const int budget = s.scalar(u"SELECT max_tokens_context FROM ai_config WHERE agent::text = ?"_s,
                                        {Agents::id(which)}).toInt();
            PromptPreview::Result preview = PromptPreview::now(s, which, clock, budget > 0 ? budget : 4000);
            Assembled a;
            a.context = std::move(preview.context);
            a.prompt = std::move(preview.prompt);
            nlohmann::json tools = nlohmann::json::array();
            for (const LlmToolSpec &t : ToolExecutor(ToolRegistry::all()).specsFor(which))
                tools.push_back({{"name", t.name.toStdString()}, {"description", t.description.toStdString()},
                                 {"input_schema", t.inputSchema}});
            a.tools = QString::fromStdString(tools.dump(2));
            return a;
        });
        const Assembled a = co_await assembling;
        if (!self)
            co_return;
        m_context = a.context;
        m_modules->clear();
        for (const ContextModule &m : a.context.modules) {
            auto *item = new QTreeWidgetItem(m_modules, {m.moduleName, QString::number(m.tokenEstimate),
                                                          QString::number(m.attentionTotal()), tr("yes")});
            item->setToolTip(0, m.prompt);
        }
        for (const AssembledContext::Omission &o : a.context.omitted)
            new QTreeWidgetItem(m_modules, {o.moduleId, QString(), QString(), tr("no: %1").arg(o.reason)});
        m_prompt->setPlainText(tr("──── system prompt ────") + u"\n\n"_s + a.prompt.systemText() + u"\n\n"_s +
                               tr("──── user message ────") + u"\n\n"_s + a.prompt.userMessage + u"\n\n"_s +
                               tr("──── tools ────") + u"\n\n"_s + a.tools);
        setBusy(false, tr("%1 modules, about %2 tokens; %3 things need attention.")
                           .arg(a.context.modules.size())
                           .arg(a.context.totalTokens())
                           .arg(a.context.attentionTotal()));
    } catch (const DbError &error) {
        if (!self)
            co_return;
        setBusy(false, error.message());
    }
}

QString DryRunPage::verdict(const ActionLog::Entry &e)
{
    if (e.status == u"dry_run"_s)
        return e.result.is_object() && e.result.value("wouldNeedApproval", false) ? tr("would wait for a manager's approval")
                                                                                  : tr("would run");
    if (e.status == u"blocked"_s)
        return tr("blocked — %1").arg(e.reason);
    if (e.status == u"invalid"_s)
        return tr("invalid — %1").arg(e.reason);
    if (e.status == u"observation"_s)
        return tr("no tool called: %1").arg(e.reasoning.left(200));
    return e.status + (e.reason.isEmpty() ? QString() : u" — "_s + e.reason);
}

QCoro::Task<void> DryRunPage::askModel()
{
    if (m_busy)
        co_return;
    setBusy(true, tr("Asking the model (a dry run: nothing reaches staff)…"));
    QPointer<DryRunPage> self(this);
    RunOptions options;
    options.agent = agent();
    options.trigger = RunClaim::Trigger::DryRun;
    options.dryRun = true;
    options.callEvenIfQuiet = true;
    options.requestedBy = m_session.isSignedIn() ? m_session.user().email : QString();
    AgentRunner runner(m_session.settings(), m_session.clock());
    QCoro::Task<RunResult> running = runner.run(options);
    const RunResult result = co_await running;
    if (!self)
        co_return;
    ActionLog::Filter filter;
    filter.runId = result.runId;
    filter.limit = 500;
    try {
        QFuture<QList<ActionLog::Entry>> reading =
            m_session.db().run([filter](SqlSession &s) { return ActionLog::page(s, filter); });
        const QList<ActionLog::Entry> entries = co_await reading;
        if (!self)
            co_return;
        m_proposed = entries;
        std::ranges::reverse(m_proposed); // in the order the model asked
        m_calls->clear();
        for (const ActionLog::Entry &e : std::as_const(m_proposed))
            new QTreeWidgetItem(m_calls, {e.toolName.isEmpty() ? tr("(none)") : e.toolName, e.targetName, verdict(e),
                                          QString::fromStdString(e.parameters.dump())});
    } catch (const DbError &error) {
        if (!self)
            co_return;
        Q_EMIT message(error.message());
    }
    setBusy(false, result.status == u"completed"_s
                       ? tr("Dry run %1 with %2: %n proposal(s).", nullptr, int(m_proposed.size())).arg(result.runId, result.provider)
                       : tr("The run %1: %2").arg(result.status, result.reason));
}
