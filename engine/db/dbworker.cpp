#include "db/dbworker.h"

#include "core/logging.h"

class DbWorker::Thread final : public QThread
{
public:
    Thread(const QString &connectionName, ConnectionSettings settings)
        : m_connectionName(connectionName), m_settings(std::move(settings))
    {
        setObjectName(connectionName);
    }

    SqlSession &session() { return *m_session; }

protected:
    void run() override
    {
        // The connection is created, used and removed on this thread only, as QtSql requires.
        m_session = std::make_unique<SqlSession>(m_connectionName, m_settings);
        exec();
        m_session.reset();
    }

private:
    QString m_connectionName;
    ConnectionSettings m_settings;
    std::unique_ptr<SqlSession> m_session;
};

DbWorker::DbWorker(const QString &connectionName, ConnectionSettings settings)
    : m_thread(std::make_unique<Thread>(connectionName, std::move(settings)))
{
    m_context = new QObject;
    m_context->moveToThread(m_thread.get());
    m_thread->start();
}

DbWorker::~DbWorker()
{
    // The job running now finishes; jobs still queued fail instead of starting.
    m_stopping = true;
    m_thread->quit();
    m_thread->wait();
    // The thread has finished, so deleting its context here is safe. Queued jobs that never ran are destroyed
    // with the context's pending events, and their Job destructors fail the futures.
    delete m_context;
}

void DbWorker::post(std::function<void(SqlSession &)> job)
{
    QMetaObject::invokeMethod(
        m_context, [thread = m_thread.get(), job = std::move(job)]() { job(thread->session()); }, Qt::QueuedConnection);
}
