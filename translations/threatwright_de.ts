<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>main</name>
    <message>
        <source>Cannot write the screenshot %1</source>
        <translation>Der Screenshot %1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>Threatwright, a threat-model workbench.</source>
        <translation>Threatwright, eine Werkbank für Bedrohungsmodelle.</translation>
    </message>
    <message>
        <source>A project file (.twdb) to open.</source>
        <translation>Eine zu öffnende Projektdatei (.twdb).</translation>
    </message>
    <message>
        <source>Open the project, save a 1600×1000 picture of the window as a PNG file and exit.</source>
        <translation>Öffnet das Projekt, speichert ein Bild des Fensters in 1600×1000 als PNG-Datei und beendet sich.</translation>
    </message>
    <message>
        <source>file</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>The folder the project&apos;s inputs were imported from, for the Source panel (remembered for the project, except with --screenshot).</source>
        <translation>Der Ordner, aus dem die Eingaben des Projekts importiert wurden, für das Quelltext-Panel (wird für das Projekt gespeichert, außer mit --screenshot).</translation>
    </message>
    <message>
        <source>folder</source>
        <translation>Ordner</translation>
    </message>
    <message>
        <source>Give at most one project file.
</source>
        <translation>Höchstens eine Projektdatei angeben.
</translation>
    </message>
    <message>
        <source>%1 is not a folder.
</source>
        <translation>%1 ist kein Ordner.
</translation>
    </message>
