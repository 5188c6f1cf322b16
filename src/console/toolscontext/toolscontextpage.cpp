#include "toolscontext/toolscontextpage.h"

#include "app/consolesession.h"
#include "common/pagetask.h"
#include "services/enginesession.h"
#include "services/toolcontrolservice.h"
#include "toolscontext/providercontrolmodel.h"
#include "toolscontext/toolcontrolmodel.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kPreviewDelayMs = 250; // typing in a cell does not assemble the context on every keystroke

QTableView *makeTable(QWidget *parent, const QString &name, QAbstractItemModel *model, const QString &accessibleName)
{
    auto *view = new QTableView(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessibleName);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setEditTriggers(QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                          QAbstractItemView::AnyKeyPressed);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    return view;
}

QLabel *makeProblems(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->hide();
    return label;
}

QPushButton *makeButton(QWidget *parent, QBoxLayout *row, const QString &name, const QString &text)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    row->addWidget(button);
    return button;
}

int selectedRow(QTableView *view)
{
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.isEmpty() ? view->currentIndex().row() : rows.first().row();
}

} // namespace

ToolsContextPage::ToolsContextPage(ConsoleSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_tools(new ToolControlModel(this)),
      m_providers(new ProviderControlModel(this))
{
    auto *layout = new QVBoxLayout(this);
    auto *top = new QHBoxLayout;
    auto *agentLabel = new QLabel(tr("&Agent:"), this);
    m_agentBox = new QComboBox(this);
    m_agentBox->setObjectName(u"agentBox"_s);
    for (const Agent agent : {Agent::OfficeManager, Agent::RevenueOptimizer})
        m_agentBox->addItem(Agents::displayName(agent), int(agent));
    agentLabel->setBuddy(m_agentBox);
    top->addWidget(agentLabel);
    top->addWidget(m_agentBox);
    m_keptLabel = new QLabel(this);
    m_keptLabel->setObjectName(u"keptLabel"_s);
    m_keptLabel->setWordWrap(true);
    top->addWidget(m_keptLabel, 1);
    layout->addLayout(top);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    layout->addWidget(splitter, 1);

    auto *toolsBox = new QGroupBox(tr("Tools"), splitter);
    auto *tv = new QVBoxLayout(toolsBox);
    m_toolView = makeTable(toolsBox, u"toolTable"_s, m_tools, tr("Tools"));
    tv->addWidget(m_toolView);
    m_toolProblems = makeProblems(toolsBox, u"toolProblems"_s);
    tv->addWidget(m_toolProblems);
    auto *tb = new QHBoxLayout;
    QPushButton *resetTool = makeButton(toolsBox, tb, u"resetToolButton"_s, tr("Reset Tool to &Default"));
    tb->addStretch();
    tv->addLayout(tb);
    splitter->addWidget(toolsBox);

    auto *contextBox = new QGroupBox(tr("Context"), splitter);
    auto *cv = new QHBoxLayout(contextBox);
    auto *left = new QVBoxLayout;
    m_providerView = makeTable(contextBox, u"providerTable"_s, m_providers, tr("Context providers"));
    left->addWidget(m_providerView);
    m_providerProblems = makeProblems(contextBox, u"providerProblems"_s);
    left->addWidget(m_providerProblems);
    auto *pb = new QHBoxLayout;
    QPushButton *resetProvider = makeButton(contextBox, pb, u"resetProviderButton"_s, tr("Reset &Module to Default"));
    pb->addStretch();
    left->addLayout(pb);
    cv->addLayout(left, 3);
    auto *right = new QVBoxLayout;
    m_previewSummary = new QLabel(contextBox);
    m_previewSummary->setObjectName(u"previewSummary"_s);
    m_previewSummary->setWordWrap(true);
    right->addWidget(m_previewSummary);
    m_previewText = new QPlainTextEdit(contextBox);
    m_previewText->setObjectName(u"contextPreview"_s);
    m_previewText->setAccessibleName(tr("Context preview"));
    m_previewText->setReadOnly(true);
    m_previewText->setLineWrapMode(QPlainTextEdit::NoWrap);
    right->addWidget(m_previewText);
    cv->addLayout(right, 2);
    splitter->addWidget(contextBox);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch();
    m_revertButton = makeButton(this, buttons, u"revertButton"_s, tr("&Revert"));
    m_saveButton = makeButton(this, buttons, u"saveButton"_s, tr("&Save"));
    m_saveButton->setDefault(true);
    layout->addLayout(buttons);

    m_previewTimer = new QTimer(this);
    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(kPreviewDelayMs);
    connect(m_previewTimer, &QTimer::timeout, this, [this] { refreshPreview(); });

    connect(m_agentBox, &QComboBox::currentIndexChanged, this,
            [this] { setAgent(Agent(m_agentBox->currentData().toInt())); });
    connect(m_tools, &ToolControlModel::edited, this, &ToolsContextPage::updateState);
    connect(m_providers, &ProviderControlModel::edited, this, [this] {
        updateState();
        schedulePreview();
    });
    connect(resetTool, &QPushButton::clicked, this, [this] { m_tools->resetToDefault(selectedRow(m_toolView)); });
    connect(resetProvider, &QPushButton::clicked, this,
            [this] { m_providers->resetToDefault(selectedRow(m_providerView)); });
    connect(m_revertButton, &QPushButton::clicked, this, &ToolsContextPage::revert);
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    updateState();
}

ToolsContextPage::~ToolsContextPage() = default;

void ToolsContextPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        reload();
}

