<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AnalyticsDashboardSource</name>
    <message>
        <source>%1 → %2 at %3 (%4)</source>
        <translation>%1 → %2 zu %3 (%4)</translation>
    </message>
    <message>
        <source>Customer %1</source>
        <translation>Kunde %1</translation>
    </message>
</context>
<context>
    <name>AnalyticsWorker</name>
    <message>
        <source>Could not read the workspace: %1</source>
        <translation>Der Arbeitsbereich konnte nicht gelesen werden: %1</translation>
    </message>
</context>
<context>
    <name>BatchWriter</name>
    <message>
        <source>store %1 does not exist in this workspace</source>
        <translation>Shop %1 gibt es in diesem Arbeitsbereich nicht</translation>
    </message>
    <message>
        <source>order without an id</source>
        <translation>Bestellung ohne ID</translation>
    </message>
    <message>
        <source>order %1 has no valid currency</source>
        <translation>Bestellung %1 hat keine gültige Währung</translation>
    </message>
    <message>
        <source>order %1 has no processing or update time</source>
        <translation>Bestellung %1 hat keinen Bearbeitungs- oder Änderungszeitpunkt</translation>
    </message>
    <message>
        <source>order %1 has a line item without id or with a negative quantity</source>
        <translation>Bestellung %1 hat eine Position ohne ID oder mit negativer Menge</translation>
    </message>
    <message>
        <source>order %1 has a refund without id or date</source>
        <translation>Bestellung %1 hat eine Erstattung ohne ID oder Datum</translation>
    </message>
    <message>
        <source>checkout without id or creation time</source>
        <translation>Checkout ohne ID oder Erstellungszeitpunkt</translation>
    </message>
    <message>
        <source>order %1 lists line item %2 twice</source>
        <translation>Bestellung %1 enthält Position %2 doppelt</translation>
    </message>
    <message>
        <source>order %1 lists refund %2 twice</source>
        <translation>Bestellung %1 enthält Erstattung %2 doppelt</translation>
    </message>
    <message>
        <source>part of order %1 arrived without the order</source>
        <translation>Ein Teil von Bestellung %1 kam ohne die Bestellung an</translation>
    </message>
    <message>
        <source>a line of refund %1 arrived without the refund</source>
        <translation>Eine Zeile von Erstattung %1 kam ohne die Erstattung an</translation>
    </message>
</context>
<context>
    <name>BulkOrderParser</name>
    <message>
        <source>malformed JSON line: %1</source>
        <translation>fehlerhafte JSON-Zeile: %1</translation>
    </message>
    <message>
        <source>order without a valid id</source>
        <translation>Bestellung ohne gültige ID</translation>
    </message>
    <message>
        <source>order %1 has an invalid date</source>
        <translation>Bestellung %1 hat ein ungültiges Datum</translation>
    </message>
    <message>
        <source>order %1 is in %2, not the shop currency %3</source>
        <translation>Bestellung %1 ist in %2, nicht in der Shop-Währung %3</translation>
    </message>
    <message>
        <source>refund without a valid id</source>
        <translation>Erstattung ohne gültige ID</translation>
    </message>
    <message>
        <source>refund %1 has no date</source>
        <translation>Erstattung %1 hat kein Datum</translation>
    </message>
    <message>
        <source>line item without a valid id</source>
        <translation>Position ohne gültige ID</translation>
    </message>
    <message>
        <source>more than %1 discounts allocated to one line</source>
        <translation>mehr als %1 Rabatte einer Position zugeordnet</translation>
    </message>
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Run &quot;storelens-cli help&quot; for the list of commands.</source>
        <translation>„storelens-cli help“ zeigt die Liste der Befehle.</translation>
    </message>
    <message>
        <source>Passphrase for workspace &quot;%1&quot;: </source>
        <translation>Passphrase für Arbeitsbereich „%1“: </translation>
    </message>
    <message>
        <source>A passphrase needs at least 8 characters.</source>
        <translation>Eine Passphrase braucht mindestens 8 Zeichen.</translation>
    </message>
    <message>
        <source>Repeat the passphrase: </source>
        <translation>Passphrase wiederholen: </translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Die Passphrasen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; is protected by a passphrase: set STORELENS_PASSPHRASE or run on a terminal to be asked for it.</source>
        <translation>Arbeitsbereich „%1“ ist durch eine Passphrase geschützt: Setzen Sie STORELENS_PASSPHRASE oder starten Sie den Befehl in einem Terminal, um danach gefragt zu werden.</translation>
    </message>
    <message>
        <source>Several stores are named &quot;%1&quot;; use the shop domain.</source>
        <translation>Mehrere Shops heißen „%1“; verwenden Sie die Shop-Domain.</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; has no store &quot;%2&quot;.</source>
        <translation>Arbeitsbereich „%1“ hat keinen Shop „%2“.</translation>
    </message>
</context>
<context>
    <name>CommandGroup</name>
    <message>
        <source>Run &quot;storelens-cli %1 --help&quot; for its commands.</source>
        <translation>„storelens-cli %1 --help“ zeigt die Befehle.</translation>
    </message>
    <message>
        <source>Usage: storelens-cli %1 COMMAND [OPTIONS]</source>
        <translation>Aufruf: storelens-cli %1 BEFEHL [OPTIONEN]</translation>
    </message>
    <message>
        <source>Commands:</source>
        <translation>Befehle:</translation>
    </message>
    <message>
        <source>Every command answers --help with its usage and options, e.g. &quot;storelens-cli %1 %2 --help&quot;.</source>
        <translation>Jeder Befehl zeigt mit --help seinen Aufruf und seine Optionen, z. B. „storelens-cli %1 %2 --help“.</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <source>Usage: storelens-cli %1 %2</source>
        <translation>Aufruf: storelens-cli %1 %2</translation>
    </message>
    <message>
        <source>Run &quot;storelens-cli %1 --help&quot; for its options.</source>
        <translation>„storelens-cli %1 --help“ zeigt die Optionen.</translation>
    </message>
    <message>
        <source>--%1 is given more than once.</source>
        <translation>--%1 ist mehrfach angegeben.</translation>
    </message>
    <message>
        <source>unknown option %1</source>
        <translation>unbekannte Option %1</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>%1 takes no value.</source>
        <translation>%1 nimmt keinen Wert an.</translation>
    </message>
    <message>
        <source>%1 is needed.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>unexpected argument &quot;%1&quot;</source>
        <translation>unerwartetes Argument „%1“</translation>
    </message>
    <message>
        <source>--%1 is needed.</source>
        <translation>--%1 ist erforderlich.</translation>
    </message>
</context>
<context>
    <name>CredentialStore</name>
    <message>
        <source>Could not save the credential in the system keychain: %1</source>
        <translation>Die Zugangsdaten konnten nicht im Schlüsselbund des Systems gespeichert werden: %1</translation>
    </message>
    <message>
        <source>The system keychain holds no credential for this store; reconnect it.</source>
        <translation>Der Schlüsselbund des Systems enthält keine Zugangsdaten für diesen Shop; verbinden Sie ihn erneut.</translation>
    </message>
    <message>
        <source>The workspace holds no credential for this store; reconnect it.</source>
        <translation>Der Arbeitsbereich enthält keine Zugangsdaten für diesen Shop; verbinden Sie ihn erneut.</translation>
    </message>
</context>
<context>
    <name>CsvWriter</name>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
</context>
<context>
    <name>DaemonCommands</name>
    <message>
        <source>Workspace &quot;%1&quot; has no store &quot;%2&quot;.</source>
        <translation>Arbeitsbereich „%1“ hat keinen Shop „%2“.</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>Could not set up signal handling.</source>
        <translation>Die Signalbehandlung konnte nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>Online: syncing resumes.</source>
        <translation>Online: Die Synchronisierung wird fortgesetzt.</translation>
    </message>
    <message>
        <source>Offline: syncing pauses.</source>
        <translation>Offline: Die Synchronisierung pausiert.</translation>
    </message>
    <message>
        <source>sync of %1 started</source>
        <translation>Synchronisierung von %1 gestartet</translation>
    </message>
    <message>
        <source>sync of %1: %2</source>
        <translation>Synchronisierung von %1: %2</translation>
    </message>
    <message>
        <source>sync of %1 done; next at %2</source>
        <translation>Synchronisierung von %1 fertig; nächste um %2</translation>
    </message>
    <message>
        <source>Stopping: committing what was synced...</source>
        <translation>Beenden: Bereits Synchronisiertes wird gespeichert …</translation>
    </message>
    <message numerus="yes">
        <source>StoreLens daemon: workspace &quot;%1&quot;, %n store(s). Stop with Ctrl+C.</source>
        <translation>
            <numerusform>StoreLens-Dienst: Arbeitsbereich „%1“, %n Shop. Beenden mit Strg+C.</numerusform>
            <numerusform>StoreLens-Dienst: Arbeitsbereich „%1“, %n Shops. Beenden mit Strg+C.</numerusform>
        </translation>
    </message>
    <message>
        <source>Lists a workspace&apos;s sync runs, the latest first.</source>
        <translation>Listet die Synchronisierungen eines Arbeitsbereichs auf, die neueste zuerst.</translation>
    </message>
    <message>
        <source>The workspace whose runs to list.</source>
        <translation>Der Arbeitsbereich, dessen Synchronisierungen aufgelistet werden.</translation>
    </message>
    <message>
        <source>Only this store&apos;s runs, by name or shop domain.</source>
        <translation>Nur die Synchronisierungen dieses Shops, nach Name oder Shop-Domain.</translation>
    </message>
    <message>
        <source>At most N runs (default: 50).</source>
        <translation>Höchstens N Synchronisierungen (Standard: 50).</translation>
    </message>
    <message>
        <source>Print the runs as JSON.</source>
        <translation>Die Synchronisierungen als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Syncs every store of a workspace on its schedule, as the desktop app does, until SIGINT or SIGTERM; then commits what was synced and stops.</source>
        <translation>Synchronisiert jeden Shop eines Arbeitsbereichs nach seinem Zeitplan wie die Desktop-App, bis SIGINT oder SIGTERM eintrifft; speichert dann das Synchronisierte und hält an.</translation>
    </message>
    <message>
        <source>The workspace whose stores to sync.</source>
        <translation>Der Arbeitsbereich, dessen Shops synchronisiert werden.</translation>
    </message>
    <message>
        <source>--workspace W [--store S] [--limit N] [--json]</source>
        <translation>--workspace W [--store S] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>--workspace W</source>
        <translation>--workspace W</translation>
    </message>
</context>
<context>
    <name>DashboardCharts</name>
    <message>
        <source>MMM yyyy</source>
        <extracomment>Date format of a month on a chart axis (QDate format)</extracomment>
        <translation>MMM yyyy</translation>
    </message>
    <message>
        <source>d MMM</source>
        <extracomment>Date format of a day on a chart axis (QDate format)</extracomment>
        <translation>d. MMM</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>MMMM yyyy</source>
        <extracomment>A month in words (QDate format)</extracomment>
        <translation>MMMM yyyy</translation>
    </message>
    <message>
        <source>No sales in this period.</source>
        <translation>Keine Umsätze in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>This period</source>
        <translation>Dieser Zeitraum</translation>
    </message>
    <message>
        <source>Previous period</source>
        <translation>Vorheriger Zeitraum</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Previous period, %1: %2</source>
        <translation>Vorheriger Zeitraum, %1: %2</translation>
    </message>
    <message>
        <source>No orders in this period.</source>
        <translation>Keine Bestellungen in diesem Zeitraum.</translation>
    </message>
    <message numerus="yes">
        <source>%1: %Ln order(s)</source>
        <translation>
            <numerusform>%1: %Ln Bestellung</numerusform>
            <numerusform>%1: %Ln Bestellungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Previous period, %1: %Ln order(s)</source>
        <translation>
            <numerusform>Vorheriger Zeitraum, %1: %Ln Bestellung</numerusform>
            <numerusform>Vorheriger Zeitraum, %1: %Ln Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>No abandoned checkouts in this period.</source>
        <translation>Keine abgebrochenen Checkouts in diesem Zeitraum.</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Zurückgewonnen</translation>
    </message>
    <message>
        <source>Not recovered</source>
        <translation>Nicht zurückgewonnen</translation>
    </message>
    <message>
        <source>%1: %2 abandoned, %3 recovered</source>
        <translation>%1: %2 abgebrochen, %3 zurückgewonnen</translation>
    </message>
    <message>
        <source>Nothing sold in this period.</source>
        <translation>In diesem Zeitraum wurde nichts verkauft.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%3 of total sales), %Ln order(s)</source>
        <translation>
            <numerusform>%1: %2 (%3 des Gesamtumsatzes), %Ln Bestellung</numerusform>
            <numerusform>%1: %2 (%3 des Gesamtumsatzes), %Ln Bestellungen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DashboardReport</name>
    <message>
        <source>StoreLens report: %1</source>
        <translation>StoreLens-Bericht: %1</translation>
    </message>
    <message>
        <source>StoreLens · %1</source>
        <translation>StoreLens · %1</translation>
    </message>
    <message>
        <source>Amounts in %1, converted: %2</source>
        <translation>Beträge in %1, umgerechnet: %2</translation>
    </message>
</context>
<context>
    <name>DbWorker</name>
    <message>
        <source>Unexpected error.</source>
        <translation>Unerwarteter Fehler.</translation>
    </message>
</context>
<context>
    <name>ExchangeRate</name>
    <message>
        <source>&quot;%1&quot; is not a plain decimal exchange rate such as 1.0834</source>
        <translation>„%1“ ist kein einfacher Dezimal-Wechselkurs wie 1.0834</translation>
    </message>
    <message>
        <source>exchange rate &quot;%1&quot; has more than %2 decimals</source>
        <translation>Wechselkurs „%1“ hat mehr als %2 Nachkommastellen</translation>
    </message>
    <message>
        <source>exchange rate &quot;%1&quot; has more than %2 significant digits</source>
        <translation>Wechselkurs „%1“ hat mehr als %2 signifikante Stellen</translation>
    </message>
    <message>
        <source>an exchange rate must be greater than zero</source>
        <translation>ein Wechselkurs muss größer als null sein</translation>
    </message>
</context>
<context>
    <name>ExchangeRateFile</name>
    <message>
        <source>line %1: expected BASE,QUOTE,RATE</source>
        <translation>Zeile %1: BASIS,ZIEL,KURS erwartet</translation>
    </message>
    <message>
        <source>line %1: &quot;%2&quot; and &quot;%3&quot; are not two different ISO 4217 currency codes</source>
        <translation>Zeile %1: „%2“ und „%3“ sind nicht zwei verschiedene ISO-4217-Währungscodes</translation>
    </message>
    <message>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
</context>
<context>
    <name>ExchangeRateRepository</name>
    <message>
        <source>entered by hand</source>
        <translation>von Hand eingegeben</translation>
    </message>
</context>
<context>
    <name>GroupCommands</name>
    <message>
        <source>group: expected create, list or delete.</source>
        <translation>group: create, list oder delete erwartet.</translation>
    </message>
    <message>
        <source>group: unknown command &quot;%1&quot;.</source>
        <translation>group: unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; already has a store group &quot;%2&quot;.</source>
        <translation>Arbeitsbereich „%1“ hat bereits eine Shop-Gruppe „%2“.</translation>
    </message>
    <message>
        <source>Could not create the store group: %1</source>
        <translation>Die Shop-Gruppe konnte nicht angelegt werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Created store group &quot;%1&quot; with %n store(s).</source>
        <translation>
            <numerusform>Shop-Gruppe „%1“ mit %n Shop angelegt.</numerusform>
            <numerusform>Shop-Gruppe „%1“ mit %n Shops angelegt.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; has no store groups.</source>
        <translation>Arbeitsbereich „%1“ hat keine Shop-Gruppen.</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; has no store group &quot;%2&quot;.</source>
        <translation>Arbeitsbereich „%1“ hat keine Shop-Gruppe „%2“.</translation>
    </message>
    <message>
        <source>Deleted store group &quot;%1&quot;; its stores are unchanged.</source>
        <translation>Shop-Gruppe „%1“ gelöscht; ihre Shops bleiben unverändert.</translation>
    </message>
    <message>
        <source>Creates a named group of stores to report together.</source>
        <translation>Legt eine benannte Gruppe von Shops an, über die gemeinsam berichtet wird.</translation>
    </message>
    <message>
        <source>Lists the store groups of a workspace.</source>
        <translation>Listet die Shop-Gruppen eines Arbeitsbereichs auf.</translation>
    </message>
    <message>
        <source>Deletes a store group; its stores stay.</source>
        <translation>Löscht eine Shop-Gruppe; ihre Shops bleiben erhalten.</translation>
    </message>
    <message>
        <source>--workspace W NAME STORE [STORE ...]</source>
        <translation>--workspace W NAME SHOP [SHOP ...]</translation>
    </message>
    <message>
        <source>The workspace of the stores.</source>
        <translation>Der Arbeitsbereich der Shops.</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The group&apos;s name.</source>
        <translation>Der Name der Gruppe.</translation>
    </message>
    <message>
        <source>STORE</source>
        <translation>SHOP</translation>
    </message>
    <message>
        <source>A store&apos;s name or shop domain; one or more.</source>
        <translation>Name oder Shop-Domain eines Shops; einer oder mehrere.</translation>
    </message>
    <message>
        <source>The workspace whose groups to list.</source>
        <translation>Der Arbeitsbereich, dessen Gruppen aufgelistet werden.</translation>
    </message>
    <message>
        <source>Print the groups and their stores as JSON.</source>
        <translation>Die Gruppen und ihre Shops als JSON ausgeben.</translation>
    </message>
    <message>
        <source>--workspace W NAME</source>
        <translation>--workspace W NAME</translation>
    </message>
    <message>
        <source>The workspace of the group.</source>
        <translation>Der Arbeitsbereich der Gruppe.</translation>
    </message>
    <message>
        <source>--workspace W [--json]</source>
        <translation>--workspace W [--json]</translation>
    </message>
</context>
<context>
    <name>Help</name>
    <message>
        <source>Usage: storelens-cli COMMAND ...
</source>
        <translation>Aufruf: storelens-cli BEFEHL ...
</translation>
    </message>
    <message>
        <source>Workspaces (one encrypted file each; an agency keeps one per client):
  workspace create NAME [--passphrase]
  workspace list [--json]
  workspace rename OLD NEW
  workspace delete NAME [--yes]
</source>
        <translation>Arbeitsbereiche (je eine verschlüsselte Datei; eine Agentur hat einen pro Kunde):
  workspace create NAME [--passphrase]
  workspace list [--json]
  workspace rename ALT NEU
  workspace delete NAME [--yes]
</translation>
    </message>
    <message>
        <source>Stores:
  store add --workspace W --platform shopify --shop DOMAIN
            (--token-env VAR | --client-id ID --client-secret-env VAR)
            [--api-base URL] [--name N] [--offline]
  store list --workspace W [--json]
  store remove --workspace W STORE
</source>
        <translation>Shops:
  store add --workspace W --platform shopify --shop DOMAIN
            (--token-env VAR | --client-id ID --client-secret-env VAR)
            [--api-base URL] [--name N] [--offline]
  store list --workspace W [--json]
  store remove --workspace W SHOP
</translation>
    </message>
    <message>
        <source>Sync:
  sync --workspace W [--store S] [--full] [--json-progress]
  import-bulk --workspace W --store S FILE.jsonl
  sync-log --workspace W [--store S] [--limit N] [--json]
  daemon --workspace W
</source>
        <translation>Synchronisierung:
  sync --workspace W [--store S] [--full] [--json-progress]
  import-bulk --workspace W --store S DATEI.jsonl
  sync-log --workspace W [--store S] [--limit N] [--json]
  daemon --workspace W
