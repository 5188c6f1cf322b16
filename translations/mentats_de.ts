<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ConsoleLauncher</name>
    <message>
        <location filename="../src/console/consolelauncher.cpp" line="37"/>
        <source>Starting the demo database…</source>
        <translation>Die Demo-Datenbank wird gestartet…</translation>
    </message>
    <message>
        <location filename="../src/console/consolelauncher.cpp" line="48"/>
        <source>No database given: start the console with --db postgresql://user@host/teamtime, set MENTATS_DATABASE_URL, or use --demo.</source>
        <translation>Keine Datenbank angegeben: Starten Sie die Konsole mit --db postgresql://benutzer@host/teamtime, setzen Sie MENTATS_DATABASE_URL oder verwenden Sie --demo.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../src/console/mainwindow.cpp" line="28"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../src/console/mainwindow.cpp" line="34"/>
        <source>Could not open the database</source>
        <translation>Die Datenbank konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../src/console/mainwindow.cpp" line="45"/>
        <source>Checking the database…</source>
        <translation>Die Datenbank wird geprüft…</translation>
    </message>
    <message>
        <location filename="../src/console/mainwindow.cpp" line="46"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../src/console/mainwindow.cpp" line="61"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location filename="../src/console/mainwindow.cpp" line="65"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location filename="../src/console/mainwindow.cpp" line="69"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/console/mainwindow.cpp" line="77"/>
        <source>Ready: the database is set up for the agents</source>
        <translation>Bereit: Die Datenbank ist für die Agenten eingerichtet</translation>
    </message>
    <message>
        <location filename="../src/console/mainwindow.cpp" line="78"/>
        <source>Something needs attention before the agents can run</source>
        <translation>Bevor die Agenten laufen können, ist etwas zu erledigen</translation>
    </message>
    <message>
        <location filename="../src/console/mainwindow.cpp" line="79"/>
        <source>All checks passed</source>
        <translation>Alle Prüfungen bestanden</translation>
    </message>
    <message>
        <location filename="../src/console/mainwindow.cpp" line="79"/>
        <source>Some checks failed</source>
        <translation>Einige Prüfungen sind fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="9"/>
        <source>Mentats Console</source>
        <translation>Mentats-Konsole</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="15"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="29"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="30"/>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="31"/>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="43"/>
        <source>&amp;Check again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
</context>
</TS>
