#include "actionlog/actionlogpage.h"

#include "actionlog/actionlogmodel.h"
#include "app/consolesession.h"
#include "common/pagetask.h"
#include "config/businesssettings.h"
#include "services/actionlogservice.h"
#include "services/enginesession.h"
#include "tools/toolregistry.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTextBrowser>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

QString pre(const nlohmann::json &value)
{
    if (value.is_null())
        return u"<p><i>none</i></p>"_s;
    return u"<pre>"_s + QString::fromStdString(value.dump(2)).toHtmlEscaped() + u"</pre>"_s;
}

QString text(const QString &value)
{
    return value.toHtmlEscaped().replace(u'\n', u"<br>"_s);
}

} // namespace

ActionLogPage::ActionLogPage(ConsoleSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    const auto combo = [this, filters](const QString &name, const QString &label) {
        auto *box = new QComboBox(this);
        box->setObjectName(name);
        box->setAccessibleName(label);
        box->setToolTip(label);
        filters->addWidget(box);
        return box;
    };
    m_agent = combo(u"agentFilter"_s, tr("Agent"));
    m_agent->addItem(tr("Both agents"), QString());
    for (const Agent agent : {Agent::OfficeManager, Agent::RevenueOptimizer})
        m_agent->addItem(Agents::displayName(agent), Agents::id(agent));
    m_period = combo(u"periodFilter"_s, tr("Period"));
    m_period->addItem(tr("Last 24 hours"), 24);
    m_period->addItem(tr("Last 7 days"), 24 * 7);
    m_period->addItem(tr("Last 30 days"), 24 * 30);
    m_period->addItem(tr("All time"), 0);
    m_period->addItem(tr("From … to …"), -1);
    m_period->setCurrentIndex(1);
    m_from = new QDateTimeEdit(this);
    m_from->setObjectName(u"fromFilter"_s);
    m_from->setAccessibleName(tr("From (business time)"));
    m_from->setCalendarPopup(true);
    m_to = new QDateTimeEdit(this);
    m_to->setObjectName(u"toFilter"_s);
    m_to->setAccessibleName(tr("To (business time)"));
    m_to->setCalendarPopup(true);
    filters->addWidget(m_from);
    filters->addWidget(m_to);
    m_status = combo(u"statusFilter"_s, tr("Outcome"));
    m_status->addItem(tr("Any outcome"), QString());
    for (const QString &status : ActionLog::statuses())
        m_status->addItem(ActionLog::statusLabel(status), status);
    m_tool = combo(u"toolFilter"_s, tr("Tool"));
    m_tool->addItem(tr("Any tool"), QString());
    for (const auto &tool : ToolRegistry::all())
        m_tool->addItem(tool->name(), tool->name());
    m_person = combo(u"personFilter"_s, tr("Person"));
    m_person->addItem(tr("Anyone"), QString());
    m_run = new QLineEdit(this);
    m_run->setObjectName(u"runFilter"_s);
    m_run->setPlaceholderText(tr("Run id"));
    m_run->setAccessibleName(tr("Run id"));
    filters->addWidget(m_run);
    m_text = new QLineEdit(this);
    m_text->setObjectName(u"textFilter"_s);
    m_text->setPlaceholderText(tr("Search reasoning and parameters"));
    m_text->setAccessibleName(tr("Search"));
    m_text->setClearButtonEnabled(true);
    filters->addWidget(m_text, 1);
    layout->addLayout(filters);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_model = new ActionLogModel(session, this);
    m_table = new QTableView(splitter);
    m_table->setObjectName(u"actionTable"_s);
    m_table->setAccessibleName(tr("Actions"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_details = new QTextBrowser(splitter);
    m_details->setObjectName(u"actionDetails"_s);
    m_details->setAccessibleName(tr("Action details"));
    m_details->setOpenLinks(false);
    splitter->addWidget(m_table);
    splitter->addWidget(m_details);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);
    layout->addWidget(splitter, 1);

    const auto apply = [this] {
        m_from->setEnabled(m_period->currentData().toInt() < 0);
        m_to->setEnabled(m_period->currentData().toInt() < 0);
        applyFilter();
    };
    for (QComboBox *box : {m_agent, m_period, m_status, m_tool, m_person})
        connect(box, &QComboBox::currentIndexChanged, this, apply);
    connect(m_from, &QDateTimeEdit::editingFinished, this, apply);
    connect(m_to, &QDateTimeEdit::editingFinished, this, apply);
    connect(m_run, &QLineEdit::editingFinished, this, apply);
    connect(m_text, &QLineEdit::editingFinished, this, apply);
    connect(m_model, &ActionLogModel::problem, this, &ActionLogPage::message);
    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    showDetails(m_model->entry(current.row()).id);
            });
    connect(m_details, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.scheme() == u"run"_s) {
            m_run->setText(url.path());
            m_period->setCurrentIndex(m_period->findData(0));
            applyFilter();
        } else if (url.scheme() == u"replay"_s) {
            m_session.requestReplay(url.path());
        }
    });
    m_live.setInterval(kLiveMs);
    connect(&m_live, &QTimer::timeout, this, [this] { pollNewer(); });
}

void ActionLogPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    m_live.start();
    if (!m_started) {
        m_started = true;
        loadChoices();
    }
}

void ActionLogPage::hideEvent(QHideEvent *event)
{
    m_live.stop();
    QWidget::hideEvent(event);
}

QCoro::Task<void> ActionLogPage::loadChoices()
{
    PageTask work(this, [this](const QString &sentence) { Q_EMIT message(sentence); });
    QCoro::Task<std::optional<ActionLogService::Choices>> loading = work.run(m_session.engine().actionLog().choices());
    const std::optional<ActionLogService::Choices> choices = co_await loading;
    if (!work.pageAlive())
        co_return;
    if (choices) {
        m_zone = choices->zone;
        m_model->setZone(m_zone);
        const QSignalBlocker blocker(m_person);
        for (const ActionLog::Person &person : choices->people)
            m_person->addItem(person.name, person.id);
        // The edits hold the business's wall-clock time (a QDateTimeEdit would show a zoned value in the
        // machine's zone); filter() reads them back in the business zone.
        const QDateTime now = m_session.clock()->nowUtc().toTimeZone(m_zone);
        const QDateTime weekAgo = now.addDays(-7);
        m_to->setDateTime(QDateTime(now.date(), now.time()));
        m_from->setDateTime(QDateTime(weekAgo.date(), weekAgo.time()));
        m_from->setEnabled(false);
        m_to->setEnabled(false);
    }
    QCoro::Task<void> applying = applyFilter();
    co_await applying;
}

ActionLog::Filter ActionLogPage::filter() const
{
    ActionLog::Filter f;
    if (const QString agent = m_agent->currentData().toString(); !agent.isEmpty())
        f.agent = Agents::fromId(agent);
    const int hours = m_period->currentData().toInt();
    if (hours > 0) {
        f.since = m_session.clock()->nowUtc().addSecs(-qint64(hours) * 3600);
    } else if (hours < 0) {
        // The edits show business time: read them as such, whatever the machine's zone.
        f.since = QDateTime(m_from->date(), m_from->time(), m_zone).toUTC();
        f.until = QDateTime(m_to->date(), m_to->time(), m_zone).toUTC();
    }
    f.status = m_status->currentData().toString();
    f.toolName = m_tool->currentData().toString();
    f.userId = m_person->currentData().toString();
    f.runId = m_run->text().trimmed();
    f.text = m_text->text().trimmed();
    return f;
}

QCoro::Task<void> ActionLogPage::applyFilter()
{
    m_details->clear();
    QCoro::Task<void> filtering = m_model->setFilter(filter());
    co_await filtering;
}

QCoro::Task<void> ActionLogPage::pollNewer()
{
    QScrollBar *bar = m_table->verticalScrollBar();
    QPointer<ActionLogPage> self(this);
    QCoro::Task<int> refreshing = m_model->refreshNewer();
    const int before = bar->value();
    const int inserted = co_await refreshing;
    if (!self || inserted == 0)
        co_return;
    // Keep the rows the user is looking at in place; at the very top, show the new ones.
    if (before > 0)
        bar->setValue(before + inserted * m_table->verticalHeader()->defaultSectionSize());
}

QString ActionLogPage::detailsHtml() const
{
    return m_details->toHtml();
}

