// The console window on a real database, on the offscreen platform: it opens at once, checks in the background
// (the GUI thread never waits), and says what it found.
#include "app/mainwindow.h"
#include "migrations/migrator.h"
#include "testcluster.h"
#include "testdatabase.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QPushButton>
#include <QTest>
#include <QTreeView>

using namespace Qt::Literals::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    static QString heading(MainWindow &window) { return window.findChild<QLabel *>(u"headingLabel"_s)->text(); }
    static QAbstractItemModel *checks(MainWindow &window)
    {
        return window.findChild<QTreeView *>(u"checksTree"_s)->model();
    }
    // The checks with that verdict, as (check, details).
    static QList<std::pair<QString, QString>> withVerdict(MainWindow &window, const QString &verdict)
    {
        QAbstractItemModel *model = checks(window);
        QList<std::pair<QString, QString>> found;
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, 1).data().toString() == verdict)
                found.append({model->index(row, 0).data().toString(), model->index(row, 2).data().toString()});
        }
        return found;
    }

private Q_SLOTS:
    void showsAHealthyDatabase()
    {
        TestDatabase db(TestDatabase::Schema::Baseline);
        Migrator().migrate(db.session());
        MainWindow window;
        QAbstractItemModelTester tester(checks(window));
        window.show();
        window.showDatabase(db.settings());
        // showDatabase() returned before the checks finished: they run off the GUI thread.
        QVERIFY(window.isChecking());
        QTRY_VERIFY_WITH_TIMEOUT(!window.isChecking(), 20000);
        QCOMPARE(heading(window), u"Ready: the database is set up for the agents"_s);
        QAbstractItemModel *model = checks(window);
        QVERIFY(model->rowCount() >= 6);
        QCOMPARE(withVerdict(window, u"OK"_s).size(), model->rowCount());
        // The engine's indexes, each under the check that lists them.
        const QList<QModelIndex> indexes = model->match(model->index(0, 0), Qt::DisplayRole, u"Indexes"_s);
        QCOMPARE(indexes.size(), 1);
        QVERIFY(model->rowCount(indexes.front()) > 30);
        QVERIFY(model->index(0, 0, indexes.front()).data().toString().startsWith(u"mentats_"_s));
        QVERIFY(model->index(0, 2, indexes.front()).data().toString().contains(u", valid, "_s));
        QVERIFY(!window.findChild<QLabel *>(u"databaseLabel"_s)->text().contains(u"password"_s));
    }

    void saysWhatIsWrong()
    {
        TestDatabase db(TestDatabase::Schema::Baseline); // not migrated yet
        MainWindow window;
        window.show();
        window.showDatabase(db.settings());
        QTRY_VERIFY_WITH_TIMEOUT(!window.isChecking(), 20000);
        QCOMPARE(heading(window), u"Something needs attention before the agents can run"_s);
        const QList<std::pair<QString, QString>> failed = withVerdict(window, u"Failed"_s);
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first().second.contains(u"20 of 20 migrations are pending"_s));

        // Migrate elsewhere, check again from the window.
        Migrator().migrate(db.session());
        QTest::mouseClick(window.findChild<QPushButton *>(u"recheckButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(heading(window), u"Ready: the database is set up for the agents"_s, 20000);
    }

    void explainsAnUnreachableServer()
    {
        ConnectionSettings wrong = TestCluster::instance().settings(u"postgres"_s);
        wrong.port = 6999;
        MainWindow window;
        window.show();
        window.showDatabase(wrong);
        QTRY_VERIFY_WITH_TIMEOUT(!window.isChecking(), 20000);
        const QList<std::pair<QString, QString>> failed = withVerdict(window, u"Failed"_s);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().first, u"Connection"_s);
        QVERIFY(failed.first().second.contains(u"There is no PostgreSQL socket for port 6999"_s));
    }

    void closingWhileCheckingIsSafe()
    {
        TestDatabase db(TestDatabase::Schema::Baseline);
        auto window = std::make_unique<MainWindow>();
        window->showDatabase(db.settings());
        QVERIFY(window->isChecking());
        window.reset(); // the checks finish later and must not touch the dead window
        QTest::qWait(500);
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
