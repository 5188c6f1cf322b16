#pragma once

#include <QCoroTask>
#include <QDialog>
#include <memory>

namespace Ui {
class SignInDialog;
}
class ConsoleSession;

// Asks for a TeamTime admin's or manager's email or username and password, and checks them on a worker thread
// (Argon2 takes tens of milliseconds; the dialog stays responsive). Accepted once the session has a user.
class SignInDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SignInDialog(ConsoleSession &session, QWidget *parent = nullptr);
    ~SignInDialog() override;

    void accept() override;
    // A line under the introduction (the demo's credentials).
    void setHint(const QString &hint);
    bool isChecking() const { return m_checking; }

private:
    QCoro::Task<void> check();

    std::unique_ptr<Ui::SignInDialog> m_ui;
    ConsoleSession &m_session;
    bool m_checking = false;
};
