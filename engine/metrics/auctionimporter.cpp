#include "metrics/auctionimporter.h"

#include "db/sqlsession.h"
#include "metrics/keymatcher.h"
#include "metrics/valueparser.h"

#include <QObject>
#include <nlohmann/json.hpp>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

// The namespace of name-based auction ids. Never change it: every stored auction id derived from a name depends on it.
const QUuid kAuctionNamespace(u"6f3b0e2a-5d7c-4b8e-9a41-2c6d8f1e7b90"_s);

enum class Type
{
    Count,
    Decimal,
    Rate,
    Minutes
};

struct Column
{
    const char *field;
    Type type;
    int scale = 0;
    int integerDigits = 0;
    double max = 0; // a share: no more than this
};

// auction_metrics' figures and their numeric(precision, scale) limits.
const Column kColumns[] = {
    {"lots_listed", Type::Count},
    {"lots_sold", Type::Count},
    {"sell_through_percent", Type::Decimal, 2, 3, 100},
    {"avg_final_price", Type::Decimal, 2, 8},
    {"no_pay_rate", Type::Rate, 4, 1, 1},
    {"avg_photos_per_lot", Type::Decimal, 2, 2},
    {"avg_creation_to_bid_minutes", Type::Minutes},
    {"avg_bid_to_hammer_minutes", Type::Minutes},
    {"avg_hammer_to_payment_minutes", Type::Minutes},
    {"avg_payment_to_shipment_minutes", Type::Minutes},
};

} // namespace

AuctionImporter::AuctionImporter(SqlSession &session, ImportMapping mapping, BusinessCalendar calendar)
    : TableImporter(session, std::move(mapping), std::move(calendar))
{}

QUuid AuctionImporter::auctionId(const QString &cell)
{
    const QString text = cell.trimmed();
    const QUuid direct(text);
    if (!direct.isNull())
        return direct;
    return QUuid::createUuidV5(kAuctionNamespace, KeyMatcher::normalised(text));
}

void AuctionImporter::parse(const CsvTable &table, ImportReport &report, const std::function<void(int)> &progress)
{
    bindColumns(table);
    m_rows.clear();
    QHash<QString, int> firstLine; // auction id + day -> line
    for (const CsvRecord &record : table.records) {
        ++report.rowsRead;
        QStringList reasons;
        const QString shape = shapeProblem(record, table);
        if (!shape.isEmpty())
            reasons << shape;
        Figures row;
        const QString auction = cell(record, u"auction"_s);
        if (auction.isEmpty()) {
            reasons << QObject::tr("no auction");
        } else {
            row.auctionId = auctionId(auction);
            const QString title = cell(record, u"auction_name"_s);
            row.label = !title.isEmpty() ? title : (QUuid(auction).isNull() ? auction.simplified() : QString());
        }
        const ValueParser::When when =
            ValueParser::when(cell(record, u"date"_s), QString(), m_mapping.dateFormat, m_mapping.timeFormat);
        if (!when.ok())
            reasons << when.problem;
        else
            row.day = when.instant.isValid() ? m_calendar.toLocal(when.instant).date() : when.day;

        for (const Column &column : kColumns) {
            const QString field = QString::fromLatin1(column.field);
            const QString text = cell(record, field);
            ValueParser::Parsed parsed;
            switch (column.type) {
            case Type::Count:
                parsed = ValueParser::count(text);
                break;
            case Type::Decimal:
            case Type::Rate:
                parsed = ValueParser::decimal(text, m_mapping.decimalComma, column.scale, column.integerDigits,
                                              column.type == Type::Rate);
                break;
            case Type::Minutes:
                parsed = ValueParser::minutes(text, m_mapping.decimalComma);
                break;
            }
            if (parsed.ok() && column.max > 0 && !parsed.value.isNull() &&
                parsed.value.toString().toDouble() > column.max)
                parsed.problem = QObject::tr("\"%1\" is more than 100%").arg(text);
            if (!parsed.ok())
                reasons << QString(field).replace(u'_', u' ') + u" "_s + parsed.problem;
            row.values.insert(QString::fromLatin1(column.field), parsed.value);
        }
        const QVariant listed = row.values.value(u"lots_listed"_s);
        const QVariant sold = row.values.value(u"lots_sold"_s);
        if (!listed.isNull() && !sold.isNull() && sold.toInt() > listed.toInt())
            reasons << QObject::tr("%1 lots sold of %2 listed").arg(sold.toInt()).arg(listed.toInt());

        if (reasons.isEmpty()) {
            const QString key = row.auctionId.toString(QUuid::WithoutBraces) + row.day.toString(Qt::ISODate);
            const int earlier = firstLine.value(key);
            if (earlier > 0)
                reasons << QObject::tr("auction \"%1\" on %2 again (first on line %3)")
                               .arg(auction, row.day.toString(Qt::ISODate), QString::number(earlier));
            else
                firstLine.insert(key, record.line);
        }
        if (!reasons.isEmpty()) {
            report.problems << ImportProblem{record.line, reasons.join(u"; "_s)};
            ++report.rowsRejected;
        } else {
            coverDay(row.day, report.firstDay, report.lastDay);
            m_rows.push_back(std::move(row));
            ++report.rowsGood;
        }
        if (progress && report.rowsRead % 500 == 0)
            progress(report.rowsRead);
    }
}

