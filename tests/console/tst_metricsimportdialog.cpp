// The import dialog on a real database with real widgets, as a manager uses it: a file's first rows and the columns
// guessed from its header, Check listing the bad rows with their line numbers and writing nothing, "only if all rows
// are good" refusing, the good rows imported, the mapping remembered for the next file, a large file imported while
// the window keeps ticking, and auction figures through the same dialog.
#include "app/consolesession.h"
#include "metrics/metricsimportdialog.h"
#include "migrations/migrator.h"
#include "scratchfile.h"
#include "testdatabase.h"

#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::Literals::StringLiterals;

namespace {

const QByteArray kSales = "Sale Date,Cashier,Store,Net Sales\n"
                          "02/11/2026 09:15,Ana Ruiz,Old Town,12.50\n"
                          "02/11/2026 09:20,Sam Lee,Old Town,3.00\n" // two Sam Lees
                          "\"03/11/2026\",\"Ana Ruiz\",\"Old Town\",\"1,000.00\"\n"
                          "04/11/2026,Ana Ruiz,Old Town,ten\n";

using ScratchFile::write;

} // namespace

class TestMetricsImportDialog : public QObject
{
    Q_OBJECT

private:
    std::optional<TestDatabase> m_db;
    std::unique_ptr<ConsoleSession> m_session;
    QTemporaryDir m_dir;

