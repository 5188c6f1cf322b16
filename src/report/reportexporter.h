#pragma once

#include "actions/actionlog.h"

#include <QCoroTask>
#include <QDate>
#include <QObject>
#include <optional>

class EngineSession;

// Writes the action log for a period and filter to a file: CSV (RFC 4180), JSON Lines, or a PDF report (summary,
// charts, then the actions); or the one-click weekly summary (a PDF with the summary and what needs a manager's
// eye). The log is read a page at a time from the session's services and written between pages, so 100,000 actions
// stream to disk with progress reported and the caller's thread free; cancel() stops at the next page. The file
// is written beside its target and renamed into place only when complete: a failed or cancelled export leaves no
// file behind and never half-replaces an old one.
class ReportExporter : public QObject
{
    Q_OBJECT

public:
    enum class Format
    {
        Csv,
        JsonLines,
        Pdf
    };
    static std::optional<Format> parseFormat(const QString &name);
    static QString extension(Format format);

    struct Request
    {
        ActionLog::Filter filter; // since/until come from the period
        QDate from;
        QDate to; // included
        Format format = Format::Csv;
        bool weeklySummary = false; // PDF only: the summary and the actions that need attention
        QString path;
        QString generatedBy; // the manager's name, printed on the PDF
    };

    struct Result
    {
        qint64 actions = 0;
        int pages = 0; // PDF
        bool cancelled = false;
    };

    explicit ReportExporter(EngineSession &session, QObject *parent = nullptr);

    // Throws DbError: Usage for a bad request, Environment when the file cannot be written, or a database error.
    QCoro::Task<Result> run(Request request);
    void cancel();
    bool isRunning() const { return m_running; }

    // "Office Manager · Blocked · create_task", or "All agents, outcomes and tools".
    static QString describe(const ActionLog::Filter &filter);

Q_SIGNALS:
    void progress(qint64 done, qint64 total);

private:
    EngineSession &m_session;
    bool m_cancel = false;
    bool m_running = false;
};
