// The Policies & Memory page as a manager uses it, on a real database and real widgets (offscreen): every memory
// filter control narrows the rows shown (alone and together), the list says when its limit cut it, each memory names
// the run that created it and the one that last confirmed it, a memory is rewritten through its dialog (problems
// beside the field; the row, the audit log and the filter choices follow), an expiry is picked in business time,
// and each policy says who wrote it — a run, a TeamTime user, a manager — and when.
#include "app/consolesession.h"
#include "config/knowledgestore.h"
#include "fixedclock.h"
#include "knowledge/expirydialog.h"
#include "knowledge/memorydialog.h"
#include "knowledge/policiesmemorypage.h"
#include "knowledge/policydialog.h"
#include "knowledgefixture.h"
#include "migrations/migrator.h"
#include "testdatabase.h"
#include "tools/updatepolicytool.h"
#include "tools/writememorytool.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTest>
#include <QTimeZone>
#include <QTreeWidget>
#include <memory>

using namespace Qt::Literals::StringLiterals;

namespace {

// The memory tree's columns, as a manager reads them.
enum Column
{
    About,
    Scope,
    Type,
    Confidence,
    Seen,
    LastConfirmed,
    Expires,
    CreatedBy,
    Active,
    Content
};

// Two runs of the Revenue Optimizer, 11:00 in the business's zone (America/Los_Angeles, before daylight saving).
const QDateTime kFirstRun(QDate(2026, 3, 2), QTime(19, 0), QTimeZone::utc());
const QDateTime kSecondRun(QDate(2026, 3, 3), QTime(19, 0), QTimeZone::utc());

struct OpenPage
{
    bool loaded = false;
    std::unique_ptr<ConsoleSession> session;
    std::unique_ptr<PoliciesMemoryPage> page;

    QTreeWidget *memoryTree() const { return page->findChild<QTreeWidget *>(u"memoryTree"_s); }
    QTreeWidget *policyTree() const { return page->findChild<QTreeWidget *>(u"policyTree"_s); }

    // The fixture's labels (first letter of the content) of the rows shown, top to bottom.
    QString shown() const
    {
        QStringList labels;
        for (int i = 0; i < memoryTree()->topLevelItemCount(); ++i)
            labels << memoryTree()->topLevelItem(i)->text(Content).left(1);
        return labels.join(u',');
    }

    QTreeWidgetItem *memoryRow(const QString &contentStart) const
    {
        for (int i = 0; i < memoryTree()->topLevelItemCount(); ++i)
            if (memoryTree()->topLevelItem(i)->text(Content).startsWith(contentStart))
                return memoryTree()->topLevelItem(i);
        return nullptr;
    }

    void click(const QString &buttonName) const
    {
        auto *button = page->findChild<QPushButton *>(buttonName);
        QVERIFY2(button, qPrintable(buttonName));
        QTest::mouseClick(button, Qt::LeftButton);
    }
};

// The page as the signed-in manager sees it, loaded; the clock stands still at `now`.
std::unique_ptr<OpenPage> open(const TestDatabase &db, const QString &managerId,
                               const QDateTime &now = KnowledgeFixture::now())
{
    auto opened = std::make_unique<OpenPage>();
    opened->session = std::make_unique<ConsoleSession>(db.settings(), std::make_shared<FixedClock>(now));
    opened->session->setUser({managerId, u"Maria"_s, {}, u"admin"_s});
    opened->page = std::make_unique<PoliciesMemoryPage>(*opened->session);
    opened->page->resize(1400, 800);
    opened->page->show();
    opened->loaded = QTest::qWaitFor([&] { return !opened->page->isBusy(); }, 10000);
    return opened;
}

} // namespace

class TestPoliciesMemoryPage : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestDatabase> m_db; // the fixture's business, read-only: shared by the filter cases
    std::unique_ptr<KnowledgeFixture> m_fixture;

