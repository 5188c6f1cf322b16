// The Dry Run page's Simulate tab with real widgets: a one-day small store run from the form on the test cluster,
// the progress shown while it runs, the scorecard shown when it ends, the form usable again; and Cancel stopping a
// longer run early with the days simulated so far scored.
#include "dryrun/simulatepanel.h"
#include "testcluster.h"

#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <nlohmann/json.hpp>

using namespace Qt::Literals::StringLiterals;

class TestSimulatePanel : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void simulatesADayAndShowsTheScorecard()
    {
        SimulatePanel panel;
        panel.setClusterDirectory(TestCluster::instance().cluster().directory());
        panel.findChild<QSpinBox *>(u"simulateDays"_s)->setValue(1);
        panel.findChild<QSpinBox *>(u"simulateSeed"_s)->setValue(4);
        panel.findChild<QComboBox *>(u"simulateModel"_s)->setCurrentIndex(1); // eager
        auto *run = panel.findChild<QPushButton *>(u"simulateRun"_s);
        auto *progress = panel.findChild<QProgressBar *>(u"simulateProgress"_s);
        QSignalSpy finished(&panel, &SimulatePanel::finished);
        QTest::mouseClick(run, Qt::LeftButton);
        QVERIFY(panel.isRunning());
        QVERIFY(!run->isEnabled());
        int sawProgress = 0;
        QVERIFY(QTest::qWaitFor(
            [&] {
                sawProgress = std::max(sawProgress, progress->value());
                return !finished.isEmpty();
            },
            180000));
        QVERIFY(sawProgress > 0); // the bar moved through the day
        QVERIFY(run->isEnabled());
        QVERIFY(!panel.isRunning());
        const QString text = panel.findChild<QPlainTextEdit *>(u"simulateScorecard"_s)->toPlainText();
        QVERIFY2(text.contains(u"reached the agents' context"_s) && text.contains(u"model        eager"_s),
                 qPrintable(text));
        const nlohmann::json card = nlohmann::json::parse(panel.scorecardJson().toStdString());
        QCOMPARE(card["store"]["days"].get<int>(), 1);
        QCOMPARE(card["store"]["seed"].get<int>(), 4);
        QVERIFY(card["effects"]["staff_facing"].get<int>() > 0);
    }

    void cancelScoresWhatWasSimulated()
    {
        SimulatePanel panel;
        panel.setClusterDirectory(TestCluster::instance().cluster().directory());
        panel.findChild<QSpinBox *>(u"simulateDays"_s)->setValue(30);
        QSignalSpy finished(&panel, &SimulatePanel::finished);
        QTest::mouseClick(panel.findChild<QPushButton *>(u"simulateRun"_s), Qt::LeftButton);
        auto *progress = panel.findChild<QProgressBar *>(u"simulateProgress"_s);
        QVERIFY(QTest::qWaitFor([&] { return progress->value() > 12 * 60; }, 120000)); // half a day in
        QTest::mouseClick(panel.findChild<QPushButton *>(u"simulateCancel"_s), Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !finished.isEmpty(); }, 60000));
        const nlohmann::json card = nlohmann::json::parse(panel.scorecardJson().toStdString());
        QVERIFY2(card["store"]["days"].get<int>() < 30, card.dump().c_str());
    }
};

QTEST_MAIN(TestSimulatePanel)
#include "tst_simulatepanel.moc"
