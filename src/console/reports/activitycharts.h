#pragma once

#include "actions/actionsummary.h"

#include <QWidget>

class QChart;
class QChartView;

// Two charts over a period's business days (Qt Charts): actions per day stacked by outcome, and cost per day
// stacked by agent. Outcome colours are the PDF report's; every series is named in the legend.
class ActivityCharts : public QWidget
{
    Q_OBJECT

public:
    explicit ActivityCharts(QWidget *parent = nullptr);

    void show(const ActionSummary::Summary &summary);
    QChart *outcomesChart() const;
    QChart *costChart() const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyTheme();

    QChartView *m_outcomes = nullptr;
    QChartView *m_cost = nullptr;
    std::optional<ActionSummary::Summary> m_shown; // drawn again when the theme changes the series' colours
};
