// "Start with my session, in the tray": the XDG autostart entry the Settings page writes and removes, its Exec line
// quoted as the Desktop Entry Specification says, and the database it reopens (never with the password).
#include "app/consolelauncher.h"
#include "app/consolesession.h"
#include "demo/demodatabase.h"
#include "migrations/migrator.h"
#include "settings/settingspage.h"
#include "testdatabase.h"
#include "tray/autostartentry.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QFile>
#include <QLabel>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::Literals::StringLiterals;

class TestAutostart : public QObject
{
    Q_OBJECT

private:
    static QString read(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly | QIODevice::Text) ? QString::fromUtf8(file.readAll()) : QString();
    }
    static QString valueOf(const QString &entry, const QString &key)
    {
        for (const QString &line : entry.split(u'\n'))
            if (line.startsWith(key + u'='))
                return line.mid(key.size() + 1);
        return {};
    }

private Q_SLOTS:
    void quotesTheExecLine_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("exec");
        QTest::newRow("plain") << u"/usr/bin/mentats-console"_s
                               << QStringList{u"--db"_s, u"postgresql://ann@db.example.com/teamtime"_s}
                               << u"/usr/bin/mentats-console --tray --db postgresql://ann@db.example.com/teamtime"_s;
        QTest::newRow("query string") << u"/usr/bin/mentats-console"_s
                                      << QStringList{u"--db"_s, u"postgresql://ann@db/teamtime?sslmode=require"_s}
                                      << u"/usr/bin/mentats-console --tray --db "
                                         "\"postgresql://ann@db/teamtime?sslmode=require\""_s;
        QTest::newRow("percent") << u"/usr/bin/mentats-console"_s
                                 << QStringList{u"--db"_s, u"postgresql://ann%40shop@db/teamtime"_s}
                                 << u"/usr/bin/mentats-console --tray --db postgresql://ann%%40shop@db/teamtime"_s;
        QTest::newRow("space in path") << u"/opt/My Apps/mentats-console"_s << QStringList{u"--demo"_s}
                                       << u"\"/opt/My Apps/mentats-console\" --tray --demo"_s;
        QTest::newRow("dollar and quote")
            << u"/usr/bin/mentats-console"_s << QStringList{u"--demo-dir"_s, u"/srv/$shop \"east\""_s}
            << u"/usr/bin/mentats-console --tray --demo-dir "
               "\"/srv/\\\\$shop \\\\\"east\\\\\"\""_s;
        QTest::newRow("backslash") << u"/usr/bin/mentats-console"_s << QStringList{u"--demo-dir"_s, u"a\\b"_s}
                                   << u"/usr/bin/mentats-console --tray --demo-dir \"a\\\\\\\\b\""_s;
        QTest::newRow("empty argument") << u"/usr/bin/mentats-console"_s << QStringList{u"--db"_s, QString()}
                                        << u"/usr/bin/mentats-console --tray --db \"\""_s;
    }

    void quotesTheExecLine()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, arguments);
        QFETCH(QString, exec);
        QCOMPARE(AutostartEntry::execLine(program, arguments), exec);
    }

    void writesAndRemovesTheEntry()
    {
        QTemporaryDir home;
        AutostartEntry entry(home.filePath(u"config/autostart"_s)); // not there yet
        QVERIFY(!entry.isEnabled());
        QVERIFY(entry.enable(u"/usr/bin/mentats-console"_s, {u"--db"_s, u"postgresql://ann@db/teamtime"_s}));
        QCOMPARE(entry.filePath(), home.filePath(u"config/autostart/invalid.mentats.Console.desktop"_s));
        QVERIFY(entry.isEnabled());
        const QString written = read(entry.filePath());
        QVERIFY(written.startsWith(u"[Desktop Entry]\n"_s));
        QCOMPARE(valueOf(written, u"Exec"_s), u"/usr/bin/mentats-console --tray --db postgresql://ann@db/teamtime"_s);
        QCOMPARE(valueOf(written, u"TryExec"_s), u"/usr/bin/mentats-console"_s);
        QCOMPARE(valueOf(written, u"Type"_s), u"Application"_s);
        QCOMPARE(valueOf(written, u"Icon"_s), u"invalid.mentats.Console"_s);
        QCOMPARE(valueOf(written, u"X-GNOME-Autostart-enabled"_s), u"true"_s);

        // Written again (another database): one entry, the new Exec.
        QVERIFY(entry.enable(u"/usr/bin/mentats-console"_s, {u"--demo"_s}));
        QCOMPARE(valueOf(read(entry.filePath()), u"Exec"_s), u"/usr/bin/mentats-console --tray --demo"_s);
        QCOMPARE(read(entry.filePath()).count(QRegularExpression(u"^Exec="_s, QRegularExpression::MultilineOption)), 1);

        QVERIFY(entry.disable());
        QVERIFY(!QFile::exists(entry.filePath()));
        QVERIFY(!entry.isEnabled());
        QVERIFY(entry.disable()); // nothing to remove is fine
    }

    void honoursTheDesktopSwitchingItOff_data()
    {
        QTest::addColumn<QString>("line");
        QTest::newRow("Hidden") << u"Hidden=true"_s;
        QTest::newRow("GNOME") << u"X-GNOME-Autostart-enabled=false"_s;
    }

    void honoursTheDesktopSwitchingItOff()
    {
        QFETCH(QString, line);
        QTemporaryDir home;
        AutostartEntry entry(home.path());
        QVERIFY(entry.enable(u"/usr/bin/mentats-console"_s, {}));
        QFile file(entry.filePath());
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Text));
        file.write(
            QString(u"[Desktop Entry]\nType=Application\nExec=mentats-console --tray\n"_s + line + u'\n').toUtf8());
        file.close();
        QVERIFY(!entry.isEnabled());
    }

    void saysWhyItCannotWrite()
    {
        QTemporaryDir home;
        QFile blocker(home.filePath(u"autostart"_s)); // a file where the directory should be
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        AutostartEntry entry(blocker.fileName());
        QVERIFY(!entry.enable(u"/usr/bin/mentats-console"_s, {}));
        QVERIFY2(entry.errorString().contains(blocker.fileName()), qPrintable(entry.errorString()));
        QVERIFY(!entry.isEnabled());
    }

    void reopensTheSameDatabaseWithoutItsPassword()
    {
        ConsoleLauncher::Options options;
        ConnectionSettings settings = ConnectionSettings::fromUrl(u"postgresql://ann:s3cret@db.example.com/teamtime"_s);
        settings.applicationName = u"mentats-console"_s;
        const QStringList arguments = ConsoleLauncher::reopenArguments(options, settings);
        QCOMPARE(arguments.size(), 2);
        QCOMPARE(arguments.first(), u"--db"_s);
        QVERIFY(!arguments.join(u' ').contains(u"s3cret"_s));
        const ConnectionSettings reopened = ConnectionSettings::fromUrl(arguments.last());
        QCOMPARE(reopened.user, u"ann"_s);
        QCOMPARE(reopened.host, u"db.example.com"_s);
        QCOMPARE(reopened.database, u"teamtime"_s);
        QVERIFY(reopened.password.isEmpty());

        options.demo = true;
        options.demoDirectory = DemoDatabase::defaultDirectory();
        QCOMPARE(ConsoleLauncher::reopenArguments(options, settings), QStringList{u"--demo"_s});
        options.demoDirectory = u"/srv/demo"_s;
        QCOMPARE(ConsoleLauncher::reopenArguments(options, settings),
                 (QStringList{u"--demo"_s, u"--demo-dir"_s, u"/srv/demo"_s}));
    }

    void theSettingsPageSwitchesIt()
    {
        TestDatabase db;
        Migrator().migrate(db.session());
        ConsoleSession session(db.settings());
        SettingsPage page(session);
        QTemporaryDir home;
        AutostartEntry entry(home.path());
        page.setAutostartEntry(entry);
        page.setStartArguments({u"--db"_s, u"postgresql://ann@db/teamtime"_s});
        page.show();
        auto *check = page.findChild<QCheckBox *>(u"autostartCheck"_s);
        auto *status = page.findChild<QLabel *>(u"computerStatusLabel"_s);
        QVERIFY(!check->isChecked());
        QVERIFY(!entry.isEnabled());

        check->click();
        QVERIFY(entry.isEnabled());
        QCOMPARE(valueOf(read(entry.filePath()), u"Exec"_s),
                 AutostartEntry::execLine(QCoreApplication::applicationFilePath(),
                                          {u"--db"_s, u"postgresql://ann@db/teamtime"_s}));
        QVERIFY(status->text().contains(u"start in the tray"_s));

        // Connected to another database later: the entry follows it.
        page.setStartArguments({u"--demo"_s});
        QVERIFY(valueOf(read(entry.filePath()), u"Exec"_s).endsWith(u" --tray --demo"_s));

        check->click();
        QVERIFY(!check->isChecked());
        QVERIFY(!entry.isEnabled());
        QVERIFY(status->text().contains(u"no longer start"_s));
        page.setStartArguments({u"--demo"_s}); // switched off: nothing is written
        QVERIFY(!QFile::exists(entry.filePath()));

        // It cannot be written: the box stays unticked and the page says why.
        QFile blocker(home.filePath(u"blocked"_s));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        page.setAutostartEntry(AutostartEntry(blocker.fileName()));
        check->click();
        QVERIFY(!check->isChecked());
        QVERIFY2(status->text().contains(blocker.fileName()), qPrintable(status->text()));
    }
};

QTEST_MAIN(TestAutostart)
#include "tst_autostart.moc"
