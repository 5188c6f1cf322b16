#pragma once

#include "core/engineerror.h"

#include <QString>

// The one exception type of the database layer. `message()` is a single sentence a store manager can act on
// (what failed, what to check); `detail()` keeps the server's own words for logs and the run record.
class DbError : public EngineError
{
public:
    enum class Kind
    {
        Usage,      // a malformed URL or setting: nothing was attempted
        Connection, // could not connect, or the connection broke
        Timeout,    // a statement ran past its statement timeout
        Query,      // the server rejected a statement
        Schema,     // the database is not in a state we can work with (not TeamTime, too old, ...)
        Migration,  // a schema migration failed and was rolled back
        Environment // the local machine lacks something (driver, PostgreSQL binaries, a user account)
    };

    DbError(Kind kind, QString message, QString detail = {}, QString sqlState = {});

    Kind kind() const { return m_kind; }
    const QString &sqlState() const { return m_sqlState; }

private:
    Kind m_kind;
    QString m_sqlState;
};
