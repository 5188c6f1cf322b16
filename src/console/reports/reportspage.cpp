#include "reports/reportspage.h"

#include "app/consolesession.h"
#include "common/pagetask.h"
#include "common/periodpicker.h"
#include "config/businesssettings.h"
#include "core/businesscalendar.h"
#include "reportformat.h"
#include "reports/activitycharts.h"
#include "services/businesssettingsservice.h"
#include "services/enginesession.h"
#include "services/reportservice.h"
#include "tools/toolregistry.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDesktopServices>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QStandardPaths>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

const QString kDirectoryKey = u"reports/directory"_s;

QTreeWidget *countList(const QString &name, const QStringList &headers, QWidget *parent)
{
    auto *list = new QTreeWidget(parent);
    list->setObjectName(name);
    list->setAccessibleName(headers.first());
    list->setRootIsDecorated(false);
    list->setHeaderLabels(headers);
    list->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    list->header()->setStretchLastSection(false);
    return list;
}

void fillCounts(QTreeWidget *list, const QList<ActionSummary::Count> &counts, qint64 total)
{
    list->clear();
    for (const ActionSummary::Count &c : counts) {
        auto *item =
            new QTreeWidgetItem(list, {c.label, QLocale().toString(c.count), ReportFormat::share(c.count, total)});
        item->setData(0, Qt::UserRole, c.key);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
        item->setTextAlignment(2, Qt::AlignRight | Qt::AlignVCenter);
    }
}

} // namespace

ReportsPage::ReportsPage(ConsoleSession &session, QWidget *parent)
    : QWidget(parent), m_session(session), m_exporter(new ReportExporter(session.engine(), this))
{
    auto *layout = new QVBoxLayout(this);
    auto *filters = new QHBoxLayout;
    m_period = new PeriodPicker(session.clock(),
                                {PeriodPicker::Preset::Last7Days, PeriodPicker::Preset::ThisWeek,
                                 PeriodPicker::Preset::LastWeek, PeriodPicker::Preset::ThisMonth,
                                 PeriodPicker::Preset::LastMonth, PeriodPicker::Preset::Last30Days},
                                PeriodPicker::Preset::Last7Days, this);
    m_period->fromEdit()->setObjectName(u"reportFrom"_s);
    m_period->toEdit()->setObjectName(u"reportTo"_s);
    m_agent = new QComboBox(this);
    m_agent->setObjectName(u"reportAgent"_s);
    m_agent->setAccessibleName(tr("Agent"));
    m_agent->addItem(tr("Both agents"), QString());
    for (Agent agent : {Agent::OfficeManager, Agent::RevenueOptimizer})
        m_agent->addItem(Agents::displayName(agent), Agents::id(agent));
    m_status = new QComboBox(this);
    m_status->setObjectName(u"reportStatus"_s);
    m_status->setAccessibleName(tr("Outcome"));
    m_status->addItem(tr("Any outcome"), QString());
    for (const QString &status : ActionLog::statuses())
        m_status->addItem(ActionLog::statusLabel(status), status);
    m_tool = new QComboBox(this);
    m_tool->setObjectName(u"reportTool"_s);
    m_tool->setAccessibleName(tr("Tool"));
    m_tool->addItem(tr("Any tool"), QString());
    for (const auto &tool : ToolRegistry::all())
        m_tool->addItem(tool->name(), tool->name());
    filters->addWidget(m_period);
    filters->addSpacing(12);
    filters->addWidget(m_agent);
    filters->addWidget(m_status);
    filters->addWidget(m_tool);
    filters->addStretch();
    layout->addLayout(filters);

    m_figures = new QLabel(this);
    m_figures->setObjectName(u"reportFigures"_s);
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setWordWrap(true);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_figures);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_charts = new ActivityCharts(splitter);
    auto *lists = new QWidget(splitter);
    auto *listsLayout = new QHBoxLayout(lists);
    listsLayout->setContentsMargins(0, 0, 0, 0);
    m_tools = countList(u"toolTotals"_s, {tr("Tool"), tr("Actions"), tr("Share")}, lists);
    m_people = countList(u"peopleTotals"_s, {tr("Person most often concerned"), tr("Actions"), tr("Share")}, lists);
    listsLayout->addWidget(m_tools);
    listsLayout->addWidget(m_people);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    layout->addWidget(splitter, 1);

    auto *exports = new QHBoxLayout;
    const auto button = [this, exports](const QString &name, const QString &text, const QString &tip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setToolTip(tip);
        exports->addWidget(b);
        m_exportButtons << b;
        return b;
    };
    connect(button(u"exportCsv"_s, tr("Export &CSV…"), tr("Every action of the period and filter, RFC 4180 CSV")),
            &QPushButton::clicked, this, [this] { chooseFile(ReportExporter::Format::Csv, false); });
    connect(button(u"exportJsonLines"_s, tr("Export &JSON Lines…"), tr("Every action, one JSON object per line")),
            &QPushButton::clicked, this, [this] { chooseFile(ReportExporter::Format::JsonLines, false); });
    connect(button(u"exportPdf"_s, tr("Export &PDF report…"),
                   tr("Totals, charts, the people most often concerned, then every action")),
            &QPushButton::clicked, this, [this] { chooseFile(ReportExporter::Format::Pdf, false); });
    connect(button(u"weeklySummary"_s, tr("&Weekly summary…"),
                   tr("Last week (Monday to Sunday, business time), both agents: totals, charts and what needs "
                      "attention, as a PDF")),
            &QPushButton::clicked, this, [this] { chooseFile(ReportExporter::Format::Pdf, true); });
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(u"exportProgress"_s);
    m_progress->setAccessibleName(tr("Export progress"));
    m_progress->setRange(0, 1000);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(u"cancelExport"_s);
    m_cancel->hide();
    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(u"openExport"_s);
    m_open->hide();
    m_state = new QLabel(this);
    m_state->setObjectName(u"exportState"_s);
    exports->addWidget(m_progress, 1);
    exports->addWidget(m_cancel);
    exports->addWidget(m_state, 1);
    exports->addWidget(m_open);
    layout->addLayout(exports);

    connect(m_period, &PeriodPicker::periodChanged, this, [this] { refresh(); });
    for (QComboBox *box : {m_agent, m_status, m_tool})
        connect(box, &QComboBox::activated, this, [this] { refresh(); });
    connect(m_cancel, &QPushButton::clicked, m_exporter, &ReportExporter::cancel);
    connect(m_open, &QPushButton::clicked, this,
            [this] { QDesktopServices::openUrl(QUrl::fromLocalFile(m_savedFile)); });
    connect(m_exporter, &ReportExporter::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0);
        m_progress->setFormat(tr("%1 of %2 actions").arg(QLocale().toString(done), QLocale().toString(total)));
    });
}

void ReportsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce)
        refresh();
}

bool ReportsPage::isExporting() const
{
    return m_exporter->isRunning();
}

ActionLog::Filter ReportsPage::filter() const
{
    ActionLog::Filter f;
    f.agent = Agents::fromId(m_agent->currentData().toString());
    f.status = m_status->currentData().toString();
    f.toolName = m_tool->currentData().toString();
    return f;
}

void ReportsPage::setPeriod(QDate from, QDate to)
{
    m_period->setPeriod(from, to);
}

QCoro::Task<void> ReportsPage::refresh()
{
    const int generation = ++m_generation;
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        PageTask work(this, [this](const QString &sentence) { Q_EMIT message(sentence); });
        QCoro::Task<std::optional<BusinessSettings>> loading = work.run(m_session.engine().businessSettings().load());
        const std::optional<BusinessSettings> business = co_await loading;
        if (!work.pageAlive())
            co_return;
        // Without the business's own zone (it could not be read), the default one.
        const QString zone = business ? business->timeZone : QString();
        m_zone = zone.isEmpty() ? QTimeZone(BusinessCalendar::kDefaultZoneId) : QTimeZone(zone.toUtf8());
        m_period->setZone(m_zone);
    }
    m_figures->setText(tr("Adding up…"));
    PageTask work(this, [this, generation](const QString &sentence) {
        if (generation != m_generation)
            return; // a newer refresh shows its own figures
        m_figures->setText(sentence.toHtmlEscaped());
        Q_EMIT message(sentence);
    });
    QCoro::Task<std::optional<ActionSummary::Summary>> reading =
        work.run(m_session.engine().reports().summary(filter(), m_period->from(), m_period->to(), m_zone));
    const std::optional<ActionSummary::Summary> summary = co_await reading;
    if (!summary || generation != m_generation)
        co_return;
    m_summary = *summary;
    showSummary();
    Q_EMIT refreshed();
}

