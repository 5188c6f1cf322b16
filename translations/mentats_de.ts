<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AgentEditor</name>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="70"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="85"/>
        <source>&amp;Enabled — the kill switch: off stops the agent before its next tool call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="88"/>
        <source>&amp;Dry run — decide and log, send nothing to staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="93"/>
        <source>&amp;Provider:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="96"/>
        <source>&amp;Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="98"/>
        <source>the provider&apos;s default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="99"/>
        <source>&amp;Base URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="105"/>
        <source>Set &amp;Key…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="107"/>
        <source>Clear Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="112"/>
        <source>API key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="116"/>
        <source>&amp;Tone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="121"/>
        <source>T&amp;emperature:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="132"/>
        <source>&amp;Schedule (cron):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="134"/>
        <source>Schedule (cron)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="138"/>
        <source>Max &amp;context tokens:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="142"/>
        <source>Cap at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="148"/>
        <source>Daily budget in dollars</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="151"/>
        <source>Daily &amp;budget:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="158"/>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="159"/>
        <source>&amp;Save Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="161"/>
        <source>&amp;Preview Prompt…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="170"/>
        <location filename="../src/console/agenteditor.cpp" line="174"/>
        <source>Custom instructions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="175"/>
        <source>What the managers want this agent to keep in mind, in plain words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="180"/>
        <source>What changed (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="181"/>
        <source>Version note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="182"/>
        <source>Save as &amp;New Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="187"/>
        <source>History (select two versions to compare):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="190"/>
        <source>Instruction versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="195"/>
        <source>Differences between versions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="197"/>
        <source>Roll &amp;Back to Selected Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="222"/>
        <source>API key for the %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="223"/>
        <source>Paste the %1 API key. It is kept in this computer&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="322"/>
        <source>not needed (offline)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="323"/>
        <source>set (in this computer&apos;s keychain)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="324"/>
        <source>not set — the environment&apos;s key, or offline rules, are used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="344"/>
        <source>Next runs (%1): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="366"/>
        <source>TeamTime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="367"/>
        <source>Version %1 — %2, %3%4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="411"/>
        <source>Saved. The scheduler and every console use it from the next tool call on.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="416"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="440"/>
        <source>Instructions saved as version %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="444"/>
        <source>Instructions not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="467"/>
        <source>Rolled back: version %1 has the text of version %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="499"/>
        <source>From version %1 to version %2:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="532"/>
        <source>API key removed from the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="532"/>
        <source>API key stored in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="557"/>
        <source>The prompt could not be assembled: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="564"/>
        <source>The %1&apos;s prompt, as it would be sent now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/agenteditor.cpp" line="568"/>
        <source>Prompt</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <location filename="../ui/checkspage.ui" line="11"/>
        <location filename="../build/src/console/ui_checkspage.h" line="85"/>
        <source>Connecting…</source>
        <translation type="unfinished">Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../ui/checkspage.ui" line="25"/>
        <location filename="../build/src/console/ui_checkspage.h" line="89"/>
        <source>Check</source>
        <translation type="unfinished">Prüfung</translation>
    </message>
    <message>
        <location filename="../ui/checkspage.ui" line="26"/>
        <location filename="../build/src/console/ui_checkspage.h" line="88"/>
        <source>Verdict</source>
        <translation type="unfinished">Ergebnis</translation>
    </message>
    <message>
        <location filename="../ui/checkspage.ui" line="27"/>
        <location filename="../build/src/console/ui_checkspage.h" line="87"/>
        <source>Details</source>
        <translation type="unfinished">Einzelheiten</translation>
    </message>
    <message>
        <location filename="../ui/checkspage.ui" line="39"/>
        <location filename="../build/src/console/ui_checkspage.h" line="90"/>
        <source>&amp;Check again</source>
        <translation type="unfinished">&amp;Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../src/console/checkspage.cpp" line="28"/>
        <source>Database: %1</source>
        <translation type="unfinished">Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../src/console/checkspage.cpp" line="34"/>
        <source>Could not open the database</source>
        <translation type="unfinished">Die Datenbank konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location filename="../src/console/checkspage.cpp" line="45"/>
        <source>Checking the database…</source>
        <translation type="unfinished">Die Datenbank wird geprüft…</translation>
    </message>
    <message>
        <location filename="../src/console/checkspage.cpp" line="46"/>
        <source>Connecting to %1…</source>
        <translation type="unfinished">Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../src/console/checkspage.cpp" line="61"/>
        <source>OK</source>
        <translation type="unfinished">OK</translation>
    </message>
    <message>
        <location filename="../src/console/checkspage.cpp" line="65"/>
        <source>Warning</source>
        <translation type="unfinished">Warnung</translation>
    </message>
    <message>
        <location filename="../src/console/checkspage.cpp" line="69"/>
        <source>Failed</source>
        <translation type="unfinished">Fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../src/console/checkspage.cpp" line="77"/>
        <source>Ready: the database is set up for the agents</source>
        <translation type="unfinished">Bereit: Die Datenbank ist für die Agenten eingerichtet</translation>
    </message>
    <message>
        <location filename="../src/console/checkspage.cpp" line="78"/>
        <source>Something needs attention before the agents can run</source>
        <translation type="unfinished">Bevor die Agenten laufen können, ist etwas zu erledigen</translation>
    </message>
    <message>
        <location filename="../src/console/checkspage.cpp" line="79"/>
        <source>All checks passed</source>
        <translation type="unfinished">Alle Prüfungen bestanden</translation>
    </message>
    <message>
        <location filename="../src/console/checkspage.cpp" line="79"/>
        <source>Some checks failed</source>
        <translation type="unfinished">Einige Prüfungen sind fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.ui" line="5"/>
        <location filename="../build/src/console/ui_connectiondialog.h" line="192"/>
        <source>Connect to TeamTime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="10"/>
        <location filename="../build/src/console/ui_connectiondialog.h" line="193"/>
        <source>Connect to TeamTime&apos;s PostgreSQL database, or try the console on a local demo business.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="18"/>
        <location filename="../build/src/console/ui_connectiondialog.h" line="194"/>
        <source>&amp;Recent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="24"/>
        <location filename="../build/src/console/ui_connectiondialog.h" line="196"/>
        <source>Recent connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="29"/>
        <location filename="../build/src/console/ui_connectiondialog.h" line="198"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="35"/>
        <location filename="../build/src/console/ui_connectiondialog.h" line="200"/>
        <source>Host</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="36"/>
        <location filename="../build/src/console/ui_connectiondialog.h" line="202"/>
        <source>db.example.com, or a socket directory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="41"/>
        <location filename="../build/src/console/ui_connectiondialog.h" line="203"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="47"/>
        <location filename="../build/src/console/ui_connectiondialog.h" line="205"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="55"/>
        <location filename="../build/src/console/ui_connectiondialog.h" line="207"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="61"/>
        <location filename="../build/src/console/ui_connectiondialog.h" line="209"/>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="62"/>
        <location filename="../build/src/console/ui_connectiondialog.h" line="211"/>
        <source>teamtime</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="67"/>
        <location filename="../build/src/console/ui_connectiondialog.h" line="212"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="73"/>
        <location filename="../build/src/console/ui_connectiondialog.h" line="214"/>
        <source>Database user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="78"/>
        <location filename="../build/src/console/ui_connectiondialog.h" line="216"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="84"/>
        <location filename="../build/src/console/ui_connectiondialog.h" line="218"/>
        <source>Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="86"/>
        <location filename="../build/src/console/ui_connectiondialog.h" line="220"/>
        <source>from the keychain when remembered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="91"/>
        <location filename="../build/src/console/ui_connectiondialog.h" line="221"/>
        <source>Re&amp;member the password in this computer&apos;s keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="97"/>
        <location filename="../build/src/console/ui_connectiondialog.h" line="222"/>
        <source>&amp;TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="103"/>
        <location filename="../build/src/console/ui_connectiondialog.h" line="224"/>
        <source>TLS mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connectiondialog.ui" line="117"/>
        <location filename="../build/src/console/ui_connectiondialog.h" line="226"/>
        <source>Use the Local &amp;Demo Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/connectiondialog.cpp" line="19"/>
        <source>prefer (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/connectiondialog.cpp" line="22"/>
        <source>(new connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/connectiondialog.cpp" line="32"/>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/connectiondialog.cpp" line="78"/>
        <source>Enter the database server&apos;s host name (or a socket directory).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/connectiondialog.cpp" line="80"/>
        <source>Enter the name of TeamTime&apos;s database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/connectiondialog.cpp" line="82"/>
        <source>Enter the database user.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsoleLauncher</name>
    <message>
        <location filename="../src/console/consolelauncher.cpp" line="90"/>
        <source>Starting the demo database…</source>
        <translation>Die Demo-Datenbank wird gestartet…</translation>
    </message>
    <message>
        <location filename="../src/console/consolelauncher.cpp" line="97"/>
        <source>Demo: sign in as any demo admin or manager (for example &quot;%1&quot;) with the password &quot;%2&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/consolelauncher.cpp" line="109"/>
        <source>No database chosen: use File ▸ Connect to Another Database…, start with --db postgresql://user@host/teamtime, or use --demo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/consolelauncher.cpp" line="149"/>
        <source>Applying the changes…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No database given: start the console with --db postgresql://user@host/teamtime, set MENTATS_DATABASE_URL, or use --demo.</source>
        <translation type="vanished">Keine Datenbank angegeben: Starten Sie die Konsole mit --db postgresql://benutzer@host/teamtime, setzen Sie MENTATS_DATABASE_URL oder verwenden Sie --demo.</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../src/console/dashboardpage.cpp" line="40"/>
        <location filename="../src/console/dashboardpage.cpp" line="44"/>
        <source>Recent actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/dashboardpage.cpp" line="47"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/dashboardpage.cpp" line="47"/>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/dashboardpage.cpp" line="47"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/dashboardpage.cpp" line="47"/>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/dashboardpage.cpp" line="47"/>
        <source>About</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/dashboardpage.cpp" line="47"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/dashboardpage.cpp" line="69"/>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/dashboardpage.cpp" line="70"/>
        <source>Scheduler:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/dashboardpage.cpp" line="71"/>
        <source>Actions today:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/dashboardpage.cpp" line="72"/>
        <source>Cost:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/dashboardpage.cpp" line="73"/>
        <source>Waiting for approval:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/dashboardpage.cpp" line="74"/>
        <source>Memories and policies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/dashboardpage.cpp" line="108"/>
        <source>Could not refresh: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/dashboardpage.cpp" line="121"/>
        <source>%1 — updated %2 (%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/dashboardpage.cpp" line="122"/>
        <source>The business</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/dashboardpage.cpp" line="132"/>
        <source>(no tool)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/dashboardpage.cpp" line="144"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/dashboardpage.cpp" line="146"/>
        <source>Enabled, dry run (nothing reaches staff)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/dashboardpage.cpp" line="146"/>
        <source>Enabled, live</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/dashboardpage.cpp" line="147"/>
        <source>Disabled (kill switch)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/dashboardpage.cpp" line="148"/>
        <source>next run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/dashboardpage.cpp" line="148"/>
        <source>schedule invalid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/dashboardpage.cpp" line="149"/>
        <source>last success %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/dashboardpage.cpp" line="151"/>
        <source>last failure %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/console/dashboardpage.cpp" line="153"/>
        <source>%n failure(s) in a row</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/console/dashboardpage.cpp" line="155"/>
        <source>Overdue: a scheduled run did not happen. Is a scheduler running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/dashboardpage.cpp" line="161"/>
        <source>%1 executed, %2 blocked, %3 errors, %4 dry run, %5 queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/dashboardpage.cpp" line="167"/>
        <source>%1 today, %2 this month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/dashboardpage.cpp" line="169"/>
        <source>daily budget %1%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/dashboardpage.cpp" line="170"/>
        <source> — reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/dashboardpage.cpp" line="174"/>
        <source>%1 memories, %2 policies active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/dashboardpage.cpp" line="175"/>
        <source>reads the optimizer&apos;s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Database: %1</source>
        <translation type="vanished">Datenbank: %1</translation>
    </message>
    <message>
        <source>Could not open the database</source>
        <translation type="vanished">Die Datenbank konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Checking the database…</source>
        <translation type="vanished">Die Datenbank wird geprüft…</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="vanished">Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <source>OK</source>
        <translation type="vanished">OK</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="vanished">Warnung</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="vanished">Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Ready: the database is set up for the agents</source>
        <translation type="vanished">Bereit: Die Datenbank ist für die Agenten eingerichtet</translation>
    </message>
    <message>
        <source>Something needs attention before the agents can run</source>
        <translation type="vanished">Bevor die Agenten laufen können, ist etwas zu erledigen</translation>
    </message>
    <message>
        <source>All checks passed</source>
        <translation type="vanished">Alle Prüfungen bestanden</translation>
    </message>
    <message>
        <source>Some checks failed</source>
        <translation type="vanished">Einige Prüfungen sind fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="8"/>
        <location filename="../build/src/console/ui_mainwindow.h" line="115"/>
        <source>Mentats Console</source>
        <translation>Mentats-Konsole</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="13"/>
        <location filename="../build/src/console/ui_mainwindow.h" line="135"/>
        <source>Pages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="25"/>
        <location filename="../build/src/console/ui_mainwindow.h" line="137"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="33"/>
        <location filename="../build/src/console/ui_mainwindow.h" line="138"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="38"/>
        <location filename="../build/src/console/ui_mainwindow.h" line="139"/>
        <source>&amp;Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="41"/>
        <location filename="../build/src/console/ui_mainwindow.h" line="140"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="51"/>
        <location filename="../build/src/console/ui_mainwindow.h" line="116"/>
        <source>&amp;Connect to Another Database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="54"/>
        <location filename="../build/src/console/ui_mainwindow.h" line="117"/>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="55"/>
        <location filename="../build/src/console/ui_mainwindow.h" line="119"/>
        <source>Ctrl+L</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="58"/>
        <location filename="../build/src/console/ui_mainwindow.h" line="121"/>
        <source>&amp;Close Window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="59"/>
        <location filename="../build/src/console/ui_mainwindow.h" line="123"/>
        <source>Ctrl+W</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="62"/>
        <location filename="../build/src/console/ui_mainwindow.h" line="125"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="63"/>
        <location filename="../build/src/console/ui_mainwindow.h" line="127"/>
        <source>Ctrl+Q</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="66"/>
        <location filename="../build/src/console/ui_mainwindow.h" line="129"/>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="67"/>
        <location filename="../build/src/console/ui_mainwindow.h" line="131"/>
        <source>F5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.ui" line="70"/>
        <location filename="../build/src/console/ui_mainwindow.h" line="133"/>
        <source>&amp;About Mentats Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="vanished">Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Check</source>
        <translation type="vanished">Prüfung</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation type="vanished">Ergebnis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="vanished">Einzelheiten</translation>
    </message>
    <message>
        <source>&amp;Check again</source>
        <translation type="vanished">&amp;Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../src/console/mainwindow.cpp" line="42"/>
        <source>Checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/mainwindow.cpp" line="53"/>
        <source>About Mentats Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/mainwindow.cpp" line="54"/>
        <source>&lt;p&gt;&lt;b&gt;Mentats Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Configure and watch TeamTime&apos;s AI agents: the Office Manager and the Revenue Optimizer.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/mainwindow.cpp" line="58"/>
        <source>Mentats Console is locked. Sign in to continue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/mainwindow.cpp" line="123"/>
        <source>Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/mainwindow.cpp" line="124"/>
        <source>Agents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/mainwindow.cpp" line="125"/>
        <source>Arrives with the next update of Mentats Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/mainwindow.cpp" line="126"/>
        <source>Policies &amp; Memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/mainwindow.cpp" line="127"/>
        <source>Action Log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/mainwindow.cpp" line="128"/>
        <source>Dry Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/mainwindow.cpp" line="129"/>
        <source>Approvals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/mainwindow.cpp" line="130"/>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/mainwindow.cpp" line="132"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/mainwindow.cpp" line="146"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/mainwindow.cpp" line="147"/>
        <source>Not signed in</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MigrationPrompt</name>
    <message>
        <location filename="../src/console/migrationprompt.cpp" line="31"/>
        <source>Set up the database for the agents?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/console/migrationprompt.cpp" line="32"/>
        <source>This database needs %n change(s) before the agents can run. They only add tables, columns and indexes; TeamTime&apos;s data is kept as it is.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/console/migrationprompt.cpp" line="41"/>
        <source>&amp;Apply Changes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/console/keychainsecretstore.cpp" line="50"/>
        <source>The keychain could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/keychainsecretstore.cpp" line="67"/>
        <source>The keychain did not store the secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/keychainsecretstore.cpp" line="82"/>
        <source>The keychain did not remove the secret: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/settingspage.ui" line="8"/>
        <location filename="../build/src/console/ui_settingspage.h" line="170"/>
        <source>These settings are shared by every console and server on this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="16"/>
        <location filename="../build/src/console/ui_settingspage.h" line="171"/>
        <source>Business &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="22"/>
        <location filename="../build/src/console/ui_settingspage.h" line="173"/>
        <source>Business name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="28"/>
        <location filename="../build/src/console/ui_settingspage.h" line="175"/>
        <source>Business &amp;time zone:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="35"/>
        <location filename="../build/src/console/ui_settingspage.h" line="177"/>
        <source>Business time zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="45"/>
        <location filename="../build/src/console/ui_settingspage.h" line="179"/>
        <source>Desktop notifications:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="50"/>
        <location filename="../build/src/console/ui_settingspage.h" line="180"/>
        <source>When an agent&apos;s runs keep &amp;failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="55"/>
        <location filename="../build/src/console/ui_settingspage.h" line="181"/>
        <source>When actions wait for my &amp;approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="60"/>
        <location filename="../build/src/console/ui_settingspage.h" line="182"/>
        <source>When a daily &amp;budget is reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="65"/>
        <location filename="../build/src/console/ui_settingspage.h" line="183"/>
        <source>&amp;Lock this computer&apos;s console after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="71"/>
        <location filename="../build/src/console/ui_settingspage.h" line="185"/>
        <source>Minutes idle before the console locks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="72"/>
        <location filename="../build/src/console/ui_settingspage.h" line="187"/>
        <source> minutes idle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="73"/>
        <location filename="../build/src/console/ui_settingspage.h" line="188"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="93"/>
        <location filename="../build/src/console/ui_settingspage.h" line="189"/>
        <source>&amp;Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingspage.ui" line="98"/>
        <location filename="../build/src/console/ui_settingspage.h" line="190"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/settingspage.cpp" line="102"/>
        <source>Saved. Every console and server now uses these settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/settingspage.cpp" line="107"/>
        <source>Not saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../ui/signindialog.ui" line="5"/>
        <location filename="../build/src/console/ui_signindialog.h" line="108"/>
        <source>Sign in to Mentats Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signindialog.ui" line="10"/>
        <location filename="../build/src/console/ui_signindialog.h" line="109"/>
        <location filename="../src/console/signindialog.cpp" line="29"/>
        <location filename="../src/console/signindialog.cpp" line="30"/>
        <source>Sign in with your TeamTime account. Admins and managers only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signindialog.ui" line="23"/>
        <location filename="../build/src/console/ui_signindialog.h" line="110"/>
        <source>&amp;Email or username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signindialog.ui" line="29"/>
        <location filename="../build/src/console/ui_signindialog.h" line="112"/>
        <source>Email or username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signindialog.ui" line="34"/>
        <location filename="../build/src/console/ui_signindialog.h" line="114"/>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signindialog.ui" line="41"/>
        <location filename="../build/src/console/ui_signindialog.h" line="116"/>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/signindialog.ui" line="49"/>
        <location filename="../build/src/console/ui_signindialog.h" line="119"/>
        <source>Sign-in problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/signindialog.cpp" line="17"/>
        <source>Database: %1</source>
        <translation type="unfinished">Datenbank: %1</translation>
    </message>
    <message>
        <location filename="../src/console/signindialog.cpp" line="19"/>
        <source>&amp;Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/signindialog.cpp" line="44"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../src/console/traycontroller.cpp" line="30"/>
        <source>&amp;Open Mentats Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/traycontroller.cpp" line="36"/>
        <source>Run &amp;Office Manager Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/traycontroller.cpp" line="37"/>
        <source>Run &amp;Revenue Optimizer Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/traycontroller.cpp" line="38"/>
        <location filename="../src/console/traycontroller.cpp" line="149"/>
        <source>&amp;Pause Scheduler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/traycontroller.cpp" line="40"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/traycontroller.cpp" line="87"/>
        <source>Keychain unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/traycontroller.cpp" line="123"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/traycontroller.cpp" line="125"/>
        <source>%1 run failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/traycontroller.cpp" line="143"/>
        <source>Scheduler paused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/traycontroller.cpp" line="144"/>
        <source>Scheduler running a tick…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/traycontroller.cpp" line="145"/>
        <source>Scheduler on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/traycontroller.cpp" line="146"/>
        <source>Scheduler off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/traycontroller.cpp" line="149"/>
        <source>&amp;Resume Scheduler</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/traycontroller.cpp" line="151"/>
        <source>Mentats Console — %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/traycontroller.cpp" line="157"/>
        <source>%1 at %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/traycontroller.cpp" line="164"/>
        <source>%1: daily budget reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../src/console/traycontroller.cpp" line="175"/>
        <source>%1 keeps failing</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/console/traycontroller.cpp" line="176"/>
        <source>%n scheduled run(s) in a row failed. Last error: %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../src/console/traycontroller.cpp" line="196"/>
        <source>Actions wait for your approval</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../src/console/traycontroller.cpp" line="197"/>
        <source>%n action(s) proposed by the agents wait for a manager.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
</TS>
