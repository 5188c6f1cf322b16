#pragma once

#include <QCoroTask>
#include <QString>

class MainWindow;
class SecretStore;

// Decides what the console opens on — --db URL, MENTATS_DATABASE_URL, or --demo (the local demo database, started
// or reused in the background while the window is already up) — and takes it from there: the database checks,
// the pending migrations (said and applied on confirmation), sign-in, then the full window.
class ConsoleLauncher
{
public:
    struct Options
    {
        QString databaseUrl;
        bool demo = false;
        QString demoDirectory;
    };

    static Options parse(const QStringList &arguments);
    static QCoro::Task<void> open(MainWindow *window, Options options, SecretStore *secrets);
};
