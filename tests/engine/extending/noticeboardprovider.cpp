#include "noticeboardprovider.h"

#include "context/contextformat.h"
#include "context/providers/providerutil.h"
#include "db/sqlsession.h"
#include "db/sqltimestamp.h"

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

QString NoticeBoardProvider::moduleId() const
{
    return u"notice_board"_s;
}

QString NoticeBoardProvider::moduleName() const
{
    return u"Notice Board"_s;
}

QString NoticeBoardProvider::description() const
{
    return u"Active notices on TeamTime's info board, pinned first: what everyone has already been told."_s;
}

json NoticeBoardProvider::getContext(SqlSession &session, const ContextRequest &request) const
{
    const BusinessCalendar &calendar = request.calendar;
    const QDateTime now = calendar.nowUtc(); // the business's clock, never the database server's now()
    json data = {{"now", ContextFormat::localIso(now, calendar).toStdString()}, {"notices", json::array()}};
    const SqlRows rows = session.select(
        u"SELECT p.id, p.title, p.category, p.is_pinned, coalesce(u.name, ''), p.created_at FROM info_posts p "
        "LEFT JOIN users u ON u.id = p.created_by WHERE p.is_active AND p.created_at <= ?::timestamptz "
        "ORDER BY p.is_pinned DESC, p.created_at DESC, p.id LIMIT %1"_s.arg(kMaxNotices),
        {SqlSession::timestamp(now)});
    for (const QVariantList &row : rows.rows) {
        const QDateTime posted = SqlTimestamp::decode(row.at(5));
        data["notices"].push_back({{"noticeId", ProviderUtil::text(row.at(0))},
                                   {"title", ProviderUtil::text(row.at(1))},
                                   {"category", ProviderUtil::text(row.at(2))},
                                   {"pinned", row.at(3).toBool()},
                                   {"postedBy", ProviderUtil::text(row.at(4))},
                                   {"postedAt", ContextFormat::localIso(posted, calendar).toStdString()},
                                   {"ageDays", ProviderUtil::round1(double(posted.secsTo(now)) / 86400.0)}});
    }
    return data;
}

QString NoticeBoardProvider::formatForPrompt(const json &data, const ContextRequest &request) const
{
    QStringList lines;
    lines << u"## Notice Board"_s;
    lines << u"Active notices on the info board (%1), pinned first:"_s.arg(data["notices"].size());
    for (const json &n : data["notices"]) {
        lines << u"- [notice %1] %2 (%3%4), posted by %5 %6, %7 days ago"_s.arg(
            ProviderUtil::str(n["noticeId"]), ContextFormat::fenced(ProviderUtil::str(n["title"])),
            ProviderUtil::label(ProviderUtil::str(n["category"])), n["pinned"].get<bool>() ? u", pinned"_s : QString(),
            ProviderUtil::str(n["postedBy"]), ProviderUtil::localTime(n["postedAt"], request.calendar),
            QString::number(n["ageDays"].get<double>()));
    }
    return lines.join(u'\n');
}

QMap<QString, int> NoticeBoardProvider::attention(const json &data) const
{
    int stale = 0;
    for (const json &n : data["notices"]) {
        if (n["pinned"].get<bool>() && n["ageDays"].get<double>() >= kStaleDays)
            ++stale;
    }
    return {{u"staleNotices"_s, stale}};
}
