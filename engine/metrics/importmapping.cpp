#include "metrics/importmapping.h"

#include "db/dberror.h"
#include "db/sqlsession.h"

#include <QObject>
#include <QRegularExpression>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

// "Sale_Date", "sale-date " and "Sale Date" all read "sale date".
QString normalised(const QString &name)
{
    static const QRegularExpression separators(u"[\\s_\\-./]+"_s);
    return name.toLower().replace(separators, u" "_s).trimmed();
}

QList<ImportMapping::Field> posFields()
{
    return {
        {u"date"_s,
         QObject::tr("Date"),
         true,
         {u"sale date"_s, u"transaction date"_s, u"business date"_s, u"day"_s, u"datetime"_s, u"date time"_s,
          u"timestamp"_s, u"sold at"_s, u"created"_s}},
        {u"time"_s, QObject::tr("Time"), false, {u"sale time"_s, u"transaction time"_s, u"hour"_s}},
        {u"employee"_s,
         QObject::tr("Employee"),
         false,
         {u"staff"_s, u"cashier"_s, u"clerk"_s, u"salesperson"_s, u"sales person"_s, u"server"_s, u"user"_s,
          u"employee name"_s, u"employee id"_s, u"staff id"_s, u"staff name"_s, u"employee email"_s, u"email"_s,
          u"pos id"_s}},
        {u"location"_s,
         QObject::tr("Location"),
         false,
         {u"store"_s, u"shop"_s, u"branch"_s, u"outlet"_s, u"site"_s, u"location name"_s, u"store name"_s}},
        {u"amount"_s,
         QObject::tr("Amount"),
         true,
         {u"total"_s, u"net sales"_s, u"sales"_s, u"net"_s, u"gross sales"_s, u"revenue"_s, u"total sales"_s,
          u"sale amount"_s, u"sales total"_s}},
        {u"items"_s, QObject::tr("Items"), false, {u"qty"_s, u"quantity"_s, u"item count"_s, u"units"_s}},
        {u"refund"_s,
         QObject::tr("Refund"),
         false,
         {u"refunds"_s, u"is refund"_s, u"refund count"_s, u"returns"_s, u"return"_s}},
        {u"transaction_ref"_s,
         QObject::tr("Transaction reference"),
         false,
         {u"transaction"_s, u"transaction id"_s, u"receipt"_s, u"receipt number"_s, u"receipt no"_s, u"order"_s,
          u"order id"_s, u"ticket"_s, u"invoice"_s}},
        {u"transactions"_s,
         QObject::tr("Transactions (count)"),
         false,
         {u"transaction count"_s, u"count"_s, u"tickets"_s, u"orders"_s, u"sales count"_s}},
        {u"customers"_s, QObject::tr("Customers"), false, {u"customer count"_s, u"guests"_s, u"visitors"_s}},
        {u"duration_seconds"_s, QObject::tr("Duration"), false, {u"duration"_s, u"seconds"_s}},
        {u"till_variance"_s,
         QObject::tr("Till variance"),
         false,
         {u"variance"_s, u"cash variance"_s, u"over short"_s, u"over/short"_s}},
        {u"complaints"_s, QObject::tr("Complaints"), false, {u"complaint count"_s}},
    };
}

QList<ImportMapping::Field> auctionFields()
{
    return {
        {u"auction"_s, QObject::tr("Auction"), true, {u"auction id"_s, u"auction name"_s, u"sale"_s, u"event"_s}},
        {u"auction_name"_s, QObject::tr("Auction title"), false, {u"auction title"_s, u"title"_s, u"name"_s}},
        {u"date"_s, QObject::tr("Date"), true, {u"auction date"_s, u"day"_s, u"sale date"_s}},
        {u"lots_listed"_s, QObject::tr("Lots listed"), false, {u"listed"_s, u"lots"_s}},
        {u"lots_sold"_s, QObject::tr("Lots sold"), false, {u"sold"_s}},
        {u"sell_through_percent"_s,
         QObject::tr("Sell-through %"),
         false,
         {u"sell through"_s, u"sell through %"_s, u"sell through percent"_s}},
        {u"avg_final_price"_s,
         QObject::tr("Average final price"),
         false,
         {u"average final price"_s, u"avg price"_s, u"average price"_s}},
        {u"no_pay_rate"_s, QObject::tr("No-pay rate"), false, {u"no pay"_s, u"non payment rate"_s}},
        {u"avg_photos_per_lot"_s, QObject::tr("Photos per lot"), false, {u"photos per lot"_s}},
        {u"avg_creation_to_bid_minutes"_s,
         QObject::tr("Creation to first bid (min)"),
         false,
         {u"creation to bid minutes"_s, u"creation to first bid"_s}},
        {u"avg_bid_to_hammer_minutes"_s,
         QObject::tr("Bid to hammer (min)"),
         false,
         {u"bid to hammer minutes"_s, u"bid to hammer"_s}},
        {u"avg_hammer_to_payment_minutes"_s,
         QObject::tr("Hammer to payment (min)"),
         false,
         {u"hammer to payment minutes"_s, u"hammer to payment"_s}},
        {u"avg_payment_to_shipment_minutes"_s,
         QObject::tr("Payment to shipment (min)"),
         false,
         {u"payment to shipment minutes"_s, u"payment to shipment"_s}},
    };
}

