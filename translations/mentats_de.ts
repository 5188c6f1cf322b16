<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>ActionLogModel</name>
    <message>
        <location filename="../src/console/actionlog/actionlogmodel.cpp" line="+33"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>(no tool)</source>
        <translation>(kein Werkzeug)</translation>
    </message>
</context>
<context>
    <name>ActionLogPage</name>
    <message>
        <location filename="../src/console/actionlog/actionlogpage.cpp" line="+54"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both agents</source>
        <translation>Beide Agenten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 24 hours</source>
        <translation>Letzte 24 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All time</source>
        <translation>Gesamter Zeitraum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>From … to …</source>
        <translation>Von … bis …</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>From (business time)</source>
        <translation>Von (Unternehmenszeit)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>To (business time)</source>
        <translation>Bis (Unternehmenszeit)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Outcome</source>
        <translation>Ausgang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any outcome</source>
        <translation>Beliebiger Ausgang</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any tool</source>
        <translation>Beliebiges Werkzeug</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Anyone</source>
        <translation>Beliebige Person</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+1"/>
        <source>Run id</source>
        <translation>Lauf-ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Search reasoning and parameters</source>
        <translation>Begründung und Parameter durchsuchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search</source>
        <translation>Suchen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Action details</source>
        <translation>Aktionsdetails</translation>
    </message>
    <message>
        <location line="+141"/>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>about %1</source>
        <translation>betrifft %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Why:</source>
        <translation>Warum:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Reasoning</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>task %1</source>
        <translation>Aufgabe %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>message %1</source>
        <translation>Nachricht %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>person %1</source>
        <translation>Person %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Concerns:</source>
        <translation>Betrifft:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context snapshot (%1 tokens)</source>
        <translation>Kontext-Momentaufnahme (%1 Token)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The run</source>
        <translation>Der Lauf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Replay…</source>
        <translation>Erneut abspielen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Show only this run</source>
        <translation>Nur diesen Lauf anzeigen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 in / %2 out tokens, %3</source>
        <translation>%1 Eingabe- / %2 Ausgabe-Token, %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>cost unknown</source>
        <translation>Kosten unbekannt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>(no tool)</source>
        <translation>(kein Werkzeug)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> (this one)</source>
        <translation> (diese)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>System prompt</source>
        <translation>System-Prompt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>User message</source>
        <translation>Benutzernachricht</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rounds (raw responses)</source>
        <translation>Runden (Rohantworten)</translation>
    </message>
</context>
<context>
    <name>ActivityCharts</name>
    <message>
        <location filename="../src/console/reports/activitycharts.cpp" line="+81"/>
        <source>Actions per day by outcome</source>
        <translation>Aktionen pro Tag nach Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost per day by agent (USD)</source>
        <translation>Kosten pro Tag nach Agent (USD)</translation>
    </message>
</context>
<context>
    <name>AgentEditor</name>
    <message>
        <location filename="../src/console/agents/agenteditor.cpp" line="+109"/>
        <source>Saved. The scheduler and every console use it from the next tool call on.</source>
        <translation>Gespeichert. Der Zeitplaner und alle Konsolen verwenden dies ab dem nächsten Werkzeugaufruf.</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>The prompt could not be assembled: %1</source>
        <translation>Der Prompt konnte nicht zusammengestellt werden: %1</translation>
    </message>
</context>
<context>
    <name>AgentSettingsForm</name>
    <message>
        <location filename="../ui/agentsettingsform.ui" line="+5"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Enabled — the kill switch: off stops the agent before its next tool call</source>
        <translation>Akt&amp;iviert — der Notaus: Aus stoppt den Agenten vor seinem nächsten Werkzeugaufruf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Dry run — decide and log, send nothing to staff</source>
        <translation>&amp;Probelauf — entscheiden und protokollieren, nichts an Mitarbeitende senden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>&amp;Base URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>the provider&apos;s default</source>
        <translation>Standard des Anbieters</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>API key:</source>
        <translation>API-Schlüssel:</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>&amp;Tone:</source>
        <translation>&amp;Tonfall:</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>T&amp;emperature:</source>
        <translation>T&amp;emperatur:</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>&amp;Schedule (cron):</source>
        <translation>&amp;Zeitplan (cron):</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Schedule (cron)</source>
        <translation>Zeitplan (cron)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Max &amp;context tokens:</source>
        <translation>Max. &amp;Kontext-Token:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Daily &amp;budget:</source>
        <translation>Tages&amp;budget:</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Cap at</source>
        <translation>Begrenzen auf</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Daily budget in dollars</source>
        <translation>Tagesbudget in Dollar</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Nightly run:</source>
        <translation>Nächtlicher Lauf:</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Through Anthropic&apos;s Message B&amp;atches: half price, results within 24 hours</source>
        <translation>Über Anthropics Message Batc&amp;hes: halber Preis, Ergebnisse innerhalb von 24 Stunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The scheduled run submits its request as a batch and finishes when Anthropic has answered (usually within an hour, at most 24). Runs started by hand still ask at once. Needs the anthropic provider.</source>
        <translation>Der geplante Lauf reicht seine Anfrage als Batch ein und endet, sobald Anthropic geantwortet hat (meist innerhalb einer Stunde, höchstens nach 24). Von Hand gestartete Läufe fragen weiterhin sofort an. Erfordert den Anbieter anthropic.</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>&amp;Preview Prompt…</source>
        <translation>Prompt-&amp;Vorschau…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Revert</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save Settings</source>
        <translation>Einstellungen &amp;speichern</translation>
    </message>
    <message>
        <location filename="../src/console/agents/agentsettingsform.cpp" line="+222"/>
        <source>Next runs (%1): %2</source>
        <translation>Nächste Läufe (%1): %2</translation>
    </message>
</context>
<context>
    <name>ApiKeyRow</name>
    <message>
        <location filename="../src/console/agents/apikeyrow.cpp" line="+24"/>
        <source>Set &amp;Key…</source>
        <translation>Schlüssel &amp;festlegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Clear Key</source>
        <translation>Schlüssel entfernen</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>not needed (offline)</source>
        <translation>nicht nötig (offline)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>set (in this computer&apos;s keychain)</source>
        <translation>festgelegt (im Schlüsselbund dieses Computers)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>not set — the environment&apos;s key, or offline rules, are used</source>
        <translation>nicht festgelegt — der Schlüssel aus der Umgebung oder Offline-Regeln werden verwendet</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>API key for the %1</source>
        <translation>API-Schlüssel für den %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paste the %1 API key. It is kept in this computer&apos;s keychain.</source>
        <translation>Fügen Sie den API-Schlüssel für %1 ein. Er wird im Schlüsselbund dieses Computers gespeichert.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>API key removed from the keychain.</source>
        <translation>API-Schlüssel aus dem Schlüsselbund entfernt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>API key stored in the keychain.</source>
        <translation>API-Schlüssel im Schlüsselbund gespeichert.</translation>
    </message>
</context>
<context>
    <name>ApprovalsPage</name>
    <message>
        <location filename="../src/console/approvals/approvalspage.cpp" line="+23"/>
        <source>Actions the agents proposed that need a manager&apos;s yes. Approving runs the action through every check again; rejecting needs a reason.</source>
        <translation>Von den Agenten vorgeschlagene Aktionen, die die Zustimmung eines Managers brauchen. Beim Freigeben durchläuft die Aktion erneut alle Prüfungen; zum Ablehnen ist eine Begründung nötig.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Waiting for approval</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asked</source>
        <translation>Angefragt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Reasoning</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Approval details</source>
        <translation>Freigabedetails</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Approve</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Reject…</source>
        <translation>&amp;Ablehnen…</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Reject the action</source>
        <translation>Aktion ablehnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Why? The reason is kept in the log.</source>
        <translation>Warum? Die Begründung wird im Protokoll festgehalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Not rejected: say why.</source>
        <translation>Nicht abgelehnt: Bitte geben Sie einen Grund an.</translation>
    </message>
    <message numerus="yes">
        <location line="+46"/>
        <source>%n min ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>in %n hour(s)</source>
        <translation>
            <numerusform>in %n Stunde</numerusform>
            <numerusform>in %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <location line="+16"/>
        <source>About %1</source>
        <translation>Betrifft %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Why the agent wants it</source>
        <translation>Warum der Agent sie möchte</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>What it would do</source>
        <translation>Was sie bewirken würde</translation>
    </message>
</context>
<context>
    <name>AutostartEntry</name>
    <message>
        <location filename="../src/console/tray/autostartentry.cpp" line="+100"/>
        <source>The autostart template is missing from this build.</source>
        <translation>Die Autostart-Vorlage fehlt in diesem Build.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Could not create %1.</source>
        <translation>%1 konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Could not remove %1: %2</source>
        <translation>%1 konnte nicht entfernt werden: %2</translation>
    </message>
</context>
<context>
    <name>ChecksPage</name>
    <message>
        <location filename="../ui/checkspage.ui" line="+11"/>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <location filename="../src/console/checks/checkspage.cpp" line="+16"/>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <location filename="../ui/checkspage.ui" line="+26"/>
        <source>&amp;Check again</source>
        <translation>&amp;Erneut prüfen</translation>
    </message>
    <message>
        <location filename="../src/console/checks/checkspage.cpp" line="+16"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Could not open the database</source>
        <translation>Die Datenbank konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Checking the database…</source>
        <translation>Die Datenbank wird geprüft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Connecting to %1…</source>
        <translation>Verbindung zu %1 wird hergestellt…</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>OK</source>
        <translation>OK</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Ready: the database is set up for the agents</source>
        <translation>Bereit: Die Datenbank ist für die Agenten eingerichtet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Something needs attention before the agents can run</source>
        <translation>Bevor die Agenten laufen können, ist etwas zu erledigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All checks passed</source>
        <translation>Alle Prüfungen bestanden</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Some checks failed</source>
        <translation>Einige Prüfungen sind fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>ConnectionDialog</name>
    <message>
        <location filename="../ui/connectiondialog.ui" line="+5"/>
        <source>Connect to TeamTime</source>
        <translation>Mit TeamTime verbinden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Connect to TeamTime&apos;s PostgreSQL database, or try the console on a local demo business.</source>
        <translation>Verbinden Sie sich mit der PostgreSQL-Datenbank von TeamTime oder probieren Sie die Konsole mit einem lokalen Demo-Unternehmen aus.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Recent:</source>
        <translation>&amp;Zuletzt verwendet:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent connections</source>
        <translation>Letzte Verbindungen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Host:</source>
        <translation>&amp;Host:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Host</source>
        <translation>Host</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>db.example.com, or a socket directory</source>
        <translation>db.example.com oder ein Socket-Verzeichnis</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Port:</source>
        <translation>P&amp;ort:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Port</source>
        <translation>Port</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Database:</source>
        <translation>&amp;Datenbank:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>teamtime</source>
        <translation>teamtime</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database user</source>
        <translation>Datenbankbenutzer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pass&amp;word:</source>
        <translation>Pass&amp;wort:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>from the keychain when remembered</source>
        <translation>aus dem Schlüsselbund, falls gespeichert</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Re&amp;member the password in this computer&apos;s keychain</source>
        <translation>Passwort im Schlüsselbund dieses Computers &amp;merken</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;TLS:</source>
        <translation>&amp;TLS:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>TLS mode</source>
        <translation>TLS-Modus</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Use the Local &amp;Demo Database</source>
        <translation>Lokale D&amp;emo-Datenbank verwenden</translation>
    </message>
    <message>
        <location filename="../src/console/connect/connectiondialog.cpp" line="+19"/>
        <source>prefer (default)</source>
        <translation>prefer (Standard)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>(new connection)</source>
        <translation>(neue Verbindung)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Enter the database server&apos;s host name (or a socket directory).</source>
        <translation>Geben Sie den Hostnamen des Datenbankservers (oder ein Socket-Verzeichnis) ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the name of TeamTime&apos;s database.</source>
        <translation>Geben Sie den Namen der TeamTime-Datenbank ein.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enter the database user.</source>
        <translation>Geben Sie den Datenbankbenutzer ein.</translation>
    </message>
