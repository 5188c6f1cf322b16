#include "checks/checkspage.h"

#include "diagnostics/doctor.h"
#include "ui_checkspage.h"

#include <QHeaderView>
#include <QPointer>
#include <QStandardItemModel>

using namespace Qt::Literals::StringLiterals;

ChecksPage::ChecksPage(QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::ChecksPage>()), m_checks(new QStandardItemModel(this))
{
    m_ui->setupUi(this);
    m_checks->setHorizontalHeaderLabels({tr("Check"), tr("Verdict"), tr("Details")});
    m_ui->checksTree->setModel(m_checks);
    QFont heading = m_ui->headingLabel->font();
    heading.setPointSizeF(heading.pointSizeF() * 1.4);
    heading.setBold(true);
    m_ui->headingLabel->setFont(heading);
    m_ui->checksTree->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_ui->checksTree->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    connect(m_ui->recheckButton, &QPushButton::clicked, this, [this]() { runChecks(); });
}

ChecksPage::~ChecksPage() = default;

void ChecksPage::showDatabase(const ConnectionSettings &settings)
{
    m_settings = settings;
    m_ui->databaseLabel->setText(tr("Database: %1").arg(settings.redactedUrl()));
    runChecks();
}

void ChecksPage::showError(const QString &sentence)
{
    m_ui->headingLabel->setText(tr("Could not open the database"));
    m_ui->databaseLabel->setText(sentence);
    m_ui->recheckButton->setEnabled(false);
}

QCoro::Task<void> ChecksPage::runChecks()
{
    if (m_checking)
        co_return;
    m_checking = true;
    m_ui->recheckButton->setEnabled(false);
    m_ui->headingLabel->setText(tr("Checking the database…"));
    Q_EMIT statusMessage(tr("Connecting to %1…").arg(m_settings.endpoint()));

    QPointer<ChecksPage> self(this);
    Doctor doctor(m_settings);
    QCoro::Task<QList<DoctorCheck>> running = doctor.run();
    const QList<DoctorCheck> checks = co_await running;
    if (!self)
        co_return; // the window closed while the checks ran

    m_checks->removeRows(0, m_checks->rowCount());
    const auto cell = [](const QString &text) {
        auto *item = new QStandardItem(text);
        item->setToolTip(text);
        return item;
    };
    for (const DoctorCheck &check : checks) {
        auto *verdict = new QStandardItem;
        switch (check.verdict) {
        case DoctorCheck::Verdict::Ok:
            verdict->setText(tr("OK"));
            verdict->setIcon(style()->standardIcon(QStyle::SP_DialogApplyButton));
            break;
        case DoctorCheck::Verdict::Warning:
            verdict->setText(tr("Warning"));
            verdict->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
            break;
        case DoctorCheck::Verdict::Failed:
            verdict->setText(tr("Failed"));
            verdict->setIcon(style()->standardIcon(QStyle::SP_MessageBoxCritical));
            break;
        }
        auto *title = new QStandardItem(check.title);
        // What the check looked at (every index the engine added): under it, folded away.
        for (const DoctorCheck::Item &looked : check.items)
            title->appendRow({new QStandardItem(looked.name), new QStandardItem, cell(looked.detail)});
        m_checks->appendRow({title, verdict, cell(check.detail)});
    }
    const bool passed = Doctor::allPassed(checks);
    m_ui->headingLabel->setText(passed ? tr("Ready: the database is set up for the agents")
                                       : tr("Something needs attention before the agents can run"));
    Q_EMIT statusMessage(passed ? tr("All checks passed") : tr("Some checks failed"));
    m_ui->recheckButton->setEnabled(true);
    m_checking = false;
}
