#include "metricscommand.h"

#include "db/dberror.h"
#include "exitcode.h"
#include "output.h"
#include "services/businesssettingsservice.h"
#include "services/enginesession.h"
#include "services/metricsrollupservice.h"

using namespace Qt::Literals::StringLiterals;

namespace {

// A business day: 2026-11-24, today or yesterday.
QDate parseDay(const QString &option, const QString &text, QDate today)
{
    if (text == u"today"_s)
        return today;
    if (text == u"yesterday"_s)
        return today.addDays(-1);
    const QDate date = QDate::fromString(text, Qt::ISODate);
    if (!date.isValid())
        throw DbError(DbError::Kind::Usage,
                      u"--%1 takes a date (2026-11-24), today or yesterday, not \"%2\"."_s.arg(option, text));
    return date;
}

} // namespace

QString MetricsCommand::summary() const
{
    return u"Roll time entries, tasks and POS sales up into the daily metrics the Revenue Optimizer reads."_s;
}

QString MetricsCommand::usage() const
{
    return u"rollup"_s;
}

void MetricsCommand::addOptions(QCommandLineParser &parser)
{
    addDatabaseOption(parser);
    parser.addOption({u"date"_s, u"One business day: a date, today or yesterday."_s, u"day"_s});
    parser.addOption({u"from"_s, u"The first business day of a range (with --to)."_s, u"day"_s});
    parser.addOption({u"to"_s, u"The last business day of a range (with --from)."_s, u"day"_s});
}

QCoro::Task<int> MetricsCommand::run(const QCommandLineParser &parser)
{
    const QStringList positional = parser.positionalArguments();
    if (positional != QStringList{u"rollup"_s})
        throw DbError(DbError::Kind::Usage, u"Say what to do: mentats metrics rollup [--date D | --from D --to D]."_s);
    const bool single = parser.isSet(u"date"_s);
    const bool range = parser.isSet(u"from"_s) || parser.isSet(u"to"_s);
    if (single && range)
        throw DbError(DbError::Kind::Usage, u"Give either --date or --from and --to, not both."_s);
    if (range && !(parser.isSet(u"from"_s) && parser.isSet(u"to"_s)))
        throw DbError(DbError::Kind::Usage, u"A range needs both --from and --to."_s);

    EngineSession session(databaseSettings(parser), Clock::system(), 1);
    std::optional<std::pair<QDate, QDate>> days; // none: the nightly job's
    if (single || range) {
        QCoro::Task<BusinessCalendar> reading = session.businessSettings().calendar();
        const QDate today = (co_await reading).today();
        if (single) {
            const QDate day = parseDay(u"date"_s, parser.value(u"date"_s), today);
            days.emplace(day, day);
        } else {
            days.emplace(parseDay(u"from"_s, parser.value(u"from"_s), today),
                         parseDay(u"to"_s, parser.value(u"to"_s), today));
        }
    }
    QCoro::Task<MetricsRollup::Report> rolling = session.metricsRollup().rollUp(days, [](QDate through, int done,
                                                                                         int total) {
        if (total > MetricsRollup::kDaysPerTransaction)
            Output::progress(u"%1 of %2 days, through %3"_s.arg(done).arg(total).arg(through.toString(Qt::ISODate)));
        return true;
    });
    const MetricsRollup::Report report = co_await rolling;
    Output::line(report.summary());
    co_return ExitOk;
}
