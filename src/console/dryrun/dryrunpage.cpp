#include "dryrun/dryrunpage.h"

#include "app/consolesession.h"
#include "common/pagetask.h"
#include "dryrun/replaypanel.h"
#include "dryrun/runactivity.h"
#include "dryrun/simulatepanel.h"
#include "services/actionlogservice.h"
#include "services/dryrunservice.h"
#include "services/enginesession.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

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
    m_replayRun = new QPushButton(tr("&Replay a Run…"), this);
    m_replayRun->setObjectName(u"replayRunButton"_s);
    m_activity = new RunActivity(this);
    bar->addWidget(m_agent);
    bar->addWidget(m_assemble);
    bar->addWidget(m_ask);
    bar->addWidget(m_replayRun);
    bar->addWidget(m_activity, 1);
    layout->addLayout(bar);

    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(u"dryRunTabs"_s);
    auto *splitter = new QSplitter(Qt::Vertical, m_tabs);
    m_modules = tree(splitter, u"moduleTree"_s,
                     {tr("Module"), tr("Tokens"), tr("Needs attention"), tr("Included"), tr("Shown")});
    m_modules->setAccessibleName(tr("Context modules"));
    m_prompt = new QPlainTextEdit(splitter);
    m_prompt->setObjectName(u"promptView"_s);
    m_prompt->setAccessibleName(tr("Prompt and tools"));
    m_prompt->setReadOnly(true);
    m_calls = tree(splitter, u"callTree"_s, {tr("Tool"), tr("About"), tr("Verdict"), tr("Parameters")});
    m_calls->setAccessibleName(tr("Proposed tool calls"));
    m_tabs->addTab(splitter, tr("Now"));
    m_replay = new ReplayPanel(session, *m_activity, m_tabs);
    m_tabs->addTab(m_replay, tr("Replay"));
    m_simulate = new SimulatePanel(m_tabs);
    m_tabs->addTab(m_simulate, tr("Simulate"));
    layout->addWidget(m_tabs, 1);

    connect(m_assemble, &QPushButton::clicked, this, [this] { assemble(); });
    connect(m_ask, &QPushButton::clicked, this, [this] { askModel(); });
    connect(m_replayRun, &QPushButton::clicked, this, [this] { showReplay(); });
    connect(m_agent, &QComboBox::currentIndexChanged, this, [this] {
        if (m_tabs->currentWidget() == m_replay)
            m_replay->load(agent());
    });
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_replay)
            m_replay->load(agent()); // the runs made meanwhile, too
    });
    connect(m_replay, &ReplayPanel::message, this, &DryRunPage::message);
    connect(m_replay, &ReplayPanel::agentShown, this, [this](Agent shown) {
        const QSignalBlocker blocker(m_agent);
        m_agent->setCurrentIndex(m_agent->findData(Agents::id(shown)));
    });
    connect(m_activity, &RunActivity::busyChanged, this, [this](bool busy) { setIdle(!busy); });
    // From the action log's "Replay…": take the run up here.
    connect(&session, &ConsoleSession::replayRequested, this, [this](const QString &runId) { showReplay(runId); });
}

Agent DryRunPage::agent() const
{
    return Agents::fromId(m_agent->currentData().toString()).value_or(Agent::OfficeManager);
}

bool DryRunPage::isBusy() const
{
    return m_activity->isBusy();
}

void DryRunPage::setIdle(bool idle)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_assemble, m_ask, m_replayRun, m_agent})
        w->setEnabled(idle);
}

QCoro::Task<void> DryRunPage::showReplay(QString runId)
{
    {
        const QSignalBlocker blocker(m_tabs); // one load, for the run asked for
        m_tabs->setCurrentWidget(m_replay);
    }
    QCoro::Task<void> loading = m_replay->load(agent(), runId);
    co_await loading;
}

QString DryRunPage::promptText() const
{
    return m_prompt->toPlainText();
}

