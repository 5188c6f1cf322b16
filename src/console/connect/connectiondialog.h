#pragma once

#include "db/connectionsettings.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ConnectionDialog;
}

// The first-start question: which TeamTime database (host, port, database, user, password, TLS mode), or the local
// demo. Recent connections are offered from QSettings — never with their passwords, which the caller keeps in the
// keychain when "remember" is on.
class ConnectionDialog : public QDialog
{
    Q_OBJECT

public:
    static constexpr int kMaxRecent = 8;

    explicit ConnectionDialog(QWidget *parent = nullptr);
    ~ConnectionDialog() override;

    bool demoChosen() const { return m_demo; }
    ConnectionSettings settings() const; // with the typed password, if any
    bool rememberPassword() const;

    // Recent connections (password-free URLs), newest first.
    static QStringList recent();
    static void remember(const ConnectionSettings &settings);

    void accept() override;

private:
    void fill(const ConnectionSettings &settings);

    std::unique_ptr<Ui::ConnectionDialog> m_ui;
    bool m_demo = false;
};
