#include "dashboard/dashboardpage.h"

#include "app/consolesession.h"
#include "common/pagetask.h"
#include "services/dashboardservice.h"
#include "services/enginesession.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

QString money(double dollars)
{
    // Dollars, as the providers bill them: cents, or four places below a cent.
    return u"$"_s + QLocale().toString(dollars, 'f', dollars > 0 && dollars < 0.01 ? 4 : 2);
}

} // namespace

DashboardPage::DashboardPage(ConsoleSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    m_updated = new QLabel(this);
    m_updated->setObjectName(u"updatedLabel"_s);
    layout->addWidget(m_updated);
    auto *cards = new QHBoxLayout;
    for (const Agent agent : {Agent::OfficeManager, Agent::RevenueOptimizer}) {
        m_cards << makeCard(agent);
        cards->addWidget(m_cards.back().box);
    }
    layout->addLayout(cards);
    auto *recentTitle = new QLabel(tr("Recent actions"), this);
    layout->addWidget(recentTitle);
    m_recent = new QTreeWidget(this);
    m_recent->setObjectName(u"recentActions"_s);
    m_recent->setAccessibleName(tr("Recent actions"));
    m_recent->setRootIsDecorated(false);
    m_recent->setUniformRowHeights(true);
    m_recent->setHeaderLabels({tr("Time"), tr("Agent"), tr("Outcome"), tr("Tool"), tr("About"), tr("Detail")});
    m_recent->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_recent->header()->setStretchLastSection(true);
    layout->addWidget(m_recent, 1);
    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, [this] { refresh(); });
}

DashboardPage::Card DashboardPage::makeCard(Agent agent)
{
    Card card;
    card.box = new QGroupBox(Agents::displayName(agent), this);
    card.box->setObjectName(Agents::id(agent) + u"Card"_s);
    auto *form = new QFormLayout(card.box);
    const auto row = [&](const QString &label, const QString &name) {
        auto *value = new QLabel(card.box);
        value->setObjectName(Agents::id(agent) + u"_"_s + name);
        value->setTextInteractionFlags(Qt::TextSelectableByMouse);
        value->setWordWrap(true);
        form->addRow(label, value);
        return value;
    };
    card.state = row(tr("State:"), u"state"_s);
    card.schedule = row(tr("Scheduler:"), u"schedule"_s);
    card.actions = row(tr("Actions today:"), u"actions"_s);
    card.cost = row(tr("Cost:"), u"cost"_s);
    card.approvals = row(tr("Waiting for approval:"), u"approvals"_s);
    card.knowledge = row(tr("Memories and policies:"), u"knowledge"_s);
    card.context = row(tr("Latest context:"), u"context"_s);
    return card;
}

void DashboardPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_timer.start();
    refresh();
}

void DashboardPage::hideEvent(QHideEvent *event)
{
    m_timer.stop();
    QWidget::hideEvent(event);
}

QCoro::Task<void> DashboardPage::refresh()
{
    if (m_refreshing)
        co_return;
    PageTask work(this, [this](const QString &sentence) {
        m_updated->setText(tr("Could not refresh: %1").arg(sentence));
        Q_EMIT problem(sentence);
    });
    work.busy(m_refreshing).finally([this] { Q_EMIT refreshed(); });
    QCoro::Task<std::optional<DashboardSnapshot>> reading = work.run(m_session.engine().dashboard().snapshot());
    const std::optional<DashboardSnapshot> snapshot = co_await reading;
    if (snapshot)
        show(*snapshot);
}

void DashboardPage::show(const DashboardSnapshot &snapshot)
{
    m_snapshot = snapshot;
    const auto local = [&snapshot](const QDateTime &utc, const QString &format) {
        return utc.toTimeZone(snapshot.zone).toString(format);
    };
    m_updated->setText(tr("%1 — updated %2 (%3)")
                           .arg(snapshot.businessName.isEmpty() ? tr("The business") : snapshot.businessName,
                                local(snapshot.takenAt, u"HH:mm:ss"_s), QString::fromUtf8(snapshot.zone.id())));
    for (qsizetype i = 0; i < m_cards.size() && i < snapshot.agents.size(); ++i)
        fillCard(m_cards[i], snapshot.agents.at(i));
    m_recent->clear();
    for (const ActionLog::Entry &e : snapshot.recent) {
        auto *item = new QTreeWidgetItem(m_recent);
        item->setText(0, local(e.createdAt, u"ddd HH:mm"_s));
        item->setText(1, Agents::displayName(e.agent));
        item->setText(2, e.status);
        item->setText(3, e.toolName.isEmpty() ? tr("(no tool)") : e.toolName);
        item->setText(4, e.targetName);
        const QString detail = (e.reason.isEmpty() ? e.reasoning : e.reason).simplified();
        item->setText(5, detail);
        item->setToolTip(5, detail);
    }
}

