#include "metrics/posimporter.h"

#include "db/sqlsession.h"
#include "metrics/valueparser.h"

#include <QCryptographicHash>
#include <QObject>
#include <QUuid>
#include <nlohmann/json.hpp>

using namespace Qt::Literals::StringLiterals;
using nlohmann::json;

namespace {

constexpr int kRowsPerStatement = 2000;

} // namespace

PosImporter::PosImporter(SqlSession &session, ImportMapping mapping, BusinessCalendar calendar)
    : TableImporter(session, std::move(mapping), std::move(calendar))
{}

void PosImporter::loadMatchers()
{
    if (hasColumn(u"employee"_s)) {
        switch (m_mapping.employeeMatch) {
        case ImportMapping::EmployeeMatch::Name:
            for (const QVariantList &row : m_session.select(u"SELECT id::text, name FROM users"_s).rows)
                m_employees.add(row.at(1).toString(), row.at(0).toString());
            break;
        case ImportMapping::EmployeeMatch::Email:
            for (const QVariantList &row : m_session.select(u"SELECT id::text, email FROM users"_s).rows)
                m_employees.add(row.at(1).toString(), row.at(0).toString());
            break;
        case ImportMapping::EmployeeMatch::PosId:
            for (const QVariantList &row :
                 m_session.select(u"SELECT user_id::text, pos_employee FROM mentats_pos_employees"_s).rows)
                m_employees.add(row.at(1).toString(), row.at(0).toString());
            break;
        }
    }
    if (hasColumn(u"location"_s)) {
        for (const QVariantList &row : m_session.select(u"SELECT id::text, name FROM locations"_s).rows) {
            m_locations.add(row.at(1).toString(), row.at(0).toString());
            m_locations.add(row.at(0).toString(), row.at(0).toString());
        }
    }
}

void PosImporter::parse(const CsvTable &table, ImportReport &report, const std::function<void(int)> &progress)
{
    bindColumns(table);
    loadMatchers();
    m_sales.clear();
    QHash<QString, int> seen; // normalised content -> how often so far
    const auto matchWord = [this] {
        switch (m_mapping.employeeMatch) {
        case ImportMapping::EmployeeMatch::Email:
            return QObject::tr("email");
        case ImportMapping::EmployeeMatch::PosId:
            return QObject::tr("POS id");
        case ImportMapping::EmployeeMatch::Name:
            break;
        }
        return QObject::tr("name");
    }();

    for (const CsvRecord &record : table.records) {
        ++report.rowsRead;
        QStringList reasons;
        const QString shape = shapeProblem(record, table);
        if (!shape.isEmpty())
            reasons << shape;
        Sale sale;

        const ValueParser::When when = ValueParser::when(cell(record, u"date"_s), cell(record, u"time"_s),
                                                         m_mapping.dateFormat, m_mapping.timeFormat);
        QDate day;
        if (!when.ok()) {
            reasons << when.problem;
        } else if (when.instant.isValid() && !m_mapping.perDay) {
            sale.soldAt = when.instant;
            day = m_calendar.toLocal(when.instant).date();
        } else {
            day = when.day;
            sale.soldAt =
                (when.time && !m_mapping.perDay) ? m_calendar.atUtc(day, *when.time) : m_calendar.startOfDayUtc(day);
        }

        const QString amountText = cell(record, u"amount"_s);
        const ValueParser::Parsed amount = ValueParser::decimal(amountText, m_mapping.decimalComma, 2, 10);
        if (!amount.ok())
            reasons << QObject::tr("amount %1").arg(amount.problem);
        else if (amount.value.isNull())
            reasons << QObject::tr("no amount");
        else
            sale.amount = amount.value.toString();

        const QString employee = cell(record, u"employee"_s);
        if (!employee.isEmpty()) {
            const KeyMatcher::Match match = m_employees.find(employee);
            if (match.found())
                sale.userId = match.id;
            else if (match.ambiguous())
                reasons << QObject::tr("employee \"%1\" is %2 TeamTime users by %3")
                               .arg(employee, QString::number(match.choices.size()), matchWord);
            else
                reasons << QObject::tr("employee \"%1\" matches no TeamTime user by %2").arg(employee, matchWord);
        }
        const QString location = cell(record, u"location"_s);
        if (!location.isEmpty()) {
            const KeyMatcher::Match match = m_locations.find(location);
            if (match.found())
                sale.locationId = match.id;
            else if (match.ambiguous())
                reasons << QObject::tr("location \"%1\" is %2 TeamTime locations")
                               .arg(location, QString::number(match.choices.size()));
            else
                reasons << QObject::tr("location \"%1\" matches no TeamTime location").arg(location);
        }
        if (employee.isEmpty() && location.isEmpty())
            reasons << QObject::tr("no employee and no location");

        const auto whole = [&](const QString &label, ValueParser::Parsed parsed) {
            if (!parsed.ok())
                reasons << label + u" "_s + parsed.problem;
            return parsed.value;
        };
        if (hasColumn(u"transactions"_s)) {
            const QVariant count =
                whole(QObject::tr("transactions"), ValueParser::count(cell(record, u"transactions"_s)));
            if (count.isNull() && m_mapping.perDay)
                reasons << QObject::tr("no number of transactions");
            sale.transactions = count.isNull() ? 1 : count.toInt();
        }
        sale.items = whole(QObject::tr("items"), ValueParser::count(cell(record, u"items"_s)));
        const ValueParser::Parsed refunds = ValueParser::refunds(cell(record, u"refund"_s));
        if (!refunds.ok())
            reasons << refunds.problem;
        sale.refunds = refunds.value.toInt();
        sale.customers = whole(QObject::tr("customers"), ValueParser::count(cell(record, u"customers"_s)));
        sale.durationSeconds = whole(QString(), ValueParser::seconds(cell(record, u"duration_seconds"_s)));
        sale.tillVariance = whole(QObject::tr("till variance"),
                                  ValueParser::decimal(cell(record, u"till_variance"_s), m_mapping.decimalComma, 2, 8));
        sale.complaints = whole(QObject::tr("complaints"), ValueParser::count(cell(record, u"complaints"_s))).toInt();
        sale.transactionRef = cell(record, u"transaction_ref"_s);

        if (!reasons.isEmpty()) {
            for (QString &r : reasons)
                r = r.trimmed();
            report.problems << ImportProblem{record.line, reasons.join(u"; "_s)};
            ++report.rowsRejected;
        } else {
            const QString content = normalisedContent(sale);
            const int occurrence = ++seen[content];
            sale.rowKey = QString::fromLatin1(
                QCryptographicHash::hash((content + u"\x1f#"_s + QString::number(occurrence)).toUtf8(),
                                         QCryptographicHash::Sha256)
                    .toHex());
            coverDay(day, report.firstDay, report.lastDay);
            m_sales.push_back(std::move(sale));
            ++report.rowsGood;
        }
        if (progress && report.rowsRead % 500 == 0)
            progress(report.rowsRead);
    }
}

