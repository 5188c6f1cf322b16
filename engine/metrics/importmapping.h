#pragma once

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <nlohmann/json.hpp>
#include <optional>

class SqlSession;

// How to read one kind of CSV export: which column holds each field, how dates and decimals are written, how a POS
// names its employees, and whether a row is one transaction or a day's totals. Stored as JSON in
// mentats_import_mappings (one per kind, shared by every console and the CLI) and used again next time.
class ImportMapping
{
public:
    enum class Kind
    {
        Pos,
        Auction
    };
    enum class EmployeeMatch
    {
        Name,
        Email,
        PosId
    };

    struct Field
    {
        QString id;    // "date", "employee", "amount", …
        QString label; // for people: "Amount"
        bool required = false;
        QStringList aliases; // header names that mean this field, lower-case
    };

    Kind kind = Kind::Pos;
    QMap<QString, QString> columns; // field id -> header name
    QString dateFormat = QStringLiteral("yyyy-MM-dd");
    QString timeFormat; // empty: 24-hour or 12-hour clock times, with or without seconds
    bool decimalComma = false;
    EmployeeMatch employeeMatch = EmployeeMatch::Name;
    bool perDay = false; // POS: each row is a day's totals (for a person or a location)

    static QString kindId(Kind kind);
    static std::optional<Kind> parseKind(const QString &id);
    static QString matchId(EmployeeMatch match);
    static std::optional<EmployeeMatch> parseMatch(const QString &id);

    static const QList<Field> &fields(Kind kind);
    QString column(const QString &field) const { return columns.value(field); }
    bool maps(const QString &field) const { return !columns.value(field).isEmpty(); }

    // A mapping for a header: each field taken by the first header name that means it ("Sale Date", "Staff", …).
    static ImportMapping guess(Kind kind, const QStringList &header);
    // What stops this mapping from reading a file with this header: required fields without a column, columns the
    // file does not have, a per-day POS file without transaction counts. Sentences, empty when none.
    QStringList problems(const QStringList &header) const;

    nlohmann::json toJson() const;
    // Throws DbError(Usage) naming what is wrong (unknown field, format, match mode).
    static ImportMapping fromJson(Kind kind, const nlohmann::json &json);
    static ImportMapping fromJsonText(Kind kind, const QByteArray &text);

    static std::optional<ImportMapping> load(SqlSession &session, Kind kind);
    static void save(SqlSession &session, const ImportMapping &mapping, const QString &updatedBy);

    bool operator==(const ImportMapping &) const = default;
};
