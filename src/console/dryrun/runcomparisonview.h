#pragma once

#include "runs/runcomparison.h"

#include <QWidget>

class QLabel;
class QPlainTextEdit;
class QTableView;
class RunComparisonModel;

// A run and its replay side by side: which run each side is (provider, model, outcome), their tool calls paired
// row by row with the differences marked, what each model said, and each side's tokens and cost.
class RunComparisonView : public QWidget
{
    Q_OBJECT

public:
    explicit RunComparisonView(QWidget *parent = nullptr);

    void setComparison(RunComparison comparison);
    void clear();
    RunComparisonModel *model() const { return m_model; }

    static QString heading(const QString &side, const RecordedRun &run);
    static QString totals(const RecordedRun &run);

private:
    RunComparisonModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_originalHeading = nullptr;
    QLabel *m_replayHeading = nullptr;
    QPlainTextEdit *m_originalReasoning = nullptr;
    QPlainTextEdit *m_replayReasoning = nullptr;
    QLabel *m_originalTotals = nullptr;
    QLabel *m_replayTotals = nullptr;
};