</translation>
    </message>
    <message>
        <source>Reports (shop-local days; the previous period of equal length alongside):
  report --workspace W [--store S | --group G] --from YYYY-MM-DD
         --to YYYY-MM-DD [--currency CUR] [--series day|week|month]
         [--top-products N | --top-variants N] [--top-customers N]
         [--json | --format text|json|csv]
  group create --workspace W NAME STORE [STORE ...]
  group list --workspace W [--json]
  group delete --workspace W NAME
</source>
        <translation>Berichte (Kalendertage der Shops; die gleich lange Vorperiode daneben):
  report --workspace W [--store S | --group G] --from JJJJ-MM-TT
         --to JJJJ-MM-TT [--currency WÄHRUNG] [--series day|week|month]
         [--top-products N | --top-variants N] [--top-customers N]
         [--json | --format text|json|csv]
  group create --workspace W NAME SHOP [SHOP ...]
  group list --workspace W [--json]
  group delete --workspace W NAME
</translation>
    </message>
    <message>
        <source>Exchange rates (for reports of stores with different currencies):
  rates set --workspace W BASE QUOTE RATE    (1 BASE = RATE QUOTE)
  rates import --workspace W FILE            (CSV lines BASE,QUOTE,RATE)
  rates list --workspace W [--json]
  rates remove --workspace W BASE QUOTE
</source>
        <translation>Wechselkurse (für Berichte über Shops mit verschiedenen Währungen):
  rates set --workspace W BASIS ZIEL KURS    (1 BASIS = KURS ZIEL)
  rates import --workspace W DATEI           (CSV-Zeilen BASIS,ZIEL,KURS)
  rates list --workspace W [--json]
  rates remove --workspace W BASIS ZIEL
</translation>
    </message>
    <message>
        <source>STORE is a store&apos;s name or shop domain. Without --store or --group a report
covers all stores. Secrets are read from environment variables, never from
the command line. Without a system keychain, set STORELENS_PASSPHRASE or run
on a terminal to be asked for the passphrase. STORELENS_HOME overrides where
workspaces are kept.
</source>
        <translation>SHOP ist der Name oder die Shop-Domain eines Shops. Ohne --store oder --group
umfasst ein Bericht alle Shops. Geheimnisse werden aus Umgebungsvariablen
gelesen, nie von der Befehlszeile. Ohne Schlüsselbund des Systems setzen Sie
STORELENS_PASSPHRASE oder starten im Terminal, um nach der Passphrase gefragt
zu werden. STORELENS_HOME legt fest, wo Arbeitsbereiche liegen.
</translation>
    </message>
    <message>
        <source>Simulators (a local store to try StoreLens against):
  sim shopify [--port P] [--seed S] [--orders N]
              [--plan standard|advanced|plus|enterprise]
              [--faults RATE] [--time-scale X]
  sim woocommerce [--port P] [--seed S] [--orders N] [--faults RATE]
              [--latency-ms MS] [--max-concurrent N] [--time-scale X]
              [--woo-version V] [--plain-permalinks] [--behind-https]
</source>
        <translation>Simulatoren (ein lokaler Shop zum Ausprobieren von StoreLens):
  sim shopify [--port P] [--seed S] [--orders N]
              [--plan standard|advanced|plus|enterprise]
              [--faults RATE] [--time-scale X]
  sim woocommerce [--port P] [--seed S] [--orders N] [--faults RATE]
              [--latency-ms MS] [--max-concurrent N] [--time-scale X]
              [--woo-version V] [--plain-permalinks] [--behind-https]
</translation>
    </message>
    <message>
        <source>Every command answers --help with its usage and options, e.g.
&quot;storelens-cli report --help&quot; or &quot;storelens-cli store add --help&quot;.
</source>
        <translation>Jeder Befehl zeigt mit --help seinen Aufruf und seine Optionen, z. B.
„storelens-cli report --help“ oder „storelens-cli store add --help“.
</translation>
    </message>
</context>
<context>
    <name>Ingestor</name>
    <message>
        <source>The workspace could not be opened for writing: %1</source>
        <translation>Der Arbeitsbereich konnte nicht zum Schreiben geöffnet werden: %1</translation>
    </message>
    <message>
        <source>Not written: an earlier batch of this store failed.</source>
        <translation>Nicht geschrieben: Ein früherer Stapel dieses Shops ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>The disk is full: nothing of this batch was written. Free some space and sync again.</source>
        <translation>Der Datenträger ist voll: Von diesem Stapel wurde nichts geschrieben. Schaffen Sie Platz und synchronisieren Sie erneut.</translation>
    </message>
    <message>
        <source>Could not write to the workspace: %1</source>
        <translation>In den Arbeitsbereich konnte nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>KeyStore</name>
    <message>
        <source>The system keychain did not answer within %1 seconds.</source>
        <translation>Der Schlüsselbund des Systems hat nicht innerhalb von %1 Sekunden geantwortet.</translation>
    </message>
    <message>
        <source>The system keychain is turned off (STORELENS_NO_KEYCHAIN).</source>
        <translation>Der Schlüsselbund des Systems ist abgeschaltet (STORELENS_NO_KEYCHAIN).</translation>
    </message>
</context>
<context>
    <name>KpiChange</name>
    <message>
        <source>%1%</source>
        <extracomment>A percentage, e.g. 12.3%</extracomment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>no comparison</source>
        <translation>kein Vergleich</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <extracomment>Percentage points, e.g. ▲ 1.5 pts</extracomment>
        <translation>%1 Pkt.</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>&quot;%1&quot; is not a decimal amount</source>
        <translation>„%1“ ist kein Dezimalbetrag</translation>
    </message>
    <message>
        <source>amount &quot;%1&quot; is too large</source>
        <translation>Betrag „%1“ ist zu groß</translation>
    </message>
    <message numerus="yes">
        <source>amount &quot;%1&quot; has more decimals than %2 allows (%n)</source>
        <translation>
            <numerusform>Betrag „%1“ hat mehr Nachkommastellen, als %2 erlaubt (%n)</numerusform>
            <numerusform>Betrag „%1“ hat mehr Nachkommastellen, als %2 erlaubt (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PeriodPresets</name>
    <message>
        <source>Today</source>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Last 7 days</source>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Last 30 days</source>
        <translation>Letzte 30 Tage</translation>
    </message>
    <message>
        <source>Last 90 days</source>
        <translation>Letzte 90 Tage</translation>
    </message>
    <message>
        <source>Month to date</source>
        <translation>Monat bis heute</translation>
    </message>
    <message>
        <source>Quarter to date</source>
        <translation>Quartal bis heute</translation>
    </message>
    <message>
        <source>Year to date</source>
        <translation>Jahr bis heute</translation>
    </message>
    <message>
        <source>Last month</source>
        <translation>Letzter Monat</translation>
    </message>
    <message>
        <source>Custom range…</source>
        <translation>Eigener Zeitraum…</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <extracomment>A range of dates: from – to</extracomment>
        <translation>%1 – %2</translation>
    </message>
</context>
<context>
    <name>Platform</name>
    <message>
        <source>%1 has no export file StoreLens can import; store &quot;%2&quot; syncs on its own.</source>
        <translation>%1 hat keine Exportdatei, die StoreLens importieren kann; der Shop „%2“ synchronisiert sich selbst.</translation>
    </message>
</context>
<context>
    <name>ProductAnalytics</name>
    <message>
        <source>Custom items</source>
        <translation>Individuelle Artikel</translation>
    </message>
    <message>
        <source>Product %1</source>
        <translation>Produkt %1</translation>
    </message>
</context>
<context>
    <name>QCommandLineParser</name>
    <message>
        <source>Options:</source>
        <translation>Optionen:</translation>
    </message>
    <message>
        <source>Arguments:</source>
        <translation>Argumente:</translation>
    </message>
</context>
<context>
    <name>RateCommands</name>
    <message>
        <source>rates: expected list, set, import or remove.</source>
        <translation>rates: list, set, import oder remove erwartet.</translation>
    </message>
    <message>
        <source>rates: unknown command &quot;%1&quot;.</source>
        <translation>rates: unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; and &quot;%2&quot; are not two different ISO 4217 currency codes.</source>
        <translation>„%1“ und „%2“ sind nicht zwei verschiedene ISO-4217-Währungscodes.</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; has no exchange rates.</source>
        <translation>Arbeitsbereich „%1“ hat keine Wechselkurse.</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3 (%4, %5)</source>
        <translation>1 %1 = %2 %3 (%4, %5)</translation>
    </message>
    <message>
        <source>Could not save the exchange rate: %1</source>
        <translation>Der Wechselkurs konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>1 %1 = %2 %3 in workspace &quot;%4&quot;.</source>
        <translation>1 %1 = %2 %3 im Arbeitsbereich „%4“.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>No exchange rate was imported: the file has errors.</source>
        <translation>Es wurde kein Wechselkurs importiert: Die Datei enthält Fehler.</translation>
    </message>
    <message>
        <source>%1 holds no exchange rates.</source>
        <translation>%1 enthält keine Wechselkurse.</translation>
    </message>
    <message>
        <source>Could not save the exchange rates: %1</source>
        <translation>Die Wechselkurse konnten nicht gespeichert werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n exchange rate(s) into workspace &quot;%1&quot;.</source>
        <translation>
            <numerusform>%n Wechselkurs in Arbeitsbereich „%1“ importiert.</numerusform>
            <numerusform>%n Wechselkurse in Arbeitsbereich „%1“ importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; has no exchange rate from %2 to %3.</source>
        <translation>Arbeitsbereich „%1“ hat keinen Wechselkurs von %2 nach %3.</translation>
    </message>
    <message>
        <source>Removed the exchange rate from %1 to %2.</source>
        <translation>Der Wechselkurs von %1 nach %2 wurde entfernt.</translation>
    </message>
    <message>
        <source>Lists the exchange rates of a workspace.</source>
        <translation>Listet die Wechselkurse eines Arbeitsbereichs auf.</translation>
    </message>
    <message>
        <source>Sets the exchange rate of a currency pair by hand.</source>
        <translation>Legt den Wechselkurs eines Währungspaars von Hand fest.</translation>
    </message>
    <message>
        <source>Imports exchange rates from a CSV file.</source>
        <translation>Importiert Wechselkurse aus einer CSV-Datei.</translation>
    </message>
    <message>
        <source>Removes the exchange rate of a currency pair.</source>
        <translation>Entfernt den Wechselkurs eines Währungspaars.</translation>
    </message>
    <message>
        <source>The workspace whose rates to list.</source>
        <translation>Der Arbeitsbereich, dessen Kurse aufgelistet werden.</translation>
    </message>
    <message>
        <source>Print the rates as JSON.</source>
        <translation>Die Kurse als JSON ausgeben.</translation>
    </message>
    <message>
        <source>--workspace W BASE QUOTE RATE</source>
        <translation>--workspace W BASIS ZIEL KURS</translation>
    </message>
    <message>
        <source>1 BASE = RATE QUOTE, e.g. rates set --workspace W EUR USD 1.0834</source>
        <translation>1 BASIS = KURS ZIEL, z. B. rates set --workspace W EUR USD 1.0834</translation>
    </message>
    <message>
        <source>The workspace to set the rate in.</source>
        <translation>Der Arbeitsbereich, in dem der Kurs festgelegt wird.</translation>
    </message>
    <message>
        <source>BASE</source>
        <translation>BASIS</translation>
    </message>
    <message>
        <source>The currency converted from, an ISO 4217 code.</source>
        <translation>Die Ausgangswährung, ein Code nach ISO 4217.</translation>
    </message>
    <message>
        <source>QUOTE</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>The currency converted into, an ISO 4217 code.</source>
        <translation>Die Zielwährung, ein Code nach ISO 4217.</translation>
    </message>
    <message>
        <source>RATE</source>
        <translation>KURS</translation>
    </message>
    <message>
        <source>What 1 BASE is worth in QUOTE, a plain decimal.</source>
        <translation>Der Wert von 1 BASIS in ZIEL, als einfache Dezimalzahl.</translation>
    </message>
    <message>
        <source>--workspace W FILE</source>
        <translation>--workspace W DATEI</translation>
    </message>
    <message>
        <source>The workspace to import the rates into.</source>
        <translation>Der Arbeitsbereich, in den die Kurse importiert werden.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>CSV lines BASE,QUOTE,RATE, e.g. EUR,USD,1.0834</source>
        <translation>CSV-Zeilen BASIS,ZIEL,KURS, z. B. EUR,USD,1.0834</translation>
    </message>
    <message>
        <source>--workspace W BASE QUOTE</source>
        <translation>--workspace W BASIS ZIEL</translation>
    </message>
    <message>
        <source>The workspace to remove the rate from.</source>
        <translation>Der Arbeitsbereich, aus dem der Kurs entfernt wird.</translation>
    </message>
    <message>
        <source>--workspace W [--json]</source>
        <translation>--workspace W [--json]</translation>
    </message>
</context>
<context>
    <name>RelativeTime</name>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message numerus="yes">
        <source>%n minute(s) ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n hour(s) ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReportCommands</name>
    <message>
        <source>--%1: &quot;%2&quot; is not a day; write it as YYYY-MM-DD.</source>
        <translation>--%1: „%2“ ist kein Tag; schreiben Sie ihn als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>--%1: expected a number from 1 to %2, not &quot;%3&quot;.</source>
        <translation>--%1: eine Zahl von 1 bis %2 erwartet, nicht „%3“.</translation>
    </message>
    <message>
        <source>--json and --format %1 contradict each other.</source>
        <translation>--json und --format %1 widersprechen sich.</translation>
    </message>
    <message>
        <source>--from %1 is after --to %2.</source>
        <translation>--from %1 liegt nach --to %2.</translation>
    </message>
    <message>
        <source>A report covers at most ten years.</source>
        <translation>Ein Bericht umfasst höchstens zehn Jahre.</translation>
    </message>
    <message>
        <source>--currency: &quot;%1&quot; is not an ISO 4217 currency code.</source>
        <translation>--currency: „%1“ ist kein ISO-4217-Währungscode.</translation>
    </message>
    <message>
        <source>--series: expected day, week or month, not &quot;%1&quot;.</source>
        <translation>--series: day, week oder month erwartet, nicht „%1“.</translation>
    </message>
    <message>
        <source>--format: expected text, json or csv, not &quot;%1&quot;.</source>
        <translation>--format: text, json oder csv erwartet, nicht „%1“.</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; has no store group &quot;%2&quot;.</source>
        <translation>Arbeitsbereich „%1“ hat keine Shop-Gruppe „%2“.</translation>
    </message>
    <message>
        <source>Could not read workspace &quot;%1&quot;: %2</source>
        <translation>Arbeitsbereich „%1“ konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>--%1 YYYY-MM-DD is needed.</source>
        <translation>--%1 JJJJ-MM-TT ist erforderlich.</translation>
    </message>
    <message>
        <source>The sales and customer metrics of a store, a store group or all stores for a range of shop-local days, with the previous period of equal length alongside.</source>
        <translation>Die Umsatz- und Kundenkennzahlen eines Shops, einer Shop-Gruppe oder aller Shops für einen Zeitraum aus Kalendertagen der Shops, mit der gleich langen Vorperiode daneben.</translation>
    </message>
    <message>
        <source>The workspace to report on.</source>
        <translation>Der Arbeitsbereich, über den berichtet wird.</translation>
    </message>
    <message>
        <source>Only this store, by name or shop domain.</source>
        <translation>Nur dieser Shop, nach Name oder Shop-Domain.</translation>
    </message>
    <message>
        <source>Only the stores of this store group.</source>
        <translation>Nur die Shops dieser Shop-Gruppe.</translation>
    </message>
    <message>
        <source>The first day of the range.</source>
        <translation>Der erste Tag des Zeitraums.</translation>
    </message>
    <message>
        <source>The last day of the range.</source>
        <translation>Der letzte Tag des Zeitraums.</translation>
    </message>
    <message>
        <source>Convert every amount into this currency (ISO 4217), at the workspace&apos;s exchange rates.</source>
        <translation>Jeden Betrag zu den Wechselkursen des Arbeitsbereichs in diese Währung (ISO 4217) umrechnen.</translation>
    </message>
    <message>
        <source>Add a time series by day, week or month.</source>
        <translation>Eine Zeitreihe nach Tag, Woche oder Monat hinzufügen.</translation>
    </message>
    <message>
        <source>Add the N products with the most net sales.</source>
        <translation>Die N Produkte mit dem höchsten Nettoumsatz hinzufügen.</translation>
    </message>
    <message>
        <source>Add the N variants with the most net sales.</source>
        <translation>Die N Varianten mit dem höchsten Nettoumsatz hinzufügen.</translation>
    </message>
    <message>
        <source>Add the N customers who spent the most.</source>
        <translation>Die N Kunden hinzufügen, die am meisten ausgegeben haben.</translation>
    </message>
    <message>
        <source>The same as --format json.</source>
        <translation>Dasselbe wie --format json.</translation>
    </message>
    <message>
        <source>Print text (the default), JSON or CSV.</source>
        <translation>Text (Standard), JSON oder CSV ausgeben.</translation>
    </message>
    <message>
        <source>give --store or --group, not both.</source>
        <translation>Geben Sie --store oder --group an, nicht beides.</translation>
    </message>
    <message>
        <source>give --top-products or --top-variants, not both.</source>
        <translation>Geben Sie --top-products oder --top-variants an, nicht beides.</translation>
    </message>
    <message>
        <source>YYYY-MM-DD</source>
        <translation>JJJJ-MM-TT</translation>
    </message>
    <message>
        <source>CUR</source>
        <translation>WÄHRUNG</translation>
    </message>
    <message>
        <source>--workspace W [--store S | --group G] --from YYYY-MM-DD --to YYYY-MM-DD
    [--currency CUR] [--series day|week|month]
    [--top-products N | --top-variants N] [--group-by product|variant|sku]
    [--top-customers N]
    [--json | --format text|json|csv]</source>
        <translation>--workspace W [--store S | --group G] --from YYYY-MM-DD --to YYYY-MM-DD
    [--currency CUR] [--series day|week|month]
    [--top-products N | --top-variants N] [--group-by product|variant|sku]
    [--top-customers N]
    [--json | --format text|json|csv]</translation>
    </message>
    <message>
        <source>How products are grouped: product, variant, or sku (each SKU across the stores and platforms of the scope, with its stock per store; every SKU unless --top-products N).</source>
        <translation>Wie Produkte gruppiert werden: product, variant oder sku (jede SKU über die Shops und Plattformen des Bereichs, mit ihrem Bestand je Shop; alle SKUs, außer mit --top-products N).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SCHLÜSSEL</translation>
    </message>
    <message>
        <source>--group-by: expected product, variant or sku, not &quot;%1&quot;.</source>
        <translation>--group-by: erwartet product, variant oder sku, nicht „%1“.</translation>
    </message>
    <message>
        <source>--top-variants groups by variant: leave out --group-by %1.</source>
        <translation>--top-variants gruppiert nach Variante: lassen Sie --group-by %1 weg.</translation>
    </message>
</context>
<context>
    <name>ReportWriter</name>
    <message>
        <source>Gross sales</source>
        <translation>Bruttoumsatz</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Rabatte</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Nettoumsatz</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Steuern</translation>
    </message>
    <message>
        <source>Total sales</source>
        <translation>Gesamtumsatz</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>of them cancelled</source>
        <translation>davon storniert</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Durchschnittlicher Bestellwert</translation>
    </message>
    <message>
        <source>Units sold</source>
        <translation>Verkaufte Einheiten</translation>
    </message>
    <message>
        <source>Units returned</source>
        <translation>Zurückgegebene Einheiten</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>Neukunden</translation>
    </message>
    <message>
        <source>Returning customers</source>
        <translation>Wiederkehrende Kunden</translation>
    </message>
    <message>
        <source>Returning customer rate</source>
        <translation>Anteil wiederkehrender Kunden</translation>
    </message>
    <message>
        <source>Abandoned checkouts</source>
        <translation>Abgebrochene Checkouts</translation>
    </message>
    <message>
        <source>Abandoned checkout value</source>
        <translation>Wert abgebrochener Checkouts</translation>
    </message>
    <message>
        <source>Recovered checkouts</source>
        <translation>Zurückgewonnene Checkouts</translation>
    </message>
    <message>
        <source>Recovered checkout value</source>
        <translation>Wert zurückgewonnener Checkouts</translation>
    </message>
    <message>
        <source>Checkout recovery rate</source>
        <translation>Rückgewinnungsquote</translation>
    </message>
    <message>
        <source>%1 to %2</source>
        <translation>%1 bis %2</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1 pts</source>
        <translation>%1 Pkt.</translation>
    </message>
    <message>
        <source>Store &quot;%1&quot;</source>
        <translation>Shop „%1“</translation>
    </message>
    <message>
        <source>Store group &quot;%1&quot;</source>
        <translation>Shop-Gruppe „%1“</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Alle Shops</translation>
    </message>
    <message>
        <source>%1 of workspace &quot;%2&quot;, %3 (previous period: %4)</source>
        <translation>%1 im Arbeitsbereich „%2“, %3 (Vorperiode: %4)</translation>
    </message>
    <message>
        <source>Days are the shops&apos; own calendar days. Amounts in %1.</source>
        <translation>Tage sind die Kalendertage der Shops. Beträge in %1.</translation>
    </message>
    <message>
        <source>Current</source>
        <translation>Aktuell</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorperiode</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Im Zeitverlauf</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Previous total</source>
        <translation>Gesamt Vorperiode</translation>
    </message>
    <message>
        <source>Top products by net sales</source>
        <translation>Top-Produkte nach Nettoumsatz</translation>
    </message>
    <message>
        <source>Top customers by amount spent</source>
        <translation>Top-Kunden nach Ausgaben</translation>
    </message>
    <message>
        <source>Amount spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <source>* converted into %1 with these exchange rates (each store&apos;s figure converted, rounded half away from zero, then added):</source>
        <translation>* in %1 umgerechnet mit diesen Wechselkursen (jeder Wert eines Shops umgerechnet, kaufmännisch gerundet, dann addiert):</translation>
    </message>
    <message>
        <source>  1 %1 = %2 %3 (%4, %5) for %6</source>
        <translation>  1 %1 = %2 %3 (%4, %5) für %6</translation>
    </message>
    <message>
        <source>counting</source>
        <translation>wird gezählt</translation>
    </message>
    <message>
        <source>Customer figures are counted in one pass when the full sync of %1 ends; until then they are left out.</source>
        <translation>Kundenzahlen werden in einem Durchgang gezählt, wenn die vollständige Synchronisierung von %1 endet; bis dahin fehlen sie.</translation>
    </message>
    <message>
        <source>%1: %2. Figures are not exact until it has finished.</source>
        <translation>%1: %2. Bis dahin sind die Zahlen nicht genau.</translation>
    </message>
    <message>
        <source>Products by SKU across stores</source>
        <translation>Produkte nach SKU über alle Shops</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source> (%n store(s))</source>
        <translation>
            <numerusform> (%n Shop)</numerusform>
            <numerusform> (%n Shops)</numerusform>
        </translation>
    </message>
    <message>
        <source>Without a SKU (cannot be matched)</source>
        <translation>Ohne SKU (nicht zuzuordnen)</translation>
    </message>
</context>
<context>
    <name>ResolvedScope</name>
    <message>
        <source>There is no store with id %1 in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keinen Shop mit der ID %1.</translation>
    </message>
    <message>
        <source>There is no store group with id %1 in this workspace.</source>
        <translation>In diesem Arbeitsbereich gibt es keine Shop-Gruppe mit der ID %1.</translation>
    </message>
    <message>
        <source>These stores sell in different currencies (%1): choose the currency to report in.</source>
        <translation>Diese Shops verkaufen in verschiedenen Währungen (%1): Wählen Sie die Währung des Berichts.</translation>
    </message>
    <message>
        <source>There is no exchange rate from %1 to %2, needed to report store &quot;%3&quot; in %2. Set one in the workspace&apos;s exchange rates.</source>
        <translation>Es gibt keinen Wechselkurs von %1 nach %2, der nötig ist, um Shop „%3“ in %2 auszuweisen. Legen Sie einen in den Wechselkursen des Arbeitsbereichs fest.</translation>
    </message>
    <message>
        <source>An amount of store &quot;%1&quot; is too large to convert into %2.</source>
        <translation>Ein Betrag von Shop „%1“ ist zu groß, um ihn in %2 umzurechnen.</translation>
    </message>
</context>
<context>
    <name>SalesAnalytics</name>
    <message>
        <source>The date range %1 to %2 is not valid.</source>
        <translation>Der Zeitraum %1 bis %2 ist ungültig.</translation>
    </message>
</context>
<context>
    <name>ShopifyClient</name>
    <message>
        <source>Could not reach Shopify for store &quot;%1&quot;. Check the internet connection; StoreLens will try again.</source>
        <translation>Shopify war für den Shop „%1“ nicht erreichbar. Prüfen Sie die Internetverbindung; StoreLens versucht es erneut.</translation>
    </message>
    <message>
        <source>Shopify kept asking StoreLens to slow down for store &quot;%1&quot;. The sync will continue later within Shopify&apos;s limits.</source>
        <translation>Shopify hat StoreLens für den Shop „%1“ wiederholt gebremst. Die Synchronisierung wird später innerhalb der Grenzen von Shopify fortgesetzt.</translation>
    </message>
    <message>
        <source>Shopify answered with an error for store &quot;%1&quot;. StoreLens will try again later; if it persists, see the details.</source>
        <translation>Shopify hat für den Shop „%1“ mit einem Fehler geantwortet. StoreLens versucht es später erneut; wenn der Fehler bleibt, sehen Sie sich die Details an.</translation>
    </message>
    <message>
        <source>Shopify refused the credentials of store &quot;%1&quot; (wrong, expired or revoked token). Reconnect the store with a valid access token or client secret.</source>
        <translation>Shopify hat die Zugangsdaten des Shops „%1“ abgelehnt (falsches, abgelaufenes oder widerrufenes Token). Verbinden Sie den Shop erneut mit einem gültigen Zugriffstoken oder Client-Secret.</translation>
    </message>
    <message>
        <source>The Shopify app of store &quot;%1&quot; lacks access scopes. Grant them in the app&apos;s configuration, then reconnect.</source>
        <translation>Der Shopify-App des Shops „%1“ fehlen Zugriffsrechte. Erteilen Sie sie in der Konfiguration der App und verbinden Sie den Shop dann erneut.</translation>
    </message>
    <message>
        <source>There is no Shopify store at %1. Check the shop domain (it looks like your-shop.myshopify.com).</source>
        <translation>Unter %1 gibt es keinen Shopify-Shop. Prüfen Sie die Shop-Domain (sie sieht aus wie ihr-shop.myshopify.com).</translation>
    </message>
    <message>
        <source>Shopify store &quot;%1&quot; is unavailable (frozen, locked or closed). Check the store&apos;s status in Shopify.</source>
        <translation>Der Shopify-Shop „%1“ ist nicht verfügbar (eingefroren, gesperrt oder geschlossen). Prüfen Sie den Status des Shops in Shopify.</translation>
    </message>
    <message>
        <source>Shopify could not export the data of store &quot;%1&quot; in bulk. StoreLens will start a new export.</source>
        <translation>Shopify konnte die Daten des Shops „%1“ nicht als Massenexport liefern. StoreLens startet einen neuen Export.</translation>
    </message>
    <message>
        <source>The sync of store &quot;%1&quot; was cancelled; it resumes where it stopped.</source>
        <translation>Die Synchronisierung des Shops „%1“ wurde abgebrochen; sie wird dort fortgesetzt, wo sie aufgehört hat.</translation>
    </message>
    <message>
        <source>The Shopify app of store &quot;%1&quot; lacks the access scope %2. Grant it in the app&apos;s configuration, then reconnect.</source>
        <translation>Der Shopify-App des Shops „%1“ fehlt das Zugriffsrecht %2. Erteilen Sie es in der Konfiguration der App und verbinden Sie den Shop dann erneut.</translation>
    </message>
</context>
<context>
    <name>ShopifyConnector</name>
    <message>
        <source>The Shopify app of store &quot;%1&quot; lacks the access scopes %2. Grant them in the app&apos;s configuration (Dev Dashboard), then reconnect.</source>
        <translation>Der Shopify-App des Shops „%1“ fehlen die Zugriffsrechte %2. Erteilen Sie sie in der Konfiguration der App (Dev Dashboard) und verbinden Sie den Shop dann erneut.</translation>
    </message>
    <message>
        <source>order %1 has more refunds than one Shopify query may return</source>
        <translation>Bestellung %1 hat mehr Erstattungen, als eine Shopify-Abfrage zurückgeben darf</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) to fetch: using a bulk export.</source>
        <translation>
            <numerusform>%n Bestellung abzurufen: Massenexport wird verwendet.</numerusform>
            <numerusform>%n Bestellungen abzurufen: Massenexport wird verwendet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) to fetch: using paginated queries.</source>
        <translation>
            <numerusform>%n Bestellung abzurufen: seitenweise Abfragen werden verwendet.</numerusform>
            <numerusform>%n Bestellungen abzurufen: seitenweise Abfragen werden verwendet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Shopify is busy with other exports for this store; waiting.</source>
        <translation>Shopify ist mit anderen Exporten für diesen Shop beschäftigt; es wird gewartet.</translation>
    </message>
    <message>
        <source>Started Shopify bulk export %1.</source>
        <translation>Shopify-Massenexport %1 gestartet.</translation>
    </message>
    <message>
        <source>Shopify bulk export %1 ended as %2 (%3); starting a new one.</source>
        <translation>Shopify-Massenexport %1 endete mit %2 (%3); ein neuer wird gestartet.</translation>
    </message>
    <message>
        <source>The disk is full: could not save Shopify&apos;s export. Free some space and sync again; the download resumes.</source>
        <translation>Der Datenträger ist voll: Der Export von Shopify konnte nicht gespeichert werden. Schaffen Sie Platz und synchronisieren Sie erneut; der Download wird fortgesetzt.</translation>
    </message>
    <message>
        <source>The export&apos;s download link expired; starting a new export.</source>
        <translation>Der Download-Link des Exports ist abgelaufen; ein neuer Export wird gestartet.</translation>
    </message>
