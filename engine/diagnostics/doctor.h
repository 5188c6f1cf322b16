#pragma once

#include "db/connectionsettings.h"

#include <QCoroTask>
#include <QList>
#include <QString>

class SqlSession;
struct SchemaStatus;

// `mentats doctor`: is everything in place to run the agents against this database? Each check gives a verdict
// and one sentence; nothing here changes the database.
struct DoctorCheck
{
    enum class Verdict
    {
        Ok,
        Warning,
        Failed
    };
    // What a check looked at, one line each (every index the engine added, say): shown under the check.
    struct Item
    {
        QString name;
        QString detail;
    };

    Verdict verdict = Verdict::Ok;
    QString title;
    QString detail;
    QList<Item> items;
};

class Doctor
{
public:
    explicit Doctor(ConnectionSettings settings);

    // Runs every check on a worker thread; never throws (failures are checks too).
    QCoro::Task<QList<DoctorCheck>> run();

    static bool allPassed(const QList<DoctorCheck> &checks);

private:
    static void checkDatabase(SqlSession &session, QList<DoctorCheck> &checks);
    static void checkIndexes(SqlSession &session, const SchemaStatus &status, QList<DoctorCheck> &checks);

    ConnectionSettings m_settings;
};
