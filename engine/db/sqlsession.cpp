#include "db/sqlsession.h"

#include "core/logging.h"
#include "db/connectionfailure.h"
#include "db/dberror.h"
#include "db/sqlscript.h"

#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <libpq-fe.h>

using namespace Qt::Literals::StringLiterals;

namespace {

QString summarize(const QString &sql)
{
    QString oneLine = sql.simplified();
    if (oneLine.size() > 120)
        oneLine = oneLine.left(117) + u"..."_s;
    return oneLine;
}

// libpq's message is "ERROR:  <primary>\nLINE 1: ...\n ^" or similar: keep the primary sentence.
QString primaryMessage(const QString &serverText)
{
    static const QRegularExpression severity(u"^(ERROR|FATAL|PANIC|WARNING):\\s+"_s);
    QString first = serverText.section(u'\n', 0, 0).trimmed();
    first.remove(severity);
    return first;
}

// SQLSTATE classes 08 (connection exception) and 57P (operator intervention: shutdown, crash) mean the
// connection is gone; 57014 is a statement timeout / cancel.
bool isConnectionLoss(const QString &sqlState, const QSqlError &error)
{
    return sqlState.startsWith(u"08"_s) || sqlState.startsWith(u"57P"_s) ||
           (sqlState.isEmpty() && error.type() == QSqlError::ConnectionError);
}

// Server notices (NOTICE, WARNING) would otherwise go straight to the process's standard error through libpq's
// default processor; route them into our logging instead.
void receiveNotice(void *session, const char *message)
{
    static_cast<SqlSession *>(session)->recordNotice(QString::fromUtf8(message).trimmed());
}

} // namespace

SqlSession::SqlSession(QString connectionName, ConnectionSettings settings)
    : m_connectionName(std::move(connectionName)), m_settings(std::move(settings))
{}

SqlSession::~SqlSession()
{
    close();
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool SqlSession::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && QSqlDatabase::database(m_connectionName, false).isOpen();
}

void SqlSession::ensureOpen()
{
    if (isOpen())
        return;
    if (!QSqlDatabase::isDriverAvailable(u"QPSQL"_s))
        throw DbError(DbError::Kind::Environment,
                      u"The PostgreSQL driver for Qt is not installed: install the package libqt6sql6-psql."_s);
    QSqlDatabase db = QSqlDatabase::contains(m_connectionName)
                          ? QSqlDatabase::database(m_connectionName, false)
                          : QSqlDatabase::addDatabase(u"QPSQL"_s, m_connectionName);
    m_settings.applyTo(db);
    qCDebug(lcDb) << "connecting" << m_connectionName << "to" << m_settings.redactedUrl();
    if (!db.open()) {
        const QSqlError error = db.lastError();
        db.close();
        throw describeConnectionFailure(m_settings,
                                        error.databaseText().isEmpty() ? error.text() : error.databaseText());
    }
    m_inTransaction = false;
    if (const QVariant handle = db.driver()->handle();
        handle.isValid() &&
        (qstrcmp(handle.typeName(), "PGconn*") == 0 || qstrcmp(handle.typeName(), "pg_conn*") == 0)) {
        if (PGconn *connection = *static_cast<PGconn *const *>(handle.constData()))
            PQsetNoticeProcessor(connection, &receiveNotice, this);
    }
    // Timestamps travel as UTC; the business time zone is applied explicitly where it matters, never by the
    // session's or the machine's zone.
    exec(u"SET TIME ZONE 'UTC'; SET statement_timeout = %1; SET lock_timeout = %2"_s.arg(m_settings.statementTimeoutMs)
             .arg(qMax(m_settings.statementTimeoutMs / 2, 1000)));
    m_serverVersionNum = scalar(u"SELECT current_setting('server_version_num')::int"_s).toInt();
    qCInfo(lcDb) << "connected" << m_connectionName << "to" << m_settings.endpoint() << "server" << m_serverVersionNum;
}

void SqlSession::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    db.close();
    m_inTransaction = false;
}