</context>
<context>
    <name>ConsoleApplication</name>
    <message>
        <location filename="../src/console/app/consoleapplication.cpp" line="+131"/>
        <source>No database chosen: use File ▸ Connect to Another Database…, start with --db postgresql://user@host/teamtime, or use --demo.</source>
        <translation>Keine Datenbank gewählt: Verwenden Sie Datei ▸ Mit anderer Datenbank verbinden…, starten Sie mit --db postgresql://user@host/teamtime oder verwenden Sie --demo.</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Starting the demo database…</source>
        <translation>Die Demo-Datenbank wird gestartet…</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Applying the changes…</source>
        <translation>Die Änderungen werden angewendet…</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>Demo: sign in as any demo admin or manager (for example &quot;%1&quot;) with the password &quot;%2&quot;.</source>
        <translation>Demo: Melden Sie sich mit dem Passwort „%2“ als beliebiger Demo-Admin oder -Manager an (zum Beispiel „%1“).</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <location filename="../src/console/dashboard/dashboardpage.cpp" line="+40"/>
        <location line="+4"/>
        <source>Recent actions</source>
        <translation>Letzte Aktionen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Detail</source>
        <translation>Details</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>State:</source>
        <translation>Zustand:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduler:</source>
        <translation>Zeitplaner:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Actions today:</source>
        <translation>Aktionen heute:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost:</source>
        <translation>Kosten:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Waiting for approval:</source>
        <translation>Warten auf Freigabe:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Memories and policies:</source>
        <translation>Erinnerungen und Richtlinien:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Latest context:</source>
        <translation>Letzter Kontext:</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Could not refresh: %1</source>
        <translation>Aktualisierung fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>%1 — updated %2 (%3)</source>
        <translation>%1 — aktualisiert um %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The business</source>
        <translation>Das Unternehmen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(no tool)</source>
        <translation>(kein Werkzeug)</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled, dry run (nothing reaches staff)</source>
        <translation>Aktiviert, Probelauf (nichts erreicht die Mitarbeitenden)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Enabled, live</source>
        <translation>Aktiviert, live</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Disabled (kill switch)</source>
        <translation>Deaktiviert (Notaus)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>next run %1</source>
        <translation>nächster Lauf %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>schedule invalid: %1</source>
        <translation>Zeitplan ungültig: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>last success %1</source>
        <translation>letzter Erfolg %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>last failure %1: %2</source>
        <translation>letzter Fehlschlag %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n failure(s) in a row</source>
        <translation>
            <numerusform>%n Fehlschlag in Folge</numerusform>
            <numerusform>%n Fehlschläge in Folge</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overdue: a scheduled run did not happen. Is a scheduler running?</source>
        <translation>Überfällig: Ein geplanter Lauf hat nicht stattgefunden. Läuft ein Zeitplaner?</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 executed, %2 blocked, %3 errors, %4 dry run, %5 queued</source>
        <translation>%1 ausgeführt, %2 blockiert, %3 Fehler, %4 im Probelauf, %5 wartend</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 today, %2 this month</source>
        <translation>%1 heute, %2 diesen Monat</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>daily budget %1%2</source>
        <translation>Tagesbudget %1%2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> — reached</source>
        <translation> — erreicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 memories, %2 policies active</source>
        <translation>%1 Erinnerungen, %2 Richtlinien aktiv</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>reads the optimizer&apos;s</source>
        <translation>liest die des Revenue Optimizer</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>no run has recorded its context yet</source>
        <translation>noch hat kein Lauf seinen Kontext aufgezeichnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 attention items, split into %3 model calls</source>
        <translation>%1: %2 Punkte, die Aufmerksamkeit brauchen, aufgeteilt auf %3 Modellaufrufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1: %2 attention items, all shown</source>
        <translation>%1: %2 Punkte, die Aufmerksamkeit brauchen, alle gezeigt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not shown: %1</source>
        <translation>Nicht gezeigt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Left out: %1</source>
        <translation>Weggelassen: %1</translation>
    </message>
</context>
<context>
    <name>DryRunPage</name>
    <message>
        <location filename="../src/console/dryrun/dryrunpage.cpp" line="+45"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Assemble Now</source>
        <translation>Jetzt &amp;zusammenstellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>As&amp;k the Model</source>
        <translation>Modell &amp;fragen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replay a Run…</source>
        <translation>Lauf erneut &amp;abspielen…</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Needs attention</source>
        <translation>Erfordert Aufmerksamkeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Included</source>
        <translation>Enthalten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shown</source>
        <translation>Gezeigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Context modules</source>
        <translation>Kontextmodule</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prompt and tools</source>
        <translation>Prompt und Werkzeuge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Proposed tool calls</source>
        <translation>Vorgeschlagene Werkzeugaufrufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replay</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Simulate</source>
        <translation>Simulation</translation>
    </message>
    <message>
        <location line="+59"/>
        <source>Assembling the context…</source>
        <translation>Der Kontext wird zusammengestellt…</translation>
    </message>
    <message>
        <location line="+14"/>
        <location line="+12"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>Call %1 of %2: %3</source>
        <translation>Aufruf %1 von %2: %3</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>no: %1</source>
        <translation>nein: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>──── system prompt ────</source>
        <translation>──── System-Prompt ────</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>──── user message ────</source>
        <translation>──── Benutzernachricht ────</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>──── tools ────</source>
        <translation>──── Werkzeuge ────</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>So much needs attention that the run is split into %1 model calls, about %2 tokens in all; %3 things need attention.</source>
        <translation>So viel braucht Aufmerksamkeit, dass der Lauf auf %1 Modellaufrufe aufgeteilt wird, insgesamt etwa %2 Tokens; %3 Dinge brauchen Aufmerksamkeit.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 modules, about %2 tokens; %3 things need attention.</source>
        <translation>%1 Module, etwa %2 Token; %3 Punkte erfordern Aufmerksamkeit.</translation>
    </message>
    <message>
        <location line="+8"/>
        <location line="+3"/>
        <source>everything</source>
        <translation>alles</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attention items; the rest as counts per location</source>
        <translation>Punkte, die Aufmerksamkeit brauchen; der Rest als Anzahl je Standort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>attention items; the rest as totals</source>
        <translation>Punkte, die Aufmerksamkeit brauchen; der Rest als Summen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>would wait for a manager&apos;s approval</source>
        <translation>würde auf die Freigabe durch einen Manager warten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>would run</source>
        <translation>würde ausgeführt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blocked — %1</source>
        <translation>blockiert — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid — %1</source>
        <translation>ungültig — %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no tool called: %1</source>
        <translation>kein Werkzeug aufgerufen: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Asking the model (a dry run: nothing reaches staff)…</source>
        <translation>Das Modell wird gefragt (ein Probelauf: Nichts erreicht die Mitarbeitenden)…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The keychain could not be read (%1): the environment&apos;s API key is used.</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden (%1): Der API-Schlüssel aus der Umgebung wird verwendet.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Cancelled; the dry run is recorded as failed (&quot;%1&quot;).</source>
        <translation>Abgebrochen; der Probelauf wird als fehlgeschlagen protokolliert („%1“).</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>(none)</source>
        <translation>(keines)</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>Dry run %1 with %2: %n proposal(s).</source>
        <translation>
            <numerusform>Probelauf %1 mit %2: %n Vorschlag.</numerusform>
            <numerusform>Probelauf %1 mit %2: %n Vorschläge.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
</context>
<context>
    <name>ExpiryDialog</name>
    <message>
        <location filename="../src/console/knowledge/expirydialog.cpp" line="+14"/>
        <source>Expire the memory</source>
        <translation>Erinnerung ablaufen lassen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Expires at</source>
        <translation>Läuft ab am</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The Office Manager stops reading it after (%1 time):</source>
        <translation>Der Office Manager liest sie nicht mehr ab (Zeit in %1):</translation>
    </message>
</context>
<context>
    <name>InstructionHistory</name>
    <message>
        <location filename="../ui/instructionhistory.ui" line="+5"/>
        <location line="+4"/>
        <source>Custom instructions</source>
        <translation>Eigene Anweisungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the managers want this agent to keep in mind, in plain words.</source>
        <translation>Was dieser Agent nach dem Wunsch der Manager beachten soll, in einfachen Worten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Version note</source>
        <translation>Versionsnotiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What changed (optional)</source>
        <translation>Was sich geändert hat (optional)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save as &amp;New Version</source>
        <translation>Als &amp;neue Version speichern</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>History (select two versions to compare):</source>
        <translation>Verlauf (zum Vergleichen zwei Versionen auswählen):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Instruction versions</source>
        <translation>Versionen der Anweisungen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Differences between versions</source>
        <translation>Unterschiede zwischen den Versionen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Roll &amp;Back to Selected Version</source>
        <translation>Auf aus&amp;gewählte Version zurücksetzen</translation>
    </message>
    <message>
        <location filename="../src/console/agents/instructionhistory.cpp" line="+33"/>
        <source>TeamTime</source>
        <translation>TeamTime</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1 — %2, %3%4</source>
        <translation>Version %1 — %2, %3%4</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Instructions saved as version %1.</source>
        <translation>Anweisungen als Version %1 gespeichert.</translation>
    </message>
    <message>
        <location line="-11"/>
        <source>Instructions not saved: %1</source>
        <translation>Anweisungen nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Rolled back: version %1 has the text of version %2.</source>
        <translation>Zurückgesetzt: Version %1 enthält den Text von Version %2.</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>From version %1 to version %2:</source>
        <translation>Von Version %1 zu Version %2:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.ui" line="+8"/>
        <source>Mentats Console</source>
        <translation>Mentats-Konsole</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Agents</source>
        <translation>A&amp;genten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&amp;Connect to Another Database…</source>
        <translation>Mit anderer Datenbank &amp;verbinden…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Lock</source>
        <translation>&amp;Sperren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+L</source>
        <translation>Ctrl+L</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Close Window</source>
        <translation>Fenster &amp;schließen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+W</source>
        <translation>Ctrl+W</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Ctrl+Q</source>
        <translation>Ctrl+Q</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>F5</source>
        <translation>F5</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;About Mentats Console</source>
        <translation>&amp;Über Mentats-Konsole</translation>
    </message>
    <message>
        <location filename="../src/console/app/mainwindow.cpp" line="+52"/>
        <source>Checks</source>
        <translation>Prüfungen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>About Mentats Console</source>
        <translation>Über Mentats-Konsole</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;p&gt;&lt;b&gt;Mentats Console&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Configure and watch TeamTime&apos;s AI agents: the Office Manager and the Revenue Optimizer.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Mentats-Konsole&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Die KI-Agenten von TeamTime konfigurieren und beobachten: den Office Manager und den Revenue Optimizer.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Mentats Console is locked. Sign in to continue.</source>
        <translation>Die Mentats-Konsole ist gesperrt. Melden Sie sich an, um fortzufahren.</translation>
    </message>
    <message>
        <location line="+79"/>
        <source>Dashboard</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agents</source>
        <translation>Agenten</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Tools &amp; Context</source>
        <translation>Werkzeuge &amp; Kontext</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Policies &amp; Memory</source>
        <translation>Richtlinien &amp; Erinnerungen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Action Log</source>
        <translation>Aktionsprotokoll</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Dry Run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Approvals</source>
        <translation>Freigaben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reports</source>
        <translation>Berichte</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Metrics</source>
        <translation>Kennzahlen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Not signed in</source>
        <translation>Nicht angemeldet</translation>
    </message>
