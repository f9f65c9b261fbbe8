<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
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
</context>
<context>
    <name>CliContext</name>
    <message>
        <source>Run "storelens-cli help" for the list of commands.</source>
        <translation>„storelens-cli help“ zeigt die Liste der Befehle.</translation>
    </message>
    <message>
        <source>Passphrase for workspace "%1": </source>
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
        <source>Workspace "%1" is protected by a passphrase: set STORELENS_PASSPHRASE or run on a terminal to be asked for it.</source>
        <translation>Arbeitsbereich „%1“ ist durch eine Passphrase geschützt: Setzen Sie STORELENS_PASSPHRASE oder starten Sie den Befehl in einem Terminal, um danach gefragt zu werden.</translation>
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
    <name>DaemonCommands</name>
    <message>
        <source>usage: storelens-cli sync-log --workspace W [--store S] [--limit N] [--json]</source>
        <translation>Aufruf: storelens-cli sync-log --workspace W [--store S] [--limit N] [--json]</translation>
    </message>
    <message>
        <source>Workspace "%1" has no store "%2".</source>
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
        <source>usage: storelens-cli daemon --workspace W</source>
        <translation>Aufruf: storelens-cli daemon --workspace W</translation>
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
        <source>StoreLens daemon: workspace "%1", %n store(s). Stop with Ctrl+C.</source>
        <translation><numerusform>StoreLens-Dienst: Arbeitsbereich „%1“, %n Shop. Beenden mit Strg+C.</numerusform><numerusform>StoreLens-Dienst: Arbeitsbereich „%1“, %n Shops. Beenden mit Strg+C.</numerusform></translation>
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
        <source>STORE is a store's name or shop domain. Secrets are read from environment
variables, never from the command line. Without a system keychain, set
STORELENS_PASSPHRASE or run on a terminal to be asked for the passphrase.
STORELENS_HOME overrides where workspaces are kept.
</source>
        <translation>SHOP ist der Name oder die Shop-Domain eines Shops. Geheimnisse werden aus
Umgebungsvariablen gelesen, nie von der Befehlszeile. Ohne Schlüsselbund des
Systems setzen Sie STORELENS_PASSPHRASE oder starten im Terminal, um nach der
Passphrase gefragt zu werden. STORELENS_HOME legt fest, wo Arbeitsbereiche liegen.
</translation>
    </message>
    <message>
        <source>Simulators (a local store to try StoreLens against):
  sim shopify [--port P] [--seed S] [--orders N]
              [--plan standard|advanced|plus|enterprise]
              [--faults RATE] [--time-scale X]
</source>
        <translation>Simulatoren (ein lokaler Shop zum Ausprobieren von StoreLens):
  sim shopify [--port P] [--seed S] [--orders N]
              [--plan standard|advanced|plus|enterprise]
              [--faults RATE] [--time-scale X]
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
    <name>Launcher</name>
    <message>
        <source>No system keychain is available. Choose a passphrase for the new workspace "%1":</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar. Wählen Sie eine Passphrase für den neuen Arbeitsbereich „%1“:</translation>
    </message>
    <message>
        <source>Wrong passphrase. Try again for workspace "%1":</source>
        <translation>Falsche Passphrase. Neuer Versuch für Arbeitsbereich „%1“:</translation>
    </message>
    <message>
        <source>Passphrase for workspace "%1":</source>
        <translation>Passphrase für Arbeitsbereich „%1“:</translation>
    </message>
    <message>
        <source>StoreLens</source>
        <translation>StoreLens</translation>
    </message>
    <message>
        <source>Unlock %1</source>
        <translation>%1 entsperren</translation>
    </message>
</context>
<context>
    <name>Money</name>
    <message>
        <source>"%1" is not a decimal amount</source>
        <translation>„%1“ ist kein Dezimalbetrag</translation>
    </message>
    <message>
        <source>amount "%1" is too large</source>
        <translation>Betrag „%1“ ist zu groß</translation>
    </message>
    <message numerus="yes">
        <source>amount "%1" has more decimals than %2 allows (%n)</source>
        <translation><numerusform>Betrag „%1“ hat mehr Nachkommastellen, als %2 erlaubt (%n)</numerusform><numerusform>Betrag „%1“ hat mehr Nachkommastellen, als %2 erlaubt (%n)</numerusform></translation>
    </message>
