#include "metrics/metricspage.h"

#include "app/consolesession.h"
#include "common/pagetask.h"
#include "common/periodpicker.h"
#include "metrics/metricscharts.h"
#include "metrics/metricsformat.h"
#include "metrics/metricstablemodel.h"
#include "services/enginesession.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QStandardItemModel>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::Literals::StringLiterals;

namespace {

QString figure(const QString &label, const QString &value)
{
    return u"%1 <b>%2</b>"_s.arg(label.toHtmlEscaped(), value.toHtmlEscaped());
}

} // namespace

MetricsPage::MetricsPage(ConsoleSession &session, QWidget *parent) : QWidget(parent), m_session(session)
{
    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    using P = PeriodPicker::Preset;
    m_period = new PeriodPicker(
        session.clock(), {P::Last7Days, P::Last30Days, P::Last90Days, P::Last365Days, P::ThisMonth, P::LastMonth},
        P::Last30Days, this);
    m_location = new QComboBox(this);
    m_location->setObjectName(u"metricsLocation"_s);
    m_location->setAccessibleName(tr("Location"));
    m_location->addItem(tr("Every location"), QString());
    m_person = new QLineEdit(this);
    m_person->setObjectName(u"metricsPerson"_s);
    m_person->setAccessibleName(tr("Person"));
    m_person->setPlaceholderText(tr("Everyone — type a name"));
    m_person->setClearButtonEnabled(true);
    m_person->setMinimumWidth(200);
    m_matches = new QStandardItemModel(this);
    auto *completer = new QCompleter(m_matches, this);
    completer->setObjectName(u"metricsPersonCompleter"_s);
    completer->setCompletionMode(QCompleter::UnfilteredPopupCompletion); // the database already matched
    m_person->setCompleter(completer);
    m_searchDelay = new QTimer(this);
    m_searchDelay->setSingleShot(true);
    m_searchDelay->setInterval(200);
    bar->addWidget(m_period);
    bar->addSpacing(12);
    bar->addWidget(m_location);
    bar->addWidget(m_person);
    bar->addStretch();
    // Importing belongs to the import dialogs; the page only asks for them (MainWindow connects importRequested).
    const auto importButton = [this, bar](const QString &name, const QString &text, const QString &kind) {
        auto *button = new QPushButton(text, this);
        button->setObjectName(name);
        button->hide();
        connect(button, &QPushButton::clicked, this, [this, kind] { Q_EMIT importRequested(kind); });
        bar->addWidget(button);
        m_importButtons << button;
    };
    importButton(u"importPosButton"_s, tr("Import &POS sales…"), u"pos"_s);
    importButton(u"importAuctionButton"_s, tr("Import &auction figures…"), u"auction"_s);
    auto *refreshButton = new QPushButton(tr("&Refresh"), this);
    refreshButton->setObjectName(u"metricsRefresh"_s);
    bar->addWidget(refreshButton);
    layout->addLayout(bar);

    m_empty = new QLabel(tr("<b>No metrics yet</b> — run <code>mentats metrics rollup</code> or import POS sales. "
                            "Lateness below comes straight from shifts and clock-ins."),
                         this);
    m_empty->setObjectName(u"metricsEmptyState"_s);
    m_empty->setTextFormat(Qt::RichText);
    m_empty->setWordWrap(true);
    m_empty->hide();
    layout->addWidget(m_empty);
    m_figures = new QLabel(this);
    m_figures->setObjectName(u"metricsFigures"_s);
    m_figures->setTextFormat(Qt::RichText);
    m_figures->setWordWrap(true);
    m_figures->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_figures);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_charts = new MetricsCharts(splitter);
    auto *tabs = new QTabWidget(splitter);
    tabs->setObjectName(u"metricsTabs"_s);
    m_people = new MetricsTableModel(session, MetricsTable::Rows::People, this);
    m_locations = new MetricsTableModel(session, MetricsTable::Rows::Locations, this);
    tabs->addTab(makeTable(m_people, u"peopleTable"_s), tr("People"));
    tabs->addTab(makeTable(m_locations, u"locationsTable"_s), tr("Locations"));

    auto *optimizer = new QWidget(tabs);
    auto *optimizerLayout = new QVBoxLayout(optimizer);
    m_previewSummary = new QLabel(tr("Assembling…"), optimizer);
    m_previewSummary->setObjectName(u"optimizerPreviewSummary"_s);
    m_previewSummary->setWordWrap(true);
    auto *previewSplitter = new QSplitter(Qt::Horizontal, optimizer);
    m_previewModules = new QTreeWidget(previewSplitter);
    m_previewModules->setObjectName(u"optimizerPreviewModules"_s);
    m_previewModules->setRootIsDecorated(false);
    m_previewModules->setHeaderLabels({tr("Module"), tr("Tokens"), tr("In the prompt")});
    m_previewModules->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_previewText = new QPlainTextEdit(previewSplitter);
    m_previewText->setObjectName(u"optimizerPreviewText"_s);
    m_previewText->setAccessibleName(tr("What the Revenue Optimizer will see"));
    m_previewText->setReadOnly(true);
    m_previewText->setLineWrapMode(QPlainTextEdit::NoWrap);
    previewSplitter->setStretchFactor(1, 3);
    optimizerLayout->addWidget(m_previewSummary);
    optimizerLayout->addWidget(previewSplitter, 1);
    tabs->addTab(optimizer, tr("What the Revenue Optimizer will see"));
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    connect(m_period, &PeriodPicker::periodChanged, this, [this] { refresh(); });
    connect(m_location, &QComboBox::activated, this, [this] { refresh(); });
    connect(refreshButton, &QPushButton::clicked, this, [this] {
        refresh();
        refreshPreview();
    });
    connect(m_person, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (text.trimmed().isEmpty()) {
            m_searchDelay->stop();
            setPerson({}, {});
            return;
        }
        m_searchDelay->start();
    });
    connect(m_searchDelay, &QTimer::timeout, this, [this] { searchPeople(m_person->text()); });
    connect(completer, qOverload<const QModelIndex &>(&QCompleter::activated), this, [this](const QModelIndex &index) {
        setPerson(index.data(Qt::UserRole).toString(), index.data(Qt::DisplayRole).toString());
    });
    for (MetricsTableModel *model : {m_people, m_locations})
        connect(model, &MetricsTableModel::problem, this, &MetricsPage::message);
}

