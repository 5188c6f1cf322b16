// The Reports page on a real database with 100,000 actions, as a manager uses it: the period's figures and charts,
// filters, an export of every action streamed to disk with a progress bar while the window keeps ticking, Cancel
// (no file, the old one intact), a PDF, and the weekly summary through the real file dialog.
#include "app/consolesession.h"
#include "migrations/migrator.h"
#include "reports/activitycharts.h"
#include "reports/reportspage.h"
#include "testdatabase.h"
#include "wait.h"

#include <QBarSet>
#include <QChart>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QProcess>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QStackedBarSeries>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;

namespace {

constexpr int kActions = 100000;

double sum(QChart *chart, const QString &label = {})
{
    double total = 0;
    for (QAbstractSeries *series : chart->series()) {
        for (QBarSet *set : static_cast<QStackedBarSeries *>(series)->barSets()) {
            if (!label.isEmpty() && set->label() != label)
                continue;
            for (int i = 0; i < set->count(); ++i)
                total += set->at(i);
        }
    }
    return total;
}

QString pdfText(const QString &path)
{
    QProcess p;
    p.start(u"pdftotext"_s, {path, u"-"_s});
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput());
}

} // namespace

class TestReportsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(u"mentats-tests"_s);
        QSettings().clear();
        m_db.emplace();
        SqlSession &s = m_db->session();
        Migrator().migrate(s);
        const QString ann = s.scalar(u"INSERT INTO users (email, username, pin_hash, name, role) VALUES "
                                     "('ann@x.example', 'ann', 'x', 'Ann Leckie', 'staff') RETURNING id::text"_s)
                                .toString();
        // Every 5 seconds back from now: all within the last 7 days. A tenth failed, a tenth blocked, a tenth the
        // optimizer's memories, the rest executed tasks for Ann.
        s.exec(u"INSERT INTO ai_actions (agent, run_id, run_started_at, created_at, tool_name, target_user_id, "
               "reasoning, executed, execution_result, error) SELECT CASE WHEN i % 10 = 2 THEN 'revenue_optimizer' "
               "ELSE 'office_manager' END::ai_agent, gen_random_uuid(), now(), now() - make_interval(secs => 5 * i), "
               "CASE WHEN i % 10 = 2 THEN 'write_memory' ELSE 'create_task' END, "
               "CASE WHEN i % 10 = 2 THEN NULL ELSE ?::uuid END, 'Reason ' || i, i % 10 NOT IN (0, 1), "
               "CASE WHEN i % 10 = 1 THEN jsonb_build_object('status', 'blocked') END, "
               "CASE WHEN i % 10 = 0 THEN 'Refused' END FROM generate_series(1, ?) AS i"_s,
               {ann, kActions});
        m_session = std::make_unique<ConsoleSession>(m_db->settings());
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_db.reset();
    }

    void showsThePeriodAddedUp()
    {
        ReportsPage page(*m_session);
        QSignalSpy refreshed(&page, &ReportsPage::refreshed);
        page.show();
        QVERIFY(Wait::forSignals(refreshed, 0));
        QCOMPARE(page.summary().total, kActions);
        QCOMPARE(page.summary().days.size(), 7); // "Last 7 days", today included
        QCOMPARE(page.summary().count(u"failed"_s), kActions / 10);
        auto *charts = page.findChild<ActivityCharts *>();
        QCOMPARE(sum(charts->outcomesChart()), double(kActions));
        QCOMPARE(sum(charts->outcomesChart(), u"Blocked"_s), double(kActions / 10));
        QCOMPARE(charts->costChart()->series().size(), 1);
        QVERIFY(page.findChild<QLabel *>(u"reportFigures"_s)->text().contains(u"Awaiting approval"_s));
        auto *people = page.findChild<QTreeWidget *>(u"peopleTotals"_s);
        QCOMPARE(people->topLevelItemCount(), 1);
        QCOMPARE(people->topLevelItem(0)->text(0), u"Ann Leckie"_s);

        auto *agent = page.findChild<QComboBox *>(u"reportAgent"_s);
        const qsizetype seen = refreshed.size();
        agent->setCurrentIndex(agent->findData(u"revenue_optimizer"_s));
        Q_EMIT agent->activated(agent->currentIndex());
        QVERIFY(Wait::forSignals(refreshed, seen));
        QCOMPARE(page.summary().total, kActions / 10);
        QCOMPARE(sum(charts->outcomesChart(), u"Executed"_s), double(kActions / 10));
        QCOMPARE(page.findChild<QTreeWidget *>(u"toolTotals"_s)->topLevelItem(0)->text(0), u"write_memory"_s);
    }

    void exportsAHundredThousandActionsWhileTheWindowTicks()
    {
        ReportsPage page(*m_session);
        QSignalSpy refreshed(&page, &ReportsPage::refreshed);
        page.show();
        QVERIFY(Wait::forSignals(refreshed, 0));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"all.csv"_s);
        auto *bar = page.findChild<QProgressBar *>(u"exportProgress"_s);
        QList<int> values;
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(5);
        connect(&ticker, &QTimer::timeout, &page, [&] {
            ++ticks;
            if (bar->isVisible() && (values.isEmpty() || values.last() != bar->value()))
                values << bar->value();
        });
        ticker.start();
        QSignalSpy finished(&page, &ReportsPage::exportFinished);
        page.exportTo(ReportExporter::Format::Csv, path);
        QVERIFY(page.isExporting());
        QVERIFY(!page.findChild<QPushButton *>(u"exportCsv"_s)->isEnabled());
        QVERIFY(Wait::forSignals(finished, 0, 120000));
        ticker.stop();
        QCOMPARE(finished.first().first().toBool(), true);
        QVERIFY2(values.size() >= 10, qPrintable(u"%1 progress values"_s.arg(values.size())));
        QVERIFY(std::is_sorted(values.cbegin(), values.cend()));
        QVERIFY2(ticks > values.size(), "the event loop ran between pages");
        QVERIFY(page.findChild<QPushButton *>(u"exportCsv"_s)->isEnabled());
        QVERIFY(!bar->isVisible());
        QVERIFY(page.findChild<QPushButton *>(u"openExport"_s)->isVisible());
        QCOMPARE(page.lastSavedFile(), path);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll().count("\r\n"), kActions + 1);
    }

    void cancelKeepsTheOldFile()
    {
        ReportsPage page(*m_session);
        QSignalSpy refreshed(&page, &ReportsPage::refreshed);
        page.show();
        QVERIFY(Wait::forSignals(refreshed, 0));
        QTemporaryDir dir;
        const QString path = dir.filePath(u"kept.jsonl"_s);
        {
            QFile old(path);
            QVERIFY(old.open(QIODevice::WriteOnly));
            old.write("{\"last\":\"month\"}\n");
        }
        auto *bar = page.findChild<QProgressBar *>(u"exportProgress"_s);
        auto *cancel = page.findChild<QPushButton *>(u"cancelExport"_s);
        QSignalSpy finished(&page, &ReportsPage::exportFinished);
        page.exportTo(ReportExporter::Format::JsonLines, path);
        QVERIFY(cancel->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(bar->value() > 0, 30000);
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(Wait::forSignals(finished, 0));
        QCOMPARE(finished.first().first().toBool(), false);
        QCOMPARE(page.findChild<QLabel *>(u"exportState"_s)->text(), u"Export cancelled. No file was written."_s);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), QByteArray("{\"last\":\"month\"}\n"));
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{u"kept.jsonl"_s});
    }

    void pdfAndTheWeeklySummaryThroughTheFileDialog()
    {
        ReportsPage page(*m_session);
        QSignalSpy refreshed(&page, &ReportsPage::refreshed);
        page.show();
        QVERIFY(Wait::forSignals(refreshed, 0));
        auto *status = page.findChild<QComboBox *>(u"reportStatus"_s);
        const qsizetype seen = refreshed.size();
        status->setCurrentIndex(status->findData(u"failed"_s));
        Q_EMIT status->activated(status->currentIndex());
        QVERIFY(Wait::forSignals(refreshed, seen));
        QCOMPARE(page.summary().total, kActions / 10);
        QTemporaryDir dir;
        QSignalSpy finished(&page, &ReportsPage::exportFinished);
        const QString pdf = dir.filePath(u"failed.pdf"_s);
        page.exportTo(ReportExporter::Format::Pdf, pdf);
        QVERIFY(Wait::forSignals(finished, 0, 120000));
        QVERIFY(finished.takeFirst().first().toBool());
        const QString text = pdfText(pdf);
        QVERIFY(text.contains(u"Actions (10,000)"_s) || text.contains(u"Actions (10000)"_s));
        QVERIFY(text.contains(u"Refused"_s));

        QSettings().setValue(u"reports/directory"_s, dir.path());
        QTest::mouseClick(page.findChild<QPushButton *>(u"weeklySummary"_s), Qt::LeftButton);
        QFileDialog *dialog = nullptr;
        QTRY_VERIFY((dialog = page.findChild<QFileDialog *>(u"exportFileDialog"_s)) && dialog->isVisible());
        QCOMPARE(dialog->directory().absolutePath(), QDir(dir.path()).absolutePath());
        QVERIFY(dialog->selectedFiles().value(0).contains(u"weekly-summary-"_s));
        const QString weekly = dir.filePath(u"weekly.pdf"_s);
        dialog->selectFile(weekly);
        QVERIFY(QMetaObject::invokeMethod(dialog, "accept")); // what Save does
        QVERIFY(Wait::forSignals(finished, 0, 120000));
        QVERIFY(finished.takeFirst().first().toBool());
        QVERIFY(pdfText(weekly).contains(u"Weekly summary of AI actions"_s));
        QCOMPARE(page.lastSavedFile(), weekly);
    }

private:
    std::optional<TestDatabase> m_db;
    std::unique_ptr<ConsoleSession> m_session;
};

QTEST_MAIN(TestReportsPage)
#include "tst_reportspage.moc"