</context>
<context>
    <name>ShopifyClient</name>
    <message>
        <source>Could not reach Shopify for store "%1". Check the internet connection; StoreLens will try again.</source>
        <translation>Shopify war für den Shop „%1“ nicht erreichbar. Prüfen Sie die Internetverbindung; StoreLens versucht es erneut.</translation>
    </message>
    <message>
        <source>Shopify kept asking StoreLens to slow down for store "%1". The sync will continue later within Shopify's limits.</source>
        <translation>Shopify hat StoreLens für den Shop „%1“ wiederholt gebremst. Die Synchronisierung wird später innerhalb der Grenzen von Shopify fortgesetzt.</translation>
    </message>
    <message>
        <source>Shopify answered with an error for store "%1". StoreLens will try again later; if it persists, see the details.</source>
        <translation>Shopify hat für den Shop „%1“ mit einem Fehler geantwortet. StoreLens versucht es später erneut; wenn der Fehler bleibt, sehen Sie sich die Details an.</translation>
    </message>
    <message>
        <source>Shopify refused the credentials of store "%1" (wrong, expired or revoked token). Reconnect the store with a valid access token or client secret.</source>
        <translation>Shopify hat die Zugangsdaten des Shops „%1“ abgelehnt (falsches, abgelaufenes oder widerrufenes Token). Verbinden Sie den Shop erneut mit einem gültigen Zugriffstoken oder Client-Secret.</translation>
    </message>
    <message>
        <source>The Shopify app of store "%1" lacks access scopes. Grant them in the app's configuration, then reconnect.</source>
        <translation>Der Shopify-App des Shops „%1“ fehlen Zugriffsrechte. Erteilen Sie sie in der Konfiguration der App und verbinden Sie den Shop dann erneut.</translation>
    </message>
    <message>
        <source>There is no Shopify store at %1. Check the shop domain (it looks like your-shop.myshopify.com).</source>
        <translation>Unter %1 gibt es keinen Shopify-Shop. Prüfen Sie die Shop-Domain (sie sieht aus wie ihr-shop.myshopify.com).</translation>
    </message>
    <message>
        <source>Shopify store "%1" is unavailable (frozen, locked or closed). Check the store's status in Shopify.</source>
        <translation>Der Shopify-Shop „%1“ ist nicht verfügbar (eingefroren, gesperrt oder geschlossen). Prüfen Sie den Status des Shops in Shopify.</translation>
    </message>
    <message>
        <source>Shopify could not export the data of store "%1" in bulk. StoreLens will start a new export.</source>
        <translation>Shopify konnte die Daten des Shops „%1“ nicht als Massenexport liefern. StoreLens startet einen neuen Export.</translation>
    </message>
    <message>
        <source>The sync of store "%1" was cancelled; it resumes where it stopped.</source>
        <translation>Die Synchronisierung des Shops „%1“ wurde abgebrochen; sie wird dort fortgesetzt, wo sie aufgehört hat.</translation>
    </message>
    <message>
        <source>The Shopify app of store "%1" lacks the access scope %2. Grant it in the app's configuration, then reconnect.</source>
        <translation>Der Shopify-App des Shops „%1“ fehlt das Zugriffsrecht %2. Erteilen Sie es in der Konfiguration der App und verbinden Sie den Shop dann erneut.</translation>
    </message>
