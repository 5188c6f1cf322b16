#pragma once

#include "cluster/pgcluster.h"

#include <QString>
#include <memory>

// The one PostgreSQL cluster of a test run. Under ctest it is started once by the "pgcluster" fixture and found
// through MENTATS_TEST_CLUSTER_DIR; a test binary run on its own starts a private one and stops it at exit.
// It also serves a password-protected role, so that tests can exercise wrong passwords.
class TestCluster
{
public:
    static constexpr auto kPasswordUser = "mentats_password_user";
    static constexpr auto kPassword = "correct horse battery staple";

    static TestCluster &instance();

    PgCluster &cluster() { return *m_cluster; }
    ConnectionSettings settings(const QString &database) const { return m_cluster->connectionSettings(database); }

    // Starts the cluster in `directory` and prepares it for tests (roles, authentication). Used by the fixture.
    static void prepare(const QString &directory);

private:
    TestCluster();
    std::unique_ptr<PgCluster> m_cluster;
    bool m_ownsCluster = false;
};
