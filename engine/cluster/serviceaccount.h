#pragma once

#include <QString>
#include <sys/types.h>

// The unprivileged account a private PostgreSQL cluster runs as. PostgreSQL refuses to run as root, so when we
// are root the server runs as "postgres" (present once Debian's postgresql package is installed) or "nobody";
// otherwise it runs as the current user.
struct ServiceAccount
{
    QString name;
    uid_t uid = 0;
    gid_t gid = 0;
    bool dropPrivileges = false; // true when we are root and must switch to this account in child processes

    static ServiceAccount forCurrentProcess();

    // Whether this account can search (traverse) every directory on the way to `path`.
    bool canReach(const QString &path) const;
    // Gives this account ownership of `path` (no-op when not dropping privileges). Throws DbError.
    void takeOwnership(const QString &path) const;
};