</context>
<context>
    <name>ShopifyConnector</name>
    <message>
        <source>The Shopify app of store "%1" lacks the access scopes %2. Grant them in the app's configuration (Dev Dashboard), then reconnect.</source>
        <translation>Der Shopify-App des Shops „%1“ fehlen die Zugriffsrechte %2. Erteilen Sie sie in der Konfiguration der App (Dev Dashboard) und verbinden Sie den Shop dann erneut.</translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) to fetch: using a bulk export.</source>
        <translation><numerusform>%n Bestellung abzurufen: Massenexport wird verwendet.</numerusform><numerusform>%n Bestellungen abzurufen: Massenexport wird verwendet.</numerusform></translation>
    </message>
    <message numerus="yes">
        <source>%n order(s) to fetch: using paginated queries.</source>
        <translation><numerusform>%n Bestellung abzurufen: seitenweise Abfragen werden verwendet.</numerusform><numerusform>%n Bestellungen abzurufen: seitenweise Abfragen werden verwendet.</numerusform></translation>
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
        <source>The disk is full: could not save Shopify's export. Free some space and sync again; the download resumes.</source>
        <translation>Der Datenträger ist voll: Der Export von Shopify konnte nicht gespeichert werden. Schaffen Sie Platz und synchronisieren Sie erneut; der Download wird fortgesetzt.</translation>
    </message>
    <message>
        <source>The export's download link expired; starting a new export.</source>
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
        <source>sim: expected a platform, e.g. "sim shopify".</source>
        <translation>sim: Plattform erwartet, z. B. "sim shopify".</translation>
    </message>
    <message>
        <source>sim: unknown platform "%1"; supported: shopify.</source>
        <translation>sim: unbekannte Plattform "%1"; unterstützt: shopify.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>sim shopify: unknown option %1</source>
        <translation>sim shopify: unbekannte Option %1</translation>
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
        <source>--plan must be standard, advanced, plus or enterprise.</source>
        <translation>--plan muss standard, advanced, plus oder enterprise sein.</translation>
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
        <source>Could not start the simulator: %1</source>
        <translation>Der Simulator konnte nicht starten: %1</translation>
    </message>
    <message numerus="yes">
        <source>Shopify simulator for "%1" is listening (%n orders, generated in %2 s).</source>
        <translation><numerusform>Shopify-Simulator für "%1" ist bereit (%n Bestellung, erzeugt in %2 s).</numerusform><numerusform>Shopify-Simulator für "%1" ist bereit (%n Bestellungen, erzeugt in %2 s).</numerusform></translation>
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
        <source>These credentials are the simulator's own and work only here. Stop with Ctrl+C.</source>
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
</context>
<context>
    <name>StoreAddress</name>
    <message>
        <source>"%1" is not a shop domain (expected something like your-shop.myshopify.com).</source>
        <translation>„%1“ ist keine Shop-Domain (erwartet wird etwa ihr-shop.myshopify.com).</translation>
    </message>
    <message>
        <source>"%1" is not a valid http(s) URL.</source>
        <translation>„%1“ ist keine gültige http(s)-URL.</translation>
    </message>
    <message>
        <source>"%1" uses plain HTTP: only 127.0.0.1 or localhost may; use HTTPS.</source>
        <translation>„%1“ verwendet unverschlüsseltes HTTP, das nur 127.0.0.1 oder localhost dürfen; verwenden Sie HTTPS.</translation>
    </message>
</context>
<context>
    <name>StoreCommands</name>
    <message>
        <source>store: expected add, list or remove.</source>
        <translation>store: add, list oder remove erwartet.</translation>
    </message>
    <message>
        <source>store: unknown command "%1".</source>
        <translation>store: unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>store add: unknown option %1</source>
        <translation>store add: unbekannte Option %1</translation>
    </message>
    <message>
        <source>Platform "%1" is not supported yet; supported: shopify.</source>
        <translation>Plattform „%1“ wird noch nicht unterstützt; unterstützt: shopify.</translation>
    </message>
    <message>
        <source>The environment variable %1 is empty or not set; it must hold the %2.</source>
        <translation>Die Umgebungsvariable %1 ist leer oder nicht gesetzt; sie muss %2 enthalten.</translation>
    </message>
    <message>
        <source>access token</source>
        <translation>das Zugriffstoken</translation>
    </message>
    <message>
        <source>client secret</source>
        <translation>das Client-Secret</translation>
    </message>
    <message>
        <source>Workspace "%1" already has a store named "%2" or with domain %3.</source>
        <translation>Arbeitsbereich „%1“ hat bereits einen Shop namens „%2“ oder mit der Domain %3.</translation>
    </message>
    <message>
        <source>Could not add the store: %1</source>
        <translation>Der Shop konnte nicht hinzugefügt werden: %1</translation>
    </message>
    <message>
        <source>Added store "%1" (%2) to workspace "%3".</source>
        <translation>Shop „%1“ (%2) wurde dem Arbeitsbereich „%3“ hinzugefügt.</translation>
    </message>
    <message>
        <source>usage: storelens-cli store list --workspace W [--json]</source>
        <translation>Aufruf: storelens-cli store list --workspace W [--json]</translation>
    </message>
    <message>
        <source>Workspace "%1" has no stores yet.</source>
        <translation>Arbeitsbereich „%1“ hat noch keine Shops.</translation>
    </message>
    <message>
        <source>usage: storelens-cli store remove --workspace W STORE</source>
        <translation>Aufruf: storelens-cli store remove --workspace W SHOP</translation>
    </message>
    <message>
        <source>Several stores are named "%1"; use the shop domain.</source>
        <translation>Mehrere Shops heißen „%1“; verwenden Sie die Shop-Domain.</translation>
    </message>
    <message>
        <source>Workspace "%1" has no store "%2".</source>
        <translation>Arbeitsbereich „%1“ hat keinen Shop „%2“.</translation>
    </message>
    <message>
        <source>Could not remove the store: %1</source>
        <translation>Der Shop konnte nicht entfernt werden: %1</translation>
    </message>
    <message>
        <source>Removed store "%1" and its data from workspace "%2".</source>
        <translation>Shop „%1“ und seine Daten wurden aus Arbeitsbereich „%2“ entfernt.</translation>
    </message>
    <message>
        <source>usage: storelens-cli store add --workspace W --platform shopify --shop DOMAIN (--token-env VAR | --client-id ID --client-secret-env VAR) [--api-base URL] [--name N] [--offline]</source>
        <translation>Aufruf: storelens-cli store add --workspace W --platform shopify --shop DOMAIN (--token-env VAR | --client-id ID --client-secret-env VAR) [--api-base URL] [--name N] [--offline]</translation>
    </message>
    <message>
        <source>Connected to %1 (%2, %3, %4).</source>
        <translation>Verbunden mit %1 (%2, %3, %4).</translation>
    </message>