const ImportMapping::Field *findField(ImportMapping::Kind kind, const QString &id)
{
    for (const ImportMapping::Field &f : ImportMapping::fields(kind)) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

} // namespace

QString ImportMapping::kindId(Kind kind)
{
    return kind == Kind::Pos ? u"pos"_s : u"auction"_s;
}

std::optional<ImportMapping::Kind> ImportMapping::parseKind(const QString &id)
{
    if (id == u"pos"_s)
        return Kind::Pos;
    if (id == u"auction"_s)
        return Kind::Auction;
    return std::nullopt;
}

QString ImportMapping::matchId(EmployeeMatch match)
{
    switch (match) {
    case EmployeeMatch::Name:
        return u"name"_s;
    case EmployeeMatch::Email:
        return u"email"_s;
    case EmployeeMatch::PosId:
        return u"pos_id"_s;
    }
    return u"name"_s;
}

std::optional<ImportMapping::EmployeeMatch> ImportMapping::parseMatch(const QString &id)
{
    for (EmployeeMatch m : {EmployeeMatch::Name, EmployeeMatch::Email, EmployeeMatch::PosId}) {
        if (matchId(m) == id)
            return m;
    }
    return std::nullopt;
}

const QList<ImportMapping::Field> &ImportMapping::fields(Kind kind)
{
    static const QList<Field> pos = posFields();
    static const QList<Field> auction = auctionFields();
    return kind == Kind::Pos ? pos : auction;
}

ImportMapping ImportMapping::guess(Kind kind, const QStringList &header)
{
    ImportMapping mapping;
    mapping.kind = kind;
    QStringList taken;
    for (const Field &field : fields(kind)) {
        QStringList names{normalised(field.id)};
        names << field.aliases;
        for (const QString &name : std::as_const(names)) {
            const auto found = std::find_if(header.begin(), header.end(), [&](const QString &h) {
                return normalised(h) == name && !taken.contains(h);
            });
            if (found != header.end()) {
                mapping.columns.insert(field.id, *found);
                taken << *found;
                break;
            }
        }
    }
    if (kind == Kind::Pos && mapping.maps(u"transactions"_s) && !mapping.maps(u"transaction_ref"_s))
        mapping.perDay = true; // a count of transactions per row: the rows are totals
    return mapping;
}

QStringList ImportMapping::problems(const QStringList &header) const
{
    QStringList found;
    const auto inHeader = [&header](const QString &name) {
        return std::any_of(header.begin(), header.end(), [&](const QString &h) {
            return h.trimmed().compare(name.trimmed(), Qt::CaseInsensitive) == 0;
        });
    };
    for (const Field &field : fields(kind)) {
        const QString column = columns.value(field.id);
        if (column.isEmpty() && field.required)
            found << QObject::tr("Choose the column for \"%1\".").arg(field.label);
        else if (!column.isEmpty() && !header.isEmpty() && !inHeader(column))
            found << QObject::tr("The file has no column \"%1\" (for \"%2\").").arg(column, field.label);
    }
    if (kind == Kind::Pos) {
        if (!maps(u"employee"_s) && !maps(u"location"_s))
            found << QObject::tr("Choose the employee column, the location column or both.");
        if (perDay && !maps(u"transactions"_s))
            found << QObject::tr("A file of daily totals needs the column with each day's number of transactions.");
    }
    return found;
}

json ImportMapping::toJson() const
{
    json cols = json::object();
    for (auto it = columns.cbegin(); it != columns.cend(); ++it) {
        if (!it.value().isEmpty())
            cols[it.key().toStdString()] = it.value().toStdString();
    }
    json j = {{"kind", kindId(kind).toStdString()},
              {"columns", cols},
              {"dateFormat", dateFormat.toStdString()},
              {"timeFormat", timeFormat.toStdString()},
              {"decimalComma", decimalComma}};
    if (kind == Kind::Pos) {
        j["employeeMatch"] = matchId(employeeMatch).toStdString();
        j["perDay"] = perDay;
    }
    return j;
}

