#pragma once

#include <QCoreApplication>
#include <QCoroTask>
#include <QList>
#include <QPointer>
#include <QWidget>
#include <exception>
#include <functional>
#include <optional>

// One piece of a page's work against the engine, from the moment it starts to the moment it is shown. Made on the
// stack of the page's coroutine: it marks the page busy (a flag, disabled buttons, a wait cursor — whatever the page
// asks for) and undoes all of it when it goes out of scope, however the work ended, and only while the page still
// exists. run() awaits an engine task with the page as guard: the value, or nothing when the page was closed
// meanwhile or the task failed; a failure (any std::exception) is shown the page's way, as one sentence.
//
//     PageTask work(this, [this](const QString &sentence) { m_status->setText(sentence); });
//     work.busy(m_busy).disable({m_saveButton});
//     QCoro::Task<std::optional<Settings>> loading = work.run(m_session.engine().settings().load());
//     const std::optional<Settings> loaded = co_await loading;
//     if (!loaded)
//         co_return; // failed (and shown) or the page is gone: touch nothing
class PageTask final
{
    Q_DECLARE_TR_FUNCTIONS(PageTask)

public:
    using ShowError = std::function<void(const QString &sentence)>;

    // `page` is usually the page's widget; a model of the page (any QObject) may guard its own work too.
    PageTask(QObject *page, ShowError showError);
    ~PageTask();
    PageTask(const PageTask &) = delete;
    PageTask &operator=(const PageTask &) = delete;

    // `flag` (a member of the page) is true until the work ends.
    PageTask &busy(bool &flag);
    // Disabled until the work ends (those that were enabled).
    PageTask &disable(const QList<QWidget *> &widgets);
    PageTask &waitCursor();
    // Runs when the work ends, after the rest is restored, if the page still exists (a signal that it is done, a
    // form re-validated now that it may be saved again).
    PageTask &finally(std::function<void()> restored);

    // Whether the page still exists: after a run() that gave nothing, the page may only be touched when it does.
    bool pageAlive() const { return !m_page.isNull(); }

    template <typename T>
    QCoro::Task<std::optional<T>> run(QCoro::Task<T> task);
    // True when the work succeeded and the page still exists.
    QCoro::Task<bool> run(QCoro::Task<void> task);

    // What a person reads for `error`: an EngineError's own sentence; for anything else, a general one with the
    // error's text.
    static QString sentence(const std::exception &error);
    static QString unknownFailure();

private:
    void fail(const QString &failure);

    QPointer<QObject> m_page;
    ShowError m_showError;
    bool *m_flag = nullptr; // a member of m_page: touched only while it exists
    QList<QPointer<QWidget>> m_disabled;
    bool m_cursor = false;
    std::function<void()> m_finally;
};

template <typename T>
QCoro::Task<std::optional<T>> PageTask::run(QCoro::Task<T> task)
{
    QString failure;
    try {
        T value = co_await task;
        if (pageAlive())
            co_return std::optional<T>(std::move(value));
        co_return std::nullopt;
    } catch (const std::exception &error) {
        failure = sentence(error);
    } catch (...) {
        failure = unknownFailure();
    }
    fail(failure);
    co_return std::nullopt;
}
