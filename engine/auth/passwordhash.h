#pragma once

#include <QByteArray>
#include <QString>

// TeamTime's password hashes: Argon2id PHC strings as @node-rs/argon2 writes them
// ($argon2id$v=19$m=19456,t=2,p=1$<salt>$<hash>, unpadded base64), checked with the reference implementation
// (libargon2). Checking costs ~19 MiB and tens of milliseconds by design: call it on a worker thread.
namespace PasswordHash {

// False for a wrong password and for anything that is not a well-formed Argon2id string (NULL, a PIN-only user).
bool verify(const QString &phc, const QString &password);
// A hash with TeamTime's parameters. `salt` (16 bytes) is random when empty; a fixed salt is for demo data only.
QString hash(const QString &password, const QByteArray &salt = {});

} // namespace PasswordHash