</context>
<context>
    <name>tw::Analysis</name>
    <message>
        <source>unknown key &apos;%1&apos; (expected one of: %2)</source>
        <translation>unbekannter Schlüssel &apos;%1&apos; (erwartet: einer von %2)</translation>
    </message>
    <message>
        <source>missing required key &apos;%1&apos;</source>
        <translation>erforderlicher Schlüssel &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be text</source>
        <translation>&apos;%1&apos; muss Text sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must not be empty</source>
        <translation>&apos;%1&apos; darf nicht leer sein</translation>
    </message>
    <message>
        <source>a rule pack must be a mapping with &apos;pack&apos; and &apos;rules&apos;</source>
        <translation>ein Regelpaket muss eine Zuordnung mit &apos;pack&apos; und &apos;rules&apos; sein</translation>
    </message>
    <message>
        <source>&apos;rules&apos; must be a list of rules</source>
        <translation>&apos;rules&apos; muss eine Liste von Regeln sein</translation>
    </message>
    <message>
        <source>duplicate rule id &apos;%1&apos;</source>
        <translation>doppelte Regel-ID &apos;%1&apos;</translation>
    </message>
    <message>
        <source>a rule must be a mapping</source>
        <translation>eine Regel muss eine Zuordnung sein</translation>
    </message>
    <message>
        <source>rule id &apos;%1&apos; must look like TW-API-001</source>
        <translation>Regel-ID &apos;%1&apos; muss wie TW-API-001 aussehen</translation>
    </message>
    <message>
        <source>unknown STRIDE category &apos;%1&apos; (spoofing, tampering, repudiation, information-disclosure, denial-of-service, elevation-of-privilege)</source>
        <translation>unbekannte STRIDE-Kategorie &apos;%1&apos; (spoofing, tampering, repudiation, information-disclosure, denial-of-service, elevation-of-privilege)</translation>
    </message>
    <message>
        <source>&apos;applies-to&apos; must be component, boundary, entry-point, flow or asset, not &apos;%1&apos;</source>
        <translation>&apos;applies-to&apos; muss component, boundary, entry-point, flow oder asset sein, nicht &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;for-each&apos; must be a relation path such as &apos;parameters&apos;</source>
        <translation>&apos;for-each&apos; muss ein Relationspfad wie &apos;parameters&apos; sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; must be a whole number from 1 to 5</source>
        <translation>&apos;%1&apos; muss eine ganze Zahl von 1 bis 5 sein</translation>
    </message>
    <message>
        <source>missing required key &apos;title&apos;</source>
        <translation>erforderlicher Schlüssel &apos;title&apos; fehlt</translation>
    </message>
    <message>
        <source>&apos;references&apos; must be a non-empty list (CWE-…, CAPEC-…, …)</source>
        <translation>&apos;references&apos; muss eine nicht leere Liste sein (CWE-…, CAPEC-…, …)</translation>
    </message>
    <message>
        <source>&apos;tags&apos; must be a list</source>
        <translation>&apos;tags&apos; muss eine Liste sein</translation>
    </message>
    <message>
        <source>condition nested too deeply</source>
        <translation>Bedingung zu tief verschachtelt</translation>
    </message>
    <message>
        <source>a condition must be a mapping: all, any, not, some or a predicate with &apos;field&apos;</source>
        <translation>eine Bedingung muss eine Zuordnung sein: all, any, not, some oder ein Prädikat mit &apos;field&apos;</translation>
    </message>
    <message>
        <source>&apos;all&apos; and &apos;any&apos; take a non-empty list of conditions</source>
        <translation>&apos;all&apos; und &apos;any&apos; erwarten eine nicht leere Liste von Bedingungen</translation>
    </message>
    <message>
        <source>&apos;some&apos; takes a relation path such as &apos;parameters&apos;</source>
        <translation>&apos;some&apos; erwartet einen Relationspfad wie &apos;parameters&apos;</translation>
    </message>
    <message>
        <source>a condition must be all, any, not, some or a predicate with &apos;field&apos;</source>
        <translation>eine Bedingung muss all, any, not, some oder ein Prädikat mit &apos;field&apos; sein</translation>
    </message>
    <message>
        <source>a predicate takes &apos;field&apos; and exactly one of exists, equals, in, matches, gt, gte, lt, lte</source>
        <translation>ein Prädikat erwartet &apos;field&apos; und genau eines von exists, equals, in, matches, gt, gte, lt, lte</translation>
    </message>
    <message>
        <source>&apos;field&apos; must be a field path</source>
        <translation>&apos;field&apos; muss ein Feldpfad sein</translation>
    </message>
    <message>
        <source>&apos;exists&apos; takes true or false</source>
        <translation>&apos;exists&apos; erwartet true oder false</translation>
    </message>
    <message>
        <source>&apos;in&apos; takes a non-empty list of values</source>
        <translation>&apos;in&apos; erwartet eine nicht leere Liste von Werten</translation>
    </message>
    <message>
        <source>&apos;matches&apos; takes a regular expression</source>
        <translation>&apos;matches&apos; erwartet einen regulären Ausdruck</translation>
    </message>
    <message>
        <source>invalid regular expression: %1</source>
        <translation>ungültiger regulärer Ausdruck: %1</translation>
    </message>
    <message>
        <source>&apos;%1&apos; takes a number</source>
        <translation>&apos;%1&apos; erwartet eine Zahl</translation>
    </message>
    <message>
        <source>expected a single value (text, number or true/false)</source>
        <translation>ein einzelner Wert erwartet (Text, Zahl oder true/false)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a value of field &apos;%2&apos;</source>
        <translation>&apos;%1&apos; ist kein Wert des Felds &apos;%2&apos;</translation>
    </message>
    <message>
        <source>&apos;item&apos; is only available in rules with &apos;for-each&apos;</source>
        <translation>&apos;item&apos; ist nur in Regeln mit &apos;for-each&apos; verfügbar</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a relation of a %2 in &apos;%3&apos;</source>
        <translation>&apos;%1&apos; ist keine Relation von %2 in &apos;%3&apos;</translation>
    </message>
    <message>
        <source>empty relation path</source>
        <translation>leerer Relationspfad</translation>
    </message>
    <message>
        <source>empty segment in field path &apos;%1&apos;</source>
        <translation>leeres Segment im Feldpfad &apos;%1&apos;</translation>
    </message>
    <message>
        <source>&apos;attributes&apos; needs an attribute name, as in attributes.internet-facing</source>
        <translation>&apos;attributes&apos; braucht einen Attributnamen, wie in attributes.internet-facing</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has no sub-fields in &apos;%2&apos;</source>
        <translation>&apos;%1&apos; hat keine Unterfelder in &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unknown field &apos;%1&apos; of a %2 in &apos;%3&apos; (known: %4)</source>
        <translation>unbekanntes Feld &apos;%1&apos; von %2 in &apos;%3&apos; (bekannt: %4)</translation>
    </message>
    <message>
        <source>expected text</source>
        <translation>Text erwartet</translation>
    </message>
    <message>
        <source>text must not be empty</source>
        <translation>Text darf nicht leer sein</translation>
    </message>
    <message>
        <source>unclosed &apos;{&apos; in text</source>
        <translation>nicht geschlossenes &apos;{&apos; im Text</translation>
    </message>
    <message>
        <source>unknown reference &apos;%1&apos; (CWE-n, CAPEC-n, ATT&amp;CK:Tnnnn[.nnn], ATLAS:AML.Tnnnn, OWASP-API-2023:APIn, OWASP-2021:Ann, OWASP-LLM-2025:LLMnn)</source>
        <translation>unbekannte Referenz &apos;%1&apos; (CWE-n, CAPEC-n, ATT&amp;CK:Tnnnn[.nnn], ATLAS:AML.Tnnnn, OWASP-API-2023:APIn, OWASP-2021:Ann, OWASP-LLM-2025:LLMnn)</translation>
    </message>
    <message>
        <source>cannot read rule pack: %1</source>
        <translation>Regelpaket kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>rule pack is larger than 16 MiB</source>
        <translation>Regelpaket ist größer als 16 MiB</translation>
    </message>
    <message>
        <source>no built-in rule packs are compiled into this binary</source>
        <translation>in dieses Programm sind keine eingebauten Regelpakete kompiliert</translation>
    </message>
    <message>
        <source>rule id &apos;%1&apos; is defined by two built-in packs</source>
        <translation>Regel-ID &apos;%1&apos; wird von zwei eingebauten Paketen definiert</translation>
    </message>
    <message>
        <source>The language model rates likelihood %1 and impact %2 of 5: base %3 of 10</source>
        <translation>Das Sprachmodell bewertet Wahrscheinlichkeit %1 und Auswirkung %2 von 5: Basis %3 von 10</translation>
    </message>
    <message>
        <source>Rule rates likelihood %1 and impact %2 of 5: base %3 of 10</source>
        <translation>Die Regel bewertet Wahrscheinlichkeit %1 und Auswirkung %2 von 5: Basis %3 von 10</translation>
    </message>
    <message>
        <source>No internet exposure known for the target</source>
        <translation>Keine Internet-Exposition des Ziels bekannt</translation>
    </message>
    <message>
        <source>The flow starts at an element an untrusted zone can reach</source>
        <translation>Der Fluss beginnt bei einem Element, das eine nicht vertrauenswürdige Zone erreichen kann</translation>
    </message>
    <message>
        <source>The boundary is open to the internet</source>
        <translation>Die Grenze ist zum Internet offen</translation>
    </message>
    <message>
        <source>The asset passes through an internet-reachable interface</source>
        <translation>Das Asset passiert eine aus dem Internet erreichbare Schnittstelle</translation>
    </message>
    <message>
        <source>The target sits in an untrusted zone</source>
        <translation>Das Ziel liegt in einer nicht vertrauenswürdigen Zone</translation>
    </message>
    <message>
        <source>The target is internet-facing or receives flows from an untrusted zone</source>
        <translation>Das Ziel ist aus dem Internet erreichbar oder empfängt Flüsse aus einer nicht vertrauenswürdigen Zone</translation>
    </message>
    <message>
        <source>The target is declared not internet-facing and no untrusted flow reaches it</source>
        <translation>Das Ziel ist als nicht aus dem Internet erreichbar deklariert, und kein nicht vertrauenswürdiger Fluss erreicht es</translation>
    </message>
    <message>
        <source>Most sensitive data touched: %1 (%2)</source>
        <translation>Sensibelste berührte Daten: %1 (%2)</translation>
    </message>
    <message>
        <source>No data assets known for the target</source>
        <translation>Keine Daten-Assets des Ziels bekannt</translation>
    </message>
    <message>
        <source>Authentication of the target is unknown</source>
        <translation>Die Authentifizierung des Ziels ist unbekannt</translation>
    </message>
    <message>
        <source>The operation can be called without authentication</source>
        <translation>Die Operation kann ohne Authentifizierung aufgerufen werden</translation>
    </message>
    <message>
        <source>The operation declares no security at all</source>
        <translation>Die Operation deklariert überhaupt keine Sicherheit</translation>
    </message>
    <message>
        <source>The operation requires authentication</source>
        <translation>Die Operation erfordert Authentifizierung</translation>
    </message>
    <message>
        <source>The target accepts unauthenticated requests</source>
        <translation>Das Ziel nimmt nicht authentifizierte Anfragen an</translation>
    </message>
    <message>
        <source>The target requires authentication</source>
        <translation>Das Ziel erfordert Authentifizierung</translation>
    </message>
    <message>
        <source>%1 or more components are reachable downstream</source>
        <translation>%1 oder mehr Komponenten sind nachgelagert erreichbar</translation>
    </message>
    <message numerus="yes">
        <source>%n component(s) reachable downstream</source>
        <translation>
            <numerusform>%n Komponente nachgelagert erreichbar</numerusform>
            <numerusform>%n Komponenten nachgelagert erreichbar</numerusform>
        </translation>
    </message>
    <message>
        <source>Likelihood %1 and impact %2 of 5: base %3 of 10; the target is not in the model</source>
        <translation>Wahrscheinlichkeit %1 und Auswirkung %2 von 5: Basis %3 von 10; das Ziel ist nicht im Modell</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>a privileged workload (control of the host or cluster)</source>
        <translation>eine privilegierte Workload (Kontrolle über Host oder Cluster)</translation>
    </message>
    <message>
        <source>a secret store</source>
        <translation>einen Secret-Speicher</translation>
    </message>
    <message>
        <source>the identity provider</source>
        <translation>den Identitätsanbieter</translation>
    </message>
    <message>
        <source>a data store</source>
        <translation>einen Datenspeicher</translation>
    </message>
    <message>
        <source>broad cloud or cluster permissions</source>
        <translation>weitreichende Cloud- oder Cluster-Berechtigungen</translation>
    </message>
    <message>
        <source>1. %1 is reachable from the internet.</source>
        <translation>1. %1 ist aus dem Internet erreichbar.</translation>
    </message>
    <message>
        <source>unauthenticated</source>
        <translation>nicht authentifiziert</translation>
    </message>
    <message>
        <source>unencrypted</source>
        <translation>unverschlüsselt</translation>
    </message>
    <message>
        <source>%1. %2 → %3%4%5.</source>
        <translation>%1. %2 → %3%4%5.</translation>
    </message>
    <message>
        <source>Attack path from %1 to %2 (%3 hops)</source>
        <translation>Angriffspfad von %1 zu %2 (%3 Schritte)</translation>
    </message>
    <message>
        <source>An attacker who takes over %1, which the internet reaches, can follow the system&apos;s own data flows to %2, %3:
%4</source>
        <translation>Ein Angreifer, der %1 übernimmt (aus dem Internet erreichbar), kann den eigenen Datenflüssen des Systems bis zu %2 folgen, %3:
%4</translation>
    </message>
    <message>
        <source>Break the chain where it is cheapest: authenticate and authorise every hop (service identity, mTLS), segment the network so %1 cannot open connections to %2&apos;s neighbours, and give each service only the access it needs.</source>
        <translation>Unterbrechen Sie die Kette dort, wo es am günstigsten ist: jeden Schritt authentifizieren und autorisieren (Dienstidentität, mTLS), das Netz so segmentieren, dass %1 keine Verbindungen zu den Nachbarn von %2 öffnen kann, und jedem Dienst nur die Zugriffe geben, die er braucht.</translation>
    </message>
    <message>
        <source>likelihood %1 (%2 hop(s), %3 of them weak) × impact %4 (%5)</source>
        <translation>Wahrscheinlichkeit %1 (%2 Schritt(e), davon %3 schwach) × Auswirkung %4 (%5)</translation>
    </message>
    <message>
        <source>%1 is internet-facing</source>
        <translation>%1 ist aus dem Internet erreichbar</translation>
    </message>
    <message>
        <source>%1 hop(s) unauthenticated or unencrypted</source>
        <translation>%1 Schritt(e) nicht authentifiziert oder unverschlüsselt</translation>
    </message>
    <message>
        <source>%1 hops: each extra hop is another barrier</source>
        <translation>%1 Schritte: jeder weitere Schritt ist eine weitere Hürde</translation>
    </message>
    <message>
        <source>Authentication of the route is unknown (found in source code)</source>
        <translation>Die Authentifizierung der Route ist unbekannt (im Quellcode gefunden)</translation>
    </message>
</context>
<context>
    <name>tw::Changes</name>
    <message>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <source>modified</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>deleted</source>
        <translation>gelöscht</translation>
    </message>
</context>
<context>
    <name>tw::Cli</name>
    <message>
        <source>Usage: threatwright-cli COMMAND [OPTIONS]

Threatwright keeps a threat model in step with the system.

Commands:
</source>
        <translation>Aufruf: threatwright-cli BEFEHL [OPTIONEN]

Threatwright hält ein Bedrohungsmodell mit dem System im Gleichschritt.

Befehle:
</translation>
    </message>
    <message>
        <source>
Run &apos;threatwright-cli COMMAND --help&apos; for a command&apos;s options.
Exit codes: 0 ok, 1 check failed, 2 usage or input error.
</source>
        <translation>
&apos;threatwright-cli BEFEHL --help&apos; zeigt die Optionen eines Befehls.
Exit-Codes: 0 OK, 1 Prüfung fehlgeschlagen, 2 Aufruf- oder Eingabefehler.
</translation>
    </message>
    <message>
        <source>unknown command &quot;%1&quot;; see threatwright-cli --help</source>
        <translation>unbekannter Befehl „%1“; siehe threatwright-cli --help</translation>
    </message>
    <message>
        <source>usage: threatwright-cli %1</source>
        <translation>Aufruf: threatwright-cli %1</translation>
    </message>
    <message>
        <source>The project file to create (*.twdb).</source>
        <translation>Die anzulegende Projektdatei (*.twdb).</translation>
    </message>
    <message>
        <source>The project&apos;s name (default: the file name).</source>
        <translation>Der Name des Projekts (Standard: der Dateiname).</translation>
    </message>
    <message>
        <source>Who creates it (default: the OS user).</source>
        <translation>Wer es anlegt (Standard: der Betriebssystem-Benutzer).</translation>
    </message>
    <message>
        <source>Created project &quot;%1&quot; in %2
</source>
        <translation>Projekt „%1“ in %2 angelegt
</translation>
    </message>
    <message>
        <source>The project file.</source>
        <translation>Die Projektdatei.</translation>
    </message>
    <message>
        <source>Print JSON.</source>
        <translation>JSON ausgeben.</translation>
    </message>
    <message>
        <source>No versions yet: import something with &apos;threatwright-cli import&apos;.
</source>
        <translation>Noch keine Versionen: Importieren Sie etwas mit &apos;threatwright-cli import&apos;.
</translation>
    </message>
    <message>
        <source>VERSION</source>
        <translation>VERSION</translation>
    </message>
    <message>
        <source>CREATED (UTC)</source>
        <translation>ERSTELLT (UTC)</translation>
    </message>
    <message>
        <source>AUTHOR</source>
        <translation>AUTOR</translation>
    </message>
    <message>
        <source>REVISION</source>
        <translation>REVISION</translation>
    </message>
    <message>
        <source>COMPONENTS</source>
        <translation>KOMPONENTEN</translation>
    </message>
    <message>
        <source>THREATS</source>
        <translation>BEDROHUNGEN</translation>
    </message>
    <message>
        <source>MESSAGE</source>
        <translation>NACHRICHT</translation>
    </message>
    <message>
        <source>The word &apos;add&apos;.</source>
        <translation>Das Wort &apos;add&apos;.</translation>
    </message>
    <message>
        <source>What can go wrong, in one line.</source>
        <translation>Was schiefgehen kann, in einer Zeile.</translation>
    </message>
    <message>
        <source>An element id the threat is about; repeat for several.</source>
        <translation>Eine Element-ID, die die Bedrohung betrifft; für mehrere wiederholen.</translation>
    </message>
    <message>
        <source>spoofing, tampering, repudiation, information-disclosure, denial-of-service or elevation-of-privilege.</source>
        <translation>spoofing, tampering, repudiation, information-disclosure, denial-of-service oder elevation-of-privilege.</translation>
    </message>
    <message>
        <source>info, low, medium (default), high or critical.</source>
        <translation>info, low, medium (Standard), high oder critical.</translation>
    </message>
    <message>
        <source>Why it matters.</source>
        <translation>Warum es wichtig ist.</translation>
    </message>
    <message>
        <source>What would reduce it.</source>
        <translation>Was das Risiko senken würde.</translation>
    </message>
    <message>
        <source>Who records it (default: the OS user).</source>
        <translation>Wer sie erfasst (Standard: der Betriebssystem-Benutzer).</translation>
    </message>
    <message>
        <source>Print the recorded threat as JSON.</source>
        <translation>Die erfasste Bedrohung als JSON ausgeben.</translation>
    </message>
    <message>
        <source>--stride must be one of spoofing, tampering, repudiation, information-disclosure, denial-of-service, elevation-of-privilege</source>
        <translation>--stride muss einer von spoofing, tampering, repudiation, information-disclosure, denial-of-service, elevation-of-privilege sein</translation>
    </message>
    <message>
        <source>--severity must be one of info, low, medium, high, critical</source>
        <translation>--severity muss einer von info, low, medium, high, critical sein</translation>
    </message>
    <message>
        <source>a manual threat needs --title and at least one --target</source>
        <translation>eine manuelle Bedrohung braucht --title und mindestens ein --target</translation>
    </message>
    <message>
        <source>Recorded threat %1: %2
</source>
        <translation>Bedrohung %1 erfasst: %2
</translation>
    </message>
    <message>
        <source>Only threats with this status (suggested, validated, dismissed, accepted, mitigated, resolved-by-change).</source>
        <translation>Nur Bedrohungen mit diesem Status (suggested, validated, dismissed, accepted, mitigated, resolved-by-change).</translation>
    </message>
    <message>
        <source>Only threats at or above this severity (info, low, medium, high, critical).</source>
        <translation>Nur Bedrohungen ab diesem Schweregrad (info, low, medium, high, critical).</translation>
    </message>
    <message>
        <source>The version (default: the newest).</source>
        <translation>Die Version (Standard: die neueste).</translation>
    </message>
    <message>
        <source>At most this many threats.</source>
        <translation>Höchstens so viele Bedrohungen.</translation>
    </message>
    <message>
        <source>unknown status &quot;%1&quot;</source>
        <translation>unbekannter Status „%1“</translation>
    </message>
    <message>
        <source>unknown severity &quot;%1&quot;</source>
        <translation>unbekannter Schweregrad „%1“</translation>
    </message>
    <message>
        <source>--version needs a version number</source>
        <translation>--version braucht eine Versionsnummer</translation>
    </message>
    <message>
        <source>--limit needs a number</source>
        <translation>--limit braucht eine Zahl</translation>
    </message>
    <message>
        <source>No threats match.
</source>
        <translation>Keine Bedrohung passt.
</translation>
    </message>
    <message>
        <source>new</source>
        <translation>neu</translation>
    </message>
    <message>
        <source>THREAT</source>
        <translation>BEDROHUNG</translation>
    </message>
    <message>
        <source>SEVERITY</source>
        <translation>SCHWEREGRAD</translation>
    </message>
    <message>
        <source>SCORE</source>
        <translation>WERT</translation>
    </message>
    <message>
        <source>STATUS</source>
        <translation>STATUS</translation>
    </message>
    <message>
        <source>PRIO</source>
        <translation>PRIO</translation>
    </message>
    <message>
        <source>NEW</source>
        <translation>NEU</translation>
    </message>
    <message>
        <source>TARGET</source>
        <translation>ZIEL</translation>
    </message>
    <message>
        <source>TITLE</source>
        <translation>TITEL</translation>
    </message>
    <message>
        <source>--suppress goes with --dismiss only</source>
        <translation>--suppress gehört nur zu --dismiss</translation>
    </message>
    <message>
        <source>--suppress goes with --dismiss</source>
        <translation>--suppress gehört zu --dismiss</translation>
    </message>
    <message>
        <source>--dismiss and --accept need --reason</source>
        <translation>--dismiss und --accept brauchen --reason</translation>
    </message>
    <message>
        <source>--expires needs an ISO date such as 2027-03-31</source>
        <translation>--expires braucht ein ISO-Datum wie 2027-03-31</translation>
    </message>
    <message>
        <source>%1 is now dismissed; suppression #%2 (%3 on %4) dismissed %5 more threat(s) of the newest version.
</source>
        <translation>%1 ist jetzt verworfen; Unterdrückung #%2 (%3 auf %4) hat %5 weitere Bedrohung(en) der neuesten Version verworfen.
</translation>
    </message>
    <message>
        <source>The threat&apos;s fingerprint, or a unique prefix of at least 6 characters.</source>
        <translation>Der Fingerabdruck der Bedrohung oder ein eindeutiges Präfix von mindestens 6 Zeichen.</translation>
    </message>
    <message>
        <source>Confirm the threat is real.</source>
        <translation>Bestätigen, dass die Bedrohung real ist.</translation>
    </message>
    <message>
        <source>Dismiss it as a false positive or not applicable (needs --reason).</source>
        <translation>Als Fehlalarm oder nicht zutreffend verwerfen (braucht --reason).</translation>
    </message>
    <message>
        <source>Accept the risk (needs --reason; see --expires).</source>
        <translation>Das Risiko akzeptieren (braucht --reason; siehe --expires).</translation>
    </message>
    <message>
        <source>Mark it mitigated.</source>
        <translation>Als gemindert markieren.</translation>
    </message>
    <message>
        <source>Set it back to suggested.</source>
        <translation>Auf „vorgeschlagen“ zurücksetzen.</translation>
    </message>
    <message>
        <source>Override the computed priority: 1 (most urgent) to 4, or &apos;auto&apos; to clear the override.</source>
        <translation>Die berechnete Priorität überschreiben: 1 (am dringendsten) bis 4, oder &apos;auto&apos;, um die Überschreibung aufzuheben.</translation>
    </message>
    <message>
        <source>Why; required for --dismiss and --accept.</source>
        <translation>Warum; erforderlich für --dismiss und --accept.</translation>
    </message>
    <message>
        <source>For --accept: when the acceptance lapses (ISO date).</source>
        <translation>Für --accept: wann die Akzeptanz abläuft (ISO-Datum).</translation>
    </message>
    <message>
        <source>Who owns the follow-up.</source>
        <translation>Wer für die Nacharbeit verantwortlich ist.</translation>
    </message>
    <message>
        <source>Who decides (default: the OS user).</source>
        <translation>Wer entscheidet (Standard: der Betriebssystem-Benutzer).</translation>
    </message>
    <message>
        <source>With --dismiss: also suppress this rule&apos;s findings on matching elements from now on (see &apos;suppress&apos;).</source>
        <translation>Mit --dismiss: die Befunde dieser Regel auf passenden Elementen ab jetzt auch unterdrücken (siehe &apos;suppress&apos;).</translation>
    </message>
    <message>
        <source>With --suppress: the element pattern (default: the threat&apos;s first target).</source>
        <translation>Mit --suppress: das Elementmuster (Standard: das erste Ziel der Bedrohung).</translation>
    </message>
    <message>
        <source>Print the threat after the decision as JSON.</source>
        <translation>Die Bedrohung nach der Entscheidung als JSON ausgeben.</translation>
    </message>
    <message>
        <source>--element goes with --dismiss --suppress</source>
        <translation>--element gehört zu --dismiss --suppress</translation>
    </message>
    <message>
        <source>--priority needs 1, 2, 3, 4 or auto</source>
        <translation>--priority braucht 1, 2, 3, 4 oder auto</translation>
    </message>
    <message>
        <source>give exactly one of --validate, --dismiss, --accept, --mitigate, --reopen, --priority</source>
        <translation>genau eines von --validate, --dismiss, --accept, --mitigate, --reopen, --priority angeben</translation>
    </message>
    <message>
        <source>--expires goes with --accept</source>
        <translation>--expires gehört zu --accept</translation>
    </message>
    <message>
        <source>%1 is now %2 (priority P%3): %4
</source>
        <translation>%1 ist jetzt %2 (Priorität P%3): %4
</translation>
    </message>
    <message>
        <source>Check the hash chain; exit 1 if it is broken.</source>
        <translation>Die Hash-Kette prüfen; Exit-Code 1, wenn sie gebrochen ist.</translation>
    </message>
    <message>
        <source>Only entries about this subject (e.g. threat:&lt;fingerprint&gt;, version:3).</source>
        <translation>Nur Einträge zu diesem Gegenstand (z. B. threat:&lt;fingerprint&gt;, version:3).</translation>
    </message>
    <message>
        <source>Audit trail verified: %1 entries, the hash chain is intact.
</source>
        <translation>Audit-Trail geprüft: %1 Einträge, die Hash-Kette ist intakt.
</translation>
    </message>
    <message>
        <source>Audit trail BROKEN at entry %1: %2</source>
        <translation>Audit-Trail GEBROCHEN bei Eintrag %1: %2</translation>
    </message>
    <message>
        <source>SEQ</source>
        <translation>NR</translation>
    </message>
    <message>
        <source>TIME (UTC)</source>
        <translation>ZEIT (UTC)</translation>
    </message>
    <message>
        <source>ACTOR</source>
        <translation>AKTEUR</translation>
    </message>
    <message>
        <source>ACTION</source>
        <translation>AKTION</translation>
    </message>
    <message>
        <source>SUBJECT</source>
        <translation>GEGENSTAND</translation>
    </message>
    <message>
        <source>REASON</source>
        <translation>BEGRÜNDUNG</translation>
    </message>
    <message>
        <source>… and more; &apos;inspect --json&apos; lists them all</source>
        <translation>… und mehr; &apos;inspect --json&apos; listet alle auf</translation>
    </message>
    <message>
        <source>A git revision: with one repository PATH it is read from git&apos;s objects (no checkout); otherwise recorded.</source>
        <translation>Eine Git-Revision: bei genau einem Repository als PATH wird sie aus den Git-Objekten gelesen (ohne Checkout); sonst nur vermerkt.</translation>
    </message>
    <message>
        <source>What this version is (default: what was imported).</source>
        <translation>Was diese Version ist (Standard: was importiert wurde).</translation>
    </message>
    <message>
        <source>Who makes the version (default: the OS user).</source>
        <translation>Wer die Version erstellt (Standard: der Betriebssystem-Benutzer).</translation>
    </message>
    <message>
        <source>An extra rule pack (YAML) to apply besides the built-in ones; repeatable.</source>
        <translation>Ein zusätzliches Regelpaket (YAML) neben den eingebauten; wiederholbar.</translation>
    </message>
    <message>
        <source>%1 triage states from imported threat models recorded as decisions
</source>
        <translation>%1 Triage-Zustände aus importierten Bedrohungsmodellen als Entscheidungen erfasst
</translation>
    </message>
    <message>
        <source>Version %1: %2 artifacts, %3 components, %4 entry points, %5 flows, %6 data assets, %7 threats
</source>
        <translation>Version %1: %2 Artefakte, %3 Komponenten, %4 Einstiegspunkte, %5 Flüsse, %6 Daten-Assets, %7 Bedrohungen
</translation>
    </message>
    <message>
        <source>Reading %1 at %2 (%3)
</source>
        <translation>Lese %1 bei %2 (%3)
</translation>
    </message>
    <message>
        <source>cannot create a temporary folder: %1</source>
        <translation>temporärer Ordner kann nicht angelegt werden: %1</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… und %1 weitere</translation>
    </message>
    <message>
        <source>Nothing changed since version %1: the same inputs, the same model (%2 files read, %3 unchanged by their stat, none parsed)
</source>
        <translation>Nichts geändert seit Version %1: dieselben Eingaben, dasselbe Modell (%2 Dateien gelesen, %3 laut ihrem stat unverändert, keine geparst)
</translation>
    </message>
    <message>
        <source>Changed since version %1: %2 added, %3 modified, %4 deleted files; %5 artifacts imported again
</source>
        <translation>Geändert seit Version %1: %2 hinzugefügte, %3 geänderte, %4 gelöschte Dateien; %5 Artefakte erneut importiert
</translation>
    </message>
    <message>
        <source>  no change to entry points, flows, components, dependencies or infrastructure code
</source>
        <translation>  keine Änderung an Einstiegspunkten, Flüssen, Komponenten, Abhängigkeiten oder Infrastrukturcode
</translation>
    </message>
    <message>
        <source>new entry points:</source>
        <translation>neue Einstiegspunkte:</translation>
    </message>
    <message>
        <source>removed entry points:</source>
        <translation>entfernte Einstiegspunkte:</translation>
    </message>
    <message>
        <source>new flows:</source>
        <translation>neue Flüsse:</translation>
    </message>
    <message>
        <source>removed flows:</source>
        <translation>entfernte Flüsse:</translation>
    </message>
    <message>
        <source>new components:</source>
        <translation>neue Komponenten:</translation>
    </message>
    <message>
        <source>removed components:</source>
        <translation>entfernte Komponenten:</translation>
    </message>
    <message>
        <source>new dependencies:</source>
        <translation>neue Abhängigkeiten:</translation>
    </message>
    <message>
        <source>changed dependencies:</source>
        <translation>geänderte Abhängigkeiten:</translation>
    </message>
    <message>
        <source>removed dependencies:</source>
        <translation>entfernte Abhängigkeiten:</translation>
    </message>
    <message>
        <source>changed infrastructure code:</source>
        <translation>geänderter Infrastrukturcode:</translation>
    </message>
    <message>
        <source>Files or directories to import.</source>
        <translation>Zu importierende Dateien oder Verzeichnisse.</translation>
    </message>
    <message>
        <source>Import of %1</source>
        <translation>Import von %1</translation>
    </message>
    <message>
        <source>A spec, a Terraform file or a directory.</source>
        <translation>Eine Spezifikation, eine Terraform-Datei oder ein Verzeichnis.</translation>
    </message>
    <message>
        <source>Print the fragment as JSON.</source>
        <translation>Das Fragment als JSON ausgeben.</translation>
    </message>
    <message>
        <source>Also run the built-in rules and include their threats.</source>
        <translation>Auch die eingebauten Regeln ausführen und ihre Bedrohungen aufnehmen.</translation>
    </message>
    <message>
        <source>%1 components, %2 entry points, %3 flows, %4 data assets, %5 threats
</source>
        <translation>%1 Komponenten, %2 Einstiegspunkte, %3 Flüsse, %4 Daten-Assets, %5 Bedrohungen
</translation>
    </message>
    <message>
        <source>METHOD</source>
        <translation>METHODE</translation>
    </message>
    <message>
        <source>PATH</source>
        <translation>PFAD</translation>
    </message>
    <message>
        <source>OPERATION</source>
        <translation>OPERATION</translation>
    </message>
    <message>
        <source>SECURITY</source>
        <translation>SICHERHEIT</translation>
    </message>
    <message>
        <source>SOURCE</source>
        <translation>QUELLE</translation>
    </message>
    <message>
        <source>An .hcl or .tf file.</source>
        <translation>Eine .hcl- oder .tf-Datei.</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The older version (default: the one before V2; 0 = empty).</source>
        <translation>Die ältere Version (Standard: die vor V2; 0 = leer).</translation>
    </message>
    <message>
        <source>The newer version (default: the newest).</source>
        <translation>Die neuere Version (Standard: die neueste).</translation>
    </message>
    <message>
        <source>Print JSON (docs/cli.md describes the shape).</source>
        <translation>JSON ausgeben (docs/cli.md beschreibt die Struktur).</translation>
    </message>
    <message>
        <source>V2 must be a version number</source>
        <translation>V2 muss eine Versionsnummer sein</translation>
    </message>
    <message>
        <source>V1 must be a version number</source>
        <translation>V1 muss eine Versionsnummer sein</translation>
    </message>
    <message>
        <source>the project has no versions to compare</source>
        <translation>das Projekt hat keine Versionen zum Vergleichen</translation>
    </message>
    <message>
        <source>Changes from version %1 to version %2
</source>
        <translation>Änderungen von Version %1 zu Version %2
</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Trust boundaries</source>
        <translation>Vertrauensgrenzen</translation>
    </message>
    <message>
        <source>Entry points</source>
        <translation>Einstiegspunkte</translation>
    </message>
    <message>
        <source>Data flows</source>
        <translation>Datenflüsse</translation>
    </message>
    <message>
        <source>Data assets</source>
        <translation>Daten-Assets</translation>
    </message>
    <message>
        <source>Threats: %1 new, %2 gone, %3 changed, %4 decisions carried over
</source>
        <translation>Bedrohungen: %1 neu, %2 entfallen, %3 geändert, %4 Entscheidungen übernommen
</translation>
    </message>
    <message>
        <source>GONE</source>
        <translation>ENTFALLEN</translation>
    </message>
    <message>
        <source>CHANGED</source>
        <translation>GEÄNDERT</translation>
    </message>
    <message>
        <source>Check passed: no untriaged %1-or-higher threat is new in version %2 since version %3.
</source>
        <translation>Prüfung bestanden: keine ungesichtete Bedrohung ab %1 ist in Version %2 seit Version %3 neu.
</translation>
    </message>
    <message>
        <source>Check FAILED: %1 new untriaged threat(s) at or above %2 in version %3 (baseline %4):
</source>
        <translation>Prüfung FEHLGESCHLAGEN: %1 neue ungesichtete Bedrohung(en) ab %2 in Version %3 (Basis %4):
</translation>
    </message>
    <message>
        <source>Triage them with &apos;threatwright-cli triage&apos; or in the workbench.
</source>
        <translation>Sichten Sie sie mit &apos;threatwright-cli triage&apos; oder in der Werkbank.
</translation>
    </message>
    <message>
        <source>The version to compare with (default: the one before the newest; 0 = everything is new).</source>
        <translation>Die Vergleichsversion (Standard: die vor der neuesten; 0 = alles ist neu).</translation>
    </message>
    <message>
        <source>The lowest severity that fails the check.</source>
        <translation>Der niedrigste Schweregrad, der die Prüfung scheitern lässt.</translation>
    </message>
    <message>
        <source>--fail-on needs one of info, low, medium, high, critical</source>
        <translation>--fail-on braucht einen von info, low, medium, high, critical</translation>
    </message>
    <message>
        <source>the project has no versions to check</source>
        <translation>das Projekt hat keine Versionen zum Prüfen</translation>
    </message>
    <message>
        <source>--baseline needs a version number</source>
        <translation>--baseline braucht eine Versionsnummer</translation>
    </message>
    <message>
        <source>html, pdf, json, sarif, md or csv.</source>
        <translation>html, pdf, json, sarif, md oder csv.</translation>
    </message>
    <message>
        <source>The file to write (&apos;-&apos; for standard output).</source>
        <translation>Die zu schreibende Datei (&apos;-&apos; für die Standardausgabe).</translation>
    </message>
    <message>
        <source>The version to report (default: the newest).</source>
        <translation>Die Version für den Bericht (Standard: die neueste).</translation>
    </message>
    <message>
        <source>Also show what changed since this version (and SARIF baselineState against it).</source>
        <translation>Auch zeigen, was sich seit dieser Version geändert hat (und SARIF-baselineState dagegen).</translation>
    </message>
    <message>
        <source>--format must be one of %1</source>
        <translation>--format muss einer von %1 sein</translation>
    </message>
    <message>
        <source>-o FILE is required</source>
        <translation>-o FILE ist erforderlich</translation>
    </message>
    <message>
        <source>--diff needs a version number (0 = empty)</source>
        <translation>--diff braucht eine Versionsnummer (0 = leer)</translation>
    </message>
    <message>
        <source>Wrote %1 (%2 KB)
</source>
        <translation>%1 geschrieben (%2 KB)
</translation>
    </message>
    <message>
        <source>No version of this project was built from %1 (%2); scan it without --since first</source>
        <translation>Keine Version dieses Projekts wurde aus %1 (%2) erstellt; scannen Sie zuerst ohne --since</translation>
    </message>
    <message>
        <source>Changes %1..%2
</source>
        <translation>Änderungen %1..%2
</translation>
    </message>
    <message>
        <source>No new version: version %1 is already this revision
</source>
        <translation>Keine neue Version: Version %1 entspricht bereits dieser Revision
</translation>
    </message>
    <message>
        <source>Nothing changed since version %1: %2 is still at %3 with a clean working tree
</source>
        <translation>Nichts geändert seit Version %1: %2 steht weiterhin auf %3 mit sauberem Arbeitsverzeichnis
</translation>
    </message>
    <message>
        <source>No new version: version %1 is already these inputs
</source>
        <translation>Keine neue Version: Version %1 entspricht bereits diesen Eingaben
</translation>
    </message>
    <message>
        <source>The repository folder, spec or Terraform to scan.</source>
        <translation>Der zu scannende Repository-Ordner, die Spezifikation oder das Terraform.</translation>
    </message>
    <message>
        <source>The project file (default: threatwright.twdb in the current folder); created when missing.</source>
        <translation>Die Projektdatei (Standard: threatwright.twdb im aktuellen Ordner); wird angelegt, wenn sie fehlt.</translation>
    </message>
    <message>
        <source>Exit 1 when new untriaged threats at or above this severity appear (default: never fail).</source>
        <translation>Exit-Code 1, wenn neue ungesichtete Bedrohungen ab diesem Schweregrad auftreten (Standard: nie scheitern).</translation>
    </message>
    <message>
        <source>Write SARIF 2.1.0 here, with baselineState against the previous version.</source>
        <translation>SARIF 2.1.0 hierhin schreiben, mit baselineState gegenüber der vorigen Version.</translation>
    </message>
    <message>
        <source>Write a Markdown summary for a pull-request comment here.</source>
        <translation>Eine Markdown-Zusammenfassung für einen Pull-Request-Kommentar hierhin schreiben.</translation>
    </message>
    <message>
        <source>PATH is a git repository: import only what changed between REV and HEAD (or --rev), on top of the version built from REV, and say what changed.</source>
        <translation>PATH ist ein Git-Repository: nur importieren, was sich zwischen REV und HEAD (oder --rev) geändert hat, aufbauend auf der aus REV erstellten Version, und sagen, was sich geändert hat.</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>--since needs a git repository; %1 is not one</source>
        <translation>--since braucht ein Git-Repository; %1 ist keins</translation>
    </message>
    <message>
        <source>Scan of %1</source>
        <translation>Scan von %1</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Wrote %1
</source>
        <translation>%1 geschrieben
</translation>
    </message>
    <message>
        <source>Create a new project file</source>
        <translation>Eine neue Projektdatei anlegen</translation>
    </message>
    <message>
        <source>Import specs, Terraform or a directory as a new version</source>
        <translation>Spezifikationen, Terraform oder ein Verzeichnis als neue Version importieren</translation>
    </message>
    <message>
        <source>Parse an artifact and print its model fragment</source>
        <translation>Ein Artefakt parsen und sein Modellfragment ausgeben</translation>
    </message>
    <message>
        <source>Print an HCL/Terraform file as JSON</source>
        <translation>Eine HCL-/Terraform-Datei als JSON ausgeben</translation>
    </message>
    <message>
        <source>List the model versions</source>
        <translation>Die Modellversionen auflisten</translation>
    </message>
    <message>
        <source>List threats, or &apos;threats PROJECT add&apos; to record one</source>
        <translation>Bedrohungen auflisten, oder mit &apos;threats PROJECT add&apos; eine erfassen</translation>
    </message>
    <message>
        <source>Validate, dismiss, accept, mitigate or reprioritise a threat</source>
        <translation>Eine Bedrohung bestätigen, verwerfen, akzeptieren, mindern oder neu priorisieren</translation>
    </message>
    <message>
        <source>Show or verify the audit trail</source>
        <translation>Den Audit-Trail anzeigen oder prüfen</translation>
    </message>
    <message>
        <source>Show what changed between two versions</source>
        <translation>Zeigen, was sich zwischen zwei Versionen geändert hat</translation>
    </message>
    <message>
        <source>For CI: init if needed, import, analyse, write SARIF/Markdown, gate</source>
        <translation>Für CI: bei Bedarf anlegen, importieren, analysieren, SARIF/Markdown schreiben, Gate prüfen</translation>
    </message>
    <message>
        <source>Write a report: html, pdf, json, sarif, md or csv</source>
        <translation>Einen Bericht schreiben: html, pdf, json, sarif, md oder csv</translation>
    </message>
    <message>
        <source>CI gate: fail on new untriaged threats at or above a severity</source>
        <translation>CI-Gate: bei neuen ungesichteten Bedrohungen ab einem Schweregrad scheitern</translation>
    </message>
    <message>
        <source>Write the model for another tool: otm or threat-dragon</source>
        <translation>Das Modell für ein anderes Werkzeug schreiben: otm oder threat-dragon</translation>
    </message>
    <message>
        <source>Suppress a rule&apos;s findings on matching elements (or revoke a suppression)</source>
        <translation>Die Befunde einer Regel auf passenden Elementen unterdrücken (oder eine Unterdrückung widerrufen)</translation>
    </message>
    <message>
        <source>List the suppressions and what they match</source>
        <translation>Die Unterdrückungen auflisten und worauf sie passen</translation>
    </message>
    <message>
        <source>Ask a language model for threats the rules missed (optional)</source>
        <translation>Ein Sprachmodell nach Bedrohungen fragen, die die Regeln übersehen haben (optional)</translation>
    </message>
    <message>
        <source>Writes a version of the model for another tool: Open Threat Model (OTM 0.2.0 JSON, IriusRisk/StartLeft) or an OWASP Threat Dragon v2 model.</source>
        <translation>Schreibt eine Version des Modells für ein anderes Werkzeug: Open Threat Model (OTM 0.2.0 JSON, IriusRisk/StartLeft) oder ein OWASP-Threat-Dragon-v2-Modell.</translation>
    </message>
    <message>
        <source>otm or threat-dragon.</source>
        <translation>otm oder threat-dragon.</translation>
    </message>
    <message>
        <source>The version to export (default: the newest).</source>
        <translation>Die zu exportierende Version (Standard: die neueste).</translation>
    </message>
    <message>
        <source>usage: threatwright-cli export PROJECT.twdb --format otm|threat-dragon -o FILE [--version V]</source>
        <translation>Aufruf: threatwright-cli export PROJECT.twdb --format otm|threat-dragon -o FILE [--version V]</translation>
    </message>
    <message>
        <source>--format must be otm or threat-dragon</source>
        <translation>--format muss otm oder threat-dragon sein</translation>
    </message>
    <message>
        <source>the project has no version yet: import something first</source>
        <translation>das Projekt hat noch keine Version: importieren Sie zuerst etwas</translation>
    </message>
    <message>
        <source>Wrote %1: version %2, %3 components, %4 boundaries, %5 flows, %6 threats
</source>
        <translation>%1 geschrieben: Version %2, %3 Komponenten, %4 Grenzen, %5 Flüsse, %6 Bedrohungen
</translation>
    </message>
    <message>
        <source>A rule id (TW-API-001) or a glob over rule ids (TW-K8S-*).</source>
        <translation>Eine Regel-ID (TW-API-001) oder ein Glob über Regel-IDs (TW-K8S-*).</translation>
    </message>
    <message>
        <source>A glob over the ids and names of the threats&apos; targets: * any run of characters, ? one character (ep:orders:*, svc:legacy-*, payments).</source>
        <translation>Ein Glob über die IDs und Namen der Ziele der Bedrohungen: * beliebig viele Zeichen, ? ein Zeichen (ep:orders:*, svc:legacy-*, payments).</translation>
    </message>
    <message>
        <source>Why; required.</source>
        <translation>Warum; erforderlich.</translation>
    </message>
    <message>
        <source>When the suppression stops applying (ISO date or time, UTC).</source>
        <translation>Wann die Unterdrückung endet (ISO-Datum oder -Zeit, UTC).</translation>
    </message>
    <message>
        <source>End the suppression with this id instead of creating one.</source>
        <translation>Die Unterdrückung mit dieser ID beenden, statt eine anzulegen.</translation>
    </message>
    <message>
        <source>Print the suppression as JSON.</source>
        <translation>Die Unterdrückung als JSON ausgeben.</translation>
    </message>
    <message>
        <source>--reason is required</source>
        <translation>--reason ist erforderlich</translation>
    </message>
    <message>
        <source>--revoke takes only --reason (and --actor)</source>
        <translation>--revoke nimmt nur --reason (und --actor)</translation>
    </message>
    <message>
        <source>--revoke needs a suppression id (see &apos;threatwright-cli suppressions&apos;)</source>
        <translation>--revoke braucht eine Unterdrückungs-ID (siehe &apos;threatwright-cli suppressions&apos;)</translation>
    </message>
    <message>
        <source>Suppression #%1 revoked; it no longer applies.
</source>
        <translation>Unterdrückung #%1 widerrufen; sie gilt nicht mehr.
</translation>
    </message>
    <message>
        <source>a suppression needs --rule and --element</source>
        <translation>eine Unterdrückung braucht --rule und --element</translation>
    </message>
    <message>
        <source>Suppression #%1 recorded: %2 on %3%4; %5 threat(s) of the newest version dismissed by it.
</source>
        <translation>Unterdrückung #%1 erfasst: %2 auf %3%4; %5 Bedrohung(en) der neuesten Version dadurch verworfen.
</translation>
    </message>
    <message>
        <source> until %1</source>
        <translation> bis %1</translation>
    </message>
    <message>
        <source>No suppressions. Make one with &apos;threatwright-cli suppress&apos; or &apos;triage --dismiss --suppress&apos;.
</source>
        <translation>Keine Unterdrückungen. Legen Sie eine mit &apos;threatwright-cli suppress&apos; oder &apos;triage --dismiss --suppress&apos; an.
</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>STATE</source>
        <translation>ZUSTAND</translation>
    </message>
    <message>
        <source>RULE</source>
        <translation>REGEL</translation>
    </message>
    <message>
        <source>ELEMENT</source>
        <translation>ELEMENT</translation>
    </message>
    <message>
        <source>EXPIRES (UTC)</source>
        <translation>LÄUFT AB (UTC)</translation>
    </message>
    <message>
        <source>MATCHES</source>
        <translation>TREFFER</translation>
    </message>
    <message>
        <source>BY</source>
        <translation>VON</translation>
    </message>
    <message>
        <source>A component id to ask about; repeatable.</source>
        <translation>Eine Komponenten-ID, nach der gefragt wird; wiederholbar.</translation>
    </message>
    <message>
        <source>Ask about every component of the newest version (one request each).</source>
        <translation>Nach jeder Komponente der neuesten Version fragen (je eine Anfrage).</translation>
    </message>
    <message>
        <source>The server&apos;s base URL, e.g. http://127.0.0.1:8080 (llama.cpp) or http://127.0.0.1:11434/v1 (Ollama).</source>
        <translation>Die Basis-URL des Servers, z. B. http://127.0.0.1:8080 (llama.cpp) oder http://127.0.0.1:11434/v1 (Ollama).</translation>
    </message>
    <message>
        <source>The model name the server knows.</source>
        <translation>Der Modellname, den der Server kennt.</translation>
    </message>
    <message>
        <source>Seconds to wait for one answer (default 180).</source>
        <translation>Sekunden Wartezeit für eine Antwort (Standard 180).</translation>
    </message>
    <message>
        <source>Further attempts after an HTTP 429 or 5xx (default 2).</source>
        <translation>Weitere Versuche nach HTTP 429 oder 5xx (Standard 2).</translation>
    </message>
    <message>
        <source>Do not send response_format json_schema (for servers that reject it).</source>
        <translation>response_format json_schema nicht senden (für Server, die es ablehnen).</translation>
    </message>
    <message>
        <source>Print the request for the first component and send nothing.</source>
        <translation>Die Anfrage für die erste Komponente ausgeben und nichts senden.</translation>
    </message>
    <message>
        <source>Who asks (default: the OS user).</source>
        <translation>Wer fragt (Standard: der Betriebssystem-Benutzer).</translation>
    </message>
    <message>
        <source>Print the added threats as JSON.</source>
        <translation>Die hinzugefügten Bedrohungen als JSON ausgeben.</translation>
    </message>
    <message>
        <source>give --component ID (repeatable) or --all</source>
        <translation>--component ID (wiederholbar) oder --all angeben</translation>
    </message>
    <message>
        <source>--llm-url needs an http or https URL such as http://127.0.0.1:8080</source>
        <translation>--llm-url braucht eine http- oder https-URL wie http://127.0.0.1:8080</translation>
    </message>
    <message>
        <source>--llm-url must not contain a user or password; put the key in %1 or the keychain</source>
        <translation>--llm-url darf weder Benutzer noch Passwort enthalten; legen Sie den Schlüssel in %1 oder den Schlüsselbund</translation>
    </message>
    <message>
        <source>--model is required</source>
        <translation>--model ist erforderlich</translation>
    </message>
    <message>
        <source>--timeout needs a number of seconds (at most 3600)</source>
        <translation>--timeout braucht eine Anzahl Sekunden (höchstens 3600)</translation>
    </message>
    <message>
        <source>--retries needs 0 to 10</source>
        <translation>--retries braucht 0 bis 10</translation>
    </message>
    <message>
        <source>version %1 has no components</source>
        <translation>Version %1 hat keine Komponenten</translation>
    </message>
    <message>
        <source>version %1 has no component &quot;%2&quot;</source>
        <translation>Version %1 hat keine Komponente „%2“</translation>
    </message>
    <message>
        <source>STRIDE</source>
        <translation>STRIDE</translation>
    </message>
    <message>
        <source>%1 suggestion(s) from %2 added to version %3 as suggested threats (origin llm:%2); %4 component(s) asked, %5 request(s).
</source>
        <translation>%1 Vorschlag/Vorschläge von %2 zu Version %3 als vorgeschlagene Bedrohungen hinzugefügt (Herkunft llm:%2); %4 Komponente(n) gefragt, %5 Anfrage(n).
</translation>
    </message>
    <message>
        <source>stopped early: %1</source>
        <translation>vorzeitig beendet: %1</translation>
    </message>
    <message>
        <source>Creates a new, empty project file.</source>
        <translation>Legt eine neue, leere Projektdatei an.</translation>
    </message>
    <message>
        <source>Lists the project&apos;s model versions.</source>
        <translation>Listet die Modellversionen des Projekts auf.</translation>
    </message>
    <message>
        <source>Records a threat that no rule found in the newest version.</source>
        <translation>Erfasst eine Bedrohung, die keine Regel in der neuesten Version gefunden hat.</translation>
    </message>
    <message>
        <source>Lists the threats of a version, most severe first.</source>
        <translation>Listet die Bedrohungen einer Version auf, die schwersten zuerst.</translation>
    </message>
    <message>
        <source>Records a decision on a threat; it carries to later versions and lands in the audit trail.</source>
        <translation>Erfasst eine Entscheidung zu einer Bedrohung; sie gilt für spätere Versionen weiter und landet im Audit-Trail.</translation>
    </message>
    <message>
        <source>Shows the audit trail; --verify walks its hash chain and names the first bad entry.</source>
        <translation>Zeigt den Audit-Trail; --verify durchläuft seine Hash-Kette und nennt den ersten fehlerhaften Eintrag.</translation>
    </message>
    <message>
        <source>Imports specs, Terraform and repositories into the project as a new version.</source>
        <translation>Importiert Spezifikationen, Terraform und Repositories als neue Version in das Projekt.</translation>
    </message>
    <message>
        <source>Parses one artifact or directory and prints the model fragment, without a project.</source>
        <translation>Parst ein Artefakt oder Verzeichnis und gibt das Modellfragment aus, ohne Projekt.</translation>
    </message>
    <message>
        <source>Prints an HCL or Terraform file as JSON (the shape of the well-known hcl2json).</source>
        <translation>Gibt eine HCL- oder Terraform-Datei als JSON aus (in der Form des bekannten hcl2json).</translation>
    </message>
    <message>
        <source>Shows what changed between two versions: elements added, removed or changed field by field, and threat changes.</source>
        <translation>Zeigt, was sich zwischen zwei Versionen geändert hat: hinzugefügte, entfernte oder Feld für Feld geänderte Elemente sowie Änderungen an Bedrohungen.</translation>
    </message>
    <message>
        <source>The CI gate: fails (exit 1) when the newest version has threats at or above a severity that are new since the baseline and not yet triaged.</source>
        <translation>Das CI-Gate: scheitert (Exit-Code 1), wenn die neueste Version Bedrohungen ab einem Schweregrad hat, die seit der Basis neu und noch nicht gesichtet sind.</translation>
    </message>
    <message>
        <source>Writes a report of a version: html or pdf (for auditors), json, sarif, md (pull-request summary) or csv.</source>
        <translation>Schreibt einen Bericht über eine Version: html oder pdf (für Auditoren), json, sarif, md (Pull-Request-Zusammenfassung) oder csv.</translation>
    </message>
    <message>
        <source>For pipelines: creates the project if needed, imports PATH as a new version, analyses it, writes SARIF and a Markdown summary against the previous version, and fails on new untriaged threats.</source>
        <translation>Für Pipelines: legt das Projekt bei Bedarf an, importiert PATH als neue Version, analysiert sie, schreibt SARIF und eine Markdown-Zusammenfassung gegenüber der vorigen Version und scheitert bei neuen ungesichteten Bedrohungen.</translation>
    </message>
    <message>
        <source>Records a scoped suppression: the findings of a rule on the elements a pattern names are dismissed, in the newest version now and in every version analysed while it is in force. --revoke ends one.</source>
        <translation>Erfasst eine begrenzte Unterdrückung: die Befunde einer Regel auf den Elementen, die ein Muster nennt, werden verworfen, jetzt in der neuesten Version und in jeder Version, die analysiert wird, solange sie gilt. --revoke beendet eine.</translation>
    </message>
    <message>
        <source>Lists the project&apos;s suppressions: active, expired and revoked, with how many threats of the newest version each one dismissed.</source>
        <translation>Listet die Unterdrückungen des Projekts auf: aktive, abgelaufene und widerrufene, mit der Zahl der Bedrohungen der neuesten Version, die jede verworfen hat.</translation>
    </message>
    <message>
        <source>Asks a language model (an OpenAI-compatible chat-completions server: llama.cpp, Ollama, vLLM or a hosted API) for threats the rules missed, about one component or all of them. Only a redacted summary of each component&apos;s neighbourhood is sent (docs/llm.md). Validated, deduplicated suggestions are added to the newest version as suggested threats with origin llm:&lt;model&gt;. The API key comes from THREATWRIGHT_LLM_API_KEY or the system keychain.</source>
        <translation>Fragt ein Sprachmodell (einen OpenAI-kompatiblen Chat-Completions-Server: llama.cpp, Ollama, vLLM oder eine gehostete API) nach Bedrohungen, die die Regeln übersehen haben, zu einer Komponente oder allen. Gesendet wird nur eine geschwärzte Zusammenfassung der Umgebung jeder Komponente (docs/llm.md). Bestätigte, entdoppelte Vorschläge werden der neuesten Version als vorgeschlagene Bedrohungen mit Herkunft llm:&lt;model&gt; hinzugefügt. Der API-Schlüssel kommt aus THREATWRIGHT_LLM_API_KEY oder dem Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>this command runs in threatwright-cli-full, which could not be started (%1): %2</source>
        <translation>dieser Befehl läuft in threatwright-cli-full, das nicht gestartet werden konnte (%1): %2</translation>
    </message>
</context>
<context>
    <name>tw::Compose</name>
    <message>
        <source>no services in this compose file</source>
        <translation>keine Dienste in dieser Compose-Datei</translation>
    </message>
    <message>
        <source>network %1</source>
        <translation>Netzwerk %1</translation>
    </message>
    <message>
        <source>port %1</source>
        <translation>Port %1</translation>
    </message>
    <message>
        <source>depends on</source>
        <translation>hängt ab von</translation>
    </message>
</context>
<context>
    <name>tw::Dockerfile</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>no FROM instruction: not a Dockerfile</source>
        <translation>keine FROM-Anweisung: kein Dockerfile</translation>
    </message>
</context>
<context>
    <name>tw::Feedback</name>
    <message numerus="yes">
        <source>%1: %n similar finding(s) (rule %2 on %3) dismissed in this project</source>
        <translation>
            <numerusform>%1: %n ähnlicher Befund (Regel %2 auf %3) in diesem Projekt verworfen</numerusform>
            <numerusform>%1: %n ähnliche Befunde (Regel %2 auf %3) in diesem Projekt verworfen</numerusform>
        </translation>
    </message>
    <message>
        <source>, e.g. &quot;%1&quot;</source>
        <translation>, z. B. „%1“</translation>
    </message>
    <message>
        <source>; ranked lower, severity unchanged</source>
        <translation>; niedriger eingestuft, Schweregrad unverändert</translation>
    </message>
</context>
<context>
    <name>tw::Git</name>
    <message>
        <source>unknown libgit2 error</source>
        <translation>unbekannter libgit2-Fehler</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a revision of %2: %3</source>
        <translation>„%1“ ist keine Revision von %2: %3</translation>
    </message>
    <message>
        <source>&quot;%1&quot; does not name a commit: %2</source>
        <translation>„%1“ bezeichnet keinen Commit: %2</translation>
    </message>
    <message>
        <source>%1 is not a git repository: %2</source>
        <translation>%1 ist kein Git-Repository: %2</translation>
    </message>
</context>
<context>
    <name>tw::Importer</name>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>unsupported</source>
        <translation>nicht unterstützt</translation>
    </message>
    <message>
        <source>hard-coded %1%2 (%3)</source>
        <translation>fest codiertes %1%2 (%3)</translation>
    </message>
    <message>
        <source>reading %1</source>
        <translation>lese %1</translation>
    </message>
    <message>
        <source>Nothing to import: no OpenAPI/Swagger spec, Terraform, compose file, Kubernetes manifest, Dockerfile, package manifest or threat model (OTM, Threat Dragon, Threagile, .tm7, Threat Composer) was found in %1</source>
        <translation>Nichts zu importieren: In %1 wurde keine OpenAPI-/Swagger-Spezifikation, kein Terraform, keine Compose-Datei, kein Kubernetes-Manifest, kein Dockerfile, kein Paketmanifest und kein Bedrohungsmodell (OTM, Threat Dragon, Threagile, .tm7, Threat Composer) gefunden</translation>
    </message>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>cannot create %1</source>
        <translation>%1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>The version built from %1 was not made by this importer for %2 with the same options; scan without --since first</source>
        <translation>Die aus %1 erstellte Version stammt nicht von diesem Importer für %2 mit denselben Optionen; scannen Sie zuerst ohne --since</translation>
    </message>
</context>
<context>
    <name>tw::Interop</name>
    <message>
        <source>unknown format</source>
        <translation>unbekanntes Format</translation>
    </message>
    <message>
        <source>status set in the imported model</source>
        <translation>Status im importierten Modell gesetzt</translation>
    </message>
    <message>
        <source>%1 (imported from %2)</source>
        <translation>%1 (importiert aus %2)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be text; ignored</source>
        <translation>„%1“ sollte Text sein; ignoriert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be true or false; ignored</source>
        <translation>„%1“ sollte true oder false sein; ignoriert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be a number; ignored</source>
        <translation>„%1“ sollte eine Zahl sein; ignoriert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be a list; ignored</source>
        <translation>„%1“ sollte eine Liste sein; ignoriert</translation>
    </message>
    <message>
        <source>an item of &quot;%1&quot; should be text; ignored</source>
        <translation>ein Eintrag von „%1“ sollte Text sein; ignoriert</translation>
    </message>
    <message>
        <source>&quot;%1&quot; should be a map; ignored</source>
        <translation>„%1“ sollte eine Zuordnung sein; ignoriert</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>%1 type &quot;%2&quot; has no Threatwright kind; imported as %3 and the type kept as an attribute</source>
        <translation>%1-Typ „%2“ hat keine Threatwright-Art; als %3 importiert, der Typ bleibt als Attribut erhalten</translation>
    </message>
    <message>
        <source>not an OTM document: the top level is not a map</source>
        <translation>kein OTM-Dokument: die oberste Ebene ist keine Zuordnung</translation>
    </message>
    <message>
        <source>not a valid OTM document: &quot;otmVersion&quot; is missing; read as OTM 0.2.0</source>
        <translation>kein gültiges OTM-Dokument: „otmVersion“ fehlt; als OTM 0.2.0 gelesen</translation>
    </message>
    <message>
        <source>OTM version %1 is not one Threatwright knows (0.1.0, 0.2.0); read as 0.2.0</source>
        <translation>OTM-Version %1 kennt Threatwright nicht (0.1.0, 0.2.0); als 0.2.0 gelesen</translation>
    </message>
    <message>
        <source>the OTM document has no &quot;project&quot;</source>
        <translation>das OTM-Dokument hat kein „project“</translation>
    </message>
    <message numerus="yes">
        <source>%n representation(s) (diagrams, code) are not imported; where elements sit in them is kept as attributes</source>
        <translation>
            <numerusform>%n Darstellung (Diagramme, Code) wird nicht importiert; wo Elemente darin liegen, bleibt als Attribut erhalten</numerusform>
            <numerusform>%n Darstellungen (Diagramme, Code) werden nicht importiert; wo Elemente darin liegen, bleibt als Attribut erhalten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 entry is not a map; ignored</source>
        <translation>%1-Eintrag ist keine Zuordnung; ignoriert</translation>
    </message>
    <message>
        <source>%1 without an &quot;id&quot;; not imported</source>
        <translation>%1 ohne „id“; nicht importiert</translation>
    </message>
    <message>
        <source>the &quot;threatwright&quot; attribute is not a JSON object; ignored</source>
        <translation>das Attribut „threatwright“ ist kein JSON-Objekt; ignoriert</translation>
    </message>
    <message>
        <source>&quot;attributes&quot; should be a map; ignored</source>
        <translation>„attributes“ sollte eine Zuordnung sein; ignoriert</translation>
    </message>
    <message>
        <source>&quot;parent&quot; names neither a trust zone nor a component</source>
        <translation>„parent“ bezeichnet weder eine Vertrauenszone noch eine Komponente</translation>
    </message>
    <message>
        <source>a mitigation</source>
        <translation>eine Mitigation</translation>
    </message>
    <message>
        <source>a threat</source>
        <translation>eine Bedrohung</translation>
    </message>
    <message>
        <source>threat id &quot;%1&quot; is used twice; the first one is kept</source>
        <translation>Bedrohungs-ID „%1“ wird doppelt verwendet; die erste bleibt erhalten</translation>
    </message>
    <message>
        <source>an asset</source>
        <translation>ein Asset</translation>
    </message>
    <message>
        <source>asset id &quot;%1&quot; is used twice; the first one is kept</source>
        <translation>Asset-ID „%1“ wird doppelt verwendet; das erste bleibt erhalten</translation>
    </message>
    <message>
        <source>a trust zone</source>
        <translation>eine Vertrauenszone</translation>
    </message>
    <message>
        <source>trust zone id &quot;%1&quot; is used twice; the first one is kept</source>
        <translation>Vertrauenszonen-ID „%1“ wird doppelt verwendet; die erste bleibt erhalten</translation>
    </message>
    <message>
        <source>parent trust zone &quot;%1&quot; does not exist; the zone is placed at the top</source>
        <translation>übergeordnete Vertrauenszone „%1“ existiert nicht; die Zone wird oben platziert</translation>
    </message>
    <message>
        <source>trust zone &quot;%1&quot; is inside itself through its parents; placed at the top</source>
        <translation>Vertrauenszone „%1“ liegt über ihre übergeordneten Zonen in sich selbst; oben platziert</translation>
    </message>
    <message>
        <source>a component</source>
        <translation>eine Komponente</translation>
    </message>
    <message>
        <source>the &quot;threatwright&quot; attribute is damaged (%1); ignored</source>
        <translation>das Attribut „threatwright“ ist beschädigt (%1); ignoriert</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>component id &quot;%1&quot; is used twice; the first one is kept</source>
        <translation>Komponenten-ID „%1“ wird doppelt verwendet; die erste bleibt erhalten</translation>
    </message>
    <message>
        <source>component &quot;%1&quot; has no parent; it is placed outside every trust zone</source>
        <translation>Komponente „%1“ hat kein übergeordnetes Element; sie wird außerhalb jeder Vertrauenszone platziert</translation>
    </message>
    <message>
        <source>an entry point in the &quot;threatwright&quot; attribute is damaged (%1); ignored</source>
        <translation>ein Einstiegspunkt im Attribut „threatwright“ ist beschädigt (%1); ignoriert</translation>
    </message>
    <message>
        <source>parent component &quot;%1&quot; does not exist</source>
        <translation>übergeordnete Komponente „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>trust zone &quot;%1&quot; does not exist; the component is placed outside every trust zone</source>
        <translation>Vertrauenszone „%1“ existiert nicht; die Komponente wird außerhalb jeder Vertrauenszone platziert</translation>
    </message>
    <message>
        <source>asset &quot;%1&quot; is not declared under &quot;assets&quot;</source>
        <translation>Asset „%1“ ist nicht unter „assets“ deklariert</translation>
    </message>
    <message>
        <source>a dataflow</source>
        <translation>ein Datenfluss</translation>
    </message>
    <message>
        <source>dataflow &quot;%1&quot; connects &quot;%2&quot; to &quot;%3&quot;, which are not both components; not imported</source>
        <translation>Datenfluss „%1“ verbindet „%2“ mit „%3“, die nicht beide Komponenten sind; nicht importiert</translation>
    </message>
    <message>
        <source>dataflow id &quot;%1&quot; is used twice; the first one is kept</source>
        <translation>Datenfluss-ID „%1“ wird doppelt verwendet; der erste bleibt erhalten</translation>
    </message>
    <message>
        <source>a threat instance</source>
        <translation>eine Bedrohungsinstanz</translation>
    </message>
    <message>
        <source>threat &quot;%1&quot; is not declared under &quot;threats&quot;; not imported</source>
        <translation>Bedrohung „%1“ ist nicht unter „threats“ deklariert; nicht importiert</translation>
    </message>
    <message>
        <source>a mitigation instance</source>
        <translation>eine Mitigationsinstanz</translation>
    </message>
    <message>
        <source>mitigation &quot;%1&quot; is not declared under &quot;mitigations&quot;</source>
        <translation>Mitigation „%1“ ist nicht unter „mitigations“ deklariert</translation>
    </message>
    <message>
        <source>threat categories %1 name no STRIDE category; recorded as tampering</source>
        <translation>Bedrohungskategorien %1 nennen keine STRIDE-Kategorie; als Tampering erfasst</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>likelihood %1 and impact %2 of 100 in the OTM file</source>
        <translation>Wahrscheinlichkeit %1 und Auswirkung %2 von 100 in der OTM-Datei</translation>
    </message>
    <message>
        <source>threat state &quot;%1&quot; is not understood; recorded as suggested</source>
        <translation>Bedrohungszustand „%1“ wird nicht verstanden; als vorgeschlagen erfasst</translation>
    </message>
    <message>
        <source>OTM state &quot;%1&quot;</source>
        <translation>OTM-Zustand „%1“</translation>
    </message>
    <message>
        <source>threat &quot;%1&quot; is not applied to any component or dataflow; kept without a target</source>
        <translation>Bedrohung „%1“ ist keiner Komponente und keinem Datenfluss zugeordnet; ohne Ziel übernommen</translation>
    </message>
    <message>
        <source>Exported by Threatwright from version %1</source>
        <translation>Von Threatwright aus Version %1 exportiert</translation>
    </message>
    <message>
        <source>Outside every trust boundary</source>
        <translation>Außerhalb jeder Vertrauensgrenze</translation>
    </message>
    <message>
        <source>OTM components need a parent: components outside every boundary are put in a zone &quot;Outside every trust boundary&quot; that an import into Threatwright removes again</source>
        <translation>OTM-Komponenten brauchen ein übergeordnetes Element: Komponenten außerhalb jeder Grenze kommen in eine Zone „Außerhalb jeder Vertrauensgrenze“, die ein Import in Threatwright wieder entfernt</translation>
    </message>
    <message>
        <source>threats about boundaries or data assets only have no OTM instance; they are listed under &quot;threats&quot; with their targets in the &quot;threatwright&quot; attribute</source>
        <translation>Bedrohungen, die nur Grenzen oder Daten-Assets betreffen, haben keine OTM-Instanz; sie stehen unter „threats“, ihre Ziele im Attribut „threatwright“</translation>
    </message>
    <message>
        <source>entry points whose component is not in the model cannot be written</source>
        <translation>Einstiegspunkte, deren Komponente nicht im Modell ist, können nicht geschrieben werden</translation>
    </message>
    <message>
        <source>OTM has no entry points: they travel in their component&apos;s &quot;threatwright&quot; attribute</source>
        <translation>OTM hat keine Einstiegspunkte: sie reisen im Attribut „threatwright“ ihrer Komponente mit</translation>
    </message>
    <message>
        <source>flows from or to something that is not a component cannot be written</source>
        <translation>Flüsse von oder zu etwas, das keine Komponente ist, können nicht geschrieben werden</translation>
    </message>
    <message>
        <source>not a Threat Dragon model: the top level is not a map</source>
        <translation>kein Threat-Dragon-Modell: die oberste Ebene ist keine Zuordnung</translation>
    </message>
    <message>
        <source>the model&apos;s summary has no title</source>
        <translation>die Zusammenfassung des Modells hat keinen Titel</translation>
    </message>
    <message>
        <source>not a valid Threat Dragon model: &quot;detail&quot; with the diagrams is missing</source>
        <translation>kein gültiges Threat-Dragon-Modell: „detail“ mit den Diagrammen fehlt</translation>
    </message>
    <message>
        <source>Threat Dragon version %1 is not one Threatwright knows (1.x, 2.x); read as 2.x</source>
        <translation>Threat-Dragon-Version %1 kennt Threatwright nicht (1.x, 2.x); als 2.x gelesen</translation>
    </message>
    <message>
        <source>not a valid Threat Dragon model: &quot;detail&quot; has no list of diagrams</source>
        <translation>kein gültiges Threat-Dragon-Modell: „detail“ hat keine Liste von Diagrammen</translation>
    </message>
    <message>
        <source>a diagram is not a map; ignored</source>
        <translation>ein Diagramm ist keine Zuordnung; ignoriert</translation>
    </message>
    <message numerus="yes">
        <source>%n text annotation(s) on the diagrams are not imported</source>
        <translation>
            <numerusform>%n Textanmerkung auf den Diagrammen wird nicht importiert</numerusform>
            <numerusform>%n Textanmerkungen auf den Diagrammen werden nicht importiert</numerusform>
        </translation>
    </message>
    <message>
        <source>the &quot;threatwright&quot; field is not a JSON object; ignored</source>
        <translation>das Feld „threatwright“ ist kein JSON-Objekt; ignoriert</translation>
    </message>
    <message>
        <source>an asset in the &quot;threatwright&quot; field is damaged (%1); ignored</source>
        <translation>ein Asset im Feld „threatwright“ ist beschädigt (%1); ignoriert</translation>
    </message>
    <message>
        <source>a threat in the &quot;threatwright&quot; field is damaged; ignored</source>
        <translation>eine Bedrohung im Feld „threatwright“ ist beschädigt; ignoriert</translation>
    </message>
    <message>
        <source>diagram &quot;%1&quot; has no cells</source>
        <translation>Diagramm „%1“ hat keine Zellen</translation>
    </message>
    <message>
        <source>a cell is not a map; ignored</source>
        <translation>eine Zelle ist keine Zuordnung; ignoriert</translation>
    </message>
    <message>
        <source>a cell without an &quot;id&quot;; not imported</source>
        <translation>eine Zelle ohne „id“; nicht importiert</translation>
    </message>
    <message>
        <source>cell id &quot;%1&quot; is used twice; the first one is kept</source>
        <translation>Zellen-ID „%1“ wird doppelt verwendet; die erste bleibt erhalten</translation>
    </message>
    <message>
        <source>cell of type &quot;%1&quot; is not a Threat Dragon element Threatwright knows; not imported</source>
        <translation>Zelle vom Typ „%1“ ist kein Threat-Dragon-Element, das Threatwright kennt; nicht importiert</translation>
    </message>
    <message>
        <source>Trust boundary line</source>
        <translation>Vertrauensgrenzlinie</translation>
    </message>
    <message>
        <source>Trust boundary</source>
        <translation>Vertrauensgrenze</translation>
    </message>
    <message>
        <source>trust boundary box &quot;%1&quot; has no position or size; it encloses nothing</source>
        <translation>Vertrauensgrenzen-Rahmen „%1“ hat keine Position oder Größe; er umschließt nichts</translation>
    </message>
    <message>
        <source>the &quot;threatwright&quot; field is damaged (%1); ignored</source>
        <translation>das Feld „threatwright“ ist beschädigt (%1); ignoriert</translation>
    </message>
    <message>
        <source>Cell</source>
        <translation>Zelle</translation>
    </message>
    <message>
        <source>the %1 of flow &quot;%2&quot; is not attached in the file but touches &quot;%3&quot; on the diagram; taken as connected</source>
        <translation>%1 von Fluss „%2“ ist in der Datei nicht verbunden, berührt aber „%3“ im Diagramm; als verbunden angenommen</translation>
    </message>
    <message>
        <source>flow &quot;%1&quot; is not connected to an element at both ends; not imported</source>
        <translation>Fluss „%1“ ist nicht an beiden Enden mit einem Element verbunden; nicht importiert</translation>
    </message>
    <message>
        <source>a threat is not a map; ignored</source>
        <translation>eine Bedrohung ist keine Zuordnung; ignoriert</translation>
    </message>
    <message>
        <source>(untitled threat)</source>
        <translation>(Bedrohung ohne Titel)</translation>
    </message>
    <message>
        <source>threat type &quot;%1&quot; (%2) is not a STRIDE category; recorded as tampering, the type kept in the risk factor</source>
        <translation>Bedrohungstyp „%1“ (%2) ist keine STRIDE-Kategorie; als Tampering erfasst, der Typ bleibt im Risikofaktor erhalten</translation>
    </message>
    <message>
        <source>no model type</source>
        <translation>kein Modelltyp</translation>
    </message>
    <message>
        <source>severity &quot;%1&quot;, %2 type &quot;%3&quot; in the Threat Dragon model</source>
        <translation>Schweregrad „%1“, %2-Typ „%3“ im Threat-Dragon-Modell</translation>
    </message>
    <message>
        <source>threat status &quot;%1&quot; is not understood; recorded as suggested</source>
        <translation>Bedrohungsstatus „%1“ wird nicht verstanden; als vorgeschlagen erfasst</translation>
    </message>
    <message>
        <source>Threat Dragon status &quot;%1&quot;</source>
        <translation>Threat-Dragon-Status „%1“</translation>
    </message>
    <message>
        <source>Threat Dragon has no entry points: they travel in their component&apos;s &quot;threatwright&quot; field</source>
        <translation>Threat Dragon hat keine Einstiegspunkte: sie reisen im Feld „threatwright“ ihrer Komponente mit</translation>
    </message>
    <message>
        <source>threats about boundaries or data assets only have no cell to sit on; they travel in the summary&apos;s &quot;threatwright&quot; field</source>
        <translation>Bedrohungen, die nur Grenzen oder Daten-Assets betreffen, haben keine Zelle; sie reisen im Feld „threatwright“ der Zusammenfassung mit</translation>
    </message>
    <message>
        <source>boundary lines are drawn below the diagram; which flows cross them is kept in the flows&apos; &quot;threatwright&quot; field</source>
        <translation>Grenzlinien werden unterhalb des Diagramms gezeichnet; welche Flüsse sie kreuzen, steht im Feld „threatwright“ der Flüsse</translation>
    </message>
    <message>
        <source>Threat Dragon has no data assets: they travel in the summary&apos;s &quot;threatwright&quot; field</source>
        <translation>Threat Dragon hat keine Daten-Assets: sie reisen im Feld „threatwright“ der Zusammenfassung mit</translation>
    </message>
    <message>
        <source>Threatwright model</source>
        <translation>Threatwright-Modell</translation>
    </message>
    <message>
        <source>&quot;threagile_version&quot; is missing; read as a Threagile 1.x model</source>
        <translation>„threagile_version“ fehlt; als Threagile-1.x-Modell gelesen</translation>
    </message>
    <message>
        <source>%1 is already included; read once</source>
        <translation>%1 ist bereits eingebunden; einmal gelesen</translation>
    </message>
    <message>
        <source>not a Threagile model: the top level is not a map</source>
        <translation>kein Threagile-Modell: die oberste Ebene ist keine Zuordnung</translation>
    </message>
    <message>
        <source>included file %1 does not exist</source>
        <translation>eingebundene Datei %1 existiert nicht</translation>
    </message>
    <message>
        <source>included file %1 is outside the import root; not read</source>
        <translation>eingebundene Datei %1 liegt außerhalb des Import-Wurzelordners; nicht gelesen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is defined twice in %2; the first definition is kept</source>
        <translation>„%1“ ist in %2 doppelt definiert; die erste Definition bleibt erhalten</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; is not a map; not imported</source>
        <translation>%1 „%2“ ist keine Zuordnung; nicht importiert</translation>
    </message>
    <message>
        <source>%1 &quot;%2&quot; has no &quot;id&quot;; not imported</source>
        <translation>%1 „%2“ hat keine „id“; nicht importiert</translation>
    </message>
    <message>
        <source>data asset &quot;%1&quot; does not exist</source>
        <translation>Daten-Asset „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>Data asset</source>
        <translation>Daten-Asset</translation>
    </message>
    <message>
        <source>data asset id &quot;%1&quot; is used twice; the first one is kept</source>
        <translation>Daten-Asset-ID „%1“ wird doppelt verwendet; das erste bleibt erhalten</translation>
    </message>
    <message>
        <source>Technical asset</source>
        <translation>Technisches Asset</translation>
    </message>
    <message>
        <source>technical asset id &quot;%1&quot; is used twice; the first one is kept</source>
        <translation>ID des technischen Assets „%1“ wird doppelt verwendet; das erste bleibt erhalten</translation>
    </message>
    <message>
        <source>communication link &quot;%1&quot; is not a map; not imported</source>
        <translation>Kommunikationsverbindung „%1“ ist keine Zuordnung; nicht importiert</translation>
    </message>
    <message>
        <source>communication link &quot;%1&quot; targets &quot;%2&quot;, which is not a technical asset; not imported</source>
        <translation>Kommunikationsverbindung „%1“ zielt auf „%2“, das kein technisches Asset ist; nicht importiert</translation>
    </message>
    <message>
        <source>communication link &quot;%1&quot; of &quot;%2&quot; is defined twice; the first one is kept</source>
        <translation>Kommunikationsverbindung „%1“ von „%2“ ist doppelt definiert; die erste bleibt erhalten</translation>
    </message>
    <message>
        <source>trust boundary id &quot;%1&quot; is used twice; the first one is kept</source>
        <translation>Vertrauensgrenzen-ID „%1“ wird doppelt verwendet; die erste bleibt erhalten</translation>
    </message>
    <message>
        <source>trust boundary &quot;%1&quot; is nested in both &quot;%2&quot; and &quot;%3&quot;; the first is kept</source>
        <translation>Vertrauensgrenze „%1“ ist sowohl in „%2“ als auch in „%3“ verschachtelt; die erste bleibt erhalten</translation>
    </message>
    <message>
        <source>nested trust boundary &quot;%1&quot; does not exist</source>
        <translation>verschachtelte Vertrauensgrenze „%1“ existiert nicht</translation>
    </message>
    <message>
        <source>trust boundary &quot;%1&quot; is nested in itself; placed at the top</source>
        <translation>Vertrauensgrenze „%1“ ist in sich selbst verschachtelt; oben platziert</translation>
    </message>
    <message>
        <source>trust boundary &quot;%1&quot; lists &quot;%2&quot;, which is not a technical asset</source>
        <translation>Vertrauensgrenze „%1“ führt „%2“ auf, das kein technisches Asset ist</translation>
    </message>
    <message>
        <source>Shared runtime</source>
        <translation>Gemeinsame Laufzeitumgebung</translation>
    </message>
    <message>
        <source>shared runtime &quot;%1&quot; runs &quot;%2&quot;, which is not a technical asset</source>
        <translation>gemeinsame Laufzeitumgebung „%1“ führt „%2“ aus, das kein technisches Asset ist</translation>
    </message>
    <message>
        <source>risk category &quot;%1&quot; has no &quot;id&quot;; its risks are not imported</source>
        <translation>Risikokategorie „%1“ hat keine „id“; ihre Risiken werden nicht importiert</translation>
    </message>
    <message>
        <source>risk category &quot;%1&quot; has STRIDE &quot;%2&quot;, which is not understood; recorded as tampering</source>
        <translation>Risikokategorie „%1“ hat STRIDE „%2“, das nicht verstanden wird; als Tampering erfasst</translation>
    </message>
    <message>
        <source>risk &quot;%1&quot; is not a map; not imported</source>
        <translation>Risiko „%1“ ist keine Zuordnung; nicht importiert</translation>
    </message>
    <message>
        <source>risk &quot;%1&quot; names %2 &quot;%3&quot;, which does not exist</source>
        <translation>Risiko „%1“ nennt %2 „%3“, das nicht existiert</translation>
    </message>
    <message>
        <source>technical asset</source>
        <translation>technisches Asset</translation>
    </message>
    <message>
        <source>communication link</source>
        <translation>Kommunikationsverbindung</translation>
    </message>
    <message>
        <source>trust boundary</source>
        <translation>Vertrauensgrenze</translation>
    </message>
    <message>
        <source>data asset</source>
        <translation>Daten-Asset</translation>
    </message>
    <message>
        <source>Shared runtime: %1</source>
        <translation>Gemeinsame Laufzeitumgebung: %1</translation>
    </message>
    <message>
        <source>severity &quot;%1&quot;, likelihood &quot;%2&quot;, impact &quot;%3&quot;, data breach &quot;%4&quot; in the Threagile model</source>
        <translation>Schweregrad „%1“, Wahrscheinlichkeit „%2“, Auswirkung „%3“, Datenpanne „%4“ im Threagile-Modell</translation>
    </message>
    <message>
        <source>risk &quot;%1&quot; names no element of the model; kept without a target</source>
        <translation>Risiko „%1“ nennt kein Element des Modells; ohne Ziel übernommen</translation>
    </message>
    <message>
        <source>risk tracking status &quot;%1&quot; is not understood; ignored</source>
        <translation>Risk-Tracking-Status „%1“ wird nicht verstanden; ignoriert</translation>
    </message>
    <message>
        <source>Threagile risk tracking &quot;%1&quot;</source>
        <translation>Threagile-Risk-Tracking „%1“</translation>
    </message>
    <message>
        <source>risk tracking &quot;%1&quot; (%2) is for risks Threagile&apos;s built-in rules find, which Threatwright does not run; it names no asset, so it is reported here only</source>
        <translation>Risk-Tracking „%1“ (%2) gilt für Risiken, die Threagiles eingebaute Regeln finden und die Threatwright nicht ausführt; es nennt kein Asset und wird daher nur hier gemeldet</translation>
    </message>
    <message>
        <source>risk tracking &quot;%1&quot; (%2) is for risks Threagile&apos;s built-in rules find; kept as an attribute of %3</source>
        <translation>Risk-Tracking „%1“ (%2) gilt für Risiken, die Threagiles eingebaute Regeln finden; als Attribut von %3 erhalten</translation>
    </message>
    <message>
        <source>not imported (no place in the model): %1</source>
        <translation>nicht importiert (kein Platz im Modell): %1</translation>
    </message>
    <message>
        <source>the XML is nested too deeply or is too large</source>
        <translation>das XML ist zu tief verschachtelt oder zu groß</translation>
    </message>
    <message>
        <source>not a Microsoft Threat Modeling Tool model: the root element is not ThreatModel</source>
        <translation>kein Modell des Microsoft Threat Modeling Tool: das Wurzelelement ist nicht ThreatModel</translation>
    </message>
    <message>
        <source>line of type &quot;%1&quot; is not an element Threatwright knows; not imported</source>
        <translation>Linie vom Typ „%1“ ist kein Element, das Threatwright kennt; nicht importiert</translation>
    </message>
    <message>
        <source>a trust boundary without a Guid; not imported</source>
        <translation>eine Vertrauensgrenze ohne Guid; nicht importiert</translation>
    </message>
    <message>
        <source>trust boundary &quot;%1&quot; has no position or size; it encloses nothing</source>
        <translation>Vertrauensgrenze „%1“ hat keine Position oder Größe; sie umschließt nichts</translation>
    </message>
    <message>
        <source>element %1 appears twice; the first one is kept</source>
        <translation>Element %1 kommt doppelt vor; das erste bleibt erhalten</translation>
    </message>
    <message>
        <source>an element without a Guid; not imported</source>
        <translation>ein Element ohne Guid; nicht importiert</translation>
    </message>
    <message>
        <source>Stencil</source>
        <translation>Schablone</translation>
    </message>
    <message>
        <source>data flow &quot;%1&quot; is not connected to an element at both ends; not imported</source>
        <translation>Datenfluss „%1“ ist nicht an beiden Enden mit einem Element verbunden; nicht importiert</translation>
    </message>
    <message>
        <source>threat category &quot;%1&quot; is not a STRIDE category; recorded as tampering</source>
        <translation>Bedrohungskategorie „%1“ ist keine STRIDE-Kategorie; als Tampering erfasst</translation>
    </message>
    <message>
        <source>priority &quot;%1&quot; in the Threat Modeling Tool model</source>
        <translation>Priorität „%1“ im Modell des Threat Modeling Tool</translation>
    </message>
    <message>
        <source>Threat Modeling Tool state &quot;%1&quot;</source>
        <translation>Threat-Modeling-Tool-Zustand „%1“</translation>
    </message>
    <message>
        <source>threat &quot;%1&quot; refers to no element of the model; kept without a target</source>
        <translation>Bedrohung „%1“ verweist auf kein Element des Modells; ohne Ziel übernommen</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>the file is larger than 256 MB; not read</source>
        <translation>die Datei ist größer als 256 MB; nicht gelesen</translation>
    </message>
    <message>
        <source>not readable XML: %1</source>
        <translation>kein lesbares XML: %1</translation>
    </message>
    <message>
        <source>not a Threat Composer export: the top level is not a map</source>
        <translation>kein Threat-Composer-Export: die oberste Ebene ist keine Zuordnung</translation>
    </message>
    <message>
        <source>not a valid Threat Composer export: &quot;schema&quot; is missing; read as schema 1</source>
        <translation>kein gültiger Threat-Composer-Export: „schema“ fehlt; als Schema 1 gelesen</translation>
    </message>
    <message>
        <source>Threat Composer schema %1 is not one Threatwright knows (1); read as 1</source>
        <translation>Threat-Composer-Schema %1 kennt Threatwright nicht (1); als 1 gelesen</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>the %1 diagram (an image of %2 KB) is not imported</source>
        <translation>das Diagramm %1 (ein Bild von %2 KB) wird nicht importiert</translation>
    </message>
    <message numerus="yes">
        <source>%n mitigation link(s) point at no threat of the file (deleted threats); not imported</source>
        <translation>
            <numerusform>%n Mitigationsverknüpfung zeigt auf keine Bedrohung der Datei (gelöschte Bedrohungen); nicht importiert</numerusform>
            <numerusform>%n Mitigationsverknüpfungen zeigen auf keine Bedrohung der Datei (gelöschte Bedrohungen); nicht importiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n mitigation(s) are linked to no threat; kept as an attribute of the application</source>
        <translation>
            <numerusform>%n Mitigation ist mit keiner Bedrohung verknüpft; als Attribut der Anwendung erhalten</numerusform>
            <numerusform>%n Mitigationen sind mit keiner Bedrohung verknüpft; als Attribut der Anwendung erhalten</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 is not a map; ignored</source>
        <translation>%1 ist keine Zuordnung; ignoriert</translation>
    </message>
    <message>
        <source>a metadata entry</source>
        <translation>ein Metadateneintrag</translation>
    </message>
    <message>
        <source>a mitigation without an &quot;id&quot;; not imported</source>
        <translation>eine Mitigation ohne „id“; nicht importiert</translation>
    </message>
    <message>
        <source>mitigation id &quot;%1&quot; is used twice; the first one is kept</source>
        <translation>Mitigations-ID „%1“ wird doppelt verwendet; die erste bleibt erhalten</translation>
    </message>
    <message>
        <source>a mitigation link</source>
        <translation>eine Mitigationsverknüpfung</translation>
    </message>
    <message>
        <source>mitigation link names mitigation &quot;%1&quot;, which does not exist</source>
        <translation>Mitigationsverknüpfung nennt Mitigation „%1“, die nicht existiert</translation>
    </message>
    <message>
        <source>an assumption link</source>
        <translation>eine Annahmenverknüpfung</translation>
    </message>
    <message>
        <source>an assumption</source>
        <translation>eine Annahme</translation>
    </message>
    <message>
        <source>a threat without an &quot;id&quot;; not imported</source>
        <translation>eine Bedrohung ohne „id“; nicht importiert</translation>
    </message>
    <message>
        <source>Threat source</source>
        <translation>Bedrohungsquelle</translation>
    </message>
    <message>
        <source>Prerequisites</source>
        <translation>Voraussetzungen</translation>
    </message>
    <message>
        <source>Threat action</source>
        <translation>Bedrohungshandlung</translation>
    </message>
    <message>
        <source>Threat impact</source>
        <translation>Auswirkung der Bedrohung</translation>
    </message>
    <message>
        <source>Impacted goals</source>
        <translation>Betroffene Ziele</translation>
    </message>
    <message>
        <source>Impacted assets</source>
        <translation>Betroffene Assets</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Assumptions</source>
        <translation>Annahmen</translation>
    </message>
    <message>
        <source>Comments</source>
        <translation>Kommentare</translation>
    </message>
    <message>
        <source>threat T-%1 has no STRIDE tag; recorded as tampering</source>
        <translation>Bedrohung T-%1 hat kein STRIDE-Tag; als Tampering erfasst</translation>
    </message>
    <message>
        <source>priority &quot;%1&quot;, STRIDE %2 in Threat Composer</source>
        <translation>Priorität „%1“, STRIDE %2 in Threat Composer</translation>
    </message>
    <message>
        <source>Threat Composer status &quot;%1&quot;</source>
        <translation>Threat-Composer-Status „%1“</translation>
    </message>
</context>
<context>
    <name>tw::Kubernetes</name>
    <message>
        <source>cannot read the file</source>
        <translation>die Datei kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>Helm template (contains {{ … }}): skipped, render it first</source>
        <translation>Helm-Template (enthält {{ … }}): übersprungen, rendern Sie es zuerst</translation>
    </message>
    <message>
        <source>Kubernetes cluster</source>
        <translation>Kubernetes-Cluster</translation>
    </message>
    <message>
        <source>namespace %1</source>
        <translation>Namespace %1</translation>
    </message>
    <message>
        <source>%1 port %2 of Service %3</source>
        <translation>%1 Port %2 von Service %3</translation>
    </message>
    <message>
        <source>Ingress %1: %2%3</source>
        <translation>Ingress %1: %2%3</translation>
    </message>
    <message>
        <source>via Service %1</source>
        <translation>über Service %1</translation>
    </message>
</context>
<context>
    <name>tw::Layout</name>
    <message>
        <source>Graphviz could not be initialised</source>
        <translation>Graphviz konnte nicht initialisiert werden</translation>
    </message>
    <message>
        <source>The trust boundaries nest in a cycle</source>
        <translation>Die Vertrauensgrenzen sind zyklisch verschachtelt</translation>
    </message>
    <message>
        <source>Graphviz could not lay out the graph with &quot;%1&quot;: %2</source>
        <translation>Graphviz konnte den Graphen mit „%1“ nicht anordnen: %2</translation>
    </message>
</context>
<context>
    <name>tw::Llm</name>
    <message>
        <source>it is not an object</source>
        <translation>es ist kein Objekt</translation>
    </message>
    <message>
        <source>it has the unexpected field &quot;%1&quot;</source>
        <translation>es hat das unerwartete Feld „%1“</translation>
    </message>
    <message>
        <source>the field &quot;%1&quot; is missing</source>
        <translation>das Feld „%1“ fehlt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a string</source>
        <translation>„%1“ ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>its target &quot;%1&quot; is not an element of the neighbourhood it was shown</source>
        <translation>sein Ziel „%1“ ist kein Element der gezeigten Umgebung</translation>
    </message>
    <message>
        <source>its title is empty or longer than 160 characters</source>
        <translation>sein Titel ist leer oder länger als 160 Zeichen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a STRIDE category</source>
        <translation>„%1“ ist keine STRIDE-Kategorie</translation>
    </message>
    <message>
        <source>its rationale or mitigation is longer than 1200 characters</source>
        <translation>seine Begründung oder Mitigation ist länger als 1200 Zeichen</translation>
    </message>
    <message>
        <source>likelihood and impact must be whole numbers from 1 to 5</source>
        <translation>Wahrscheinlichkeit und Auswirkung müssen ganze Zahlen von 1 bis 5 sein</translation>
    </message>
    <message>
        <source>&quot;cwe&quot; is not a list of at most 5 ids</source>
        <translation>„cwe“ ist keine Liste von höchstens 5 IDs</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a CWE id such as CWE-639</source>
        <translation>„%1“ ist keine CWE-ID wie CWE-639</translation>
    </message>
    <message>
        <source>The reply is not a JSON object (%1); nothing was taken from it</source>
        <translation>Die Antwort ist kein JSON-Objekt (%1); nichts wurde daraus übernommen</translation>
    </message>
    <message>
        <source>another JSON value</source>
        <translation>ein anderer JSON-Wert</translation>
    </message>
    <message>
        <source>The reply does not follow the schema (it must be {&quot;threats&quot;: [...]} and nothing else); nothing was taken from it</source>
        <translation>Die Antwort folgt nicht dem Schema (sie muss {&quot;threats&quot;: [...]} sein und sonst nichts); nichts wurde daraus übernommen</translation>
    </message>
    <message>
        <source>The reply has %1 threats; only the first %2 were considered</source>
        <translation>Die Antwort hat %1 Bedrohungen; nur die ersten %2 wurden berücksichtigt</translation>
    </message>
    <message>
        <source>Suggestion %1 was dropped: %2</source>
        <translation>Vorschlag %1 wurde verworfen: %2</translation>
    </message>
    <message>
        <source>The server&apos;s answer is not JSON (%1); nothing was taken from it</source>
        <translation>Die Antwort des Servers ist kein JSON (%1); nichts wurde daraus übernommen</translation>
    </message>
    <message>
        <source>The server&apos;s answer has no choices[0].message.content; it is not a chat completion</source>
        <translation>Die Antwort des Servers hat kein choices[0].message.content; sie ist keine Chat-Completion</translation>
    </message>
    <message>
        <source>The server stopped at its length limit; the reply may be cut short</source>
        <translation>Der Server hat an seiner Längengrenze angehalten; die Antwort ist womöglich abgeschnitten</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was dropped: it repeats the known finding &quot;%2&quot;</source>
        <translation>„%1“ wurde verworfen: es wiederholt den bekannten Befund „%2“</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was dropped: it repeats &quot;%2&quot; from the same answer</source>
        <translation>„%1“ wurde verworfen: es wiederholt „%2“ aus derselben Antwort</translation>
    </message>
    <message>
        <source>&quot;%1&quot; was dropped: the project already has this suggestion</source>
        <translation>„%1“ wurde verworfen: das Projekt hat diesen Vorschlag bereits</translation>
    </message>
    <message>
        <source>The system keychain cannot be read: %1</source>
        <translation>Der Schlüsselbund des Systems kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>The key cannot be stored in the system keychain: %1</source>
        <translation>Der Schlüssel kann nicht im Schlüsselbund des Systems gespeichert werden: %1</translation>
    </message>
    <message>
        <source>API key from %1</source>
        <translation>API-Schlüssel aus %1</translation>
    </message>
    <message>
        <source>The system keychain did not answer; no API key is sent</source>
        <translation>Der Schlüsselbund des Systems hat nicht geantwortet; es wird kein API-Schlüssel gesendet</translation>
    </message>
    <message>
        <source>; no API key is sent</source>
        <translation>; es wird kein API-Schlüssel gesendet</translation>
    </message>
    <message>
        <source>No API key (none in %1 or the keychain)</source>
        <translation>Kein API-Schlüssel (weder in %1 noch im Schlüsselbund)</translation>
    </message>
    <message>
        <source>API key from the system keychain</source>
        <translation>API-Schlüssel aus dem Schlüsselbund des Systems</translation>
    </message>
</context>
<context>
    <name>tw::Manifests</name>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not valid JSON: %2</source>
        <translation>%1 ist kein gültiges JSON: %2</translation>
    </message>
</context>
<context>
    <name>tw::Model</name>
    <message>
        <source>Suggested</source>
        <translation>Vorgeschlagen</translation>
    </message>
    <message>
        <source>Validated</source>
        <translation>Bestätigt</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>Verworfen</translation>
    </message>
    <message>
        <source>Accepted</source>
        <translation>Akzeptiert</translation>
    </message>
    <message>
        <source>Mitigated</source>
        <translation>Gemindert</translation>
    </message>
    <message>
        <source>Resolved by change</source>
        <translation>Durch Änderung erledigt</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Niedrig</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Spoofing</source>
        <translation>Spoofing</translation>
    </message>
    <message>
        <source>Tampering</source>
        <translation>Manipulation</translation>
    </message>
    <message>
        <source>Repudiation</source>
        <translation>Abstreitbarkeit</translation>
    </message>
    <message>
        <source>Information disclosure</source>
        <translation>Offenlegung von Informationen</translation>
    </message>
    <message>
        <source>Denial of service</source>
        <translation>Denial of Service</translation>
    </message>
    <message>
        <source>Elevation of privilege</source>
        <translation>Rechteerweiterung</translation>
    </message>
</context>
<context>
    <name>tw::ModelJson</name>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>is not a string</source>
        <translation>ist keine Zeichenkette</translation>
    </message>
    <message>
        <source>is not a number</source>
        <translation>ist keine Zahl</translation>
    </message>
    <message>
        <source>is not true or false</source>
        <translation>ist nicht true oder false</translation>
    </message>
    <message>
        <source>is not true, false or null</source>
        <translation>ist nicht true, false oder null</translation>
    </message>
    <message>
        <source>is not a list</source>
        <translation>ist keine Liste</translation>
    </message>
    <message>
        <source>holds something that is not a string</source>
        <translation>enthält etwas, das keine Zeichenkette ist</translation>
    </message>
    <message>
        <source>is not an object</source>
        <translation>ist kein Objekt</translation>
    </message>
    <message>
        <source>has an unknown value &quot;%1&quot;</source>
        <translation>hat einen unbekannten Wert „%1“</translation>
    </message>
    <message>
        <source>%1: field &quot;%2&quot; %3</source>
        <translation>%1: Feld „%2“ %3</translation>
    </message>
    <message>
        <source>a list entry is not an object</source>
        <translation>ein Listeneintrag ist kein Objekt</translation>
    </message>
    <message>
        <source>a source reference is not an object</source>
        <translation>eine Quellenangabe ist kein Objekt</translation>
    </message>
    <message>
        <source>sources is not a list</source>
        <translation>sources ist keine Liste</translation>
    </message>
    <message>
        <source>holds something that is not an object</source>
        <translation>enthält etwas, das kein Objekt ist</translation>
    </message>
    <message>
        <source>holds an alternative that is not a list</source>
        <translation>enthält eine Alternative, die keine Liste ist</translation>
    </message>
    <message>
        <source>is neither a list nor null</source>
        <translation>ist weder eine Liste noch null</translation>
    </message>
    <message>
        <source>is not an ISO 8601 time</source>
        <translation>ist keine ISO-8601-Zeit</translation>
    </message>
</context>
<context>
    <name>tw::OpenApi</name>
    <message>
        <source>duplicate key &apos;%1&apos; (first at line %2, column %3); the last one wins</source>
        <translation>doppelter Schlüssel &apos;%1&apos; (zuerst in Zeile %2, Spalte %3); der letzte gilt</translation>
    </message>
    <message>
        <source>document is larger than %1 bytes</source>
        <translation>Dokument ist größer als %1 Bytes</translation>
    </message>
    <message>
        <source>cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>invalid UTF-8 byte sequence</source>
        <translation>ungültige UTF-8-Bytefolge</translation>
    </message>
    <message>
        <source>empty JSON document</source>
        <translation>leeres JSON-Dokument</translation>
    </message>
    <message>
        <source>unexpected content after the JSON value</source>
        <translation>unerwarteter Inhalt nach dem JSON-Wert</translation>
    </message>
    <message>
        <source>invalid literal</source>
        <translation>ungültiges Literal</translation>
    </message>
    <message>
        <source>control character in string</source>
        <translation>Steuerzeichen in Zeichenkette</translation>
    </message>
    <message>
        <source>invalid \u escape</source>
        <translation>ungültige \u-Escape-Sequenz</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>ungültige Escape-Sequenz</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>nicht abgeschlossene Zeichenkette</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>ungültige Zahl</translation>
    </message>
    <message>
        <source>unexpected end of input</source>
        <translation>unerwartetes Ende der Eingabe</translation>
    </message>
    <message>
        <source>nesting deeper than %1 levels</source>
        <translation>Verschachtelung tiefer als %1 Ebenen</translation>
    </message>
    <message>
        <source>expected a string key</source>
        <translation>Zeichenketten-Schlüssel erwartet</translation>
    </message>
    <message>
        <source>expected &apos;:&apos;</source>
        <translation>&apos;:&apos; erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;}&apos;</source>
        <translation>&apos;,&apos; oder &apos;}&apos; erwartet</translation>
    </message>
    <message>
        <source>expected &apos;,&apos; or &apos;]&apos;</source>
        <translation>&apos;,&apos; oder &apos;]&apos; erwartet</translation>
    </message>
    <message>
        <source>unexpected character</source>
        <translation>unerwartetes Zeichen</translation>
    </message>
    <message>
        <source>invalid string</source>
        <translation>ungültige Zeichenkette</translation>
    </message>
    <message>
        <source>JSON syntax error: %1</source>
        <translation>JSON-Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>invalid JSON</source>
        <translation>ungültiges JSON</translation>
    </message>
    <message>
        <source>out of memory while parsing JSON</source>
        <translation>Speicher erschöpft beim Parsen von JSON</translation>
    </message>
    <message>
        <source>alias &apos;*%1&apos; refers to an undefined or enclosing anchor</source>
        <translation>Alias &apos;*%1&apos; verweist auf einen undefinierten oder umschließenden Anker</translation>
    </message>
    <message>
        <source>aliases expand to more than %1 nodes (alias bomb?)</source>
        <translation>Aliase expandieren zu mehr als %1 Knoten (Alias-Bombe?)</translation>
    </message>
    <message>
        <source>unknown problem</source>
        <translation>unbekanntes Problem</translation>
    </message>
    <message>
        <source>YAML error: %1</source>
        <translation>YAML-Fehler: %1</translation>
    </message>
    <message>
        <source>YAML error: out of memory</source>
        <translation>YAML-Fehler: Speicher erschöpft</translation>
    </message>
    <message>
        <source>YAML syntax error: %1</source>
        <translation>YAML-Syntaxfehler: %1</translation>
    </message>
    <message>
        <source>cannot load referenced file: %1</source>
        <translation>referenzierte Datei kann nicht geladen werden: %1</translation>
    </message>
    <message>
        <source>the specification is outside the import root %1</source>
        <translation>die Spezifikation liegt außerhalb des Import-Wurzelordners %1</translation>
    </message>
    <message>
        <source>the document is empty</source>
        <translation>das Dokument ist leer</translation>
    </message>
    <message>
        <source>$ref nesting is too deep; not followed</source>
        <translation>$ref-Verschachtelung ist zu tief; nicht verfolgt</translation>
    </message>
    <message>
        <source>circular $ref &apos;%1&apos; refers to itself</source>
        <translation>zirkuläre $ref &apos;%1&apos; verweist auf sich selbst</translation>
    </message>
    <message>
        <source>$ref chain is too long; not followed</source>
        <translation>$ref-Kette ist zu lang; nicht verfolgt</translation>
    </message>
    <message>
        <source>refused $ref &apos;%1&apos;: only local files inside the import root are followed, never URLs</source>
        <translation>$ref &apos;%1&apos; abgelehnt: nur lokale Dateien innerhalb des Import-Wurzelordners werden verfolgt, niemals URLs</translation>
    </message>
    <message>
        <source>refused $ref &apos;%1&apos;: it leaves the import root</source>
        <translation>$ref &apos;%1&apos; abgelehnt: sie verlässt den Import-Wurzelordner</translation>
    </message>
    <message>
        <source>$ref &apos;%1&apos;: file not found</source>
        <translation>$ref &apos;%1&apos;: Datei nicht gefunden</translation>
    </message>
    <message>
        <source>$ref &apos;%1&apos;: the referenced file is empty</source>
        <translation>$ref &apos;%1&apos;: die referenzierte Datei ist leer</translation>
    </message>
    <message>
        <source>$ref &apos;%1&apos;: target not found</source>
        <translation>$ref &apos;%1&apos;: Ziel nicht gefunden</translation>
    </message>
    <message>
        <source>$ref fragment &apos;%1&apos; is not a JSON pointer (anchors are not supported)</source>
        <translation>$ref-Fragment &apos;%1&apos; ist kein JSON-Pointer (Anker werden nicht unterstützt)</translation>
    </message>
    <message>
        <source>%1 webhook receivers</source>
        <translation>%1 Webhook-Empfänger</translation>
    </message>
    <message>
        <source>%1 callback receivers</source>
        <translation>%1 Callback-Empfänger</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>not an OpenAPI or Swagger document: the top level is not a mapping</source>
        <translation>kein OpenAPI- oder Swagger-Dokument: die oberste Ebene ist keine Zuordnung</translation>
    </message>
    <message>
        <source>not an OpenAPI or Swagger document: neither &apos;openapi&apos; nor &apos;swagger&apos; is set</source>
        <translation>kein OpenAPI- oder Swagger-Dokument: weder &apos;openapi&apos; noch &apos;swagger&apos; ist gesetzt</translation>
    </message>
    <message>
        <source>unsupported specification version &apos;%1&apos;; importing anyway</source>
        <translation>nicht unterstützte Spezifikationsversion &apos;%1&apos;; wird trotzdem importiert</translation>
    </message>
