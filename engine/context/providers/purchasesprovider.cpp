#include "context/providers/purchasesprovider.h"

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

QString PurchasesProvider::moduleId() const
{
    return u"purchases"_s;
}

QString PurchasesProvider::moduleName() const
{
    return u"Purchase Approvals"_s;
}

QString PurchasesProvider::description() const
{
    return u"Purchase requests waiting for a manager's decision, and how long they have waited."_s;
}

json PurchasesProvider::getContext(SqlSession &session, const ContextRequest &request) const
{
    const BusinessCalendar &calendar = request.calendar;
    const QDateTime now = calendar.nowUtc();
    json data = {{"now", ContextFormat::localIso(now, calendar).toStdString()}, {"pending", json::array()}};
    // By name: a status TeamTime adds later is simply not "pending", and the partial index on pending serves it.
    const SqlRows rows = session.select(
        u"SELECT p.id, u.id, u.name, p.description, p.proposed_price, p.seller_info, p.task_id, p.created_at "
        "FROM purchase_requests p JOIN users u ON u.id = p.requester_id "
        "WHERE %1 AND p.status = 'pending' AND p.created_at <= ?::timestamptz "
        "ORDER BY p.created_at, p.id"_s.arg(StaffScope::condition(request)),
        {SqlSession::timestamp(now)});
    for (const QVariantList &row : rows.rows) {
        const QDateTime created = SqlTimestamp::decode(row.at(7));
        json purchase = {{"purchaseId", text(row.at(0))},
                         {"requesterId", text(row.at(1))},
                         {"name", text(row.at(2))},
                         {"description", text(row.at(3))},
                         {"proposedPrice", cents(row.at(4).toDouble())},
                         {"createdAt", ContextFormat::localIso(created, calendar).toStdString()},
                         {"hoursWaiting", round1(double(created.secsTo(now)) / 3600.0)}};
        if (!row.at(5).toString().trimmed().isEmpty())
            purchase["sellerInfo"] = text(row.at(5));
        if (!row.at(6).isNull())
            purchase["taskId"] = text(row.at(6));
        data["pending"].push_back(purchase);
    }
    return data;
}

QString PurchasesProvider::formatForPrompt(const json &data, const ContextRequest &request) const
{
    const BusinessCalendar &calendar = request.calendar;
    QStringList lines;
    lines << u"## Purchase Approvals"_s;
    ContextLists::appendSection(lines, data, u"pending"_s, u"Waiting for a decision"_s, [&](const json &p) {
        const QDateTime created = QDateTime::fromString(str(p["createdAt"]), Qt::ISODate);
        QString line = u"- [purchase %1] %2 for %3, asked by %4 [user %5] at %6, waiting %7 h"_s.arg(
            str(p["purchaseId"]), ContextFormat::fenced(str(p["description"])), money(p["proposedPrice"]),
            str(p["name"]), str(p["requesterId"]), ContextFormat::localTime(created, calendar),
            ContextFormat::hours(p["hoursWaiting"].get<double>()));
        if (p.contains("sellerInfo"))
            line += u"; seller "_s + ContextFormat::fenced(str(p["sellerInfo"]));
        if (p.contains("taskId"))
            line += u"; for [task %1]"_s.arg(str(p["taskId"]));
        return line;
    });
    return lines.join(u'\n');
}

QMap<QString, int> PurchasesProvider::attention(const json &data) const
{
    return {{u"pending"_s, int(data["pending"].size())}};
}

QList<ContextList> PurchasesProvider::lists() const
{
    return {{u"pending"_s, true}};
}
