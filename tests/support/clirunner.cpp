#include "clirunner.h"

#include <QProcess>
#include <grp.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

QStringList CliResult::errLines() const
{
    return err.isEmpty() ? QStringList() : err.split(u'\n');
}

CliRunner::CliRunner()
    : m_env(QProcessEnvironment::systemEnvironment()), m_binary(binary()), m_uid(::geteuid()), m_gid(::getegid())
{
    m_env.remove(u"MENTATS_DATABASE_URL"_s);
    m_env.remove(u"QT_LOGGING_RULES"_s);
}

void CliRunner::runAs(uid_t uid, gid_t gid)
{
    m_uid = uid;
    m_gid = gid;
}

QString CliRunner::binary()
{
    return qEnvironmentVariable("MENTATS_CLI");
}

CliResult CliRunner::run(const QStringList &arguments, int timeoutMs) const
{
    QProcess process;
    process.setProcessEnvironment(m_env);
    if (m_uid != ::geteuid()) {
        const uid_t uid = m_uid;
        const gid_t gid = m_gid;
        process.setChildProcessModifier([uid, gid]() {
            if (::setgroups(0, nullptr) != 0 || ::setgid(gid) != 0 || ::setuid(uid) != 0)
                ::_exit(125);
        });
    }
    process.start(m_binary, arguments);
    CliResult result;
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromLocal8Bit(process.readAllStandardOutput()).trimmed();
    result.err = QString::fromLocal8Bit(process.readAllStandardError()).trimmed();
    return result;
}
