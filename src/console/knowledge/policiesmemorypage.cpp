#include "knowledge/policiesmemorypage.h"

#include "app/consolesession.h"
#include "common/pagetask.h"
#include "knowledge/expirydialog.h"
#include "knowledge/knowledgetext.h"
#include "knowledge/memorydialog.h"
#include "knowledge/memoryfilterbar.h"
#include "knowledge/policydialog.h"
#include "services/enginesession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

enum MemoryColumn
{
    About,
    Scope,
    Type,
    Confidence,
    Seen,
    LastConfirmed,
    Expires,
    CreatedBy,
    Active,
    Content
};

QTreeWidget *makeTree(QWidget *parent, const QString &name, const QStringList &headers)
{
    auto *tree = new QTreeWidget(parent);
    tree->setObjectName(name);
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setHeaderLabels(headers);
    tree->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    tree->header()->setStretchLastSection(true);
    return tree;
}

QPushButton *button(QWidget *parent, QHBoxLayout *row, const QString &name, const QString &text)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
    row->addWidget(b);
    return b;
}

} // namespace

PoliciesMemoryPage::PoliciesMemoryPage(ConsoleSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *tabs = new QTabWidget(this);
    layout->addWidget(tabs);

    auto *policiesTab = new QWidget(tabs);
    auto *pv = new QVBoxLayout(policiesTab);
    pv->addWidget(new QLabel(tr("Policy notes steer the Office Manager: the Revenue Optimizer writes them, managers "
                                "correct them. Highest priority first."),
                             policiesTab));
    m_policyTree = makeTree(policiesTab, u"policyTree"_s,
                            {tr("Priority"), tr("For"), tr("Active"), tr("Written by"), tr("Updated"), tr("Policy")});
    m_policyTree->setAccessibleName(tr("Policy notes"));
    pv->addWidget(m_policyTree);
    auto *pb = new QHBoxLayout;
    QPushButton *newButton = button(policiesTab, pb, u"newPolicyButton"_s, tr("&New Policy…"));
    QPushButton *editButton = button(policiesTab, pb, u"editPolicyButton"_s, tr("&Edit…"));
    QPushButton *togglePolicyButton = button(policiesTab, pb, u"togglePolicyButton"_s, tr("Switch &On/Off"));
    pb->addStretch();
    pv->addLayout(pb);
    tabs->addTab(policiesTab, tr("Policies"));

    auto *memoriesTab = new QWidget(tabs);
    auto *mv = new QVBoxLayout(memoriesTab);
    m_filters = new MemoryFilterBar(memoriesTab);
    mv->addWidget(m_filters);
    m_memoryTree = makeTree(memoriesTab, u"memoryTree"_s,
                            {tr("About"), tr("Scope"), tr("Type"), tr("Confidence"), tr("Seen"), tr("Last confirmed"),
                             tr("Expires"), tr("Created by run"), tr("Active"), tr("Memory")});
    m_memoryTree->setAccessibleName(tr("Memories"));
    mv->addWidget(m_memoryTree);
    m_memoryCount = new QLabel(memoriesTab);
    m_memoryCount->setObjectName(u"memoryCountLabel"_s);
    m_memoryCount->setWordWrap(true);
    mv->addWidget(m_memoryCount);
    auto *mb = new QHBoxLayout;
    QPushButton *editMemoryButton = button(memoriesTab, mb, u"editMemoryButton"_s, tr("E&dit…"));
    QPushButton *toggleMemoryButton = button(memoriesTab, mb, u"toggleMemoryButton"_s, tr("Switch O&n/Off"));
    QPushButton *expiryButton = button(memoriesTab, mb, u"expiryButton"_s, tr("Set E&xpiry…"));
    QPushButton *noExpiryButton = button(memoriesTab, mb, u"noExpiryButton"_s, tr("Never &Expire"));
    mb->addStretch();
    mv->addLayout(mb);
    tabs->addTab(memoriesTab, tr("Memories"));

    auto *previewTab = new QWidget(tabs);
    auto *vv = new QVBoxLayout(previewTab);
    vv->addWidget(new QLabel(tr("What the Office Manager would read if it ran now: its policy and memory sections, for "
                                "the people and places in view."),
                             previewTab));
    m_preview = new QPlainTextEdit(previewTab);
    m_preview->setObjectName(u"knowledgePreview"_s);
    m_preview->setAccessibleName(tr("Prompt preview"));
    m_preview->setReadOnly(true);
    vv->addWidget(m_preview);
    tabs->addTab(previewTab, tr("What the Office Manager reads"));
    connect(tabs, &QTabWidget::currentChanged, this, [this, previewTab, tabs] {
        if (tabs->currentWidget() == previewTab)
            preview();
    });

    connect(newButton, &QPushButton::clicked, this, [this] { editPolicy(true); });
    connect(editButton, &QPushButton::clicked, this, [this] { editPolicy(false); });
    connect(m_policyTree, &QTreeWidget::itemDoubleClicked, this, [this] { editPolicy(false); });
    connect(togglePolicyButton, &QPushButton::clicked, this, [this] { togglePolicy(); });
    connect(editMemoryButton, &QPushButton::clicked, this, &PoliciesMemoryPage::editMemory);
    connect(m_memoryTree, &QTreeWidget::itemDoubleClicked, this, &PoliciesMemoryPage::editMemory);
    connect(toggleMemoryButton, &QPushButton::clicked, this, [this] { toggleMemory(); });
    connect(expiryButton, &QPushButton::clicked, this, &PoliciesMemoryPage::editExpiry);
    connect(noExpiryButton, &QPushButton::clicked, this, [this] { setMemoryExpiry({}); });
    connect(m_filters, &MemoryFilterBar::changed, this, [this] {
        m_memoriesStale = true;
        refresh();
    });
}

void PoliciesMemoryPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        reload();
}

QCoro::Task<void> PoliciesMemoryPage::reload()
{
    m_policiesStale = m_memoriesStale = true;
    QCoro::Task<void> refreshing = refresh();
    co_await refreshing;
}

QCoro::Task<void> PoliciesMemoryPage::refresh()
{
    if (m_loading)
        co_return; // the read in flight sees the stale flags when it is done
    PageTask work(this, [this](const QString &sentence) { Q_EMIT message(sentence); });
    work.busy(m_loading);
    m_loaded = true;
    KnowledgeService &knowledge = m_session.engine().knowledge();
    while (m_policiesStale || m_memoriesStale) {
        const bool everything = m_policiesStale;
        m_policiesStale = m_memoriesStale = false;
        const KnowledgeStore::MemoryFilter filter = m_filters->filter();
        if (everything) {
            QCoro::Task<std::optional<KnowledgeService::Overview>> loading = work.run(knowledge.overview(filter));
            const std::optional<KnowledgeService::Overview> overview = co_await loading;
            if (!work.pageAlive())
                co_return;
            if (overview)
                showOverview(*overview);
        } else {
            QCoro::Task<std::optional<KnowledgeStore::MemoryList>> loading = work.run(knowledge.memories(filter));
            const std::optional<KnowledgeStore::MemoryList> memories = co_await loading;
            if (!work.pageAlive())
                co_return;
            if (memories) {
                m_memories = *memories;
                showMemories();
            }
        }
    }
}

void PoliciesMemoryPage::showOverview(const KnowledgeService::Overview &overview)
{
    m_zone = QTimeZone(overview.timeZone.toUtf8());
    m_policies = overview.policies;
    m_locations = overview.locations;
    m_memoryTypes = overview.choices.memoryTypes;
    // A person, place or type that no longer has memories leaves the choices: read again without it.
    if (m_filters->setChoices(overview.choices))
        m_memoriesStale = true;
    showPolicies();
    m_memories = overview.memories;
    showMemories();
}

