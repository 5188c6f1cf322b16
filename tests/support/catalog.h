#pragma once

#include <QMap>
#include <QString>
#include <QStringList>

class SqlSession;

// What PostgreSQL's catalog says about the public schema: the ground truth migration tests compare against.
class Catalog
{
public:
    struct Column
    {
        QString type;        // format_type(), e.g. "numeric(10,2)", "timestamp with time zone", "ai_agent"
        QString defaultExpr; // pg_get_expr of the default, empty when none
        bool notNull = false;
    };

    explicit Catalog(SqlSession &session) : m_session(session) {}

    QStringList tables();
    QMap<QString, Column> columns(const QString &table);
    QStringList columnOrder(const QString &table);
    QStringList enumLabels(const QString &type);
    // "name: definition" for each constraint, e.g. "ai_config_agent_unique: UNIQUE (agent)".
    QStringList constraints(const QString &table);
    QStringList indexes(const QString &table);
    qint64 rowCount(const QString &table);
    // Everything above for every table and type, as one text: equal snapshots mean an unchanged schema.
    QString snapshot();

private:
    SqlSession &m_session;
};