</context>
<context>
    <name>MemoryDialog</name>
    <message>
        <location filename="../src/console/knowledge/memorydialog.cpp" line="+21"/>
        <source>Edit memory</source>
        <translation>Erinnerung bearbeiten</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>About:</source>
        <translation>Betrifft:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Memory:</source>
        <translation>&amp;Erinnerung:</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&amp;Type:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Confidence (0-1):</source>
        <translation>&amp;Konfidenz (0-1):</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Runs:</source>
        <translation>Läufe:</translation>
    </message>
</context>
<context>
    <name>MemoryFilterBar</name>
    <message>
        <location filename="../src/console/knowledge/memoryfilterbar.cpp" line="+48"/>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any scope</source>
        <translation>Jeder Geltungsbereich</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Whole business</source>
        <translation>Gesamtes Unternehmen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A person</source>
        <translation>Eine Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A location</source>
        <translation>Ein Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>An auction</source>
        <translation>Eine Auktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Anyone</source>
        <translation>Jede Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any location</source>
        <translation>Jeder Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Any type</source>
        <translation>Jeder Typ</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Minimum confidence</source>
        <translation>Mindestkonfidenz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Only memories at least this confident</source>
        <translation>Nur Erinnerungen mit mindestens dieser Konfidenz</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>confidence ≥ </source>
        <translation>Konfidenz ≥ </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>any confidence</source>
        <translation>beliebige Konfidenz</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+1"/>
        <source>Expiry</source>
        <translation>Ablauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any expiry</source>
        <translation>Beliebiger Ablauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expiring within</source>
        <translation>Läuft ab innerhalb von</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never expires</source>
        <translation>Läuft nie ab</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Expiring within how many days</source>
        <translation>Ablauf innerhalb von wie vielen Tagen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source> days</source>
        <translation> Tagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Search by person, place, type or content</source>
        <translation>Nach Person, Ort, Typ oder Inhalt suchen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search memories</source>
        <translation>Erinnerungen durchsuchen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Include switched-off and expired</source>
        <translation>Deaktivierte und abgelaufene einbeziehen</translation>
    </message>
