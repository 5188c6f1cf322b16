#include "common/pagetask.h"

#include "core/engineerror.h"

PageTask::PageTask(QObject *page, ShowError showError) : m_page(page), m_showError(std::move(showError)) {}

PageTask::~PageTask()
{
    if (!m_page)
        return; // the page and everything on it are gone
    if (m_flag)
        *m_flag = false;
    for (const QPointer<QWidget> &widget : std::as_const(m_disabled))
        if (widget)
            widget->setEnabled(true);
    if (m_cursor)
        static_cast<QWidget *>(m_page.data())->unsetCursor();
    if (m_finally)
        m_finally();
}

PageTask &PageTask::busy(bool &flag)
{
    m_flag = &flag;
    flag = true;
    return *this;
}

PageTask &PageTask::disable(const QList<QWidget *> &widgets)
{
    for (QWidget *widget : widgets) {
        if (!widget || !widget->isEnabled())
            continue; // left as it is now: the work did not enable it either
        widget->setEnabled(false);
        m_disabled << widget;
    }
    return *this;
}

PageTask &PageTask::waitCursor()
{
    if (auto *widget = qobject_cast<QWidget *>(m_page.data()); widget && !m_cursor) {
        widget->setCursor(Qt::BusyCursor);
        m_cursor = true;
    }
    return *this;
}

PageTask &PageTask::finally(std::function<void()> restored)
{
    m_finally = std::move(restored);
    return *this;
}

QCoro::Task<bool> PageTask::run(QCoro::Task<void> task)
{
    QString failure;
    try {
        co_await task;
        co_return pageAlive();
    } catch (const std::exception &error) {
        failure = sentence(error);
    } catch (...) {
        failure = unknownFailure();
    }
    fail(failure);
    co_return false;
}

QString PageTask::sentence(const std::exception &error)
{
    if (const auto *engine = dynamic_cast<const EngineError *>(&error))
        return engine->message();
    return tr("Something went wrong that the console did not expect: %1").arg(QString::fromUtf8(error.what()));
}

QString PageTask::unknownFailure()
{
    return tr("Something went wrong that the console did not expect.");
}

void PageTask::fail(const QString &failure)
{
    if (m_page && m_showError)
        m_showError(failure);
}