</context>
<context>
    <name>StoreCredentials</name>
    <message>
        <source>Store "%1": %2</source>
        <translation>Shop „%1“: %2</translation>
    </message>
</context>
<context>
    <name>SyncCommands</name>
    <message>
        <source>%1 needs a value.</source>
        <translation>%1 braucht einen Wert.</translation>
    </message>
    <message>
        <source>usage: storelens-cli sync --workspace W [--store S] [--full] [--json-progress]</source>
        <translation>Aufruf: storelens-cli sync --workspace W [--store S] [--full] [--json-progress]</translation>
    </message>
    <message>
        <source>Several stores are named "%1"; use the shop domain.</source>
        <translation>Mehrere Shops heißen „%1“; verwenden Sie die Shop-Domain.</translation>
    </message>
    <message>
        <source>Workspace "%1" has no store "%2".</source>
        <translation>Arbeitsbereich „%1“ hat keinen Shop „%2“.</translation>
    </message>
    <message>
        <source>Workspace "%1" has no stores to sync.</source>
        <translation>Arbeitsbereich „%1“ hat keine Shops zum Synchronisieren.</translation>
    </message>
    <message>
        <source>Syncing %1 (%2)</source>
        <translation>Synchronisiere %1 (%2)</translation>
    </message>
    <message>
        <source>  %1 in %2 s (%3 requests, %4 throttled, %5 retried)</source>
        <translation>  %1 in %2 s (%3 Anfragen, %4 gebremst, %5 wiederholt)</translation>
    </message>
    <message>
        <source>nothing new</source>
        <translation>nichts Neues</translation>
    </message>
    <message>
        <source>usage: storelens-cli import-bulk --workspace W --store S FILE.jsonl</source>
        <translation>Aufruf: storelens-cli import-bulk --workspace W --store S DATEI.jsonl</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Store "%1" has not been connected yet, so its currency is unknown. Sync it once, then import.</source>
        <translation>Shop „%1“ wurde noch nicht verbunden, daher ist seine Währung unbekannt. Synchronisieren Sie ihn einmal und importieren Sie dann.</translation>
    </message>
    <message>
        <source>Imported %1 orders (%2 new, %3 updated, %4 kept aside) in %5 s.</source>
        <translation>%1 Bestellungen importiert (%2 neu, %3 aktualisiert, %4 zurückgestellt) in %5 s.</translation>
    </message>
