#include "connect/connectiondialog.h"

#include "db/dberror.h"
#include "ui_connectiondialog.h"

#include <QPushButton>
#include <QSettings>

using namespace Qt::Literals::StringLiterals;

namespace {
const QString kRecentKey = u"connections/recent"_s;
} // namespace

ConnectionDialog::ConnectionDialog(QWidget *parent) : QDialog(parent), m_ui(std::make_unique<Ui::ConnectionDialog>())
{
    m_ui->setupUi(this);
    m_ui->errorLabel->hide();
    m_ui->tlsCombo->addItem(tr("prefer (default)"), QString());
    for (const QString &mode : {u"disable"_s, u"require"_s, u"verify-ca"_s, u"verify-full"_s})
        m_ui->tlsCombo->addItem(mode, mode);
    m_ui->recentCombo->addItem(tr("(new connection)"));
    for (const QString &url : recent())
        m_ui->recentCombo->addItem(url, url);
    m_ui->recentLabel->setVisible(m_ui->recentCombo->count() > 1);
    m_ui->recentCombo->setVisible(m_ui->recentCombo->count() > 1);
    connect(m_ui->recentCombo, &QComboBox::currentIndexChanged, this, [this](int index) {
        const QString url = m_ui->recentCombo->itemData(index).toString();
        if (!url.isEmpty())
            fill(ConnectionSettings::fromUrl(url));
    });
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Connect"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &ConnectionDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &ConnectionDialog::reject);
    connect(m_ui->demoButton, &QPushButton::clicked, this, [this] {
        m_demo = true;
        QDialog::accept();
    });
    if (m_ui->recentCombo->count() > 1)
        m_ui->recentCombo->setCurrentIndex(1);
}

ConnectionDialog::~ConnectionDialog() = default;

void ConnectionDialog::fill(const ConnectionSettings &s)
{
    m_ui->hostEdit->setText(s.host);
    m_ui->portSpin->setValue(s.port);
    m_ui->databaseEdit->setText(s.database);
    m_ui->userEdit->setText(s.user);
    m_ui->tlsCombo->setCurrentIndex(std::max(0, m_ui->tlsCombo->findData(s.sslMode)));
    m_ui->passwordEdit->clear();
}

ConnectionSettings ConnectionDialog::settings() const
{
    ConnectionSettings s;
    s.host = m_ui->hostEdit->text().trimmed();
    s.port = m_ui->portSpin->value();
    s.database = m_ui->databaseEdit->text().trimmed();
    s.user = m_ui->userEdit->text().trimmed();
    s.password = m_ui->passwordEdit->text();
    s.sslMode = m_ui->tlsCombo->currentData().toString();
    s.applicationName = u"mentats-console"_s;
    return s;
}

bool ConnectionDialog::rememberPassword() const
{
    return m_ui->rememberCheck->isChecked();
}

void ConnectionDialog::accept()
{
    QString problem;
    const ConnectionSettings s = settings();
    if (s.host.isEmpty())
        problem = tr("Enter the database server's host name (or a socket directory).");
    else if (s.database.isEmpty())
        problem = tr("Enter the name of TeamTime's database.");
    else if (s.user.isEmpty())
        problem = tr("Enter the database user.");
    m_ui->errorLabel->setText(problem);
    m_ui->errorLabel->setVisible(!problem.isEmpty());
    if (!problem.isEmpty())
        return;
    m_demo = false;
    QDialog::accept();
}

QStringList ConnectionDialog::recent()
{
    return QSettings().value(kRecentKey).toStringList();
}

void ConnectionDialog::remember(const ConnectionSettings &settings)
{
    ConnectionSettings withoutPassword = settings;
    withoutPassword.password.clear();
    const QString url = withoutPassword.redactedUrl();
    QStringList list = recent();
    list.removeAll(url);
    list.prepend(url);
    QSettings().setValue(kRecentKey, list.mid(0, kMaxRecent));
}
