#include "metrics/metricschoices.h"

#include "business/staffscope.h"
#include "db/sqlsession.h"

using namespace Qt::Literals::StringLiterals;

QList<MetricsChoices::Choice> MetricsChoices::locations(SqlSession &session)
{
    QList<Choice> choices;
    const SqlRows rows = session.select(u"SELECT id::text, name, is_active FROM locations ORDER BY name, id"_s);
    for (const QVariantList &row : rows.rows)
        choices << Choice{row.at(0).toString(), row.at(1).toString(), row.at(2).toBool()};
    return choices;
}

QList<MetricsChoices::Choice> MetricsChoices::people(SqlSession &session, const QString &text,
                                                     const ContextRequest &request, int limit)
{
    QString pattern = text.trimmed();
    pattern.replace(u"\\"_s, u"\\\\"_s).replace(u"%"_s, u"\\%"_s).replace(u"_"_s, u"\\_"_s);
    QList<Choice> choices;
    const SqlRows rows =
        session.select(u"SELECT u.id::text, u.name, u.is_active FROM users u WHERE %1 AND u.name ILIKE ? "
                       "ORDER BY u.is_active DESC, u.name, u.id LIMIT ?"_s.arg(StaffScope::everCondition(request)),
                       {QString(u"%"_s + pattern + u"%"_s), std::max(1, limit)});
    for (const QVariantList &row : rows.rows)
        choices << Choice{row.at(0).toString(), row.at(1).toString(), row.at(2).toBool()};
    return choices;
}
