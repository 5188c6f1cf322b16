#pragma once

#include "metrics/csvtable.h"
#include "metrics/importmapping.h"
#include "metrics/importreport.h"
#include "metrics/importrequest.h"

#include <QCoroTask>
#include <QDialog>
#include <QMap>
#include <atomic>
#include <memory>
#include <optional>

class ConsoleSession;
class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;
class QTimer;

// Importing a POS or auction CSV export: choose the file, see its first rows, say which column is which (prefilled
// from the mapping saved last time, or from the header names), Check to list the bad rows with their line numbers,
// then import the good rows, or only a file without any. Reading, checking and importing run on worker threads with a
// progress bar; the window never waits. `imported` carries the report, whose changed days the roll-up needs.
class MetricsImportDialog : public QDialog
{
    Q_OBJECT

public:
    MetricsImportDialog(ConsoleSession &session, ImportMapping::Kind kind, QWidget *parent = nullptr);
    ~MetricsImportDialog() override;

    // Reads the file (a worker thread) and fills the preview and the mapping; the Choose button calls it with the
    // file picked in a non-modal file dialog.
    QCoro::Task<void> loadFile(QString path); // by value: a coroutine outlives its caller's temporaries
    QCoro::Task<void> check();
    QCoro::Task<void> importRows(ImportRequest::Mode mode);

    // The mapping as the widgets show it now.
    ImportMapping mapping() const;
    const CsvTable &table() const { return m_table; }
    const std::optional<ImportReport> &lastReport() const { return m_report; }
    bool isBusy() const { return m_busy; }

Q_SIGNALS:
    void fileLoaded();
    void checked(const ImportReport &report);
    void imported(const ImportReport &report);
    void failed(const QString &message);

private:
    void chooseFile();
    void applyMapping(const ImportMapping &mapping);
    void updateState();
    void setBusy(bool busy, const QString &what = {});
    void showReport(const ImportReport &report);
    QCoro::Task<std::optional<ImportReport>> runImport(ImportRequest::Mode mode);

    ConsoleSession &m_session;
    ImportMapping::Kind m_kind;
    QString m_path;
    QByteArray m_content;
    CsvTable m_table;
    std::optional<ImportReport> m_report;
    bool m_busy = false;
    std::shared_ptr<std::atomic<int>> m_progressDone;
    std::shared_ptr<std::atomic<int>> m_progressTotal;

    QLabel *m_file = nullptr;
    QTableWidget *m_preview = nullptr;
    QMap<QString, QComboBox *> m_columns;
    QLineEdit *m_dateFormat = nullptr;
    QCheckBox *m_decimalComma = nullptr;
    QComboBox *m_match = nullptr;
    QCheckBox *m_perDay = nullptr;
    QLabel *m_mappingProblems = nullptr;
    QPushButton *m_check = nullptr;
    QPushButton *m_importGood = nullptr;
    QPushButton *m_importAll = nullptr;
    QProgressBar *m_progress = nullptr;
    QTimer *m_progressTimer = nullptr;
    QTableWidget *m_badRows = nullptr;
    QLabel *m_summary = nullptr;
};