</context>
<context>
    <name>tw::Project</name>
    <message>
        <source>%1 does not exist</source>
        <translation>%1 existiert nicht</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is not a Threatwright project: the file is empty</source>
        <translation>%1 ist kein Threatwright-Projekt: die Datei ist leer</translation>
    </message>
    <message>
        <source>%1 is not a Threatwright project (it is not an SQLite database)</source>
        <translation>%1 ist kein Threatwright-Projekt (es ist keine SQLite-Datenbank)</translation>
    </message>
    <message>
        <source>%1 is an SQLite database but not a Threatwright project</source>
        <translation>%1 ist eine SQLite-Datenbank, aber kein Threatwright-Projekt</translation>
    </message>
    <message>
        <source>%1 was written by a newer version of Threatwright (project format %2; this version reads formats up to %3). Open it with a newer Threatwright.</source>
        <translation>%1 wurde von einer neueren Threatwright-Version geschrieben (Projektformat %2; diese Version liest Formate bis %3). Öffnen Sie es mit einem neueren Threatwright.</translation>
    </message>
    <message>
        <source>%1 is damaged: it has no project format version</source>
        <translation>%1 ist beschädigt: es hat keine Projektformatversion</translation>
    </message>
    <message>
        <source>%1 is damaged: its header is invalid</source>
        <translation>%1 ist beschädigt: sein Kopf ist ungültig</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is truncated (%2 of %3 bytes present)</source>
        <translation>%1 ist beschädigt: die Datei ist abgeschnitten (%2 von %3 Bytes vorhanden)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Storing the texts of threat &quot;%1&quot; failed</source>
        <translation>Das Speichern der Texte von Bedrohung „%1“ ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reading the audit trail failed</source>
        <translation>Das Lesen des Audit-Trails ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Appending to the audit trail failed</source>
        <translation>Das Anhängen an den Audit-Trail ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 cannot be opened: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: %2</source>
        <translation>%1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>%1 is damaged: the table &quot;%2&quot; is missing</source>
        <translation>%1 ist beschädigt: die Tabelle „%2“ fehlt</translation>
    </message>
    <message>
        <source>%1 already exists; choose another name or open it</source>
        <translation>%1 existiert bereits; wählen Sie einen anderen Namen oder öffnen Sie es</translation>
    </message>
    <message>
        <source>Writing the project metadata failed</source>
        <translation>Das Schreiben der Projektmetadaten ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 cannot be opened for changes: %2. Nothing in it was changed.</source>
        <translation>%1 kann nicht zum Ändern geöffnet werden: %2. Darin wurde nichts geändert.</translation>
    </message>
    <message>
        <source>The project is open read-only</source>
        <translation>Das Projekt ist schreibgeschützt geöffnet</translation>
    </message>
    <message>
        <source>entry %1 is missing (the next entry is %2)</source>
        <translation>Eintrag %1 fehlt (der nächste Eintrag ist %2)</translation>
    </message>
    <message>
        <source>entry %1 does not link to the entry before it</source>
        <translation>Eintrag %1 ist nicht mit dem Eintrag davor verkettet</translation>
    </message>
    <message>
        <source>entry %1 was changed after it was written (its hash does not match its content)</source>
        <translation>Eintrag %1 wurde nach dem Schreiben geändert (sein Hash passt nicht zu seinem Inhalt)</translation>
    </message>
    <message>
        <source>the audit trail is empty: the project&apos;s creation must be its first entry</source>
        <translation>der Audit-Trail ist leer: die Anlage des Projekts muss sein erster Eintrag sein</translation>
    </message>
    <message>
        <source>Reading the versions failed</source>
        <translation>Das Lesen der Versionen ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>There is no version %1 in this project</source>
        <translation>In diesem Projekt gibt es keine Version %1</translation>
    </message>
    <message>
        <source>The new version was not saved; the project still holds its last saved version. %1</source>
        <translation>Die neue Version wurde nicht gespeichert; das Projekt enthält weiterhin seine zuletzt gespeicherte Version. %1</translation>
    </message>
    <message>
        <source>Creating the version failed</source>
        <translation>Das Anlegen der Version ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Recording the inputs failed</source>
        <translation>Das Erfassen der Eingaben ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Storing %1 &quot;%2&quot; failed</source>
        <translation>Das Speichern von %1 „%2“ ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Storing the import problems failed</source>
        <translation>Das Speichern der Importprobleme ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>A threat without a fingerprint cannot be stored (%1)</source>
        <translation>Eine Bedrohung ohne Fingerabdruck kann nicht gespeichert werden (%1)</translation>
    </message>
    <message>
        <source>Reading the triage history failed</source>
        <translation>Das Lesen der Triage-Historie ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reading the previous version failed</source>
        <translation>Das Lesen der vorigen Version ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The finding is no longer present in version %1</source>
        <translation>Der Befund ist in Version %1 nicht mehr vorhanden</translation>
    </message>
    <message>
        <source>Storing threat &quot;%1&quot; failed</source>
        <translation>Das Speichern von Bedrohung „%1“ ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Recording the suppression of &quot;%1&quot; failed</source>
        <translation>Das Erfassen der Unterdrückung von „%1“ ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Carrying threat &quot;%1&quot; forward failed</source>
        <translation>Das Übernehmen von Bedrohung „%1“ ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>A stored threat is damaged: %1</source>
        <translation>Eine gespeicherte Bedrohung ist beschädigt: %1</translation>
    </message>
    <message>
        <source>A stored threat is damaged: its stride or severity is unknown</source>
        <translation>Eine gespeicherte Bedrohung ist beschädigt: ihre STRIDE-Kategorie oder ihr Schweregrad ist unbekannt</translation>
    </message>
    <message>
        <source>A stored decision has an unknown status &quot;%1&quot;</source>
        <translation>Eine gespeicherte Entscheidung hat einen unbekannten Status „%1“</translation>
    </message>
    <message>
        <source>Suppressed by #%1: %2</source>
        <translation>Unterdrückt durch #%1: %2</translation>
    </message>
    <message>
        <source>A stored element of version %1 is damaged: %2</source>
        <translation>Ein gespeichertes Element von Version %1 ist beschädigt: %2</translation>
    </message>
    <message>
        <source>Reading version %1 failed</source>
        <translation>Das Lesen von Version %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reading the threats failed</source>
        <translation>Das Lesen der Bedrohungen ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is too short to name a threat: give at least 6 characters of its fingerprint</source>
        <translation>„%1“ ist zu kurz, um eine Bedrohung zu benennen: geben Sie mindestens 6 Zeichen ihres Fingerabdrucks an</translation>
    </message>
    <message>
        <source>No threat in version %1 has a fingerprint starting with &quot;%2&quot;</source>
        <translation>Keine Bedrohung in Version %1 hat einen Fingerabdruck, der mit „%2“ beginnt</translation>
    </message>
    <message>
        <source>&quot;%1&quot; names more than one threat; give more characters of the fingerprint</source>
        <translation>„%1“ bezeichnet mehr als eine Bedrohung; geben Sie mehr Zeichen des Fingerabdrucks an</translation>
    </message>
    <message>
        <source>Reading the decision failed</source>
        <translation>Das Lesen der Entscheidung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Writing the decision failed</source>
        <translation>Das Schreiben der Entscheidung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>The decision was not saved; the threat keeps its previous state. %1</source>
        <translation>Die Entscheidung wurde nicht gespeichert; die Bedrohung behält ihren vorigen Zustand. %1</translation>
    </message>
    <message>
        <source>Dismissing or accepting a threat needs a reason</source>
        <translation>Das Verwerfen oder Akzeptieren einer Bedrohung braucht eine Begründung</translation>
    </message>
    <message>
        <source>Priority must be between 1 (most urgent) and 4</source>
        <translation>Die Priorität muss zwischen 1 (am dringendsten) und 4 liegen</translation>
    </message>
    <message>
        <source>This threat was resolved by a change and is no longer in the model</source>
        <translation>Diese Bedrohung wurde durch eine Änderung erledigt und ist nicht mehr im Modell</translation>
    </message>
    <message>
        <source>A manual threat needs a title</source>
        <translation>Eine manuelle Bedrohung braucht einen Titel</translation>
    </message>
    <message>
        <source>A manual threat needs at least one target element</source>
        <translation>Eine manuelle Bedrohung braucht mindestens ein Zielelement</translation>
    </message>
    <message>
        <source>The project has no version yet: import something first</source>
        <translation>Das Projekt hat noch keine Version: importieren Sie zuerst etwas</translation>
    </message>
    <message>
        <source>Severity set by %1 when recording the threat</source>
        <translation>Schweregrad von %1 beim Erfassen der Bedrohung gesetzt</translation>
    </message>
    <message>
        <source>The same manual threat is already recorded (%1)</source>
        <translation>Dieselbe manuelle Bedrohung ist bereits erfasst (%1)</translation>
    </message>
    <message>
        <source>Recording the threat failed</source>
        <translation>Das Erfassen der Bedrohung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>A suggested threat needs a fingerprint, a title and a target (%1)</source>
        <translation>Eine vorgeschlagene Bedrohung braucht einen Fingerabdruck, einen Titel und ein Ziel (%1)</translation>
    </message>
    <message>
        <source>Only a suggestion provider&apos;s threats are added this way (origin &quot;%1&quot;)</source>
        <translation>Auf diesem Weg werden nur Bedrohungen eines Vorschlagsanbieters hinzugefügt (Herkunft „%1“)</translation>
    </message>
    <message>
        <source>Suggested by %1; not validated by a person</source>
        <translation>Vorgeschlagen von %1; nicht von einer Person bestätigt</translation>
    </message>
    <message>
        <source>Reading the suppressions failed</source>
        <translation>Das Lesen der Unterdrückungen ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Recording the suppression failed</source>
        <translation>Das Erfassen der Unterdrückung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>A suppression needs a reason</source>
        <translation>Eine Unterdrückung braucht eine Begründung</translation>
    </message>
    <message>
        <source>The expiry %1 is already past</source>
        <translation>Das Ablaufdatum %1 liegt bereits in der Vergangenheit</translation>
    </message>
    <message>
        <source>A suppression needs a rule (an id or a pattern such as TW-K8S-*)</source>
        <translation>Eine Unterdrückung braucht eine Regel (eine ID oder ein Muster wie TW-K8S-*)</translation>
    </message>
    <message>
        <source>A suppression needs an element pattern (an id, a name or a glob such as ep:orders:*)</source>
        <translation>Eine Unterdrückung braucht ein Elementmuster (eine ID, einen Namen oder einen Glob wie ep:orders:*)</translation>
    </message>
    <message>
        <source>A suppression of every rule on every element would hide the whole model; narrow it</source>
        <translation>Eine Unterdrückung jeder Regel auf jedem Element würde das ganze Modell verbergen; schränken Sie sie ein</translation>
    </message>
    <message>
        <source>Revoking a suppression needs a reason</source>
        <translation>Das Widerrufen einer Unterdrückung braucht eine Begründung</translation>
    </message>
    <message>
        <source>There is no suppression #%1</source>
        <translation>Es gibt keine Unterdrückung #%1</translation>
    </message>
    <message>
        <source>Suppression #%1 was already revoked on %2</source>
        <translation>Unterdrückung #%1 wurde bereits am %2 widerrufen</translation>
    </message>
    <message>
        <source>Revoking the suppression failed</source>
        <translation>Das Widerrufen der Unterdrückung ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Upgrading the project to format %1 failed: %2</source>
        <translation>Das Aktualisieren des Projekts auf Format %1 ist fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>its JSON is missing or not text</source>
        <translation>sein JSON fehlt oder ist kein Text</translation>
    </message>
    <message>
        <source>its JSON is invalid (%1 at byte %2)</source>
        <translation>sein JSON ist ungültig (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>its JSON is not an object</source>
        <translation>sein JSON ist kein Objekt</translation>
    </message>
    <message>
        <source>A stored threat is damaged (%1): %2</source>
        <translation>Eine gespeicherte Bedrohung ist beschädigt (%1): %2</translation>
    </message>
    <message>
        <source>its fingerprint or title is not text</source>
        <translation>ihr Fingerabdruck oder Titel ist kein Text</translation>
    </message>
    <message>
        <source>its severity is not a number</source>
        <translation>ihr Schweregrad ist keine Zahl</translation>
    </message>
    <message>
        <source>its score is not a number</source>
        <translation>ihre Bewertung ist keine Zahl</translation>
    </message>
    <message>
        <source>its new/resolved flags are not numbers</source>
        <translation>ihre Kennzeichen neu/behoben sind keine Zahlen</translation>
    </message>
    <message>
        <source>its rationale and mitigation are missing</source>
        <translation>ihre Begründung und Gegenmaßnahme fehlen</translation>
    </message>
    <message>
        <source>its decision&apos;s priority is not 1 to 4</source>
        <translation>die Priorität ihrer Entscheidung liegt nicht zwischen 1 und 4</translation>
    </message>
    <message>
        <source>its decision&apos;s expiry is not a time</source>
        <translation>der Ablauf ihrer Entscheidung ist keine Zeitangabe</translation>
    </message>
    <message>
        <source>The texts of a stored threat are damaged (%1): %2</source>
        <translation>Die Texte einer gespeicherten Bedrohung sind beschädigt (%1): %2</translation>
    </message>
    <message>
        <source>A stored decision is damaged: its priority is not 1 to 4</source>
        <translation>Eine gespeicherte Entscheidung ist beschädigt: ihre Priorität liegt nicht zwischen 1 und 4</translation>
    </message>
    <message>
        <source>A stored decision is damaged: its expiry is not a time</source>
        <translation>Eine gespeicherte Entscheidung ist beschädigt: ihr Ablauf ist keine Zeitangabe</translation>
    </message>
    <message>
        <source>table</source>
        <translation>Tabelle</translation>
    </message>
    <message>
        <source>index</source>
        <translation>Index</translation>
    </message>
    <message>
        <source>trigger</source>
        <translation>Trigger</translation>
    </message>
    <message>
        <source>view</source>
        <translation>Sicht</translation>
    </message>
    <message>
        <source>cannot create the reference schema</source>
        <translation>das Referenzschema kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>unknown project format %1</source>
        <translation>unbekanntes Projektformat %1</translation>
    </message>
    <message>
        <source>this SQLite library cannot be made to distrust the project file&apos;s schema</source>
        <translation>diese SQLite-Bibliothek lässt sich nicht anweisen, dem Schema der Projektdatei zu misstrauen</translation>
    </message>
    <message>
        <source>%1 is damaged: its header and its write-ahead log disagree about what it is</source>
        <translation>%1 ist beschädigt: Dateikopf und Write-Ahead-Log widersprechen sich darin, was die Datei ist</translation>
    </message>
    <message>
        <source>%1 cannot be checked: %2</source>
        <translation>%1 kann nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>%1 was changed outside Threatwright: its %2 &quot;%3&quot; is not one Threatwright creates. The file is not opened, because SQL stored in a project file could run when the project is read or written.</source>
        <translation>%1 wurde außerhalb von Threatwright geändert: %2 „%3“ wird nicht von Threatwright angelegt. Die Datei wird nicht geöffnet, weil in einer Projektdatei gespeichertes SQL beim Lesen oder Schreiben des Projekts ausgeführt werden könnte.</translation>
    </message>
    <message>
        <source>%1 was changed outside Threatwright: the definition of its %2 &quot;%3&quot; is not the one Threatwright creates, so the file is not opened.</source>
        <translation>%1 wurde außerhalb von Threatwright geändert: die Definition von %2 „%3“ ist nicht die, die Threatwright anlegt; die Datei wird daher nicht geöffnet.</translation>
    </message>
    <message>
        <source>%1 is damaged: its %2 &quot;%3&quot; is missing</source>
        <translation>%1 ist beschädigt: %2 „%3“ fehlt</translation>
    </message>
    <message>
        <source>The decisions were not saved; the threats keep their previous state. %1</source>
        <translation>Die Entscheidungen wurden nicht gespeichert; die Bedrohungen behalten ihren vorigen Zustand. %1</translation>
    </message>
    <message>
        <source>No decision was recorded: %1</source>
        <translation>Es wurde keine Entscheidung erfasst: %1</translation>
    </message>
</context>
<context>
    <name>tw::Reconcile</name>
    <message>
        <source>%1 publishes port %2</source>
        <translation>%1 veröffentlicht Port %2</translation>
    </message>
    <message>
        <source>%1 is addressed as %2:%3</source>
        <translation>%1 wird als %2:%3 angesprochen</translation>
    </message>
    <message>
        <source>%1 is addressed as %2</source>
        <translation>%1 wird als %2 angesprochen</translation>
    </message>
    <message>
        <source>an Ingress routes %1 to %2</source>
        <translation>ein Ingress leitet %1 an %2 weiter</translation>
    </message>
    <message>
        <source>the relative server %1 is %2&apos;s own; the spec is in its folder</source>
        <translation>der relative Server %1 gehört zu %2; die Spezifikation liegt in dessen Ordner</translation>
    </message>
    <message>
        <source>API &quot;%1&quot; names no server; it is not attached to any service</source>
        <translation>API „%1“ nennt keinen Server; sie ist keinem Dienst zugeordnet</translation>
    </message>
    <message>
        <source>API &quot;%1&quot; is not attached to any service: no service matches its servers (%2)</source>
        <translation>API „%1“ ist keinem Dienst zugeordnet: kein Dienst passt zu ihren Servern (%2)</translation>
    </message>
    <message>
        <source>API &quot;%1&quot; is not attached: its servers match several services (%2)</source>
        <translation>API „%1“ ist nicht zugeordnet: ihre Server passen zu mehreren Diensten (%2)</translation>
    </message>
    <message>
        <source>%1 (%2) matches no compose or Kubernetes service by name; kept as a component of its own</source>
        <translation>%1 (%2) passt namentlich zu keinem Compose- oder Kubernetes-Dienst; als eigene Komponente erhalten</translation>
    </message>
    <message>
        <source>API &quot;%1&quot; is served by %2: %3</source>
        <translation>API „%1“ wird von %2 bereitgestellt: %3</translation>
    </message>
    <message>
        <source>%1 is built by several compose services (%2); kept apart</source>
        <translation>%1 wird von mehreren Compose-Diensten gebaut (%2); getrennt gehalten</translation>
    </message>
    <message>
        <source>%1 is the Route 53 record %2 of load balancer %3, which forwards only to %4</source>
        <translation>%1 ist der Route-53-Eintrag %2 des Load Balancers %3, der nur an %4 weiterleitet</translation>
    </message>
    <message>
        <source>%1 is load balancer %2, which forwards to %3</source>
        <translation>%1 ist der Load Balancer %2, der an %3 weiterleitet</translation>
    </message>
    <message>
        <source>its container %1 runs %2, the image of %3</source>
        <translation>sein Container %1 führt %2 aus, das Image von %3</translation>
    </message>
    <message>
        <source>its container is called %1, like %2</source>
        <translation>sein Container heißt %1, wie %2</translation>
    </message>
    <message>
        <source>%1 runs no container that a compose or Kubernetes service names (by name or image); kept apart</source>
        <translation>%1 führt keinen Container aus, den ein Compose- oder Kubernetes-Dienst benennt (nach Name oder Image); bleibt getrennt</translation>
    </message>
    <message>
        <source>%1 is not merged: its containers match several services (%2)</source>
        <translation>%1 wird nicht zusammengeführt: seine Container passen zu mehreren Diensten (%2)</translation>
    </message>
    <message>
        <source>it runs the task definition %1</source>
        <translation>er führt die Task-Definition %1 aus</translation>
    </message>
    <message>
        <source>%1 of %2 names %3 locally and %4 in Terraform</source>
        <translation>%1 von %2 nennt lokal %3 und in Terraform %4</translation>
    </message>
    <message>
        <source>%1 is not merged: the environment ties it, or the store it names, to more than one counterpart (%2)</source>
        <translation>%1 wird nicht zusammengeführt: die Umgebung verbindet es oder den genannten Speicher mit mehr als einem Gegenstück (%2)</translation>
    </message>
    <message>
        <source>%1 is %2: %3</source>
        <translation>%1 ist %2: %3</translation>
    </message>
</context>
<context>
    <name>tw::Report</name>
    <message>
        <source>Threat model: %1, version %2</source>
        <translation>Bedrohungsmodell: %1, Version %2</translation>
    </message>
    <message>
        <source>Threat model: %1</source>
        <translation>Bedrohungsmodell: %1</translation>
    </message>
    <message>
        <source>Version %1 of %2 · generated %3 UTC by Threatwright %4</source>
        <translation>Version %1 von %2 · erstellt %3 UTC von Threatwright %4</translation>
    </message>
    <message>
        <source>Scope and inputs</source>
        <translation>Umfang und Eingaben</translation>
    </message>
    <message>
        <source>System diagram</source>
        <translation>Systemdiagramm</translation>
    </message>
    <message>
        <source>Inventory</source>
        <translation>Inventar</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Bedrohungen</translation>
    </message>
    <message>
        <source>Attack paths</source>
        <translation>Angriffspfade</translation>
    </message>
    <message>
        <source>Triage decisions</source>
        <translation>Triage-Entscheidungen</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit-Trail</translation>
    </message>
    <message>
        <source>Contents</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Changes since version %1</source>
        <translation>Änderungen seit Version %1</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Git revision</source>
        <translation>Git-Revision</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>%1 components, %2 trust boundaries, %3 entry points, %4 data flows, %5 data assets, %6 threats</source>
        <translation>%1 Komponenten, %2 Vertrauensgrenzen, %3 Einstiegspunkte, %4 Datenflüsse, %5 Daten-Assets, %6 Bedrohungen</translation>
    </message>
    <message>
        <source>Input</source>
        <translation>Eingabe</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>The model has no components.</source>
        <translation>Das Modell hat keine Komponenten.</translation>
    </message>
    <message>
        <source>The diagram could not be laid out: %1</source>
        <translation>Das Diagramm konnte nicht angeordnet werden: %1</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Boundary</source>
        <translation>Grenze</translation>
    </message>
    <message>
        <source>Facts</source>
        <translation>Fakten</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>Trust boundaries</source>
        <translation>Vertrauensgrenzen</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>Innerhalb</translation>
    </message>
    <message>
        <source>Entry points</source>
        <translation>Einstiegspunkte</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Authentication</source>
        <translation>Authentifizierung</translation>
    </message>
    <message>
        <source> (deprecated)</source>
        <translation> (veraltet)</translation>
    </message>
    <message>
        <source>Data flows</source>
        <translation>Datenflüsse</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>Authentifiziert</translation>
    </message>
    <message>
        <source>Data assets</source>
        <translation>Daten-Assets</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>No threats in this version.</source>
        <translation>Keine Bedrohungen in dieser Version.</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>Wert %1</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Mitigation</translation>
    </message>
    <message>
        <source>Risk factors</source>
        <translation>Risikofaktoren</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referenzen</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>No attack paths in this version.</source>
        <translation>Keine Angriffspfade in dieser Version.</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Bedrohung</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Hash chain verified: all %1 entries are intact.</source>
        <translation>Hash-Kette geprüft: alle %1 Einträge sind intakt.</translation>
    </message>
    <message>
        <source>Hash chain BROKEN at entry %1: %2</source>
        <translation>Hash-Kette GEBROCHEN bei Eintrag %1: %2</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Fields</source>
        <translation>Felder</translation>
    </message>
    <message>
        <source>Threat change</source>
        <translation>Bedrohungsänderung</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Revision `%1`. </source>
        <translation>Revision `%1`. </translation>
    </message>
    <message>
        <source>%1 components, %2 entry points, %3 flows, %4 data assets; %5 threats.

</source>
        <translation>%1 Komponenten, %2 Einstiegspunkte, %3 Flüsse, %4 Daten-Assets; %5 Bedrohungen.

</translation>
    </message>
    <message>
        <source>### What changed in the architecture (since version %1)

</source>
        <translation>### Was sich an der Architektur geändert hat (seit Version %1)

</translation>
    </message>
    <message>
        <source>| | added | removed | changed |
|---|---|---|---|
</source>
        <translation>| | hinzugefügt | entfernt | geändert |
|---|---|---|---|
</translation>
    </message>
    <message>
        <source>- … and %1 more
</source>
        <translation>- … und %1 weitere
</translation>
    </message>
    <message>
        <source>### New threats (%1)

</source>
        <translation>### Neue Bedrohungen (%1)

</translation>
    </message>
    <message>
        <source>None.

</source>
        <translation>Keine.

</translation>
    </message>
    <message>
        <source>| severity | threat | evidence | status |
|---|---|---|---|
</source>
        <translation>| Schweregrad | Bedrohung | Nachweis | Status |
|---|---|---|---|
</translation>
    </message>
    <message>
        <source>
… and %1 more; see the full report.
</source>
        <translation>
… und %1 weitere; siehe den vollständigen Bericht.
</translation>
    </message>
    <message>
        <source>### Decisions carried over (%1)

</source>
        <translation>### Übernommene Entscheidungen (%1)

</translation>
    </message>
    <message>
        <source>Audit trail: %1 entries, hash chain verified.
</source>
        <translation>Audit-Trail: %1 Einträge, Hash-Kette geprüft.
</translation>
    </message>
    <message>
        <source>**Audit trail broken at entry %1**: %2
</source>
        <translation>**Audit-Trail gebrochen bei Eintrag %1**: %2
</translation>
    </message>
    <message>
        <source>Boxes are components (thick border: internet-facing), dashed frames trust boundaries, arrows data flows (dashed orange: not encrypted); a badge counts the open threats of a component, coloured by the highest severity.</source>
        <translation>Kästen sind Komponenten (dicker Rand: aus dem Internet erreichbar), gestrichelte Rahmen Vertrauensgrenzen, Pfeile Datenflüsse (gestrichelt orange: unverschlüsselt); ein Abzeichen zählt die offenen Bedrohungen einer Komponente, gefärbt nach dem höchsten Schweregrad.</translation>
    </message>
    <message>
        <source>The diagram is too large for one page at a readable size; it is split into %1 parts, numbered on this overview and shown on the following pages.</source>
        <translation>Das Diagramm ist für eine Seite in lesbarer Größe zu groß; es ist in %1 Teile aufgeteilt, die auf dieser Übersicht nummeriert und auf den folgenden Seiten gezeigt werden.</translation>
    </message>
    <message>
        <source>System diagram, part %1 of %2 (row %3, column %4)</source>
        <translation>Systemdiagramm, Teil %1 von %2 (Zeile %3, Spalte %4)</translation>
    </message>
    <message>
        <source>page %1 of %2</source>
        <translation>Seite %1 von %2</translation>
    </message>
    <message>
        <source>The PDF report needs fonts: it can only be written by an application with a QGuiApplication.</source>
        <translation>Der PDF-Bericht braucht Schriften: er kann nur von einer Anwendung mit QGuiApplication geschrieben werden.</translation>
    </message>
    <message numerus="yes">
        <source>%n threat(s)</source>
        <translation>
            <numerusform>%n Bedrohung</numerusform>
            <numerusform>%n Bedrohungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 not yet triaged</source>
        <translation>%1 noch nicht gesichtet</translation>
    </message>
    <message>
        <source>audit trail verified</source>
        <translation>Audit-Trail geprüft</translation>
    </message>
    <message>
        <source>audit trail BROKEN</source>
        <translation>Audit-Trail GEBROCHEN</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
    <message>
        <source>No inputs recorded.</source>
        <translation>Keine Eingaben erfasst.</translation>
    </message>
    <message>
        <source>No triage decisions yet.</source>
        <translation>Noch keine Triage-Entscheidungen.</translation>
    </message>
    <message>
        <source>No changes.</source>
        <translation>Keine Änderungen.</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>The PDF could not be started.</source>
        <translation>Das PDF konnte nicht begonnen werden.</translation>
    </message>
    <message>
        <source>The PDF could not get a new page.</source>
        <translation>Das PDF konnte keine neue Seite anlegen.</translation>
    </message>
    <message>
        <source>The PDF could not be finished.</source>
        <translation>Das PDF konnte nicht abgeschlossen werden.</translation>
    </message>
    <message>
        <source>The project has no versions yet: import something first</source>
        <translation>Das Projekt hat noch keine Versionen: importieren Sie zuerst etwas</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>not declared</source>
        <translation>nicht deklariert</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
</context>
<context>
    <name>tw::Secrets</name>
    <message>
        <source>AWS access key ID</source>
        <translation>AWS-Zugriffsschlüssel-ID</translation>
    </message>
    <message>
        <source>AWS secret access key</source>
        <translation>geheimer AWS-Zugriffsschlüssel</translation>
    </message>
    <message>
        <source>Google API key</source>
        <translation>Google-API-Schlüssel</translation>
    </message>
    <message>
        <source>Google Cloud service-account key</source>
        <translation>Google-Cloud-Dienstkontoschlüssel</translation>
    </message>
    <message>
        <source>Azure storage account key</source>
        <translation>Azure-Speicherkontoschlüssel</translation>
    </message>
    <message>
        <source>Azure shared access key</source>
        <translation>Azure-Shared-Access-Schlüssel</translation>
    </message>
    <message>
        <source>private key</source>
        <translation>privater Schlüssel</translation>
    </message>
    <message>
        <source>GitHub token</source>
        <translation>GitHub-Token</translation>
    </message>
    <message>
        <source>Slack token</source>
        <translation>Slack-Token</translation>
    </message>
    <message>
        <source>Slack webhook URL</source>
        <translation>Slack-Webhook-URL</translation>
    </message>
    <message>
        <source>Stripe live key</source>
        <translation>Stripe-Live-Schlüssel</translation>
    </message>
    <message>
        <source>OpenAI API key</source>
        <translation>OpenAI-API-Schlüssel</translation>
    </message>
    <message>
        <source>Anthropic API key</source>
        <translation>Anthropic-API-Schlüssel</translation>
    </message>
    <message>
        <source>JSON Web Token</source>
        <translation>JSON Web Token</translation>
    </message>
    <message>
        <source>password in a URL</source>
        <translation>Passwort in einer URL</translation>
    </message>
    <message>
        <source>password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>secret value</source>
        <translation>geheimer Wert</translation>
    </message>
</context>
<context>
    <name>tw::SourceCode</name>
    <message>
        <source>OpenAI API</source>
        <translation>OpenAI-API</translation>
    </message>
    <message>
        <source>Anthropic API</source>
        <translation>Anthropic-API</translation>
    </message>
    <message>
        <source>Google Gemini API</source>
        <translation>Google-Gemini-API</translation>
    </message>
    <message>
        <source>Google Vertex AI</source>
        <translation>Google Vertex AI</translation>
    </message>
    <message>
        <source>Azure OpenAI</source>
        <translation>Azure OpenAI</translation>
    </message>
    <message>
        <source>Amazon Bedrock</source>
        <translation>Amazon Bedrock</translation>
    </message>
    <message>
        <source>Cohere API</source>
        <translation>Cohere-API</translation>
    </message>
    <message>
        <source>Mistral API</source>
        <translation>Mistral-API</translation>
    </message>
    <message>
        <source>Groq API</source>
        <translation>Groq-API</translation>
    </message>
    <message>
        <source>Replicate API</source>
        <translation>Replicate-API</translation>
    </message>
    <message>
        <source>Hugging Face Inference</source>
        <translation>Hugging Face Inference</translation>
    </message>
    <message>
        <source>Ollama model server</source>
        <translation>Ollama-Modellserver</translation>
    </message>
    <message>
        <source>OpenAI-compatible model API</source>
        <translation>OpenAI-kompatible Modell-API</translation>
    </message>
    <message>
        <source>LLM service (through LangChain)</source>
        <translation>LLM-Dienst (über LangChain)</translation>
    </message>
    <message>
        <source>LLM service (through LlamaIndex)</source>
        <translation>LLM-Dienst (über LlamaIndex)</translation>
    </message>
    <message>
        <source>LLM service (through LiteLLM)</source>
        <translation>LLM-Dienst (über LiteLLM)</translation>
    </message>
    <message>
        <source>LLM service (through Semantic Kernel)</source>
        <translation>LLM-Dienst (über Semantic Kernel)</translation>
    </message>
    <message>
        <source>LLM service (through Spring AI)</source>
        <translation>LLM-Dienst (über Spring AI)</translation>
    </message>
    <message>
        <source>consumes %1</source>
        <translation>konsumiert %1</translation>
    </message>
    <message>
        <source>HTTP calls</source>
        <translation>HTTP-Aufrufe</translation>
    </message>
    <message>
        <source>broker connection</source>
        <translation>Broker-Verbindung</translation>
    </message>
    <message>
        <source>database connection</source>
        <translation>Datenbankverbindung</translation>
    </message>
    <message>
        <source>LLM requests</source>
        <translation>LLM-Anfragen</translation>
    </message>
</context>
<context>
    <name>tw::Terraform</name>
    <message>
        <source>A Terraform JSON file must contain an object</source>
        <translation>Eine Terraform-JSON-Datei muss ein Objekt enthalten</translation>
    </message>
    <message>
        <source>Cycle between local values: local.%1 depends on itself</source>
        <translation>Zyklus zwischen lokalen Werten: local.%1 hängt von sich selbst ab</translation>
    </message>
    <message>
        <source>No such file or directory</source>
        <translation>Datei oder Verzeichnis nicht gefunden</translation>
    </message>
    <message>
        <source>The import root does not exist</source>
        <translation>Der Import-Wurzelordner existiert nicht</translation>
    </message>
    <message>
        <source>The input lies outside the import root</source>
        <translation>Die Eingabe liegt außerhalb des Import-Wurzelordners</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Cannot read the file: %1</source>
        <translation>Die Datei kann nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Refusing to read a file outside the import root</source>
        <translation>Eine Datei außerhalb des Import-Wurzelordners wird nicht gelesen</translation>
    </message>
    <message>
        <source>Variable &quot;%1&quot; has a hard-coded value that looks like a %2 (%3); keep secrets out of the configuration</source>
        <translation>Variable „%1“ hat einen fest codierten Wert, der wie ein %2 aussieht (%3); halten Sie Secrets aus der Konfiguration heraus</translation>
    </message>
    <message>
        <source>Provider &quot;%1&quot; has hard-coded credentials</source>
        <translation>Provider „%1“ hat fest codierte Zugangsdaten</translation>
    </message>
    <message>
        <source>Module &quot;%1&quot; has no static source; not imported</source>
        <translation>Modul „%1“ hat keine statische Quelle; nicht importiert</translation>
    </message>
    <message>
        <source>Module &quot;%1&quot;: source &quot;%2&quot; lies outside the import root; not read</source>
        <translation>Modul „%1“: Quelle „%2“ liegt außerhalb des Import-Wurzelordners; nicht gelesen</translation>
    </message>
    <message>
        <source>Module &quot;%1&quot;: source &quot;%2&quot; not found</source>
        <translation>Modul „%1“: Quelle „%2“ nicht gefunden</translation>
    </message>
    <message>
        <source>Module &quot;%1&quot; calls itself (directly or through other modules); not expanded</source>
        <translation>Modul „%1“ ruft sich selbst auf (direkt oder über andere Module); nicht expandiert</translation>
    </message>
    <message>
        <source>Duplicate resource &quot;%1&quot;; only the first declaration is imported</source>
        <translation>Doppelte Ressource „%1“; nur die erste Deklaration wird importiert</translation>
    </message>
    <message>
        <source>Internet</source>
        <translation>Internet</translation>
    </message>
</context>
<context>
    <name>tw::Walker</name>
    <message>
        <source>unknown libgit2 error</source>
        <translation>unbekannter libgit2-Fehler</translation>
    </message>
    <message>
        <source>symbolic link leaves the import root; not followed</source>
        <translation>symbolischer Link verlässt den Import-Wurzelordner; nicht verfolgt</translation>
    </message>
    <message>
        <source>symbolic link to a folder; not followed</source>
        <translation>symbolischer Link auf einen Ordner; nicht verfolgt</translation>
    </message>
    <message>
        <source>larger than %1 MB; skipped</source>
        <translation>größer als %1 MB; übersprungen</translation>
    </message>
    <message>
        <source>%1 is not a folder</source>
        <translation>%1 ist kein Ordner</translation>
    </message>
    <message>
        <source>%1: the git index cannot be read: %2</source>
        <translation>%1: der Git-Index kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 cannot be walked: %2</source>
        <translation>%1 kann nicht durchlaufen werden: %2</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>%n file(s) or folder(s) left out by .gitignore or as dependency/build folders</source>
        <translation>
            <numerusform>%n Datei oder Ordner durch .gitignore oder als Abhängigkeits-/Build-Ordner ausgelassen</numerusform>
            <numerusform>%n Dateien oder Ordner durch .gitignore oder als Abhängigkeits-/Build-Ordner ausgelassen</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>tw::analysis::llm::ChatClient</name>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>no complete answer within %1 s (raise the timeout for slow local models)</source>
        <translation>keine vollständige Antwort innerhalb von %1 s (erhöhen Sie die Zeitgrenze für langsame lokale Modelle)</translation>
    </message>
    <message>
        <source>HTTP %1 from %2</source>
        <translation>HTTP %1 von %2</translation>
    </message>
    <message>
        <source>%1 cannot be reached: %2</source>
        <translation>%1 ist nicht erreichbar: %2</translation>
    </message>
</context>
<context>
    <name>tw::analysis::llm::Suggester</name>
    <message>
        <source>%1: attempt %2 failed (%3); retrying in %4 ms</source>
        <translation>%1: Versuch %2 fehlgeschlagen (%3); neuer Versuch in %4 ms</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>%1: there is no such component in the version</source>
        <translation>%1: diese Komponente gibt es in der Version nicht</translation>
    </message>
    <message>
        <source>%1: the server refused response_format; asking again with the schema in the instructions</source>
        <translation>%1: der Server hat response_format abgelehnt; neue Anfrage mit dem Schema in den Anweisungen</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Suggested by the language model %1 from a redacted summary; likelihood and impact are its estimate. Validate before relying on it.</source>
        <translation>Vom Sprachmodell %1 aus einer geschwärzten Zusammenfassung vorgeschlagen; Wahrscheinlichkeit und Auswirkung sind seine Schätzung. Vor Verwendung bestätigen.</translation>
    </message>
</context>
<context>
    <name>tw::report</name>
    <message>
        <source>HTML report</source>
        <translation>HTML-Bericht</translation>
    </message>
    <message>
        <source>PDF report</source>
        <translation>PDF-Bericht</translation>
    </message>
    <message>
        <source>JSON (full model and threats)</source>
        <translation>JSON (vollständiges Modell und Bedrohungen)</translation>
    </message>
    <message>
        <source>SARIF 2.1.0</source>
        <translation>SARIF 2.1.0</translation>
    </message>
    <message>
        <source>Markdown summary</source>
        <translation>Markdown-Zusammenfassung</translation>
    </message>
    <message>
        <source>CSV for issue trackers</source>
        <translation>CSV für Issue-Tracker</translation>
    </message>
    <message>
        <source>Unknown report format &quot;%1&quot;; use one of %2</source>
        <translation>Unbekanntes Berichtsformat „%1“; verwenden Sie eines von %2</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>tw::store::WalSyncer</name>
    <message>
        <source>The changes to %1 could not be written to disk: %2</source>
        <translation>Die Änderungen an %1 konnten nicht auf die Festplatte geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>tw::ui::AuditLoader</name>
    <message>
        <source>Reading the audit trail…</source>
        <translation>Audit-Trail wird gelesen…</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Verifying %1 entries…</source>
        <translation>%1 Einträge werden geprüft…</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Fertig</translation>
    </message>
</context>
<context>
    <name>tw::ui::AuditTableModel</name>
    <message>
        <source>Seq</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Actor</source>
        <translation>Akteur</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Position of the entry in the hash chain</source>
        <translation>Position des Eintrags in der Hash-Kette</translation>
    </message>
    <message>
        <source>When the entry was written, in local time</source>
        <translation>Wann der Eintrag geschrieben wurde, in Ortszeit</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Gegenstand: %1</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Hash</source>
        <translation>Hash</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>Vorgänger</translation>
    </message>
    <message>
        <source>The chain is broken at this entry</source>
        <translation>Die Kette ist an diesem Eintrag gebrochen</translation>
    </message>
</context>
<context>
    <name>tw::ui::AuditTrailPanel</name>
    <message>
        <source>Filter by actor, action, subject or reason</source>
        <translation>Nach Akteur, Aktion, Gegenstand oder Begründung filtern</translation>
    </message>
    <message>
        <source>✔ Chain intact (entries: %1)</source>
        <translation>✔ Kette intakt (Einträge: %1)</translation>
    </message>
    <message>
        <source>Every entry links to the one before it and matches its hash.</source>
        <translation>Jeder Eintrag ist mit dem vorigen verkettet und passt zu seinem Hash.</translation>
    </message>
    <message>
        <source>✘ Broken at entry %1</source>
        <translation>✘ Gebrochen bei Eintrag %1</translation>
    </message>
    <message>
        <source>✘ Cannot verify</source>
        <translation>✘ Prüfung nicht möglich</translation>
    </message>
    <message>
        <source>The trail is read and its hash chain checked in the background; the window stays usable.</source>
        <translation>Der Trail wird im Hintergrund gelesen und seine Hash-Kette geprüft; das Fenster bleibt bedienbar.</translation>
    </message>
</context>
<context>
    <name>tw::ui::BoundaryItem</name>
    <message>
        <source>Trust boundary (%1)</source>
        <translation>Vertrauensgrenze (%1)</translation>
    </message>
</context>
<context>
    <name>tw::ui::CollapsedBoundaryItem</name>
    <message numerus="yes">
        <source>%n component(s)</source>
        <translation>
            <numerusform>%n Komponente</numerusform>
            <numerusform>%n Komponenten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n boundary(ies)</source>
        <translation>
            <numerusform>%n Grenze</numerusform>
            <numerusform>%n Grenzen</numerusform>
        </translation>
    </message>
    <message>
        <source>Collapsed trust boundary (%1)</source>
        <translation>Eingeklappte Vertrauensgrenze (%1)</translation>
    </message>
    <message numerus="yes">
        <source>%n flow(s) inside</source>
        <translation>
            <numerusform>%n Fluss innerhalb</numerusform>
            <numerusform>%n Flüsse innerhalb</numerusform>
        </translation>
    </message>
    <message>
        <source>Double-click or Ctrl+Shift+C to expand</source>
        <translation>Doppelklick oder Strg+Umschalt+C zum Ausklappen</translation>
    </message>
</context>
<context>
    <name>tw::ui::CompareWindow</name>
    <message>
        <source>Compare Versions — Threatwright</source>
        <translation>Versionen vergleichen — Threatwright</translation>
    </message>
    <message>
        <source>Older version</source>
        <translation>Ältere Version</translation>
    </message>
    <message>
        <source>Newer version</source>
        <translation>Neuere Version</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Von:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Nach:</translation>
    </message>
    <message>
        <source>Older version&apos;s graph</source>
        <translation>Graph der älteren Version</translation>
    </message>
    <message>
        <source>Newer version&apos;s graph</source>
        <translation>Graph der neueren Version</translation>
    </message>
    <message>
        <source>Show changes of kind</source>
        <translation>Änderungen dieser Art zeigen</translation>
    </message>
    <message>
        <source>All changes</source>
        <translation>Alle Änderungen</translation>
    </message>
    <message>
        <source>Changes</source>
        <translation>Änderungen</translation>
    </message>
    <message>
        <source>Comparing version %1 with version %2…</source>
        <translation>Vergleiche Version %1 mit Version %2…</translation>
    </message>
    <message>
        <source>Components +%1 −%2 ~%3 · flows +%4 −%5 ~%6 · entry points +%7 −%8 · threats %9 new, %10 gone · %11 decisions carried over</source>
        <translation>Komponenten +%1 −%2 ~%3 · Flüsse +%4 −%5 ~%6 · Einstiegspunkte +%7 −%8 · Bedrohungen %9 neu, %10 entfallen · %11 Entscheidungen übernommen</translation>
    </message>
    <message>
        <source>Not in version %1</source>
        <translation>Nicht in Version %1</translation>
    </message>
    <message>
        <source>Version %1 · %2</source>
        <translation>Version %1 · %2</translation>
    </message>
    <message>
        <source>Version %1 · %2 · %3</source>
        <translation>Version %1 · %2 · %3</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Version %1 — %2</source>
        <translation>Version %1 — %2</translation>
    </message>
</context>
<context>
    <name>tw::ui::ComponentItem</name>
    <message>
        <source>service</source>
        <translation>Dienst</translation>
    </message>
    <message>
        <source>process</source>
        <translation>Prozess</translation>
    </message>
    <message>
        <source>datastore</source>
        <translation>Datenspeicher</translation>
    </message>
    <message>
        <source>queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>gateway</source>
        <translation>Gateway</translation>
    </message>
    <message>
        <source>function</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>external entity</source>
        <translation>externe Entität</translation>
    </message>
    <message>
        <source>client</source>
        <translation>Client</translation>
    </message>
    <message>
        <source>identity provider</source>
        <translation>Identitätsanbieter</translation>
    </message>
    <message>
        <source>secret store</source>
        <translation>Secret-Speicher</translation>
    </message>
    <message>
        <source>AI service</source>
        <translation>KI-Dienst</translation>
    </message>
    <message>
        <source>component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>No open threats</source>
        <translation>Keine offenen Bedrohungen</translation>
    </message>
    <message numerus="yes">
        <source>%n open threat(s), worst: %1</source>
        <translation>
            <numerusform>%n offene Bedrohung, schlimmste: %1</numerusform>
            <numerusform>%n offene Bedrohungen, schlimmste: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Internet-facing</source>
        <translation>Aus dem Internet erreichbar</translation>
    </message>
</context>
<context>
    <name>tw::ui::DetailsPanel</name>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Select a threat in the list or an element on the graph to see it here.</source>
        <translation>Wählen Sie eine Bedrohung in der Liste oder ein Element im Graphen, um es hier zu sehen.</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>trust boundary (%1)</source>
        <translation>Vertrauensgrenze (%1)</translation>
    </message>
    <message>
        <source>entry point (%1)</source>
        <translation>Einstiegspunkt (%1)</translation>
    </message>
    <message>
        <source>data flow</source>
        <translation>Datenfluss</translation>
    </message>
    <message>
        <source>data asset</source>
        <translation>Daten-Asset</translation>
    </message>
    <message>
        <source>element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>score %1</source>
        <translation>Wert %1</translation>
    </message>
    <message>
        <source>P%1 (set by a person; computed P%2)</source>
        <translation>P%1 (von einer Person gesetzt; berechnet P%2)</translation>
    </message>
    <message>
        <source>P%1</source>
        <translation>P%1</translation>
    </message>
    <message>
        <source>new in this version</source>
        <translation>neu in dieser Version</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>STRIDE</source>
        <translation>STRIDE</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>Fingerabdruck</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Review again</source>
        <translation>Erneut prüfen</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Likelihood %1 of 5 · impact %2 of 5 · score %3 of 10</source>
        <translation>Wahrscheinlichkeit %1 von 5 · Auswirkung %2 von 5 · Wert %3 von 10</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Warum</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Mitigation</translation>
    </message>
    <message numerus="yes">
        <source>Attack path (%n hops)</source>
        <translation>
            <numerusform>Angriffspfad (%n Schritt)</numerusform>
            <numerusform>Angriffspfad (%n Schritte)</numerusform>
        </translation>
    </message>
    <message>
        <source>encrypted</source>
        <translation>verschlüsselt</translation>
    </message>
    <message>
        <source>cleartext</source>
        <translation>Klartext</translation>
    </message>
    <message>
        <source>authenticated</source>
        <translation>authentifiziert</translation>
    </message>
    <message>
        <source>unauthenticated</source>
        <translation>nicht authentifiziert</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Nachweis</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referenzen</translation>
    </message>
    <message>
        <source>History</source>
        <translation>Verlauf</translation>
    </message>
    <message>
        <source>Technology</source>
        <translation>Technologie</translation>
    </message>
    <message>
        <source>Trust boundary</source>
        <translation>Vertrauensgrenze</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Tags</translation>
    </message>
    <message>
        <source>Entry points</source>
        <translation>Einstiegspunkte</translation>
    </message>
    <message>
        <source>Data flows</source>
        <translation>Datenflüsse</translation>
    </message>
    <message>
        <source>%1 in, %2 out</source>
        <translation>%1 eingehend, %2 ausgehend</translation>
    </message>
    <message>
        <source>Inside</source>
        <translation>Innerhalb</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Operation</source>
        <translation>Operation</translation>
    </message>
    <message>
        <source>Security</source>
        <translation>Sicherheit</translation>
    </message>
    <message>
        <source>none (explicitly)</source>
        <translation>keine (ausdrücklich)</translation>
    </message>
    <message>
        <source> or </source>
        <translation> oder </translation>
    </message>
    <message>
        <source>not declared</source>
        <translation>nicht deklariert</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Nach</translation>
    </message>
    <message>
        <source>Protocol</source>
        <translation>Protokoll</translation>
    </message>
    <message>
        <source>Encrypted</source>
        <translation>Verschlüsselt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>Authenticated</source>
        <translation>Authentifiziert</translation>
    </message>
    <message>
        <source>Classification</source>
        <translation>Klassifizierung</translation>
    </message>
    <message>
        <source>Attributes</source>
        <translation>Attribute</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Bedrohungen</translation>
    </message>
    <message>
        <source>No threat concerns this element.</source>
        <translation>Keine Bedrohung betrifft dieses Element.</translation>
    </message>
    <message>
        <source>%1 threats, %2 still open.</source>
        <translation>%1 Bedrohungen, %2 noch offen.</translation>
    </message>
    <message>
        <source>Worst open: </source>
        <translation>Schlimmste offene: </translation>
    </message>
    <message>
        <source>The threat list shows them while this element is selected.</source>
        <translation>Die Bedrohungsliste zeigt sie, solange dieses Element ausgewählt ist.</translation>
    </message>
    <message>
        <source>unknown (a route found in source code)</source>
        <translation>unbekannt (eine im Quellcode gefundene Route)</translation>
    </message>
</context>
<context>
    <name>tw::ui::DiffListModel</name>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Trust boundary</source>
        <translation>Vertrauensgrenze</translation>
    </message>
    <message>
        <source>Entry point</source>
        <translation>Einstiegspunkt</translation>
    </message>
    <message>
        <source>Data flow</source>
        <translation>Datenfluss</translation>
    </message>
    <message>
        <source>Data asset</source>
        <translation>Daten-Asset</translation>
    </message>
    <message>
        <source>Threat</source>
        <translation>Bedrohung</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Entscheidung</translation>
    </message>
    <message>
        <source>%1: %2 → %3</source>
        <translation>%1: %2 → %3</translation>
    </message>
    <message>
        <source>new, %1</source>
        <translation>neu, %1</translation>
    </message>
    <message>
        <source>gone (resolved by the change), was %1</source>
        <translation>entfallen (durch die Änderung erledigt), war %1</translation>
    </message>
    <message>
        <source>severity %1 → %2</source>
        <translation>Schweregrad %1 → %2</translation>
    </message>
    <message>
        <source>status %1 → %2</source>
        <translation>Status %1 → %2</translation>
    </message>
    <message>
        <source>%1, carried over</source>
        <translation>%1, übernommen</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt</translation>
    </message>
    <message>
        <source>Gone</source>
        <translation>Entfallen</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Carried</source>
        <translation>Übernommen</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
</context>
<context>
    <name>tw::ui::ExportDialog</name>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>No comparison</source>
        <translation>Kein Vergleich</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Version %1 — %2</source>
        <translation>Version %1 — %2</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Changes since:</source>
        <translation>Änderungen se&amp;it:</translation>
    </message>
    <message>
        <source>&amp;Save as:</source>
        <translation>&amp;Speichern unter:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>%1 (*.%2)</source>
        <translation>%1 (*.%2)</translation>
    </message>
</context>
<context>
    <name>tw::ui::FlowItem</name>
    <message>
        <source>Data flow</source>
        <translation>Datenfluss</translation>
    </message>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>Encrypted in transit</source>
        <translation>Bei der Übertragung verschlüsselt</translation>
    </message>
    <message>
        <source>Cleartext</source>
        <translation>Klartext</translation>
    </message>
    <message numerus="yes">
        <source>%n data flow(s) merged</source>
        <translation>
            <numerusform>%n Datenfluss zusammengefasst</numerusform>
            <numerusform>%n Datenflüsse zusammengefasst</numerusform>
        </translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
</context>
<context>
    <name>tw::ui::GraphItem</name>
    <message>
        <source>NEW</source>
        <translation>NEU</translation>
    </message>
    <message>
        <source>CHANGED</source>
        <translation>GEÄNDERT</translation>
    </message>
</context>
<context>
    <name>tw::ui::GraphOverlayBar</name>
    <message>
        <source>Filter</source>
        <translation>Filter</translation>
    </message>
    <message>
        <source>Show only some kinds, boundaries, severities or statuses (Ctrl+Shift+F)</source>
        <translation>Nur bestimmte Arten, Grenzen, Schweregrade oder Status zeigen (Strg+Umschalt+F)</translation>
    </message>
    <message>
        <source>Filter the graph</source>
        <translation>Den Graphen filtern</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Aufheben</translation>
    </message>
    <message>
        <source>Show every element again</source>
        <translation>Wieder alle Elemente zeigen</translation>
    </message>
    <message>
        <source>Stop highlighting the attack path (Esc on the graph)</source>
        <translation>Den Angriffspfad nicht mehr hervorheben (Esc im Graphen)</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>Take the shown version as seen and remove the change marks (Ctrl+Shift+K)</source>
        <translation>Die gezeigte Version als gesehen übernehmen und die Änderungsmarkierungen entfernen (Strg+Umschalt+K)</translation>
    </message>
</context>
<context>
    <name>tw::ui::GraphView</name>
    <message>
        <source>System graph</source>
        <translation>Systemgraph</translation>
    </message>
    <message>
        <source>Find a component or boundary…</source>
        <translation>Komponente oder Grenze suchen…</translation>
    </message>
    <message>
        <source>Find on the graph</source>
        <translation>Im Graphen suchen</translation>
    </message>
    <message>
        <source>This version has no components to draw.</source>
        <translation>Diese Version hat keine Komponenten zum Zeichnen.</translation>
    </message>
    <message>
        <source>Laying out…</source>
        <translation>Anordnung läuft…</translation>
    </message>
    <message>
        <source>The graph could not be laid out:
%1</source>
        <translation>Der Graph konnte nicht angeordnet werden:
%1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>There is no graph to export.</source>
        <translation>Es gibt keinen Graphen zum Exportieren.</translation>
    </message>
    <message>
        <source>Components, trust boundaries and data flows, exported from Threatwright</source>
        <translation>Komponenten, Vertrauensgrenzen und Datenflüsse, exportiert aus Threatwright</translation>
    </message>
    <message>
        <source>Cannot write %1</source>
        <translation>%1 kann nicht geschrieben werden</translation>
    </message>
    <message>
        <source>The graph is too large to export as an image.</source>
        <translation>Der Graph ist zu groß, um als Bild exportiert zu werden.</translation>
    </message>
    <message>
        <source>&amp;Filter Graph…</source>
        <translation>Graph fil&amp;tern…</translation>
    </message>
    <message>
        <source>Show only some component kinds, trust boundaries, threat severities or statuses</source>
        <translation>Nur bestimmte Komponentenarten, Vertrauensgrenzen, Schweregrade oder Status von Bedrohungen zeigen</translation>
    </message>
    <message>
        <source>C&amp;lear Graph Filters</source>
        <translation>Graphfilter zu&amp;rücksetzen</translation>
    </message>
    <message>
        <source>&amp;Collapse/Expand Boundary</source>
        <translation>Grenze ein-/&amp;ausklappen</translation>
    </message>
    <message>
        <source>Fold the selected trust boundary into one node, or unfold it</source>
        <translation>Die ausgewählte Vertrauensgrenze zu einem Knoten einklappen oder wieder ausklappen</translation>
    </message>
    <message>
        <source>E&amp;xpand All Boundaries</source>
        <translation>Alle Grenzen a&amp;usklappen</translation>
    </message>
    <message>
        <source>×%1</source>
        <translation>×%1</translation>
    </message>
    <message>
        <source>Component &amp;Kind</source>
        <translation>&amp;Komponentenart</translation>
    </message>
    <message>
        <source>Trust &amp;Boundary</source>
        <translation>&amp;Vertrauensgrenze</translation>
    </message>
    <message>
        <source>(outside every boundary)</source>
        <translation>(außerhalb jeder Grenze)</translation>
    </message>
    <message>
        <source>Threat &amp;Severity</source>
        <translation>&amp;Schweregrad der Bedrohung</translation>
    </message>
    <message>
        <source>Threat S&amp;tatus</source>
        <translation>S&amp;tatus der Bedrohung</translation>
    </message>
    <message numerus="yes">
        <source>%n kind(s)</source>
        <translation>
            <numerusform>%n Art</numerusform>
            <numerusform>%n Arten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n boundary(ies)</source>
        <translation>
            <numerusform>%n Grenze</numerusform>
            <numerusform>%n Grenzen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n severity(ies)</source>
        <translation>
            <numerusform>%n Schweregrad</numerusform>
            <numerusform>%n Schweregrade</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n status(es)</source>
        <translation>
            <numerusform>%n Status</numerusform>
            <numerusform>%n Status</numerusform>
        </translation>
    </message>
    <message>
        <source>Filtered: %1 of %2 elements hidden</source>
        <translation>Gefiltert: %1 von %2 Elementen ausgeblendet</translation>
    </message>
    <message>
        <source>Filtering by %1</source>
        <translation>Gefiltert nach %1</translation>
    </message>
    <message numerus="yes">
        <source>Attack path: %n hop(s)</source>
        <translation>
            <numerusform>Angriffspfad: %n Schritt</numerusform>
            <numerusform>Angriffspfad: %n Schritte</numerusform>
        </translation>
    </message>
    <message>
        <source>Since %1</source>
        <translation>Seit %1</translation>
    </message>
    <message>
        <source>Removed:</source>
        <translation>Entfernt:</translation>
    </message>
    <message>
        <source>Changes: %1 added, %2 changed, %3 removed</source>
        <translation>Änderungen: %1 hinzugefügt, %2 geändert, %3 entfernt</translation>
    </message>
    <message>
        <source>E&amp;xpand &quot;%1&quot;</source>
        <translation>„%1“ &amp;ausklappen</translation>
    </message>
    <message>
        <source>&amp;Collapse &quot;%1&quot;</source>
        <translation>„%1“ &amp;einklappen</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>&amp;Filter</translation>
    </message>
    <message>
        <source>Clear &amp;Attack Path Highlight</source>
        <translation>Angriffspfad &amp;nicht mehr hervorheben</translation>
    </message>
</context>
<context>
    <name>tw::ui::ImportJob</name>
    <message>
        <source>The import was cancelled</source>
        <translation>Der Import wurde abgebrochen</translation>
    </message>
    <message>
        <source>Analysing</source>
        <translation>Analyse</translation>
    </message>
    <message>
        <source>Storing the version</source>
        <translation>Version wird gespeichert</translation>
    </message>
</context>
<context>
    <name>tw::ui::LlmSettingsPage</name>
    <message>
        <source>Threatwright can ask a language model for threats its rules missed. Only a redacted summary of one component&apos;s neighbourhood is sent — never secrets, never the project file. A local server (llama.cpp, Ollama, vLLM) keeps everything on this machine.</source>
        <translation>Threatwright kann ein Sprachmodell nach Bedrohungen fragen, die seine Regeln übersehen haben. Gesendet wird nur eine geschwärzte Zusammenfassung der Umgebung einer Komponente — niemals Secrets, niemals die Projektdatei. Ein lokaler Server (llama.cpp, Ollama, vLLM) hält alles auf diesem Rechner.</translation>
    </message>
    <message>
        <source>&amp;Suggest threats with a language model</source>
        <translation>Bedrohungen mit einem &amp;Sprachmodell vorschlagen</translation>
    </message>
    <message>
        <source>An OpenAI-compatible server: llama.cpp (http://127.0.0.1:8080), Ollama (http://127.0.0.1:11434/v1), vLLM or a hosted API.</source>
        <translation>Ein OpenAI-kompatibler Server: llama.cpp (http://127.0.0.1:8080), Ollama (http://127.0.0.1:11434/v1), vLLM oder eine gehostete API.</translation>
    </message>
    <message>
        <source>model name, e.g. qwen2.5-7b-instruct</source>
        <translation>Modellname, z. B. qwen2.5-7b-instruct</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>not needed for most local servers</source>
        <translation>für die meisten lokalen Server nicht nötig</translation>
    </message>
    <message>
        <source>Server &amp;URL:</source>
        <translation>Server-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;Timeout per answer:</source>
        <translation>&amp;Zeitlimit pro Antwort:</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-Schlüsse&amp;l:</translation>
    </message>
    <message>
        <source>Test &amp;connection</source>
        <translation>&amp;Verbindung testen</translation>
    </message>
    <message>
        <source>Stored in the system keychain when the preferences are applied; never in a project.</source>
        <translation>Wird beim Übernehmen der Einstellungen im Schlüsselbund des Systems gespeichert; niemals in einem Projekt.</translation>
    </message>
    <message>
        <source>%1 is set: it is used instead of the keychain.</source>
        <translation>%1 ist gesetzt: es wird statt des Schlüsselbunds verwendet.</translation>
    </message>
    <message>
        <source>Reading the system keychain…</source>
        <translation>Schlüsselbund des Systems wird gelesen…</translation>
    </message>
    <message>
        <source>No key stored. It would be kept in the system keychain, never in a project.</source>
        <translation>Kein Schlüssel gespeichert. Er würde im Schlüsselbund des Systems aufbewahrt, niemals in einem Projekt.</translation>
    </message>
    <message>
        <source>Stored in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>The key was removed from the system keychain.</source>
        <translation>Der Schlüssel wurde aus dem Schlüsselbund des Systems entfernt.</translation>
    </message>
    <message>
        <source>Enter an http or https URL such as http://127.0.0.1:8080.</source>
        <translation>Geben Sie eine http- oder https-URL wie http://127.0.0.1:8080 ein.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbinde mit %1…</translation>
    </message>
    <message>
        <source>Connected; the server did not list its models.</source>
        <translation>Verbunden; der Server hat seine Modelle nicht aufgelistet.</translation>
    </message>
    <message>
        <source>Connected, but the server has no model &quot;%1&quot;. It offers: %2</source>
        <translation>Verbunden, aber der Server hat kein Modell „%1“. Er bietet an: %2</translation>
    </message>
    <message>
        <source>Connected. Models: %1</source>
        <translation>Verbunden. Modelle: %1</translation>
    </message>
</context>
<context>
    <name>tw::ui::MainWindow</name>
    <message>
        <source>The graph could not be laid out: %1</source>
        <translation>Der Graph konnte nicht angeordnet werden: %1</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>Den Import abbrechen</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>&amp;New Project…</source>
        <translation>&amp;Neues Projekt…</translation>
    </message>
    <message>
        <source>Create an empty project file</source>
        <translation>Eine leere Projektdatei anlegen</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open a project file</source>
        <translation>Eine Projektdatei öffnen</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Schließen</translation>
    </message>
    <message>
        <source>Close the project</source>
        <translation>Das Projekt schließen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reload the project, for example after the command line changed it</source>
        <translation>Das Projekt neu laden, zum Beispiel nachdem die Kommandozeile es geändert hat</translation>
    </message>
    <message>
        <source>&amp;Verify Chain</source>
        <translation>Kette &amp;prüfen</translation>
    </message>
    <message>
        <source>Check that no audit entry was changed, removed or inserted</source>
        <translation>Prüfen, dass kein Audit-Eintrag geändert, entfernt oder eingefügt wurde</translation>
    </message>
    <message>
        <source>&amp;Export Report…</source>
        <translation>Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Write an HTML or PDF report for auditors, or SARIF, JSON, Markdown or CSV</source>
        <translation>Einen HTML- oder PDF-Bericht für Auditoren schreiben, oder SARIF, JSON, Markdown oder CSV</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>The project has no version to report yet.</source>
        <translation>Das Projekt hat noch keine Version für einen Bericht.</translation>
    </message>
    <message>
        <source>&amp;Compare Versions…</source>
        <translation>&amp;Versionen vergleichen…</translation>
    </message>
    <message>
        <source>Show two versions side by side with what changed between them</source>
        <translation>Zwei Versionen nebeneinander zeigen, mit dem, was sich zwischen ihnen geändert hat</translation>
    </message>
    <message>
        <source>&amp;About Threatwright</source>
        <translation>Ü&amp;ber Threatwright</translation>
    </message>
    <message>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
    <message>
        <source>&amp;Fit to Window</source>
        <translation>An &amp;Fenster anpassen</translation>
    </message>
    <message>
        <source>Show the whole system graph</source>
        <translation>Den ganzen Systemgraphen zeigen</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Vergrößern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Find on Graph…</source>
        <translation>Im Graphen &amp;suchen…</translation>
    </message>
    <message>
        <source>Jump to a component or trust boundary by name</source>
        <translation>Per Name zu einer Komponente oder Vertrauensgrenze springen</translation>
    </message>
    <message>
        <source>&amp;Export View…</source>
        <translation>Ansicht &amp;exportieren…</translation>
    </message>
    <message>
        <source>Save the system graph as an SVG or PNG image</source>
        <translation>Den Systemgraphen als SVG- oder PNG-Bild speichern</translation>
    </message>
    <message>
        <source>&amp;Import Folder…</source>
        <translation>&amp;Ordner importieren…</translation>
    </message>
    <message>
        <source>Import a repository or folder (specs, Terraform, compose, Kubernetes…) as a new version</source>
        <translation>Ein Repository oder einen Ordner (Spezifikationen, Terraform, Compose, Kubernetes…) als neue Version importieren</translation>
    </message>
    <message>
        <source>Import &amp;Files…</source>
        <translation>&amp;Dateien importieren…</translation>
    </message>
    <message>
        <source>Import specs or .tf files as a new version</source>
        <translation>Spezifikationen oder .tf-Dateien als neue Version importieren</translation>
    </message>
    <message>
        <source>&amp;Live Mode</source>
        <translation>&amp;Live-Modus</translation>
    </message>
    <message>
        <source>Watch the imported files and re-import them in the background when they change</source>
        <translation>Die importierten Dateien beobachten und sie bei Änderungen im Hintergrund neu importieren</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>The actor name decisions are recorded under, and other settings</source>
        <translation>Der Akteursname, unter dem Entscheidungen erfasst werden, und weitere Einstellungen</translation>
    </message>
    <message>
        <source>Go to the &amp;Graph</source>
        <translation>Zum &amp;Graphen</translation>
    </message>
    <message>
        <source>Go to the &amp;Threats</source>
        <translation>Zu den &amp;Bedrohungen</translation>
    </message>
    <message>
        <source>Put the keyboard focus on the threat list, where J/K/V/D/A work</source>
        <translation>Den Tastaturfokus auf die Bedrohungsliste setzen, wo J/K/V/D/A funktionieren</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Triage</source>
        <translation>&amp;Triage</translation>
    </message>
    <message>
        <source>&amp;Project</source>
        <translation>&amp;Projekt</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>Über &amp;Qt</translation>
    </message>
    <message>
        <source>Versions</source>
        <translation>Versionen</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit-Trail</translation>
    </message>
    <message>
        <source>Cannot record the decision</source>
        <translation>Die Entscheidung kann nicht erfasst werden</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederholen</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Bedrohungen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Could not open %1</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Cannot open project</source>
        <translation>Projekt kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened %1 (versions: %2, audit entries: %3)</source>
        <translation>%1 geöffnet (Versionen: %2, Audit-Einträge: %3)</translation>
    </message>
    <message>
        <source>(read-only: the file or its folder cannot be written)</source>
        <translation>(schreibgeschützt: die Datei oder ihr Ordner ist nicht beschreibbar)</translation>
    </message>
    <message>
        <source>Could not create %1</source>
        <translation>%1 konnte nicht angelegt werden</translation>
    </message>
    <message>
        <source>Cannot create project</source>
        <translation>Projekt kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>Created %1</source>
        <translation>%1 angelegt</translation>
    </message>
    <message>
        <source>Closed %1</source>
        <translation>%1 geschlossen</translation>
    </message>
    <message>
        <source>The versions could not be read: %1</source>
        <translation>Die Versionen konnten nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>No version yet. Import specs or Terraform with threatwright-cli import to see the system here.</source>
        <translation>Noch keine Version. Importieren Sie Spezifikationen oder Terraform mit threatwright-cli import, um das System hier zu sehen.</translation>
    </message>
    <message>
        <source>Reading version %1…</source>
        <translation>Lese Version %1…</translation>
    </message>
    <message>
        <source>Version %1 could not be read: %2</source>
        <translation>Version %1 konnte nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Problems (%1)</source>
        <translation>Probleme (%1)</translation>
    </message>
    <message>
        <source>Selected %1 (%2)</source>
        <translation>%1 ausgewählt (%2)</translation>
    </message>
    <message>
        <source>Selected trust boundary %1</source>
        <translation>Vertrauensgrenze %1 ausgewählt</translation>
    </message>
    <message>
        <source>Selected flow %1 → %2</source>
        <translation>Fluss %1 → %2 ausgewählt</translation>
    </message>
    <message>
        <source>The audit trail could not be read: %1</source>
        <translation>Der Audit-Trail konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>Import Folder</source>
        <translation>Ordner importieren</translation>
    </message>
    <message>
        <source>Import Files</source>
        <translation>Dateien importieren</translation>
    </message>
    <message>
        <source>Specs and Terraform (*.yaml *.yml *.json *.tf *.tf.json);;All files (*)</source>
        <translation>Spezifikationen und Terraform (*.yaml *.yml *.json *.tf *.tf.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Imported in the workbench: %1</source>
        <translation>In der Werkbank importiert: %1</translation>
    </message>
    <message>
        <source>Importing %1…</source>
        <translation>Importiere %1…</translation>
    </message>
    <message>
        <source>The import was cancelled</source>
        <translation>Der Import wurde abgebrochen</translation>
    </message>
    <message>
        <source>The import failed</source>
        <translation>Der Import ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot import</source>
        <translation>Import nicht möglich</translation>
    </message>
    <message>
        <source>Version %1: %2 artifacts, %3 components, %4 threats (%5 problems) in %6 s</source>
        <translation>Version %1: %2 Artefakte, %3 Komponenten, %4 Bedrohungen (%5 Probleme) in %6 s</translation>
    </message>
    <message numerus="yes">
        <source>Live mode: watching %n imported files</source>
        <translation>
            <numerusform>Live-Modus: beobachte %n importierte Datei</numerusform>
            <numerusform>Live-Modus: beobachte %n importierte Dateien</numerusform>
        </translation>
    </message>
    <message>
        <source>Live mode: none of the imported files was found; use Locate Folder… in the Source panel</source>
        <translation>Live-Modus: keine der importierten Dateien wurde gefunden; verwenden Sie „Ordner suchen…“ im Quelltext-Panel</translation>
    </message>
    <message>
        <source>Live mode off</source>
        <translation>Live-Modus aus</translation>
    </message>
    <message>
        <source>Live mode: re-imported after a change</source>
        <translation>Live-Modus: nach einer Änderung neu importiert</translation>
    </message>
    <message>
        <source>Live mode: re-imported after a change to %1</source>
        <translation>Live-Modus: nach einer Änderung an %1 neu importiert</translation>
    </message>
    <message>
        <source>Language model</source>
        <translation>Sprachmodell</translation>
    </message>
    <message>
        <source>Preferences saved</source>
        <translation>Einstellungen gespeichert</translation>
    </message>
    <message>
        <source>%1 could not be opened</source>
        <translation>%1 konnte nicht geöffnet werden</translation>
    </message>
    <message>
        <source>SVG image (*.svg)</source>
        <translation>SVG-Bild (*.svg)</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG-Bild (*.png)</translation>
    </message>
    <message>
        <source>Export View</source>
        <translation>Ansicht exportieren</translation>
    </message>
    <message>
        <source>Cannot export the view</source>
        <translation>Die Ansicht kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Exported the graph to %1</source>
        <translation>Graph nach %1 exportiert</translation>
    </message>
    <message>
        <source>The audit trail could not be verified: %1</source>
        <translation>Der Audit-Trail konnte nicht geprüft werden: %1</translation>
    </message>
    <message>
        <source>Audit chain intact: all %1 entries verified</source>
        <translation>Audit-Kette intakt: alle %1 Einträge geprüft</translation>
    </message>
    <message>
        <source>Audit chain broken at entry %1: %2</source>
        <translation>Audit-Kette gebrochen bei Eintrag %1: %2</translation>
    </message>
    <message>
        <source>Threatwright</source>
        <translation>Threatwright</translation>
    </message>
    <message>
        <source>%1 (read-only)</source>
        <translation>%1 (schreibgeschützt)</translation>
    </message>
    <message>
        <source>%1 — %2 — Threatwright</source>
        <translation>%1 — %2 — Threatwright</translation>
    </message>
    <message>
        <source>Compare Versions</source>
        <translation>Versionen vergleichen</translation>
    </message>
    <message>
        <source>The project has one version so far; import again to have something to compare.</source>
        <translation>Das Projekt hat bisher eine Version; importieren Sie erneut, um etwas zum Vergleichen zu haben.</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Export cancelled; nothing was written.</source>
        <translation>Export abgebrochen; nichts wurde geschrieben.</translation>
    </message>
    <message>
        <source>New Project</source>
        <translation>Neues Projekt</translation>
    </message>
    <message>
        <source>Threatwright projects (*.twdb)</source>
        <translation>Threatwright-Projekte (*.twdb)</translation>
    </message>
    <message>
        <source>%1 already exists. Choose another name, or open the existing project.</source>
        <translation>%1 existiert bereits. Wählen Sie einen anderen Namen oder öffnen Sie das vorhandene Projekt.</translation>
    </message>
    <message>
        <source>Project name:</source>
        <translation>Projektname:</translation>
    </message>
    <message>
        <source>Open Project</source>
        <translation>Projekt öffnen</translation>
    </message>
    <message>
        <source>Threatwright projects (*.twdb);;All files (*)</source>
        <translation>Threatwright-Projekte (*.twdb);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>About Threatwright</source>
        <translation>Über Threatwright</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Threatwright %1&lt;/h3&gt;&lt;p&gt;A threat-model workbench that keeps the model in step with the system: it builds the model from specs, Terraform and repositories, suggests threats, and records every decision in a tamper-evident audit trail.&lt;/p&gt;&lt;p&gt;Licensed under the GNU General Public License, version 3 or later.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Threatwright %1&lt;/h3&gt;&lt;p&gt;Eine Werkbank für Bedrohungsmodelle, die das Modell mit dem System im Gleichschritt hält: Sie baut das Modell aus Spezifikationen, Terraform und Repositories, schlägt Bedrohungen vor und erfasst jede Entscheidung in einem manipulationssicheren Audit-Trail.&lt;/p&gt;&lt;p&gt;Lizenziert unter der GNU General Public License, Version 3 oder neuer.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Highlight Attack Path</source>
        <translation>Angriffspfad &amp;hervorheben</translation>
    </message>
    <message>
        <source>Show the selected threat&apos;s attack path on the graph and dim the rest (Esc clears)</source>
        <translation>Den Angriffspfad der ausgewählten Bedrohung im Graphen zeigen und den Rest abblenden (Esc hebt auf)</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge Changes</source>
        <translation>Änderungen &amp;bestätigen</translation>
    </message>
    <message>
        <source>Take the shown version as seen: the graph stops marking what live mode changed</source>
        <translation>Die gezeigte Version als gesehen übernehmen: der Graph markiert nicht mehr, was der Live-Modus geändert hat</translation>
    </message>
    <message>
        <source>The source file was not saved</source>
        <translation>Die Quelldatei wurde nicht gespeichert</translation>
    </message>
    <message>
        <source>Cannot save the source file</source>
        <translation>Die Quelldatei kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Since version %1: %2 added, %3 changed, %4 removed (Ctrl+Shift+K acknowledges)</source>
        <translation>Seit Version %1: %2 hinzugefügt, %3 geändert, %4 entfernt (Strg+Umschalt+K bestätigt)</translation>
    </message>
    <message>
        <source>The attack path is not on the graph (filtered out?)</source>
        <translation>Der Angriffspfad ist nicht im Graphen (herausgefiltert?)</translation>
    </message>
    <message numerus="yes">
        <source>Attack path of &quot;%1&quot;: %n hop(s); Esc on the graph clears it</source>
        <translation>
            <numerusform>Angriffspfad von „%1“: %n Schritt; Esc im Graphen hebt ihn auf</numerusform>
            <numerusform>Angriffspfad von „%1“: %n Schritte; Esc im Graphen hebt ihn auf</numerusform>
        </translation>
    </message>
    <message>
        <source>No attack path to highlight: select a threat with one</source>
        <translation>Kein Angriffspfad zum Hervorheben: wählen Sie eine Bedrohung mit Angriffspfad</translation>
    </message>
    <message>
        <source>No open attack path runs through the selected element</source>
        <translation>Durch das ausgewählte Element verläuft kein offener Angriffspfad</translation>
    </message>
    <message>
        <source>Changes acknowledged</source>
        <translation>Änderungen bestätigt</translation>
    </message>
    <message>
        <source>Saved %1; its source folder is not known, so it was not re-imported</source>
        <translation>%1 gespeichert; der Quellordner ist nicht bekannt, daher wurde nicht neu importiert</translation>
    </message>
    <message>
        <source>Edited %1 in the Source panel</source>
        <translation>%1 im Quelltext-Panel bearbeitet</translation>
    </message>
    <message>
        <source>Saved %1; it could not be re-imported now</source>
        <translation>%1 gespeichert; die Datei konnte jetzt nicht neu importiert werden</translation>
    </message>
    <message>
        <source>Saved %1; re-importing it in the background…</source>
        <translation>%1 gespeichert; wird im Hintergrund neu importiert…</translation>
    </message>
    <message>
        <source>The Source panel keeps the file being edited</source>
        <translation>Das Quelltext-Panel behält die Datei, die bearbeitet wird</translation>
    </message>
    <message>
        <source>Reading the audit trail…</source>
        <translation>Audit-Trail wird gelesen…</translation>
    </message>
    <message>
        <source>Changes could not be written to disk</source>
        <translation>Änderungen konnten nicht auf die Festplatte geschrieben werden</translation>
    </message>
    <message>
        <source>Changes not written to disk</source>
        <translation>Änderungen nicht auf die Festplatte geschrieben</translation>
    </message>
    <message>
        <source>%1

The decisions recorded since may be lost if the computer stops before they reach the disk. Free space or fix the disk, then close and reopen the project.</source>
        <translation>%1

Die seitdem erfassten Entscheidungen können verloren gehen, wenn der Rechner ausfällt, bevor sie auf der Festplatte sind. Schaffen Sie Platz oder beheben Sie den Fehler der Festplatte, dann schließen Sie das Projekt und öffnen es erneut.</translation>
    </message>
</context>
<context>
    <name>tw::ui::ProblemTableModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>%1
%2
Click to open the file at this line.</source>
        <translation>%1
%2
Klicken, um die Datei an dieser Zeile zu öffnen.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
</context>
<context>
    <name>tw::ui::ProjectSummaryWidget</name>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Created:</source>
        <translation>Erstellt:</translation>
    </message>
    <message>
        <source>Created by:</source>
        <translation>Erstellt von:</translation>
    </message>
    <message>
        <source>Created with:</source>
        <translation>Erstellt mit:</translation>
    </message>
    <message>
        <source>Versions:</source>
        <translation>Versionen:</translation>
    </message>
    <message>
        <source>Latest version</source>
        <translation>Neueste Version</translation>
    </message>
    <message>
        <source>Version:</source>
        <translation>Version:</translation>
    </message>
    <message>
        <source>Revision:</source>
        <translation>Revision:</translation>
    </message>
    <message>
        <source>Message:</source>
        <translation>Nachricht:</translation>
    </message>
    <message>
        <source>Inputs:</source>
        <translation>Eingaben:</translation>
    </message>
    <message>
        <source>Components:</source>
        <translation>Komponenten:</translation>
    </message>
    <message>
        <source>Threats:</source>
        <translation>Bedrohungen:</translation>
    </message>
    <message>
        <source>Audit trail</source>
        <translation>Audit-Trail</translation>
    </message>
    <message>
        <source>Hash chain:</source>
        <translation>Hash-Kette:</translation>
    </message>
    <message>
        <source>Entries:</source>
        <translation>Einträge:</translation>
    </message>
    <message>
        <source>Last change:</source>
        <translation>Letzte Änderung:</translation>
    </message>
    <message>
        <source>Threats in the latest version</source>
        <translation>Bedrohungen in der neuesten Version</translation>
    </message>
    <message>
        <source>By severity</source>
        <translation>Nach Schweregrad</translation>
    </message>
    <message>
        <source>By status</source>
        <translation>Nach Status</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Threatwright %1</source>
        <translation>Threatwright %1</translation>
    </message>
    <message>
        <source>No versions yet. Import the system&apos;s artifacts to create the first one, for example: threatwright-cli import %1 PATH…</source>
        <translation>Noch keine Versionen. Importieren Sie die Artefakte des Systems, um die erste anzulegen, zum Beispiel: threatwright-cli import %1 PATH…</translation>
    </message>
    <message>
        <source>No threats yet: they are suggested when a version is analysed.</source>
        <translation>Noch keine Bedrohungen: sie werden vorgeschlagen, wenn eine Version analysiert wird.</translation>
    </message>
    <message>
        <source>%1 by %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>nicht erfasst</translation>
    </message>
    <message>
        <source>(no message)</source>
        <translation>(keine Nachricht)</translation>
    </message>
    <message>
        <source>Threats in version %1</source>
        <translation>Bedrohungen in Version %1</translation>
    </message>
    <message>
        <source>No threats in this version.</source>
        <translation>Keine Bedrohungen in dieser Version.</translation>
    </message>
    <message>
        <source>%1 threats; open the threat list for the breakdown.</source>
        <translation>%1 Bedrohungen; die Aufschlüsselung zeigt die Bedrohungsliste.</translation>
    </message>
    <message>
        <source>Reading %1 threats…</source>
        <translation>Lese %1 Bedrohungen…</translation>
    </message>
    <message>
        <source>%1 by %2
%3</source>
        <translation>%1 von %2
%3</translation>
    </message>
    <message>
        <source>✔ Intact: every entry verified</source>
        <translation>✔ Intakt: jeder Eintrag geprüft</translation>
    </message>
    <message>
        <source>✘ Broken at entry %1</source>
        <translation>✘ Gebrochen bei Eintrag %1</translation>
    </message>
    <message>
        <source>✘ Cannot verify</source>
        <translation>✘ Prüfung nicht möglich</translation>
    </message>
    <message>
        <source>Verifying…</source>
        <translation>Wird geprüft…</translation>
    </message>
</context>
<context>
    <name>tw::ui::ReasonDialog</name>
    <message>
        <source>Dismiss Threat</source>
        <translation>Bedrohung verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>Dismiss %n Threats</source>
        <translation>
            <numerusform>%n Bedrohung verwerfen</numerusform>
            <numerusform>%n Bedrohungen verwerfen</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept Risk</source>
        <translation>Risiko akzeptieren</translation>
    </message>
    <message numerus="yes">
        <source>Accept the Risk of %n Threats</source>
        <translation>
            <numerusform>Das Risiko von %n Bedrohung akzeptieren</numerusform>
            <numerusform>Das Risiko von %n Bedrohungen akzeptieren</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected threats</source>
        <translation>
            <numerusform>%n ausgewählte Bedrohung</numerusform>
            <numerusform>%n ausgewählte Bedrohungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Why is this not a threat here? (false positive, not applicable, covered elsewhere…) The reason is recorded in the audit trail.</source>
        <translation>Warum ist das hier keine Bedrohung? (Fehlalarm, nicht zutreffend, anderweitig abgedeckt…) Die Begründung wird im Audit-Trail erfasst.</translation>
    </message>
    <message>
        <source>Why is the risk acceptable, and who accepted it? The reason is recorded in the audit trail.</source>
        <translation>Warum ist das Risiko akzeptabel, und wer hat es akzeptiert? Die Begründung wird im Audit-Trail erfasst.</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>Begründung (erforderlich)</translation>
    </message>
    <message>
        <source>Review again on</source>
        <translation>Erneut prüfen am</translation>
    </message>
    <message>
        <source>Expiry date</source>
        <translation>Ablaufdatum</translation>
    </message>
    <message>
        <source>&amp;Dismiss</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>&amp;Accept Risk</source>
        <translation>Risiko &amp;akzeptieren</translation>
    </message>
    <message>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
</context>
<context>
    <name>tw::ui::ReportExporter</name>
    <message>
        <source>Reading the project…</source>
        <translation>Projekt wird gelesen…</translation>
    </message>
    <message>
        <source>Writing the %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Saving %1…</source>
        <translation>Speichere %1…</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Exportiere…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
</context>
<context>
    <name>tw::ui::SettingsDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Every triage decision is recorded in the project&apos;s audit trail under this name. Leave it empty to use your user name (%1).</source>
        <translation>Jede Triage-Entscheidung wird unter diesem Namen im Audit-Trail des Projekts erfasst. Leer lassen, um Ihren Benutzernamen (%1) zu verwenden.</translation>
    </message>
    <message>
        <source>The workbench follows the system&apos;s light or dark colours.</source>
        <translation>Die Werkbank folgt den hellen oder dunklen Farben des Systems.</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>The new language is used the next time Threatwright starts.</source>
        <translation>Die neue Sprache wird beim nächsten Start von Threatwright verwendet.</translation>
    </message>
    <message>
        <source>&amp;Actor name:</source>
        <translation>Akteurs&amp;name:</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Theme:</source>
        <translation>Erscheinungsbild:</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
</context>
<context>
    <name>tw::ui::SourceLocator</name>
    <message>
        <source>This element has no source location</source>
        <translation>Dieses Element hat keine Quellenangabe</translation>
    </message>
    <message>
        <source>%1 is outside the project&apos;s source folders</source>
        <translation>%1 liegt außerhalb der Quellordner des Projekts</translation>
    </message>
    <message>
        <source>%1 points outside its source folder; it is not opened</source>
        <translation>%1 zeigt aus seinem Quellordner heraus; es wird nicht geöffnet</translation>
    </message>
    <message>
        <source>%1 was not found in %2. Choose the folder it was imported from with “Locate Folder…”.</source>
        <translation>%1 wurde in %2 nicht gefunden. Wählen Sie mit „Ordner suchen…“ den Ordner, aus dem importiert wurde.</translation>
    </message>
    <message>
        <source>any source folder</source>
        <translation>einem Quellordner</translation>
    </message>
</context>
<context>
    <name>tw::ui::SourcePanel</name>
    <message>
        <source>Locate Folder…</source>
        <translation>Ordner suchen…</translation>
    </message>
    <message>
        <source>Choose the folder the project&apos;s inputs were imported from</source>
        <translation>Den Ordner wählen, aus dem die Eingaben des Projekts importiert wurden</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelltext</translation>
    </message>
    <message>
        <source>Select a threat or an element, or click an evidence location, to see its source here.</source>
        <translation>Wählen Sie eine Bedrohung oder ein Element, oder klicken Sie auf eine Nachweisstelle, um deren Quelltext hier zu sehen.</translation>
    </message>
    <message>
        <source>%1 is too large to show here (%2 MB).</source>
        <translation>%1 ist zu groß, um hier angezeigt zu werden (%2 MB).</translation>
    </message>
    <message>
        <source>%1 cannot be read: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>%1 is a binary file.</source>
        <translation>%1 ist eine Binärdatei.</translation>
    </message>
    <message>
        <source>%1, line %2</source>
        <translation>%1, Zeile %2</translation>
    </message>
    <message>
        <source>Changed since import</source>
        <translation>Seit dem Import geändert</translation>
    </message>
    <message>
        <source>The file&apos;s content differs from the version&apos;s recorded digest; the line may have moved.</source>
        <translation>Der Inhalt der Datei weicht vom erfassten Digest der Version ab; die Zeile hat sich womöglich verschoben.</translation>
    </message>
    <message>
        <source>Read-only</source>
        <translation>Schreibgeschützt</translation>
    </message>
    <message>
        <source>Locate the Source Folder</source>
        <translation>Quellordner suchen</translation>
    </message>
    <message>
        <source>&amp;Edit Source File</source>
        <translation>Quelldatei &amp;bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Save Source File</source>
        <translation>Quelldatei &amp;speichern</translation>
    </message>
    <message>
        <source>&amp;Discard Source Changes</source>
        <translation>Änderungen an der Quelldatei &amp;verwerfen</translation>
    </message>
    <message>
        <source>Edit the shown spec, Terraform, compose or manifest file; saving re-imports it</source>
        <translation>Die gezeigte Spezifikations-, Terraform-, Compose- oder Manifest-Datei bearbeiten; Speichern importiert sie neu</translation>
    </message>
    <message>
        <source>Write the edited file and re-import it as a new version</source>
        <translation>Die bearbeitete Datei schreiben und als neue Version neu importieren</translation>
    </message>
    <message>
        <source>Drop the edits and show the file as it is on disk</source>
        <translation>Die Änderungen verwerfen und die Datei so zeigen, wie sie auf der Festplatte ist</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Editing — unsaved</source>
        <translation>Bearbeitung – nicht gespeichert</translation>
    </message>
    <message>
        <source>Editing</source>
        <translation>Bearbeitung</translation>
    </message>
    <message>
        <source>Ctrl+S writes the file and re-imports it as a new version.</source>
        <translation>Strg+S schreibt die Datei und importiert sie als neue Version neu.</translation>
    </message>
    <message>
        <source>F2 edits this file</source>
        <translation>F2 bearbeitet diese Datei</translation>
    </message>
    <message>
        <source>The source is not being edited.</source>
        <translation>Der Quelltext wird nicht bearbeitet.</translation>
    </message>
    <message>
        <source>%1 cannot be edited here now (it is not an imported input, the project is read-only, or an import is running).</source>
        <translation>%1 kann hier gerade nicht bearbeitet werden (keine importierte Eingabe, das Projekt ist schreibgeschützt oder ein Import läuft).</translation>
    </message>
    <message>
        <source>%1 cannot be read any more (%2); nothing was written.</source>
        <translation>%1 kann nicht mehr gelesen werden (%2); es wurde nichts geschrieben.</translation>
    </message>
    <message>
        <source>%1 changed on disk since it was opened here; nothing was written. Copy your edits, discard them, and edit the file as it is now.</source>
        <translation>%1 wurde auf der Festplatte geändert, seit die Datei hier geöffnet wurde; es wurde nichts geschrieben. Kopieren Sie Ihre Änderungen, verwerfen Sie sie und bearbeiten Sie die Datei in ihrem jetzigen Stand.</translation>
    </message>
    <message>
        <source>%1 cannot be written: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>%1 could not be saved: %2; the file on disk is unchanged.</source>
        <translation>%1 konnte nicht gespeichert werden: %2; die Datei auf der Festplatte ist unverändert.</translation>
    </message>
    <message>
        <source>Unsaved Source Edits</source>
        <translation>Ungespeicherte Änderungen am Quelltext</translation>
    </message>
    <message>
        <source>%1 has unsaved edits. Save them (and re-import), or discard them?</source>
        <translation>%1 hat ungespeicherte Änderungen. Speichern (und neu importieren) oder verwerfen?</translation>
    </message>
    <message>
        <source>Re-importing… %1%</source>
        <translation>Wird neu importiert… %1 %</translation>
    </message>
    <message>
        <source>The saved file is imported again in the background; a new version follows.</source>
        <translation>Die gespeicherte Datei wird im Hintergrund erneut importiert; eine neue Version folgt.</translation>
    </message>
    <message>
        <source>Source location</source>
        <translation>Quellort</translation>
    </message>
</context>
<context>
    <name>tw::ui::ThreatTableModel</name>
    <message>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message>
        <source>%1 (+%2)</source>
        <translation>%1 (+%2)</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <source>Attack path</source>
        <translation>Angriffspfad</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>LLM (%1)</source>
        <translation>LLM (%1)</translation>
    </message>
    <message>
        <source>New</source>
        <translation>Neu</translation>
    </message>
    <message>
        <source>%1 · score %2 · %3</source>
        <translation>%1 · Wert %2 · %3</translation>
    </message>
    <message>
        <source>Priority P%1 set by a person (computed: P%2)</source>
        <translation>Priorität P%1 von einer Person gesetzt (berechnet: P%2)</translation>
    </message>
    <message>
        <source>Reason: %1</source>
        <translation>Begründung: %1</translation>
    </message>
    <message>
        <source>Accepted until %1</source>
        <translation>Akzeptiert bis %1</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>Priorität</translation>
    </message>
    <message>
        <source>Origin</source>
        <translation>Herkunft</translation>
    </message>
    <message>
        <source>Element</source>
        <translation>Element</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Risk score 0–10; the Details panel lists the factors behind it</source>
        <translation>Risikowert 0–10; das Details-Panel listet die Faktoren dahinter auf</translation>
    </message>
    <message>
        <source>P1 (urgent) to P4; ✎ marks a priority a person set</source>
        <translation>P1 (dringend) bis P4; ✎ markiert eine von einer Person gesetzte Priorität</translation>
    </message>
    <message>
        <source>First seen in this version</source>
        <translation>Zum ersten Mal in dieser Version gesehen</translation>
    </message>
</context>
<context>
    <name>tw::ui::ThreatsPanel</name>
    <message>
        <source>&amp;New only</source>
        <translation>Nur &amp;neue</translation>
    </message>
    <message>
        <source>Filter by title, rule, element or fingerprint</source>
        <translation>Nach Titel, Regel, Element oder Fingerabdruck filtern</translation>
    </message>
    <message>
        <source>Filter threats</source>
        <translation>Bedrohungen filtern</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Open (needs attention)</source>
        <translation>Offen (braucht Aufmerksamkeit)</translation>
    </message>
    <message>
        <source>Severity filter</source>
        <translation>Schweregradfilter</translation>
    </message>
    <message>
        <source>Any severity</source>
        <translation>Jeder Schweregrad</translation>
    </message>
    <message>
        <source>Critical</source>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>High and above</source>
        <translation>Hoch und darüber</translation>
    </message>
    <message>
        <source>Medium and above</source>
        <translation>Mittel und darüber</translation>
    </message>
    <message>
        <source>Low and above</source>
        <translation>Niedrig und darüber</translation>
    </message>
    <message>
        <source>Origin filter</source>
        <translation>Herkunftsfilter</translation>
    </message>
    <message>
        <source>Any origin</source>
        <translation>Jede Herkunft</translation>
    </message>
    <message>
        <source>Rules</source>
        <translation>Regeln</translation>
    </message>
    <message>
        <source>Attack paths</source>
        <translation>Angriffspfade</translation>
    </message>
    <message>
        <source>LLM suggestions</source>
        <translation>LLM-Vorschläge</translation>
    </message>
    <message>
        <source>Manual</source>
        <translation>Manuell</translation>
    </message>
    <message>
        <source>Only threats first seen in this version</source>
        <translation>Nur Bedrohungen, die zum ersten Mal in dieser Version gesehen wurden</translation>
    </message>
    <message>
        <source>Show the threats of every element</source>
        <translation>Die Bedrohungen aller Elemente zeigen</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Bedrohungen</translation>
    </message>
    <message>
        <source>%1 threats</source>
        <translation>%1 Bedrohungen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Element: %1  ✕</source>
        <translation>Element: %1  ✕</translation>
    </message>
</context>
<context>
    <name>tw::ui::TriageController</name>
    <message>
        <source>&amp;Next Threat</source>
        <translation>&amp;Nächste Bedrohung</translation>
    </message>
    <message>
        <source>Move to the next threat in the list</source>
        <translation>Zur nächsten Bedrohung in der Liste gehen</translation>
    </message>
    <message>
        <source>&amp;Previous Threat</source>
        <translation>V&amp;orige Bedrohung</translation>
    </message>
    <message>
        <source>Move to the previous threat in the list</source>
        <translation>Zur vorigen Bedrohung in der Liste gehen</translation>
    </message>
    <message>
        <source>&amp;Validate</source>
        <translation>&amp;Bestätigen</translation>
    </message>
    <message>
        <source>Confirm the selected threats as real</source>
        <translation>Die ausgewählten Bedrohungen als real bestätigen</translation>
    </message>
    <message>
        <source>&amp;Dismiss…</source>
        <translation>&amp;Verwerfen…</translation>
    </message>
    <message>
        <source>Dismiss the selected threats as not applicable, with a reason</source>
        <translation>Die ausgewählten Bedrohungen mit Begründung als nicht zutreffend verwerfen</translation>
    </message>
    <message>
        <source>&amp;Accept Risk…</source>
        <translation>Risiko &amp;akzeptieren…</translation>
    </message>
    <message>
        <source>Accept the risk of the selected threats, with a reason and an optional review date</source>
        <translation>Das Risiko der ausgewählten Bedrohungen akzeptieren, mit Begründung und optionalem Prüfdatum</translation>
    </message>
    <message>
        <source>Mark &amp;Mitigated</source>
        <translation>Als &amp;gemindert markieren</translation>
    </message>
    <message>
        <source>Record that the selected threats are mitigated</source>
        <translation>Erfassen, dass die ausgewählten Bedrohungen gemindert sind</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Wieder öffnen</translation>
    </message>
    <message>
        <source>Set the selected threats back to suggested</source>
        <translation>Die ausgewählten Bedrohungen auf „vorgeschlagen“ zurücksetzen</translation>
    </message>
    <message>
        <source>Priority &amp;1 (Urgent)</source>
        <translation>Priorität &amp;1 (dringend)</translation>
    </message>
    <message>
        <source>Set priority P1 on the selected threats</source>
        <translation>Priorität P1 für die ausgewählten Bedrohungen setzen</translation>
    </message>
    <message>
        <source>Priority &amp;2</source>
        <translation>Priorität &amp;2</translation>
    </message>
    <message>
        <source>Set priority P2 on the selected threats</source>
        <translation>Priorität P2 für die ausgewählten Bedrohungen setzen</translation>
    </message>
    <message>
        <source>Priority &amp;3</source>
        <translation>Priorität &amp;3</translation>
    </message>
    <message>
        <source>Set priority P3 on the selected threats</source>
        <translation>Priorität P3 für die ausgewählten Bedrohungen setzen</translation>
    </message>
    <message>
        <source>Priority &amp;4</source>
        <translation>Priorität &amp;4</translation>
    </message>
    <message>
        <source>Set priority P4 on the selected threats</source>
        <translation>Priorität P4 für die ausgewählten Bedrohungen setzen</translation>
    </message>
    <message>
        <source>&amp;Computed Priority</source>
        <translation>Be&amp;rechnete Priorität</translation>
    </message>
    <message>
        <source>Remove the priority a person set; the computed one applies again</source>
        <translation>Die von einer Person gesetzte Priorität entfernen; die berechnete gilt wieder</translation>
    </message>
    <message>
        <source>Validate “%1”</source>
        <translation>„%1“ bestätigen</translation>
    </message>
    <message numerus="yes">
        <source>Validate %n threats</source>
        <translation>
            <numerusform>%n Bedrohung bestätigen</numerusform>
            <numerusform>%n Bedrohungen bestätigen</numerusform>
        </translation>
    </message>
    <message>
        <source>Dismiss “%1”</source>
        <translation>„%1“ verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>Dismiss %n threats</source>
        <translation>
            <numerusform>%n Bedrohung verwerfen</numerusform>
            <numerusform>%n Bedrohungen verwerfen</numerusform>
        </translation>
    </message>
    <message>
        <source>Accept the risk of “%1”</source>
        <translation>Das Risiko von „%1“ akzeptieren</translation>
    </message>
    <message numerus="yes">
        <source>Accept the risk of %n threats</source>
        <translation>
            <numerusform>Das Risiko von %n Bedrohung akzeptieren</numerusform>
            <numerusform>Das Risiko von %n Bedrohungen akzeptieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Mark “%1” mitigated</source>
        <translation>„%1“ als gemindert markieren</translation>
    </message>
    <message numerus="yes">
        <source>Mark %n threats mitigated</source>
        <translation>
            <numerusform>%n Bedrohung als gemindert markieren</numerusform>
            <numerusform>%n Bedrohungen als gemindert markieren</numerusform>
        </translation>
    </message>
    <message>
        <source>Reopen “%1”</source>
        <translation>„%1“ wieder öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Reopen %n threats</source>
        <translation>
            <numerusform>%n Bedrohung wieder öffnen</numerusform>
            <numerusform>%n Bedrohungen wieder öffnen</numerusform>
        </translation>
    </message>
    <message>
        <source>Computed priority for “%1”</source>
        <translation>Berechnete Priorität für „%1“</translation>
    </message>
    <message numerus="yes">
        <source>Computed priority for %n threats</source>
        <translation>
            <numerusform>Berechnete Priorität für %n Bedrohung</numerusform>
            <numerusform>Berechnete Priorität für %n Bedrohungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Priority P%1 for “%2”</source>
        <translation>Priorität P%1 für „%2“</translation>
    </message>
    <message>
        <source>Priority P%1 for %2 threats</source>
        <translation>Priorität P%1 für %2 Bedrohungen</translation>
    </message>
    <message>
        <source>No project is open</source>
        <translation>Kein Projekt geöffnet</translation>
    </message>
    <message>
        <source>The project is open read-only; decisions cannot be recorded</source>
        <translation>Das Projekt ist schreibgeschützt geöffnet; Entscheidungen können nicht erfasst werden</translation>
    </message>
    <message>
        <source>An import is writing to the project; try again when it is done</source>
        <translation>Ein Import schreibt gerade in das Projekt; versuchen Sie es erneut, wenn er fertig ist</translation>
    </message>
    <message>
        <source>The selected threats were resolved by a change and cannot be triaged</source>
        <translation>Die ausgewählten Bedrohungen wurden durch eine Änderung erledigt und können nicht gesichtet werden</translation>
    </message>
    <message>
        <source>Select a threat first (J and K move through the list)</source>
        <translation>Wählen Sie zuerst eine Bedrohung (J und K bewegen sich durch die Liste)</translation>
    </message>
    <message>
        <source>Ctrl+Z undoes it</source>
        <translation>Strg+Z macht es rückgängig</translation>
    </message>
    <message>
        <source>Redo failed: %1</source>
        <translation>Wiederholen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Redone: %1</source>
        <translation>Wiederholt: %1</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Rückgängig: %1</translation>
    </message>
    <message>
        <source>Undo failed: %1</source>
        <translation>Rückgängigmachen fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Undone: %1 (recorded as threat.undo in the audit trail)</source>
        <translation>Rückgängig gemacht: %1 (als threat.undo im Audit-Trail erfasst)</translation>
    </message>
</context>
<context>
    <name>tw::ui::VersionTableModel</name>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>Revision</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Threats</source>
        <translation>Bedrohungen</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>When the version was created, in local time</source>
        <translation>Wann die Version erstellt wurde, in Ortszeit</translation>
    </message>
    <message>
        <source>The git revision of the imported inputs, when known</source>
        <translation>Die Git-Revision der importierten Eingaben, sofern bekannt</translation>
    </message>
    <message>
        <source>Threats in this version, including those resolved by a change</source>
        <translation>Bedrohungen in dieser Version, einschließlich der durch eine Änderung erledigten</translation>
    </message>
    <message>
        <source>Version %1</source>
        <translation>Version %1</translation>
    </message>
    <message>
        <source>Created %1 by %2</source>
        <translation>Erstellt %1 von %2</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Revision: %1</source>
        <translation>Revision: %1</translation>
    </message>
    <message>
        <source>Inputs</source>
        <translation>Eingaben</translation>
    </message>
</context>
<context>
    <name>tw::ui::WelcomeWidget</name>
    <message>
        <source>Recent projects</source>
        <translation>Zuletzt geöffnete Projekte</translation>
    </message>
    <message>
        <source>No recent projects.</source>
        <translation>Keine zuletzt geöffneten Projekte.</translation>
    </message>
    <message>
        <source>Threatwright</source>
        <translation>Threatwright</translation>
    </message>
    <message>
        <source>Keep the threat model in step with the system: import specs, Terraform and repositories, triage suggested threats, and keep every decision in a tamper-evident audit trail.</source>
        <translation>Halten Sie das Bedrohungsmodell mit dem System im Gleichschritt: Spezifikationen, Terraform und Repositories importieren, vorgeschlagene Bedrohungen sichten und jede Entscheidung in einem manipulationssicheren Audit-Trail festhalten.</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>Neues Projekt…</translation>
    </message>
    <message>
        <source>Open Project…</source>
        <translation>Projekt öffnen…</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
</TS>