void DashboardPage::fillCard(Card &card, const AgentDashboard &d)
{
    const AgentHealth &h = d.health;
    const auto local = [this](const QDateTime &utc) {
        return utc.isValid() ? QLocale().toString(utc.toTimeZone(m_snapshot.zone), u"ddd d MMM HH:mm"_s) : tr("never");
    };
    card.state->setText(h.enabled ? (h.dryRun ? tr("Enabled, dry run (nothing reaches staff)") : tr("Enabled, live"))
                                  : tr("Disabled (kill switch)"));
    QString schedule =
        h.cronError.isEmpty() ? tr("next run %1").arg(local(h.nextRun)) : tr("schedule invalid: %1").arg(h.cronError);
    schedule += u"\n"_s + tr("last success %1").arg(local(h.lastSuccess));
    if (h.lastFailure.isValid())
        schedule += u"\n"_s + tr("last failure %1: %2").arg(local(h.lastFailure), h.lastFailureReason);
    if (h.consecutiveFailures > 0)
        schedule += u"\n"_s + tr("%n failure(s) in a row", nullptr, h.consecutiveFailures);
    if (h.overdue && h.enabled)
        schedule += u"\n"_s + tr("Overdue: a scheduled run did not happen. Is a scheduler running?");
    card.schedule->setText(schedule);
    const bool alarming = h.enabled && (h.overdue || h.consecutiveFailures > 0 || !h.cronError.isEmpty());
    // White on red reads the same in light and dark palettes.
    card.schedule->setStyleSheet(alarming ? u"color: white; background-color: #c62828; padding: 2px;"_s : QString());
    card.schedule->setProperty("alarming", alarming);
    card.actions->setText(tr("%1 executed, %2 blocked, %3 errors, %4 dry run, %5 queued")
                              .arg(d.executedToday)
                              .arg(d.blockedToday)
                              .arg(d.errorsToday)
                              .arg(d.dryRunToday)
                              .arg(d.awaitingToday));
    QString cost = tr("%1 today, %2 this month").arg(money(d.costTodayUsd), money(d.costMonthUsd));
    if (d.dailyBudgetUsd)
        cost += u"\n"_s +
                tr("daily budget %1%2")
                    .arg(money(*d.dailyBudgetUsd), d.costTodayUsd >= *d.dailyBudgetUsd ? tr(" — reached") : QString());
    card.cost->setText(cost);
    card.approvals->setText(QString::number(d.pendingApprovals));
    card.knowledge->setText(h.agent == Agent::RevenueOptimizer
                                ? tr("%1 memories, %2 policies active").arg(d.activeMemories).arg(d.activePolicies)
                                : tr("reads the optimizer's"));

    const LastContext &c = d.lastContext;
    QString seen;
    if (!c.at.isValid())
        seen = tr("no run has recorded its context yet");
    else if (c.calls > 1)
        seen = tr("%1: %2 attention items, split into %3 model calls").arg(local(c.at)).arg(c.attention).arg(c.calls);
    else
        seen = tr("%1: %2 attention items, all shown").arg(local(c.at)).arg(c.attention);
    if (c.attentionNotShown > 0)
        seen += u"\n"_s + tr("Not shown: %1").arg(c.notShownReason);
    if (!c.modulesLeftOut.isEmpty())
        seen += u"\n"_s + tr("Left out: %1").arg(c.modulesLeftOut.join(u", "_s));
    card.context->setText(seen);
    card.context->setWordWrap(true);
    const bool blind = c.attentionNotShown > 0;
    card.context->setStyleSheet(blind ? u"color: white; background-color: #c62828; padding: 2px;"_s : QString());
    card.context->setProperty("alarming", blind);
}
