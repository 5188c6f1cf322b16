#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

// "Start with my session, in the tray": the XDG autostart entry ($XDG_CONFIG_HOME/autostart) that opens the console
// in the tray when the user logs in. It is written from the template the package also installs
// (packaging/desktop/…-autostart.desktop), with this program's path and the database to reopen; the password is
// never part of it (the console reads it from the keychain). A setting of this computer and this user only.
class AutostartEntry
{
    Q_DECLARE_TR_FUNCTIONS(AutostartEntry)

public:
    static constexpr auto kFileName = "invalid.mentats.Console.desktop";

    explicit AutostartEntry(QString directory = defaultDirectory());

    static QString defaultDirectory();
    QString filePath() const;

    // Present, and not switched off by the desktop (Hidden=true or X-GNOME-Autostart-enabled=false).
    bool isEnabled() const;
    // Writes the entry to start `program --tray <arguments>`; false with errorString() when it cannot be written.
    bool enable(const QString &program, const QStringList &arguments);
    bool disable();
    QString errorString() const { return m_error; }

    // The Exec value for program and arguments, quoted and escaped as the Desktop Entry Specification says.
    static QString execLine(const QString &program, const QStringList &arguments);

private:
    QString m_directory;
    QString m_error;
};