QCoro::Task<QString> ActionLogPage::showDetails(QString actionId)
{
    QString html;
    PageTask work(this, [&html](const QString &sentence) { html = u"<p>%1</p>"_s.arg(text(sentence)); });
    QCoro::Task<std::optional<ActionLog::Details>> reading = work.run(m_session.engine().actionLog().details(actionId));
    const std::optional<ActionLog::Details> details = co_await reading;
    if (!work.pageAlive())
        co_return html; // the page closed while the details were read
    if (details) {
        const ActionLog::Details &d = *details;
        const ActionLog::Entry &e = d.entry;
        const auto when = [this](const QDateTime &utc) {
            return QLocale().toString(utc.toTimeZone(m_zone), u"yyyy-MM-dd HH:mm:ss"_s);
        };
        html = u"<h3>%1 — %2</h3>"_s.arg(text(e.toolName.isEmpty() ? tr("Observation") : e.toolName), text(e.status));
        html += u"<p>%1 · %2%3</p>"_s.arg(when(e.createdAt), Agents::displayName(e.agent),
                                          e.targetName.isEmpty() ? QString()
                                                                 : u" · "_s + tr("about %1").arg(text(e.targetName)));
        if (!e.reason.isEmpty())
            html += u"<p><b>%1</b> %2</p>"_s.arg(tr("Why:"), text(e.reason));
        html += u"<h4>%1</h4><p>%2</p>"_s.arg(tr("Reasoning"), text(e.reasoning));
        html += u"<h4>%1</h4>"_s.arg(tr("Parameters")) + pre(e.parameters);
        html += u"<h4>%1</h4>"_s.arg(tr("Result")) + pre(e.result);
        QStringList created;
        if (!e.createdTaskId.isEmpty())
            created << tr("task %1").arg(e.createdTaskId);
        if (!e.createdMessageId.isEmpty())
            created << tr("message %1").arg(e.createdMessageId);
        if (!e.targetUserId.isEmpty())
            created << tr("person %1").arg(e.targetUserId);
        if (!created.isEmpty())
            html += u"<p><b>%1</b> %2</p>"_s.arg(tr("Concerns:"), created.join(u", "_s));
        html += u"<h4>%1</h4>"_s.arg(tr("Context snapshot (%1 tokens)").arg(e.contextTokens)) + pre(d.contextSnapshot);
        html += u"<h4>%1</h4>"_s.arg(tr("The run"));
        // A run that asked the model can be tried again against another model or instructions (Dry Run page).
        const QString replay = d.systemPrompt.isEmpty() || d.runStatus == RunStatus::Running
                                   ? QString()
                                   : u" · <a href=\"replay:%1\">%2</a>"_s.arg(e.runId, tr("Replay…"));
        html += u"<p><a href=\"run:%1\">%2</a>%8 · %3 · %4 · %5 %6 · %7</p>"_s.arg(
            e.runId, tr("Show only this run"), text(d.runTrigger),
            text(d.runStatus ? RunStatuses::toText(*d.runStatus) : QString()), text(d.provider), text(d.model),
            tr("%1 in / %2 out tokens, %3")
                .arg(d.inputTokens)
                .arg(d.outputTokens)
                .arg(d.costUsd.isEmpty() ? tr("cost unknown") : u"$"_s + d.costUsd),
            replay);
        html += u"<ol>"_s;
        for (const ActionLog::Entry &a : d.runActions)
            html += u"<li>%1 %2 — %3%4</li>"_s.arg(when(a.createdAt).right(8),
                                                   text(a.toolName.isEmpty() ? tr("(no tool)") : a.toolName),
                                                   text(a.status), a.id == e.id ? tr(" (this one)") : QString());
        html += u"</ol>"_s;
        if (!d.systemPrompt.isEmpty())
            html += u"<h4>%1</h4><pre>%2</pre><h4>%3</h4><pre>%4</pre>"_s.arg(
                tr("System prompt"), d.systemPrompt.toHtmlEscaped(), tr("User message"), d.userMessage.toHtmlEscaped());
        if (!d.rounds.is_null())
            html += u"<h4>%1</h4>"_s.arg(tr("Rounds (raw responses)")) + pre(d.rounds);
    }
    m_details->setHtml(html);
    co_return html;
}
