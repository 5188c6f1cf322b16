#pragma once

#include "db/connectionsettings.h"

#include <QCoroTask>
#include <QString>
#include <optional>

class MainWindow;
class SecretStore;

// What the console opens on — --db URL, MENTATS_DATABASE_URL, or --demo (the local demo database, started or reused
// in the background while the window is already up) — as the command line says it, as the connection dialog asks
// it, and as the autostart entry and a switch of database repeat it. ConsoleApplication takes it from there.
class ConsoleLauncher
{
public:
    struct Options
    {
        QString databaseUrl;
        bool demo = false;
        QString demoDirectory;
        bool tray = false; // started with the session: stay in the tray once signed in (when there is one)
    };

    static Options parse(const QStringList &arguments);
    // The connection dialog: the chosen database's URL with its password (kept in the keychain when the manager
    // asks, and added to the recent connections without it), "" for the demo, nothing when cancelled.
    static QCoro::Task<std::optional<QString>> askForDatabase(MainWindow *window, SecretStore *secrets);
    // The arguments that open the same database again (for the autostart entry): never the password.
    static QStringList reopenArguments(const Options &options, const ConnectionSettings &settings);
};