void PoliciesMemoryPage::showPolicies()
{
    const QString selected = selectedId(m_policyTree);
    m_policyTree->clear();
    for (const KnowledgeStore::Policy &p : std::as_const(m_policies)) {
        auto *item = new QTreeWidgetItem(m_policyTree);
        item->setData(0, Qt::UserRole, p.id);
        item->setText(0, QString::number(p.priority));
        item->setText(1, p.scope == u"location"_s ? p.locationName
                         : p.scope == u"role"_s   ? p.targetRole
                                                  : tr("everyone"));
        item->setText(2, p.active ? tr("on") : tr("off"));
        item->setText(3, KnowledgeText::writtenBy(p, m_zone));
        item->setToolTip(3, KnowledgeText::authorship(p, m_zone));
        item->setText(4, KnowledgeText::when(p.updatedAt, m_zone));
        item->setText(5, p.content.simplified());
        item->setToolTip(5, p.content);
        if (p.id == selected)
            m_policyTree->setCurrentItem(item);
    }
}

void PoliciesMemoryPage::showMemories()
{
    const QString selected = selectedId(m_memoryTree);
    m_memoryTree->clear();
    for (const KnowledgeStore::Memory &m : std::as_const(m_memories.memories)) {
        auto *item = new QTreeWidgetItem(m_memoryTree);
        item->setData(0, Qt::UserRole, m.id);
        item->setText(About, KnowledgeText::subject(m));
        item->setText(Scope, m.scope);
        item->setText(Type, m.memoryType);
        item->setText(Confidence, QString::number(m.confidence, 'f', 2));
        item->setText(Seen, KnowledgeText::observations(m.observations));
        item->setText(LastConfirmed, KnowledgeText::lastConfirmed(m, m_zone));
        item->setText(Expires, KnowledgeText::when(m.expiresAt, m_zone, tr("never")));
        item->setText(CreatedBy,
                      m.createdByRun.id.isEmpty() ? tr("not recorded") : KnowledgeText::run(m.createdByRun, m_zone));
        item->setText(Active, m.active ? tr("on") : tr("off"));
        item->setText(Content, m.content.simplified());
        item->setToolTip(Content, m.content);
        const QString provenance = KnowledgeText::provenance(m, m_zone);
        for (const int column : {LastConfirmed, CreatedBy})
            item->setToolTip(column, provenance);
        if (m.id == selected)
            m_memoryTree->setCurrentItem(item);
    }
    const QString shown = QLocale().toString(m_memories.memories.size());
    if (m_memories.isTruncated())
        m_memoryCount->setText(
            tr("Showing the newest %1 of %2 memories that match. Narrow the filters to see the rest.")
                .arg(shown, QLocale().toString(m_memories.totalMatches)));
    else
        m_memoryCount->setText(m_memories.memories.size() == 1 ? tr("1 memory matches.")
                                                               : tr("%1 memories match.").arg(shown));
}