private Q_SLOTS:
    void initTestCase()
    {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedKingdom)); // "2 Mar 2026 11:00"
        m_db = std::make_unique<TestDatabase>();
        Migrator().migrate(m_db->session());
        m_fixture = std::make_unique<KnowledgeFixture>(m_db->session());
    }

    void cleanupTestCase()
    {
        m_fixture.reset();
        m_db.reset();
    }

    void offersOnlyChoicesThatHaveMemories()
    {
        const auto opened = open(*m_db, m_fixture->id(u"maria"_s));
        QVERIFY(opened->loaded);
        const auto items = [&](const QString &name) {
            QStringList texts;
            auto *box = opened->page->findChild<QComboBox *>(name);
            for (int i = 0; i < box->count(); ++i)
                texts << box->itemText(i);
            return texts;
        };
        QCOMPARE(items(u"memoryPersonFilter"_s), (QStringList{u"Anyone"_s, u"Ana"_s, u"Ben"_s})); // not Carla
        QCOMPARE(items(u"memoryLocationFilter"_s), (QStringList{u"Any location"_s, u"Harbor"_s, u"Hilltop"_s}));
        QCOMPARE(items(u"memoryTypeFilter"_s),
                 (QStringList{u"Any type"_s, u"observation"_s, u"pattern"_s, u"performance"_s, u"preference"_s}));
        // What the Office Manager can read, newest observation first.
        QCOMPARE(opened->shown(), u"A,B,C,E,G"_s);
        QCOMPARE(opened->page->findChild<QLabel *>(u"memoryCountLabel"_s)->text(), u"5 memories match."_s);
        const QTreeWidgetItem *a = opened->memoryRow(u"A:"_s);
        QCOMPARE(a->text(About), u"Ana"_s);
        QCOMPARE(a->text(Scope), u"user"_s);
        QCOMPARE(a->text(Type), u"pattern"_s);
        QCOMPARE(a->text(Confidence), u"0.80"_s);
        QCOMPARE(a->text(Seen), u"once"_s);
        QCOMPARE(a->text(Expires), u"13 Mar 2026 05:00"_s); // three days on, in Los Angeles (daylight saving)
        QCOMPARE(a->text(CreatedBy), u"not recorded"_s);
        QCOMPARE(a->text(Active), u"on"_s);
        QCOMPARE(opened->memoryRow(u"E:"_s)->text(About), u"Whole business"_s);
        QCOMPARE(opened->memoryRow(u"B:"_s)->text(Expires), u"never"_s);
    }

    void filtersByEachControl_data()
    {
        // "objectName=value|...": combos by item text, spin boxes by value, the search by typing, the check box "on".
        QTest::addColumn<QString>("controls");
        QTest::addColumn<QString>("expected");
        QTest::newRow("scope") << u"memoryScopeFilter=A person"_s << u"A,B"_s;
        QTest::newRow("scope: whole business") << u"memoryScopeFilter=Whole business"_s << u"E"_s;
        QTest::newRow("person") << u"memoryPersonFilter=Ana"_s << u"A"_s;
        QTest::newRow("location") << u"memoryLocationFilter=Harbor"_s << u"C,G"_s;
        QTest::newRow("type") << u"memoryTypeFilter=pattern"_s << u"A,C"_s;
        QTest::newRow("minimum confidence") << u"memoryConfidenceFilter=0.85"_s << u"C"_s;
        QTest::newRow("expiring within 7 days") << u"memoryExpiryFilter=Expiring within"_s << u"A,G"_s;
        QTest::newRow("expiring within 3 days")
            << u"memoryExpiryFilter=Expiring within|memoryExpiryDaysFilter=3"_s << u"A"_s;
        QTest::newRow("expired") << u"memoryExpiryFilter=Expired"_s << u"D"_s;
        QTest::newRow("never expires") << u"memoryExpiryFilter=Never expires"_s << u"B,E"_s;
        QTest::newRow("search") << u"memorySearch=fridays"_s << u"A"_s;
        QTest::newRow("search by place") << u"memorySearch=harbor"_s << u"C,G"_s;
        QTest::newRow("switched off and expired") << u"showInactiveCheck=on"_s << u"A,B,C,D,E,F,G"_s;
        QTest::newRow("combined") << u"memoryPersonFilter=Ana|showInactiveCheck=on|memoryTypeFilter=preference"_s
                                  << u"F"_s;
        QTest::newRow("combined to nothing") << u"memoryLocationFilter=Hilltop|memoryConfidenceFilter=0.5"_s << u""_s;
    }

    void filtersByEachControl()
    {
        QFETCH(QString, controls);
        QFETCH(QString, expected);
        const auto opened = open(*m_db, m_fixture->id(u"maria"_s));
        QVERIFY(opened->loaded);
        QCOMPARE(opened->shown(), u"A,B,C,E,G"_s);
        for (const QString &control : controls.split(u'|')) {
            const QString name = control.section(u'=', 0, 0);
            const QString value = control.section(u'=', 1);
            QWidget *widget = opened->page->findChild<QWidget *>(name);
            QVERIFY2(widget && widget->isEnabled(), qPrintable(name));
            if (auto *box = qobject_cast<QComboBox *>(widget)) {
                const int index = box->findText(value);
                QVERIFY2(index >= 0, qPrintable(value));
                box->setCurrentIndex(index);
            } else if (auto *spin = qobject_cast<QDoubleSpinBox *>(widget)) {
                spin->setValue(value.toDouble());
            } else if (auto *days = qobject_cast<QSpinBox *>(widget)) {
                days->setValue(value.toInt());
            } else if (auto *edit = qobject_cast<QLineEdit *>(widget)) {
                QTest::keyClicks(edit, value);
            } else if (auto *check = qobject_cast<QCheckBox *>(widget)) {
                check->setChecked(true);
            }
        }
        QTRY_VERIFY_WITH_TIMEOUT(!opened->page->isBusy() && opened->shown() == expected, 10000);
        QCOMPARE(opened->page->memories().size(), expected.isEmpty() ? 0 : expected.count(u',') + 1);
        QCOMPARE(opened->page->findChild<QLabel *>(u"memoryCountLabel"_s)->text(),
                 expected.size() == 1 ? u"1 memory matches."_s
                                      : u"%1 memories match."_s.arg(opened->page->memories().size()));
    }

    void saysWhenTheLimitCutTheList()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        const QString maria = KnowledgeFixture::addUser(s, u"Maria"_s, u"admin"_s);
        s.exec(u"INSERT INTO ai_memory (scope, memory_type, content, last_observed_at) SELECT 'global', 'pattern', "
               "'Observation number ' || n || '.', now() - n * interval '1 minute' FROM generate_series(1, 205) n"_s);
        const auto opened = open(db, maria, QDateTime::currentDateTimeUtc());
        QVERIFY(opened->loaded);
        QCOMPARE(opened->memoryTree()->topLevelItemCount(), 200);
        QCOMPARE(opened->memoryTree()->topLevelItem(0)->text(Content), u"Observation number 1."_s); // the newest
        QCOMPARE(opened->page->memoryMatches(), 205);
        auto *count = opened->page->findChild<QLabel *>(u"memoryCountLabel"_s);
        QCOMPARE(count->text(),
                 u"Showing the newest 200 of 205 memories that match. Narrow the filters to see the rest."_s);
        QTest::keyClicks(opened->page->findChild<QLineEdit *>(u"memorySearch"_s), u"number 20"_s);
        QTRY_COMPARE_WITH_TIMEOUT(count->text(), u"7 memories match."_s, 10000); // 20 and 200-205
        QCOMPARE(opened->memoryTree()->topLevelItemCount(), 7);
    }

    void namesTheRunsBehindEachMemory()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        s.exec(u"UPDATE ai_config SET enabled = true, dry_run_mode = false"_s);
        const QString maria = KnowledgeFixture::addUser(s, u"Maria"_s, u"admin"_s);
        const QString ana = KnowledgeFixture::addUser(s, u"Ana"_s);
        const QString first = KnowledgeFixture::addRun(s, u"revenue_optimizer"_s, kFirstRun);
        const QString second = KnowledgeFixture::addRun(s, u"revenue_optimizer"_s, kSecondRun);
        const auto tool = std::make_shared<WriteMemoryTool>();
        const nlohmann::json arguments = {{"scope", "user"},
                                          {"userId", ana.toStdString()},
                                          {"memoryType", "pattern"},
                                          {"content", "Ana is often late on Fridays."},
                                          {"confidence", 0.6}};
        QCOMPARE(KnowledgeFixture::call(s, tool, first, kFirstRun, arguments).status,
                 ToolCallOutcome::Status::Executed);
        QCOMPARE(KnowledgeFixture::call(s, tool, second, kSecondRun, arguments).status,
                 ToolCallOutcome::Status::Executed);
        s.exec(u"INSERT INTO ai_memory (scope, memory_type, content, created_by_run_id, last_observed_at) VALUES "
               "('global', 'pattern', 'Quiet after the holidays.', '0badc0de-0000-4000-8000-000000000000', "
               "now() - interval '1 day'), ('global', 'pattern', 'Busy before the holidays.', NULL, "
               "now() - interval '2 days')"_s);

        const auto opened = open(db, maria, QDateTime::currentDateTimeUtc());
        QVERIFY(opened->loaded);
        QCOMPARE(opened->page->memories().size(), 3);
        const QTreeWidgetItem *confirmed = opened->memoryRow(u"Ana is often late"_s);
        QCOMPARE(confirmed->text(CreatedBy), u"Revenue Optimizer, 2 Mar 2026 11:00"_s);
        QVERIFY2(confirmed->text(LastConfirmed).endsWith(u" — Revenue Optimizer, 3 Mar 2026 11:00"_s),
                 qPrintable(confirmed->text(LastConfirmed)));
        QCOMPARE(confirmed->text(Seen), u"2 times"_s);
        QVERIFY(confirmed->toolTip(CreatedBy).contains(u"(run %1)"_s.arg(first)));
        QVERIFY(confirmed->toolTip(LastConfirmed).contains(u"(run %1)"_s.arg(second)));
        QCOMPARE(opened->memoryRow(u"Quiet after"_s)->text(CreatedBy), u"run 0badc0de (no record)"_s);
        QCOMPARE(opened->memoryRow(u"Busy before"_s)->text(CreatedBy), u"not recorded"_s);
        QVERIFY(opened->memoryRow(u"Busy before"_s)->toolTip(LastConfirmed).contains(u"is not recorded"_s));
    }

    void rewritesAMemoryThroughItsDialog()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        const KnowledgeFixture fixture(s);
        const auto opened = open(db, fixture.id(u"maria"_s));
        QVERIFY(opened->loaded);
        QSignalSpy messages(opened->page.get(), &PoliciesMemoryPage::message);
        opened->memoryTree()->setCurrentItem(opened->memoryRow(u"A:"_s));
        opened->click(u"editMemoryButton"_s);
        auto *dialog = opened->page->findChild<MemoryDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        QCOMPARE(dialog->findChild<QLabel *>(u"aboutLabel"_s)->text(), u"Ana (user)"_s);
        auto *content = dialog->findChild<QPlainTextEdit *>(u"contentField"_s);
        auto *type = dialog->findChild<QComboBox *>(u"memoryTypeField"_s);
        auto *confidence = dialog->findChild<QDoubleSpinBox *>(u"confidenceField"_s);
        QPushButton *save = dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Save);
        QCOMPARE(content->toPlainText(), u"A: Ana is often late on Fridays."_s);
        QCOMPARE(type->currentText(), u"pattern"_s);
        QCOMPARE(confidence->value(), 0.8);
        QVERIFY(save->isEnabled());

        // Problems show beside their field, and Save waits.
        content->setPlainText(u"Late."_s);
        type->setCurrentText(QString());
        QCOMPARE(dialog->problemFor(u"content"_s), u"Write the memory in at least a full sentence (10 characters)."_s);
        QVERIFY(dialog->findChild<QLabel *>(u"contentError"_s)->isVisible());
        QCOMPARE(dialog->problemFor(u"memoryType"_s), u"Give the memory a type, such as pattern or preference."_s);
        QVERIFY(dialog->problemFor(u"confidence"_s).isEmpty());
        QVERIFY(!save->isEnabled());
        dialog->accept(); // Enter on the form: refused too
        QVERIFY(dialog->isVisible());

        content->setPlainText(u"A: Ana is late on Fridays when the 7:40 bus is cancelled."_s);
        type->setCurrentText(u"context"_s);
        confidence->setValue(0.35);
        QVERIFY(dialog->problemFor(u"content"_s).isEmpty());
        QVERIFY(!dialog->findChild<QLabel *>(u"memoryTypeError"_s)->isVisible());
        QVERIFY(save->isEnabled());
        QTest::mouseClick(save, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!messages.isEmpty() && !opened->page->isBusy(), 10000);
        QCOMPARE(messages.front().front().toString(),
                 u"Memory saved. The Office Manager reads it this way from its next run."_s);

        const SqlRows audit =
            s.select(u"SELECT action, user_id::text, before_data ->> 'content', after_data ->> 'content', "
                     "before_data ->> 'memory_type', after_data ->> 'memory_type', "
                     "(before_data ->> 'confidence')::float8, (after_data ->> 'confidence')::float8 "
                     "FROM audit_logs"_s);
        QCOMPARE(audit.size(), 1);
        const QVariantList row = audit.rows.front();
        QCOMPARE(row.at(0).toString(), u"ai_memory.update"_s);
        QCOMPARE(row.at(1).toString(), fixture.id(u"maria"_s));
        QCOMPARE(row.at(2).toString(), u"A: Ana is often late on Fridays."_s);
        QCOMPARE(row.at(3).toString(), u"A: Ana is late on Fridays when the 7:40 bus is cancelled."_s);
        QCOMPARE(row.at(4).toString(), u"pattern"_s);
        QCOMPARE(row.at(5).toString(), u"context"_s);
        QCOMPARE(row.at(6).toDouble(), 0.8);
        QCOMPARE(row.at(7).toDouble(), 0.35);

        // The row shows it, and the new type is a filter choice.
        const QTreeWidgetItem *edited = opened->memoryRow(u"A:"_s);
        QCOMPARE(edited->text(Content), u"A: Ana is late on Fridays when the 7:40 bus is cancelled."_s);
        QCOMPARE(edited->text(Type), u"context"_s);
        QCOMPARE(edited->text(Confidence), u"0.35"_s);
        QVERIFY(opened->page->findChild<QComboBox *>(u"memoryTypeFilter"_s)->findText(u"context"_s) > 0);

        // Cancelled: nothing written.
        opened->memoryTree()->setCurrentItem(opened->memoryRow(u"B:"_s));
        opened->click(u"editMemoryButton"_s);
        dialog = opened->page->findChild<MemoryDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        dialog->findChild<QPlainTextEdit *>(u"contentField"_s)->setPlainText(u"Ben likes evenings after all."_s);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Cancel),
                          Qt::LeftButton);
        QTRY_VERIFY(!opened->page->findChild<MemoryDialog *>());
        QCOMPARE(s.scalar(u"SELECT count(*) FROM audit_logs"_s).toInt(), 1);
        QCOMPARE(opened->memoryRow(u"B:"_s)->text(Content), u"B: Ben prefers morning shifts on sale days."_s);
    }

    void picksAnExpiryInBusinessTime()
    {
        TestDatabase db;
        SqlSession &s = db.session();
        Migrator().migrate(s);
        const KnowledgeFixture fixture(s);
        const auto opened = open(db, fixture.id(u"maria"_s));
        QVERIFY(opened->loaded);
        opened->memoryTree()->setCurrentItem(opened->memoryRow(u"B:"_s)); // never expires
        opened->click(u"expiryButton"_s);
        auto *dialog = opened->page->findChild<ExpiryDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        auto *when = dialog->findChild<QDateTimeEdit *>(u"expiryEdit"_s);
        // Thirty days from now, as the business's clock reads it: 9 April 2026 05:00 in Los Angeles.
        QCOMPARE(when->dateTime(), QDateTime(QDate(2026, 4, 9), QTime(5, 0)));
        when->setDateTime(QDateTime(QDate(2026, 4, 1), QTime(9, 0)));
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Ok),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!opened->page->isBusy() && opened->memoryRow(u"B:"_s)->text(Expires) != u"never"_s,
                                 10000);
        QCOMPARE(opened->memoryRow(u"B:"_s)->text(Expires), u"1 Apr 2026 09:00"_s);
        QCOMPARE(s.scalar(u"SELECT expires_at = '2026-04-01 16:00:00+00' FROM ai_memory WHERE content LIKE 'B:%'"_s)
                     .toBool(),
                 true);
        QCOMPARE(s.scalar(u"SELECT action FROM audit_logs"_s).toString(), u"ai_memory.expiry"_s);
    }

    void saysWhoWroteEachPolicy()
    {
        TestDatabase db(TestDatabase::Schema::FirstAiRelease); // TeamTime's own release kept who added a policy
        SqlSession &s = db.session();
        Migrator().migrate(s);
        s.exec(u"UPDATE ai_config SET enabled = true, dry_run_mode = false"_s);
        const QString maria = KnowledgeFixture::addUser(s, u"Maria"_s, u"admin"_s);
        const QString olga = KnowledgeFixture::addUser(s, u"Olga"_s, u"manager"_s);
        s.exec(u"INSERT INTO ai_policy_notes (content, priority, created_by_user_id) VALUES "
               "('Greet every customer within a minute.', 40, ?::uuid)"_s,
               {olga});
        const QString run = KnowledgeFixture::addRun(s, u"revenue_optimizer"_s, kFirstRun);
        QCOMPARE(KnowledgeFixture::call(
                     s, std::make_shared<UpdatePolicyTool>(), run, kFirstRun,
                     {{"action", "create"}, {"content", "Close the Harbor till at 17:30."}, {"priority", 60}})
                     .status,
                 ToolCallOutcome::Status::Executed);
        const auto updated = [&](const QString &content) {
            return s
                .scalar(u"SELECT to_char(updated_at AT TIME ZONE 'America/Los_Angeles', 'FMDD Mon YYYY HH24:MI') "
                        "FROM ai_policy_notes WHERE content = ?"_s,
                        {content})
                .toString();
        };

        const auto opened = open(db, maria, QDateTime::currentDateTimeUtc());
        QVERIFY(opened->loaded);
        QTreeWidget *tree = opened->policyTree();
        QCOMPARE(tree->topLevelItemCount(), 2);
        QTreeWidgetItem *fromRun = tree->topLevelItem(0); // priority 60 first
        QCOMPARE(fromRun->text(5), u"Close the Harbor till at 17:30."_s);
        QCOMPARE(fromRun->text(3), u"Revenue Optimizer, 2 Mar 2026 11:00"_s);
        QVERIFY(fromRun->toolTip(3).contains(
            u"Last written by a run: Revenue Optimizer, 2 Mar 2026 11:00 (run %1)."_s.arg(run)));
        QCOMPARE(fromRun->text(4), updated(u"Close the Harbor till at 17:30."_s));
        QTreeWidgetItem *fromWeb = tree->topLevelItem(1);
        QCOMPARE(fromWeb->text(3), u"Olga (in TeamTime)"_s);
        QVERIFY(fromWeb->toolTip(3).contains(u"Added in TeamTime by Olga."_s));
        QCOMPARE(fromWeb->text(4), updated(u"Greet every customer within a minute."_s));

        // Maria reprioritises the run's policy through its dialog: now it reads as hers.
        tree->setCurrentItem(fromRun);
        opened->click(u"editPolicyButton"_s);
        auto *dialog = opened->page->findChild<PolicyDialog *>();
        QVERIFY(dialog && dialog->isVisible());
        dialog->findChild<QSpinBox *>(u"prioritySpin"_s)->setValue(85);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>(u"buttonBox"_s)->button(QDialogButtonBox::Save),
                          Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!opened->page->isBusy() && tree->topLevelItem(0)->text(0) == u"85"_s, 10000);
        QTreeWidgetItem *edited = tree->topLevelItem(0);
        QCOMPARE(edited->text(3), u"Maria (manager)"_s);
        QVERIFY(edited->toolTip(3).contains(u"Last changed by a manager: Maria, "_s));
        QVERIFY(edited->toolTip(3).contains(u"(ai_policy_notes.update)"_s));
        QVERIFY(edited->toolTip(3).contains(u"Last written by a run: Revenue Optimizer, 2 Mar 2026 11:00"_s));
        QCOMPARE(edited->text(4), updated(u"Close the Harbor till at 17:30."_s));
        QCOMPARE(
            s.scalar(u"SELECT count(*) FROM audit_logs WHERE action = 'ai_policy_notes.update' AND user_id = ?::uuid"_s,
                     {maria})
                .toInt(),
            1);
    }

    void survivesBeingClosedMidLoad()
    {
        auto session = std::make_unique<ConsoleSession>(m_db->settings());
        session->setUser({m_fixture->id(u"maria"_s), u"Maria"_s, {}, u"admin"_s});
        auto *page = new PoliciesMemoryPage(*session);
        page->show();
        QVERIFY(page->isBusy());
        delete page;     // the read is still in flight
        session.reset(); // its workers finish: the page's coroutine resumes, finds the page gone and returns
        QTest::qWait(100);
        // A page opened afterwards works as usual.
        const auto opened = open(*m_db, m_fixture->id(u"maria"_s));
        QVERIFY(opened->loaded);
        QCOMPARE(opened->shown(), u"A,B,C,E,G"_s);
    }
};

QTEST_MAIN(TestPoliciesMemoryPage)
#include "tst_policiesmemorypage.moc"
