#pragma once

#include "business/contextrequest.h"
#include "core/clock.h"
#include "metrics/importmapping.h"
#include "metrics/importreport.h"
#include "metrics/importrequest.h"
#include "metrics/metricschoices.h"
#include "metrics/metricsseries.h"
#include "metrics/metricstable.h"
#include "metrics/optimizerpreview.h"

#include <QCoroTask>
#include <memory>

class Database;

// The business's figures for the console's Metrics page: the series and totals for a period, place or person, the
// ranking tables page by page, the people a manager searches for, what the Revenue Optimizer would be given now,
// and the CSV imports that feed them. Throws DbError (an import's unreadable file too).
class MetricsService final
{
public:
    MetricsService(Database &db, std::shared_ptr<const Clock> clock);

    struct Setup
    {
        ContextRequest context; // the Revenue Optimizer's business scope and calendar, as of the session's clock
        QList<MetricsChoices::Choice> locations;
    };
    QCoro::Task<Setup> setup();
    QCoro::Task<MetricsSeries::Result> series(MetricsQuery query, ContextRequest context);
    QCoro::Task<QList<MetricsChoices::Choice>> people(QString text, ContextRequest context);
    QCoro::Task<MetricsTable::Page> tablePage(MetricsTable::Request request, ContextRequest context);
    QCoro::Task<OptimizerPreview> optimizerPreview();

    // The saved mapping when it fits the header, else one guessed from the header's names.
    QCoro::Task<ImportMapping> importMapping(ImportMapping::Kind kind, QStringList header);
    struct Imported
    {
        ImportReport report;
        QString rolledUp; // the roll-up's summary when imported sales changed the daily figures; else empty
    };
    // Checks or imports one file. Imported sales count in the daily metrics at once, not at the next nightly
    // roll-up.
    QCoro::Task<Imported> import(ImportRequest request);

private:
    Database &m_db;
    std::shared_ptr<const Clock> m_clock;
};