QString PoliciesMemoryPage::selectedId(QTreeWidget *tree) const
{
    const QTreeWidgetItem *item = tree->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

const KnowledgeStore::Memory *PoliciesMemoryPage::selectedMemory() const
{
    const QString id = selectedId(m_memoryTree);
    const auto found = std::ranges::find(m_memories.memories, id, &KnowledgeStore::Memory::id);
    return id.isEmpty() || found == m_memories.memories.end() ? nullptr : &*found;
}

bool PoliciesMemoryPage::mayChange()
{
    if (!m_session.isSignedIn())
        return false;
    if (m_changing) {
        Q_EMIT message(tr("Still saving the previous change; try again in a moment."));
        return false;
    }
    return true;
}

QCoro::Task<void> PoliciesMemoryPage::change(QCoro::Task<void> changing, QString done)
{
    bool alive = false;
    {
        PageTask work(this, [this](const QString &sentence) { Q_EMIT message(tr("Not changed: %1").arg(sentence)); });
        work.busy(m_changing);
        QCoro::Task<bool> running = work.run(std::move(changing));
        if (co_await running)
            Q_EMIT message(done);
        alive = work.pageAlive();
    } // not changing any more, however it ended
    if (!alive)
        co_return;
    QCoro::Task<void> reloading = reload();
    co_await reloading;
}

void PoliciesMemoryPage::editPolicy(bool fresh)
{
    KnowledgeStore::Policy policy;
    if (!fresh) {
        const QString id = selectedId(m_policyTree);
        const auto found = std::ranges::find(m_policies, id, &KnowledgeStore::Policy::id);
        if (found == m_policies.end())
            return;
        policy = *found;
    }
    auto *dialog = new PolicyDialog(policy, m_locations, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { savePolicy(dialog->policy()); });
    dialog->open();
}

QCoro::Task<void> PoliciesMemoryPage::savePolicy(KnowledgeStore::Policy policy)
{
    if (!mayChange())
        co_return;
    QCoro::Task<void> saving = change(m_session.engine().knowledge().savePolicy(policy, m_session.user().id),
                                      tr("Policy saved. The Office Manager follows it from its next run."));
    co_await saving;
}

QCoro::Task<void> PoliciesMemoryPage::togglePolicy()
{
    const QString id = selectedId(m_policyTree);
    const auto found = std::ranges::find(m_policies, id, &KnowledgeStore::Policy::id);
    if (found == m_policies.end())
        co_return;
    const bool active = !found->active;
    if (!mayChange())
        co_return;
    QCoro::Task<void> toggling = change(m_session.engine().knowledge().setPolicyActive(id, active, m_session.user().id),
                                        active ? tr("Policy switched on.") : tr("Policy switched off."));
    co_await toggling;
}

void PoliciesMemoryPage::editMemory()
{
    const KnowledgeStore::Memory *memory = selectedMemory();
    if (!memory)
        return;
    auto *dialog = new MemoryDialog(*memory, m_memoryTypes, m_zone, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { saveMemory(dialog->memory()); });
    dialog->open();
}

QCoro::Task<void> PoliciesMemoryPage::saveMemory(KnowledgeStore::Memory memory)
{
    if (!mayChange())
        co_return;
    QCoro::Task<void> saving = change(m_session.engine().knowledge().saveMemory(memory, m_session.user().id),
                                      tr("Memory saved. The Office Manager reads it this way from its next run."));
    co_await saving;
}

QCoro::Task<void> PoliciesMemoryPage::toggleMemory()
{
    const KnowledgeStore::Memory *memory = selectedMemory();
    if (!memory)
        co_return;
    const QString id = memory->id;
    const bool active = !memory->active;
    if (!mayChange())
        co_return;
    QCoro::Task<void> toggling =
        change(m_session.engine().knowledge().setMemoryActive(id, active, m_session.user().id),
               active ? tr("Memory switched on.") : tr("Memory switched off: the Office Manager no longer reads it."));
    co_await toggling;
}

void PoliciesMemoryPage::editExpiry()
{
    const KnowledgeStore::Memory *memory = selectedMemory();
    if (!memory)
        return;
    auto *dialog = new ExpiryDialog(memory->expiresAt, m_session.clock()->nowUtc(), m_zone, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] { setMemoryExpiry(dialog->expiresAt()); });
    dialog->open();
}

QCoro::Task<void> PoliciesMemoryPage::setMemoryExpiry(QDateTime expiresAt)
{
    const QString id = selectedId(m_memoryTree);
    if (id.isEmpty())
        co_return;
    if (!mayChange())
        co_return;
    QCoro::Task<void> setting =
        change(m_session.engine().knowledge().setMemoryExpiry(id, expiresAt, m_session.user().id),
               expiresAt.isValid() ? tr("Expiry set.") : tr("The memory no longer expires."));
    co_await setting;
}

QCoro::Task<QString> PoliciesMemoryPage::preview()
{
    QString text;
    PageTask work(this, [&text](const QString &sentence) { text = sentence; });
    QCoro::Task<std::optional<QString>> assembling = work.run(m_session.engine().knowledge().officeManagerReads());
    const std::optional<QString> sections = co_await assembling;
    if (sections)
        text = *sections;
    if (work.pageAlive())
        m_preview->setPlainText(text);
    co_return text;
}
