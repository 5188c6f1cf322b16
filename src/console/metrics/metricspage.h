#pragma once

#include "business/contextrequest.h"
#include "metrics/metricsseries.h"
#include "metrics/optimizerpreview.h"
#include "services/metricsservice.h"

#include <QCoroTask>
#include <QWidget>
#include <optional>

class ConsoleSession;
class MetricsCharts;
class MetricsTableModel;
class PeriodPicker;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStandardItemModel;
class QTableView;
class QTimer;
class QTreeWidget;

// Metrics: sales, labour hours, revenue per labour hour and lateness for a period of business days, for the whole
// business, one location or one person — figures, a chart per measure, a table of people and of locations (paged,
// sortable; double-click one to look at it alone), and what the Revenue Optimizer will see of all this on its next
// nightly run. Every query runs on a worker; the window stays responsive while they do.
class MetricsPage : public QWidget
{
    Q_OBJECT

public:
    explicit MetricsPage(ConsoleSession &session, QWidget *parent = nullptr);

    QCoro::Task<void> refresh();
    QCoro::Task<void> refreshPreview();
    void setPeriod(QDate from, QDate to);
    void setLocation(const QString &locationId);
    void setPerson(const QString &userId, const QString &name);
    // The import buttons show once something handles importRequested().
    void setImportAvailable(bool available);

    bool isLoading() const { return m_loading; }
    const std::optional<MetricsSeries::Result> &result() const { return m_result; }
    const std::optional<OptimizerPreview> &preview() const { return m_preview; }
    MetricsTableModel *peopleModel() const { return m_people; }
    MetricsTableModel *locationsModel() const { return m_locations; }
    MetricsCharts *charts() const { return m_charts; }

Q_SIGNALS:
    void message(const QString &text);
    void refreshed();
    void previewLoaded();
    // "pos" or "auction": the manager asked to import a file of that kind.
    void importRequested(const QString &kind);

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showSetup(const MetricsService::Setup &setup);
    QCoro::Task<void> searchPeople(QString text);
    MetricsQuery query() const;
    void showResult();
    void showPreview();
    static QString status(const OptimizerPreview::Module &module);
    QWidget *makeTable(MetricsTableModel *model, const QString &name);

    ConsoleSession &m_session;
    PeriodPicker *m_period = nullptr;
    QComboBox *m_location = nullptr;
    QLineEdit *m_person = nullptr;
    QStandardItemModel *m_matches = nullptr;
    QTimer *m_searchDelay = nullptr;
    QList<QPushButton *> m_importButtons;
    QLabel *m_empty = nullptr;
    QLabel *m_figures = nullptr;
    MetricsCharts *m_charts = nullptr;
    MetricsTableModel *m_people = nullptr;
    MetricsTableModel *m_locations = nullptr;
    QLabel *m_previewSummary = nullptr;
    QTreeWidget *m_previewModules = nullptr;
    QPlainTextEdit *m_previewText = nullptr;
    std::optional<ContextRequest> m_context;
    std::optional<MetricsSeries::Result> m_result;
    std::optional<OptimizerPreview> m_preview;
    QString m_userId;
    QString m_personName;
    int m_generation = 0;
    int m_searchGeneration = 0;
    bool m_loading = false;
    bool m_loadedOnce = false;
};
