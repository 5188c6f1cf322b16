// The console application object on a real database and real widgets (offscreen): the states it walks from the
// start to a signed-in session with the scheduler, where it stops short (sign-in cancelled, not TeamTime, nothing
// chosen) without a tray, how it quits (after the scheduler stops) and how it hands over to another database.
#include "app/consoleapplication.h"
#include "app/consolesession.h"
#include "app/idlelock.h"
#include "app/mainwindow.h"
#include "auth/passwordhash.h"
#include "connect/connectiondialog.h"
#include "connect/signindialog.h"
#include "migrations/migrator.h"
#include "secrets/memorysecretstore.h"
#include "settings/settingspage.h"
#include "testdatabase.h"
#include "tray/traycontroller.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

using State = ConsoleApplication::State;

namespace {

const QString kPassword = u"Tr0ub4dor&3"_s;

void addAdmin(SqlSession &s, const QString &name)
{
    s.exec(u"INSERT INTO users (email, username, pin_hash, password_hash, name, role) VALUES (?, ?, 'x', ?, ?, "
           "'admin')"_s,
           {QVariant(name.toLower() + u"@store.example"_s), name.toLower(), PasswordHash::hash(kPassword), name});
}

template <typename T>
T *visible(const QString &name = {})
{
    for (QWidget *w : QApplication::topLevelWidgets()) {
        if (auto *match = qobject_cast<T *>(w);
            match && match->isVisible() && (name.isEmpty() || w->objectName() == name))
            return match;
    }
    return nullptr;
}

QPushButton *button(QDialog *dialog, QDialogButtonBox::StandardButton which)
{
    return dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(which);
}

// Every state the application object went through, in order.
QList<State> states(const QSignalSpy &spy)
{
    QList<State> seen;
    for (const QList<QVariant> &signal : spy)
        seen << signal.front().value<State>();
    return seen;
}

ConsoleLauncher::Options onDatabase(const TestDatabase &db, bool tray = false)
{
    ConsoleLauncher::Options options;
    options.databaseUrl = db.settings().toUrl();
    options.tray = tray;
    return options;
}

} // namespace

