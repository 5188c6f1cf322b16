#include "cluster/serviceaccount.h"

#include "db/dberror.h"

#include <QDir>
#include <QFileInfo>
#include <cerrno>
#include <cstring>
#include <pwd.h>
#include <sys/stat.h>
#include <unistd.h>

using namespace Qt::Literals::StringLiterals;

ServiceAccount ServiceAccount::forCurrentProcess()
{
    ServiceAccount account;
    if (geteuid() != 0) {
        account.uid = geteuid();
        account.gid = getegid();
        const passwd *pw = getpwuid(account.uid);
        account.name = pw ? QString::fromLocal8Bit(pw->pw_name) : QString::number(account.uid);
        return account;
    }
    for (const char *candidate : {"postgres", "nobody"}) {
        if (const passwd *pw = getpwnam(candidate); pw && pw->pw_uid != 0) {
            account.name = QString::fromLatin1(candidate);
            account.uid = pw->pw_uid;
            account.gid = pw->pw_gid;
            account.dropPrivileges = true;
            return account;
        }
    }
    throw DbError(DbError::Kind::Environment,
                  u"PostgreSQL refuses to run as root and this machine has neither a \"postgres\" nor a \"nobody\" "
                  "account to run it as: install the postgresql package or run as a normal user."_s);
}

bool ServiceAccount::canReach(const QString &path) const
{
    if (!dropPrivileges)
        return true;
    QString current = QFileInfo(path).absoluteFilePath();
    // Walk from the target up to "/": each existing directory must be searchable by the account.
    while (true) {
        struct stat st
        {
        };
        if (::stat(QFile::encodeName(current).constData(), &st) == 0 && S_ISDIR(st.st_mode)) {
            const bool searchable = st.st_uid == uid   ? (st.st_mode & S_IXUSR)
                                    : st.st_gid == gid ? (st.st_mode & S_IXGRP)
                                                       : (st.st_mode & S_IXOTH);
            if (!searchable)
                return false;
        }
        if (current == u"/"_s)
            return true;
        current = QFileInfo(current).absolutePath();
    }
}

void ServiceAccount::takeOwnership(const QString &path) const
{
    if (!dropPrivileges)
        return;
    if (::chown(QFile::encodeName(path).constData(), uid, gid) != 0)
        throw DbError(DbError::Kind::Environment, u"Could not hand %1 to the \"%2\" account: %3."_s.arg(
                                                      path, name, QString::fromLocal8Bit(std::strerror(errno))));
}
