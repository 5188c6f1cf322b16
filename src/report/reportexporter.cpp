#include "reportexporter.h"

#include "actionreportpdf.h"
#include "actions/actionexport.h"
#include "actions/actionsummary.h"
#include "db/dberror.h"
#include "services/actionlogservice.h"
#include "services/enginesession.h"
#include "services/reportservice.h"

#include <QLocale>
#include <QLoggingCategory>
#include <QPointer>
#include <QSaveFile>
#include <QScopeGuard>

using namespace Qt::Literals::StringLiterals;

Q_LOGGING_CATEGORY(lcReport, "mentats.report")

namespace {

constexpr int kTextPage = 1000;
constexpr int kPdfPage = 400;      // painting a page of rows stays well under a frame's worth of work per 100
constexpr int kAttentionRows = 50; // per outcome, in the weekly summary

QString periodText(QDate from, QDate to, const QTimeZone &zone)
{
    const QLocale locale;
    return QObject::tr("%1 – %2 (%3)")
        .arg(locale.toString(from, u"ddd d MMM yyyy"_s), locale.toString(to, u"ddd d MMM yyyy"_s),
             QString::fromUtf8(zone.id()));
}

} // namespace

std::optional<ReportExporter::Format> ReportExporter::parseFormat(const QString &name)
{
    if (name == u"pdf"_s)
        return Format::Pdf;
    if (const std::optional<ActionExport::Format> text = ActionExport::parseFormat(name))
        return *text == ActionExport::Format::Csv ? Format::Csv : Format::JsonLines;
    return std::nullopt;
}

QString ReportExporter::extension(Format format)
{
    switch (format) {
    case Format::Csv:
        return u"csv"_s;
    case Format::JsonLines:
        return u"jsonl"_s;
    case Format::Pdf:
        return u"pdf"_s;
    }
    return {};
}

QString ReportExporter::describe(const ActionLog::Filter &filter)
{
    QStringList parts;
    if (filter.agent)
        parts << Agents::displayName(*filter.agent);
    if (!filter.status.isEmpty())
        parts << ActionLog::statusLabel(filter.status);
    if (!filter.toolName.isEmpty())
        parts << filter.toolName;
    if (!filter.text.isEmpty())
        parts << QObject::tr("containing “%1”").arg(filter.text);
    return parts.isEmpty() ? QObject::tr("All agents, outcomes and tools") : parts.join(u" · "_s);
}

ReportExporter::ReportExporter(EngineSession &session, QObject *parent) : QObject(parent), m_session(session) {}

void ReportExporter::cancel()
{
    m_cancel = true;
}

