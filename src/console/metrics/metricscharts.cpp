#include "metrics/metricscharts.h"

#include "metrics/metricsformat.h"
#include "statuspalette.h"

#include <QChartView>
#include <QComboBox>
#include <QDateTimeAxis>
#include <QEvent>
#include <QGraphicsLayout>
#include <QLegendMarker>
#include <QLineSeries>
#include <QVBoxLayout>
#include <QValueAxis>
#include <algorithm>

using namespace Qt::Literals::StringLiterals;

namespace {

// A business date on the time axis. QDateTimeAxis labels instants in the machine's zone, so the date goes in as noon
// of that date there: the label then reads the business date whatever zone the machine is in.
qreal axisValue(QDate date)
{
    return qreal(QDateTime(date, QTime(12, 0)).toMSecsSinceEpoch());
}

QString title(MetricsCharts::Measure measure)
{
    switch (measure) {
    case MetricsCharts::Measure::Sales:
        return MetricsCharts::tr("Sales per day (USD)");
    case MetricsCharts::Measure::LaborHours:
        return MetricsCharts::tr("Labor hours per day");
    case MetricsCharts::Measure::RevenuePerLaborHour:
        return MetricsCharts::tr("Revenue per labor hour (USD)");
    case MetricsCharts::Measure::Lateness:
        return MetricsCharts::tr("Shifts and late arrivals per day");
    }
    return {};
}

} // namespace

MetricsCharts::MetricsCharts(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_measure = new QComboBox(this);
    m_measure->setObjectName(u"metricsMeasure"_s);
    m_measure->setAccessibleName(tr("Measure"));
    m_measure->addItem(tr("Sales"), int(Measure::Sales));
    m_measure->addItem(tr("Labor hours"), int(Measure::LaborHours));
    m_measure->addItem(tr("Revenue per labor hour"), int(Measure::RevenuePerLaborHour));
    m_measure->addItem(tr("Lateness"), int(Measure::Lateness));
    auto *chart = new QChart;
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->layout()->setContentsMargins(0, 0, 0, 0);
    m_view = new QChartView(chart, this);
    m_view->setObjectName(u"metricsChart"_s);
    m_view->setRenderHint(QPainter::Antialiasing);
    m_view->setMinimumHeight(220);
    layout->addWidget(m_measure, 0, Qt::AlignLeft);
    layout->addWidget(m_view, 1);
    connect(m_measure, &QComboBox::currentIndexChanged, this, [this] { draw(); });
    applyTheme();
}

QChart *MetricsCharts::chart() const
{
    return m_view->chart();
}

MetricsCharts::Measure MetricsCharts::measure() const
{
    return Measure(m_measure->currentData().toInt());
}

void MetricsCharts::setMeasure(Measure measure)
{
    m_measure->setCurrentIndex(m_measure->findData(int(measure)));
}

void MetricsCharts::show(const MetricsSeries::Result &result)
{
    m_shown = result;
    draw();
}

QList<std::pair<QString, QList<std::optional<double>>>> MetricsCharts::lines(const MetricsSeries::Result &result,
                                                                             Measure measure)
{
    QList<std::optional<double>> first;
    QList<std::optional<double>> late;
    QList<std::optional<double>> absent;
    for (const MetricsSeries::Day &day : result.days) {
        switch (measure) {
        case Measure::Sales:
            first << day.sales;
            break;
        case Measure::LaborHours:
            first << (day.hasMetrics ? std::optional<double>(day.laborHours) : std::nullopt);
            break;
        case Measure::RevenuePerLaborHour:
            first << day.revenuePerLaborHour;
            break;
        case Measure::Lateness:
            first << double(day.shifts);
            late << double(day.lateShifts);
            absent << double(day.absences);
            break;
        }
    }
    switch (measure) {
    case Measure::Sales:
        return {{tr("Sales"), first}};
    case Measure::LaborHours:
        return {{tr("Labor hours"), first}};
    case Measure::RevenuePerLaborHour:
        return {{tr("Revenue per labor hour"), first}};
    case Measure::Lateness:
        return {{tr("Shifts"), first}, {tr("Late arrivals"), late}, {tr("Absences"), absent}};
    }
    return {};
}

