#include "approvals/approvalspage.h"

#include "app/consolesession.h"
#include "common/pagetask.h"
#include "services/approvalservice.h"
#include "services/enginesession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

ApprovalsPage::ApprovalsPage(ConsoleSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Actions the agents proposed that need a manager's yes. Approving runs the action "
                                    "through every check again; rejecting needs a reason."),
                                 this));
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_list = new QTreeWidget(splitter);
    m_list->setObjectName(u"approvalList"_s);
    m_list->setAccessibleName(tr("Waiting for approval"));
    m_list->setRootIsDecorated(false);
    m_list->setHeaderLabels({tr("Asked"), tr("Agent"), tr("Action"), tr("About"), tr("Expires"), tr("Reasoning")});
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);
    m_details = new QTextBrowser(splitter);
    m_details->setObjectName(u"approvalDetails"_s);
    m_details->setAccessibleName(tr("Approval details"));
    layout->addWidget(splitter, 1);
    auto *buttons = new QHBoxLayout;
    auto *approve = new QPushButton(tr("&Approve"), this);
    approve->setObjectName(u"approveButton"_s);
    auto *reject = new QPushButton(tr("&Reject…"), this);
    reject->setObjectName(u"rejectButton"_s);
    buttons->addStretch();
    buttons->addWidget(reject);
    buttons->addWidget(approve);
    layout->addLayout(buttons);
    connect(m_list, &QTreeWidget::currentItemChanged, this, &ApprovalsPage::showSelected);
    connect(approve, &QPushButton::clicked, this, [this] { approveSelected(); });
    connect(reject, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString reason = QInputDialog::getText(
            this, tr("Reject the action"), tr("Why? The reason is kept in the log."), QLineEdit::Normal, {}, &ok);
        if (!ok)
            return;
        if (reason.trimmed().isEmpty()) {
            Q_EMIT message(tr("Not rejected: say why."));
            return;
        }
        rejectSelected(reason);
    });
    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { reload(); });
}

void ApprovalsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_timer.start();
    reload();
}

void ApprovalsPage::hideEvent(QHideEvent *event)
{
    m_timer.stop();
    QWidget::hideEvent(event);
}

QString ApprovalsPage::selectedId() const
{
    const QTreeWidgetItem *item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

QCoro::Task<void> ApprovalsPage::reload()
{
    if (m_busy)
        co_return;
    PageTask work(this, [this](const QString &sentence) { Q_EMIT message(sentence); });
    work.busy(m_busy);
    QCoro::Task<std::optional<QList<ApprovalQueue::Pending>>> reading =
        work.run(m_session.engine().approvals().pending());
    const std::optional<QList<ApprovalQueue::Pending>> pending = co_await reading;
    if (!pending)
        co_return;
    const QString selected = selectedId();
    m_pending = *pending;
    m_list->clear();
    const QDateTime now = m_session.clock()->nowUtc();
    for (const ApprovalQueue::Pending &p : std::as_const(m_pending)) {
        auto *item = new QTreeWidgetItem(m_list);
        item->setData(0, Qt::UserRole, p.id);
        item->setText(0, tr("%n min ago", nullptr, int(p.requestedAt.secsTo(now) / 60)));
        item->setText(1, Agents::displayName(p.agent));
        item->setText(2, p.toolName);
        item->setText(3, p.targetName);
        item->setText(4, tr("in %n hour(s)", nullptr, int(now.secsTo(p.expiresAt) / 3600)));
        item->setText(5, p.reasoning.simplified());
        if (p.id == selected)
            m_list->setCurrentItem(item);
    }
    showSelected();
}

void ApprovalsPage::showSelected()
{
    const QString id = selectedId();
    for (const ApprovalQueue::Pending &p : std::as_const(m_pending)) {
        if (p.id != id)
            continue;
        m_details->setHtml(u"<h3>%1</h3><p>%2</p><h4>%3</h4><p>%4</p><h4>%5</h4><pre>%6</pre>"_s.arg(
            p.toolName.toHtmlEscaped(),
            p.targetName.isEmpty() ? QString() : tr("About %1").arg(p.targetName.toHtmlEscaped()),
            tr("Why the agent wants it"), p.reasoning.toHtmlEscaped(), tr("What it would do"),
            QString::fromStdString(p.arguments.dump(2)).toHtmlEscaped()));
        return;
    }
    m_details->clear();
}

QCoro::Task<ApprovalQueue::Decision> ApprovalsPage::approveSelected()
{
    QCoro::Task<ApprovalQueue::Decision> deciding = decideSelected(std::nullopt);
    const ApprovalQueue::Decision decision = co_await deciding;
    co_return decision;
}

QCoro::Task<ApprovalQueue::Decision> ApprovalsPage::rejectSelected(QString reason)
{
    QCoro::Task<ApprovalQueue::Decision> deciding = decideSelected(reason);
    const ApprovalQueue::Decision decision = co_await deciding;
    co_return decision;
}

QCoro::Task<ApprovalQueue::Decision> ApprovalsPage::decideSelected(std::optional<QString> rejection)
{
    const QString id = selectedId();
    ApprovalQueue::Decision decision;
    if (id.isEmpty() || !m_session.isSignedIn())
        co_return decision;
    const SignedInUser user = m_session.user();
    ApprovalService &approvals = m_session.engine().approvals();
    // A failure is the decision's sentence, shown below like any other outcome.
    PageTask work(this, [&decision](const QString &sentence) { decision.message = sentence; });
    QCoro::Task<std::optional<ApprovalQueue::Decision>> deciding =
        work.run(rejection ? approvals.reject(id, user, *rejection) : approvals.approve(id, user));
    const std::optional<ApprovalQueue::Decision> decided = co_await deciding;
    if (decided)
        decision = *decided;
    if (!work.pageAlive())
        co_return decision;
    Q_EMIT message(decision.message);
    QCoro::Task<void> reloading = reload();
    co_await reloading;
    co_return decision;
}