</context>
<context>
    <name>MetricsCharts</name>
    <message>
        <location filename="../src/console/metrics/metricscharts.cpp" line="+32"/>
        <source>Sales per day (USD)</source>
        <translation>Verkäufe pro Tag (USD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labor hours per day</source>
        <translation>Arbeitsstunden pro Tag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue per labor hour (USD)</source>
        <translation>Umsatz pro Arbeitsstunde (USD)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shifts and late arrivals per day</source>
        <translation>Schichten und Verspätungen pro Tag</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Measure</source>
        <translation>Messgröße</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+65"/>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <location line="-64"/>
        <location line="+66"/>
        <source>Labor hours</source>
        <translation>Arbeitsstunden</translation>
    </message>
    <message>
        <location line="-65"/>
        <location line="+67"/>
        <source>Revenue per labor hour</source>
        <translation>Umsatz pro Arbeitsstunde</translation>
    </message>
    <message>
        <location line="-66"/>
        <source>Lateness</source>
        <translation>Verspätung</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>Shifts</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Late arrivals</source>
        <translation>Verspätungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Absences</source>
        <translation>Abwesenheiten</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>nothing in this period</source>
        <translation>nichts in diesem Zeitraum</translation>
    </message>
    <message numerus="yes">
        <location line="+49"/>
        <source>%n day(s) with %1 (gaps)</source>
        <translation>
            <numerusform>%n Tag: %1 (Lücken)</numerusform>
            <numerusform>%n Tage: %1 (Lücken)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricsFormat</name>
    <message>
        <location filename="../src/console/metrics/metricsformat.cpp" line="+11"/>
        <source>no sales data</source>
        <translation>keine Verkaufsdaten</translation>
    </message>
</context>
<context>
    <name>MetricsImportDialog</name>
    <message>
        <location filename="../src/console/metrics/metricsimportdialog.cpp" line="+54"/>
        <source>Cannot read %1: %2.</source>
        <translation>%1 kann nicht gelesen werden: %2.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 is empty.</source>
        <translation>%1 ist leer.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Import POS sales</source>
        <translation>Kassenverkäufe importieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Import auction figures</source>
        <translation>Auktionszahlen importieren</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose a CSV export from the point of sale.</source>
        <translation>Wählen Sie einen CSV-Export aus der Kasse.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose a CSV export of auction figures.</source>
        <translation>Wählen Sie einen CSV-Export mit Auktionszahlen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>C&amp;hoose file…</source>
        <translation>Datei &amp;wählen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>First rows</source>
        <translation>Erste Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>First rows of the file</source>
        <translation>Erste Zeilen der Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Which column is which</source>
        <translation>Zuordnung der Spalten</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 (required):</source>
        <translation>%1 (erforderlich):</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>How the file writes dates: yyyy-MM-dd, dd/MM/yyyy, M/d/yyyy, dd.MM.yyyy…</source>
        <translation>Wie die Datei Datumsangaben schreibt: yyyy-MM-dd, dd/MM/yyyy, M/d/yyyy, dd.MM.yyyy…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date format:</source>
        <translation>Datumsformat:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amounts use a decimal comma (1.234,56)</source>
        <translation>Beträge verwenden ein Dezimalkomma (1.234,56)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Employees are named by</source>
        <translation>Mitarbeitende werden angegeben per</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>POS id (linked to TeamTime users)</source>
        <translation>Kassen-ID (mit TeamTime-Benutzern verknüpft)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employees are named by:</source>
        <translation>Mitarbeitende werden angegeben per:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Each row is a day&apos;s totals (not one transaction)</source>
        <translation>Jede Zeile enthält Tagessummen (keine einzelne Transaktion)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&amp;Check</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Read every row and list the ones that cannot be imported; nothing is written</source>
        <translation>Alle Zeilen lesen und die nicht importierbaren auflisten; es wird nichts geschrieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Import good rows</source>
        <translation>Gültige Zeilen &amp;importieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import every good row in one go and list the others; rows imported before are not imported again</source>
        <translation>Alle gültigen Zeilen in einem Durchgang importieren und die übrigen auflisten; bereits importierte Zeilen werden nicht erneut importiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Import only if &amp;all rows are good</source>
        <translation>Nur importieren, wenn &amp;alle Zeilen gültig sind</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Import progress</source>
        <translation>Importfortschritt</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Rows that cannot be imported</source>
        <translation>Nicht importierbare Zeilen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>CSV files (*.csv *.txt *.tsv)</source>
        <translation>CSV-Dateien (*.csv *.txt *.tsv)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 — %2 rows, columns separated by %3</source>
        <translation>%1 — %2 Zeilen, Spalten getrennt durch %3</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>tabs</source>
        <translation>Tabulatoren</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>(not in the file)</source>
        <translation>(nicht in der Datei)</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Choose a file to import.</source>
        <translation>Wählen Sie eine Datei zum Importieren.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say how the file writes dates.</source>
        <translation>Geben Sie an, wie die Datei Datumsangaben schreibt.</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>Checking %1…</source>
        <translation>%1 wird geprüft…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Importing %1…</source>
        <translation>%1 wird importiert…</translation>
    </message>
</context>
<context>
    <name>MetricsPage</name>
    <message>
        <location filename="../src/console/metrics/metricspage.cpp" line="+49"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every location</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Everyone — type a name</source>
        <translation>Alle — Namen eingeben</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Import &amp;POS sales…</source>
        <translation>&amp;Kassenverkäufe importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Import &amp;auction figures…</source>
        <translation>Au&amp;ktionszahlen importieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&lt;b&gt;No metrics yet&lt;/b&gt; — run &lt;code&gt;mentats metrics rollup&lt;/code&gt; or import POS sales. Lateness below comes straight from shifts and clock-ins.</source>
        <translation>&lt;b&gt;Noch keine Kennzahlen&lt;/b&gt; — führen Sie &lt;code&gt;mentats metrics rollup&lt;/code&gt; aus oder importieren Sie Kassenverkäufe. Die Verspätungen unten stammen direkt aus Schichten und Einstempelungen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>People</source>
        <translation>Personen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Assembling…</source>
        <translation>Wird zusammengestellt…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>In the prompt</source>
        <translation>Im Prompt</translation>
    </message>
    <message>
        <location line="+4"/>
        <location line="+6"/>
        <source>What the Revenue Optimizer will see</source>
        <translation>Was der Revenue Optimizer sieht</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>Double-click a person to chart them alone</source>
        <translation>Doppelklicken Sie auf eine Person, um nur sie im Diagramm darzustellen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Double-click a location to chart it alone</source>
        <translation>Doppelklicken Sie auf einen Standort, um nur ihn im Diagramm darzustellen</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>%1 (closed)</source>
        <translation>%1 (geschlossen)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Adding up…</source>
        <translation>Wird summiert…</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>The whole business</source>
        <translation>Das gesamte Unternehmen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Avg sale</source>
        <translation>Ø Verkauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Labor hours</source>
        <translation>Arbeitsstunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Revenue per labor hour</source>
        <translation>Umsatz pro Arbeitsstunde</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Late arrivals</source>
        <translation>Verspätungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 of %2 shifts (%3)</source>
        <translation>%1 von %2 Schichten (%3)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no shifts</source>
        <translation>keine Schichten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Absences</source>
        <translation>Abwesenheiten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tasks done</source>
        <translation>Erledigte Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tasks overdue</source>
        <translation>Überfällige Aufgaben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 to %2: %n day(s) with sales data</source>
        <translation>
            <numerusform>%1 bis %2: %n Tag mit Verkaufsdaten</numerusform>
            <numerusform>%1 bis %2: %n Tage mit Verkaufsdaten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>, %n with roll-ups</source>
        <translation>
            <numerusform>, %n mit verdichteten Kennzahlen</numerusform>
            <numerusform>, %n mit verdichteten Kennzahlen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 (left)</source>
        <translation>%1 (ausgeschieden)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Assembling what the Revenue Optimizer will see…</source>
        <translation>Was der Revenue Optimizer sieht, wird zusammengestellt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The preview could not be assembled: %1</source>
        <translation>Die Vorschau konnte nicht zusammengestellt werden: %1</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>included: what stands out listed, the rest as counts per location</source>
        <translation>enthalten: Auffälliges aufgelistet, der Rest als Anzahl je Standort</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>included: what stands out listed, the rest as totals</source>
        <translation>enthalten: Auffälliges aufgelistet, der Rest als Summen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Next run %1 (%2, schedule &quot;%3&quot;), looking back over %4. The history and metrics modules below are about %5 tokens of its %6-token context budget (the whole context: about %7). From the data as it is now.</source>
        <translation>Nächster Lauf %1 (%2, Zeitplan „%3“), Rückblick über %4. Die Verlaufs- und Kennzahlenmodule unten umfassen etwa %5 Token seines Kontextbudgets von %6 Token (der gesamte Kontext: etwa %7). Nach dem aktuellen Datenstand.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>included</source>
        <translation>enthalten</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>left out: %1</source>
        <translation>weggelassen: %1</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Nothing: every history module is left out.</source>
        <translation>Nichts: Alle Verlaufsmodule sind weggelassen.</translation>
    </message>
</context>
<context>
    <name>MetricsTableModel</name>
    <message>
        <location filename="../src/console/metrics/metricstablemodel.cpp" line="+22"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Days</source>
        <translation>Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sales</source>
        <translation>Verkäufe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Avg sale</source>
        <translation>Ø Verkauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Labor hours</source>
        <translation>Arbeitsstunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Revenue / labor hour</source>
        <translation>Umsatz / Arbeitsstunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shifts</source>
        <translation>Schichten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late</source>
        <translation>Verspätet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Late %</source>
        <translation>Verspätet %</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tasks done</source>
        <translation>Erledigte Aufgaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tasks overdue</source>
        <translation>Überfällige Aufgaben</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Till variance</source>
        <translation>Kassendifferenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+107"/>
        <source>Sales over the hours of the days that have sales data</source>
        <translation>Verkäufe nach Tageszeit an den Tagen mit Verkaufsdaten</translation>
    </message>
</context>
<context>
    <name>MigrationPrompt</name>
    <message>
        <location filename="../src/console/connect/migrationprompt.cpp" line="+31"/>
        <source>Set up the database for the agents?</source>
        <translation>Datenbank für die Agenten einrichten?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>This database needs %n change(s) before the agents can run. They only add tables, columns and indexes; TeamTime&apos;s data is kept as it is.</source>
        <translation>
            <numerusform>Diese Datenbank benötigt %n Änderung, bevor die Agenten laufen können. Dabei werden nur Tabellen, Spalten und Indizes hinzugefügt; die Daten von TeamTime bleiben unverändert.</numerusform>
            <numerusform>Diese Datenbank benötigt %n Änderungen, bevor die Agenten laufen können. Dabei werden nur Tabellen, Spalten und Indizes hinzugefügt; die Daten von TeamTime bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Apply Changes</source>
        <translation>Änderungen &amp;anwenden</translation>
    </message>
</context>
<context>
    <name>PageTask</name>
    <message>
        <location filename="../src/console/common/pagetask.cpp" line="+74"/>
        <source>Something went wrong that the console did not expect: %1</source>
        <translation>Etwas ist schiefgegangen, womit die Konsole nicht gerechnet hat: %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Something went wrong that the console did not expect.</source>
        <translation>Etwas ist schiefgegangen, womit die Konsole nicht gerechnet hat.</translation>
    </message>
</context>
<context>
    <name>PeriodPicker</name>
    <message>
        <location filename="../src/console/common/periodpicker.cpp" line="+20"/>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Period:</source>
        <translation>Zeitraum:</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last week</source>
        <translation>Vorige Woche</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>This month</source>
        <translation>Dieser Monat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last month</source>
        <translation>Voriger Monat</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last 365 days</source>
        <translation>Letzte 365 Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
</context>
<context>
    <name>PoliciesMemoryPage</name>
    <message>
        <location filename="../src/console/knowledge/policiesmemorypage.cpp" line="+70"/>
        <source>Policy notes steer the Office Manager: the Revenue Optimizer writes them, managers correct them. Highest priority first.</source>
        <translation>Richtliniennotizen steuern den Office Manager: Der Revenue Optimizer schreibt sie, Manager korrigieren sie. Höchste Priorität zuerst.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For</source>
        <translation>Für</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+17"/>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <location line="-17"/>
        <source>Written by</source>
        <translation>Verfasst von</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Policy notes</source>
        <translation>Richtliniennotizen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;New Policy…</source>
        <translation>&amp;Neue Richtlinie…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch &amp;On/Off</source>
        <translation>&amp;Ein-/Ausschalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Policies</source>
        <translation>Richtlinien</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>About</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Scope</source>
        <translation>Geltungsbereich</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confidence</source>
        <translation>Konfidenz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Seen</source>
        <translation>Beobachtet</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Last confirmed</source>
        <translation>Zuletzt bestätigt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Created by run</source>
        <translation>Erstellt von Lauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Memory</source>
        <translation>Erinnerung</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+13"/>
        <source>Memories</source>
        <translation>Erinnerungen</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>E&amp;dit…</source>
        <translation>Bearbei&amp;ten…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Switch O&amp;n/Off</source>
        <translation>E&amp;in-/Ausschalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set E&amp;xpiry…</source>
        <translation>Ablauf &amp;festlegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Never &amp;Expire</source>
        <translation>Nie &amp;ablaufen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>What the Office Manager would read if it ran now: its policy and memory sections, for the people and places in view.</source>
        <translation>Was der Office Manager lesen würde, wenn er jetzt liefe: seine Abschnitte zu Richtlinien und Erinnerungen, für die angezeigten Personen und Standorte.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Prompt preview</source>
        <translation>Prompt-Vorschau</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What the Office Manager reads</source>
        <translation>Was der Office Manager liest</translation>
    </message>
    <message>
        <location line="+91"/>
        <source>everyone</source>
        <translation>alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+27"/>
        <source>on</source>
        <translation>ein</translation>
    </message>
    <message>
        <location line="-27"/>
        <location line="+27"/>
        <source>off</source>
        <translation>aus</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Showing the newest %1 of %2 memories that match. Narrow the filters to see the rest.</source>
        <translation>Angezeigt werden die neuesten %1 von %2 passenden Erinnerungen. Schränken Sie die Filter ein, um den Rest zu sehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>1 memory matches.</source>
        <translation>1 Erinnerung passt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 memories match.</source>
        <translation>%1 Erinnerungen passen.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Still saving the previous change; try again in a moment.</source>
        <translation>Die vorherige Änderung wird noch gespeichert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Not changed: %1</source>
        <translation>Nicht geändert: %1</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>Policy saved. The Office Manager follows it from its next run.</source>
        <translation>Richtlinie gespeichert. Der Office Manager befolgt sie ab seinem nächsten Lauf.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Policy switched on.</source>
        <translation>Richtlinie eingeschaltet.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Policy switched off.</source>
        <translation>Richtlinie ausgeschaltet.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Memory saved. The Office Manager reads it this way from its next run.</source>
        <translation>Erinnerung gespeichert. Der Office Manager liest sie ab seinem nächsten Lauf in dieser Form.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Memory switched on.</source>
        <translation>Erinnerung eingeschaltet.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Memory switched off: the Office Manager no longer reads it.</source>
        <translation>Erinnerung ausgeschaltet: Der Office Manager liest sie nicht mehr.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Expiry set.</source>
        <translation>Ablauf festgelegt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The memory no longer expires.</source>
        <translation>Die Erinnerung läuft nicht mehr ab.</translation>
    </message>
</context>
<context>
    <name>PolicyDialog</name>
    <message>
        <location filename="../src/console/knowledge/policydialog.cpp" line="+18"/>
        <source>New policy note</source>
        <translation>Neue Richtliniennotiz</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Edit policy note</source>
        <translation>Richtliniennotiz bearbeiten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Everyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One location</source>
        <translation>Ein Standort</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>One role</source>
        <translation>Eine Rolle</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;For:</source>
        <translation>&amp;Für:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Location:</source>
        <translation>&amp;Standort:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Role:</source>
        <translation>&amp;Rolle:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Policy:</source>
        <translation>Ric&amp;htlinie:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>P&amp;riority (1-100):</source>
        <translation>&amp;Priorität (1-100):</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>Write the policy in at least a full sentence (10 characters).</source>
        <translation>Formulieren Sie die Richtlinie in mindestens einem vollständigen Satz (10 Zeichen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the location this policy is for.</source>
        <translation>Wählen Sie den Standort, für den diese Richtlinie gilt.</translation>
    </message>
</context>
<context>
    <name>PromptPreviewDialog</name>
    <message>
        <location filename="../ui/promptpreviewdialog.ui" line="+9"/>
        <source>Prompt</source>
        <translation>Prompt</translation>
    </message>
    <message>
        <location filename="../src/console/agents/promptpreviewdialog.cpp" line="+9"/>
        <source>The %1&apos;s prompt, as it would be sent now</source>
        <translation>Prompt des %1, wie er jetzt gesendet würde</translation>
    </message>
</context>
<context>
    <name>ProviderControlModel</name>
    <message>
        <location filename="../src/console/toolscontext/providercontrolmodel.cpp" line="+23"/>
        <source>&quot;%1&quot; is not a priority (1-100).</source>
        <translation>„%1“ ist keine Priorität (1-100).</translation>
    </message>
    <message>
        <location line="+61"/>
        <source>included</source>
        <translation>enthalten</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>included; the rest as counts per location (%1)</source>
        <translation>enthalten; der Rest als Anzahl je Standort (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>included; the rest as totals (%1)</source>
        <translation>enthalten; der Rest als Summen (%1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>left out: %1</source>
        <translation>weggelassen: %1</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>%1 (its own)</source>
        <translation>%1 (eigener Wert)</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>%1 (module id %2)</source>
        <translation>%1 (Modul-ID %2)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where the module goes in the context: 1-20 critical state, 21-40 pending actions, 41-60 communication, 61-80 analytics, 81-100 enrichment; lower goes first and is cut last. Empty: its own (%1).</source>
        <translation>Wo das Modul im Kontext steht: 1-20 kritischer Zustand, 21-40 ausstehende Aktionen, 41-60 Kommunikation, 61-80 Analysen, 81-100 Anreicherung; niedrigere Werte stehen weiter vorn und werden zuletzt gekürzt. Leer: eigener Wert (%1).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>A note the agent always reads with this module, e.g. &quot;Ignore the back office clock.&quot;</source>
        <translation>Eine Notiz, die der Agent immer zusammen mit diesem Modul liest, z. B. „Ignoriere die Stempeluhr im Büro.“</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>In the context the agent would get now, with these settings (saved or not).</source>
        <translation>Im Kontext, den der Agent jetzt mit diesen Einstellungen (gespeichert oder nicht) erhalten würde.</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Module</source>
        <translation>Modul</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Always include</source>
        <translation>Immer einbeziehen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>In the context now</source>
        <translation>Jetzt im Kontext</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../src/console/secrets/keychainsecretstore.cpp" line="+49"/>
        <source>The keychain could not be read: %1</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>The keychain did not store the secret: %1</source>
        <translation>Der Schlüsselbund hat das Geheimnis nicht gespeichert: %1</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>The keychain did not remove the secret: %1</source>
        <translation>Der Schlüsselbund hat das Geheimnis nicht entfernt: %1</translation>
    </message>
    <message>
        <location filename="../src/console/knowledge/knowledgetext.cpp" line="+20"/>
        <source>%1 (run %2)</source>
        <translation>%1 (Lauf %2)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>run %1 (no record)</source>
        <translation>Lauf %1 (kein Eintrag)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+8"/>
        <location line="+13"/>
        <location line="+5"/>
        <source>a removed account</source>
        <translation>ein entferntes Konto</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>%1 (manager)</source>
        <translation>%1 (Manager)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>%1 (in TeamTime)</source>
        <translation>%1 (in TeamTime)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Created %1, last changed %2.</source>
        <translation>Erstellt am %1, zuletzt geändert am %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Added in TeamTime by %1.</source>
        <translation>In TeamTime hinzugefügt von %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Last written by a run: %1.</source>
        <translation>Zuletzt von einem Lauf geschrieben: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last changed by a manager: %1, %2 (%3).</source>
        <translation>Zuletzt von einem Manager geändert: %1, %2 (%3).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Who wrote it as it reads now is not recorded.</source>
        <translation>Wer sie in der jetzigen Fassung geschrieben hat, ist nicht erfasst.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Whole business</source>
        <translation>Gesamtes Unternehmen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>once</source>
        <translation>einmal</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 times</source>
        <translation>%1-mal</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Created %1; the run that wrote it is not recorded.</source>
        <translation>Erstellt am %1; der Lauf, der sie geschrieben hat, ist nicht erfasst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Created %1 by %2.</source>
        <translation>Erstellt am %1 von %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observed %1, last %2</source>
        <translation>%1 beobachtet, zuletzt am %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; which run observed it then is not recorded.</source>
        <translation>%1; welcher Lauf sie damals beobachtet hat, ist nicht erfasst.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 by %2.</source>
        <translation>%1 von %2.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last changed %1.</source>
        <translation>Zuletzt geändert am %1.</translation>
    </message>
    <message>
        <location filename="../src/console/toolscontext/toolcontrolmodel.cpp" line="+33"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>no calls</source>
        <translation>keine Aufrufe</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 executed</source>
        <translation>%1 ausgeführt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 blocked (%2)</source>
        <translation>%1 blockiert (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 awaiting approval</source>
        <translation>%1 auf Freigabe wartend</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 dry run</source>
        <translation>%1 im Probelauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 invalid</source>
        <translation>%1 ungültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 failed</source>
        <translation>%1 fehlgeschlagen</translation>
    </message>
    <message>
        <location filename="../engine/actions/actionexport.cpp" line="+22"/>
        <source>The export could not be written: %1</source>
        <translation>Der Export konnte nicht geschrieben werden: %1</translation>
    </message>
    <message>
        <location filename="../engine/actions/actionlog.cpp" line="+132"/>
        <location filename="../src/report/actionreportpdf.cpp" line="+199"/>
        <source>Executed</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dry run</source>
        <translation>Probelauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/report/actionreportpdf.cpp" line="+1"/>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/report/actionreportpdf.cpp" line="+1"/>
        <source>Awaiting approval</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <location filename="../src/report/actionreportpdf.cpp" line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Observation</source>
        <translation>Beobachtung</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>There is no action with the id %1.</source>
        <translation>Es gibt keine Aktion mit der ID %1.</translation>
    </message>
    <message>
        <location filename="../engine/actions/actionsummary.cpp" line="+81"/>
        <source>The period must start on or before the day it ends.</source>
        <translation>Der Zeitraum muss spätestens an seinem letzten Tag beginnen.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>A summary covers at most %n days.</source>
        <translation>
            <numerusform>Eine Zusammenfassung umfasst höchstens %n Tag.</numerusform>
            <numerusform>Eine Zusammenfassung umfasst höchstens %n Tage.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../engine/auth/signin.cpp" line="+11"/>
        <source>That email or username and password do not match a TeamTime account.</source>
        <translation>Diese Kombination aus E-Mail-Adresse bzw. Benutzername und Passwort passt zu keinem TeamTime-Konto.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Enter your email or username and your password.</source>
        <translation>Geben Sie Ihre E-Mail-Adresse oder Ihren Benutzernamen und Ihr Passwort ein.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>This TeamTime account is inactive.</source>
        <translation>Dieses TeamTime-Konto ist inaktiv.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Only TeamTime admins and managers can use Mentats Console.</source>
        <translation>Nur TeamTime-Administratoren und -Manager können die Mentats-Konsole verwenden.</translation>
    </message>
    <message>
        <location filename="../engine/config/agentsettingsstore.cpp" line="+59"/>
        <location filename="../engine/config/instructionversions.cpp" line="+44"/>
        <source>The %1 has no configuration yet: apply the migrations first.</source>
        <translation>Der %1 hat noch keine Konfiguration: Wenden Sie zuerst die Migrationen an.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Choose a provider: %1.</source>
        <translation>Wählen Sie einen Anbieter: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Name the model, e.g. claude-haiku-4-5 or gpt-4.1-mini.</source>
        <translation>Geben Sie das Modell an, z. B. claude-haiku-4-5 oder gpt-4.1-mini.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The base URL must be an http or https address, e.g. http://localhost:11434/v1.</source>
        <translation>Die Basis-URL muss eine http- oder https-Adresse sein, z. B. http://localhost:11434/v1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An OpenAI-compatible server needs its base URL.</source>
        <translation>Ein OpenAI-kompatibler Server benötigt seine Basis-URL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Choose a tone: %1.</source>
        <translation>Wählen Sie einen Tonfall: %1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The temperature is between 0 and 1.</source>
        <translation>Die Temperatur liegt zwischen 0 und 1.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The context budget is between %1 and %2 tokens.</source>
        <translation>Das Kontextbudget liegt zwischen %1 und %2 Token.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The daily budget cannot be negative; leave it empty for none.</source>
        <translation>Das Tagesbudget darf nicht negativ sein; lassen Sie das Feld leer, wenn es keines geben soll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only the Revenue Optimizer&apos;s nightly run can go through Message Batches.</source>
        <translation>Nur der nächtliche Lauf des Revenue Optimizer kann über Message Batches laufen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Message Batches are Anthropic&apos;s: choose the anthropic provider, or switch batches off.</source>
        <translation>Message Batches gibt es nur bei Anthropic: Wählen Sie den Anbieter anthropic oder schalten Sie Batches aus.</translation>
    </message>
    <message>
        <location filename="../engine/config/businesssettings.cpp" line="+47"/>
        <source>Keep the business name under 100 characters.</source>
        <translation>Der Name des Unternehmens muss kürzer als 100 Zeichen sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not a time zone this machine knows: choose one such as America/Los_Angeles.</source>
        <translation>„%1“ ist keine Zeitzone, die dieser Rechner kennt: Wählen Sie eine wie etwa America/Los_Angeles.</translation>
    </message>
    <message>
        <location filename="../engine/config/instructionversions.cpp" line="+33"/>
        <source>There is no version %1 of these instructions.</source>
        <translation>Von diesen Anweisungen gibt es keine Version %1.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rolled back to version %1</source>
        <translation>Auf Version %1 zurückgesetzt</translation>
    </message>
    <message>
        <location filename="../engine/config/knowledgestore.cpp" line="+26"/>
        <source>There is no such entry (%1); it may have been removed.</source>
        <translation>Diesen Eintrag (%1) gibt es nicht; möglicherweise wurde er entfernt.</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Write the policy in at least a full sentence (10 characters).</source>
        <translation>Formulieren Sie die Richtlinie in mindestens einem vollständigen Satz (10 Zeichen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The priority is between 1 and 100.</source>
        <translation>Die Priorität liegt zwischen 1 und 100.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the location this policy is for.</source>
        <translation>Wählen Sie den Standort, für den diese Richtlinie gilt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Choose the role this policy is for.</source>
        <translation>Wählen Sie die Rolle, für die diese Richtlinie gilt.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>&quot;%1&quot; is not the id of a %2.</source>
        <translation>„%1“ ist keine ID für %2.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The minimum confidence is between 0 and 1.</source>
        <translation>Die Mindestkonfidenz liegt zwischen 0 und 1.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&quot;Expiring within&quot; needs at least one day.</source>
        <translation>„Läuft ab innerhalb von“ erfordert mindestens einen Tag.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>person</source>
        <translation>eine Person</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>location</source>
        <translation>einen Standort</translation>
    </message>
    <message>
        <location line="+177"/>
        <source>Write the memory in at least a full sentence (%1 characters).</source>
        <translation>Formulieren Sie die Erinnerung in mindestens einem vollständigen Satz (%1 Zeichen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Keep the memory within %1 characters: the Office Manager reads every active memory in its prompt.</source>
        <translation>Die Erinnerung darf höchstens %1 Zeichen lang sein: Der Office Manager liest jede aktive Erinnerung in seinem Prompt.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give the memory a type, such as pattern or preference.</source>
        <translation>Geben Sie der Erinnerung einen Typ, etwa pattern oder preference.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The type is a word or two on one line (at most %1 characters).</source>
        <translation>Der Typ besteht aus ein oder zwei Wörtern in einer Zeile (höchstens %1 Zeichen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The confidence is between 0 and 1.</source>
        <translation>Die Konfidenz liegt zwischen 0 und 1.</translation>
    </message>
    <message>
        <location filename="../engine/tools/toolcontrolstore.cpp" line="+74"/>
        <source>Someone changed the settings of %1 since you opened them: Revert to see theirs, then make your change again. Nothing was saved.</source>
        <translation>Jemand hat die Einstellungen von %1 geändert, seit Sie sie geöffnet haben: Wählen Sie „Verwerfen“, um den neuen Stand zu sehen, und nehmen Sie Ihre Änderung dann erneut vor. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <location line="+131"/>
        <source>%1 always waits for a manager&apos;s approval; that cannot be switched off.</source>
        <translation>%1 wartet immer auf die Freigabe durch einen Manager; das lässt sich nicht abschalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 is between 0 (none) and %2 minutes (a week).</source>
        <translation>Die %1 liegt zwischen 0 (keine) und %2 Minuten (eine Woche).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cooldown per person</source>
        <translation>Sperrfrist pro Person</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>global cooldown</source>
        <translation>globale Sperrfrist</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The rate limit is between 1 and %1 calls an hour; leave it empty for the tool&apos;s default.</source>
        <translation>Das Ratenlimit liegt zwischen 1 und %1 Aufrufen pro Stunde; lassen Sie das Feld leer, um den Standardwert des Werkzeugs zu verwenden.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>The priority is between 1 (first) and 100 (last); leave it empty for the module&apos;s own (%1).</source>
        <translation>Die Priorität liegt zwischen 1 (zuerst) und 100 (zuletzt); lassen Sie das Feld leer, um die eigene Priorität des Moduls (%1) zu verwenden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Keep the note under %1 characters: it goes into every prompt.</source>
        <translation>Die Notiz muss kürzer als %1 Zeichen sein: Sie geht in jeden Prompt ein.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This database has no ai_tool_config or ai_context_config yet: apply the pending migrations (mentats migrate), then save again.</source>
        <translation>Diese Datenbank hat noch keine ai_tool_config oder ai_context_config: Wenden Sie die ausstehenden Migrationen an (mentats migrate) und speichern Sie dann erneut.</translation>
    </message>
    <message>
        <location filename="../engine/metrics/auctionimporter.cpp" line="+78"/>
        <source>no auction</source>
        <translation>keine Auktion</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>&quot;%1&quot; is more than 100%</source>
        <translation>„%1“ ist mehr als 100 %</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>%1 lots sold of %2 listed</source>
        <translation>%1 von %2 angebotenen Losen verkauft</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>auction &quot;%1&quot; on %2 again (first on line %3)</source>
        <translation>Auktion „%1“ am %2 erneut (zuerst in Zeile %3)</translation>
    </message>
    <message>
        <location filename="../engine/metrics/importmapping.cpp" line="+25"/>
        <location line="+49"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="-45"/>
        <location filename="../src/report/actionreportpdf.cpp" line="-130"/>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Employee</source>
        <translation>Mitarbeitende</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund</source>
        <translation>Erstattung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Transaction reference</source>
        <translation>Transaktionsreferenz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Transactions (count)</source>
        <translation>Transaktionen (Anzahl)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Till variance</source>
        <translation>Kassendifferenz</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Auction</source>
        <translation>Auktion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Auction title</source>
        <translation>Auktionstitel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Lots listed</source>
        <translation>Angebotene Lose</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Lots sold</source>
        <translation>Verkaufte Lose</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Sell-through %</source>
        <translation>Verkaufsquote %</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Average final price</source>
        <translation>Durchschnittlicher Endpreis</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No-pay rate</source>
        <translation>Nichtzahlerquote</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Photos per lot</source>
        <translation>Fotos pro Los</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Creation to first bid (min)</source>
        <translation>Erstellung bis erstes Gebot (min)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Bid to hammer (min)</source>
        <translation>Gebot bis Zuschlag (min)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Hammer to payment (min)</source>
        <translation>Zuschlag bis Zahlung (min)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payment to shipment (min)</source>
        <translation>Zahlung bis Versand (min)</translation>
    </message>
    <message>
        <location line="+95"/>
        <source>Choose the column for &quot;%1&quot;.</source>
        <translation>Wählen Sie die Spalte für „%1“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The file has no column &quot;%1&quot; (for &quot;%2&quot;).</source>
        <translation>Die Datei hat keine Spalte „%1“ (für „%2“).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Choose the employee column, the location column or both.</source>
        <translation>Wählen Sie die Spalte für Mitarbeitende, die Spalte für den Standort oder beide.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A file of daily totals needs the column with each day&apos;s number of transactions.</source>
        <translation>Eine Datei mit Tagessummen benötigt die Spalte mit der Anzahl der Transaktionen je Tag.</translation>
    </message>
    <message>
        <location filename="../engine/metrics/importreport.cpp" line="+12"/>
        <source>1 row</source>
        <translation>1 Zeile</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>%1 rows</source>
        <translation>%1 Zeilen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source> for %1</source>
        <translation> vom %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> for %1 to %2</source>
        <translation> vom %1 bis %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>; %1 with problems</source>
        <translation>; %1 mit Problemen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 of %2 can be imported</source>
        <translation>Importierbar: %1 von %2</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing was imported: no row can be imported.</source>
        <translation>Es wurde nichts importiert: Keine Zeile kann importiert werden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was imported: %1 (all or nothing).</source>
        <translation>Es wurde nichts importiert: %1 (alles oder nichts).</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>1 row has problems</source>
        <translation>1 Zeile hat Probleme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 rows have problems</source>
        <translation>%1 Zeilen haben Probleme</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Imported %1 of %2</source>
        <translation>Importiert: %1 von %2</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 already imported</source>
        <translation>%1 bereits importiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 replacing earlier figures</source>
        <translation>%1 ersetzen frühere Zahlen</translation>
    </message>
    <message>
        <location filename="../engine/metrics/posimporter.cpp" line="+60"/>
        <source>email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>POS id</source>
        <translation>Kassen-ID</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>amount %1</source>
        <translation>Betrag %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no amount</source>
        <translation>kein Betrag</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>employee &quot;%1&quot; is %2 TeamTime users by %3</source>
        <translation>Mitarbeiter(in) „%1“ trifft per %3 auf %2 TeamTime-Benutzer zu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>employee &quot;%1&quot; matches no TeamTime user by %2</source>
        <translation>Mitarbeiter(in) „%1“ trifft per %2 auf keinen TeamTime-Benutzer zu</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>location &quot;%1&quot; is %2 TeamTime locations</source>
        <translation>Standort „%1“ trifft auf %2 TeamTime-Standorte zu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>location &quot;%1&quot; matches no TeamTime location</source>
        <translation>Standort „%1“ trifft auf keinen TeamTime-Standort zu</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>no employee and no location</source>
        <translation>weder Mitarbeiter(in) noch Standort</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>transactions</source>
        <translation>Transaktionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>no number of transactions</source>
        <translation>keine Anzahl der Transaktionen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>till variance</source>
        <translation>Kassendifferenz</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>complaints</source>
        <translation>Beschwerden</translation>
    </message>
    <message>
        <location filename="../engine/metrics/tableimporter.cpp" line="+29"/>
        <source>%1 fields where the header has %2</source>
        <translation>%1 Felder, obwohl die Kopfzeile %2 hat</translation>
    </message>
    <message>
        <location filename="../engine/metrics/valueparser.cpp" line="+55"/>
        <source>no date</source>
        <translation>kein Datum</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>time &quot;%1&quot; is not a time</source>
        <translation>Uhrzeit „%1“ ist keine gültige Uhrzeit</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>date &quot;%1&quot; does not fit the format %2</source>
        <translation>Datum „%1“ passt nicht zum Format %2</translation>
    </message>
    <message>
        <location line="+37"/>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a number</source>
        <translation>„%1“ ist keine Zahl</translation>
    </message>
    <message>
        <location line="-1"/>
        <source>&quot;%1&quot; is written with a decimal comma (see the mapping)</source>
        <translation>„%1“ ist mit Dezimalkomma geschrieben (siehe Zuordnung)</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; has more than %2 decimals</source>
        <translation>„%1“ hat mehr als %2 Nachkommastellen</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+20"/>
        <source>&quot;%1&quot; is too large</source>
        <translation>„%1“ ist zu groß</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>&quot;%1&quot; is not a whole number</source>
        <translation>„%1“ ist keine ganze Zahl</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>refund &quot;%1&quot; is neither yes/no nor a count</source>
        <translation>Erstattung „%1“ ist weder yes/no noch eine Anzahl</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is too long</source>
        <translation>„%1“ ist zu lang</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>duration &quot;%1&quot; is neither seconds nor [h:]mm:ss</source>
        <translation>Dauer „%1“ ist weder eine Sekundenzahl noch [h:]mm:ss</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; minutes is negative</source>
        <translation>Minutenwert „%1“ ist negativ</translation>
    </message>
    <message>
        <location filename="../src/report/actionreportpdf.cpp" line="+0"/>
        <location line="+252"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="-252"/>
        <location line="+274"/>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <location line="-273"/>
        <location line="+272"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="-272"/>
        <location line="+274"/>
        <source>Person</source>
        <translation>Person</translation>
    </message>
    <message>
        <location line="-274"/>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>Page %1</source>
        <translation>Seite %1</translation>
    </message>
    <message>
        <location line="+79"/>
        <location line="+127"/>
        <location line="+18"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location line="-140"/>
        <location line="+126"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="-91"/>
        <source>Nothing in this period.</source>
        <translation>Nichts in diesem Zeitraum.</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>Actions per day by outcome</source>
        <translation>Aktionen pro Tag nach Ergebnis</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cost per day by agent</source>
        <translation>Kosten pro Tag nach Agent</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>By agent</source>
        <translation>Nach Agent</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source> (+%n unpriced)</source>
        <translation>
            <numerusform> (+%n Lauf ohne Preis)</numerusform>
            <numerusform> (+%n Läufe ohne Preis)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed runs</source>
        <translation>Fehlgeschlagene Läufe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Tokens in / out</source>
        <translation>Token Eingabe / Ausgabe</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>By outcome</source>
        <translation>Nach Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>By tool</source>
        <translation>Nach Werkzeug</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>People most often concerned</source>
        <translation>Am häufigsten betroffene Personen</translation>
    </message>
    <message>
        <location line="+94"/>
        <source>(observation)</source>
        <translation>(Beobachtung)</translation>
    </message>
    <message>
        <location filename="../src/report/reportexporter.cpp" line="+30"/>
        <source>%1 – %2 (%3)</source>
        <translation>%1 – %2 (%3)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>containing “%1”</source>
        <translation>enthält „%1“</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>All agents, outcomes and tools</source>
        <translation>Alle Agenten, Ergebnisse und Werkzeuge</translation>
    </message>
</context>
<context>
    <name>ReplayPanel</name>
    <message>
        <location filename="../src/console/dryrun/replaypanel.cpp" line="+28"/>
        <source>Run to replay</source>
        <translation>Erneut abzuspielender Lauf</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Run:</source>
        <translation>&amp;Lauf:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the provider&apos;s default</source>
        <translation>Standard des Anbieters</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Provider and model:</source>
        <translation>Anbieter und &amp;Modell:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Instructions</source>
        <translation>Anweisungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Instructions:</source>
        <translation>&amp;Anweisungen:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;play</source>
        <translation>Erneut a&amp;bspielen</translation>
    </message>
    <message>
        <location line="+77"/>
        <source>replay</source>
        <translation>Wiederholung</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%1 · %2 · %3 %4 · %n call(s) · %5</source>
        <translation>
            <numerusform>%1 · %2 · %3 %4 · %n Aufruf · %5</numerusform>
            <numerusform>%1 · %2 · %3 %4 · %n Aufrufe · %5</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>As recorded</source>
        <translation>Wie aufgezeichnet</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Version %1 — %2 (%3)</source>
        <translation>Version %1 — %2 (%3)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no note</source>
        <translation>keine Notiz</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>as found</source>
        <translation>vorgefunden</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>There is no run with the id %1 to replay.</source>
        <translation>Es gibt keinen Lauf mit der ID %1, der erneut abgespielt werden kann.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Replaying the run…</source>
        <translation>Der Lauf wird erneut abgespielt…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The keychain could not be read (%1): the environment&apos;s API key is used.</source>
        <translation>Der Schlüsselbund konnte nicht gelesen werden (%1): Der API-Schlüssel aus der Umgebung wird verwendet.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Replay cancelled; it is recorded as a failed run (&quot;%1&quot;).</source>
        <translation>Wiederholung abgebrochen; sie wird als fehlgeschlagener Lauf erfasst („%1“).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Replayed with %1 %2: %3 changed, %4 only in the replay, %5 only in the original.</source>
        <translation>Erneut abgespielt mit %1 %2: %3 geändert, %4 nur in der Wiederholung, %5 nur im Original.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The replay failed: %1</source>
        <translation>Die Wiederholung ist fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>ReportExporter</name>
    <message>
        <location filename="../src/report/reportexporter.cpp" line="+13"/>
        <source>An export is already running.</source>
        <translation>Es läuft bereits ein Export.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The period must start on or before the day it ends.</source>
        <translation>Der Zeitraum muss spätestens an seinem letzten Tag beginnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Say which file to write.</source>
        <translation>Geben Sie an, welche Datei geschrieben werden soll.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The weekly summary is a PDF.</source>
        <translation>Die Wochenzusammenfassung gibt es nur als PDF.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Generated %1%2</source>
        <translation>Erstellt am %1%2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source> by %1</source>
        <translation> von %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Weekly summary of AI actions</source>
        <translation>Wochenzusammenfassung der KI-Aktionen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AI actions report</source>
        <translation>Bericht über KI-Aktionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>TeamTime</source>
        <translation>TeamTime</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Nothing failed, was blocked or is waiting for a manager this week.</source>
        <translation>Diese Woche ist nichts fehlgeschlagen, wurde nichts blockiert und wartet nichts auf einen Manager.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Actions (%1)</source>
        <translation>Aktionen (%1)</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>… and %1 more: the full report lists them all.</source>
        <translation>… und %1 weitere: Der vollständige Bericht führt alle auf.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The PDF could not be written to %1.</source>
        <translation>Das PDF konnte nicht in %1 geschrieben werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 could not be saved: %2</source>
        <translation>%1 konnte nicht gespeichert werden: %2</translation>
    </message>
</context>
<context>
    <name>ReportsPage</name>
    <message>
        <location filename="../src/console/reports/reportspage.cpp" line="+81"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Both agents</source>
        <translation>Beide Agenten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Any outcome</source>
        <translation>Alle Ergebnisse</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+24"/>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <location line="-23"/>
        <source>Any tool</source>
        <translation>Alle Werkzeuge</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+1"/>
        <location line="+129"/>
        <source>Actions</source>
        <translation>Aktionen</translation>
    </message>
    <message>
        <location line="-130"/>
        <location line="+1"/>
        <source>Share</source>
        <translation>Anteil</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Person most often concerned</source>
        <translation>Am häufigsten betroffene Person</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Export &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every action of the period and filter, RFC 4180 CSV</source>
        <translation>Alle Aktionen des Zeitraums und Filters, CSV nach RFC 4180</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;JSON Lines…</source>
        <translation>Als &amp;JSON Lines exportieren…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Every action, one JSON object per line</source>
        <translation>Alle Aktionen, ein JSON-Objekt pro Zeile</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export &amp;PDF report…</source>
        <translation>Als &amp;PDF-Bericht exportieren…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Totals, charts, the people most often concerned, then every action</source>
        <translation>Summen, Diagramme, die am häufigsten betroffenen Personen, dann alle Aktionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Weekly summary…</source>
        <translation>&amp;Wochenzusammenfassung…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Last week (Monday to Sunday, business time), both agents: totals, charts and what needs attention, as a PDF</source>
        <translation>Letzte Woche (Montag bis Sonntag, Zeitzone des Unternehmens), beide Agenten: Summen, Diagramme und was Aufmerksamkeit erfordert, als PDF</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Export progress</source>
        <translation>Exportfortschritt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Open</source>
        <translation>Ö&amp;ffnen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1 of %2 actions</source>
        <translation>%1 von %2 Aktionen</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>Adding up…</source>
        <translation>Wird zusammengerechnet…</translation>
    </message>
    <message numerus="yes">
        <location line="+24"/>
        <source> + %n run(s) with no known price</source>
        <translation>
            <numerusform> + %n Lauf ohne bekannten Preis</numerusform>
            <numerusform> + %n Läufe ohne bekannten Preis</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Executed</source>
        <translation>Ausgeführt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Blocked</source>
        <translation>Blockiert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Awaiting approval</source>
        <translation>Wartet auf Freigabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Save the weekly summary</source>
        <translation>Wochenzusammenfassung speichern</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export the action log</source>
        <translation>Aktionsprotokoll exportieren</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 files (*.%2)</source>
        <translation>%1-Dateien (*.%2)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>An export is already running.</source>
        <translation>Es läuft bereits ein Export.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Exporting to %1…</source>
        <translation>Export nach %1…</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>The export failed: %1 No file was written.</source>
        <translation>Der Export ist fehlgeschlagen: %1 Es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export cancelled. No file was written.</source>
        <translation>Export abgebrochen. Es wurde keine Datei geschrieben.</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Saved %1 (%n page(s), %2 actions).</source>
        <translation>
            <numerusform>%1 gespeichert (%n Seite, %2 Aktionen).</numerusform>
            <numerusform>%1 gespeichert (%n Seiten, %2 Aktionen).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Saved %1 actions to %2.</source>
        <translation>%1 Aktionen in %2 gespeichert.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Starting…</source>
        <translation>Wird gestartet…</translation>
    </message>
</context>
<context>
    <name>RunActivity</name>
    <message>
        <location filename="../src/console/dryrun/runactivity.cpp" line="+17"/>
        <source>Working</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Reading what the run needs…</source>
        <translation>Die Daten für den Lauf werden gelesen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Asking the model…</source>
        <translation>Das Modell wird gefragt…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Asking the model again (round %1 of at most %2)…</source>
        <translation>Das Modell wird erneut gefragt (Runde %1 von höchstens %2)…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Checking the proposed tool calls (round %1)…</source>
        <translation>Die vorgeschlagenen Werkzeugaufrufe werden geprüft (Runde %1)…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recording the run…</source>
        <translation>Der Lauf wird protokolliert…</translation>
    </message>
</context>
<context>
    <name>RunComparisonModel</name>
    <message>
        <location filename="../src/console/dryrun/runcomparisonmodel.cpp" line="+54"/>
        <source>= same</source>
        <translation>= gleich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>≠ changed: %1</source>
        <translation>≠ geändert: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>+ only in the replay</source>
        <translation>+ nur in der Wiederholung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>− only in the original</source>
        <translation>− nur im Original</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>would wait for a manager&apos;s approval</source>
        <translation>würde auf die Freigabe eines Managers warten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>would run</source>
        <translation>würde ausgeführt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ran</source>
        <translation>ausgeführt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>waited for a manager&apos;s approval</source>
        <translation>wartete auf die Freigabe eines Managers</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>blocked</source>
        <translation>blockiert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>invalid</source>
        <translation>ungültig</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verdict</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Difference</source>
        <translation>Unterschied</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Replay</source>
        <translation>Wiederholung</translation>
    </message>
</context>
<context>
    <name>RunComparisonView</name>
    <message>
        <location filename="../src/console/dryrun/runcomparisonview.cpp" line="+49"/>
        <source>Tool calls, original and replay</source>
        <translation>Werkzeugaufrufe, Original und Wiederholung</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>What the original model said</source>
        <translation>Was das ursprüngliche Modell sagte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the replay&apos;s model said</source>
        <translation>Was das Modell der Wiederholung sagte</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1: %2 %3 · %4 · run %5</source>
        <translation>%1: %2 %3 · %4 · Lauf %5</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>%1 in / %2 out tokens · %3</source>
        <translation>%1 Eingabe- / %2 Ausgabe-Token · %3</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>cost unknown</source>
        <translation>Kosten unbekannt</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Original</source>
        <translation>Original</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replay</source>
        <translation>Wiederholung</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Same: %1 · changed: %2 · only in the replay: %3 · only in the original: %4</source>
        <translation>Gleich: %1 · geändert: %2 · nur in der Wiederholung: %3 · nur im Original: %4</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Replay a run to compare it with the original here.</source>
        <translation>Spielen Sie einen Lauf erneut ab, um ihn hier mit dem Original zu vergleichen.</translation>
    </message>
</context>
<context>
    <name>SettingsPage</name>
    <message>
        <location filename="../ui/settingspage.ui" line="+8"/>
        <source>These settings are shared by every console and server on this database.</source>
        <translation>Diese Einstellungen gelten für alle Konsolen und Server mit dieser Datenbank.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Business &amp;name:</source>
        <translation>&amp;Name des Unternehmens:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Business name</source>
        <translation>Name des Unternehmens</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Business &amp;time zone:</source>
        <translation>&amp;Zeitzone des Unternehmens:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Business time zone</source>
        <translation>Zeitzone des Unternehmens</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Desktop notifications:</source>
        <translation>Desktop-Benachrichtigungen:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When an agent&apos;s runs keep &amp;failing</source>
        <translation>Wenn die Läufe eines Agenten wiederholt &amp;fehlschlagen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When actions wait for my &amp;approval</source>
        <translation>Wenn Aktionen auf meine Freig&amp;abe warten</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>When a daily &amp;budget is reached</source>
        <translation>Wenn ein Tages&amp;budget erreicht ist</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>This computer only (applied as you change them)</source>
        <translation>Nur dieser Computer (wird bei jeder Änderung sofort übernommen)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Lock the console after:</source>
        <translation>&amp;Konsole sperren nach:</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>When I log in:</source>
        <translation>Bei meiner Anmeldung:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Start with my &amp;session, in the tray</source>
        <translation>Mit meiner Sitzung &amp;im Infobereich starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Opens the console on this database in the system tray whenever you log in to this computer, so the agents keep to their schedule. Only for you, on this computer.</source>
        <translation>Öffnet die Konsole mit dieser Datenbank im Infobereich, sobald Sie sich an diesem Computer anmelden, damit die Agenten ihren Zeitplan einhalten. Nur für Sie, auf diesem Computer.</translation>
    </message>
    <message>
        <location line="-14"/>
        <source>Minutes idle before the console locks</source>
        <translation>Minuten Inaktivität, bevor die Konsole gesperrt wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source> minutes idle</source>
        <translation> Minuten Inaktivität</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>&amp;Revert</source>
        <translation>Zu&amp;rücksetzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location filename="../src/console/settings/settingspage.cpp" line="+56"/>
        <source>The console will start in the tray when you log in to this computer.</source>
        <translation>Die Konsole startet im Infobereich, wenn Sie sich an diesem Computer anmelden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The console will no longer start when you log in.</source>
        <translation>Die Konsole startet nicht mehr, wenn Sie sich anmelden.</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Saved. Every console and server now uses these settings.</source>
        <translation>Gespeichert. Alle Konsolen und Server verwenden jetzt diese Einstellungen.</translation>
    </message>
    <message>
        <location line="-8"/>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../ui/signindialog.ui" line="+5"/>
        <source>Sign in to Mentats Console</source>
        <translation>Bei der Mentats-Konsole anmelden</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../src/console/connect/signindialog.cpp" line="+30"/>
        <location line="+1"/>
        <source>Sign in with your TeamTime account. Admins and managers only.</source>
        <translation>Melden Sie sich mit Ihrem TeamTime-Konto an. Nur für Admins und Manager.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&amp;Email or username:</source>
        <translation>&amp;E-Mail oder Benutzername:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Email or username</source>
        <translation>E-Mail oder Benutzername</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Sign-in problem</source>
        <translation>Anmeldeproblem</translation>
    </message>
    <message>
        <location filename="../src/console/connect/signindialog.cpp" line="-13"/>
        <source>Database: %1</source>
        <translation>Datenbank: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Sign in</source>
        <translation>&amp;Anmelden</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>SimulatePanel</name>
    <message>
        <location filename="../src/console/dryrun/simulatepanel.cpp" line="+22"/>
        <source>Run both agents over a simulated store for some days, on a throwaway database in the private cluster on this computer (never the database you are connected to), and see how well they judged: what they noticed, whom they nudged and how often, what they escalated, and what it cost.</source>
        <translation>Lassen Sie beide Agenten einige Tage lang in einem simulierten Geschäft arbeiten, in einer Wegwerf-Datenbank im privaten Cluster auf diesem Computer (nie in der Datenbank, mit der Sie verbunden sind), und sehen Sie, wie gut sie urteilten: was sie bemerkten, wen sie wie oft erinnerten, was sie eskalierten und was es kostete.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Small: 15 staff, 2 locations</source>
        <translation>Klein: 15 Mitarbeitende, 2 Standorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Medium: 150 staff, 10 locations</source>
        <translation>Mittel: 150 Mitarbeitende, 10 Standorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Large: 2,400 staff, 40 locations</source>
        <translation>Groß: 2.400 Mitarbeitende, 40 Standorte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Store:</source>
        <translation>&amp;Geschäft:</translation>
    </message>
    <message>
        <location line="+5"/>
        <source> days</source>
        <translation> Tage</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Period:</source>
        <translation>&amp;Zeitraum:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>S&amp;eed:</source>
        <translation>Start&amp;wert:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Offline rules</source>
        <translation>Offline-Regeln</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Eager (a worst-case model)</source>
        <translation>Übereifrig (ein Modell für den schlimmsten Fall)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Injection (obeys instructions in staff text)</source>
        <translation>Injektion (befolgt Anweisungen in Texten der Mitarbeitenden)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Simulate</source>
        <translation>&amp;Simulieren</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>The scorecard appears here.</source>
        <translation>Hier erscheint die Auswertung.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Cancelling after the pass in progress…</source>
        <translation>Wird nach dem laufenden Durchgang abgebrochen…</translation>
    </message>
    <message>
        <location line="+41"/>
        <source>Simulating %1…</source>
        <translation>Simuliere %1…</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Building the store…</source>
        <translation>Das Geschäft wird aufgebaut…</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n simulated day(s) in %1 s.</source>
        <translation>
            <numerusform>%n simulierter Tag in %1 s.</numerusform>
            <numerusform>%n simulierte Tage in %1 s.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ToolControlModel</name>
    <message>
        <location filename="../src/console/toolscontext/toolcontrolmodel.cpp" line="+19"/>
        <source>&quot;%1&quot; is not a number of calls an hour.</source>
        <translation>„%1“ ist keine gültige Anzahl von Aufrufen pro Stunde.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&quot;%1&quot; is not a number of minutes.</source>
        <translation>„%1“ ist keine gültige Anzahl von Minuten.</translation>
    </message>
    <message>
        <location line="+81"/>
        <location line="+36"/>
        <source>no limit</source>
        <translation>kein Limit</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>This tool always waits for a manager&apos;s approval.</source>
        <translation>Dieses Werkzeug wartet immer auf die Freigabe durch einen Manager.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Default: runs without approval. Tick to have a manager approve every call.</source>
        <translation>Standard: läuft ohne Freigabe. Ankreuzen, damit ein Manager jeden Aufruf freigeben muss.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Minutes before the tool may be used again for the same person; 0 for none. Default: %1.</source>
        <translation>Minuten, bevor das Werkzeug für dieselbe Person erneut verwendet werden darf; 0 für keine Sperrfrist. Standard: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Minutes before the tool may be used again at all; 0 for none. Default: %1.</source>
        <translation>Minuten, bevor das Werkzeug überhaupt erneut verwendet werden darf; 0 für keine Sperrfrist. Standard: %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Most calls that may run in an hour; empty for the default (%1).</source>
        <translation>Höchstzahl an Aufrufen pro Stunde; leer für den Standardwert (%1).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>What became of its calls in the last %1 days.</source>
        <translation>Was in den letzten %1 Tagen aus seinen Aufrufen wurde.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>As the tool defines it.</source>
        <translation>Wie vom Werkzeug festgelegt.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Changed from the tool&apos;s defaults.</source>
        <translation>Gegenüber den Standardwerten des Werkzeugs geändert.</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>Tool</source>
        <translation>Werkzeug</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Needs approval</source>
        <translation>Freigabe erforderlich</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Cooldown per person (min)</source>
        <translation>Sperrfrist pro Person (min)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Global cooldown (min)</source>
        <translation>Globale Sperrfrist (min)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Rate limit (per hour)</source>
        <translation>Ratenlimit (pro Stunde)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Last %1 days</source>
        <translation>Letzte %1 Tage</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
</context>
<context>
    <name>ToolsContextPage</name>
    <message>
        <location filename="../src/console/toolscontext/toolscontextpage.cpp" line="+78"/>
        <source>&amp;Agent:</source>
        <translation>&amp;Agent:</translation>
    </message>
    <message>
        <location line="+17"/>
        <location line="+2"/>
        <source>Tools</source>
        <translation>Werkzeuge</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reset Tool to &amp;Default</source>
        <translation>Werkzeug auf Stan&amp;dard zurücksetzen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Context</source>
        <translation>Kontext</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Context providers</source>
        <translation>Kontextanbieter</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reset &amp;Module to Default</source>
        <translation>&amp;Modul auf Standard zurücksetzen</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Context preview</source>
        <translation>Kontextvorschau</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Revert</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Save or revert the changes to the %1 first.</source>
        <translation>Speichern oder verwerfen Sie zuerst die Änderungen am %1.</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>This database has no ai_tool_config / ai_context_config yet: apply the pending migrations to save settings.</source>
        <translation>Diese Datenbank hat noch keine ai_tool_config / ai_context_config: Wenden Sie die ausstehenden Migrationen an, um Einstellungen zu speichern.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n setting(s) TeamTime keeps for tools or modules this console does not know are left as they are.</source>
        <translation>
            <numerusform>%n Einstellung, die TeamTime für dieser Konsole unbekannte Werkzeuge oder Module speichert, bleibt unverändert.</numerusform>
            <numerusform>%n Einstellungen, die TeamTime für dieser Konsole unbekannte Werkzeuge oder Module speichert, bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Correct the settings marked in the tables first.</source>
        <translation>Korrigieren Sie zuerst die in den Tabellen markierten Einstellungen.</translation>
    </message>
    <message numerus="yes">
        <location line="+15"/>
        <source>Saved %n change(s) for the %1; the agent uses them from its next call.</source>
        <translation>
            <numerusform>%n Änderung für den %1 gespeichert; der Agent verwendet sie ab seinem nächsten Aufruf.</numerusform>
            <numerusform>%n Änderungen für den %1 gespeichert; der Agent verwendet sie ab seinem nächsten Aufruf.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+44"/>
        <source>Context now: %1 of %2 tokens, %n module(s) included, %3 left out.</source>
        <translation>
            <numerusform>Kontext jetzt: %1 von %2 Token, %n Modul enthalten, %3 weggelassen.</numerusform>
            <numerusform>Kontext jetzt: %1 von %2 Token, %n Module enthalten, %3 weggelassen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="-20"/>
        <source>The preview could not be assembled: %1</source>
        <translation>Die Vorschau konnte nicht zusammengestellt werden: %1</translation>
    </message>
    <message numerus="yes">
        <location line="+25"/>
        <source>So much needs attention that a run now makes %n model call(s).</source>
        <translation>
            <numerusform>So viel braucht Aufmerksamkeit, dass ein Lauf jetzt %n Modellaufruf macht.</numerusform>
            <numerusform>So viel braucht Aufmerksamkeit, dass ein Lauf jetzt %n Modellaufrufe macht.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Save or revert the changes first.</source>
        <translation>Speichern oder verwerfen Sie zuerst die Änderungen.</translation>
    </message>
</context>
<context>
    <name>TrayController</name>
    <message>
        <location filename="../src/console/tray/traycontroller.cpp" line="+34"/>
        <source>&amp;Open Mentats Console</source>
        <translation>Mentats-Konsole &amp;öffnen</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Run &amp;Office Manager Now</source>
        <translation>&amp;Office Manager jetzt starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Run &amp;Revenue Optimizer Now</source>
        <translation>&amp;Revenue Optimizer jetzt starten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+105"/>
        <source>&amp;Pause Scheduler</source>
        <translation>Zeitplaner &amp;anhalten</translation>
    </message>
    <message>
        <location line="-103"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>Keychain unavailable</source>
        <translation>Schlüsselbund nicht verfügbar</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1 run failed</source>
        <translation>Lauf von %1 fehlgeschlagen</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Scheduler paused</source>
        <translation>Zeitplaner angehalten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduler running a tick…</source>
        <translation>Zeitplaner führt einen Durchgang aus…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduler on</source>
        <translation>Zeitplaner an</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Scheduler off</source>
        <translation>Zeitplaner aus</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Resume Scheduler</source>
        <translation>Zeitplaner &amp;fortsetzen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Mentats Console — %1</source>
        <translation>Mentats-Konsole — %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>%1 at %2: %3</source>
        <translation>%1 um %2: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1: daily budget reached</source>
        <translation>%1: Tagesbudget erreicht</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>%1 keeps failing</source>
        <translation>%1 schlägt wiederholt fehl</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n scheduled run(s) in a row failed. Last error: %1</source>
        <translation>
            <numerusform>%n geplanter Lauf in Folge fehlgeschlagen. Letzter Fehler: %1</numerusform>
            <numerusform>%n geplante Läufe in Folge fehlgeschlagen. Letzter Fehler: %1</numerusform>
        </translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Actions wait for your approval</source>
        <translation>Aktionen warten auf Ihre Freigabe</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n action(s) proposed by the agents wait for a manager.</source>
        <translation>
            <numerusform>%n von den Agenten vorgeschlagene Aktion wartet auf einen Manager.</numerusform>
            <numerusform>%n von den Agenten vorgeschlagene Aktionen warten auf einen Manager.</numerusform>
        </translation>
    </message>
</context>
</TS>