ImportMapping ImportMapping::fromJson(Kind kind, const json &j)
{
    const auto bad = [](const QString &sentence) { return DbError(DbError::Kind::Usage, sentence); };
    if (!j.is_object())
        throw bad(u"The mapping must be a JSON object with \"columns\"."_s);
    ImportMapping m;
    m.kind = kind;
    const auto text = [&](const char *key, const QString &fallback) {
        if (!j.contains(key) || j[key].is_null())
            return fallback;
        if (!j[key].is_string())
            throw bad(u"The mapping's \"%1\" must be text."_s.arg(QString::fromLatin1(key)));
        return QString::fromStdString(j[key].get<std::string>());
    };
    const auto flag = [&](const char *key) {
        if (!j.contains(key) || j[key].is_null())
            return false;
        if (!j[key].is_boolean())
            throw bad(u"The mapping's \"%1\" must be true or false."_s.arg(QString::fromLatin1(key)));
        return j[key].get<bool>();
    };
    if (j.contains("kind") && j["kind"] != kindId(kind).toStdString())
        throw bad(u"This mapping is for %1 files, not %2 files."_s.arg(
            QString::fromStdString(j["kind"].is_string() ? j["kind"].get<std::string>() : j["kind"].dump()),
            kindId(kind)));
    if (!j.contains("columns") || !j["columns"].is_object())
        throw bad(u"The mapping needs \"columns\": which column holds each field."_s);
    for (const auto &[key, value] : j["columns"].items()) {
        const QString field = QString::fromStdString(key);
        if (!findField(kind, field)) {
            QStringList known;
            for (const Field &f : fields(kind))
                known << f.id;
            throw bad(u"The mapping names a field \"%1\" that %2 files do not have (%3)."_s.arg(field, kindId(kind),
                                                                                                known.join(u", "_s)));
        }
        if (!value.is_string())
            throw bad(u"The column for \"%1\" must be a header name."_s.arg(field));
        m.columns.insert(field, QString::fromStdString(value.get<std::string>()));
    }
    m.dateFormat = text("dateFormat", m.dateFormat);
    if (m.dateFormat.trimmed().isEmpty())
        throw bad(u"The mapping's dateFormat is empty (e.g. yyyy-MM-dd, dd/MM/yyyy)."_s);
    m.timeFormat = text("timeFormat", {});
    m.decimalComma = flag("decimalComma");
    if (kind == Kind::Pos) {
        const QString match = text("employeeMatch", u"name"_s);
        const auto parsed = parseMatch(match);
        if (!parsed)
            throw bad(u"employeeMatch is name, email or pos_id, not \"%1\"."_s.arg(match));
        m.employeeMatch = *parsed;
        m.perDay = flag("perDay");
    }
    return m;
}

ImportMapping ImportMapping::fromJsonText(Kind kind, const QByteArray &text)
{
    const json j = json::parse(text.constData(), text.constData() + text.size(), nullptr, false);
    if (j.is_discarded())
        throw DbError(DbError::Kind::Usage, u"The mapping file is not valid JSON."_s);
    return fromJson(kind, j);
}

std::optional<ImportMapping> ImportMapping::load(SqlSession &session, Kind kind)
{
    const QVariant stored =
        session.scalar(u"SELECT mapping::text FROM mentats_import_mappings WHERE kind = ?"_s, {kindId(kind)});
    if (stored.isNull())
        return std::nullopt;
    try {
        return fromJsonText(kind, stored.toString().toUtf8());
    } catch (const DbError &) {
        return std::nullopt; // written by a newer console: ask again rather than misread a file
    }
}

void ImportMapping::save(SqlSession &session, const ImportMapping &mapping, const QString &updatedBy)
{
    session.exec(u"INSERT INTO mentats_import_mappings (kind, mapping, updated_by) VALUES (?, ?::jsonb, ?) "
                 "ON CONFLICT (kind) DO UPDATE SET mapping = excluded.mapping, updated_at = now(), "
                 "updated_by = excluded.updated_by"_s,
                 {kindId(mapping.kind), QString::fromStdString(mapping.toJson().dump()),
                  updatedBy.isEmpty() ? QVariant() : QVariant(updatedBy)});
}
