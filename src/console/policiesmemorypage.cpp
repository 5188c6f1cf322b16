#include "policiesmemorypage.h"

#include "consolesession.h"
#include "db/database.h"
#include "db/dberror.h"
#include "policydialog.h"
#include "prompts/promptpreview.h"

#include <QCheckBox>
#include <QDateTimeEdit>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPointer>
#include <QPushButton>
#include <QTabWidget>
#include <QTimeZone>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

struct Loaded
{
    QList<KnowledgeStore::Policy> policies;
    QList<KnowledgeStore::Memory> memories;
    QList<QPair<QString, QString>> locations;
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

QPushButton *button(QWidget *parent, const QString &name, const QString &text)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(name);
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
                            {tr("Priority"), tr("For"), tr("Active"), tr("Updated"), tr("Policy")});
    m_policyTree->setAccessibleName(tr("Policy notes"));
    pv->addWidget(m_policyTree);
    auto *pb = new QHBoxLayout;
    QPushButton *newButton = button(policiesTab, u"newPolicyButton"_s, tr("&New Policy…"));
    QPushButton *editButton = button(policiesTab, u"editPolicyButton"_s, tr("&Edit…"));
    QPushButton *togglePolicyButton = button(policiesTab, u"togglePolicyButton"_s, tr("Switch &On/Off"));
    pb->addWidget(newButton);
    pb->addWidget(editButton);
    pb->addWidget(togglePolicyButton);
    pb->addStretch();
    pv->addLayout(pb);
    tabs->addTab(policiesTab, tr("Policies"));

    auto *memoriesTab = new QWidget(tabs);
    auto *mv = new QVBoxLayout(memoriesTab);
    auto *filters = new QHBoxLayout;
    m_search = new QLineEdit(memoriesTab);
    m_search->setObjectName(u"memorySearch"_s);
    m_search->setPlaceholderText(tr("Search by person, place, type or content"));
    m_search->setAccessibleName(tr("Search memories"));
    m_showInactive = new QCheckBox(tr("Show switched-off and expired"), memoriesTab);
    m_showInactive->setObjectName(u"showInactiveCheck"_s);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_showInactive);
    mv->addLayout(filters);
    m_memoryTree = makeTree(memoriesTab, u"memoryTree"_s,
                            {tr("About"), tr("Type"), tr("Confidence"), tr("Seen"), tr("Expires"), tr("Active"), tr("Memory")});
    m_memoryTree->setAccessibleName(tr("Memories"));
    mv->addWidget(m_memoryTree);
    auto *mb = new QHBoxLayout;
    QPushButton *toggleMemoryButton = button(memoriesTab, u"toggleMemoryButton"_s, tr("Switch O&n/Off"));
    QPushButton *expiryButton = button(memoriesTab, u"expiryButton"_s, tr("Set E&xpiry…"));
    QPushButton *noExpiryButton = button(memoriesTab, u"noExpiryButton"_s, tr("Never &Expire"));
    mb->addWidget(toggleMemoryButton);
    mb->addWidget(expiryButton);
    mb->addWidget(noExpiryButton);
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
    connect(editButton, &QPushButton::clicked, this, [this] { this->editPolicy(false); });
    connect(m_policyTree, &QTreeWidget::itemDoubleClicked, this, [this] { editPolicy(false); });
    connect(togglePolicyButton, &QPushButton::clicked, this, [this] { this->togglePolicy(); });
    connect(toggleMemoryButton, &QPushButton::clicked, this, [this] { this->toggleMemory(); });
    connect(noExpiryButton, &QPushButton::clicked, this, [this] { setMemoryExpiry({}); });
    connect(expiryButton, &QPushButton::clicked, this, [this] {
        auto *dialog = new QDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->setWindowTitle(tr("Expire the memory"));
        auto *v = new QVBoxLayout(dialog);
        auto *when = new QDateTimeEdit(QDateTime::currentDateTime().addDays(30), dialog);
        when->setCalendarPopup(true);
        v->addWidget(new QLabel(tr("The Office Manager stops reading it after:"), dialog));
        v->addWidget(when);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
        connect(buttons, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
        v->addWidget(buttons);
        connect(dialog, &QDialog::accepted, this, [this, when] { setMemoryExpiry(when->dateTime().toUTC()); });
        dialog->open();
    });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { reload(); });
    connect(m_showInactive, &QCheckBox::toggled, this, [this] { reload(); });
}

void PoliciesMemoryPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loaded)
        reload();
}

QCoro::Task<void> PoliciesMemoryPage::reload()
{
    if (m_busy)
        co_return;
    m_busy = true;
    m_loaded = true;
    QPointer<PoliciesMemoryPage> self(this);
    const QString search = m_search->text();
    const bool inactive = m_showInactive->isChecked();
    try {
        QFuture<Loaded> loading = m_session.db().run([search, inactive](SqlSession &s) {
            KnowledgeStore::MemoryFilter filter;
            filter.text = search;
            filter.includeInactive = inactive;
            Loaded loaded{KnowledgeStore::policies(s), KnowledgeStore::memories(s, filter).memories, {}};
            for (const QVariantList &row : s.select(u"SELECT id::text, name FROM locations ORDER BY name"_s).rows)
                loaded.locations << qMakePair(row.at(0).toString(), row.at(1).toString());
            return loaded;
        });
        const Loaded loaded = co_await loading;
        if (!self)
            co_return;
        m_policies = loaded.policies;
        m_memories = loaded.memories;
        m_locations = loaded.locations;
        showPolicies();
        showMemories();
    } catch (const DbError &error) {
        if (!self)
            co_return;
        Q_EMIT message(error.message());
    }
    m_busy = false;
}