class TestConsoleApplication : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QCoreApplication::setOrganizationName(u"mentats-tests-application"_s);
        QSettings().clear();
    }

    void walksFromChoosingToRunningAndQuitsAfterTheScheduler()
    {
        TestDatabase db; // TeamTime without any of our tables: migrations pending
        addAdmin(db.session(), u"Maria"_s);
        MemorySecretStore secrets;
        ConsoleApplication console(onDatabase(db), secrets, false);
        QSignalSpy changes(&console, &ConsoleApplication::stateChanged);
        QCOMPARE(console.state(), State::NotStarted);
        console.start();
        QVERIFY(console.window().isVisible());

        QMessageBox *prompt = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((prompt = visible<QMessageBox>(u"migrationPrompt"_s)), 20000);
        QCOMPARE(console.state(), State::Migrating);
        QTest::mouseClick(prompt->button(QMessageBox::Yes), Qt::LeftButton);
        SignInDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = visible<SignInDialog>()), 30000);
        QCOMPARE(console.state(), State::SigningIn);
        QVERIFY(!console.tray());
        dialog->findChild<QLineEdit *>(u"loginEdit"_s)->setText(u"maria"_s);
        dialog->findChild<QLineEdit *>(u"passwordEdit"_s)->setText(kPassword);
        QTest::mouseClick(button(dialog, QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(console.state(), State::Running, 10000);
        QCOMPARE(states(changes), (QList<State>{State::Choosing, State::Connecting, State::Migrating, State::SigningIn,
                                                State::Running}));

        // Running: the session signed in, every page, the tray running the scheduler, the idle lock armed.
        QVERIFY(console.session()->isSignedIn());
        QCOMPARE(console.session()->user().name, u"Maria"_s);
        QVERIFY(console.window().settingsPage());
        QCOMPARE(console.window().currentPage(), MainWindow::Page::Dashboard);
        QVERIFY(console.tray());
        QTRY_VERIFY_WITH_TIMEOUT(console.tray()->scheduler().isRunning(), 10000);
        QVERIFY(console.idleLock());
        QVERIFY(console.idleLock()->isArmed());
        console.idleLock()->restart(10); // idle: the window locks
        QTRY_VERIFY(console.window().isLocked());

        // File ▸ Quit: the scheduler stops first, then the console is done.
        QSignalSpy finished(&console, &ConsoleApplication::finished);
        bool schedulerRanAtTheEnd = true;
        connect(&console, &ConsoleApplication::finished, this,
                [&] { schedulerRanAtTheEnd = console.tray()->scheduler().isRunning(); });
        Q_EMIT console.window().quitRequested();
        QCOMPARE(console.state(), State::Quitting);
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QVERIFY(!schedulerRanAtTheEnd);
        QCOMPARE(states(changes).last(), State::Quitting);
        QVERIFY(console.restartArguments().isEmpty());
    }

    void stopsShortWhenTheSignInIsCancelled()
    {
        TestDatabase db;
        Migrator().migrate(db.session());
        addAdmin(db.session(), u"Maria"_s);
        MemorySecretStore secrets;
        ConsoleApplication console(onDatabase(db, true), secrets, true); // --tray, on a desktop with a tray
        QSignalSpy changes(&console, &ConsoleApplication::stateChanged);
        console.start();
        SignInDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = visible<SignInDialog>()), 30000);
        QVERIFY(!console.window().isVisible()); // only the sign-in shows
        QTest::mouseClick(button(dialog, QDialogButtonBox::Cancel), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(console.state(), State::StoppedShort, 10000);
        QCOMPARE(states(changes),
                 (QList<State>{State::Choosing, State::Connecting, State::SigningIn, State::StoppedShort}));
        QVERIFY(!console.tray());
        QVERIFY(!console.idleLock());
        QVERIFY(!console.session()->isSignedIn());
        QVERIFY(console.window().isVisible()); // nothing in the tray: the window shows
        QCOMPARE(console.window().currentPage(), MainWindow::Page::Checks);
    }

    void stopsShortOnADatabaseThatIsNotTeamTime()
    {
        TestDatabase db(TestDatabase::Schema::Empty);
        MemorySecretStore secrets;
        ConsoleApplication console(onDatabase(db, true), secrets, true);
        QSignalSpy changes(&console, &ConsoleApplication::stateChanged);
        console.start();
        QTRY_COMPARE_WITH_TIMEOUT(console.state(), State::StoppedShort, 20000);
        QCOMPARE(states(changes), (QList<State>{State::Choosing, State::Connecting, State::StoppedShort}));
        QVERIFY(!visible<SignInDialog>());
        QVERIFY(!console.tray());
        QVERIFY(console.window().isVisible());
        QCOMPARE(console.window().currentPage(), MainWindow::Page::Checks);
    }

    void stopsShortWhenNoDatabaseIsChosenThenSwitchesToTheDemo()
    {
        MemorySecretStore secrets;
        ConsoleApplication console({}, secrets, false);
        QSignalSpy changes(&console, &ConsoleApplication::stateChanged);
        console.start();
        ConnectionDialog *dialog = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((dialog = visible<ConnectionDialog>()), 10000);
        QCOMPARE(console.state(), State::Choosing);
        QTest::mouseClick(button(dialog, QDialogButtonBox::Cancel), Qt::LeftButton);
        QTRY_COMPARE(console.state(), State::StoppedShort);
        QCOMPARE(states(changes), (QList<State>{State::Choosing, State::StoppedShort}));
        QVERIFY(!console.session());
        QCOMPARE(console.window().currentPage(), MainWindow::Page::Checks);

        // File ▸ Connect to Another Database… ▸ the demo: this console ends, one on the demo takes over.
        QSignalSpy finished(&console, &ConsoleApplication::finished);
        Q_EMIT console.window().connectRequested();
        QTRY_VERIFY_WITH_TIMEOUT((dialog = visible<ConnectionDialog>()), 10000);
        QTest::mouseClick(dialog->findChild<QPushButton *>(u"demoButton"_s), Qt::LeftButton);
        QTRY_COMPARE(finished.size(), 1);
        QCOMPARE(console.state(), State::Quitting);
        QCOMPARE(console.restartArguments(), QStringList{u"--demo"_s});
    }
};

QTEST_MAIN(TestConsoleApplication)
#include "tst_consoleapplication.moc"
