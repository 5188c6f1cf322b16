#pragma once

#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <sys/types.h>

// Runs the real `mentats` binary (MENTATS_CLI, set by ctest) and captures what it says.
struct CliResult
{
    int exitCode = -1;
    QString out; // standard output, trimmed
    QString err; // standard error, trimmed
    QStringList errLines() const;
    QString lastOutLine() const { return out.section(u'\n', -1); }
};

class CliRunner
{
public:
    CliRunner();

    void setEnvironment(const QString &name, const QString &value) { m_env.insert(name, value); }
    void unsetEnvironment(const QString &name) { m_env.remove(name); }
    // Runs the child as another account (tests running as root use this to act as a normal user).
    void runAs(uid_t uid, gid_t gid);
    void setBinary(const QString &path) { m_binary = path; }

    CliResult run(const QStringList &arguments, int timeoutMs = 180000) const;

    static QString binary();

private:
    QProcessEnvironment m_env;
    QString m_binary;
    uid_t m_uid;
    gid_t m_gid;
};
