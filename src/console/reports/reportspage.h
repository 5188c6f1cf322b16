#pragma once

#include "actions/actionsummary.h"
#include "core/businesscalendar.h"
#include "reportexporter.h"

#include <QCoroTask>
#include <QTimeZone>
#include <QWidget>

class ActivityCharts;
class ConsoleSession;
class PeriodPicker;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTreeWidget;

// Reports: the action log for a period and filter added up (key figures, charts of actions per day by outcome
// and cost per day by agent, the busiest tools and the people most often concerned), exported to CSV, JSON Lines
// or a PDF a manager can forward, and the weekly summary in one click. Exports stream a page of the log at a time
// with a progress bar and a Cancel button; the window stays responsive throughout.
class ReportsPage : public QWidget
{
    Q_OBJECT

public:
    explicit ReportsPage(ConsoleSession &session, QWidget *parent = nullptr);

    QCoro::Task<void> refresh();
    // Writes the export for the period and filter shown; no file dialog (the buttons ask for the file first).
    QCoro::Task<void> exportTo(ReportExporter::Format format, const QString &path);
    QCoro::Task<void> weeklySummaryTo(const QString &path);
    void setPeriod(QDate from, QDate to);
    const ActionSummary::Summary &summary() const { return m_summary; }
    bool isExporting() const;
    QString lastSavedFile() const { return m_savedFile; }

Q_SIGNALS:
    void message(const QString &text);
    void refreshed();
    void exportFinished(bool saved);

protected:
    void showEvent(QShowEvent *event) override;

private:
    ActionLog::Filter filter() const;
    void chooseFile(ReportExporter::Format format, bool weekly);
    QCoro::Task<void> runExport(ReportExporter::Request request);
    void setExporting(bool exporting);
    void showSummary();

    ConsoleSession &m_session;
    ReportExporter *m_exporter = nullptr;
    PeriodPicker *m_period = nullptr;
    QComboBox *m_agent = nullptr;
    QComboBox *m_status = nullptr;
    QComboBox *m_tool = nullptr;
    QLabel *m_figures = nullptr;
    ActivityCharts *m_charts = nullptr;
    QTreeWidget *m_tools = nullptr;
    QTreeWidget *m_people = nullptr;
    QList<QPushButton *> m_exportButtons;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_state = nullptr;
    ActionSummary::Summary m_summary;
    QTimeZone m_zone{BusinessCalendar::kDefaultZoneId};
    QString m_savedFile;
    int m_generation = 0;
    bool m_loadedOnce = false;
};
