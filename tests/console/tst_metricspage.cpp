// The Metrics page on a real database, offscreen, as a manager uses it: the figures and the chart's points for a
// period, days without sales data drawn as gaps, the location and person filters (the person found by typing), the
// people table read a page at a time and sorted by the engine, what the Revenue Optimizer will see next, the empty
// state, the import buttons' signal, and a window that keeps ticking while the page loads.
#include "app/consolesession.h"
#include "fixedclock.h"
#include "metrics/metricscharts.h"
#include "metrics/metricsformat.h"
#include "metrics/metricspage.h"
#include "metrics/metricstablemodel.h"
#include "migrations/migrator.h"
#include "testdatabase.h"
#include "wait.h"

#include <QAbstractItemModelTester>
#include <QChart>
#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QLineSeries>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

using namespace Qt::Literals::StringLiterals;

namespace {

const QTimeZone kPacific("America/Los_Angeles");
const QDateTime kNow = QDateTime(QDate(2026, 11, 24), QTime(12, 0), kPacific).toUTC();
constexpr int kPeople = 150;

QVariant ts(QDate day, int h = 0, int min = 0)
{
    return SqlSession::timestamp(QDateTime(day, QTime(h, min), kPacific).toUTC());
}

// Every point of the chart's series with this name (a line broken by gaps is several series).
QList<QPointF> points(QChart *chart, const QString &name, int *segments = nullptr)
{
    QList<QPointF> all;
    int count = 0;
    for (QAbstractSeries *series : chart->series()) {
        if (series->name() != name)
            continue;
        ++count;
        all << static_cast<QLineSeries *>(series)->points();
    }
    if (segments)
        *segments = count;
    return all;
}

double sumY(const QList<QPointF> &list)
{
    double total = 0;
    for (const QPointF &p : list)
        total += p.y();
    return total;
}

} // namespace

class TestMetricsPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        m_db.emplace();
        SqlSession &s = m_db->session();
        Migrator().migrate(s);
        m_downtown = s.scalar(u"INSERT INTO locations (name) VALUES ('Downtown') RETURNING id::text"_s).toString();
        m_harbor = s.scalar(u"INSERT INTO locations (name) VALUES ('Harbor') RETURNING id::text"_s).toString();
        m_ann = s.scalar(u"INSERT INTO users (email, username, pin_hash, name) VALUES ('ann@x.example', 'ann', 'x', "
                         "'Ann Leckie') RETURNING id::text"_s)
                    .toString();
        s.exec(u"INSERT INTO users (email, username, pin_hash, name) SELECT 'p' || i || '@x.example', 'p' || i, 'x', "
               "'Person ' || lpad(i::text, 3, '0') FROM generate_series(1, ?) AS i"_s,
               {kPeople});
        // 1 to 20 November: Downtown sells 1000 + 10 × day, Harbor 500, 10 labour hours each; nobody has POS data on
        // the 10th (hours still rolled up).
        for (int d = 1; d <= 20; ++d) {
            const QDate day(2026, 11, d);
            const bool sales = d != 10;
            s.exec(u"INSERT INTO location_metrics_daily (location_id, date, total_sales, transaction_count, "
                   "labor_hours) VALUES (?, ?, ?, 10, 10), (?, ?, ?, 5, 10)"_s,
                   {m_downtown, ts(day), sales ? QVariant(1000 + 10 * d) : QVariant(), m_harbor, ts(day),
                    sales ? QVariant(500) : QVariant()});
        }
        s.exec(u"INSERT INTO staff_metrics_daily (user_id, date, total_sales, transaction_count, hours_worked) "
               "SELECT id, ?, 100 + length(name), 3, 4 FROM users WHERE name LIKE 'Person %'"_s,
               {ts(QDate(2026, 11, 3))});
        s.exec(u"INSERT INTO staff_metrics_daily (user_id, date, total_sales, transaction_count, hours_worked) VALUES "
               "(?, ?, 600, 6, 6)"_s,
               {m_ann, ts(QDate(2026, 11, 3))});
        // Ann: late on the 3rd and the 4th, on time on the 5th, all at Downtown.
        for (const auto &[d, late] : {std::pair{3, 25}, std::pair{4, 12}, std::pair{5, 1}}) {
            const QString shift = s.scalar(u"INSERT INTO shifts (user_id, location_id, start_time, end_time) VALUES "
                                           "(?, ?, ?, ?) RETURNING id::text"_s,
                                           {m_ann, m_downtown, ts(QDate(2026, 11, d), 9), ts(QDate(2026, 11, d), 17)})
                                      .toString();
            s.exec(u"INSERT INTO time_entries (user_id, shift_id, clock_in) VALUES (?, ?, ?)"_s,
                   {m_ann, shift, ts(QDate(2026, 11, d), 9, late)});
        }
        m_session = std::make_unique<ConsoleSession>(m_db->settings(), std::make_shared<FixedClock>(kNow));
    }

    void cleanupTestCase()
    {
        m_session.reset();
        m_db.reset();
    }

    void showsTheFiguresAndTheChartsPoints()
    {
        MetricsPage page(*m_session);
        QSignalSpy refreshed(&page, &MetricsPage::refreshed);
        page.show();
        QVERIFY(Wait::forSignals(refreshed, 0));
        QVERIFY(page.result());
        const MetricsSeries::Result &r = *page.result();
        QCOMPARE(r.query.from, QDate(2026, 10, 26)); // last 30 days, in the business's zone
        QCOMPARE(r.query.to, QDate(2026, 11, 24));
        // 19 days with sales: Downtown 19 × 1000 + 10 × (210 - 10), Harbor 19 × 500.
        const double sales = 19 * 1000 + 10 * 200 + 19 * 500;
        QCOMPARE(r.totals.sales, std::optional<double>(sales));
        QCOMPARE(r.totals.laborHours, 400.0);
        QCOMPARE(r.totals.revenuePerLaborHour, std::optional<double>(sales / 380)); // the 10th's hours left out
        auto *figures = page.findChild<QLabel *>(u"metricsFigures"_s);
        QVERIFY2(figures->text().contains(MetricsFormat::money(sales)), qPrintable(figures->text()));
        QVERIFY(figures->text().contains(u"2 of 3 shifts"_s));
        QVERIFY(!page.findChild<QLabel *>(u"metricsEmptyState"_s)->isVisible());

        MetricsCharts *charts = page.charts();
        QCOMPARE(charts->measure(), MetricsCharts::Measure::Sales);
        int segments = 0;
        const QList<QPointF> salesPoints = points(charts->chart(), u"Sales"_s, &segments);
        QCOMPARE(salesPoints.size(), 19);
        QCOMPARE(segments, 2); // the 10th is a gap, not a zero
        QCOMPARE(sumY(salesPoints), sales);
        QVERIFY(charts->chart()->title().contains(u"no sales data"_s));
        charts->setMeasure(MetricsCharts::Measure::LaborHours);
        QCOMPARE(points(charts->chart(), u"Labor hours"_s, &segments).size(), 20);
        QCOMPARE(segments, 1);
        charts->setMeasure(MetricsCharts::Measure::Lateness);
        QCOMPARE(sumY(points(charts->chart(), u"Late arrivals"_s)), 2.0);
        QCOMPARE(sumY(points(charts->chart(), u"Shifts"_s)), 3.0);
        charts->setMeasure(MetricsCharts::Measure::RevenuePerLaborHour);
        const QList<QPointF> rates = points(charts->chart(), u"Revenue per labor hour"_s);
        QCOMPARE(rates.size(), 19);
        QCOMPARE(rates.front().y(), (1010.0 + 500) / 20);
    }

    void filtersByLocationAndByPersonFoundByTyping()
    {
        MetricsPage page(*m_session);
        QSignalSpy refreshed(&page, &MetricsPage::refreshed);
        page.show();
        QVERIFY(Wait::forSignals(refreshed, 0));
        auto *location = page.findChild<QComboBox *>(u"metricsLocation"_s);
        QCOMPARE(location->count(), 3);
        qsizetype seen = refreshed.size();
        page.setLocation(m_harbor);
        QVERIFY(Wait::forSignals(refreshed, seen));
        QCOMPARE(page.result()->query.scope(), MetricsQuery::Scope::Location);
        QCOMPARE(page.result()->totals.sales, std::optional<double>(19 * 500));
        QCOMPARE(page.result()->totals.shifts, 0);

        auto *person = page.findChild<QLineEdit *>(u"metricsPerson"_s);
        person->setFocus();
        QTest::keyClicks(person, u"leck"_s);
        QAbstractItemModel *matches = person->completer()->model();
        QTRY_COMPARE_WITH_TIMEOUT(matches->rowCount(), 1, 10000);
        QCOMPARE(matches->index(0, 0).data().toString(), u"Ann Leckie"_s);
        seen = refreshed.size();
        Q_EMIT person->completer()->activated(matches->index(0, 0));
        QVERIFY(Wait::forSignals(refreshed, seen));
        const MetricsSeries::Result &ann = *page.result();
        QCOMPARE(ann.query.scope(), MetricsQuery::Scope::Person);
        QCOMPARE(ann.totals.sales, std::optional<double>(600));
        QCOMPARE(ann.totals.revenuePerLaborHour, std::optional<double>(100));
        QCOMPARE(ann.totals.lateShifts, 2);
        QVERIFY(page.findChild<QLabel *>(u"metricsFigures"_s)->text().contains(u"Ann Leckie"_s));

        // Clearing the name: everyone again (at Harbor).
        seen = refreshed.size();
        person->clear();
        Q_EMIT person->textEdited(QString());
        QVERIFY(Wait::forSignals(refreshed, seen));
        QCOMPARE(page.result()->query.scope(), MetricsQuery::Scope::Location);
    }

    void thePeopleTableIsPagedAndSortedByTheEngine()
    {
        MetricsPage page(*m_session);
        QSignalSpy refreshed(&page, &MetricsPage::refreshed);
        page.show();
        QVERIFY(Wait::forSignals(refreshed, 0));
        MetricsTableModel *people = page.peopleModel();
        QTRY_VERIFY_WITH_TIMEOUT(!people->isLoading() && people->rowCount() > 0, 30000);
        QCOMPARE(people->rowCount(), MetricsTableModel::kPageSize); // one page, not everyone
        QCOMPARE(people->total(), kPeople + 1);
        QCOMPARE(people->row(0).name, u"Ann Leckie"_s); // 600, the most sales
        QVERIFY(people->canFetchMore({}));
        // The tester asks for more as a view scrolling to the end does, and checks every change.
        QAbstractItemModelTester tester(people, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE_WITH_TIMEOUT(people->rowCount(), kPeople + 1, 30000);
        QTRY_VERIFY(!people->isLoading());
        QVERIFY(!people->canFetchMore({}));

        // The view's header sorts through the engine: the first page again, by lateness.
        auto *view = page.findChild<QTableView *>(u"peopleTable"_s);
        const int late =
            int(MetricsTable::columns(MetricsTable::Rows::People).indexOf(MetricsTable::Column::LateShifts));
        view->sortByColumn(late, Qt::DescendingOrder);
        QTRY_VERIFY_WITH_TIMEOUT(!people->isLoading() && people->rowCount() > 0, 30000);
        QCOMPARE(people->rowCount(), MetricsTableModel::kPageSize);
        QCOMPARE(people->sortColumn(), MetricsTable::Column::LateShifts);
        QCOMPARE(people->row(0).name, u"Ann Leckie"_s);
        QCOMPARE(people->index(0, late).data().toString(), u"2"_s);
        view->sortByColumn(0, Qt::AscendingOrder);
        QCOMPARE(people->sortColumn(), MetricsTable::Column::Name);
        QTRY_VERIFY_WITH_TIMEOUT(people->rowCount() > 1, 30000);
        QCOMPARE(people->row(0).name, u"Ann Leckie"_s);
        QCOMPARE(people->row(1).name, u"Person 001"_s);

        MetricsTableModel *locations = page.locationsModel();
        QTRY_COMPARE_WITH_TIMEOUT(locations->rowCount(), 2, 30000);
        QCOMPARE(locations->row(0).name, u"Downtown"_s);
        const int salesColumn =
            int(MetricsTable::columns(MetricsTable::Rows::Locations).indexOf(MetricsTable::Column::Sales));
        QCOMPARE(locations->index(0, salesColumn).data().toString(), MetricsFormat::money(21000));

        // Double-clicking a person charts them alone.
        QSignalSpy again(&page, &MetricsPage::refreshed);
        Q_EMIT view->doubleClicked(people->index(0, 0));
        QVERIFY(Wait::forSignals(again, 0));
        QCOMPARE(page.result()->query.userId, m_ann);
    }

    void previewsWhatTheOptimizerWillSee()
    {
        MetricsPage page(*m_session);
        QSignalSpy loaded(&page, &MetricsPage::previewLoaded);
        page.show();
        QVERIFY(Wait::forSignals(loaded, 0));
        QVERIFY(page.preview());
        // Tomorrow 02:00 in California ("0 2 * * *"), looking back 28 days to the 24th.
        QCOMPARE(page.preview()->runAtUtc, QDateTime(QDate(2026, 11, 25), QTime(2, 0), kPacific).toUTC());
        // 151 people's sales do not fit the optimizer's 4,000-token budget one by one: the run would show the sales
        // with the people counted instead of listed, and the page says so.
        auto *modules = page.findChild<QTreeWidget *>(u"optimizerPreviewModules"_s);
        QCOMPARE(modules->topLevelItem(0)->text(0), u"Sales Metrics"_s);
        QVERIFY2(modules->topLevelItem(0)->text(2).startsWith(u"included: what stands out listed, the rest as"_s),
                 qPrintable(modules->topLevelItem(0)->text(2)));
        const QString tight = page.findChild<QPlainTextEdit *>(u"optimizerPreviewText"_s)->toPlainText();
        QVERIFY2(tight.contains(u"## Sales metrics"_s), qPrintable(tight));
        QVERIFY(tight.contains(u"not listed"_s));
        QVERIFY(!tight.contains(u"- Ann Leckie [user %1]: 1 days, sales 600.00"_s.arg(m_ann)));

        m_db->session().exec(u"UPDATE ai_config SET max_tokens_context = 100000 WHERE agent = 'revenue_optimizer'"_s);
        qsizetype seen = loaded.size();
        QTest::mouseClick(page.findChild<QPushButton *>(u"metricsRefresh"_s), Qt::LeftButton);
        QVERIFY(Wait::forSignals(loaded, seen));
        m_db->session().exec(u"UPDATE ai_config SET max_tokens_context = 4000 WHERE agent = 'revenue_optimizer'"_s);
        const QString text = page.findChild<QPlainTextEdit *>(u"optimizerPreviewText"_s)->toPlainText();
        QVERIFY2(text.contains(u"- Ann Leckie [user %1]: 1 days, sales 600.00"_s.arg(m_ann)), qPrintable(text));
        QVERIFY(text.contains(u"- Downtown [location %1]: 20 days, sales 21000.00"_s.arg(m_downtown)));
        // Under the store she works at most, when the attendance roll-up has it.
        QVERIFY2(text.contains(QRegularExpression(
                     u"- Ann Leckie \\[user %1\\]( \\(Downtown\\))?: 3 shifts, 2 late, 0 absent"_s.arg(m_ann))),
                 qPrintable(text.mid(text.indexOf(u"## Attendance"_s), 1500)));
        QCOMPARE(modules->topLevelItem(0)->text(0), u"Sales Metrics"_s);
        QCOMPARE(modules->topLevelItem(0)->text(2), u"included"_s);
        QVERIFY(modules->topLevelItem(0)->text(1).toInt() > 0);
        QList<QTreeWidgetItem *> auctions = modules->findItems(u"auction"_s, Qt::MatchContains);
        QCOMPARE(auctions.size(), 1);
        QVERIFY(auctions.front()->text(2).startsWith(u"left out"_s));
        const QString summary = page.findChild<QLabel *>(u"optimizerPreviewSummary"_s)->text();
        QVERIFY2(summary.contains(u"28 days, 2026-10-28 to 2026-11-24"_s), qPrintable(summary));
        QVERIFY(summary.contains(QLocale().toString(page.preview()->includedTokens())));
    }

    void staysResponsiveWhileLoading()
    {
        MetricsPage page(*m_session);
        QSignalSpy refreshed(&page, &MetricsPage::refreshed);
        page.show();
        QVERIFY(Wait::forSignals(refreshed, 0));
        int ticks = 0;
        QTimer ticker;
        ticker.setInterval(1);
        connect(&ticker, &QTimer::timeout, &page, [&] { ++ticks; });
        ticker.start();
        page.setPeriod(QDate(2025, 11, 25), QDate(2026, 11, 24)); // a year: the heaviest query the page makes
        QVERIFY(page.isLoading());
        qsizetype seen = refreshed.size();
        const int before = ticks;
        QVERIFY(Wait::forSignals(refreshed, seen));
        ticker.stop();
        QVERIFY2(ticks > before, "the event loop ran while the page loaded");
        QCOMPARE(page.result()->days.size(), 365);
        QCOMPARE(page.result()->totals.daysWithSales, 19);
    }

    void saysHowToGetDataWhenThereIsNone()
    {
        TestDatabase empty;
        Migrator().migrate(empty.session());
        ConsoleSession session(empty.settings(), std::make_shared<FixedClock>(kNow));
        MetricsPage page(session);
        QSignalSpy refreshed(&page, &MetricsPage::refreshed);
        QSignalSpy imports(&page, &MetricsPage::importRequested);
        page.show();
        QVERIFY(Wait::forSignals(refreshed, 0));
        QVERIFY(!page.result()->metricsExist);
        auto *state = page.findChild<QLabel *>(u"metricsEmptyState"_s);
        QVERIFY(state->isVisible());
        QVERIFY(state->text().contains(u"No metrics yet"_s));
        QVERIFY(state->text().contains(u"mentats metrics rollup"_s));
        QVERIFY(page.findChild<QLabel *>(u"metricsFigures"_s)->text().contains(u"no sales data"_s));
        QVERIFY(page.charts()->chart()->series().isEmpty()); // no axes counting up to nothing
        QVERIFY(page.charts()->chart()->title().contains(u"nothing in this period"_s));

        auto *importPos = page.findChild<QPushButton *>(u"importPosButton"_s);
        QVERIFY(!importPos->isVisible()); // nothing handles it yet
        page.setImportAvailable(true);
        QVERIFY(importPos->isVisible());
        QTest::mouseClick(importPos, Qt::LeftButton);
        QCOMPARE(imports.size(), 1);
        QCOMPARE(imports.first().first().toString(), u"pos"_s);
    }

private:
    std::optional<TestDatabase> m_db;
    std::unique_ptr<ConsoleSession> m_session;
    QString m_downtown;
    QString m_harbor;
    QString m_ann;
};

QTEST_MAIN(TestMetricsPage)
#include "tst_metricspage.moc"