</context>
<context>
    <name>SyncEngine</name>
    <message>
        <source>Could not record the sync of store "%1": %2</source>
        <translation>Die Synchronisierung des Shops „%1“ konnte nicht protokolliert werden: %2</translation>
    </message>
    <message>
        <source>Could not update store "%1": %2</source>
        <translation>Shop „%1“ konnte nicht aktualisiert werden: %2</translation>
    </message>
    <message>
        <source>Store "%1": %2</source>
        <translation>Shop „%1“: %2</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>Workspace "%1" cannot be opened: %2 The file %3 was left as it is; restore it from a backup.</source>
        <translation>Arbeitsbereich „%1“ kann nicht geöffnet werden: %2 Die Datei %3 wurde nicht verändert; stellen Sie sie aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>There is no workspace named "%1".</source>
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
        <source>The database file of workspace "%1" is missing: %2</source>
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
        <source>Workspace "%1" cannot be opened: %2 is an unencrypted SQLite database, not a StoreLens workspace. The file was left as it is.</source>
        <translation>Arbeitsbereich „%1“ kann nicht geöffnet werden: %2 ist eine unverschlüsselte SQLite-Datenbank, kein StoreLens-Arbeitsbereich. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>the file is truncated (%1 bytes is not a whole number of pages).</source>
        <translation>die Datei ist abgeschnitten (%1 Bytes sind keine ganze Zahl von Seiten).</translation>
    </message>
    <message>
        <source>The system keychain holds no key for workspace "%1". Without its key the workspace cannot be opened; if the keychain was reset, restore it from a backup.</source>
        <translation>Der Schlüsselbund des Systems enthält keinen Schlüssel für Arbeitsbereich „%1“. Ohne seinen Schlüssel lässt sich der Arbeitsbereich nicht öffnen; wurde der Schlüsselbund zurückgesetzt, stellen Sie ihn aus einer Sicherung wieder her.</translation>
    </message>
    <message>
        <source>The key of workspace "%1" is kept in the system keychain, which is not available: %2 Unlock or start the keychain and try again.</source>
        <translation>Der Schlüssel von Arbeitsbereich „%1“ liegt im Schlüsselbund des Systems, der nicht verfügbar ist: %2 Entsperren oder starten Sie den Schlüsselbund und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The key in the system keychain does not open workspace "%1" (it belongs to another file or was replaced). The file was left as it is.</source>
        <translation>Der Schlüssel im Schlüsselbund des Systems öffnet Arbeitsbereich „%1“ nicht (er gehört zu einer anderen Datei oder wurde ersetzt). Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Workspace "%1" is protected by a passphrase. Enter it, or set STORELENS_PASSPHRASE.</source>
        <translation>Arbeitsbereich „%1“ ist durch eine Passphrase geschützt. Geben Sie sie ein oder setzen Sie STORELENS_PASSPHRASE.</translation>
    </message>
    <message>
        <source>Could not derive the key of workspace "%1" (out of memory?).</source>
        <translation>Der Schlüssel von Arbeitsbereich „%1“ konnte nicht abgeleitet werden (zu wenig Speicher?).</translation>
    </message>
    <message>
        <source>Wrong passphrase for workspace "%1".</source>
        <translation>Falsche Passphrase für Arbeitsbereich „%1“.</translation>
    </message>
    <message>
        <source>Workspace "%1" cannot be opened: %2 is an encrypted database of another application. The file was left as it is.</source>
        <translation>Arbeitsbereich „%1“ kann nicht geöffnet werden: %2 ist eine verschlüsselte Datenbank einer anderen Anwendung. Die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>Workspace "%1" was written by a newer version of StoreLens (schema %2; this version reads up to %3). Update StoreLens to open it; the file was left as it is.</source>
        <translation>Arbeitsbereich „%1“ wurde von einer neueren StoreLens-Version geschrieben (Schema %2; diese Version liest bis %3). Aktualisieren Sie StoreLens, um ihn zu öffnen; die Datei wurde nicht verändert.</translation>
    </message>
    <message>
        <source>the file is truncated.</source>
        <translation>die Datei ist abgeschnitten.</translation>
    </message>
    <message>
        <source>The disk is full; workspace "%1" could not be opened. Free some space and try again.</source>
        <translation>Der Datenträger ist voll; Arbeitsbereich „%1“ konnte nicht geöffnet werden. Schaffen Sie Platz und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Workspace "%1" could not be opened: %2</source>
        <translation>Arbeitsbereich „%1“ konnte nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>A workspace named "%1" already exists.</source>
        <translation>Ein Arbeitsbereich namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>Could not derive a key from the passphrase.</source>
        <translation>Aus der Passphrase konnte kein Schlüssel abgeleitet werden.</translation>
    </message>
    <message>
        <source>Could not store the key of workspace "%1" in the system keychain: %2 Use a passphrase instead.</source>
        <translation>Der Schlüssel von Arbeitsbereich „%1“ konnte nicht im Schlüsselbund des Systems gespeichert werden: %2 Verwenden Sie stattdessen eine Passphrase.</translation>
    </message>
    <message>
        <source>Could not create %1: %2</source>
        <translation>%1 konnte nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>Workspace "%1" could not be created: %2</source>
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
        <source>workspace: unknown command "%1".</source>
        <translation>workspace: unbekannter Befehl „%1“.</translation>
    </message>
    <message>
        <source>workspace create: unknown option %1</source>
        <translation>workspace create: unbekannte Option %1</translation>
    </message>
    <message>
        <source>usage: storelens-cli workspace create NAME [--passphrase]</source>
        <translation>Aufruf: storelens-cli workspace create NAME [--passphrase]</translation>
    </message>
    <message>
        <source>No system keychain is available, so workspace "%1" needs a passphrase: set STORELENS_PASSPHRASE or run on a terminal.</source>
        <translation>Es ist kein Schlüsselbund des Systems verfügbar, daher braucht Arbeitsbereich „%1“ eine Passphrase: Setzen Sie STORELENS_PASSPHRASE oder starten Sie den Befehl in einem Terminal.</translation>
    </message>
    <message>
        <source>Created workspace "%1" (%2).</source>
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
        <source>usage: storelens-cli workspace rename OLD NEW</source>
        <translation>Aufruf: storelens-cli workspace rename ALT NEU</translation>
    </message>
    <message>
        <source>Renamed workspace "%1" to "%2".</source>
        <translation>Arbeitsbereich „%1“ wurde in „%2“ umbenannt.</translation>
    </message>
    <message>
        <source>usage: storelens-cli workspace delete NAME [--yes]</source>
        <translation>Aufruf: storelens-cli workspace delete NAME [--yes]</translation>
    </message>
    <message>
        <source>There is no workspace named "%1".</source>
        <translation>Es gibt keinen Arbeitsbereich namens „%1“.</translation>
    </message>
    <message>
        <source>Delete workspace "%1" with all its stores and data? This cannot be undone.
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
        <source>Deleted workspace "%1".</source>
        <translation>Arbeitsbereich „%1“ wurde gelöscht.</translation>
    </message>