QCoro::Task<void> DryRunPage::assemble()
{
    if (isBusy())
        co_return;
    m_activity->begin(tr("Assembling the context…"), false);
    m_tabs->setCurrentIndex(0);
    PageTask work(this, [this](const QString &sentence) { m_activity->end(sentence); });
    QCoro::Task<std::optional<DryRunService::Preview>> assembling =
        work.run(m_session.engine().dryRuns().preview(agent()));
    const std::optional<DryRunService::Preview> a = co_await assembling;
    if (!a)
        co_return;
    m_context = a->context;
    m_modules->clear();
    // One model call: its modules. A split run: one branch per call, its modules under it.
    const auto addModules = [this](QTreeWidgetItem *parent, const QList<ContextModule> &modules) {
        for (const ContextModule &m : modules) {
            const QStringList columns{m.moduleName, QString::number(m.tokenEstimate),
                                      QString::number(m.attentionTotal()), tr("yes"), shownText(m)};
            auto *item = parent ? new QTreeWidgetItem(parent, columns) : new QTreeWidgetItem(m_modules, columns);
            item->setToolTip(0, m.prompt);
            item->setToolTip(4, m.detailReason);
        }
    };
    addModules(nullptr, a->context.modules);
    for (qsizetype i = 0; i < a->context.parts.size(); ++i) {
        const ContextPart &part = a->context.parts[i];
        auto *call = new QTreeWidgetItem(
            m_modules,
            {tr("Call %1 of %2: %3").arg(QString::number(i + 1), QString::number(a->context.parts.size()), part.label),
             QString::number(part.totalTokens()), QString::number(part.attentionTotal()), tr("yes"), QString()});
        addModules(call, part.modules);
        call->setExpanded(i == 0);
    }
    for (const AssembledContext::Omission &o : a->context.omitted)
        new QTreeWidgetItem(m_modules, {o.moduleId, QString(),
                                        o.attentionItems > 0 ? QString::number(o.attentionItems) : QString(),
                                        tr("no: %1").arg(o.reason), QString()});
    m_prompt->setPlainText(tr("──── system prompt ────") + u"\n\n"_s + a->prompt.systemText() + u"\n\n"_s +
                           tr("──── user message ────") + u"\n\n"_s + a->prompt.userMessage + u"\n\n"_s +
                           tr("──── tools ────") + u"\n\n"_s + a->tools);
    if (a->context.isSplit())
        m_activity->end(tr("So much needs attention that the run is split into %1 model calls, about %2 tokens in "
                           "all; %3 things need attention.")
                            .arg(QString::number(a->context.parts.size()), QString::number(a->context.totalTokens()),
                                 QString::number(a->context.attentionTotal())));
    else
        m_activity->end(tr("%1 modules, about %2 tokens; %3 things need attention.")
                            .arg(QString::number(a->context.modules.size()), QString::number(a->context.totalTokens()),
                                 QString::number(a->context.attentionTotal())));
}

QString DryRunPage::shownText(const ContextModule &m)
{
    if (!m.hasDetails)
        return tr("everything");
    switch (m.detail) {
    case ContextDetail::Full:
        return tr("everything");
    case ContextDetail::Summary:
        return tr("attention items; the rest as counts per location");
    case ContextDetail::Counts:
        return tr("attention items; the rest as totals");
    }
    return {};
}

QString DryRunPage::verdict(const ActionLog::Entry &e)
{
    if (e.status == u"dry_run"_s)
        return e.result.is_object() && e.result.value("wouldNeedApproval", false)
                   ? tr("would wait for a manager's approval")
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
    if (isBusy())
        co_return;
    const RunControl control = m_activity->begin(tr("Asking the model (a dry run: nothing reaches staff)…"));
    m_tabs->setCurrentIndex(0);
    const Agent which = agent();
    PageTask keychain(this, [this](const QString &sentence) {
        Q_EMIT message(tr("The keychain could not be read (%1): the environment's API key is used.").arg(sentence));
    });
    QCoro::Task<std::optional<QString>> reading = keychain.run(m_session.storedApiKey(which));
    const std::optional<QString> stored = co_await reading;
    const QString key = stored.value_or(QString());
    if (!keychain.pageAlive())
        co_return;
    RunOptions options;
    options.agent = which;
    options.callEvenIfQuiet = true;
    options.requestedBy = m_session.requestedBy();
    options.apiKey = [key](Agent, const QString &) { return key; };
    options.control = control;
    PageTask work(this, [this](const QString &sentence) {
        m_activity->end(sentence);
        Q_EMIT message(sentence);
    });
    QCoro::Task<std::optional<RunResult>> running = work.run(m_session.engine().dryRuns().dryRun(options));
    const std::optional<RunResult> result = co_await running;
    if (!result)
        co_return;
    if (result->cancelled) {
        const QString text = tr("Cancelled; the dry run is recorded as failed (\"%1\").").arg(result->reason);
        m_activity->end(text);
        Q_EMIT message(text);
        co_return;
    }
    if (!result->notice.isEmpty())
        Q_EMIT message(result->notice);
    ActionLog::Filter filter;
    filter.runId = result->runId;
    filter.limit = 500;
    PageTask listing(this, [this](const QString &sentence) { Q_EMIT message(sentence); });
    QCoro::Task<std::optional<QList<ActionLog::Entry>>> proposals =
        listing.run(m_session.engine().actionLog().page(filter));
    const std::optional<QList<ActionLog::Entry>> entries = co_await proposals;
    if (!listing.pageAlive())
        co_return;
    if (entries) {
        m_proposed = *entries;
        std::ranges::reverse(m_proposed); // in the order the model asked
        m_calls->clear();
        for (const ActionLog::Entry &e : std::as_const(m_proposed))
            new QTreeWidgetItem(m_calls, {e.toolName.isEmpty() ? tr("(none)") : e.toolName, e.targetName, verdict(e),
                                          QString::fromStdString(e.parameters.dump())});
    }
    m_activity->end(result->status == RunStatus::Completed
                        ? tr("Dry run %1 with %2: %n proposal(s).", nullptr, int(m_proposed.size()))
                              .arg(result->runId, result->provider)
                        : tr("The run %1: %2").arg(RunStatuses::toText(result->status), result->reason));
}
