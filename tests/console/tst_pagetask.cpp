// The helper every page runs its engine work through: the page is busy (flag, disabled buttons, cursor) exactly as
// long as the work, a failure of any kind is shown as one sentence the page's way, and a page closed while the work
// was awaited is never touched again.
#include "common/pagetask.h"
#include "db/dberror.h"
#include "wait.h"

#include <QFuture>
#include <QPromise>
#include <QPushButton>
#include <QTest>
#include <stdexcept>

using namespace Qt::Literals::StringLiterals;

namespace {

// A page's state as a page keeps it (members), and a coroutine shaped like a page's.
struct Page
{
    QWidget *widget = new QWidget;
    QPushButton *button = new QPushButton(widget);
    bool busy = false;
    QStringList shown;
    int finished = 0;
    std::optional<int> value;
    bool busyWhileWaiting = false;
    bool buttonWhileWaiting = true;
};

QCoro::Task<int> answer(QFuture<int> future)
{
    co_return co_await future;
}

QCoro::Task<void> pageWork(Page &page, QFuture<int> future)
{
    QWidget *widget = page.widget;
    PageTask work(widget, [&page](const QString &sentence) { page.shown << sentence; });
    work.busy(page.busy).disable({page.button}).waitCursor().finally([&page] { ++page.finished; });
    page.busyWhileWaiting = page.busy;
    page.buttonWhileWaiting = page.button->isEnabled();
    QCoro::Task<std::optional<int>> running = work.run(answer(std::move(future)));
    const std::optional<int> value = co_await running;
    if (value)
        page.value = value;
}

} // namespace

class TestPageTask : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void busyForTheWorkAndNoLonger()
    {
        Page page;
        QPromise<int> promise;
        promise.start();
        QCoro::Task<void> work = pageWork(page, promise.future());
        QVERIFY(page.busyWhileWaiting);
        QVERIFY(!page.buttonWhileWaiting);
        QCOMPARE(page.widget->cursor().shape(), Qt::BusyCursor);
        QCOMPARE(page.finished, 0);
        promise.addResult(42);
        promise.finish();
        Wait::forTask(std::move(work));
        QCOMPARE(page.value, std::optional<int>(42));
        QVERIFY(!page.busy);
        QVERIFY(page.button->isEnabled());
        QCOMPARE(page.widget->cursor().shape(), Qt::ArrowCursor);
        QCOMPARE(page.finished, 1);
        QVERIFY(page.shown.isEmpty());
        delete page.widget;
    }

    void aButtonDisabledBeforeStaysDisabled()
    {
        Page page;
        page.button->setEnabled(false);
        QPromise<int> promise;
        promise.start();
        QCoro::Task<void> work = pageWork(page, promise.future());
        promise.addResult(1);
        promise.finish();
        Wait::forTask(std::move(work));
        QVERIFY(!page.button->isEnabled());
        delete page.widget;
    }

    void failuresAreShownAsOneSentence_data()
    {
        QTest::addColumn<bool>("engine");
        QTest::addColumn<QString>("sentence");
        QTest::newRow("engine error") << true << u"The database is not reachable."_s;
        QTest::newRow("anything else") << false << u"Something went wrong that the console did not expect: bad map"_s;
    }

    void failuresAreShownAsOneSentence()
    {
        QFETCH(bool, engine);
        QFETCH(QString, sentence);
        Page page;
        QPromise<int> promise;
        promise.start();
        QCoro::Task<void> work = pageWork(page, promise.future());
        if (engine)
            promise.setException(
                std::make_exception_ptr(DbError(DbError::Kind::Connection, u"The database is not reachable."_s)));
        else
            promise.setException(std::make_exception_ptr(std::out_of_range("bad map")));
        promise.finish();
        Wait::forTask(std::move(work));
        QCOMPARE(page.shown, QStringList{sentence});
        QVERIFY(!page.value);
        QVERIFY(!page.busy); // restored after a failure too
        QVERIFY(page.button->isEnabled());
        QCOMPARE(page.finished, 1);
        delete page.widget;
    }

    void aClosedPageIsLeftAlone()
    {
        Page page;
        QPromise<int> promise;
        promise.start();
        QCoro::Task<void> work = pageWork(page, promise.future());
        delete page.widget; // the window closed while the engine worked
        promise.setException(std::make_exception_ptr(DbError(DbError::Kind::Connection, u"gone"_s)));
        promise.finish();
        Wait::forTask(std::move(work));
        QVERIFY(page.shown.isEmpty());
        QCOMPARE(page.finished, 0);
        QVERIFY(page.busy); // the flag of a page that no longer exists is not written
        QVERIFY(!page.value);
    }
};

QTEST_MAIN(TestPageTask)
#include "tst_pagetask.moc"