SqlRows SqlSession::run(const QString &sql, const QVariantList &params, int *affected)
{
    ensureOpen();
    QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
    SqlRows result;
    {
        QSqlQuery query(db);
        query.setForwardOnly(true);
        bool ok = false;
        if (params.isEmpty()) {
            ok = query.exec(sql);
        } else {
            ok = query.prepare(sql);
            if (ok) {
                for (const QVariant &param : params)
                    query.addBindValue(param);
                ok = query.exec();
            }
        }
        if (!ok) {
            const QSqlError error = query.lastError();
            const QString sqlState = error.nativeErrorCode();
            const QString serverText = error.databaseText().trimmed();
            query.finish();
            if (isConnectionLoss(sqlState, error)) {
                close();
                throw DbError(DbError::Kind::Connection,
                              u"The connection to %1 was lost: check that the server is still running."_s.arg(
                                  m_settings.endpoint()),
                              serverText, sqlState);
            }
            if (sqlState == u"57014"_s)
                throw DbError(DbError::Kind::Timeout,
                              u"A database statement ran longer than %1 ms and was cancelled."_s.arg(
                                  m_settings.statementTimeoutMs),
                              summarize(sql), sqlState);
            throw DbError(DbError::Kind::Query, serverText.isEmpty() ? error.text() : primaryMessage(serverText),
                          summarize(sql), sqlState);
        }
        if (query.isSelect()) {
            const QSqlRecord record = query.record();
            for (int i = 0; i < record.count(); ++i)
                result.columns << record.fieldName(i);
            while (query.next()) {
                QVariantList row;
                row.reserve(record.count());
                for (int i = 0; i < record.count(); ++i)
                    row << query.value(i);
                result.rows.push_back(std::move(row));
            }
        }
        if (affected)
            *affected = query.numRowsAffected();
    }
    return result;
}

void SqlSession::exec(const QString &sql, const QVariantList &params)
{
    // QPSQL sends a multi-statement string in one go and reports only the first statement's outcome: an error in
    // a later one would pass silently (and roll the earlier ones back). Run each statement on its own instead.
    if (params.isEmpty() && sql.contains(u';')) {
        const QList<SqlStatement> statements = SqlScript::split(sql);
        if (statements.size() > 1) {
            for (const SqlStatement &statement : statements)
                run(statement.sql, {}, nullptr);
            return;
        }
    }
    run(sql, params, nullptr);
}

int SqlSession::execAffected(const QString &sql, const QVariantList &params)
{
    int affected = 0;
    run(sql, params, &affected);
    return affected;
}

SqlRows SqlSession::select(const QString &sql, const QVariantList &params)
{
    return run(sql, params, nullptr);
}

QVariant SqlSession::scalar(const QString &sql, const QVariantList &params)
{
    const SqlRows rows = run(sql, params, nullptr);
    if (rows.isEmpty() || rows.rows.front().isEmpty())
        return {};
    return rows.rows.front().front();
}

void SqlSession::transaction(const std::function<void()> &fn)
{
    if (m_inTransaction) {
        fn(); // already inside one: the outer transaction decides
        return;
    }
    exec(u"BEGIN"_s);
    m_inTransaction = true;
    try {
        fn();
        exec(u"COMMIT"_s);
        m_inTransaction = false;
    } catch (...) {
        m_inTransaction = false;
        if (isOpen()) {
            try {
                exec(u"ROLLBACK"_s);
            } catch (const DbError &rollbackError) {
                qCWarning(lcDb) << "rollback failed:" << rollbackError.message();
            }
        }
        throw;
    }
}

int SqlSession::serverVersionNum()
{
    ensureOpen();
    return m_serverVersionNum;
}

bool SqlSession::hasTable(const QString &table)
{
    return scalar(u"SELECT to_regclass(?::text) IS NOT NULL"_s, {table}).toBool();
}

bool SqlSession::hasColumn(const QString &table, const QString &column)
{
    return scalar(u"SELECT EXISTS (SELECT 1 FROM information_schema.columns WHERE table_schema = current_schema() "
                  "AND table_name = ?::text AND column_name = ?::text)"_s,
                  {table, column})
        .toBool();
}

QString SqlSession::timestamp(const QDateTime &instant)
{
    return instant.toUTC().toString(Qt::ISODateWithMs);
}

void SqlSession::recordNotice(const QString &notice)
{
    if (notice.startsWith(u"WARNING"_s))
        qCWarning(lcDb).noquote() << notice;
    else
        qCDebug(lcDb).noquote() << notice;
    m_notices << notice;
}

QStringList SqlSession::takeNotices()
{
    return std::exchange(m_notices, {});
}