void MetricsCharts::draw()
{
    QChart *chart = m_view->chart();
    chart->removeAllSeries();
    for (QAbstractAxis *axis : chart->axes())
        chart->removeAxis(axis);
    const Measure which = measure();
    chart->setTitle(title(which));
    if (!m_shown || m_shown->days.isEmpty())
        return;
    const MetricsSeries::Result &result = *m_shown;
    const auto lineList = lines(result, which);
    const bool anyFigure = std::ranges::any_of(lineList, [](const auto &line) {
        return std::ranges::any_of(line.second, [](const std::optional<double> &v) { return v.has_value(); });
    });
    if (!anyFigure) { // no axes counting up to nothing
        chart->setTitle(title(which) + u" — "_s + tr("nothing in this period"));
        return;
    }
    auto *time = new QDateTimeAxis;
    time->setFormat(result.query.from.year() != result.query.to.year() ? u"d MMM yy"_s : u"d MMM"_s);
    time->setTickCount(std::clamp(int(result.days.size()), 2, 8));
    time->setRange(QDateTime::fromMSecsSinceEpoch(qint64(axisValue(result.query.from))),
                   QDateTime::fromMSecsSinceEpoch(qint64(axisValue(result.query.to))));
    if (result.days.size() == 1) // a one-day range has no width
        time->setRange(time->min().addSecs(-12 * 3600), time->max().addSecs(12 * 3600));
    chart->addAxis(time, Qt::AlignBottom);
    auto *values = new QValueAxis;
    chart->addAxis(values, Qt::AlignLeft);
    double top = 0;
    int missing = 0;
    const QList<QColor> colors = {palette().color(QPalette::Highlight), StatusPalette::color(u"failed"_s),
                                  StatusPalette::color(u"blocked"_s)};
    for (qsizetype l = 0; l < lineList.size(); ++l) {
        const auto &[name, points] = lineList.at(l);
        // A run of days with figures is one line; a day without one breaks it.
        QLineSeries *segment = nullptr;
        bool named = false;
        for (qsizetype i = 0; i < points.size(); ++i) {
            if (!points.at(i)) {
                ++missing;
                segment = nullptr;
                continue;
            }
            if (!segment) {
                segment = new QLineSeries;
                segment->setName(name);
                segment->setColor(colors.value(l, colors.front()));
                segment->setPointsVisible(points.size() <= 62);
                chart->addSeries(segment);
                segment->attachAxis(time);
                segment->attachAxis(values);
                for (QLegendMarker *marker : chart->legend()->markers(segment))
                    marker->setVisible(!named);
                named = true;
            }
            segment->append(axisValue(result.days.at(i).date), *points.at(i));
            top = std::max(top, *points.at(i));
        }
    }
    values->setRange(0, top > 0 ? top * 1.1 : 1);
    values->setLabelFormat(which == Measure::LaborHours || which == Measure::Lateness ? u"%.0f"_s : u"$%.0f"_s);
    values->applyNiceNumbers();
    if (missing > 0 && (which == Measure::Sales || which == Measure::RevenuePerLaborHour))
        chart->setTitle(title(which) + u" — "_s +
                        tr("%n day(s) with %1 (gaps)", nullptr, missing).arg(MetricsFormat::noSalesData()));
}

void MetricsCharts::changeEvent(QEvent *event)
{
    QWidget::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyTheme();
}

void MetricsCharts::applyTheme()
{
    const bool dark = palette().color(QPalette::Window).lightness() < 128;
    QChart *chart = m_view->chart();
    chart->setTheme(dark ? QChart::ChartThemeDark : QChart::ChartThemeLight);
    chart->setBackgroundBrush(palette().brush(QPalette::Base));
    draw();
}
