#pragma once

#include "db/connectionsettings.h"
#include "db/sqlsession.h"

#include <QString>
#include <memory>

// A fresh database for one test (or suite) in the run's TestCluster, dropped again when the object goes.
// Databases in a known TeamTime state are copied from templates built once per cluster.
class TestDatabase
{
public:
    enum class Schema
    {
        Empty,          // no tables at all
        Baseline,       // TeamTime's 24 baseline tables
        FirstAiRelease, // baseline + the AI tables as TeamTime's own first AI release made them
        Current,        // first AI release + what current TeamTime adds
    };

    explicit TestDatabase(Schema schema = Schema::Baseline);
    ~TestDatabase();

    const QString &name() const { return m_name; }
    ConnectionSettings settings() const;
    // A session on the test's own thread, opened on first use.
    SqlSession &session();

    // Runs a script of several statements (split like a migration) in one transaction.
    void runScript(const QString &sql);
    static void runScript(SqlSession &session, const QString &sql);

    static QString fixtureSql(const QString &fileName); // tests/support/sql/<fileName>

private:
    static QString templateFor(Schema schema);
    static void ensureTemplate(Schema schema);

    QString m_name;
    std::unique_ptr<SqlSession> m_session;
};