QWidget *MetricsPage::makeTable(MetricsTableModel *model, const QString &name)
{
    auto *view = new QTableView(this);
    view->setObjectName(name);
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    view->horizontalHeader()->setSortIndicator(
        int(MetricsTable::columns(model->rowsKind()).indexOf(model->sortColumn())), Qt::DescendingOrder);
    view->setSortingEnabled(true); // after the indicator: enabling sorts by it
    view->setToolTip(model->rowsKind() == MetricsTable::Rows::People ? tr("Double-click a person to chart them alone")
                                                                     : tr("Double-click a location to chart it alone"));
    connect(view, &QTableView::doubleClicked, this, [this, model](const QModelIndex &index) {
        const MetricsTable::Row &row = model->row(index.row());
        if (model->rowsKind() == MetricsTable::Rows::People) {
            setPerson(row.id, row.name);
        } else {
            setPerson({}, {});
            setLocation(row.id);
        }
    });
    return view;
}

void MetricsPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!m_loadedOnce) {
        m_loadedOnce = true;
        refresh();
        refreshPreview();
    }
}

void MetricsPage::setImportAvailable(bool available)
{
    for (QPushButton *button : std::as_const(m_importButtons))
        button->setVisible(available);
}

void MetricsPage::setPeriod(QDate from, QDate to)
{
    m_period->setPeriod(from, to);
    refresh();
}

void MetricsPage::setLocation(const QString &locationId)
{
    const int index = m_location->findData(locationId);
    if (index >= 0)
        m_location->setCurrentIndex(index);
    refresh();
}

void MetricsPage::setPerson(const QString &userId, const QString &name)
{
    m_userId = userId;
    m_personName = name;
    if (m_person->text() != name)
        m_person->setText(name);
    refresh();
}

