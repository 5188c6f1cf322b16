#include "context/providers/kpithresholdsprovider.h"

#include "context/contextformat.h"
#include "context/providers/providerutil.h"
#include "db/sqlsession.h"
#include "db/sqltimestamp.h"

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;
using ProviderUtil::str;
using ProviderUtil::text;

QString KpiThresholdsProvider::moduleId() const
{
    return u"kpi-thresholds"_s;
}

QString KpiThresholdsProvider::moduleName() const
{
    return u"KPI thresholds"_s;
}

QString KpiThresholdsProvider::description() const
{
    return u"KPI thresholds in force (accepted by a manager), and proposals waiting or rejected in the last 90 days."_s;
}

bool KpiThresholdsProvider::isEnabled(SqlSession &session, const ContextRequest &) const
{
    return ProviderUtil::tableExists(session, u"mentats_kpi_proposals"_s);
}

json KpiThresholdsProvider::getContext(SqlSession &session, const ContextRequest &request) const
{
    const SqlRows rows = session.select(
        u"SELECT k.id::text, k.status, k.metric, k.scope, k.location_id::text, l.name, k.target_role, k.direction, "
        "k.threshold::float8, k.rationale, k.decision_note, coalesce(k.decided_at, k.created_at) "
        "FROM mentats_kpi_proposals k LEFT JOIN locations l ON l.id = k.location_id "
        "WHERE k.status IN ('accepted', 'proposed') OR (k.status = 'rejected' AND k.decided_at > ?::timestamptz) "
        "ORDER BY CASE k.status WHEN 'accepted' THEN 0 WHEN 'proposed' THEN 1 ELSE 2 END, k.metric, k.created_at DESC "
        "LIMIT 60"_s,
        {SqlSession::timestamp(request.calendar.nowUtc().addDays(-90))});
    json inForce = json::array(), waiting = json::array(), rejected = json::array();
    for (const QVariantList &row : rows.rows) {
        json k = {{"id", text(row.at(0))},
                  {"metric", text(row.at(2))},
                  {"scope", text(row.at(3))},
                  {"direction", text(row.at(7))},
                  {"threshold", ProviderUtil::round(row.at(8).toDouble(), 4)},
                  {"since", ContextFormat::localIso(SqlTimestamp::decode(row.at(11)), request.calendar).toStdString()}};
        if (!row.at(4).isNull()) {
            k["locationId"] = text(row.at(4));
            k["locationName"] = text(row.at(5));
        }
        if (!row.at(6).isNull())
            k["targetRole"] = text(row.at(6));
        const QString status = row.at(1).toString();
        if (status == u"rejected"_s)
            k["reason"] = text(row.at(10));
        else if (status == u"proposed"_s)
            k["rationale"] = text(row.at(9));
        (status == u"accepted"_s ? inForce : status == u"proposed"_s ? waiting : rejected).push_back(k);
    }
    return {{"inForce", inForce}, {"waiting", waiting}, {"rejected", rejected}};
}

QString KpiThresholdsProvider::formatForPrompt(const json &data, const ContextRequest &) const
{
    const auto describe = [](const json &k) {
        QString where = str(k["scope"]);
        if (k.contains("locationId"))
            where = u"%1 [location %2]"_s.arg(str(k["locationName"]), str(k["locationId"]));
        else if (k.contains("targetRole"))
            where = u"role %1"_s.arg(str(k["targetRole"]));
        return u"[kpi %1] %2 %3 %4 (%5)"_s.arg(str(k["id"]), str(k["metric"]), str(k["direction"]).replace(u'_', u' '),
                                               QString::number(k["threshold"].get<double>(), 'g', 10), where);
    };
    QStringList lines{u"## KPI thresholds"_s,
                      u"In force (accepted by a manager) — measure the period against these:"_s};
    if (data["inForce"].empty())
        lines << u"None yet."_s;
    for (const json &k : data["inForce"])
        lines << u"- "_s + describe(k);
    if (!data["waiting"].empty()) {
        lines << u"Your proposals still waiting for a manager (do not propose them again):"_s;
        for (const json &k : data["waiting"])
            lines << u"- "_s + describe(k);
    }
    if (!data["rejected"].empty()) {
        lines << u"Rejected by a manager in the last 90 days, with their reason:"_s;
        for (const json &k : data["rejected"])
            lines << u"- %1: %2"_s.arg(describe(k), ContextFormat::fenced(str(k["reason"])));
    }
    return lines.join(u'\n');
}