QString PosImporter::normalisedContent(const Sale &sale) const
{
    const auto v = [](const QVariant &value) { return value.isNull() ? u"-"_s : value.toString(); };
    return QStringList{u"pos"_s,
                       sale.soldAt.toUTC().toString(Qt::ISODateWithMs),
                       m_mapping.perDay ? u"day"_s : u"sale"_s,
                       sale.userId,
                       sale.locationId,
                       sale.transactionRef,
                       QString::number(sale.transactions),
                       sale.amount,
                       v(sale.items),
                       QString::number(sale.refunds),
                       v(sale.customers),
                       v(sale.durationSeconds),
                       v(sale.tillVariance),
                       QString::number(sale.complaints)}
        .join(u'\x1f');
}

void PosImporter::write(const QString &importId, ImportReport &report, const std::function<void(int)> &progress)
{
    const QString zone = QString::fromUtf8(m_calendar.zone().id());
    for (size_t start = 0; start < m_sales.size(); start += kRowsPerStatement) {
        json rows = json::array();
        const size_t end = std::min(m_sales.size(), start + kRowsPerStatement);
        for (size_t i = start; i < end; ++i) {
            const Sale &s = m_sales[i];
            rows.push_back({{"row_key", s.rowKey.toStdString()},
                            {"sold_at", SqlSession::timestamp(s.soldAt).toStdString()},
                            {"per_day", m_mapping.perDay},
                            {"user_id", textOrNull(s.userId)},
                            {"location_id", textOrNull(s.locationId)},
                            {"transaction_ref", textOrNull(s.transactionRef)},
                            {"transactions", s.transactions},
                            {"amount", s.amount.toStdString()},
                            {"items", jsonValue(s.items)},
                            {"refunds", s.refunds},
                            {"customers", jsonValue(s.customers)},
                            {"duration_seconds", jsonValue(s.durationSeconds)},
                            {"till_variance", jsonValue(s.tillVariance)},
                            {"complaints", s.complaints}});
        }
        const SqlRows inserted = m_session.select(
            u"WITH ins AS (INSERT INTO mentats_pos_sales (row_key, import_id, sold_at, per_day, user_id, location_id, "
            "transaction_ref, transactions, amount, items, refunds, customers, duration_seconds, till_variance, "
            "complaints) SELECT r.row_key, ?::uuid, r.sold_at, r.per_day, r.user_id, r.location_id, r.transaction_ref, "
            "r.transactions, r.amount, r.items, r.refunds, r.customers, r.duration_seconds, r.till_variance, "
            "r.complaints FROM jsonb_to_recordset(?::jsonb) AS r(row_key text, sold_at timestamptz, per_day boolean, "
            "user_id uuid, location_id uuid, transaction_ref text, transactions integer, amount numeric, items "
            "integer, "
            "refunds integer, customers integer, duration_seconds integer, till_variance numeric, complaints integer) "
            "ON CONFLICT (row_key) DO NOTHING RETURNING sold_at) "
            "SELECT count(*), (min(sold_at) AT TIME ZONE ?::text)::date, (max(sold_at) AT TIME ZONE ?::text)::date "
            "FROM ins"_s,
            {importId, QString::fromStdString(rows.dump()), zone, zone});
        const QVariantList &row = inserted.rows.front();
        const int count = row.at(0).toInt();
        report.rowsImported += count;
        report.rowsDuplicate += int(end - start) - count;
        coverDay(row.at(1).toDate(), report.changedFirstDay, report.changedLastDay);
        coverDay(row.at(2).toDate(), report.changedFirstDay, report.changedLastDay);
        if (progress)
            progress(int(end));
    }
}