</context>
<context>
    <name>ShopifyMapper</name>
    <message>
        <source>order without a valid id</source>
        <translation>Bestellung ohne gültige ID</translation>
    </message>
    <message>
        <source>order %1 has an invalid date</source>
        <translation>Bestellung %1 hat ein ungültiges Datum</translation>
    </message>
    <message>
        <source>order %1 is in %2, not the shop currency %3</source>
        <translation>Bestellung %1 ist in %2, nicht in der Shop-Währung %3</translation>
    </message>
    <message>
        <source>line item without a valid id</source>
        <translation>Position ohne gültige ID</translation>
    </message>
    <message>
        <source>refund without a valid id</source>
        <translation>Erstattung ohne gültige ID</translation>
    </message>
    <message>
        <source>refund %1 has no date</source>
        <translation>Erstattung %1 hat kein Datum</translation>
    </message>
    <message>
        <source>customer without a valid id</source>
        <translation>Kunde ohne gültige ID</translation>
    </message>
    <message>
        <source>customer %1: %2</source>
        <translation>Kunde %1: %2</translation>
    </message>
    <message>
        <source>product without a valid id</source>
        <translation>Produkt ohne gültige ID</translation>
    </message>
    <message>
        <source>variant without a valid id</source>
        <translation>Variante ohne gültige ID</translation>
    </message>
    <message>
        <source>variant %1: %2</source>
        <translation>Variante %1: %2</translation>
    </message>
    <message>
        <source>location without a valid id</source>
        <translation>Standort ohne gültige ID</translation>
    </message>
    <message>
        <source>inventory item without a valid id</source>
        <translation>Lagerartikel ohne gültige ID</translation>
    </message>
    <message>
        <source>inventory level of item %1 without a location</source>
        <translation>Lagerbestand von Artikel %1 ohne Standort</translation>
    </message>
    <message>
        <source>abandoned checkout without a valid id or date</source>
        <translation>Abgebrochener Checkout ohne gültige ID oder Datum</translation>
    </message>
    <message>
        <source>the discounts allocated to the lines and shipping of order %1 (%2) do not add up to its total discounts (%3)</source>
        <translation>die den Positionen und dem Versand der Bestellung %1 zugeordneten Rabatte (%2) ergeben nicht ihre Rabattsumme (%3)</translation>
    </message>
</context>
<context>
    <name>ShopifyPlatform</name>
    <message>
        <source>Shop and credentials</source>
        <translation>Shop und Zugangsdaten</translation>
    </message>
    <message>
        <source>StoreLens reads the shop with the credentials of a custom app that has read access to orders, customers, products, inventory and locations.</source>
        <translation>StoreLens liest den Shop mit den Zugangsdaten einer eigenen App, die Lesezugriff auf Bestellungen, Kunden, Produkte, Lagerbestand und Standorte hat.</translation>
    </message>
    <message>
        <source>The Shopify app of &lt;b&gt;%1&lt;/b&gt; (%2) lacks access scopes. Grant them in the app&apos;s configuration, then enter its access token here (a new one if Shopify issued one); StoreLens tests it before it is used.</source>
        <translation>Der Shopify-App von &lt;b&gt;%1&lt;/b&gt; (%2) fehlen Zugriffsberechtigungen. Erteilen Sie sie in der Konfiguration der App und geben Sie dann hier ihr Zugriffstoken ein (ein neues, falls Shopify eines ausgestellt hat); StoreLens testet es, bevor es verwendet wird.</translation>
    </message>
    <message>
        <source>The Shopify app of &lt;b&gt;%1&lt;/b&gt; (%2) lacks access scopes. Grant them in the app&apos;s configuration, then enter its client secret here (client ID %3); StoreLens tests it before it is used.</source>
        <translation>Der Shopify-App von &lt;b&gt;%1&lt;/b&gt; (%2) fehlen Zugriffsberechtigungen. Erteilen Sie sie in der Konfiguration der App und geben Sie dann hier ihr Client-Secret ein (Client-ID %3); StoreLens testet es, bevor es verwendet wird.</translation>
    </message>
    <message>
        <source>Shopify no longer accepts the access token of &lt;b&gt;%1&lt;/b&gt; (%2). Create a new Admin API access token in the store&apos;s custom app and enter it here; StoreLens tests it before it replaces the old one.</source>
        <translation>Shopify akzeptiert das Zugriffstoken von &lt;b&gt;%1&lt;/b&gt; (%2) nicht mehr. Erstellen Sie in der benutzerdefinierten App des Shops ein neues Admin-API-Zugriffstoken und geben Sie es hier ein; StoreLens testet es, bevor es das alte ersetzt.</translation>
    </message>
    <message>
        <source>Shopify no longer accepts the client credentials of &lt;b&gt;%1&lt;/b&gt; (%2). Enter the app&apos;s current client secret (client ID %3); StoreLens tests it before it replaces the old one.</source>
        <translation>Shopify akzeptiert die Client-Zugangsdaten von &lt;b&gt;%1&lt;/b&gt; (%2) nicht mehr. Geben Sie das aktuelle Client-Secret der App ein (Client-ID %3); StoreLens testet es, bevor es das alte ersetzt.</translation>
    </message>
    <message>
        <source>Shop &amp;domain:</source>
        <translation>Shop-&amp;Domain:</translation>
    </message>
    <message>
        <source>Shop domain</source>
        <translation>Shop-Domain</translation>
    </message>
    <message>
        <source>your-shop.myshopify.com</source>
        <translation>ihr-shop.myshopify.com</translation>
    </message>
    <message>
        <source>Enter the shop&apos;s domain.</source>
        <translation>Geben Sie die Domain des Shops ein.</translation>
    </message>
    <message>
        <source>API add&amp;ress:</source>
        <translation>API-Ad&amp;resse:</translation>
    </message>
    <message>
        <source>API address</source>
        <translation>API-Adresse</translation>
    </message>
    <message>
        <source>http://127.0.0.1:8080 (a local server or simulator)</source>
        <translation>http://127.0.0.1:8080 (ein lokaler Server oder Simulator)</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Access token</source>
        <translation>Zugriffstoken</translation>
    </message>
    <message>
        <source>shpat_…</source>
        <translation>shpat_…</translation>
    </message>
    <message>
        <source>Enter the access token.</source>
        <translation>Geben Sie das Zugriffstoken ein.</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Enter the client ID.</source>
        <translation>Geben Sie die Client-ID ein.</translation>
    </message>
    <message>
        <source>Client &amp;secret:</source>
        <translation>Client-&amp;Secret:</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Secret</translation>
    </message>
    <message>
        <source>Enter the client secret.</source>
        <translation>Geben Sie das Client-Secret ein.</translation>
    </message>
    <message>
        <source>Admin API &amp;access token (custom app)</source>
        <translation>Admin-API-&amp;Zugriffstoken (eigene App)</translation>
    </message>
    <message>
        <source>&amp;Client ID and secret (Dev Dashboard app)</source>
        <translation>&amp;Client-ID und Secret (App im Dev Dashboard)</translation>
    </message>
    <message>
        <source>The webhook body is not a JSON object: %1</source>
        <translation>Der Webhook-Inhalt ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>The orders/delete webhook has no order id.</source>
        <translation>Der Webhook orders/delete enthält keine Bestell-ID.</translation>
    </message>
    <message>
        <source>The refunds/create webhook has no order id.</source>
        <translation>Der Webhook refunds/create enthält keine Bestell-ID.</translation>
    </message>
    <message>
        <source>Shopify</source>
        <translation>Shopify</translation>
    </message>
    <message>
        <source>The import was stopped.</source>
        <translation>Der Import wurde angehalten.</translation>
    </message>
</context>
<context>
    <name>ShopifyWebhookMapper</name>
    <message>
        <source>an amount is missing or not a decimal string</source>
        <translation>ein Betrag fehlt oder ist keine Dezimalzeichenkette</translation>
    </message>
    <message>
        <source>order webhook without id or creation date</source>
        <translation>Bestellungs-Webhook ohne ID oder Erstellungsdatum</translation>
    </message>
    <message>
        <source>order %1 is in %2, not the shop currency %3</source>
        <translation>Bestellung %1 ist in %2, nicht in der Shop-Währung %3</translation>
    </message>
    <message>
        <source>order %1 has a line item without id</source>
        <translation>Bestellung %1 hat eine Position ohne ID</translation>
    </message>
    <message>
        <source>refund without id or date</source>
        <translation>Erstattung ohne ID oder Datum</translation>
    </message>
    <message>
        <source>customer webhook without id</source>
        <translation>Kunden-Webhook ohne ID</translation>
    </message>
    <message>
        <source>product webhook without id</source>
        <translation>Produkt-Webhook ohne ID</translation>
    </message>
    <message>
        <source>checkout webhook without id or creation date</source>
        <translation>Checkout-Webhook ohne ID oder Erstellungsdatum</translation>
    </message>