void AuctionImporter::write(const QString &, ImportReport &report, const std::function<void(int)> &progress)
{
    json rows = json::array();
    for (const Figures &f : m_rows) {
        json row = {{"auction_id", f.auctionId.toString(QUuid::WithoutBraces).toStdString()},
                    {"label", textOrNull(f.label)},
                    {"day", f.day.toString(Qt::ISODate).toStdString()},
                    {"day_start", SqlSession::timestamp(m_calendar.startOfDayUtc(f.day)).toStdString()},
                    {"day_end", SqlSession::timestamp(m_calendar.startOfDayUtc(f.day.addDays(1))).toStdString()}};
        for (const Column &column : kColumns)
            row[column.field] = jsonValue(f.values.value(QString::fromLatin1(column.field)));
        rows.push_back(std::move(row));
    }
    // The incoming figures in a temporary table, so that "already there exactly", "replace" and "insert" are three
    // set operations rather than a round trip per row.
    m_session.exec(u"CREATE TEMPORARY TABLE mentats_incoming_auction_metrics (auction_id uuid, label text, day date, "
                   "day_start timestamptz, day_end timestamptz, lots_listed integer, lots_sold integer, "
                   "sell_through_percent numeric, avg_final_price numeric, no_pay_rate numeric, avg_photos_per_lot "
                   "numeric, avg_creation_to_bid_minutes integer, avg_bid_to_hammer_minutes integer, "
                   "avg_hammer_to_payment_minutes integer, avg_payment_to_shipment_minutes integer, "
                   "unchanged boolean NOT NULL DEFAULT false, replaces boolean NOT NULL DEFAULT false) "
                   "ON COMMIT DROP"_s);
    m_session.exec(
        u"INSERT INTO mentats_incoming_auction_metrics (auction_id, label, day, day_start, day_end, "
        "lots_listed, lots_sold, sell_through_percent, avg_final_price, no_pay_rate, avg_photos_per_lot, "
        "avg_creation_to_bid_minutes, avg_bid_to_hammer_minutes, avg_hammer_to_payment_minutes, "
        "avg_payment_to_shipment_minutes) SELECT * FROM jsonb_to_recordset(?::jsonb) AS r(auction_id uuid, "
        "label text, day date, day_start timestamptz, day_end timestamptz, lots_listed integer, lots_sold "
        "integer, sell_through_percent numeric, avg_final_price numeric, no_pay_rate numeric, "
        "avg_photos_per_lot numeric, avg_creation_to_bid_minutes integer, avg_bid_to_hammer_minutes integer, "
        "avg_hammer_to_payment_minutes integer, avg_payment_to_shipment_minutes integer)"_s,
        {QString::fromStdString(rows.dump())});
    if (progress)
        progress(int(m_rows.size()) / 2);
    // A day is unchanged when it holds exactly one row and that row has these figures.
    m_session.exec(
        u"UPDATE mentats_incoming_auction_metrics i SET unchanged = (s.rows = 1 AND s.same = 1), replaces = s.rows > 0 "
        "FROM (SELECT i2.auction_id, i2.day, count(m.id) AS rows, count(m.id) FILTER (WHERE "
        "m.lots_listed IS NOT DISTINCT FROM i2.lots_listed AND m.lots_sold IS NOT DISTINCT FROM i2.lots_sold AND "
        "m.sell_through_percent IS NOT DISTINCT FROM i2.sell_through_percent AND m.avg_final_price IS NOT DISTINCT "
        "FROM i2.avg_final_price AND m.no_pay_rate IS NOT DISTINCT FROM i2.no_pay_rate AND m.avg_photos_per_lot IS NOT "
        "DISTINCT FROM i2.avg_photos_per_lot AND m.avg_creation_to_bid_minutes IS NOT DISTINCT FROM "
        "i2.avg_creation_to_bid_minutes AND m.avg_bid_to_hammer_minutes IS NOT DISTINCT FROM "
        "i2.avg_bid_to_hammer_minutes AND m.avg_hammer_to_payment_minutes IS NOT DISTINCT FROM "
        "i2.avg_hammer_to_payment_minutes AND m.avg_payment_to_shipment_minutes IS NOT DISTINCT FROM "
        "i2.avg_payment_to_shipment_minutes) AS same FROM mentats_incoming_auction_metrics i2 LEFT JOIN "
        "auction_metrics m ON m.auction_id = i2.auction_id AND m.date >= i2.day_start AND m.date < i2.day_end "
        "GROUP BY i2.auction_id, i2.day) s WHERE s.auction_id = i.auction_id AND s.day = i.day"_s);
    m_session.exec(u"DELETE FROM auction_metrics m USING mentats_incoming_auction_metrics i WHERE NOT i.unchanged "
                   "AND i.replaces AND m.auction_id = i.auction_id AND m.date >= i.day_start AND m.date < i.day_end"_s);
    m_session.exec(
        u"INSERT INTO auction_metrics (auction_id, date, lots_listed, lots_sold, sell_through_percent, "
        "avg_final_price, no_pay_rate, avg_photos_per_lot, avg_creation_to_bid_minutes, avg_bid_to_hammer_minutes, "
        "avg_hammer_to_payment_minutes, avg_payment_to_shipment_minutes) SELECT auction_id, day_start, lots_listed, "
        "lots_sold, sell_through_percent, avg_final_price, no_pay_rate, avg_photos_per_lot, "
        "avg_creation_to_bid_minutes, avg_bid_to_hammer_minutes, avg_hammer_to_payment_minutes, "
        "avg_payment_to_shipment_minutes FROM mentats_incoming_auction_metrics WHERE NOT unchanged"_s);
    m_session.exec(u"INSERT INTO mentats_auctions (id, label) SELECT DISTINCT ON (auction_id) auction_id, label "
                   "FROM mentats_incoming_auction_metrics WHERE label IS NOT NULL ORDER BY auction_id, day DESC "
                   "ON CONFLICT (id) DO UPDATE SET label = excluded.label "
                   "WHERE mentats_auctions.label IS DISTINCT FROM excluded.label"_s);
    const SqlRows counts =
        m_session.select(u"SELECT count(*) FILTER (WHERE NOT unchanged), count(*) FILTER (WHERE unchanged), "
                         "count(*) FILTER (WHERE replaces AND NOT unchanged), min(day) FILTER (WHERE NOT unchanged), "
                         "max(day) FILTER (WHERE NOT unchanged) FROM mentats_incoming_auction_metrics"_s);
    const QVariantList &c = counts.rows.front();
    report.rowsImported = c.at(0).toInt();
    report.rowsDuplicate = c.at(1).toInt();
    report.rowsReplaced = c.at(2).toInt();
    coverDay(c.at(3).toDate(), report.changedFirstDay, report.changedLastDay);
    coverDay(c.at(4).toDate(), report.changedFirstDay, report.changedLastDay);
    m_session.exec(u"DROP TABLE mentats_incoming_auction_metrics"_s);
    if (progress)
        progress(int(m_rows.size()));
}
