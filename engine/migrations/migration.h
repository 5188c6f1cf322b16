#pragma once

#include <QByteArray>
#include <QList>
#include <QString>

// One versioned schema change, embedded in the engine as engine/migrations/sql/NNNN_name.sql.
struct Migration
{
    int version = 0;
    QString name;
    QString sql;
    QByteArray checksum; // SHA-256 of the SQL, hex: an applied migration whose file changed is reported

    // What it does, for a person deciding whether to apply it: the SQL's leading comment, as one paragraph.
    QString purpose() const;
    // "Migration 0001 (ai_enums)", as messages name it.
    QString label() const;

    static Migration fromSql(int version, QString name, QString sql);
    // The migrations compiled into the engine, in version order.
    static const QList<Migration> &builtIn();
    // SQL that defines the session-local helper functions the migrations call.
    static const QString &helpersSql();
};
