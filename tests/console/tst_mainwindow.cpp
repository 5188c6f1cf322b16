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
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    static QString heading(MainWindow &window) { return window.findChild<QLabel *>(u"headingLabel"_s)->text(); }
    static QTreeWidget *checks(MainWindow &window) { return window.findChild<QTreeWidget *>(u"checksTree"_s); }

private Q_SLOTS:
    void showsAHealthyDatabase()
    {
        TestDatabase db(TestDatabase::Schema::Baseline);
        Migrator().migrate(db.session());
        MainWindow window;
        QAbstractItemModelTester tester(checks(window)->model());
        window.show();
        window.showDatabase(db.settings());
        // showDatabase() returned before the checks finished: they run off the GUI thread.
        QVERIFY(window.isChecking());
        QTRY_VERIFY_WITH_TIMEOUT(!window.isChecking(), 20000);
        QCOMPARE(heading(window), u"Ready: the database is set up for the agents"_s);
        QTreeWidget *tree = checks(window);
        QVERIFY(tree->topLevelItemCount() >= 6);
        for (int i = 0; i < tree->topLevelItemCount(); ++i)
            QCOMPARE(tree->topLevelItem(i)->text(1), u"OK"_s);
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
        const QList<QTreeWidgetItem *> failed = checks(window)->findItems(u"Failed"_s, Qt::MatchExactly, 1);
        QCOMPARE(failed.size(), 1);
        QVERIFY(failed.first()->text(2).contains(u"17 of 17 migrations are pending"_s));

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
        const QList<QTreeWidgetItem *> failed = checks(window)->findItems(u"Failed"_s, Qt::MatchExactly, 1);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first()->text(0), u"Connection"_s);
        QVERIFY(failed.first()->text(2).contains(u"There is no PostgreSQL socket for port 6999"_s));
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
