#include "checks/checkspage.h"

#include "diagnostics/doctor.h"
#include "ui_checkspage.h"

#include <QHeaderView>
#include <QPointer>

using namespace Qt::Literals::StringLiterals;

ChecksPage::ChecksPage(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::ChecksPage>())
{
    m_ui->setupUi(this);
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

    m_ui->checksTree->clear();
    for (const DoctorCheck &check : checks) {
        auto *item = new QTreeWidgetItem(m_ui->checksTree);
        item->setText(0, check.title);
        switch (check.verdict) {
        case DoctorCheck::Verdict::Ok:
            item->setText(1, tr("OK"));
            item->setIcon(1, style()->standardIcon(QStyle::SP_DialogApplyButton));
            break;
        case DoctorCheck::Verdict::Warning:
            item->setText(1, tr("Warning"));
            item->setIcon(1, style()->standardIcon(QStyle::SP_MessageBoxWarning));
            break;
        case DoctorCheck::Verdict::Failed:
            item->setText(1, tr("Failed"));
            item->setIcon(1, style()->standardIcon(QStyle::SP_MessageBoxCritical));
            break;
        }
        item->setText(2, check.detail);
        item->setToolTip(2, check.detail);
    }
    const bool passed = Doctor::allPassed(checks);
    m_ui->headingLabel->setText(passed ? tr("Ready: the database is set up for the agents")
                                       : tr("Something needs attention before the agents can run"));
    Q_EMIT statusMessage(passed ? tr("All checks passed") : tr("Some checks failed"));
    m_ui->recheckButton->setEnabled(true);
    m_checking = false;
}
