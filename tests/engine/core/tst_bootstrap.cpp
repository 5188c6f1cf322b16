// Bootstrap::logsToJournal: the journal's priority format is used only when standard error really is the stream
// systemd named in JOURNAL_STREAM, not when a child inherited the variable with its output redirected elsewhere.
#include "core/bootstrap.h"

#include <QTemporaryFile>
#include <QTest>
#include <sys/stat.h>

using namespace Qt::Literals::StringLiterals;

class TestBootstrap : public QObject
{
    Q_OBJECT

private:
    static QByteArray streamOf(int fd)
    {
        struct stat info = {};
        if (::fstat(fd, &info) != 0)
            return {};
        return QByteArray::number(static_cast<qulonglong>(info.st_dev)) + ':' +
               QByteArray::number(static_cast<qulonglong>(info.st_ino));
    }

private Q_SLOTS:
    void cleanup() { qunsetenv("JOURNAL_STREAM"); }

    void recognisesTheJournalStream()
    {
        QTemporaryFile journal;
        QTemporaryFile elsewhere;
        QVERIFY(journal.open());
        QVERIFY(elsewhere.open());
        qputenv("JOURNAL_STREAM", streamOf(journal.handle()));
        QVERIFY(Bootstrap::logsToJournal(journal.handle()));
        QVERIFY(!Bootstrap::logsToJournal(elsewhere.handle())); // inherited, but this output goes elsewhere
    }

    void ignoresAMissingOrMalformedVariable_data()
    {
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("unset") << QByteArray();
        QTest::newRow("empty") << QByteArray("");
        QTest::newRow("no colon") << QByteArray("12345");
        QTest::newRow("no inode") << QByteArray("2049:");
        QTest::newRow("no device") << QByteArray(":2049");
        QTest::newRow("not numbers") << QByteArray("dev:ino");
    }

    void ignoresAMissingOrMalformedVariable()
    {
        QFETCH(QByteArray, value);
        QTemporaryFile file;
        QVERIFY(file.open());
        if (!value.isNull())
            qputenv("JOURNAL_STREAM", value);
        QVERIFY(!Bootstrap::logsToJournal(file.handle()));
    }

    void aClosedDescriptorIsNotTheJournal()
    {
        qputenv("JOURNAL_STREAM", "1:1");
        QVERIFY(!Bootstrap::logsToJournal(-1));
    }
};

QTEST_GUILESS_MAIN(TestBootstrap)
#include "tst_bootstrap.moc"