MetricsQuery MetricsPage::query() const
{
    return MetricsQuery{m_period->from(), m_period->to(), m_location->currentData().toString(), m_userId};
}

void MetricsPage::showSetup(const MetricsService::Setup &setup)
{
    m_context = setup.context;
    m_period->setZone(setup.context.calendar.zone());
    const QSignalBlocker blocker(m_location);
    for (const MetricsChoices::Choice &c : setup.locations)
        m_location->addItem(c.active ? c.name : tr("%1 (closed)").arg(c.name), c.id);
}

QCoro::Task<void> MetricsPage::refresh()
{
    const int generation = ++m_generation;
    m_loading = true;
    QString problem;
    // Not busy(m_loading): a refresh overtaken by a newer one leaves the flag to the newer one.
    PageTask work(this, [&problem](const QString &sentence) { problem = sentence; });
    MetricsService &metrics = m_session.engine().metrics();
    if (!m_context) {
        QCoro::Task<std::optional<MetricsService::Setup>> loading = work.run(metrics.setup());
        const std::optional<MetricsService::Setup> setup = co_await loading;
        if (!work.pageAlive())
            co_return;
        if (setup && !m_context) // else another refresh got there first
            showSetup(*setup);
    }
    std::optional<MetricsSeries::Result> result;
    if (m_context && generation == m_generation) {
        m_figures->setText(tr("Adding up…"));
        QCoro::Task<std::optional<MetricsSeries::Result>> reading = work.run(metrics.series(query(), *m_context));
        result = co_await reading;
    }
    if (!work.pageAlive() || generation != m_generation)
        co_return;
    m_loading = false;
    if (!result) {
        m_figures->setText(problem.toHtmlEscaped());
        Q_EMIT message(problem);
        Q_EMIT refreshed();
        co_return;
    }
    m_result = std::move(result);
    showResult();
    MetricsQuery tableQuery = m_result->query;
    tableQuery.userId.clear(); // the table ranks everyone (at the location); pick someone there to chart them
    m_people->setQuery(tableQuery, *m_context);
    tableQuery.locationId.clear();
    m_locations->setQuery(tableQuery, *m_context);
    Q_EMIT refreshed();
}

void MetricsPage::showResult()
{
    const MetricsSeries::Result &r = *m_result;
    const MetricsSeries::Totals &t = r.totals;
    m_empty->setVisible(!r.metricsExist);
    QString scope = tr("The whole business");
    if (r.query.scope() == MetricsQuery::Scope::Person)
        scope = m_personName;
    else if (r.query.scope() == MetricsQuery::Scope::Location)
        scope = m_location->currentText();
    QStringList figures = {
        figure(tr("Sales"), MetricsFormat::money(t.sales)),
        figure(tr("Transactions"), t.sales ? MetricsFormat::count(t.transactions) : MetricsFormat::noSalesData()),
        figure(tr("Avg sale"), t.avgTransactionValue ? MetricsFormat::money(t.avgTransactionValue) : u"—"_s),
        figure(tr("Labor hours"), MetricsFormat::hours(t.laborHours)),
        figure(tr("Revenue per labor hour"), MetricsFormat::perHour(t.revenuePerLaborHour)),
        figure(tr("Late arrivals"), t.shifts > 0
                                        ? tr("%1 of %2 shifts (%3)")
                                              .arg(MetricsFormat::count(t.lateShifts), MetricsFormat::count(t.shifts),
                                                   MetricsFormat::share(t.lateShare()))
                                        : tr("no shifts")),
        figure(tr("Absences"), MetricsFormat::count(t.absences))};
    if (t.hasStaffFigures)
        figures << figure(tr("Tasks done"), MetricsFormat::count(t.tasksCompleted))
                << figure(tr("Tasks overdue"), MetricsFormat::count(t.tasksOverdue))
                << figure(tr("Refunds"), MetricsFormat::count(t.refunds))
                << figure(tr("Complaints"), MetricsFormat::count(t.complaints));
    const QString days = tr("%1 to %2: %n day(s) with sales data", nullptr, t.daysWithSales)
                             .arg(QLocale().toString(r.query.from, QLocale::ShortFormat),
                                  QLocale().toString(r.query.to, QLocale::ShortFormat)) +
                         tr(", %n with roll-ups", nullptr, t.daysWithMetrics);
    m_figures->setText(u"<b>%1</b> · %2<br>"_s.arg(scope.toHtmlEscaped(), days.toHtmlEscaped()) +
                       figures.join(u" · "_s));
    m_charts->show(r);
}

