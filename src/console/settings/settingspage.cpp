#include "settings/settingspage.h"

#include "app/consolesession.h"
#include "app/idlelock.h"
#include "common/pagetask.h"
#include "services/businesssettingsservice.h"
#include "services/enginesession.h"
#include "ui_settingspage.h"

#include <QCoreApplication>
#include <QTimeZone>

using namespace Qt::Literals::StringLiterals;

SettingsPage::SettingsPage(ConsoleSession &session, QWidget *parent)
    : QWidget(parent), m_ui(std::make_unique<Ui::SettingsPage>()), m_session(session)
{
    m_ui->setupUi(this);
    for (const QByteArray &id : QTimeZone::availableTimeZoneIds())
        m_ui->timeZoneCombo->addItem(QString::fromUtf8(id));
    m_ui->timeZoneError->hide();
    connect(m_ui->timeZoneCombo, &QComboBox::currentTextChanged, this, &SettingsPage::validate);
    connect(m_ui->businessNameEdit, &QLineEdit::textChanged, this, &SettingsPage::validate);
    connect(m_ui->saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(m_ui->revertButton, &QPushButton::clicked, this, [this] { showSettings(m_saved); });
    // A setting of this computer, saved as it changes (not shared through the database).
    m_ui->lockSpin->setValue(IdleLock::configuredMinutes());
    connect(m_ui->lockSpin, &QSpinBox::valueChanged, this,
            [](int minutes) { IdleLock::setConfiguredMinutes(minutes); });
    m_ui->autostartCheck->setChecked(m_autostart.isEnabled());
    connect(m_ui->autostartCheck, &QCheckBox::toggled, this, &SettingsPage::setStartsWithSession);
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::setStartArguments(const QStringList &arguments)
{
    m_startArguments = arguments;
    if (m_autostart.isEnabled())
        m_autostart.enable(QCoreApplication::applicationFilePath(), m_startArguments);
}

void SettingsPage::setAutostartEntry(const AutostartEntry &entry)
{
    m_autostart = entry;
    const QSignalBlocker blocker(m_ui->autostartCheck);
    m_ui->autostartCheck->setChecked(m_autostart.isEnabled());
}

void SettingsPage::setStartsWithSession(bool on)
{
    const bool done =
        on ? m_autostart.enable(QCoreApplication::applicationFilePath(), m_startArguments) : m_autostart.disable();
    if (done) {
        m_ui->computerStatusLabel->setText(
            on ? tr("The console will start in the tray when you log in to this computer.")
               : tr("The console will no longer start when you log in."));
        return;
    }
    m_ui->computerStatusLabel->setText(m_autostart.errorString());
    const QSignalBlocker blocker(m_ui->autostartCheck);
    m_ui->autostartCheck->setChecked(m_autostart.isEnabled());
}

BusinessSettings SettingsPage::edited() const
{
    BusinessSettings s;
    s.businessName = m_ui->businessNameEdit->text().trimmed();
    s.timeZone = m_ui->timeZoneCombo->currentText().trimmed();
    s.notifyRunFailures = m_ui->notifyFailuresCheck->isChecked();
    s.notifyApprovals = m_ui->notifyApprovalsCheck->isChecked();
    s.notifyBudget = m_ui->notifyBudgetCheck->isChecked();
    return s;
}

void SettingsPage::showSettings(const BusinessSettings &s)
{
    m_ui->businessNameEdit->setText(s.businessName);
    m_ui->timeZoneCombo->setCurrentText(s.timeZone);
    m_ui->notifyFailuresCheck->setChecked(s.notifyRunFailures);
    m_ui->notifyApprovalsCheck->setChecked(s.notifyApprovals);
    m_ui->notifyBudgetCheck->setChecked(s.notifyBudget);
    validate();
}

void SettingsPage::validate()
{
    const QList<FieldProblem> problems = BusinessSettings::validate(edited());
    QString zoneProblem;
    for (const FieldProblem &p : problems)
        if (p.field == u"timeZone"_s)
            zoneProblem = p.message;
    m_ui->timeZoneError->setText(zoneProblem);
    m_ui->timeZoneError->setVisible(!zoneProblem.isEmpty());
    m_ui->saveButton->setEnabled(problems.isEmpty() && !m_busy && m_session.isSignedIn());
}

QCoro::Task<void> SettingsPage::load()
{
    PageTask work(this, [this](const QString &sentence) { m_ui->statusLabel->setText(sentence); });
    work.busy(m_busy);
    QCoro::Task<std::optional<BusinessSettings>> reading = work.run(m_session.engine().businessSettings().load());
    const std::optional<BusinessSettings> loaded = co_await reading;
    if (!loaded)
        co_return;
    m_saved = *loaded;
    m_busy = false; // before showing them, so that they can be saved
    showSettings(*loaded);
    m_ui->statusLabel->clear();
}

QCoro::Task<void> SettingsPage::save()
{
    const BusinessSettings settings = edited();
    if (!BusinessSettings::validate(settings).isEmpty() || m_busy || !m_session.isSignedIn())
        co_return;
    PageTask work(this,
                  [this](const QString &sentence) { m_ui->statusLabel->setText(tr("Not saved: %1").arg(sentence)); });
    work.busy(m_busy).finally([this] { validate(); });
    validate();
    QCoro::Task<bool> saving = work.run(m_session.engine().businessSettings().save(settings, m_session.user().id));
    const bool saved = co_await saving;
    if (!saved)
        co_return;
    m_saved = settings;
    m_ui->statusLabel->setText(tr("Saved. Every console and server now uses these settings."));
    Q_EMIT savedSettings(settings);
}
