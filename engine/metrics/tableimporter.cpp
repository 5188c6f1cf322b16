#include "metrics/tableimporter.h"

#include <QObject>

TableImporter::TableImporter(SqlSession &session, ImportMapping mapping, BusinessCalendar calendar)
    : m_session(session), m_mapping(std::move(mapping)), m_calendar(std::move(calendar))
{}

void TableImporter::bindColumns(const CsvTable &table)
{
    m_columns.clear();
    for (auto it = m_mapping.columns.cbegin(); it != m_mapping.columns.cend(); ++it) {
        const int index = table.column(it.value());
        if (index >= 0)
            m_columns.insert(it.key(), index);
    }
}

QString TableImporter::cell(const CsvRecord &record, const QString &field) const
{
    const int index = m_columns.value(field, -1);
    return index < 0 ? QString() : record.fields.value(index).trimmed();
}

QString TableImporter::shapeProblem(const CsvRecord &record, const CsvTable &table)
{
    for (qsizetype i = table.header.size(); i < record.fields.size(); ++i) {
        if (!record.fields.at(i).trimmed().isEmpty())
            return QObject::tr("%1 fields where the header has %2").arg(record.fields.size()).arg(table.header.size());
    }
    return {};
}

void TableImporter::coverDay(QDate day, QDate &first, QDate &last)
{
    if (!day.isValid())
        return;
    if (!first.isValid() || day < first)
        first = day;
    if (!last.isValid() || day > last)
        last = day;
}

nlohmann::json TableImporter::jsonValue(const QVariant &value)
{
    if (value.isNull())
        return nullptr;
    if (value.typeId() == QMetaType::Int)
        return value.toInt();
    return value.toString().toStdString();
}

nlohmann::json TableImporter::textOrNull(const QString &value)
{
    return value.isEmpty() ? nlohmann::json(nullptr) : nlohmann::json(value.toStdString());
}