    QVariant scalar(const QString &sql) { return m_db->session().scalar(sql); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"mentats-tests"_s);
        QSettings().clear();
        m_db.emplace();
        SqlSession &s = m_db->session();
        Migrator().migrate(s);
        s.exec(u"INSERT INTO users (email, username, pin_hash, name) VALUES ('ana@x.example', 'ana', 'x', 'Ana Ruiz'), "
               "('sam1@x.example', 'sam1', 'x', 'Sam Lee'), ('sam2@x.example', 'sam2', 'x', 'Sam Lee')"_s);
        s.exec(u"INSERT INTO locations (name) VALUES ('Old Town')"_s);
        m_session = std::make_unique<ConsoleSession>(m_db->settings());
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_db.reset();
    }

    void checksThenImportsTheGoodRows()
    {
        MetricsImportDialog dialog(*m_session, ImportMapping::Kind::Pos);
        dialog.show();
        auto *check = dialog.findChild<QPushButton *>(u"checkButton"_s);
        auto *importGood = dialog.findChild<QPushButton *>(u"importGoodButton"_s);
        auto *importAll = dialog.findChild<QPushButton *>(u"importAllButton"_s);
        QVERIFY(!check->isEnabled()); // no file yet

        QSignalSpy loaded(&dialog, &MetricsImportDialog::fileLoaded);
        dialog.loadFile(write(m_dir, u"sales.csv"_s, kSales));
        // Count the signals rather than spy.wait(): wait() only sees a signal emitted while it waits, and when the
        // worker's future is already finished at the co_await, the coroutine runs on at once and emits the signal
        // before loadFile() (or the click) even returns.
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
        auto *preview = dialog.findChild<QTableWidget *>(u"preview"_s);
        QCOMPARE(preview->columnCount(), 4);
        QCOMPARE(preview->rowCount(), 4);
        QCOMPARE(preview->horizontalHeaderItem(3)->text(), u"Net Sales"_s);
        QCOMPARE(preview->item(2, 3)->text(), u"1,000.00"_s);
        QCOMPARE(preview->verticalHeaderItem(3)->text(), u"5"_s); // the file's line
        QCOMPARE(dialog.findChild<QComboBox *>(u"map_date"_s)->currentText(), u"Sale Date"_s);
        QCOMPARE(dialog.findChild<QComboBox *>(u"map_employee"_s)->currentText(), u"Cashier"_s);
        QCOMPARE(dialog.findChild<QComboBox *>(u"map_amount"_s)->currentText(), u"Net Sales"_s);
        QCOMPARE(dialog.findChild<QComboBox *>(u"map_items"_s)->currentIndex(), 0);

        // Without the amount there is nothing to check; the dialog says what is missing.
        auto *amount = dialog.findChild<QComboBox *>(u"map_amount"_s);
        amount->setCurrentIndex(0);
        QVERIFY(!check->isEnabled());
        QVERIFY(dialog.findChild<QLabel *>(u"mappingProblems"_s)->text().contains(u"\"Amount\""_s));
        amount->setCurrentIndex(amount->findText(u"Net Sales"_s));
        QVERIFY(check->isEnabled());
        auto *dateFormat = dialog.findChild<QLineEdit *>(u"dateFormat"_s);
        dateFormat->clear();
        QTest::keyClicks(dateFormat, u"dd/MM/yyyy"_s);

        QSignalSpy checked(&dialog, &MetricsImportDialog::checked);
        QTest::mouseClick(check, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(checked.size(), 1, 20000);
        auto *badRows = dialog.findChild<QTableWidget *>(u"badRows"_s);
        QCOMPARE(badRows->rowCount(), 2);
        QCOMPARE(badRows->item(0, 0)->data(Qt::DisplayRole).toInt(), 3);
        QVERIFY(badRows->item(0, 1)->text().contains(u"\"Sam Lee\" is 2 TeamTime users"_s));
        QCOMPARE(badRows->item(1, 0)->data(Qt::DisplayRole).toInt(), 5);
        QVERIFY(badRows->item(1, 1)->text().contains(u"amount \"ten\""_s));
        QCOMPARE(dialog.findChild<QLabel *>(u"importSummary"_s)->text(),
                 u"2 of 4 rows can be imported for 2026-11-02 to 2026-11-03; 2 rows with problems."_s);
        QCOMPARE(scalar(u"SELECT count(*) FROM mentats_pos_sales"_s).toInt(), 0);

        QSignalSpy imported(&dialog, &MetricsImportDialog::imported);
        QTest::mouseClick(importAll, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 20000);
        QCOMPARE(imported.last().at(0).value<ImportReport>().outcome, ImportReport::Outcome::Refused);
        QCOMPARE(scalar(u"SELECT count(*) FROM mentats_pos_sales"_s).toInt(), 0);

        QTest::mouseClick(importGood, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 2, 20000);
        const ImportReport report = imported.last().at(0).value<ImportReport>();
        QCOMPARE(report.outcome, ImportReport::Outcome::Imported);
        QCOMPARE(report.rowsImported, 2);
        QCOMPARE(report.changedFirstDay, QDate(2026, 11, 2));
        QCOMPARE(report.changedLastDay, QDate(2026, 11, 3));
        QCOMPARE(scalar(u"SELECT sum(amount)::text FROM mentats_pos_sales"_s).toString(), u"1012.50"_s);
        QCOMPARE(badRows->rowCount(), 2);
        QVERIFY(dialog.findChild<QLabel *>(u"importSummary"_s)->text().startsWith(u"Imported 2 of 4 rows"_s));

        // Next time, the mapping (with its date format) is the saved one.
        MetricsImportDialog next(*m_session, ImportMapping::Kind::Pos);
        QSignalSpy nextLoaded(&next, &MetricsImportDialog::fileLoaded);
        next.loadFile(write(m_dir, u"more.csv"_s, "Sale Date,Cashier,Store,Net Sales\n05/11/2026,Ana Ruiz,,2\n"));
        QTRY_COMPARE_WITH_TIMEOUT(nextLoaded.size(), 1, 20000);
        QCOMPARE(next.findChild<QLineEdit *>(u"dateFormat"_s)->text(), u"dd/MM/yyyy"_s);
        QCOMPARE(next.mapping().column(u"amount"_s), u"Net Sales"_s);
    }

    void importsALargeFileWhileTheWindowTicks()
    {
        QByteArray csv = "Date,Employee,Amount\n";
        constexpr int kRows = 30000;
        for (int i = 0; i < kRows; ++i)
            csv += "2026-10-" + QByteArray::number(1 + i % 28).rightJustified(2, '0') + " " +
                   QByteArray::number(9 + i % 8) + ":" + QByteArray::number(10 + i % 50) + ",Ana Ruiz," +
                   QByteArray::number(i % 100) + ".25\n";
        MetricsImportDialog dialog(*m_session, ImportMapping::Kind::Pos);
        dialog.show();
        QSignalSpy loaded(&dialog, &MetricsImportDialog::fileLoaded);
        dialog.loadFile(write(m_dir, u"large.csv"_s, csv));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 30000);
        dialog.findChild<QLineEdit *>(u"dateFormat"_s)->setText(u"yyyy-MM-dd"_s);

        int ticks = 0;
        int progressSeen = 0;
        QTimer ticker;
        auto *progress = dialog.findChild<QProgressBar *>(u"importProgress"_s);
        connect(&ticker, &QTimer::timeout, this, [&] {
            ++ticks;
            if (progress->isVisible() && progress->maximum() > 0)
                progressSeen = std::max(progressSeen, progress->value());
        });
        ticker.start(10);
        QSignalSpy imported(&dialog, &MetricsImportDialog::imported);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"importGoodButton"_s), Qt::LeftButton);
        QVERIFY(dialog.isBusy());
        QVERIFY(!dialog.findChild<QPushButton *>(u"importGoodButton"_s)->isEnabled()); // not twice at once
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 120000);
        ticker.stop();
        const ImportReport report = imported.last().at(0).value<ImportReport>();
        QCOMPARE(report.rowsImported + report.rowsDuplicate, kRows);
        QVERIFY2(ticks >= 10, qPrintable(QString::number(ticks)));
        QVERIFY2(progressSeen > 0, "the progress bar never moved");
        QVERIFY(!progress->isVisible());
        qInfo("%d rows imported, the event loop ticked %d times", kRows, ticks);
    }

    void importsAuctionFigures()
    {
        MetricsImportDialog dialog(*m_session, ImportMapping::Kind::Auction);
        QVERIFY(dialog.findChild<QComboBox *>(u"map_auction"_s));
        QVERIFY(!dialog.findChild<QComboBox *>(u"employeeMatch"_s));
        QSignalSpy loaded(&dialog, &MetricsImportDialog::fileLoaded);
        dialog.loadFile(write(m_dir, u"auctions.tsv"_s,
                              "Auction\tDate\tLots Listed\tLots Sold\n"
                              "Spring Estate Sale\t2026-11-20\t40\t30\n"));
        QTRY_COMPARE_WITH_TIMEOUT(loaded.size(), 1, 20000);
        QVERIFY(dialog.findChild<QLabel *>(u"importFile"_s)->text().contains(u"separated by tabs"_s));
        QSignalSpy imported(&dialog, &MetricsImportDialog::imported);
        QTest::mouseClick(dialog.findChild<QPushButton *>(u"importGoodButton"_s), Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(imported.size(), 1, 20000);
        QCOMPARE(scalar(u"SELECT lots_sold FROM auction_metrics"_s).toInt(), 30);
        QCOMPARE(scalar(u"SELECT label FROM mentats_auctions"_s).toString(), u"Spring Estate Sale"_s);
    }

    void saysWhenAFileCannotBeRead()
    {
        MetricsImportDialog dialog(*m_session, ImportMapping::Kind::Pos);
        QSignalSpy failed(&dialog, &MetricsImportDialog::failed);
        dialog.loadFile(write(m_dir, u"broken.csv"_s, "Date,Amount\n2026-11-02,\"12\n"));
        QTRY_COMPARE_WITH_TIMEOUT(failed.size(), 1, 20000);
        QVERIFY2(failed.last().at(0).toString().contains(u"Line 2 opens a quoted field"_s),
                 qPrintable(failed.last().at(0).toString()));
        QVERIFY(!dialog.findChild<QPushButton *>(u"checkButton"_s)->isEnabled());
    }
};

QTEST_MAIN(TestMetricsImportDialog)
#include "tst_metricsimportdialog.moc"