</context>
<context>
    <name>WorkspaceDirectory</name>
    <message>
        <source>"%1" is not a valid workspace name: use up to 64 letters, digits, spaces, dots, dashes or underscores.</source>
        <translation>„%1“ ist kein gültiger Name für einen Arbeitsbereich: Verwenden Sie bis zu 64 Buchstaben, Ziffern, Leerzeichen, Punkte, Bindestriche oder Unterstriche.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Der Ordner %1 kann nicht angelegt werden.</translation>
    </message>
    <message>
        <source>There is no workspace named "%1".</source>
        <translation>Es gibt keinen Arbeitsbereich namens „%1“.</translation>
    </message>
    <message>
        <source>A workspace named "%1" already exists.</source>
        <translation>Ein Arbeitsbereich namens „%1“ existiert bereits.</translation>
    </message>
    <message>
        <source>The description file of workspace "%1" is not valid.</source>
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
        <source>unknown command "%1".</source>
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
    <name>storelens::MainWindow</name>
    <message>
        <source>StoreLens — %1</source>
        <translation>StoreLens – %1</translation>
    </message>
    <message>
        <source>Workspaces and stores</source>
        <translation>Arbeitsbereiche und Shops</translation>
    </message>
    <message>
        <source>Workspace overview</source>
        <translation>Übersicht des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>Workspace "%1" is open.</source>
        <translation>Arbeitsbereich „%1“ ist geöffnet.</translation>
    </message>
    <message>
        <source>All stores</source>
        <translation>Alle Shops</translation>
    </message>
    <message>
        <source>&lt;h2&gt;No stores yet&lt;/h2&gt;&lt;p&gt;This workspace is empty. Connect a Shopify store to see its orders, customers and products here.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Noch keine Shops&lt;/h2&gt;&lt;p&gt;Dieser Arbeitsbereich ist leer. Verbinden Sie einen Shopify-Shop, um hier seine Bestellungen, Kunden und Produkte zu sehen.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;h2&gt;%n store(s)&lt;/h2&gt;&lt;p&gt;Select a store in the sidebar.&lt;/p&gt;</source>
        <translation><numerusform>&lt;h2&gt;%n Shop&lt;/h2&gt;&lt;p&gt;Wählen Sie einen Shop in der Seitenleiste.&lt;/p&gt;</numerusform><numerusform>&lt;h2&gt;%n Shops&lt;/h2&gt;&lt;p&gt;Wählen Sie einen Shop in der Seitenleiste.&lt;/p&gt;</numerusform></translation>
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
</TS>
