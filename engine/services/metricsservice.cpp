#include "services/metricsservice.h"

#include "context/contextrequestloader.h"
#include "db/database.h"
#include "metrics/metricsimporter.h"
#include "metrics/metricsrollup.h"

MetricsService::MetricsService(Database &db, std::shared_ptr<const Clock> clock) : m_db(db), m_clock(std::move(clock))
{}

QCoro::Task<MetricsService::Setup> MetricsService::setup()
{
    QFuture<Setup> reading = m_db.run([clock = m_clock](SqlSession &s) {
        return Setup{ContextRequestLoader::load(s, Agent::RevenueOptimizer, clock), MetricsChoices::locations(s)};
    });
    co_return co_await reading;
}

QCoro::Task<MetricsSeries::Result> MetricsService::series(MetricsQuery query, ContextRequest context)
{
    QFuture<MetricsSeries::Result> reading =
        m_db.run([query, context](SqlSession &s) { return MetricsSeries::read(s, query, context); });
    co_return co_await reading;
}

QCoro::Task<QList<MetricsChoices::Choice>> MetricsService::people(QString text, ContextRequest context)
{
    QFuture<QList<MetricsChoices::Choice>> searching =
        m_db.run([text, context](SqlSession &s) { return MetricsChoices::people(s, text, context); });
    co_return co_await searching;
}

QCoro::Task<MetricsTable::Page> MetricsService::tablePage(MetricsTable::Request request, ContextRequest context)
{
    QFuture<MetricsTable::Page> reading =
        m_db.run([request, context](SqlSession &s) { return MetricsTable::read(s, request, context); });
    co_return co_await reading;
}

QCoro::Task<OptimizerPreview> MetricsService::optimizerPreview()
{
    QFuture<OptimizerPreview> assembling =
        m_db.run([clock = m_clock](SqlSession &s) { return OptimizerPreview::read(s, clock); });
    co_return co_await assembling;
}

QCoro::Task<ImportMapping> MetricsService::importMapping(ImportMapping::Kind kind, QStringList header)
{
    QFuture<ImportMapping> choosing =
        m_db.run([kind, header](SqlSession &s) { return MetricsImporter::mappingFor(s, kind, header); });
    co_return co_await choosing;
}

QCoro::Task<MetricsService::Imported> MetricsService::import(ImportRequest request)
{
    const bool sales = request.mapping.kind == ImportMapping::Kind::Pos;
    QCoro::Task<ImportReport> running = MetricsImporter::run(m_db, std::move(request));
    Imported imported;
    imported.report = co_await running;
    const ImportReport &report = imported.report;
    if (sales && report.outcome == ImportReport::Outcome::Imported && report.hasChanges()) {
        QFuture<QString> rolling =
            m_db.run([clock = m_clock, first = report.changedFirstDay, last = report.changedLastDay](SqlSession &s) {
                return MetricsRollup::forDatabase(s, clock).runAffected(s, first, last).summary();
            });
        imported.rolledUp = co_await rolling;
    }
    co_return imported;
}
