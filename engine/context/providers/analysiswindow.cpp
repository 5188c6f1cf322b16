#include "context/providers/analysiswindow.h"

#include "context/providers/providerutil.h"
#include "db/sqlsession.h"

#include <algorithm>

using namespace Qt::Literals::StringLiterals;

AnalysisWindow AnalysisWindow::of(const ContextRequest &request)
{
    const BusinessCalendar &calendar = request.calendar;
    AnalysisWindow window;
    window.days = std::max(1, request.analysisWindowDays);
    const QDate today = calendar.today();
    window.firstDay = today.addDays(-window.days);
    window.lastDay = today.addDays(-1);
    // Day boundaries in the business's zone: a day across a DST change is 23 or 25 hours long, as it was lived.
    window.fromUtc = calendar.startOfDayUtc(window.firstDay);
    window.toUtc = calendar.startOfDayUtc(today);
    return window;
}

nlohmann::json AnalysisWindow::toJson() const
{
    return {{"days", days},
            {"firstDay", firstDay.toString(Qt::ISODate).toStdString()},
            {"lastDay", lastDay.toString(Qt::ISODate).toStdString()}};
}

QString AnalysisWindow::describe() const
{
    return u"%1 days, %2 to %3"_s.arg(days).arg(firstDay.toString(Qt::ISODate), lastDay.toString(Qt::ISODate));
}

QString AnalysisWindow::homeLocationsSql(SqlSession &session) const
{
    if (!ProviderUtil::tableExists(session, u"mentats_attendance_daily"_s))
        return u"SELECT NULL::uuid AS user_id, NULL::uuid AS location_id WHERE false"_s;
    return u"SELECT DISTINCT ON (a.user_id) a.user_id, a.location_id FROM mentats_attendance_daily a "
           "WHERE a.date >= '%1'::timestamptz AND a.date < '%2'::timestamptz AND a.location_id IS NOT NULL "
           "GROUP BY a.user_id, a.location_id ORDER BY a.user_id, sum(a.shifts) DESC, a.location_id"_s.arg(
               SqlSession::timestamp(fromUtc), SqlSession::timestamp(toUtc));
}