QCoro::Task<void> MetricsPage::searchPeople(QString text)
{
    const int generation = ++m_searchGeneration;
    if (!m_context)
        co_return;
    QString problem;
    PageTask work(this, [&problem](const QString &sentence) { problem = sentence; });
    QCoro::Task<std::optional<QList<MetricsChoices::Choice>>> searching =
        work.run(m_session.engine().metrics().people(text, *m_context));
    const std::optional<QList<MetricsChoices::Choice>> found = co_await searching;
    if (!work.pageAlive() || generation != m_searchGeneration)
        co_return;
    if (!found) {
        Q_EMIT message(problem);
        co_return;
    }
    m_matches->clear();
    for (const MetricsChoices::Choice &c : *found) {
        auto *item = new QStandardItem(c.active ? c.name : tr("%1 (left)").arg(c.name));
        item->setData(c.id, Qt::UserRole);
        m_matches->appendRow(item);
    }
    if (m_person->hasFocus() || m_person->isVisible())
        m_person->completer()->complete();
}

QCoro::Task<void> MetricsPage::refreshPreview()
{
    m_previewSummary->setText(tr("Assembling what the Revenue Optimizer will see…"));
    PageTask work(this, [this](const QString &sentence) {
        m_previewSummary->setText(tr("The preview could not be assembled: %1").arg(sentence));
    });
    work.finally([this] { Q_EMIT previewLoaded(); });
    QCoro::Task<std::optional<OptimizerPreview>> assembling = work.run(m_session.engine().metrics().optimizerPreview());
    std::optional<OptimizerPreview> preview = co_await assembling;
    if (!preview)
        co_return;
    m_preview = std::move(preview);
    showPreview();
}

QString MetricsPage::status(const OptimizerPreview::Module &module)
{
    if (!module.included)
        return tr("left out: %1").arg(module.reason);
    switch (module.detail) {
    case ContextDetail::Full:
        break;
    case ContextDetail::Summary:
        return tr("included: what stands out listed, the rest as counts per location");
    case ContextDetail::Counts:
        return tr("included: what stands out listed, the rest as totals");
    }
    return tr("included");
}

void MetricsPage::showPreview()
{
    const OptimizerPreview &p = *m_preview;
    const QTimeZone zone = m_context ? m_context->calendar.zone() : QTimeZone(BusinessCalendar::kDefaultZoneId);
    m_previewSummary->setText(
        tr("Next run %1 (%2, schedule \"%3\"), looking back over %4. The history and metrics modules below are about "
           "%5 tokens of its %6-token context budget (the whole context: about %7). From the data as it is now.")
            .arg(QLocale().toString(p.runAtUtc.toTimeZone(zone), u"ddd d MMM yyyy HH:mm"_s),
                 QString::fromUtf8(zone.id()), p.schedule, p.window.describe(), QLocale().toString(p.includedTokens()),
                 QLocale().toString(p.tokenBudget), QLocale().toString(p.contextTokens)));
    m_previewModules->clear();
    for (const OptimizerPreview::Module &m : p.modules) {
        auto *item = new QTreeWidgetItem(
            m_previewModules, {m.name, m.tokenEstimate > 0 ? QString::number(m.tokenEstimate) : QString(), status(m)});
        item->setData(0, Qt::UserRole, m.moduleId);
        item->setTextAlignment(1, Qt::AlignRight | Qt::AlignVCenter);
    }
    m_previewText->setPlainText(p.text().isEmpty() ? tr("Nothing: every history module is left out.") : p.text());
}