void PoliciesMemoryPage::showPolicies()
{
    const QString selected = selectedId(m_policyTree);
    m_policyTree->clear();
    for (const KnowledgeStore::Policy &p : std::as_const(m_policies)) {
        auto *item = new QTreeWidgetItem(m_policyTree);
        item->setData(0, Qt::UserRole, p.id);
        item->setText(0, QString::number(p.priority));
        item->setText(1, p.scope == u"location"_s ? p.locationName : p.scope == u"role"_s ? p.targetRole : tr("everyone"));
        item->setText(2, p.active ? tr("on") : tr("off"));
        item->setText(3, QLocale().toString(p.updatedAt.toLocalTime(), QLocale::ShortFormat));
        item->setText(4, p.content.simplified());
        item->setToolTip(4, p.content);
        if (p.id == selected)
            m_policyTree->setCurrentItem(item);
    }
}

void PoliciesMemoryPage::showMemories()
{
    const QString selected = selectedId(m_memoryTree);
    m_memoryTree->clear();
    for (const KnowledgeStore::Memory &m : std::as_const(m_memories)) {
        auto *item = new QTreeWidgetItem(m_memoryTree);
        item->setData(0, Qt::UserRole, m.id);
        item->setText(0, m.subject.isEmpty() ? m.scope : m.subject);
        item->setText(1, m.memoryType);
        item->setText(2, QString::number(m.confidence, 'f', 2));
        item->setText(3, tr("%n time(s)", nullptr, m.observations));
        item->setText(4, m.expiresAt.isValid() ? QLocale().toString(m.expiresAt.toLocalTime(), QLocale::ShortFormat)
                                               : tr("never"));
        item->setText(5, m.active ? tr("on") : tr("off"));
        item->setText(6, m.content.simplified());
        item->setToolTip(6, m.content);
        if (m.id == selected)
            m_memoryTree->setCurrentItem(item);
    }
}

QString PoliciesMemoryPage::selectedId(QTreeWidget *tree) const
{
    const QTreeWidgetItem *item = tree->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

QCoro::Task<void> PoliciesMemoryPage::change(std::function<void(SqlSession &, const QString &)> work, QString done)
{
    if (!m_session.isSignedIn() || m_busy)
        co_return;
    QPointer<PoliciesMemoryPage> self(this);
    const QString manager = m_session.user().id;
    try {
        QFuture<void> changing = m_session.db().run([work, manager](SqlSession &s) { work(s, manager); });
        co_await changing;
        if (!self)
            co_return;
        Q_EMIT message(done);
    } catch (const DbError &error) {
        if (!self)
            co_return;
        Q_EMIT message(tr("Not changed: %1").arg(error.message()));
    }
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
    QCoro::Task<void> saving = change(
        [policy](SqlSession &s, const QString &manager) {
            if (policy.id.isEmpty())
                KnowledgeStore::createPolicy(s, policy, manager);
            else
                KnowledgeStore::updatePolicy(s, policy, manager);
        },
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
    QCoro::Task<void> toggling = change(
        [id, active](SqlSession &s, const QString &manager) { KnowledgeStore::setPolicyActive(s, id, active, manager); },
        active ? tr("Policy switched on.") : tr("Policy switched off."));
    co_await toggling;
}

QCoro::Task<void> PoliciesMemoryPage::toggleMemory()
{
    const QString id = selectedId(m_memoryTree);
    const auto found = std::ranges::find(m_memories, id, &KnowledgeStore::Memory::id);
    if (found == m_memories.end())
        co_return;
    const bool active = !found->active;
    QCoro::Task<void> toggling = change(
        [id, active](SqlSession &s, const QString &manager) { KnowledgeStore::setMemoryActive(s, id, active, manager); },
        active ? tr("Memory switched on.") : tr("Memory switched off: the Office Manager no longer reads it."));
    co_await toggling;
}

QCoro::Task<void> PoliciesMemoryPage::setMemoryExpiry(QDateTime expiresAt)
{
    const QString id = selectedId(m_memoryTree);
    if (id.isEmpty())
        co_return;
    QCoro::Task<void> setting = change(
        [id, expiresAt](SqlSession &s, const QString &manager) { KnowledgeStore::setMemoryExpiry(s, id, expiresAt, manager); },
        expiresAt.isValid() ? tr("Expiry set.") : tr("The memory no longer expires."));
    co_await setting;
}

QCoro::Task<QString> PoliciesMemoryPage::preview()
{
    QPointer<PoliciesMemoryPage> self(this);
    const std::shared_ptr<const Clock> clock = m_session.clock();
    QString text;
    try {
        // The real assembly, so that the sections are scoped exactly as in a run (people and places in view).
        QFuture<QString> assembling = m_session.db().run([clock](SqlSession &s) -> QString {
            const AssembledContext context = PromptPreview::now(s, Agent::OfficeManager, clock, 200000).context;
            QStringList sections;
            for (const ContextModule &module : context.modules)
                if (module.moduleId == u"policy"_s || module.moduleId == u"memory"_s)
                    sections << module.prompt;
            return sections.join(u"\n\n"_s);
        });
        text = co_await assembling;
    } catch (const DbError &error) {
        text = error.message();
    }
    if (self)
        m_preview->setPlainText(text);
    co_return text;
}
