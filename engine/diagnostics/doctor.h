#pragma once

#include "db/connectionsettings.h"

#include <QCoroTask>
#include <QList>
#include <QString>

class SqlSession;

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
    Verdict verdict = Verdict::Ok;
    QString title;
    QString detail;
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

    ConnectionSettings m_settings;
};