</context>
<context>
    <name>SimCommands</name>
    <message>
        <source>sim: expected a platform, e.g. &quot;sim shopify&quot;.</source>
        <translation>sim: Plattform erwartet, z. B. &quot;sim shopify&quot;.</translation>
    </message>
    <message>
        <source>--plan must be standard, advanced, plus or enterprise.</source>
        <translation>--plan muss standard, advanced, plus oder enterprise sein.</translation>
    </message>
    <message>
        <source>Could not start the simulator: %1</source>
        <translation>Der Simulator konnte nicht starten: %1</translation>
    </message>
    <message numerus="yes">
        <source>Shopify simulator for &quot;%1&quot; is listening (%n orders, generated in %2 s).</source>
        <translation>
            <numerusform>Shopify-Simulator für &quot;%1&quot; ist bereit (%n Bestellung, erzeugt in %2 s).</numerusform>
            <numerusform>Shopify-Simulator für &quot;%1&quot; ist bereit (%n Bestellungen, erzeugt in %2 s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Base URL:      %1</source>
        <translation>Basis-URL:       %1</translation>
    </message>
    <message>
        <source>Shop domain:   %1</source>
        <translation>Shop-Domain:     %1</translation>
    </message>
    <message>
        <source>Access token:  %1</source>
        <translation>Zugriffstoken:   %1</translation>
    </message>
    <message>
        <source>Client ID:     %1</source>
        <translation>Client-ID:       %1</translation>
    </message>
    <message>
        <source>Client secret: %1</source>
        <translation>Client-Secret:   %1</translation>
    </message>
    <message>
        <source>These credentials are the simulator&apos;s own and work only here. Stop with Ctrl+C.</source>
        <translation>Diese Zugangsdaten gehören dem Simulator und gelten nur hier. Beenden mit Strg+C.</translation>
    </message>
    <message>
        <source>Could not set up signal handling.</source>
        <translation>Die Signalbehandlung konnte nicht eingerichtet werden.</translation>
    </message>
    <message>
        <source>Simulator stopped.</source>
        <translation>Simulator beendet.</translation>
    </message>
    <message>
        <source>sim: unknown platform &quot;%1&quot;; supported: shopify, woocommerce.</source>
        <translation>sim: unbekannte Plattform &quot;%1&quot;; unterstützt: shopify, woocommerce.</translation>
    </message>
    <message>
        <source>--latency-ms must be a number of milliseconds from 0 to 600000.</source>
        <translation>--latency-ms muss eine Zahl von Millisekunden von 0 bis 600000 sein.</translation>
    </message>
    <message>
        <source>--max-concurrent must be a number from 0 (no limit) to 10000.</source>
        <translation>--max-concurrent muss eine Zahl von 0 (keine Grenze) bis 10000 sein.</translation>
    </message>
    <message>
        <source>--woo-version must be a version such as 9.4.2.</source>
        <translation>--woo-version muss eine Version wie 9.4.2 sein.</translation>
    </message>
    <message numerus="yes">
        <source>WooCommerce simulator for &quot;%1&quot; is listening (%n orders, generated in %2 s).</source>
        <translation>
            <numerusform>WooCommerce-Simulator für &quot;%1&quot; ist bereit (%n Bestellung, erzeugt in %2 s).</numerusform>
            <numerusform>WooCommerce-Simulator für &quot;%1&quot; ist bereit (%n Bestellungen, erzeugt in %2 s).</numerusform>
        </translation>
    </message>
    <message>
        <source>Site URL:        %1</source>
        <translation>Website-URL:     %1</translation>
    </message>
    <message>
        <source>REST API:        %1</source>
        <translation>REST-API:        %1</translation>
    </message>
    <message>
        <source>Consumer key:    %1</source>
        <translation>Consumer Key:    %1</translation>
    </message>
    <message>
        <source>Consumer secret: %1</source>
        <translation>Consumer Secret: %1</translation>
    </message>
    <message>
        <source>Key permissions: %1</source>
        <translation>Berechtigungen:  %1</translation>
    </message>
    <message>
        <source>Site time zone:  %1, currency %2</source>
        <translation>Zeitzone:        %1, Währung %2</translation>
    </message>
    <message>
        <source>The site acts as if behind HTTPS: HTTP Basic, consumer_key/consumer_secret query parameters and OAuth 1.0a are accepted.</source>
        <translation>Die Website verhält sich wie hinter HTTPS: HTTP Basic, die Query-Parameter consumer_key/consumer_secret und OAuth 1.0a werden angenommen.</translation>
    </message>
    <message>
        <source>Over plain HTTP WooCommerce accepts only OAuth 1.0a signatures (HMAC-SHA256 or HMAC-SHA1); HTTP Basic and consumer_key/consumer_secret query parameters are ignored.</source>
        <translation>Über einfaches HTTP nimmt WooCommerce nur OAuth-1.0a-Signaturen an (HMAC-SHA256 oder HMAC-SHA1); HTTP Basic und die Query-Parameter consumer_key/consumer_secret werden ignoriert.</translation>
    </message>
    <message>
        <source>Serves a simulated Shopify store (GraphQL Admin API) until Ctrl+C.</source>
        <translation>Stellt einen simulierten Shopify-Shop (GraphQL Admin API) bereit, bis Strg+C gedrückt wird.</translation>
    </message>
    <message>
        <source>Serves a simulated WooCommerce site (REST API v3) until Ctrl+C.</source>
        <translation>Stellt eine simulierte WooCommerce-Website (REST-API v3) bereit, bis Strg+C gedrückt wird.</translation>
    </message>
    <message>
        <source>It prints the base URL, shop domain and credentials to use with &quot;store add --api-base&quot;.</source>
        <translation>Der Befehl gibt die Basis-URL, die Shop-Domain und die Zugangsdaten für „store add --api-base“ aus.</translation>
    </message>
    <message>
        <source>The shop&apos;s plan, which sets its API limits.</source>
        <translation>Der Tarif des Shops, der seine API-Limits bestimmt.</translation>
    </message>
    <message>
        <source>It prints the site URL, the REST API root and a consumer key and secret.</source>
        <translation>Der Befehl gibt die URL der Website, die Wurzel der REST-API sowie einen Consumer Key und ein Consumer Secret aus.</translation>
    </message>
    <message>
        <source>Every request waits this long before it is answered, 0 to 600000 (default: 0).</source>
        <translation>Wie lange jede Anfrage wartet, bevor sie beantwortet wird, 0 bis 600000 (Standard: 0).</translation>
    </message>
    <message>
        <source>Answer 429 with Retry-After while N requests are in flight, 0 (no limit, the default) to 10000.</source>
        <translation>Mit 429 und Retry-After antworten, solange N Anfragen in Bearbeitung sind, 0 (keine Grenze, Standard) bis 10000.</translation>
    </message>
    <message>
        <source>The WooCommerce version the site reports (default: %1).</source>
        <translation>Die WooCommerce-Version, die die Website meldet (Standard: %1).</translation>
    </message>
    <message>
        <source>Act as a site without pretty permalinks: the REST API only under /index.php?rest_route=.</source>
        <translation>Sich wie eine Website ohne sprechende Permalinks verhalten: die REST-API nur unter /index.php?rest_route=.</translation>
    </message>
    <message>
        <source>Act as if behind an HTTPS proxy: HTTP Basic and the consumer_key and consumer_secret query parameters work too.</source>
        <translation>Sich wie hinter einem HTTPS-Proxy verhalten: Auch HTTP Basic und die Query-Parameter consumer_key und consumer_secret funktionieren.</translation>
    </message>
    <message>
        <source>The port to listen on (default: a free one).</source>
        <translation>Der Port, auf dem gelauscht wird (Standard: ein freier).</translation>
    </message>
    <message>
        <source>The seed of the generated data (default: %1).</source>
        <translation>Der Startwert der erzeugten Daten (Standard: %1).</translation>
    </message>
    <message>
        <source>How many orders to generate, 1 to 5000000 (default: %1).</source>
        <translation>Wie viele Bestellungen erzeugt werden, 1 bis 5000000 (Standard: %1).</translation>
    </message>
    <message>
        <source>The share of requests that fail, from 0 to 1 (default: 0).</source>
        <translation>Der Anteil der Anfragen, die fehlschlagen, von 0 bis 1 (Standard: 0).</translation>
    </message>
    <message>
        <source>How much faster simulated time runs than the clock (default: %1).</source>
        <translation>Wie viel schneller die simulierte Zeit als die Uhr läuft (Standard: %1).</translation>
    </message>
    <message>
        <source>--port must be a number from 0 to 65535.</source>
        <translation>--port muss eine Zahl von 0 bis 65535 sein.</translation>
    </message>
    <message>
        <source>--seed must be a non-negative whole number.</source>
        <translation>--seed muss eine nicht negative ganze Zahl sein.</translation>
    </message>
    <message>
        <source>--orders must be a number from 1 to 5000000.</source>
        <translation>--orders muss eine Zahl von 1 bis 5000000 sein.</translation>
    </message>
    <message>
        <source>--faults must be a rate from 0 to 1, e.g. 0.05.</source>
        <translation>--faults muss eine Rate von 0 bis 1 sein, z. B. 0.05.</translation>
    </message>
    <message>
        <source>--time-scale must be a positive factor, e.g. 20.</source>
        <translation>--time-scale muss ein positiver Faktor sein, z. B. 20.</translation>
    </message>
    <message>
        <source>[--port P] [--seed S] [--orders N]
    [--plan standard|advanced|plus|enterprise]
    [--faults RATE] [--time-scale X]</source>
        <translation>[--port P] [--seed S] [--orders N]
    [--plan standard|advanced|plus|enterprise]
    [--faults RATE] [--time-scale X]</translation>
    </message>
    <message>
        <source>[--port P] [--seed S] [--orders N] [--faults RATE]
    [--latency-ms MS] [--max-concurrent N] [--time-scale X]
    [--woo-version V] [--plain-permalinks] [--behind-https]</source>
        <translation>[--port P] [--seed S] [--orders N] [--faults RATE]
    [--latency-ms MS] [--max-concurrent N] [--time-scale X]
    [--woo-version V] [--plain-permalinks] [--behind-https]</translation>
    </message>
</context>
<context>
    <name>StatusText</name>
    <message>
        <source>Paid</source>
        <translation>Bezahlt</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Authorized</source>
        <translation>Autorisiert</translation>
    </message>
    <message>
        <source>Partially paid</source>
        <translation>Teilweise bezahlt</translation>
    </message>
    <message>
        <source>Partially refunded</source>
        <translation>Teilweise erstattet</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Voided</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Fulfilled</source>
        <translation>Versandt</translation>
    </message>
    <message>
        <source>Unfulfilled</source>
        <translation>Nicht versandt</translation>
    </message>
    <message>
        <source>Partially fulfilled</source>
        <translation>Teilweise versandt</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>In Bearbeitung</translation>
    </message>
    <message>
        <source>On hold</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Restocked</source>
        <translation>Wieder eingelagert</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Zurückgewonnen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Archiviert</translation>
    </message>
    <message>
        <source>Unknown channel</source>
        <translation>Unbekannter Kanal</translation>
    </message>
    <message>
        <source>Online Store</source>
        <translation>Onlineshop</translation>
    </message>
    <message>
        <source>Point of Sale</source>
        <translation>Point of Sale</translation>
    </message>
    <message>
        <source>Draft orders</source>
        <translation>Bestellentwürfe</translation>
    </message>
    <message>
        <source>Mobile app</source>
        <translation>Mobile App</translation>
    </message>
    <message>
        <source>Created by staff</source>
        <translation>Vom Team angelegt</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API</translation>
    </message>
</context>
<context>
    <name>StoreAddress</name>
    <message>
        <source>&quot;%1&quot; is not a shop domain (expected something like your-shop.myshopify.com).</source>
        <translation>„%1“ ist keine Shop-Domain (erwartet wird etwa ihr-shop.myshopify.com).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid http(s) URL.</source>
        <translation>„%1“ ist keine gültige http(s)-URL.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses plain HTTP: only 127.0.0.1 or localhost may; use HTTPS.</source>
        <translation>„%1“ verwendet unverschlüsseltes HTTP, das nur 127.0.0.1 oder localhost dürfen; verwenden Sie HTTPS.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a web address (expected something like https://shop.example.com).</source>
        <translation>„%1“ ist keine Webadresse (erwartet wird etwa https://shop.example.com).</translation>
    </message>
    <message>
        <source>&quot;%1&quot; uses plain HTTP: the API key would travel readable. Use the site&apos;s https:// address.</source>
        <translation>„%1“ verwendet unverschlüsseltes HTTP: Der API-Schlüssel würde lesbar übertragen. Verwenden Sie die https://-Adresse der Website.</translation>
    </message>
</context>
<context>
    <name>StoreCommands</name>
    <message>
        <source>store: expected add, list or remove.</source>
        <translation>store: add, list oder remove erwartet.</translation>
    </message>
    <message>
        <source>store: unknown command &quot;%1&quot;.</source>
        <translation>store: unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty or not set; it must hold the %2.</source>
        <translation>Die Umgebungsvariable %1 ist leer oder nicht gesetzt; sie muss %2 enthalten.</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; already has a store named &quot;%2&quot; or with domain %3.</source>
        <translation>Arbeitsbereich „%1“ hat bereits einen Shop namens „%2“ oder mit der Domain %3.</translation>
    </message>
    <message>
        <source>Could not add the store: %1</source>
        <translation>Der Shop konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Added store &quot;%1&quot; (%2) to workspace &quot;%3&quot;.</source>
        <translation>Shop „%1“ (%2) wurde dem Arbeitsbereich „%3“ hinzugefügt.</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; has no stores yet.</source>
        <translation>Arbeitsbereich „%1“ hat noch keine Shops.</translation>
    </message>
    <message>
        <source>Could not remove the store: %1</source>
        <translation>Der Shop konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Removed store &quot;%1&quot; and its data from workspace &quot;%2&quot;.</source>
        <translation>Shop „%1“ und seine Daten wurden aus Arbeitsbereich „%2“ entfernt.</translation>
    </message>
    <message>
        <source>Adds a store to a workspace after testing its connection. Secrets are read from the environment variables named by the --…-env options (or asked on a terminal), never from the command line, and kept in the keychain.</source>
        <translation>Fügt einem Arbeitsbereich einen Shop hinzu, nachdem die Verbindung geprüft wurde. Geheimnisse werden aus den Umgebungsvariablen gelesen, die die Optionen --…-env nennen (oder im Terminal abgefragt), nie von der Befehlszeile, und im Schlüsselbund aufbewahrt.</translation>
    </message>
    <message>
        <source>The workspace to add the store to.</source>
        <translation>Der Arbeitsbereich, dem der Shop hinzugefügt wird.</translation>
    </message>
    <message>
        <source>The store&apos;s platform: %1.</source>
        <translation>Die Plattform des Shops: %1.</translation>
    </message>
    <message>
        <source>A display name (default: the shop&apos;s own).</source>
        <translation>Ein Anzeigename (Standard: der Name des Shops).</translation>
    </message>
    <message>
        <source>Add the store without testing its connection now.</source>
        <translation>Den Shop hinzufügen, ohne die Verbindung jetzt zu prüfen.</translation>
    </message>
    <message>
        <source>%1 (%2): the environment variable that holds it.</source>
        <translation>%1 (%2): die Umgebungsvariable, die es enthält.</translation>
    </message>
    <message>
        <source>%1 (%2).</source>
        <translation>%1 (%2).</translation>
    </message>
    <message>
        <source>--workspace and --platform are needed.</source>
        <translation>--workspace und --platform sind erforderlich.</translation>
    </message>
    <message>
        <source>Platform &quot;%1&quot; is not supported; supported: %2.</source>
        <translation>Die Plattform „%1“ wird nicht unterstützt; unterstützt: %2.</translation>
    </message>
    <message>
        <source>%1 needs --%2.</source>
        <translation>%1 braucht --%2.</translation>
    </message>
    <message>
        <source>--%1 is not an option of %2.</source>
        <translation>--%1 ist keine Option für %2.</translation>
    </message>
    <message>
        <source>give one way to sign in to %1: %2</source>
        <translation>geben Sie eine Anmeldeart für %1 an: %2</translation>
    </message>
    <message>
        <source>Connected to %1 (%2).</source>
        <translation>Verbunden mit %1 (%2).</translation>
    </message>
    <message>
        <source>Adds a store to a workspace after testing its connection.</source>
        <translation>Fügt einem Arbeitsbereich einen Shop hinzu, nachdem die Verbindung geprüft wurde.</translation>
    </message>
    <message>
        <source>Lists the stores of a workspace.</source>
        <translation>Listet die Shops eines Arbeitsbereichs auf.</translation>
    </message>
    <message>
        <source>Removes a store and its data from a workspace.</source>
        <translation>Entfernt einen Shop und seine Daten aus einem Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The workspace whose stores to list.</source>
        <translation>Der Arbeitsbereich, dessen Shops aufgelistet werden.</translation>
    </message>
    <message>
        <source>Print the stores as JSON.</source>
        <translation>Die Shops als JSON ausgeben.</translation>
    </message>
    <message>
        <source>--workspace W STORE</source>
        <translation>--workspace W SHOP</translation>
    </message>
    <message>
        <source>The workspace to remove the store from.</source>
        <translation>Der Arbeitsbereich, aus dem der Shop entfernt wird.</translation>
    </message>
    <message>
        <source>STORE</source>
        <translation>SHOP</translation>
    </message>
    <message>
        <source>The store&apos;s name or shop domain.</source>
        <translation>Der Name oder die Shop-Domain des Shops.</translation>
    </message>
    <message>
        <source>--workspace W [--json]</source>
        <translation>--workspace W [--json]</translation>
    </message>
</context>
<context>
    <name>StoreCredentials</name>
    <message>
        <source>Store &quot;%1&quot;: %2</source>
        <translation>Shop „%1“: %2</translation>
    </message>
    <message>
        <source>Store &quot;%1&quot; is on %2, which this version of StoreLens cannot connect to.</source>
        <translation>Der Shop „%1“ läuft auf %2; diese Version von StoreLens kann sich damit nicht verbinden.</translation>
    </message>
    <message>
        <source>Store &quot;%1&quot;: %2 has no sign-in &quot;%3&quot;.</source>
        <translation>Shop „%1“: %2 kennt keine Anmeldeart „%3“.</translation>
    </message>
</context>
<context>
    <name>StoreSyncProblem</name>
    <message>
        <source>StoreLens cannot sync %1 until you reconnect it.</source>
        <translation>StoreLens kann %1 erst wieder synchronisieren, wenn Sie den Shop neu verbinden.</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>Workspace &quot;%1&quot; has no store &quot;%2&quot;.</source>
        <translation>Arbeitsbereich „%1“ hat keinen Shop „%2“.</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; has no stores to sync.</source>
        <translation>Arbeitsbereich „%1“ hat keine Shops zum Synchronisieren.</translation>
    </message>
    <message>
        <source>Syncing %1 (%2)</source>
        <translation>Synchronisiere %1 (%2)</translation>
    </message>
    <message>
        <source>  %1 in %2 s (%3 requests, %4 throttled, %5 over the cost limit, %6 retried)</source>
        <translation>  %1 in %2 s (%3 Anfragen, %4 gebremst, %5 über dem Kostenlimit, %6 wiederholt)</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nichts Neues</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Store &quot;%1&quot; has not been connected yet, so its currency is unknown. Sync it once, then import.</source>
        <translation>Shop „%1“ wurde noch nicht verbunden, daher ist seine Währung unbekannt. Synchronisieren Sie ihn einmal und importieren Sie dann.</translation>
    </message>
    <message>
        <source>Imported %1 orders (%2 new, %3 updated, %4 kept aside) in %5 s.</source>
        <translation>%1 Bestellungen importiert (%2 neu, %3 aktualisiert, %4 zurückgestellt) in %5 s.</translation>
    </message>
    <message>
        <source>Fetches what is new in a workspace&apos;s stores. It can be stopped at any point (Ctrl+C, a killed process, a dropped network); the next sync resumes where it stopped.</source>
        <translation>Holt, was in den Shops eines Arbeitsbereichs neu ist. Die Synchronisierung lässt sich jederzeit anhalten (Strg+C, ein beendeter Prozess, ein unterbrochenes Netz); die nächste macht dort weiter, wo sie anhielt.</translation>
    </message>
    <message>
        <source>The workspace to sync.</source>
        <translation>Der Arbeitsbereich, der synchronisiert wird.</translation>
    </message>
    <message>
        <source>Only this store, by name or shop domain (default: every store).</source>
        <translation>Nur dieser Shop, nach Name oder Shop-Domain (Standard: alle Shops).</translation>
    </message>
    <message>
        <source>Read everything again, not only what changed.</source>
        <translation>Alles neu lesen, nicht nur das Geänderte.</translation>
    </message>
    <message>
        <source>Print progress as one JSON object a line, for scripts.</source>
        <translation>Den Fortschritt als ein JSON-Objekt pro Zeile ausgeben, für Skripte.</translation>
    </message>
    <message>
        <source>--workspace W --store S FILE.jsonl</source>
        <translation>--workspace W --store S DATEI.jsonl</translation>
    </message>
    <message>
        <source>Imports the orders of a Shopify bulk-operation result into a store.</source>
        <translation>Importiert die Bestellungen aus dem Ergebnis einer Shopify-Massenoperation in einen Shop.</translation>
    </message>
    <message>
        <source>The workspace of the store.</source>
        <translation>Der Arbeitsbereich des Shops.</translation>
    </message>
    <message>
        <source>The store, by name or shop domain.</source>
        <translation>Der Shop, nach Name oder Shop-Domain.</translation>
    </message>
    <message>
        <source>FILE.jsonl</source>
        <translation>DATEI.jsonl</translation>
    </message>
    <message>
        <source>The bulk operation&apos;s result: one JSON object a line.</source>
        <translation>Das Ergebnis der Massenoperation: ein JSON-Objekt pro Zeile.</translation>
    </message>
    <message>
        <source>--workspace W [--store S] [--full] [--json-progress]</source>
        <translation>--workspace W [--store S] [--full] [--json-progress]</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Could not record the sync of store &quot;%1&quot;: %2</source>
        <translation>Die Synchronisierung des Shops „%1“ konnte nicht protokolliert werden: %2</translation>
    </message>
    <message>
        <source>Could not update store &quot;%1&quot;: %2</source>
        <translation>Shop „%1“ konnte nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Store &quot;%1&quot;: %2</source>
        <translation>Shop „%1“: %2</translation>
    </message>
</context>
<context>
    <name>SyncNotifier</name>
    <message>
        <source>%1 is ready</source>
        <translation>%1 ist bereit</translation>
    </message>
    <message>
        <source>The first sync of %1 has finished; its dashboard and data are up to date.</source>
        <translation>Die erste Synchronisierung von %1 ist abgeschlossen; Dashboard und Daten sind aktuell.</translation>
    </message>
    <message>
        <source>StoreLens cannot sync %1 until you reconnect it.</source>
        <translation>StoreLens kann %1 erst wieder synchronisieren, wenn Sie den Shop neu verbinden.</translation>
    </message>
    <message>
        <source>%1 needs attention</source>
        <translation>%1 braucht Ihre Aufmerksamkeit</translation>
    </message>
</context>
<context>
    <name>SyncReread</name>
    <message>
        <source>Discounts of earlier syncs were incomplete: re-reading orders</source>
        <translation>Rabatte früherer Synchronisierungen waren unvollständig: Bestellungen werden neu gelesen</translation>
    </message>
    <message>
        <source>Re-reading data that earlier syncs stored incompletely</source>
        <translation>Daten, die frühere Synchronisierungen unvollständig gespeichert haben, werden neu gelesen</translation>
    </message>
    <message>
        <source>Figures now follow WooCommerce Analytics&apos; definitions: re-reading orders</source>
        <translation>Die Zahlen folgen jetzt den Definitionen von WooCommerce Analytics: Bestellungen werden neu gelesen</translation>
    </message>
</context>
<context>
    <name>SyncRunHistory</name>
    <message>
        <source>Sync now</source>
        <translation>Jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>Geplant</translation>
    </message>
    <message>
        <source>Catch-up after sleep</source>
        <translation>Nachholen nach Ruhezustand</translation>
    </message>
    <message>
        <source>Desktop app</source>
        <translation>Desktop-App</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Kommandozeile</translation>
    </message>
    <message>
        <source>Demo</source>
        <translation>Demo</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>Unterbrochen</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>WooClient</name>
    <message>
        <source>Could not reach the WooCommerce store &quot;%1&quot;. Check the internet connection and the site address; StoreLens will try again.</source>
        <translation>Der WooCommerce-Shop „%1“ ist nicht erreichbar. Prüfen Sie die Internetverbindung und die Adresse der Website; StoreLens versucht es erneut.</translation>
    </message>
    <message>
        <source>The host of WooCommerce store &quot;%1&quot; kept asking StoreLens to slow down. The sync will continue later, more slowly.</source>
        <translation>Der Host des WooCommerce-Shops „%1“ hat StoreLens wiederholt gebremst. Die Synchronisierung wird später langsamer fortgesetzt.</translation>
    </message>
    <message>
        <source>The WooCommerce store &quot;%1&quot; answered with errors. StoreLens will try again later; if it persists, see the details.</source>
        <translation>Der WooCommerce-Shop „%1“ hat mit Fehlern geantwortet. StoreLens versucht es später erneut; bleibt es dabei, sehen Sie sich die Details an.</translation>
    </message>
    <message>
        <source>WooCommerce refused the API key of store &quot;%1&quot; (wrong, revoked or deleted). Create a key in WooCommerce &gt; Settings &gt; Advanced &gt; REST API and reconnect the store.</source>
        <translation>WooCommerce hat den API-Schlüssel des Shops „%1“ abgelehnt (falsch, widerrufen oder gelöscht). Erstellen Sie einen Schlüssel unter WooCommerce &gt; Einstellungen &gt; Erweitert &gt; REST-API und verbinden Sie den Shop neu.</translation>
    </message>
    <message>
        <source>The API key of WooCommerce store &quot;%1&quot; does not have read permission. Give it &quot;Read&quot; permission in WooCommerce &gt; Settings &gt; Advanced &gt; REST API, then reconnect.</source>
        <translation>Der API-Schlüssel des WooCommerce-Shops „%1“ hat keine Leseberechtigung. Geben Sie ihm unter WooCommerce &gt; Einstellungen &gt; Erweitert &gt; REST-API die Berechtigung „Lesen“ und verbinden Sie neu.</translation>
    </message>
    <message>
        <source>There is no WordPress site at %1. Check the site address (the address of the shop&apos;s home page).</source>
        <translation>Unter %1 gibt es keine WordPress-Website. Prüfen Sie die Adresse (die Adresse der Startseite des Shops).</translation>
    </message>
    <message>
        <source>The WooCommerce store &quot;%1&quot; is unavailable. Check that the site and WooCommerce are running.</source>
        <translation>Der WooCommerce-Shop „%1“ ist nicht verfügbar. Prüfen Sie, ob die Website und WooCommerce laufen.</translation>
    </message>
    <message>
        <source>The sync of store &quot;%1&quot; was cancelled; it resumes where it stopped.</source>
        <translation>Die Synchronisierung des Shops „%1“ wurde abgebrochen; sie wird dort fortgesetzt, wo sie aufgehört hat.</translation>
    </message>
    <message>
        <source>A security plugin of WooCommerce store &quot;%1&quot; blocks StoreLens (HTTP 503 block page). Allow StoreLens&apos;s requests to /wp-json/ in the plugin (for example Wordfence&apos;s allowlist), then sync again.</source>
        <translation>Ein Sicherheits-Plugin des WooCommerce-Shops „%1“ blockiert StoreLens (HTTP-503-Sperrseite). Erlauben Sie die Anfragen von StoreLens an /wp-json/ im Plugin (etwa in der Allowlist von Wordfence) und synchronisieren Sie erneut.</translation>
    </message>
    <message>
        <source>WordPress on WooCommerce store &quot;%1&quot; reports a critical error (a PHP error in a plugin or theme). StoreLens will try again; the site&apos;s administrator can find the cause in the PHP error log.</source>
        <translation>WordPress meldet beim WooCommerce-Shop „%1“ einen kritischen Fehler (einen PHP-Fehler in einem Plugin oder Theme). StoreLens versucht es erneut; die Ursache steht im PHP-Fehlerprotokoll der Website.</translation>
    </message>
    <message>
        <source>A security service in front of WooCommerce store &quot;%1&quot; answers with a browser challenge instead of the REST API (HTTP 403). Allow requests to /wp-json/ (or ?rest_route=) from StoreLens in the firewall or CDN settings, then sync again.</source>
        <translation>Ein Sicherheitsdienst vor dem WooCommerce-Shop „%1“ antwortet mit einer Browser-Prüfung statt mit der REST-API (HTTP 403). Erlauben Sie Anfragen von StoreLens an /wp-json/ (oder ?rest_route=) in den Firewall- oder CDN-Einstellungen und synchronisieren Sie erneut.</translation>
    </message>
    <message>
        <source>WordPress on WooCommerce store &quot;%1&quot; answered with a PHP error instead of data. StoreLens will try again; if it persists, the site&apos;s administrator can find the cause in the PHP error log.</source>
        <translation>WordPress hat beim WooCommerce-Shop „%1“ mit einem PHP-Fehler statt mit Daten geantwortet. StoreLens versucht es erneut; bleibt es dabei, steht die Ursache im PHP-Fehlerprotokoll der Website.</translation>
    </message>
    <message>
        <source>WooCommerce store &quot;%1&quot; refused StoreLens&apos;s request time (OAuth timestamp). Check that this computer&apos;s clock is set correctly.</source>
        <translation>Der WooCommerce-Shop „%1“ hat die Uhrzeit der Anfrage von StoreLens abgelehnt (OAuth-Zeitstempel). Prüfen Sie, ob die Uhr dieses Computers richtig geht.</translation>
    </message>
</context>
<context>
    <name>WooConnector</name>
    <message>
        <source>StoreLens connects to WooCommerce only over HTTPS: the API key would travel readable over plain HTTP. Use the https:// address of %1.</source>
        <translation>StoreLens verbindet sich mit WooCommerce nur über HTTPS: Über unverschlüsseltes HTTP wäre der API-Schlüssel lesbar. Verwenden Sie die https://-Adresse von %1.</translation>
    </message>
    <message>
        <source>%1 is not a WordPress site (it has no WordPress REST API). Check the address: it is the address of the shop&apos;s home page.</source>
        <translation>%1 ist keine WordPress-Website (sie hat keine WordPress-REST-API). Prüfen Sie die Adresse: Es ist die Adresse der Startseite des Shops.</translation>
    </message>
    <message>
        <source>WooCommerce is not active on %1 (WordPress answers, but without the WooCommerce REST API). Activate the WooCommerce plugin, then connect again.</source>
        <translation>WooCommerce ist auf %1 nicht aktiv (WordPress antwortet, aber ohne die WooCommerce-REST-API). Aktivieren Sie das WooCommerce-Plugin und verbinden Sie erneut.</translation>
    </message>
    <message>
        <source>WooCommerce %1 on store &quot;%2&quot; is too old: StoreLens needs WooCommerce 5.8 or later (to ask for changed orders with modified_after). Update WooCommerce, then connect again.</source>
        <translation>WooCommerce %1 im Shop „%2“ ist zu alt: StoreLens braucht WooCommerce 5.8 oder neuer (um geänderte Bestellungen mit modified_after abzufragen). Aktualisieren Sie WooCommerce und verbinden Sie erneut.</translation>
    </message>
    <message>
        <source>(unknown version)</source>
        <translation>(unbekannte Version)</translation>
    </message>
    <message>
        <source>The store&apos;s currency is not known yet: test the connection first.</source>
        <translation>Die Währung des Shops ist noch nicht bekannt: Testen Sie zuerst die Verbindung.</translation>
    </message>
    <message>
        <source>Unknown resource %1.</source>
        <translation>Unbekannte Ressource %1.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) read from WooCommerce.</source>
        <translation>
            <numerusform>%n Bestellung aus WooCommerce gelesen.</numerusform>
            <numerusform>%n Bestellungen aus WooCommerce gelesen.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) removed: trashed or deleted in WooCommerce.</source>
        <translation>
            <numerusform>%n Bestellung entfernt: in WooCommerce in den Papierkorb gelegt oder gelöscht.</numerusform>
            <numerusform>%n Bestellungen entfernt: in WooCommerce in den Papierkorb gelegt oder gelöscht.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WooMapper</name>
    <message>
        <source>%1 &quot;%2&quot; is not an amount in %3: %4</source>
        <translation>%1 „%2“ ist kein Betrag in %3: %4</translation>
    </message>
    <message>
        <source>%1 is not a decimal string</source>
        <translation>%1 ist keine Dezimalzahl als Text</translation>
    </message>
    <message>
        <source>The order has no valid id.</source>
        <translation>Die Bestellung hat keine gültige ID.</translation>
    </message>
    <message>
        <source>Order %1 has no date_created_gmt.</source>
        <translation>Bestellung %1 hat kein date_created_gmt.</translation>
    </message>
    <message>
        <source>Order %1 is in %2, not in the store currency %3.</source>
        <translation>Bestellung %1 ist in %2, nicht in der Shop-Währung %3.</translation>
    </message>
    <message>
        <source>A refund has no valid id.</source>
        <translation>Eine Erstattung hat keine gültige ID.</translation>
    </message>
    <message>
        <source>The customer has no valid id.</source>
        <translation>Der Kunde hat keine gültige ID.</translation>
    </message>
    <message>
        <source>The product has no valid id.</source>
        <translation>Das Produkt hat keine gültige ID.</translation>
    </message>
    <message>
        <source>A variation of product %1 has no valid id.</source>
        <translation>Eine Variante des Produkts %1 hat keine gültige ID.</translation>
    </message>
    <message>
        <source>WooCommerce stock</source>
        <translation>WooCommerce-Lager</translation>
    </message>
</context>
<context>
    <name>WooPlatform</name>
    <message>
        <source>Site and REST API key</source>
        <translation>Website und REST-API-Schlüssel</translation>
    </message>
    <message>
        <source>Create a key under WooCommerce → Settings → Advanced → REST API with Read permission, and enter it with the shop&apos;s address.</source>
        <translation>Erstellen Sie unter WooCommerce → Einstellungen → Erweitert → REST-API einen Schlüssel mit Leserecht und geben Sie ihn mit der Adresse des Shops ein.</translation>
    </message>
    <message>
        <source>The REST API key of &lt;b&gt;%1&lt;/b&gt; (%2) may not read the shop. Give it Read permission under WooCommerce → Settings → Advanced → REST API (or create a new key), then enter it here; StoreLens tests it before it is used.</source>
        <translation>Der REST-API-Schlüssel von &lt;b&gt;%1&lt;/b&gt; (%2) darf den Shop nicht lesen. Geben Sie ihm unter WooCommerce → Einstellungen → Erweitert → REST-API das Leserecht (oder erstellen Sie einen neuen Schlüssel) und geben Sie ihn hier ein; StoreLens prüft ihn, bevor er verwendet wird.</translation>
    </message>
    <message>
        <source>WooCommerce no longer accepts the REST API key of &lt;b&gt;%1&lt;/b&gt; (%2). Create a new key with Read permission under WooCommerce → Settings → Advanced → REST API and enter it here; StoreLens tests it before it replaces the old one.</source>
        <translation>WooCommerce akzeptiert den REST-API-Schlüssel von &lt;b&gt;%1&lt;/b&gt; (%2) nicht mehr. Erstellen Sie unter WooCommerce → Einstellungen → Erweitert → REST-API einen neuen Schlüssel mit Leserecht und geben Sie ihn hier ein; StoreLens prüft ihn, bevor er den alten ersetzt.</translation>
    </message>
    <message>
        <source>Site &amp;address:</source>
        <translation>&amp;Adresse der Website:</translation>
    </message>
    <message>
        <source>Site address</source>
        <translation>Adresse der Website</translation>
    </message>
    <message>
        <source>https://shop.example.com</source>
        <translation>https://shop.example.com</translation>
    </message>
    <message>
        <source>Enter the shop&apos;s address.</source>
        <translation>Geben Sie die Adresse des Shops ein.</translation>
    </message>
    <message>
        <source>Consumer &amp;key:</source>
        <translation>Consumer-&amp;Key:</translation>
    </message>
    <message>
        <source>Consumer key</source>
        <translation>Consumer-Key</translation>
    </message>
    <message>
        <source>ck_…</source>
        <translation>ck_…</translation>
    </message>
    <message>
        <source>Enter the consumer key.</source>
        <translation>Geben Sie den Consumer-Key ein.</translation>
    </message>
    <message>
        <source>Consumer &amp;secret:</source>
        <translation>Consumer-&amp;Secret:</translation>
    </message>
    <message>
        <source>Consumer secret</source>
        <translation>Consumer-Secret</translation>
    </message>
    <message>
        <source>cs_…</source>
        <translation>cs_…</translation>
    </message>
    <message>
        <source>Enter the consumer secret.</source>
        <translation>Geben Sie das Consumer-Secret ein.</translation>
    </message>
    <message>
        <source>REST API &amp;key (Read access)</source>
        <translation>REST-API-&amp;Schlüssel (Lesezugriff)</translation>
    </message>
    <message>
        <source>WooCommerce</source>
        <translation>WooCommerce</translation>
    </message>
</context>
<context>
    <name>WooWebhookMapper</name>
    <message>
        <source>The webhook body is not a JSON object: %1</source>
        <translation>Der Webhook-Inhalt ist kein JSON-Objekt: %1</translation>
    </message>
    <message>
        <source>The order.deleted webhook has no order id.</source>
        <translation>Der Webhook order.deleted enthält keine Bestell-ID.</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Workspace &quot;%1&quot; cannot be opened: %2 The file %3 was left as it is; restore it from a backup.</source>
        <translation>Arbeitsbereich „%1“ kann nicht geöffnet werden: %2 Die Datei %3 wurde nicht verändert; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>There is no workspace named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Arbeitsbereich namens „%1“.</translation>
    </message>
    <message>
        <source>its description file %1 is missing or unreadable.</source>
        <translation>seine Beschreibungsdatei %1 fehlt oder ist nicht lesbar.</translation>
    </message>
    <message>
        <source>its description file %1 is not valid.</source>
        <translation>seine Beschreibungsdatei %1 ist ungültig.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The database file of workspace &quot;%1&quot; is missing: %2</source>
        <translation>Die Datenbankdatei des Arbeitsbereichs „%1“ fehlt: %2</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the file is empty.</source>
        <translation>die Datei ist leer.</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; cannot be opened: %2 is an unencrypted SQLite database, not a StoreLens workspace. The file was left as it is.</source>
        <translation>Arbeitsbereich „%1“ kann nicht geöffnet werden: %2 ist eine unverschlüsselte SQLite-Datenbank, kein StoreLens-Arbeitsbereich. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>the file is truncated (%1 bytes is not a whole number of pages).</source>
        <translation>die Datei ist abgeschnitten (%1 Bytes sind keine ganze Zahl von Seiten).</translation>
    </message>
    <message>
        <source>The system keychain holds no key for workspace &quot;%1&quot;. Without its key the workspace cannot be opened; if the keychain was reset, restore it from a backup.</source>
        <translation>Der Schlüsselbund des Systems enthält keinen Schlüssel für Arbeitsbereich „%1“. Ohne seinen Schlüssel lässt sich der Arbeitsbereich nicht öffnen; wurde der Schlüsselbund zurückgesetzt, stellen Sie ihn aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The key of workspace &quot;%1&quot; is kept in the system keychain, which is not available: %2 Unlock or start the keychain and try again.</source>
        <translation>Der Schlüssel von Arbeitsbereich „%1“ liegt im Schlüsselbund des Systems, der nicht verfügbar ist: %2 Entsperren oder starten Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The key in the system keychain does not open workspace &quot;%1&quot; (it belongs to another file or was replaced). The file was left as it is.</source>
        <translation>Der Schlüssel im Schlüsselbund des Systems öffnet Arbeitsbereich „%1“ nicht (er gehört zu einer anderen Datei oder wurde ersetzt). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; is protected by a passphrase. Enter it, or set STORELENS_PASSPHRASE.</source>
        <translation>Arbeitsbereich „%1“ ist durch eine Passphrase geschützt. Geben Sie sie ein oder setzen Sie STORELENS_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Could not derive the key of workspace &quot;%1&quot; (out of memory?).</source>
        <translation>Der Schlüssel von Arbeitsbereich „%1“ konnte nicht abgeleitet werden (zu wenig Speicher?).</translation>
    </message>
    <message>
        <source>Wrong passphrase for workspace &quot;%1&quot;.</source>
        <translation>Falsche Passphrase für Arbeitsbereich „%1“.</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; cannot be opened: %2 is an encrypted database of another application. The file was left as it is.</source>
        <translation>Arbeitsbereich „%1“ kann nicht geöffnet werden: %2 ist eine verschlüsselte Datenbank einer anderen Anwendung. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; was written by a newer version of StoreLens (schema %2; this version reads up to %3). Update StoreLens to open it; the file was left as it is.</source>
        <translation>Arbeitsbereich „%1“ wurde von einer neueren StoreLens-Version geschrieben (Schema %2; diese Version liest bis %3). Aktualisieren Sie StoreLens, um ihn zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>the file is truncated.</source>
        <translation>die Datei ist abgeschnitten.</translation>
    </message>
    <message>
        <source>The disk is full; workspace &quot;%1&quot; could not be opened. Free some space and try again.</source>
        <translation>Der Datenträger ist voll; Arbeitsbereich „%1“ konnte nicht geöffnet werden. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; could not be opened: %2</source>
        <translation>Arbeitsbereich „%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>A workspace named &quot;%1&quot; already exists.</source>
        <translation>Ein Arbeitsbereich namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Could not derive a key from the passphrase.</source>
        <translation>Aus der Passphrase konnte kein Schlüssel abgeleitet werden.</translation>
    </message>
    <message>
        <source>Could not store the key of workspace &quot;%1&quot; in the system keychain: %2 Use a passphrase instead.</source>
        <translation>Der Schlüssel von Arbeitsbereich „%1“ konnte nicht im Schlüsselbund des Systems gespeichert werden: %2 Verwenden Sie stattdessen eine Passphrase.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>%1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; could not be created: %2</source>
        <translation>Arbeitsbereich „%1“ konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>the file is damaged or truncated (%1).</source>
        <translation>die Datei ist beschädigt oder abgeschnitten (%1).</translation>
    </message>
</context>
<context>
    <name>WorkspaceCommands</name>
    <message>
        <source>workspace: expected create, list, rename or delete.</source>
        <translation>workspace: create, list, rename oder delete erwartet.</translation>
    </message>
    <message>
        <source>workspace: unknown command &quot;%1&quot;.</source>
        <translation>workspace: unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>No system keychain is available, so workspace &quot;%1&quot; needs a passphrase: set STORELENS_PASSPHRASE or run on a terminal.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar, daher braucht Arbeitsbereich „%1“ eine Passphrase: Setzen Sie STORELENS_PASSPHRASE oder starten Sie den Befehl in einem Terminal.</translation>
    </message>
    <message>
        <source>Created workspace &quot;%1&quot; (%2).</source>
        <translation>Arbeitsbereich „%1“ wurde angelegt (%2).</translation>
    </message>
    <message>
        <source>key in the system keychain</source>
        <translation>Schlüssel im Schlüsselbund des Systems</translation>
    </message>
    <message>
        <source>protected by a passphrase</source>
        <translation>durch eine Passphrase geschützt</translation>
    </message>
    <message>
        <source>No workspaces yet. Create one with: storelens-cli workspace create NAME</source>
        <translation>Noch keine Arbeitsbereiche. Legen Sie einen an mit: storelens-cli workspace create NAME</translation>
    </message>
    <message>
        <source>Renamed workspace &quot;%1&quot; to &quot;%2&quot;.</source>
        <translation>Arbeitsbereich „%1“ wurde in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>There is no workspace named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Arbeitsbereich namens „%1“.</translation>
    </message>
    <message>
        <source>Delete workspace &quot;%1&quot; with all its stores and data? This cannot be undone.
Type the workspace name to confirm: </source>
        <translation>Arbeitsbereich „%1“ mit allen Shops und Daten löschen? Das lässt sich nicht rückgängig machen.
Geben Sie zur Bestätigung den Namen des Arbeitsbereichs ein: </translation>
    </message>
    <message>
        <source>Not deleted: confirm with --yes when not running on a terminal.</source>
        <translation>Nicht gelöscht: Bestätigen Sie mit --yes, wenn der Befehl nicht in einem Terminal läuft.</translation>
    </message>
    <message>
        <source>Not deleted: the name did not match.</source>
        <translation>Nicht gelöscht: Der Name stimmte nicht überein.</translation>
    </message>
    <message>
        <source>Note: %1 Store credentials in the keychain, if any, stay there.</source>
        <translation>Hinweis: %1 Zugangsdaten von Shops im Schlüsselbund bleiben, falls vorhanden, dort.</translation>
    </message>
    <message>
        <source>Deleted workspace &quot;%1&quot;.</source>
        <translation>Arbeitsbereich „%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>Creates a workspace, its key in the system keychain or behind a passphrase.</source>
        <translation>Legt einen Arbeitsbereich an, mit seinem Schlüssel im Schlüsselbund des Systems oder hinter einer Passphrase.</translation>
    </message>
    <message>
        <source>Lists the workspaces.</source>
        <translation>Listet die Arbeitsbereiche auf.</translation>
    </message>
    <message>
        <source>Renames a workspace.</source>
        <translation>Benennt einen Arbeitsbereich um.</translation>
    </message>
    <message>
        <source>Deletes a workspace with all its stores and data.</source>
        <translation>Löscht einen Arbeitsbereich mit allen Shops und Daten.</translation>
    </message>
    <message>
        <source>NAME [--passphrase]</source>
        <translation>NAME [--passphrase]</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The new workspace&apos;s name.</source>
        <translation>Der Name des neuen Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>Protect the workspace by a passphrase (STORELENS_PASSPHRASE, or asked on the terminal) instead of a key in the system keychain.</source>
        <translation>Den Arbeitsbereich durch eine Passphrase schützen (STORELENS_PASSPHRASE oder im Terminal abgefragt) statt durch einen Schlüssel im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Print the workspaces as JSON, with their key and file.</source>
        <translation>Die Arbeitsbereiche als JSON ausgeben, mit Schlüssel und Datei.</translation>
    </message>
    <message>
        <source>OLD NEW</source>
        <translation>ALT NEU</translation>
    </message>
    <message>
        <source>OLD</source>
        <translation>ALT</translation>
    </message>
    <message>
        <source>The workspace&apos;s name.</source>
        <translation>Der Name des Arbeitsbereichs.</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NEU</translation>
    </message>
    <message>
        <source>Its new name.</source>
        <translation>Sein neuer Name.</translation>
    </message>
    <message>
        <source>NAME [--yes]</source>
        <translation>NAME [--yes]</translation>
    </message>
    <message>
        <source>The workspace to delete.</source>
        <translation>Der Arbeitsbereich, der gelöscht wird.</translation>
    </message>
    <message>
        <source>Delete without asking to type the name; needed when not on a terminal.</source>
        <translation>Löschen, ohne zur Eingabe des Namens aufzufordern; nötig, wenn kein Terminal vorhanden ist.</translation>
    </message>
    <message>
        <source>[--json]</source>
        <translation>[--json]</translation>
    </message>
</context>
<context>
    <name>WorkspaceDirectory</name>
    <message>
        <source>&quot;%1&quot; is not a valid workspace name: use up to 64 letters, digits, spaces, dots, dashes or underscores.</source>
        <translation>„%1“ ist kein gültiger Name für einen Arbeitsbereich: Verwenden Sie bis zu 64 Buchstaben, Ziffern, Leerzeichen, Punkte, Bindestriche oder Unterstriche.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>There is no workspace named &quot;%1&quot;.</source>
        <translation>Es gibt keinen Arbeitsbereich namens „%1“.</translation>
    </message>
    <message>
        <source>A workspace named &quot;%1&quot; already exists.</source>
        <translation>Ein Arbeitsbereich namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>The description file of workspace &quot;%1&quot; is not valid.</source>
        <translation>Die Beschreibungsdatei von Arbeitsbereich „%1“ ist ungültig.</translation>
    </message>
    <message>
        <source>Could not rename %1.</source>
        <translation>%1 konnte nicht umbenannt werden.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Could not delete %1.</source>
        <translation>%1 konnte nicht gelöscht werden.</translation>
    </message>
</context>
<context>
    <name>main</name>
    <message>
        <source>unknown command &quot;%1&quot;.</source>
        <translation>unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>Analytics for your online stores.</source>
        <translation>Analysen für Ihre Onlineshops.</translation>
    </message>
    <message>
        <source>Open the demo workspace.</source>
        <translation>Den Demo-Arbeitsbereich öffnen.</translation>
    </message>
    <message>
        <source>Open workspace &lt;name&gt;.</source>
        <translation>Arbeitsbereich &lt;name&gt; öffnen.</translation>
    </message>
    <message>
        <source>Save a picture of the window to &lt;file&gt; and quit.</source>
        <translation>Ein Bild des Fensters in &lt;file&gt; speichern und beenden.</translation>
    </message>
</context>
<context>
    <name>storelens::AddStoreWizard</name>
    <message>
        <source>Add Store</source>
        <translation>Shop hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
</context>
<context>
    <name>storelens::CheckoutDetailView</name>
    <message>
        <source>Checkout details</source>
        <translation>Checkout-Details</translation>
    </message>
    <message>
        <source>This checkout no longer exists.</source>
        <translation>Dieser Checkout existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Could not read the checkout: %1</source>
        <translation>Der Checkout konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Checkout %1</source>
        <translation>Checkout %1</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Zurückgewonnen</translation>
    </message>
    <message>
        <source>Abandoned</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Show %1&apos;s orders</source>
        <translation>Bestellungen von %1 anzeigen</translation>
    </message>
</context>
<context>
    <name>storelens::CheckoutsPage</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Selected period</source>
        <translation>Gewählter Zeitraum</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamte Zeit</translation>
    </message>
    <message>
        <source>Recovery</source>
        <translation>Rückgewinnung</translation>
    </message>
    <message>
        <source>Recovered or not</source>
        <translation>Zurückgewonnen oder nicht</translation>
    </message>
    <message>
        <source>Not recovered</source>
        <translation>Nicht zurückgewonnen</translation>
    </message>
    <message>
        <source>Recovered</source>
        <translation>Zurückgewonnen</translation>
    </message>
    <message>
        <source>Abandoned checkouts</source>
        <translation>Abgebrochene Checkouts</translation>
    </message>
    <message>
        <source>Search by email…</source>
        <translation>Nach E-Mail suchen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln checkout(s)</source>
        <translation>
            <numerusform>%Ln Checkout</numerusform>
            <numerusform>%Ln Checkouts</numerusform>
        </translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Recovered on</source>
        <translation>Zurückgewonnen am</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>storelens::ConnectPage</name>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>StoreLens signs in, reads the shop and checks that the app may read everything the reports need.</source>
        <translation>StoreLens meldet sich an, liest den Shop und prüft, ob die App alles lesen darf, was die Berichte brauchen.</translation>
    </message>
    <message>
        <source>Connection test result</source>
        <translation>Ergebnis des Verbindungstests</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Connected</source>
        <translation>Verbunden</translation>
    </message>
    <message>
        <source>There is no shop at this address</source>
        <translation>Unter dieser Adresse gibt es keinen Shop</translation>
    </message>
    <message>
        <source>The credentials were refused</source>
        <translation>Die Zugangsdaten wurden abgelehnt</translation>
    </message>
    <message>
        <source>The app lacks access scopes</source>
        <translation>Der App fehlen Zugriffsrechte</translation>
    </message>
    <message>
        <source>The shop is unavailable</source>
        <translation>Der Shop ist nicht verfügbar</translation>
    </message>
    <message>
        <source>The shop could not be reached</source>
        <translation>Der Shop war nicht erreichbar</translation>
    </message>
    <message>
        <source>The shop asked to slow down</source>
        <translation>Der Shop hat um weniger Anfragen gebeten</translation>
    </message>
    <message>
        <source>The test was cancelled</source>
        <translation>Der Test wurde abgebrochen</translation>
    </message>
    <message>
        <source>The connection failed</source>
        <translation>Die Verbindung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Connected to %1</source>
        <translation>Verbunden mit %1</translation>
    </message>
    <message>
        <source>Currency %1 · time zone %2 · plan %3</source>
        <translation>Währung %1 · Zeitzone %2 · Tarif %3</translation>
    </message>
    <message>
        <source>Next saves the store and starts its first sync.</source>
        <translation>„Weiter“ speichert den Shop und startet seine erste Synchronisierung.</translation>
    </message>
    <message>
        <source>Missing:</source>
        <translation>Es fehlen:</translation>
    </message>
</context>
<context>
    <name>storelens::CredentialsPage</name>
    <message>
        <source>Store name</source>
        <translation>Shop-Name</translation>
    </message>
    <message>
        <source>The shop&apos;s own name</source>
        <translation>Der eigene Name des Shops</translation>
    </message>
    <message>
        <source>Display &amp;name:</source>
        <translation>Angezeigter &amp;Name:</translation>
    </message>
    <message>
        <source>Advanced: connect through another address</source>
        <translation>Erweitert: über eine andere Adresse verbinden</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>StoreLens connects to %1.</source>
        <translation>StoreLens verbindet sich mit %1.</translation>
    </message>
    <message>
        <source>This workspace already has %1 as &quot;%2&quot;.</source>
        <translation>Dieser Arbeitsbereich enthält %1 bereits als „%2“.</translation>
    </message>
</context>
<context>
    <name>storelens::CsvExporter</name>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>The export was cancelled.</source>
        <translation>Der Export wurde abgebrochen.</translation>
    </message>
</context>
<context>
    <name>storelens::CustomRangeDialog</name>
    <message>
        <source>Custom range</source>
        <translation>Eigener Zeitraum</translation>
    </message>
    <message>
        <source>First day</source>
        <translation>Erster Tag</translation>
    </message>
    <message>
        <source>Last day</source>
        <translation>Letzter Tag</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Bis:</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <source>The first day must not be after the last.</source>
        <translation>Der erste Tag darf nicht nach dem letzten liegen.</translation>
    </message>
</context>
<context>
    <name>storelens::CustomerDetailView</name>
    <message>
        <source>Customer details</source>
        <translation>Kundendetails</translation>
    </message>
    <message>
        <source>Could not read the customer: %1</source>
        <translation>Der Kunde konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This customer no longer exists.</source>
        <translation>Dieser Kunde existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Customer since</source>
        <translation>Kunde seit</translation>
    </message>
    <message>
        <source>Orders (platform)</source>
        <translation>Bestellungen (Plattform)</translation>
    </message>
    <message>
        <source>Amount spent (platform)</source>
        <translation>Ausgegeben (Plattform)</translation>
    </message>
    <message>
        <source>Orders in this workspace</source>
        <translation>Bestellungen in diesem Arbeitsbereich</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>No orders yet.</source>
        <translation>Noch keine Bestellungen.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message numerus="yes">
        <source>The %Ln most recent orders are shown.</source>
        <translation>
            <numerusform>Die neueste Bestellung wird angezeigt.</numerusform>
            <numerusform>Die %Ln neuesten Bestellungen werden angezeigt.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storelens::CustomersPage</name>
    <message>
        <source>Returning customers only</source>
        <translation>Nur wiederkehrende Kunden</translation>
    </message>
    <message>
        <source>Customers with more than one order</source>
        <translation>Kunden mit mehr als einer Bestellung</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Search by name or email…</source>
        <translation>Nach Name oder E-Mail suchen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln customer(s)</source>
        <translation>
            <numerusform>%Ln Kunde</numerusform>
            <numerusform>%Ln Kunden</numerusform>
        </translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Amount spent</source>
        <translation>Ausgegeben</translation>
    </message>
    <message>
        <source>Last order</source>
        <translation>Letzte Bestellung</translation>
    </message>
</context>
<context>
    <name>storelens::DashboardPage</name>
    <message>
        <source>Scope and period</source>
        <translation>Umfang und Zeitraum</translation>
    </message>
    <message>
        <source>Total sales</source>
        <translation>Gesamtumsatz</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Nettoumsatz</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Average order value</source>
        <translation>Durchschnittlicher Bestellwert</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Returning customer rate</source>
        <translation>Anteil wiederkehrender Kunden</translation>
    </message>
    <message>
        <source>Returns</source>
        <translation>Retouren</translation>
    </message>
    <message>
        <source>Abandoned checkouts recovered</source>
        <translation>Zurückgewonnene abgebrochene Checkouts</translation>
    </message>
    <message>
        <source>Sales over time</source>
        <translation>Umsatz im Zeitverlauf</translation>
    </message>
    <message>
        <source>Orders by date</source>
        <translation>Bestellungen nach Datum</translation>
    </message>
    <message>
        <source>Abandoned and recovered checkouts</source>
        <translation>Abgebrochene und zurückgewonnene Checkouts</translation>
    </message>
    <message>
        <source>Revenue by product</source>
        <translation>Umsatz nach Produkt</translation>
    </message>
    <message>
        <source>Top customers</source>
        <translation>Top-Kunden</translation>
    </message>
    <message>
        <source>Sales by channel</source>
        <translation>Umsatz nach Kanal</translation>
    </message>
    <message>
        <source>Recent orders</source>
        <translation>Neueste Bestellungen</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Double-click an order to open it</source>
        <translation>Doppelklicken Sie auf eine Bestellung, um sie zu öffnen</translation>
    </message>
    <message>
        <source>All stores of %1</source>
        <translation>Alle Shops von %1</translation>
    </message>
    <message>
        <source>%1, compared with %2</source>
        <translation>%1, verglichen mit %2</translation>
    </message>
    <message>
        <source>Reports are not available in this build.</source>
        <translation>Berichte sind in diesem Build nicht verfügbar.</translation>
    </message>
    <message>
        <source>Amounts in %1, converted: %2</source>
        <translation>Beträge in %1, umgerechnet: %2</translation>
    </message>
    <message>
        <source>Previous period (%1): %2</source>
        <translation>Vorheriger Zeitraum (%1): %2</translation>
    </message>
    <message>
        <source>%1 returning</source>
        <translation>%1 wiederkehrend</translation>
    </message>
    <message>
        <source>%1 of %2 customers</source>
        <translation>%1 von %2 Kunden</translation>
    </message>
    <message>
        <source>of %1 abandoned · %2 · %3</source>
        <translation>von %1 abgebrochenen · %2 · %3</translation>
    </message>
    <message>
        <source>No data yet.</source>
        <translation>Noch keine Daten.</translation>
    </message>
    <message>
        <source>%1 units</source>
        <translation>%1 Stück</translation>
    </message>
    <message>
        <source>Ranking customers…</source>
        <translation>Kunden werden gereiht…</translation>
    </message>
    <message>
        <source>%1 orders</source>
        <translation>%1 Bestellungen</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>Customers of %1 are counted when its full sync ends.</source>
        <translation>Die Kunden von %1 werden gezählt, wenn die vollständige Synchronisierung endet.</translation>
    </message>
    <message>
        <source>Customers are counted in one pass when the full sync of %1 ends.</source>
        <translation>Kunden werden in einem Durchgang gezählt, wenn die vollständige Synchronisierung von %1 endet.</translation>
    </message>
    <message>
        <source>when the sync ends</source>
        <translation>nach der Synchronisierung</translation>
    </message>
    <message>
        <source>The first sync of %1 has not finished: figures cover only the orders synced so far.</source>
        <translation>Die erste Synchronisierung von %1 ist noch nicht abgeschlossen: Die Zahlen umfassen nur die bisher synchronisierten Bestellungen.</translation>
    </message>
    <message>
        <source>%1: %2. Figures are not exact until it has finished.</source>
        <translation>%1: %2. Bis dahin sind die Zahlen nicht genau.</translation>
    </message>
    <message>
        <source>Abandoned checkouts are those of the other stores: %1 does not report them.</source>
        <translation>Abgebrochene Checkouts stammen aus den anderen Shops: %1 meldet keine.</translation>
    </message>
    <message>
        <source>n/a</source>
        <translation>k. A.</translation>
    </message>
    <message>
        <source>%1 does not report abandoned checkouts</source>
        <translation>%1 meldet keine abgebrochenen Checkouts</translation>
    </message>
    <message>
        <source>%1 does not report abandoned checkouts.</source>
        <translation>%1 meldet keine abgebrochenen Checkouts.</translation>
    </message>
</context>
<context>
    <name>storelens::DataPage</name>
    <message>
        <source>Search</source>
        <translation>Suche</translation>
    </message>
    <message>
        <source>Number of rows</source>
        <translation>Anzahl der Zeilen</translation>
    </message>
    <message>
        <source>Export CSV…</source>
        <translation>CSV exportieren…</translation>
    </message>
    <message>
        <source>Export to CSV</source>
        <translation>Als CSV exportieren</translation>
    </message>
    <message>
        <source>Write every row that matches the search and filters to a CSV file (Ctrl+E)</source>
        <translation>Alle Zeilen, die zu Suche und Filtern passen, in eine CSV-Datei schreiben (Strg+E)</translation>
    </message>
    <message>
        <source>Could not read the rows: %1</source>
        <translation>Die Zeilen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The column &quot;%1&quot; cannot be sorted.</source>
        <translation>Nach der Spalte „%1“ kann nicht sortiert werden.</translation>
    </message>
    <message>
        <source>%1 (Ctrl+F)</source>
        <translation>%1 (Strg+F)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Wird gezählt…</translation>
    </message>
    <message>
        <source>Export %1 to CSV</source>
        <translation>%1 als CSV exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>Exporting… %1 rows written</source>
        <translation>Exportiere… %1 Zeilen geschrieben</translation>
    </message>
    <message>
        <source>Exported %1 rows to %2</source>
        <translation>%1 Zeilen nach %2 exportiert</translation>
    </message>
    <message>
        <source>Export failed: %1</source>
        <translation>Export fehlgeschlagen: %1</translation>
    </message>
</context>
<context>
    <name>storelens::DateRangePicker</name>
    <message>
        <source>Date range</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>The days shown, in the shop&apos;s time zone (Ctrl+D)</source>
        <translation>Die angezeigten Tage, in der Zeitzone des Shops (Strg+D)</translation>
    </message>
    <message>
        <source>Days shown</source>
        <translation>Angezeigte Tage</translation>
    </message>
    <message>
        <source>Compare with &amp;previous period</source>
        <translation>Mit &amp;vorherigem Zeitraum vergleichen</translation>
    </message>
    <message>
        <source>Compare with previous period</source>
        <translation>Mit vorherigem Zeitraum vergleichen</translation>
    </message>
    <message>
        <source>Previous period: %1</source>
        <translation>Vorheriger Zeitraum: %1</translation>
    </message>
</context>
<context>
    <name>storelens::DemoLauncher</name>
    <message>
        <source>The demo shop could not start: %1</source>
        <translation>Der Demo-Shop konnte nicht starten: %1</translation>
    </message>
</context>
<context>
    <name>storelens::FirstSyncPage</name>
    <message>
        <source>First sync</source>
        <translation>Erste Synchronisierung</translation>
    </message>
    <message>
        <source>StoreLens copies the store&apos;s records to this computer. A large store takes a while; you can close this window and work on, or cancel and resume later.</source>
        <translation>StoreLens kopiert die Daten des Shops auf diesen Computer. Ein großer Shop braucht eine Weile; Sie können dieses Fenster schließen und weiterarbeiten oder abbrechen und später fortsetzen.</translation>
    </message>
    <message>
        <source>%1 progress</source>
        <translation>Fortschritt: %1</translation>
    </message>
    <message>
        <source>Sync status</source>
        <translation>Synchronisierungsstatus</translation>
    </message>
    <message>
        <source>&amp;Cancel sync</source>
        <translation>Synchronisierung &amp;abbrechen</translation>
    </message>
    <message>
        <source>&amp;Resume sync</source>
        <translation>Synchronisierung &amp;fortsetzen</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>Wird abgebrochen…</translation>
    </message>
    <message>
        <source>Resuming where the sync stopped…</source>
        <translation>Wird dort fortgesetzt, wo die Synchronisierung aufhörte…</translation>
    </message>
    <message>
        <source>Saving the store…</source>
        <translation>Shop wird gespeichert…</translation>
    </message>
    <message>
        <source>Could not save the store: %1</source>
        <translation>Der Shop konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Syncing %1…</source>
        <translation>%1 wird synchronisiert…</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Done: the store is up to date.</source>
        <translation>Fertig: Der Shop ist auf dem neuesten Stand.</translation>
    </message>
    <message>
        <source>Cancelled. Resume continues where the sync stopped.</source>
        <translation>Abgebrochen. „Fortsetzen“ macht dort weiter, wo die Synchronisierung aufhörte.</translation>
    </message>
</context>
<context>
    <name>storelens::InventoryPage</name>
    <message>
        <source>Location</source>
        <translation>Standort</translation>
    </message>
    <message>
        <source>All locations</source>
        <translation>Alle Standorte</translation>
    </message>
    <message>
        <source>Low stock only, at or below</source>
        <translation>Nur geringer Bestand, höchstens</translation>
    </message>
    <message>
        <source>Low stock threshold</source>
        <translation>Schwelle für geringen Bestand</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Lagerbestand</translation>
    </message>
    <message>
        <source>Search by product, variant or SKU…</source>
        <translation>Nach Produkt, Variante oder Artikelnummer suchen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln variant(s)</source>
        <translation>
            <numerusform>%Ln Variante</numerusform>
            <numerusform>%Ln Varianten</numerusform>
        </translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>On hand</source>
        <translation>Vorrätig</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Unit cost</source>
        <translation>Stückkosten</translation>
    </message>
</context>
<context>
    <name>storelens::LazyTableModel</name>
    <message>
        <source>Could not load</source>
        <translation>Konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>%1 (this column cannot be sorted)</source>
        <translation>%1 (nach dieser Spalte kann nicht sortiert werden)</translation>
    </message>
</context>
<context>
    <name>storelens::MainWindow</name>
    <message>
        <source>StoreLens</source>
        <translation>StoreLens</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Dashboard</translation>
    </message>
    <message>
        <source>%1 (Ctrl+%2)</source>
        <translation>%1 (Strg+%2)</translation>
    </message>
    <message>
        <source>&amp;New Workspace…</source>
        <translation>&amp;Neuer Arbeitsbereich…</translation>
    </message>
    <message>
        <source>&amp;Rename Workspace…</source>
        <translation>Arbeitsbereich &amp;umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete Workspace…</source>
        <translation>Arbeitsbereich &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Close Workspace</source>
        <translation>Arbeitsbereich &amp;schließen</translation>
    </message>
    <message>
        <source>Export Table to &amp;CSV…</source>
        <translation>Tabelle als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export Dashboard to &amp;PDF…</source>
        <translation>Dashboard als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export Dashboard to P&amp;NG…</source>
        <translation>Dashboard als P&amp;NG exportieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Add Store…</source>
        <translation>Shop &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Sync A&amp;ll Stores</source>
        <translation>&amp;Alle Shops synchronisieren</translation>
    </message>
    <message>
        <source>&amp;Cancel Sync</source>
        <translation>Synchronisierung a&amp;bbrechen</translation>
    </message>
    <message>
        <source>&amp;Remove Store…</source>
        <translation>Shop &amp;entfernen…</translation>
    </message>
    <message>
        <source>Sync &amp;History…</source>
        <translation>Synchronisierungs&amp;verlauf…</translation>
    </message>
    <message>
        <source>Re&amp;connect Store…</source>
        <translation>Shop neu &amp;verbinden…</translation>
    </message>
    <message>
        <source>&amp;Pause Syncing This Store</source>
        <translation>Synchronisierung dieses Shops &amp;pausieren</translation>
    </message>
    <message>
        <source>Pause All S&amp;yncing</source>
        <translation>Gesamte S&amp;ynchronisierung pausieren</translation>
    </message>
    <message>
        <source>Stop syncing every store of this workspace until resumed (Shift+F6)</source>
        <translation>Keinen Shop dieses Arbeitsbereichs mehr synchronisieren, bis fortgesetzt wird (Umschalt+F6)</translation>
    </message>
    <message>
        <source>Desktop &amp;Notifications</source>
        <translation>Desktop-&amp;Benachrichtigungen</translation>
    </message>
    <message>
        <source>Notify when a store&apos;s first sync finishes or a store needs attention</source>
        <translation>Benachrichtigen, wenn die erste Synchronisierung eines Shops fertig ist oder ein Shop Ihre Aufmerksamkeit braucht</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Dashboard</translation>
    </message>
    <message>
        <source>&amp;Orders</source>
        <translation>&amp;Bestellungen</translation>
    </message>
    <message>
        <source>&amp;Customers</source>
        <translation>&amp;Kunden</translation>
    </message>
    <message>
        <source>&amp;Products</source>
        <translation>&amp;Produkte</translation>
    </message>
    <message>
        <source>&amp;Inventory</source>
        <translation>&amp;Lagerbestand</translation>
    </message>
    <message>
        <source>&amp;Abandoned Checkouts</source>
        <translation>&amp;Abgebrochene Checkouts</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>Date &amp;Range</source>
        <translation>&amp;Zeitraum</translation>
    </message>
    <message>
        <source>Compare with &amp;Previous Period</source>
        <translation>Mit &amp;vorherigem Zeitraum vergleichen</translation>
    </message>
    <message>
        <source>Go to &amp;Stores</source>
        <translation>Zu den &amp;Shops</translation>
    </message>
    <message>
        <source>&amp;About StoreLens</source>
        <translation>&amp;Über StoreLens</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Store</source>
        <translation>&amp;Shop</translation>
    </message>
    <message>
        <source>Sync &amp;Interval</source>
        <translation>Synchronisierungs&amp;intervall</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>Last sync</source>
        <translation>Letzte Synchronisierung</translation>
    </message>
    <message>
        <source>Network</source>
        <translation>Netzwerk</translation>
    </message>
    <message>
        <source>%1 — StoreLens</source>
        <translation>%1 — StoreLens</translation>
    </message>
    <message>
        <source>%1 is up to date.</source>
        <translation>%1 ist auf dem neuesten Stand.</translation>
    </message>
    <message>
        <source>The sync of %1 was cancelled; the next one continues from there.</source>
        <translation>Die Synchronisierung von %1 wurde abgebrochen; die nächste macht dort weiter.</translation>
    </message>
    <message>
        <source>Sync the selected store now (F5)</source>
        <translation>Den gewählten Shop jetzt synchronisieren (F5)</translation>
    </message>
    <message>
        <source>Sync every store of the workspace now (F5)</source>
        <translation>Alle Shops des Arbeitsbereichs jetzt synchronisieren (F5)</translation>
    </message>
    <message>
        <source>Syncing of %1 is paused; uncheck to resume it (F6)</source>
        <translation>Die Synchronisierung von %1 ist pausiert; Häkchen entfernen, um sie fortzusetzen (F6)</translation>
    </message>
    <message>
        <source>Stop syncing %1 until resumed (F6)</source>
        <translation>%1 nicht mehr synchronisieren, bis fortgesetzt wird (F6)</translation>
    </message>
    <message>
        <source>Every hour</source>
        <translation>Stündlich</translation>
    </message>
    <message>
        <source>Once a day</source>
        <translation>Einmal täglich</translation>
    </message>
    <message>
        <source>Every %1 hours</source>
        <translation>Alle %1 Stunden</translation>
    </message>
    <message>
        <source>Every %1 minutes</source>
        <translation>Alle %1 Minuten</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>Syncing of %1 is paused; F6 resumes it.</source>
        <translation>Die Synchronisierung von %1 ist pausiert; F6 setzt sie fort.</translation>
    </message>
    <message>
        <source>Syncing of %1 resumed.</source>
        <translation>Die Synchronisierung von %1 wird fortgesetzt.</translation>
    </message>
    <message>
        <source>Syncing is paused for every store of this workspace; Shift+F6 resumes it.</source>
        <translation>Die Synchronisierung ist für alle Shops dieses Arbeitsbereichs pausiert; Umschalt+F6 setzt sie fort.</translation>
    </message>
    <message>
        <source>Syncing resumed for every store of this workspace.</source>
        <translation>Die Synchronisierung aller Shops dieses Arbeitsbereichs wird fortgesetzt.</translation>
    </message>
    <message>
        <source>Sync interval of %1: %2.</source>
        <translation>Synchronisierungsintervall von %1: %2.</translation>
    </message>
    <message>
        <source>%1 is reconnected; its sync is running.</source>
        <translation>%1 ist neu verbunden; die Synchronisierung läuft.</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Wird synchronisiert…</translation>
    </message>
    <message>
        <source>Waiting to sync</source>
        <translation>Wartet auf Synchronisierung</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>Braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>Sync failed; retrying later</source>
        <translation>Synchronisierung fehlgeschlagen; neuer Versuch später</translation>
    </message>
    <message>
        <source>Sync paused</source>
        <translation>Synchronisierung pausiert</translation>
    </message>
    <message>
        <source>Synced %1</source>
        <translation>Synchronisiert %1</translation>
    </message>
    <message>
        <source>Not synced yet</source>
        <translation>Noch nicht synchronisiert</translation>
    </message>
    <message>
        <source>Sync Now (F5) resumes it.</source>
        <translation>„Jetzt synchronisieren“ (F5) setzt sie fort.</translation>
    </message>
    <message>
        <source>Last sync: %1</source>
        <translation>Letzte Synchronisierung: %1</translation>
    </message>
    <message>
        <source>● Online</source>
        <translation>● Online</translation>
    </message>
    <message>
        <source>○ Offline</source>
        <translation>○ Offline</translation>
    </message>
    <message>
        <source>data as of %1</source>
        <translation>Daten vom %1</translation>
    </message>
    <message>
        <source>Syncing paused</source>
        <translation>Synchronisierung pausiert</translation>
    </message>
    <message>
        <source>Connected: syncs reach the stores.</source>
        <translation>Verbunden: Synchronisierungen erreichen die Shops.</translation>
    </message>
    <message>
        <source>No network: StoreLens shows the data it has; syncs resume when the network returns.</source>
        <translation>Kein Netzwerk: StoreLens zeigt die vorhandenen Daten; Synchronisierungen laufen weiter, sobald das Netzwerk zurück ist.</translation>
    </message>
    <message>
        <source>Rename Workspace</source>
        <translation>Arbeitsbereich umbenennen</translation>
    </message>
    <message>
        <source>New name for workspace &quot;%1&quot;:</source>
        <translation>Neuer Name für den Arbeitsbereich „%1“:</translation>
    </message>
    <message>
        <source>Cannot rename workspace &quot;%1&quot;</source>
        <translation>Arbeitsbereich „%1“ kann nicht umbenannt werden</translation>
    </message>
    <message>
        <source>Use up to 64 letters, digits, spaces, dots, dashes or underscores.</source>
        <translation>Verwenden Sie bis zu 64 Buchstaben, Ziffern, Leerzeichen, Punkte, Binde- oder Unterstriche.</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; is now &quot;%2&quot;.</source>
        <translation>Arbeitsbereich „%1“ heißt jetzt „%2“.</translation>
    </message>
    <message>
        <source>Delete Workspace</source>
        <translation>Arbeitsbereich löschen</translation>
    </message>
    <message>
        <source>Delete workspace &quot;%1&quot;?</source>
        <translation>Arbeitsbereich „%1“ löschen?</translation>
    </message>
    <message>
        <source>Its encrypted file with every store and all their data is deleted, and its keys are removed from the keychain. This cannot be undone; the stores themselves are not affected.</source>
        <translation>Seine verschlüsselte Datei mit allen Shops und ihren Daten wird gelöscht und seine Schlüssel werden aus dem Schlüsselbund entfernt. Das kann nicht rückgängig gemacht werden; die Shops selbst bleiben unberührt.</translation>
    </message>
    <message>
        <source>&amp;Delete Workspace</source>
        <translation>Arbeitsbereich &amp;löschen</translation>
    </message>
    <message>
        <source>Cannot delete workspace &quot;%1&quot;</source>
        <translation>Arbeitsbereich „%1“ kann nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; was deleted.</source>
        <translation>Arbeitsbereich „%1“ wurde gelöscht.</translation>
    </message>
    <message>
        <source>Store added; its first sync is running.</source>
        <translation>Shop hinzugefügt; seine erste Synchronisierung läuft.</translation>
    </message>
    <message>
        <source>The demo could not start</source>
        <translation>Die Demo konnte nicht starten</translation>
    </message>
    <message>
        <source>Remove Store</source>
        <translation>Shop entfernen</translation>
    </message>
    <message>
        <source>Remove store &quot;%1&quot; from this workspace?</source>
        <translation>Shop „%1“ aus diesem Arbeitsbereich entfernen?</translation>
    </message>
    <message>
        <source>Its orders, customers and products are deleted from this computer and its access token from the keychain. The store itself is not affected; you can add it again later.</source>
        <translation>Seine Bestellungen, Kunden und Produkte werden von diesem Computer gelöscht und sein Zugriffstoken aus dem Schlüsselbund. Der Shop selbst bleibt unberührt; Sie können ihn später wieder hinzufügen.</translation>
    </message>
    <message>
        <source>&amp;Remove Store</source>
        <translation>Shop &amp;entfernen</translation>
    </message>
    <message>
        <source>Removing %1…</source>
        <translation>%1 wird entfernt…</translation>
    </message>
    <message>
        <source>Store &quot;%1&quot; was removed.</source>
        <translation>Shop „%1“ wurde entfernt.</translation>
    </message>
    <message>
        <source>Could not remove the store: %1</source>
        <translation>Der Shop konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>The dashboard has no figures to export yet.</source>
        <translation>Das Dashboard hat noch keine Zahlen zum Exportieren.</translation>
    </message>
    <message>
        <source>Export Dashboard to PDF</source>
        <translation>Dashboard als PDF exportieren</translation>
    </message>
    <message>
        <source>Export Dashboard to PNG</source>
        <translation>Dashboard als PNG exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>Saved the report to %1</source>
        <translation>Bericht unter %1 gespeichert</translation>
    </message>
    <message>
        <source>Could not write %1</source>
        <translation>%1 konnte nicht geschrieben werden</translation>
    </message>
    <message>
        <source>About StoreLens</source>
        <translation>Über StoreLens</translation>
    </message>
    <message>
        <source>&lt;h3&gt;StoreLens %1&lt;/h3&gt;&lt;p&gt;Sales, customers and products of your online stores, on your computer, with or without a network.&lt;/p&gt;&lt;p&gt;Free software under the GNU GPL, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;StoreLens %1&lt;/h3&gt;&lt;p&gt;Umsätze, Kunden und Produkte Ihrer Onlineshops, auf Ihrem Computer, mit oder ohne Netzwerk.&lt;/p&gt;&lt;p&gt;Freie Software unter der GNU GPL, Version 3 oder später.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Öffnen</translation>
    </message>
    <message>
        <source>&amp;Rename…</source>
        <translation>&amp;Umbenennen…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
</context>
<context>
    <name>storelens::NewWorkspaceDialog</name>
    <message>
        <source>New Workspace</source>
        <translation>Neuer Arbeitsbereich</translation>
    </message>
    <message>
        <source>A workspace is one encrypted file with its own stores. Agencies keep one per client.</source>
        <translation>Ein Arbeitsbereich ist eine verschlüsselte Datei mit eigenen Shops. Agenturen legen einen pro Kunde an.</translation>
    </message>
    <message>
        <source>Workspace name</source>
        <translation>Name des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>e.g. Client A</source>
        <translation>z. B. Kunde A</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Protect with a &amp;passphrase instead of the keychain</source>
        <translation>Mit einer &amp;Passphrase statt dem Schlüsselbund schützen</translation>
    </message>
    <message>
        <source>Checking the system keychain…</source>
        <translation>Der Schlüsselbund des Systems wird geprüft…</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Repeat passphrase</source>
        <translation>Passphrase wiederholen</translation>
    </message>
    <message>
        <source>Pass&amp;phrase:</source>
        <translation>Pass&amp;phrase:</translation>
    </message>
    <message>
        <source>&amp;Repeat:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Anlegen</translation>
    </message>
    <message>
        <source>The workspace key is kept in the system keychain, so the workspace opens without asking.</source>
        <translation>Der Schlüssel des Arbeitsbereichs liegt im Schlüsselbund des Systems; der Arbeitsbereich öffnet sich ohne Nachfrage.</translation>
    </message>
    <message>
        <source>No system keychain is available: choose a passphrase. StoreLens asks for it whenever the workspace is opened; without it the data cannot be recovered.</source>
        <translation>Kein Schlüsselbund verfügbar: Wählen Sie eine Passphrase. StoreLens fragt bei jedem Öffnen danach; ohne sie lassen sich die Daten nicht wiederherstellen.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>Use up to 64 letters, digits, spaces, dots, dashes or underscores.</source>
        <translation>Verwenden Sie bis zu 64 Buchstaben, Ziffern, Leerzeichen, Punkte, Binde- oder Unterstriche.</translation>
    </message>
    <message>
        <source>A workspace named &quot;%1&quot; already exists.</source>
        <translation>Ein Arbeitsbereich namens „%1“ existiert bereits.</translation>
    </message>
    <message numerus="yes">
        <source>A passphrase needs at least %n characters.</source>
        <translation>
            <numerusform>Eine Passphrase braucht mindestens %n Zeichen.</numerusform>
            <numerusform>Eine Passphrase braucht mindestens %n Zeichen.</numerusform>
        </translation>
    </message>
    <message>
        <source>The passphrases do not match.</source>
        <translation>Die Passphrasen stimmen nicht überein.</translation>
    </message>
</context>
<context>
    <name>storelens::OrderDetailView</name>
    <message>
        <source>Order details</source>
        <translation>Bestelldetails</translation>
    </message>
    <message>
        <source>Could not read the order: %1</source>
        <translation>Die Bestellung konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This order no longer exists.</source>
        <translation>Diese Bestellung existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Storniert</translation>
    </message>
    <message>
        <source>Test order</source>
        <translation>Testbestellung</translation>
    </message>
    <message>
        <source>Order %1</source>
        <translation>Bestellung %1</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Guest</source>
        <translation>Gast</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Unfulfilled</source>
        <translation>Nicht versandt</translation>
    </message>
    <message>
        <source>Order ID</source>
        <translation>Bestell-ID</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Qty</source>
        <translation>Menge</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Discount</source>
        <translation>Rabatt</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <source>Totals</source>
        <translation>Summen</translation>
    </message>
    <message>
        <source>Subtotal</source>
        <translation>Zwischensumme</translation>
    </message>
    <message>
        <source>Discounts</source>
        <translation>Rabatte</translation>
    </message>
    <message>
        <source>Shipping</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Taxes</source>
        <translation>Steuern</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
    <message>
        <source>Refunded</source>
        <translation>Erstattet</translation>
    </message>
    <message>
        <source>Net payment</source>
        <translation>Nettozahlung</translation>
    </message>
    <message>
        <source>Refunds</source>
        <translation>Erstattungen</translation>
    </message>
    <message>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <source>shipping %1</source>
        <translation>Versand %1</translation>
    </message>
    <message>
        <source>%1: %2 refunded (%3)</source>
        <translation>%1: %2 erstattet (%3)</translation>
    </message>
    <message>
        <source>Show %1&apos;s orders</source>
        <translation>Bestellungen von %1 anzeigen</translation>
    </message>
</context>
<context>
    <name>storelens::OrdersPage</name>
    <message>
        <source>Period</source>
        <translation>Zeitraum</translation>
    </message>
    <message>
        <source>Selected period</source>
        <translation>Gewählter Zeitraum</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Gesamte Zeit</translation>
    </message>
    <message>
        <source>Payment status</source>
        <translation>Zahlungsstatus</translation>
    </message>
    <message>
        <source>Any payment</source>
        <translation>Jede Zahlung</translation>
    </message>
    <message>
        <source>Fulfillment status</source>
        <translation>Versandstatus</translation>
    </message>
    <message>
        <source>Any fulfillment</source>
        <translation>Jeder Versand</translation>
    </message>
    <message>
        <source>Test orders</source>
        <translation>Testbestellungen</translation>
    </message>
    <message>
        <source>Include test orders, which reports leave out</source>
        <translation>Testbestellungen einbeziehen, die Berichte auslassen</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Search by order number or email…</source>
        <translation>Nach Bestellnummer oder E-Mail suchen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln order(s)</source>
        <translation>
            <numerusform>%Ln Bestellung</numerusform>
            <numerusform>%Ln Bestellungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Order</source>
        <translation>Bestellung</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>Kunde</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>Kanal</translation>
    </message>
    <message>
        <source>Payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <source>Fulfillment</source>
        <translation>Versand</translation>
    </message>
    <message>
        <source>Items</source>
        <translation>Artikel</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Gesamt</translation>
    </message>
</context>
<context>
    <name>storelens::PassphraseDialog</name>
    <message>
        <source>Unlock %1</source>
        <translation>%1 entsperren</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; is protected by a passphrase. Enter it to open the workspace.</source>
        <translation>Arbeitsbereich „%1“ ist durch eine Passphrase geschützt. Geben Sie sie ein, um den Arbeitsbereich zu öffnen.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Passphrase</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
</context>
<context>
    <name>storelens::PlatformPage</name>
    <message>
        <source>Platform</source>
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Where does the store run?</source>
        <translation>Wo läuft der Shop?</translation>
    </message>
</context>
<context>
    <name>storelens::ProductDetailView</name>
    <message>
        <source>Product details</source>
        <translation>Produktdetails</translation>
    </message>
    <message>
        <source>Could not read the product: %1</source>
        <translation>Das Produkt konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>This product no longer exists.</source>
        <translation>Dieses Produkt existiert nicht mehr.</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Handle</source>
        <translation>Handle</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>Variant</source>
        <translation>Variante</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>Artikelnummer</translation>
    </message>
    <message>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <source>Compare at</source>
        <translation>Vergleichspreis</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Stock columns show the units available at each location.</source>
        <translation>Die Bestandsspalten zeigen die verfügbaren Stück je Standort.</translation>
    </message>
</context>
<context>
    <name>storelens::ProductsPage</name>
    <message>
        <source>Product status</source>
        <translation>Produktstatus</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Jeder Status</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Search by title, vendor or SKU…</source>
        <translation>Nach Titel, Hersteller oder Artikelnummer suchen…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln product(s)</source>
        <translation>
            <numerusform>%Ln Produkt</numerusform>
            <numerusform>%Ln Produkte</numerusform>
        </translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Shop</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Vendor</source>
        <translation>Hersteller</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Variants</source>
        <translation>Varianten</translation>
    </message>
    <message>
        <source>Price from</source>
        <translation>Preis ab</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Aktualisiert</translation>
    </message>
    <message>
        <source>Show products</source>
        <translation>Produkte anzeigen</translation>
    </message>
    <message>
        <source>Catalogue</source>
        <translation>Katalog</translation>
    </message>
    <message>
        <source>By SKU across stores</source>
        <translation>Nach SKU über alle Shops</translation>
    </message>
    <message>
        <source>By SKU: the period&apos;s units, net sales and stock of each SKU in every store, whatever its platform</source>
        <translation>Nach SKU: Einheiten, Nettoumsatz und Bestand jeder SKU im Zeitraum in jedem Shop, gleich auf welcher Plattform</translation>
    </message>
</context>
<context>
    <name>storelens::ReconnectStoreDialog</name>
    <message>
        <source>Reconnect %1</source>
        <translation>%1 neu verbinden</translation>
    </message>
    <message>
        <source>&amp;Test and Reconnect</source>
        <translation>&amp;Testen und neu verbinden</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Technisches Detail: %1</translation>
    </message>
    <message>
        <source>Connected. Saving the new credentials…</source>
        <translation>Verbunden. Die neuen Zugangsdaten werden gespeichert…</translation>
    </message>
    <message>
        <source>Could not save the new credentials: %1</source>
        <translation>Die neuen Zugangsdaten konnten nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Testing the connection to %1…</source>
        <translation>Verbindung zu %1 wird getestet…</translation>
    </message>
</context>
<context>
    <name>storelens::SkuView</name>
    <message>
        <source>Products by SKU</source>
        <translation>Produkte nach SKU</translation>
    </message>
    <message>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <source>Stores</source>
        <translation>Shops</translation>
    </message>
    <message>
        <source>Units</source>
        <translation>Einheiten</translation>
    </message>
    <message>
        <source>Net sales</source>
        <translation>Nettoumsatz</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Could not read the SKUs: %1</source>
        <translation>Die SKUs konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Store %1</source>
        <translation>Shop %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message numerus="yes">
        <source>✓ %n store(s)</source>
        <translation>
            <numerusform>✓ %n Shop</numerusform>
            <numerusform>✓ %n Shops</numerusform>
        </translation>
    </message>
    <message>
        <source>This SKU is sold or stocked in several stores</source>
        <translation>Diese SKU wird in mehreren Shops verkauft oder geführt</translation>
    </message>
    <message numerus="yes">
        <source>%n SKU(s), %1 matched across stores</source>
        <translation>
            <numerusform>%n SKU, %1 in mehreren Shops</numerusform>
            <numerusform>%n SKUs, %1 in mehreren Shops</numerusform>
        </translation>
    </message>
    <message>
        <source>amounts in %1, converted</source>
        <translation>Beträge in %1, umgerechnet</translation>
    </message>
    <message numerus="yes">
        <source>%n unit(s) without a SKU (%1) cannot be matched</source>
        <translation>
            <numerusform>%n Einheit ohne SKU (%1) kann nicht zugeordnet werden</numerusform>
            <numerusform>%n Einheiten ohne SKU (%1) können nicht zugeordnet werden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>storelens::SyncAlertBanner</name>
    <message>
        <source>Sync problems</source>
        <translation>Synchronisierungsprobleme</translation>
    </message>
    <message>
        <source>StoreLens tries again at %1.</source>
        <translation>StoreLens versucht es um %1 erneut.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Technical details for %1</source>
        <translation>Technische Details zu %1</translation>
    </message>
    <message>
        <source>Show the technical cause</source>
        <translation>Die technische Ursache anzeigen</translation>
    </message>
    <message>
        <source>History…</source>
        <translation>Verlauf…</translation>
    </message>
    <message>
        <source>Sync history of %1</source>
        <translation>Synchronisierungsverlauf von %1</translation>
    </message>
    <message>
        <source>Every sync of %1 (Ctrl+H)</source>
        <translation>Alle Synchronisierungen von %1 (Strg+H)</translation>
    </message>
    <message>
        <source>Reconnect…</source>
        <translation>Neu verbinden…</translation>
    </message>
    <message>
        <source>Reconnect %1</source>
        <translation>%1 neu verbinden</translation>
    </message>
    <message>
        <source>Enter new credentials for %1 (Ctrl+Shift+R)</source>
        <translation>Neue Zugangsdaten für %1 eingeben (Strg+Umschalt+R)</translation>
    </message>
    <message>
        <source>Retry Now</source>
        <translation>Jetzt erneut versuchen</translation>
    </message>
    <message>
        <source>Retry syncing %1 now</source>
        <translation>%1 jetzt erneut synchronisieren</translation>
    </message>
    <message>
        <source>No technical detail was recorded; the sync history lists every run with its outcome.</source>
        <translation>Es wurde kein technisches Detail aufgezeichnet; der Synchronisierungsverlauf listet jeden Lauf mit seinem Ergebnis.</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Technisches Detail: %1</translation>
    </message>
</context>
<context>
    <name>storelens::SyncController</name>
    <message>
        <source>Locations</source>
        <translation>Standorte</translation>
    </message>
    <message>
        <source>Products</source>
        <translation>Produkte</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>Bestellungen</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Lagerbestand</translation>
    </message>
    <message>
        <source>Abandoned checkouts</source>
        <translation>Abgebrochene Checkouts</translation>
    </message>
</context>
<context>
    <name>storelens::SyncHistoryDialog</name>
    <message>
        <source>Sync History — %1</source>
        <translation>Synchronisierungsverlauf — %1</translation>
    </message>
    <message>
        <source>Reading the sync history…</source>
        <translation>Synchronisierungsverlauf wird gelesen…</translation>
    </message>
    <message>
        <source>Sync runs of %1</source>
        <translation>Synchronisierungsläufe von %1</translation>
    </message>
    <message>
        <source>&amp;Details of the selected sync:</source>
        <translation>&amp;Details der ausgewählten Synchronisierung:</translation>
    </message>
    <message>
        <source>Details of the selected sync</source>
        <translation>Details der ausgewählten Synchronisierung</translation>
    </message>
    <message>
        <source>&amp;Sync Now</source>
        <translation>Jetzt &amp;synchronisieren</translation>
    </message>
    <message>
        <source>Sync %1 now</source>
        <translation>%1 jetzt synchronisieren</translation>
    </message>
    <message>
        <source>Could not read the sync history: %1</source>
        <translation>Der Synchronisierungsverlauf konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 has not synced yet.</source>
        <translation>%1 wurde noch nicht synchronisiert.</translation>
    </message>
    <message>
        <source>Every sync of %1, newest first. Runs: %2, failed: %3.</source>
        <translation>Alle Synchronisierungen von %1, neueste zuerst. Läufe: %2, fehlgeschlagen: %3.</translation>
    </message>
    <message>
        <source>Every sync of %1, newest first. Runs: %2.</source>
        <translation>Alle Synchronisierungen von %1, neueste zuerst. Läufe: %2.</translation>
    </message>
    <message>
        <source>%1, started %2 (%3).</source>
        <translation>%1, gestartet %2 (%3).</translation>
    </message>
    <message>
        <source>Technical detail: %1</source>
        <translation>Technisches Detail: %1</translation>
    </message>
    <message>
        <source>Error kind: %1</source>
        <translation>Fehlerart: %1</translation>
    </message>
</context>
<context>
    <name>storelens::SyncHistoryModel</name>
    <message>
        <source>Finished %1</source>
        <translation>Beendet %1</translation>
    </message>
    <message>
        <source>running</source>
        <translation>läuft</translation>
    </message>
    <message>
        <source>Started</source>
        <translation>Gestartet</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Trigger</source>
        <translation>Auslöser</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Set aside</source>
        <translation>Zurückgestellt</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
</context>
<context>
    <name>storelens::SyncScheduler</name>
    <message>
        <source>StoreLens: %1 needs attention</source>
        <translation>StoreLens: %1 braucht Aufmerksamkeit</translation>
    </message>
    <message>
        <source>StoreLens: %1 is ready</source>
        <translation>StoreLens: %1 ist bereit</translation>
    </message>
    <message>
        <source>The first sync of %1 has finished.</source>
        <translation>Die erste Synchronisierung von %1 ist abgeschlossen.</translation>
    </message>
</context>
<context>
    <name>storelens::SyncStatusWidget</name>
    <message>
        <source>Sync progress</source>
        <translation>Synchronisierungsfortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel sync</source>
        <translation>Synchronisierung abbrechen</translation>
    </message>
    <message>
        <source>Stop the sync; the next one continues where this one stopped</source>
        <translation>Synchronisierung anhalten; die nächste macht dort weiter, wo diese aufhörte</translation>
    </message>
    <message numerus="yes">
        <source>Syncing %1 and %n more</source>
        <translation>
            <numerusform>%1 und %n weiterer werden synchronisiert</numerusform>
            <numerusform>%1 und %n weitere werden synchronisiert</numerusform>
        </translation>
    </message>
    <message>
        <source>a store</source>
        <translation>einem Shop</translation>
    </message>
    <message>
        <source>Syncing %1</source>
        <translation>%1 wird synchronisiert</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Waiting to sync %1</source>
        <translation>%1 wartet auf Synchronisierung</translation>
    </message>
</context>
<context>
    <name>storelens::TrayNotifier</name>
    <message>
        <source>StoreLens</source>
        <translation>StoreLens</translation>
    </message>
</context>
<context>
    <name>storelens::WelcomePage</name>
    <message>
        <source>Explore the &amp;demo</source>
        <translation>&amp;Demo ansehen</translation>
    </message>
    <message>
        <source>A sample store, filled through the real sync from a simulated shop</source>
        <translation>Ein Beispielshop, über die echte Synchronisierung aus einem simulierten Shop befüllt</translation>
    </message>
    <message>
        <source>Welcome to StoreLens</source>
        <translation>Willkommen bei StoreLens</translation>
    </message>
    <message>
        <source>Your stores&apos; sales, customers and products in one place, on your computer, with or without a network. Start with a workspace: one encrypted file for your stores, or one per client.</source>
        <translation>Umsätze, Kunden und Produkte Ihrer Shops an einem Ort, auf Ihrem Computer, mit oder ohne Netzwerk. Beginnen Sie mit einem Arbeitsbereich: einer verschlüsselten Datei für Ihre Shops oder einer pro Kunde.</translation>
    </message>
    <message>
        <source>&amp;Create a workspace…</source>
        <translation>Arbeitsbereich &amp;anlegen…</translation>
    </message>
    <message>
        <source>Connect your first store</source>
        <translation>Verbinden Sie Ihren ersten Shop</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; has no stores yet. Add a Shopify store with an access token, or explore the demo first.</source>
        <translation>Arbeitsbereich „%1“ hat noch keine Shops. Fügen Sie einen Shopify-Shop mit einem Zugriffstoken hinzu oder sehen Sie sich zuerst die Demo an.</translation>
    </message>
    <message>
        <source>&amp;Add a store…</source>
        <translation>Shop &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Unlocking the workspace.</source>
        <translation>Der Arbeitsbereich wird entsperrt.</translation>
    </message>
</context>
<context>
    <name>storelens::WorkspaceOpener</name>
    <message>
        <source>Wrong passphrase. Try again.</source>
        <translation>Falsche Passphrase. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cannot open workspace &quot;%1&quot;</source>
        <translation>Arbeitsbereich „%1“ kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot create workspace &quot;%1&quot;</source>
        <translation>Arbeitsbereich „%1“ kann nicht angelegt werden</translation>
    </message>
</context>
<context>
    <name>storelens::WorkspaceSession</name>
    <message>
        <source>The store is no longer in this workspace.</source>
        <translation>Der Shop ist nicht mehr in diesem Arbeitsbereich.</translation>
    </message>
</context>
<context>
    <name>storelens::WorkspaceSidebar</name>
    <message>
        <source>Workspaces and stores</source>
        <translation>Arbeitsbereiche und Shops</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot; (open)</source>
        <translation>Arbeitsbereich „%1“ (geöffnet)</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Alle Shops</translation>
    </message>
    <message>
        <source>Every store of this workspace together</source>
        <translation>Alle Shops dieses Arbeitsbereichs zusammen</translation>
    </message>
    <message>
        <source>Workspace &quot;%1&quot;: press Enter or double-click to open it</source>
        <translation>Arbeitsbereich „%1“: zum Öffnen Eingabetaste drücken oder doppelklicken</translation>
    </message>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1 store %2</source>
        <translation>%1-Shop %2</translation>
    </message>
</context>
</TS>