QCoro::Task<ReportExporter::Result> ReportExporter::run(Request request)
{
    if (m_running)
        throw DbError(DbError::Kind::Usage, tr("An export is already running."));
    if (!request.from.isValid() || !request.to.isValid() || request.from > request.to)
        throw DbError(DbError::Kind::Usage, tr("The period must start on or before the day it ends."));
    if (request.path.isEmpty())
        throw DbError(DbError::Kind::Usage, tr("Say which file to write."));
    if (request.weeklySummary && request.format != Format::Pdf)
        throw DbError(DbError::Kind::Usage, tr("The weekly summary is a PDF."));
    m_running = true;
    m_cancel = false;
    QPointer<ReportExporter> self(this);
    const auto done = qScopeGuard([self] {
        if (self)
            self->m_running = false;
    });
    const auto stopped = [&self] { return !self || self->m_cancel; };
    EngineSession &session = m_session;
    const bool pdf = request.format == Format::Pdf;
    const ActionExport::Format textFormat =
        request.format == Format::Csv ? ActionExport::Format::Csv : ActionExport::Format::JsonLines;

    // What the export needs before its first row: the business, how many rows, and for a PDF the summary.
    QCoro::Task<ReportService::Overview> starting =
        session.reports().overview(request.filter, request.from, request.to, pdf);
    const ReportService::Overview start = co_await starting;
    if (stopped())
        co_return Result{0, 0, true};

    auto file = std::make_unique<QSaveFile>(request.path);
    if (!file->open(QIODevice::WriteOnly))
        throw DbError(DbError::Kind::Environment,
                      tr("%1 cannot be written: %2").arg(request.path, file->errorString()));
    ActionLog::Filter filter = request.filter;
    ActionSummary::setPeriod(filter, request.from, request.to, start.zone);
    Result result;
    std::unique_ptr<ActionReportPdf> report;
    if (pdf) {
        const QString generated =
            tr("Generated %1%2")
                .arg(QLocale().toString(session.clock()->nowUtc().toTimeZone(start.zone), u"yyyy-MM-dd HH:mm"_s),
                     request.generatedBy.isEmpty() ? QString() : tr(" by %1").arg(request.generatedBy));
        report = std::make_unique<ActionReportPdf>(
            file.get(),
            ActionReportPdf::Title{request.weeklySummary ? tr("Weekly summary of AI actions") : tr("AI actions report"),
                                   start.business.isEmpty() ? tr("TeamTime") : start.business,
                                   periodText(request.from, request.to, start.zone), describe(request.filter),
                                   generated},
            start.zone);
        report->addSummary(start.summary);
    } else {
        ActionExport::writeHeader(textFormat, *file);
    }

    // The rows: every action, or for the weekly summary the ones that need attention, a capped list per outcome.
    struct Section
    {
        QString heading;
        QString status; // empty: the filter's own
        qint64 count = 0;
        int cap = 0; // 0: all of them
    };
    QList<Section> sections;
    if (request.weeklySummary) {
        for (const QString &status : {u"failed"_s, u"blocked"_s, u"awaiting_approval"_s, u"invalid"_s}) {
            const qint64 n = start.summary.count(status);
            if (n > 0 && (request.filter.status.isEmpty() || request.filter.status == status))
                sections << Section{tr("%1 (%2)").arg(ActionLog::statusLabel(status), QLocale().toString(n)), status, n,
                                    kAttentionRows};
        }
        if (sections.isEmpty())
            report->addNote(tr("Nothing failed, was blocked or is waiting for a manager this week."));
    } else {
        sections << Section{tr("Actions (%1)").arg(QLocale().toString(start.total)), QString(), start.total, 0};
    }
    qint64 total = 0;
    for (const Section &section : sections)
        total += section.cap > 0 ? std::min<qint64>(section.count, section.cap) : section.count;
    Q_EMIT progress(0, total);

    for (const Section &section : sections) {
        ActionLog::Filter pageFilter = filter;
        if (!section.status.isEmpty())
            pageFilter.status = section.status;
        pageFilter.limit = section.cap > 0 ? section.cap : (pdf ? kPdfPage : kTextPage);
        // A PDF never prints the parameters and results; a text export writes their JSON as PostgreSQL wrote it.
        pageFilter.payload = pdf ? ActionLog::Filter::Payload::None : ActionLog::Filter::Payload::Text;
        if (report)
            report->beginActions(section.heading);
        QCoro::Task<QList<ActionLog::Entry>> fetching = session.actionLog().page(pageFilter);
        for (;;) {
            const QList<ActionLog::Entry> page = co_await fetching;
            if (stopped()) {
                qCInfo(lcReport) << "export to" << request.path << "cancelled after" << result.actions << "actions";
                co_return Result{result.actions, 0, true};
            }
            // The next page is read on the database's thread while this one is written here.
            const bool more = section.cap == 0 && page.size() == pageFilter.limit;
            if (more) {
                pageFilter.afterCursor = page.back().cursor;
                pageFilter.afterId = page.back().id;
                fetching = session.actionLog().page(pageFilter);
            }
            if (report) {
                report->addActions(page);
            } else {
                ActionExport::writeRows(textFormat, page, start.zone, *file);
            }
            result.actions += page.size();
            Q_EMIT self->progress(result.actions, total);
            if (section.cap > 0) {
                if (section.count > section.cap)
                    report->addNote(tr("… and %1 more: the full report lists them all.")
                                        .arg(QLocale().toString(section.count - section.cap)));
                break;
            }
            if (!more)
                break;
        }
    }
    if (report) {
        if (!report->finish())
            throw DbError(DbError::Kind::Environment, tr("The PDF could not be written to %1.").arg(request.path));
        result.pages = report->pageCount();
        report.reset();
    }
    if (!file->commit())
        throw DbError(DbError::Kind::Environment,
                      tr("%1 could not be saved: %2").arg(request.path, file->errorString()));
    qCInfo(lcReport) << "exported" << result.actions << "actions to" << request.path;
    co_return result;
}
