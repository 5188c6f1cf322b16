#pragma once

#include "metrics/metricsseries.h"

#include <QWidget>
#include <optional>

class QChart;
class QChartView;
class QComboBox;

// The Metrics page's chart (Qt Charts): one measure at a time over the period's business days — sales, labour hours,
// revenue per labour hour, or lateness (shifts, late arrivals, absences). A day without sales data is a gap in the
// sales and revenue lines, never a fall to zero. Colours follow the palette (light or dark).
class MetricsCharts : public QWidget
{
    Q_OBJECT

public:
    enum class Measure
    {
        Sales,
        LaborHours,
        RevenuePerLaborHour,
        Lateness
    };

    explicit MetricsCharts(QWidget *parent = nullptr);

    void show(const MetricsSeries::Result &result);
    void setMeasure(Measure measure);
    Measure measure() const;
    QChart *chart() const;

    // The values a measure draws, one per day of the result (nullopt: no figure that day), by series name.
    static QList<std::pair<QString, QList<std::optional<double>>>> lines(const MetricsSeries::Result &result,
                                                                         Measure measure);

protected:
    void changeEvent(QEvent *event) override;

private:
    void draw();
    void applyTheme();

    QComboBox *m_measure = nullptr;
    QChartView *m_view = nullptr;
    std::optional<MetricsSeries::Result> m_shown;
};
