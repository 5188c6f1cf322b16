#include "connect/signindialog.h"

#include "app/consolesession.h"
#include "db/dberror.h"
#include "services/enginesession.h"
#include "services/signinservice.h"
#include "ui_signindialog.h"

#include <QPointer>
#include <QPushButton>

using namespace Qt::Literals::StringLiterals;

SignInDialog::SignInDialog(ConsoleSession &session, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SignInDialog>()), m_session(session)
{
    m_ui->setupUi(this);
    m_ui->databaseLabel->setText(tr("Database: %1").arg(session.settings().redactedUrl()));
    m_ui->errorLabel->hide();
    m_ui->buttonBox->button(QDialogButtonBox::Ok)->setText(tr("&Sign in"));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SignInDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SignInDialog::reject);
    m_ui->loginEdit->setFocus();
}

SignInDialog::~SignInDialog() = default;

void SignInDialog::setHint(const QString &hint)
{
    m_ui->introLabel->setText(hint.isEmpty() ? tr("Sign in with your TeamTime account. Admins and managers only.")
                                             : tr("Sign in with your TeamTime account. Admins and managers only.") +
                                                   u"\n"_s + hint);
}

void SignInDialog::accept()
{
    if (!m_checking)
        check();
}

QCoro::Task<void> SignInDialog::check()
{
    m_checking = true;
    m_ui->buttonBox->setEnabled(false);
    m_ui->errorLabel->setText(tr("Checking…"));
    m_ui->errorLabel->show();
    QPointer<SignInDialog> self(this);
    const QString login = m_ui->loginEdit->text();
    const QString password = m_ui->passwordEdit->text();
    SignIn::Result result;
    try {
        QCoro::Task<SignIn::Result> checking = m_session.engine().signIn().authenticate(login, password);
        result = co_await checking;
    } catch (const DbError &error) {
        result.error = error.message();
    }
    if (!self)
        co_return;
    m_checking = false;
    m_ui->buttonBox->setEnabled(true);
    if (!result.user) {
        m_ui->errorLabel->setText(result.error);
        m_ui->passwordEdit->clear();
        m_ui->passwordEdit->setFocus();
        co_return;
    }
    m_session.setUser(*result.user);
    QDialog::accept();
}