void ToolsContextPage::setAgent(Agent agent)
{
    if (agent == m_agent)
        return;
    if (m_tools->hasChanges() || m_providers->hasChanges()) {
        // The combo box is disabled then; this is for callers other than it.
        Q_EMIT message(tr("Save or revert the changes to the %1 first.").arg(Agents::displayName(m_agent)));
        return;
    }
    m_agent = agent;
    const QSignalBlocker blocker(m_agentBox);
    m_agentBox->setCurrentIndex(m_agentBox->findData(int(agent)));
    reload();
}

QCoro::Task<void> ToolsContextPage::reload()
{
    if (m_loading) {
        m_reloadAgain = true;
        co_return;
    }
    PageTask work(this, [this](const QString &sentence) { Q_EMIT message(sentence); });
    work.busy(m_loading).finally([this] {
        updateState();
        schedulePreview();
    });
    m_loaded = true;
    updateState();
    do {
        m_reloadAgain = false;
        QCoro::Task<std::optional<ToolControlStore::Controls>> loading =
            work.run(m_session.engine().toolControls().load(m_agent));
        const std::optional<ToolControlStore::Controls> controls = co_await loading;
        if (!work.pageAlive())
            co_return;
        if (!controls)
            continue;
        if (controls->agent != m_agent) {
            m_reloadAgain = true; // the agent changed while this read was in flight
            continue;
        }
        showControls(*controls);
    } while (m_reloadAgain);
}

void ToolsContextPage::showControls(const ToolControlStore::Controls &controls)
{
    m_tools->setControls(controls.tools);
    m_providers->setControls(controls.providers);
    m_tablesExist = controls.tablesExist;
    QStringList kept;
    if (!controls.tablesExist)
        kept << tr("This database has no ai_tool_config / ai_context_config yet: apply the pending migrations "
                   "to save settings.");
    if (controls.unknownToolRows + controls.unknownProviderRows > 0)
        kept << tr("%n setting(s) TeamTime keeps for tools or modules this console does not know are left as "
                   "they are.",
                   nullptr, controls.unknownToolRows + controls.unknownProviderRows);
    m_keptLabel->setText(kept.join(u' '));
}

