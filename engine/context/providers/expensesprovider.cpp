#include "context/providers/expensesprovider.h"

#include "business/staffscope.h"
#include "context/contextformat.h"
#include "context/providers/providerutil.h"
#include "db/sqlsession.h"
#include "db/sqltimestamp.h"

#include <QLocale>
#include <cmath>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

using ProviderUtil::cents;
using ProviderUtil::money;
using ProviderUtil::round1;
using ProviderUtil::str;
using ProviderUtil::text;

QString ExpensesProvider::moduleId() const
{
    return u"expenses"_s;
}

QString ExpensesProvider::moduleName() const
{
    return u"Cash & Expenses"_s;
}

QString ExpensesProvider::description() const
{
    return u"ATM withdrawals not yet allocated to purchases: amount left and age."_s;
}

json ExpensesProvider::getContext(SqlSession &session, const ContextRequest &request) const
{
    const BusinessCalendar &calendar = request.calendar;
    const QDateTime now = calendar.nowUtc();
    json data = {{"now", ContextFormat::localIso(now, calendar).toStdString()},
                 {"unassignedWithdrawals", json::array()},
                 {"recentWithdrawals", json::array()}};
    // The open values by name: a status TeamTime adds later is not "unassigned", and the index on status serves it.
    // The allocated sum is computed in numeric, so cents stay exact until the very end.
    const SqlRows rows = session.select(
        u"SELECT w.id, u.id, u.name, w.amount, "
        "coalesce((SELECT sum(a.amount) FROM withdrawal_allocations a WHERE a.withdrawal_id = w.id), 0), "
        "w.withdrawn_at, w.status::text, w.notes "
        "FROM atm_withdrawals w JOIN users u ON u.id = w.user_id "
        "WHERE %1 AND w.status IN ('unassigned', 'partially_assigned') AND w.withdrawn_at <= ?::timestamptz "
        "ORDER BY w.withdrawn_at, w.id"_s.arg(StaffScope::condition(request)),
        {SqlSession::timestamp(now)});
    for (const QVariantList &row : rows.rows) {
        const QDateTime withdrawn = SqlTimestamp::decode(row.at(5));
        const double amount = cents(row.at(3).toDouble());
        const double allocated = cents(row.at(4).toDouble());
        json withdrawal = {{"withdrawalId", text(row.at(0))},
                           {"userId", text(row.at(1))},
                           {"name", text(row.at(2))},
                           {"amount", amount},
                           {"allocated", allocated},
                           {"amountLeft", cents(amount - allocated)},
                           {"withdrawnAt", ContextFormat::localIso(withdrawn, calendar).toStdString()},
                           {"daysUnassigned", round1(double(withdrawn.secsTo(now)) / 86400.0)},
                           {"status", text(row.at(6))}};
        if (!row.at(7).toString().trimmed().isEmpty())
            withdrawal["notes"] = text(row.at(7));
        const bool overdue = withdrawal["daysUnassigned"].get<double>() >= kReminderDays;
        data[overdue ? "unassignedWithdrawals" : "recentWithdrawals"].push_back(withdrawal);
    }
    return data;
}

QString ExpensesProvider::formatForPrompt(const json &data, const ContextRequest &request) const
{
    const BusinessCalendar &calendar = request.calendar;
    QStringList lines;
    lines << u"## Cash & Expenses"_s;
    const auto line = [&calendar](const json &w) {
        const QDateTime withdrawn = QDateTime::fromString(str(w["withdrawnAt"]), Qt::ISODate);
        QString status = str(w["status"]);
        QString result = u"- [withdrawal %1] %2 by %3 [user %4] at %5, %6 days ago, %7, %8 left to allocate"_s.arg(
            str(w["withdrawalId"]), money(w["amount"]), str(w["name"]), str(w["userId"]),
            ContextFormat::localTime(withdrawn, calendar), ContextFormat::hours(w["daysUnassigned"].get<double>()),
            status.replace(u'_', u' '), money(w["amountLeft"]));
        if (w.contains("notes"))
            result += u"; notes "_s + ContextFormat::fenced(str(w["notes"]));
        return result;
    };
    const QString days = QString::number(kReminderDays, 'g', 3);
    ContextLists::appendSection(lines, data, u"unassignedWithdrawals"_s,
                                u"ATM withdrawals not fully allocated to purchases after %1 days or more"_s.arg(days),
                                line);
    ContextLists::appendSection(lines, data, u"recentWithdrawals"_s,
                                u"Younger ATM withdrawals not yet fully allocated (under %1 days)"_s.arg(days), line);
    return lines.join(u'\n');
}

QMap<QString, int> ExpensesProvider::attention(const json &data) const
{
    return {{u"unassignedThreeDaysOrMore"_s, int(data["unassignedWithdrawals"].size())}};
}

QList<ContextList> ExpensesProvider::lists() const
{
    return {{u"unassignedWithdrawals"_s, true}, {u"recentWithdrawals"_s, false}};
}
