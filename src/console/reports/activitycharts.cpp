#include "reports/activitycharts.h"

#include "statuspalette.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChartView>
#include <QEvent>
#include <QGraphicsLayout>
#include <QHBoxLayout>
#include <QLocale>
#include <QStackedBarSeries>
#include <QValueAxis>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

QChartView *makeView(const QString &name, const QString &title, QWidget *parent)
{
    auto *chart = new QChart;
    chart->setTitle(title);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    auto *view = new QChartView(chart, parent);
    view->setObjectName(name);
    view->setAccessibleName(title);
    view->setRenderHint(QPainter::Antialiasing);
    view->setMinimumHeight(220);
    return view;
}

QStringList dayLabels(const ActionSummary::Summary &summary)
{
    const bool spansYears = summary.from.year() != summary.to.year();
    QStringList labels;
    for (const ActionSummary::Day &day : summary.days)
        labels << QLocale().toString(day.date, spansYears ? u"d MMM yy"_s : u"d MMM"_s);
    return labels;
}

// Replaces the chart's series and axes: one stacked bar per day.
void fill(QChart *chart, const QList<QBarSet *> &sets, const ActionSummary::Summary &summary, const QString &format)
{
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    auto *series = new QStackedBarSeries;
    double top = 0;
    QList<double> totals(summary.days.size(), 0);
    for (QBarSet *set : sets) {
        series->append(set);
        for (int i = 0; i < set->count(); ++i)
            totals[i] += set->at(i);
    }
    for (double t : totals)
        top = std::max(top, t);
    chart->addSeries(series);
    auto *days = new QBarCategoryAxis;
    days->append(dayLabels(summary));
    if (summary.days.size() > 14)
        days->setLabelsAngle(-90);
    chart->addAxis(days, Qt::AlignBottom);
    series->attachAxis(days);
    auto *values = new QValueAxis;
    values->setRange(0, top > 0 ? top * 1.1 : 1);
    values->setLabelFormat(format);
    values->applyNiceNumbers();
    chart->addAxis(values, Qt::AlignLeft);
    series->attachAxis(values);
}

} // namespace

ActivityCharts::ActivityCharts(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_outcomes = makeView(u"outcomeChart"_s, tr("Actions per day by outcome"), this);
    m_cost = makeView(u"costChart"_s, tr("Cost per day by agent (USD)"), this);
    layout->addWidget(m_outcomes, 3);
    layout->addWidget(m_cost, 2);
    applyTheme();
}

QChart *ActivityCharts::outcomesChart() const
{
    return m_outcomes->chart();
}

QChart *ActivityCharts::costChart() const
{
    return m_cost->chart();
}

void ActivityCharts::show(const ActionSummary::Summary &summary)
{
    m_shown = summary;
    QList<QBarSet *> outcomes;
    for (const QString &status : ActionLog::statuses()) {
        if (summary.count(status) == 0)
            continue;
        auto *set = new QBarSet(ActionLog::statusLabel(status));
        set->setColor(StatusPalette::color(status));
        set->setBorderColor(StatusPalette::color(status));
        for (const ActionSummary::Day &day : summary.days)
            set->append(double(day.byStatus.value(status)));
        outcomes << set;
    }
    fill(m_outcomes->chart(), outcomes, summary, u"%d"_s);

    QList<QBarSet *> costs;
    for (const ActionSummary::AgentTotals &totals : summary.agents) {
        auto *set = new QBarSet(Agents::displayName(totals.agent));
        const QColor color = StatusPalette::agentColor(int(totals.agent));
        set->setColor(color);
        set->setBorderColor(color);
        for (const ActionSummary::Day &day : summary.days)
            set->append(day.costByAgent.value(totals.agent));
        costs << set;
    }
    fill(m_cost->chart(), costs, summary, u"$%.2f"_s);
}

void ActivityCharts::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void ActivityCharts::applyTheme()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    for (QChartView *view : {m_outcomes, m_cost}) {
        QChart *chart = view->chart();
        const QString title = chart->title();
        chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
        chart->setBackgroundBrush(palette().brush(QPalette::Base));
        chart->setTitle(title);
    }
    if (m_shown)
        show(*m_shown);
}