QCoro::Task<void> ToolsContextPage::save()
{
    if (!m_session.isSignedIn() || m_saving || m_loading)
        co_return;
    const QList<ToolControlStore::ToolControl> tools = m_tools->changed();
    const QList<ToolControlStore::ProviderControl> providers = m_providers->changed();
    if (tools.isEmpty() && providers.isEmpty())
        co_return;
    if (!m_tools->problems().isEmpty() || !m_providers->problems().isEmpty()) {
        Q_EMIT message(tr("Correct the settings marked in the tables first."));
        co_return;
    }
    const Agent agent = m_agent;
    bool saved = false;
    {
        PageTask work(this, [this](const QString &sentence) { Q_EMIT message(sentence); });
        work.busy(m_saving).finally([this] { updateState(); });
        updateState();
        QCoro::Task<bool> saving =
            work.run(m_session.engine().toolControls().save(agent, tools, providers, m_session.user().id));
        saved = co_await saving;
    } // no longer saving, however it ended
    if (!saved)
        co_return;
    Q_EMIT message(tr("Saved %n change(s) for the %1; the agent uses them from its next call.", nullptr,
                      int(tools.size() + providers.size()))
                       .arg(Agents::displayName(agent)));
    QCoro::Task<void> reloading = reload();
    co_await reloading;
}

void ToolsContextPage::revert()
{
    m_tools->revert();
    m_providers->revert();
}

void ToolsContextPage::schedulePreview()
{
    m_previewPending = true;
    m_previewTimer->start();
}

QCoro::Task<void> ToolsContextPage::refreshPreview()
{
    if (m_previewing || m_loading)
        co_return; // the preview in flight (or the load, which schedules one) sees the pending flag
    PageTask work(this, [this](const QString &sentence) {
        m_previewSummary->setText(tr("The preview could not be assembled: %1").arg(sentence));
    });
    work.busy(m_previewing);
    while (m_previewPending && !m_previewTimer->isActive()) {
        m_previewPending = false;
        const Agent agent = m_agent;
        QCoro::Task<std::optional<AssembledContext>> assembling =
            work.run(m_session.engine().toolControls().preview(agent, m_providers->settings()));
        const std::optional<AssembledContext> context = co_await assembling;
        if (!work.pageAlive())
            co_return;
        if (context && agent == m_agent)
            showPreview(*context);
    }
}

void ToolsContextPage::showPreview(const AssembledContext &context)
{
    m_preview = context;
    m_providers->setPreview(context);
    QString summary = tr("Context now: %1 of %2 tokens, %n module(s) included, %3 left out.", nullptr,
                         int(context.isSplit() ? context.parts.front().modules.size() : context.modules.size()))
                          .arg(QLocale().toString(context.totalTokens()), QLocale().toString(context.tokenBudget))
                          .arg(context.omitted.size());
    if (context.isSplit())
        summary += u" "_s + tr("So much needs attention that a run now makes %n model call(s).", nullptr,
                               int(context.parts.size()));
    m_previewSummary->setText(summary);
    m_previewText->setPlainText(context.prompt());
}

void ToolsContextPage::updateState()
{
    const bool changes = m_tools->hasChanges() || m_providers->hasChanges();
    const QStringList toolProblems = m_tools->problems();
    const QStringList providerProblems = m_providers->problems();
    m_toolProblems->setText(toolProblems.join(u'\n'));
    m_toolProblems->setVisible(!toolProblems.isEmpty());
    m_providerProblems->setText(providerProblems.join(u'\n'));
    m_providerProblems->setVisible(!providerProblems.isEmpty());
    const bool idle = !m_loading && !m_saving;
    m_saveButton->setEnabled(idle && changes && m_tablesExist && toolProblems.isEmpty() && providerProblems.isEmpty());
    m_revertButton->setEnabled(idle && changes);
    m_agentBox->setEnabled(idle && !changes);
    m_agentBox->setToolTip(changes ? tr("Save or revert the changes first.") : QString());
}