void ReportsPage::showSummary()
{
    const ActionSummary::Summary &s = m_summary;
    QStringList costs;
    for (const ActionSummary::AgentTotals &t : s.agents) {
        QString cost = Agents::displayName(t.agent) + u" "_s + ReportFormat::money(t.costUsd);
        if (t.unpricedRuns > 0)
            cost += tr(" + %n run(s) with no known price", nullptr, int(t.unpricedRuns));
        costs << cost.toHtmlEscaped();
    }
    const auto figure = [](const QString &label, const QString &value) {
        return u"%1 <b>%2</b>"_s.arg(label.toHtmlEscaped(), value.toHtmlEscaped());
    };
    m_figures->setText(QStringList{figure(tr("Actions"), QLocale().toString(s.total)),
                                   figure(tr("Executed"), QLocale().toString(s.count(u"executed"_s))),
                                   figure(tr("Blocked"), QLocale().toString(s.count(u"blocked"_s))),
                                   figure(tr("Awaiting approval"), QLocale().toString(s.count(u"awaiting_approval"_s))),
                                   figure(tr("Failed"), QLocale().toString(s.count(u"failed"_s))),
                                   figure(tr("Cost"), ReportFormat::money(s.costUsd()))}
                           .join(u" · "_s) +
                       u"<br><small>"_s + costs.join(u" · "_s) + u"</small>"_s);
    m_charts->show(s);
    fillCounts(m_tools, s.byTool, s.total);
    fillCounts(m_people, s.people, s.total);
}

void ReportsPage::chooseFile(ReportExporter::Format format, bool weekly)
{
    const QString extension = ReportExporter::extension(format);
    QDate from = m_period->from();
    QDate to = m_period->to();
    if (weekly)
        std::tie(from, to) = ActionSummary::lastWeek(BusinessCalendar(m_zone, m_session.clock()).today());
    const QString name = (weekly ? u"weekly-summary-%1"_s : u"ai-actions-%1-to-%2"_s)
                             .arg(from.toString(Qt::ISODate), to.toString(Qt::ISODate)) +
                         u"."_s + extension;
    const QString directory =
        QSettings()
            .value(kDirectoryKey, QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .toString();
    auto *dialog = new QFileDialog(this, weekly ? tr("Save the weekly summary") : tr("Export the action log"),
                                   QDir(directory).filePath(name));
    dialog->setObjectName(u"exportFileDialog"_s);
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setDefaultSuffix(extension);
    dialog->setNameFilter(tr("%1 files (*.%2)").arg(extension.toUpper(), extension));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this, format, weekly](const QString &path) {
        QSettings().setValue(kDirectoryKey, QFileInfo(path).absolutePath());
        if (weekly)
            weeklySummaryTo(path);
        else
            exportTo(format, path);
    });
    dialog->open();
}

QCoro::Task<void> ReportsPage::exportTo(ReportExporter::Format format, const QString &path)
{
    ReportExporter::Request request;
    request.filter = filter();
    request.from = m_period->from();
    request.to = m_period->to();
    request.format = format;
    request.path = path;
    return runExport(request);
}

QCoro::Task<void> ReportsPage::weeklySummaryTo(const QString &path)
{
    ReportExporter::Request request;
    std::tie(request.from, request.to) = ActionSummary::lastWeek(BusinessCalendar(m_zone, m_session.clock()).today());
    request.format = ReportExporter::Format::Pdf;
    request.weeklySummary = true;
    request.path = path;
    return runExport(request);
}

QCoro::Task<void> ReportsPage::runExport(ReportExporter::Request request)
{
    if (m_exporter->isRunning()) {
        Q_EMIT message(tr("An export is already running."));
        co_return;
    }
    request.generatedBy = m_session.isSignedIn() ? m_session.user().name : QString();
    setExporting(true);
    m_state->setText(tr("Exporting to %1…").arg(QFileInfo(request.path).fileName()));
    QString problem;
    PageTask work(this, [&problem](const QString &sentence) { problem = sentence; });
    QCoro::Task<std::optional<ReportExporter::Result>> running = work.run(m_exporter->run(request));
    const std::optional<ReportExporter::Result> result = co_await running;
    if (!work.pageAlive())
        co_return;
    setExporting(false);
    QString text;
    if (!result)
        text = tr("The export failed: %1 No file was written.").arg(problem);
    else if (result->cancelled)
        text = tr("Export cancelled. No file was written.");
    else if (request.format == ReportExporter::Format::Pdf)
        text = tr("Saved %1 (%n page(s), %2 actions).", nullptr, result->pages)
                   .arg(QDir::toNativeSeparators(request.path), QLocale().toString(result->actions));
    else
        text = tr("Saved %1 actions to %2.")
                   .arg(QLocale().toString(result->actions), QDir::toNativeSeparators(request.path));
    const bool saved = result && !result->cancelled;
    if (saved)
        m_savedFile = request.path;
    m_open->setVisible(saved);
    m_state->setText(text);
    Q_EMIT message(text);
    Q_EMIT exportFinished(saved);
}

void ReportsPage::setExporting(bool exporting)
{
    for (QPushButton *b : std::as_const(m_exportButtons))
        b->setEnabled(!exporting);
    m_progress->setVisible(exporting);
    m_progress->setValue(0);
    m_progress->setFormat(tr("Starting…"));
    m_cancel->setVisible(exporting);
    if (exporting)
        m_open->hide();
}
