<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>BackendFactory</name>
    <message>
        <source>This build does not know how to connect to %1.</source>
        <translation>Dieser Build kann sich nicht mit %1 verbinden.</translation>
    </message>
</context>
<context>
    <name>Capability</name>
    <message>
        <source>Organizations</source>
        <translation>Organisationen</translation>
    </message>
    <message>
        <source>List applications</source>
        <translation>Anwendungen auflisten</translation>
    </message>
    <message>
        <source>Create, edit and delete applications</source>
        <translation>Anwendungen erstellen, bearbeiten und löschen</translation>
    </message>
    <message>
        <source>Rotate client secrets</source>
        <translation>Client-Geheimnisse rotieren</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>List tokens</source>
        <translation>Token auflisten</translation>
    </message>
    <message>
        <source>Look up a token</source>
        <translation>Token nachschlagen</translation>
    </message>
    <message>
        <source>Revoke tokens</source>
        <translation>Token widerrufen</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Verify the audit chain</source>
        <translation>Prüfkette verifizieren</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>Dynamic registration policy</source>
        <translation>Richtlinie für dynamische Registrierung</translation>
    </message>
    <message>
        <source>Live updates</source>
        <translation>Live-Aktualisierungen</translation>
    </message>
    <message>
        <source>Delete token records</source>
        <translation>Token-Einträge löschen</translation>
    </message>
</context>
<context>
    <name>CasdoorMapping</name>
    <message>
        <source>Casdoor does not accept &quot;%1&quot; in a name (none of %2 may appear); use letters, digits, &apos;-&apos; and &apos;_&apos;.</source>
        <translation>Casdoor akzeptiert „%1“ nicht in einem Namen (keines von %2 ist erlaubt); verwenden Sie Buchstaben, Ziffern, „-“ und „_“.</translation>
    </message>
    <message>
        <source>Enter a name.</source>
        <translation>Geben Sie einen Namen ein.</translation>
    </message>
    <message>
        <source>Casdoor has no &quot;:*&quot; port wildcard, and its scheme-less form would also accept plain http on %1. Register the exact port.</source>
        <translation>Casdoor kennt keinen „:*“-Port-Platzhalter, und seine Form ohne Schema würde auf %1 auch unverschlüsseltes http akzeptieren. Registrieren Sie den genauen Port.</translation>
    </message>
    <message>
        <source>%1 is stored in Casdoor as %2: Casdoor has no &quot;:*&quot; port wildcard; its scheme-less form accepts any port (and https too) on the loopback host.</source>
        <translation>%1 wird in Casdoor als %2 gespeichert: Casdoor kennt keinen „:*“-Port-Platzhalter; seine Form ohne Schema akzeptiert auf dem Loopback-Host jeden Port (und auch https).</translation>
    </message>
    <message>
        <source>Casdoor cannot require PKCE: it checks the code verifier whenever a client sends a challenge, and accepts requests without one.</source>
        <translation>Casdoor kann PKCE nicht vorschreiben: Es prüft den Code-Verifier, wenn ein Client eine Challenge sendet, und akzeptiert Anfragen ohne.</translation>
    </message>
    <message>
        <source>Casdoor issues JWT access tokens only.</source>
        <translation>Casdoor stellt nur JWT-Zugriffstoken aus.</translation>
    </message>
    <message>
        <source>Casdoor&apos;s consent policy is fixed: it asks once for the scopes listed in the application&apos;s consent scopes, and remembers the answer.</source>
        <translation>Die Einwilligungsregel von Casdoor ist fest: Es fragt einmal nach den Scopes, die in den Einwilligungs-Scopes der Anwendung stehen, und merkt sich die Antwort.</translation>
    </message>
    <message>
        <source>Casdoor has no CORS setting per application: it allows an origin that matches one of the application&apos;s redirect URIs, or a loopback origin.</source>
        <translation>Casdoor hat keine CORS-Einstellung pro Anwendung: Es erlaubt einen Origin, der zu einer der Weiterleitungs-URIs der Anwendung passt, oder einen Loopback-Origin.</translation>
    </message>
    <message>
        <source>Casdoor&apos;s dynamic registration is either open or disabled; it cannot restrict redirect URIs to patterns.</source>
        <translation>Die dynamische Registrierung von Casdoor ist entweder offen oder deaktiviert; sie kann Weiterleitungs-URIs nicht auf Muster beschränken.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Enter the server&apos;s address, for example https://auth.example.com.</source>
        <translation>Geben Sie die Adresse des Servers ein, zum Beispiel https://auth.example.com.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL.</source>
        <translation>„%1“ ist keine gültige URL.</translation>
    </message>
    <message>
        <source>Use https (plain http is accepted only for 127.0.0.1 and localhost).</source>
        <translation>Verwenden Sie https (einfaches http wird nur für 127.0.0.1 und localhost akzeptiert).</translation>
    </message>
    <message>
        <source>The address must not contain a query or a fragment.</source>
        <translation>Die Adresse darf keine Abfrage und kein Fragment enthalten.</translation>
    </message>
    <message>
        <source>Put no user name or password in the address; the secret goes in the keychain.</source>
        <translation>Geben Sie keinen Benutzernamen und kein Passwort in der Adresse an; das Geheimnis gehört in den Schlüsselbund.</translation>
    </message>
    <message>
        <source>Database password</source>
        <translation>Datenbankpasswort</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>The name is longer than 100 characters.</source>
        <translation>Der Name ist länger als 100 Zeichen.</translation>
    </message>
    <message>
        <source>Choose the SQLite file of the store.</source>
        <translation>Wählen Sie die SQLite-Datei des Speichers.</translation>
    </message>
    <message>
        <source>This is a PostgreSQL URL: choose Local PostgreSQL.</source>
        <translation>Dies ist eine PostgreSQL-URL: Wählen Sie „Lokales PostgreSQL“.</translation>
    </message>
    <message>
        <source>Enter a URL like postgresql://user@host:5432/database.</source>
        <translation>Geben Sie eine URL wie postgresql://user@host:5432/database ein.</translation>
    </message>
    <message>
        <source>Enter the Casdoor organization, for example built-in.</source>
        <translation>Geben Sie die Casdoor-Organisation ein, zum Beispiel built-in.</translation>
    </message>
    <message>
        <source>Enter the client ID of a Casdoor application.</source>
        <translation>Geben Sie die Client-ID einer Casdoor-Anwendung ein.</translation>
    </message>
    <message>
        <source>Enter the client ID the console authenticates with.</source>
        <translation>Geben Sie die Client-ID ein, mit der sich die Konsole authentifiziert.</translation>
    </message>
    <message>
        <source>Unknown backend kind &apos;%1&apos;.</source>
        <translation>Unbekannte Backend-Art „%1“.</translation>
    </message>
    <message>
        <source>The profile has no id.</source>
        <translation>Das Profil hat keine ID.</translation>
    </message>
    <message>
        <source>Local SQLite</source>
        <translation>Lokales SQLite</translation>
    </message>
    <message>
        <source>Local PostgreSQL</source>
        <translation>Lokales PostgreSQL</translation>
    </message>
    <message>
        <source>Casdoor</source>
        <translation>Casdoor</translation>
    </message>
    <message>
        <source>Standards-based authorization server</source>
        <translation>Standardbasierter Autorisierungsserver</translation>
    </message>
    <message>
        <source>Casdoor has no resource entity: the resource indicator is only recorded on each token.</source>
        <translation>Casdoor kennt keine Ressourcen: Der Ressourcenindikator wird nur bei jedem Token gespeichert.</translation>
    </message>
    <message>
        <source>Casdoor keeps scopes inside each application; edit them there.</source>
        <translation>Casdoor verwaltet Scopes innerhalb jeder Anwendung; bearbeiten Sie sie dort.</translation>
    </message>
    <message>
        <source>Manage Casdoor&apos;s users in Casdoor&apos;s own user pages.</source>
        <translation>Verwalten Sie die Benutzer von Casdoor auf den Benutzerseiten von Casdoor.</translation>
    </message>
    <message>
        <source>Casdoor has no introspection for the console&apos;s credentials; look tokens up in the list.</source>
        <translation>Casdoor bietet für die Anmeldedaten der Konsole keine Introspektion; suchen Sie Token in der Liste.</translation>
    </message>
    <message>
        <source>Casdoor&apos;s records are not hash-chained, so there is nothing to verify.</source>
        <translation>Die Einträge von Casdoor sind nicht per Hash verkettet, daher gibt es nichts zu verifizieren.</translation>
    </message>
    <message>
        <source>Casdoor&apos;s signing certificates are managed in Casdoor.</source>
        <translation>Die Signaturzertifikate von Casdoor werden in Casdoor verwaltet.</translation>
    </message>
    <message>
        <source>Casdoor does not announce changes; refresh with F5.</source>
        <translation>Casdoor meldet keine Änderungen; aktualisieren Sie mit F5.</translation>
    </message>
    <message>
        <source>The OAuth standards have no organizations.</source>
        <translation>Die OAuth-Standards kennen keine Organisationen.</translation>
    </message>
    <message>
        <source>Rotate a client&apos;s secret by updating its registration (RFC 7592) on the server.</source>
        <translation>Rotieren Sie das Geheimnis eines Clients, indem Sie seine Registrierung (RFC 7592) auf dem Server aktualisieren.</translation>
    </message>
    <message>
        <source>The OAuth standards have no API to list a server&apos;s resources.</source>
        <translation>Die OAuth-Standards bieten keine API, um die Ressourcen eines Servers aufzulisten.</translation>
    </message>
    <message>
        <source>The OAuth standards have no API to manage scopes.</source>
        <translation>Die OAuth-Standards bieten keine API zur Verwaltung von Scopes.</translation>
    </message>
    <message>
        <source>The OAuth standards have no API to manage users.</source>
        <translation>Die OAuth-Standards bieten keine API zur Verwaltung von Benutzern.</translation>
    </message>
    <message>
        <source>The OAuth standards cannot list tokens; paste a token to look it up (RFC 7662).</source>
        <translation>Die OAuth-Standards können keine Token auflisten; fügen Sie ein Token ein, um es nachzuschlagen (RFC 7662).</translation>
    </message>
    <message>
        <source>The OAuth standards have no API for consents.</source>
        <translation>Die OAuth-Standards bieten keine API für Einwilligungen.</translation>
    </message>
    <message>
        <source>The OAuth standards have no API for an audit log.</source>
        <translation>Die OAuth-Standards bieten keine API für ein Prüfprotokoll.</translation>
    </message>
    <message>
        <source>A server&apos;s signing keys are read from its JWKS, not managed.</source>
        <translation>Die Signaturschlüssel eines Servers werden aus seinem JWKS gelesen, nicht verwaltet.</translation>
    </message>
    <message>
        <source>The OAuth standards have no API for registration policy.</source>
        <translation>Die OAuth-Standards bieten keine API für Registrierungsrichtlinien.</translation>
    </message>
    <message>
        <source>The server does not announce changes; refresh with F5.</source>
        <translation>Der Server meldet keine Änderungen; aktualisieren Sie mit F5.</translation>
    </message>
    <message>
        <source>The local store keeps every token&apos;s record for the audit trail; revoke the token instead.</source>
        <translation>Der lokale Speicher behält den Eintrag jedes Tokens für die Audit-Spur; widerrufen Sie das Token stattdessen.</translation>
    </message>
    <message>
        <source>The OAuth standards revoke tokens (RFC 7009); they cannot delete them.</source>
        <translation>Die OAuth-Standards widerrufen Token (RFC 7009); sie können sie nicht löschen.</translation>
    </message>
</context>
<context>
    <name>ConnectionProfileStore</name>
    <message>
        <source>A profile named &apos;%1&apos; exists already.</source>
        <translation>Ein Profil namens „%1“ ist bereits vorhanden.</translation>
    </message>
    <message>
        <source>There is no such profile.</source>
        <translation>Dieses Profil gibt es nicht.</translation>
    </message>
</context>
<context>
    <name>ErrorMessage</name>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation>Art: %1</translation>
    </message>
    <message>
        <source>Field: %1</source>
        <translation>Feld: %1</translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation>Meldung: %1</translation>
    </message>
    <message>
        <source>MCP Auth Console</source>
        <translation>MCP Auth Console</translation>
    </message>
</context>
<context>
    <name>JwtSignatureCheck</name>
    <message>
        <source>The token is signed with &apos;%1&apos;; the local server only signs with RS256 and ES256, so it did not issue this token.</source>
        <translation>Das Token ist mit „%1“ signiert; der lokale Server signiert nur mit RS256 und ES256 und hat dieses Token daher nicht ausgestellt.</translation>
    </message>
    <message>
        <source>no algorithm</source>
        <translation>kein Algorithmus</translation>
    </message>
    <message>
        <source>No key of the local server has the key ID &apos;%1&apos;: another server issued this token, or its key was removed.</source>
        <translation>Kein Schlüssel des lokalen Servers hat die Schlüssel-ID „%1“: Ein anderer Server hat dieses Token ausgestellt, oder sein Schlüssel wurde entfernt.</translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; is no longer published in the JWKS, so resource servers reject every token it signed.</source>
        <translation>Der Schlüssel „%1“ wird nicht mehr im JWKS veröffentlicht, daher lehnen Ressourcenserver jedes damit signierte Token ab.</translation>
    </message>
    <message>
        <source>The header says %1, but the key &apos;%2&apos; is a %3 key.</source>
        <translation>Der Header gibt %1 an, aber der Schlüssel „%2“ ist ein %3-Schlüssel.</translation>
    </message>
    <message>
        <source>The stored public key &apos;%1&apos; could not be read.</source>
        <translation>Der gespeicherte öffentliche Schlüssel „%1“ konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>The signature does not match the key &apos;%1&apos;: the token was altered after it was signed.</source>
        <translation>Die Signatur passt nicht zum Schlüssel „%1“: Das Token wurde nach dem Signieren verändert.</translation>
    </message>
    <message>
        <source>The signature is valid: signed by the local server&apos;s %1 key &apos;%2&apos;.</source>
        <translation>Die Signatur ist gültig: signiert mit dem %1-Schlüssel „%2“ des lokalen Servers.</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>any time</source>
        <translation>jederzeit</translation>
    </message>
</context>
<context>
    <name>RegistrationKeyring</name>
    <message>
        <source>This console holds no registration access token for client &apos;%1&apos;, so it cannot manage it: only clients registered from this console (on this machine) can be.</source>
        <translation>Diese Konsole besitzt kein Registrierungszugriffstoken für den Client „%1“ und kann ihn daher nicht verwalten: Nur Clients, die von dieser Konsole (auf diesem Rechner) registriert wurden, lassen sich verwalten.</translation>
    </message>
</context>
<context>
    <name>RemoteSession</name>
    <message>
        <source>No client secret for &apos;%1&apos;: set MCPAUTH_CLIENT_SECRET, or save the profile&apos;s secret in the console (File &gt; Connection Profiles). The keychain said: %2</source>
        <translation>Kein Client-Geheimnis für „%1“: Setzen Sie MCPAUTH_CLIENT_SECRET oder speichern Sie das Geheimnis des Profils in der Konsole (Datei &gt; Verbindungsprofile). Meldung des Schlüsselbunds: %2</translation>
    </message>
</context>
<context>
    <name>mcpauth::ApplicationEditorDialog</name>
    <message>
        <source>New Application</source>
        <translation>Neue Anwendung</translation>
    </message>
    <message>
        <source>Edit Application %1</source>
        <translation>Anwendung %1 bearbeiten</translation>
    </message>
    <message>
        <source>Application settings</source>
        <translation>Anwendungseinstellungen</translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation>&amp;Allgemein</translation>
    </message>
    <message>
        <source>&amp;Redirects &amp;&amp; grants</source>
        <translation>&amp;Weiterleitungen &amp;&amp; Grants</translation>
    </message>
    <message>
        <source>T&amp;okens &amp;&amp; consent</source>
        <translation>T&amp;oken &amp;&amp; Einwilligung</translation>
    </message>
    <message>
        <source>None: start from defaults</source>
        <translation>Keine: mit Standardwerten beginnen</translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation>&amp;Vorlage:</translation>
    </message>
    <message>
        <source>Or&amp;ganization:</source>
        <translation>Or&amp;ganisation:</translation>
    </message>
    <message>
        <source>A short unique name, e.g. cursor-team</source>
        <translation>Ein kurzer eindeutiger Name, z. B. cursor-team</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>An&amp;zeigename:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>B&amp;eschreibung:</translation>
    </message>
    <message>
        <source>Generated when left empty</source>
        <translation>Wird erzeugt, wenn leer</translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation>&amp;Client-ID:</translation>
    </message>
    <message>
        <source>Public: an app on a device, no secret (PKCE)</source>
        <translation>Öffentlich: eine App auf einem Gerät, kein Geheimnis (PKCE)</translation>
    </message>
    <message>
        <source>Confidential: runs on a server, has a secret</source>
        <translation>Vertraulich: läuft auf einem Server, hat ein Geheimnis</translation>
    </message>
    <message>
        <source>Client t&amp;ype:</source>
        <translation>Client-T&amp;yp:</translation>
    </message>
    <message>
        <source>none (public clients)</source>
        <translation>none (öffentliche Clients)</translation>
    </message>
    <message>
        <source>client_secret_basic (HTTP Basic)</source>
        <translation>client_secret_basic (HTTP Basic)</translation>
    </message>
    <message>
        <source>client_secret_post (in the form)</source>
        <translation>client_secret_post (im Formular)</translation>
    </message>
    <message>
        <source>Token endpoint &amp;authentication:</source>
        <translation>A&amp;uthentifizierung am Token-Endpunkt:</translation>
    </message>
    <message>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Default</source>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation>Ka&amp;tegorie:</translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation>&amp;Typ:</translation>
    </message>
    <message>
        <source>Redirect URIs:</source>
        <translation>Weiterleitungs-URIs:</translation>
    </message>
    <message>
        <source>authorization_code: a person signs in and consents</source>
        <translation>authorization_code: Eine Person meldet sich an und willigt ein</translation>
    </message>
    <message>
        <source>refresh_token: new access tokens without signing in again</source>
        <translation>refresh_token: neue Zugriffstoken ohne erneute Anmeldung</translation>
    </message>
    <message>
        <source>client_credentials: the client acts for itself (confidential only)</source>
        <translation>client_credentials: Der Client handelt für sich selbst (nur vertraulich)</translation>
    </message>
    <message>
        <source>Grant types:</source>
        <translation>Grant-Typen:</translation>
    </message>
    <message>
        <source>Require &amp;PKCE (S256) on every authorization request</source>
        <translation>&amp;PKCE (S256) bei jeder Autorisierungsanfrage verlangen</translation>
    </message>
    <message>
        <source>JWT (verifiable by the resource)</source>
        <translation>JWT (von der Ressource überprüfbar)</translation>
    </message>
    <message>
        <source>Opaque (checked by introspection)</source>
        <translation>Opak (per Introspektion geprüft)</translation>
    </message>
    <message>
        <source>Token &amp;format:</source>
        <translation>Token&amp;format:</translation>
    </message>
    <message>
        <source>&amp;Signing algorithm:</source>
        <translation>&amp;Signaturalgorithmus:</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>From %1 s (one minute) to %2 s (one day).</source>
        <translation>Von %1 s (eine Minute) bis %2 s (ein Tag).</translation>
    </message>
    <message>
        <source>A&amp;ccess token lifetime:</source>
        <translation>Lebensdauer des Zugriffsto&amp;kens:</translation>
    </message>
    <message>
        <source>At most %1 s (one year).</source>
        <translation>Höchstens %1 s (ein Jahr).</translation>
    </message>
    <message>
        <source>&amp;Refresh token lifetime:</source>
        <translation>Lebens&amp;dauer des Aktualisierungstokens:</translation>
    </message>
    <message>
        <source>Once: ask the first time, remember the answer</source>
        <translation>Einmal: beim ersten Mal fragen, Antwort merken</translation>
    </message>
    <message>
        <source>Always: ask on every authorization</source>
        <translation>Immer: bei jeder Autorisierung fragen</translation>
    </message>
    <message>
        <source>Never: trusted first-party client</source>
        <translation>Nie: vertrauenswürdiger eigener Client</translation>
    </message>
    <message>
        <source>Co&amp;nsent:</source>
        <translation>Einwi&amp;lligung:</translation>
    </message>
    <message>
        <source>Space-separated; empty: any scope of the resource</source>
        <translation>Durch Leerzeichen getrennt; leer: jeder Scope der Ressource</translation>
    </message>
    <message>
        <source>Allowed sco&amp;pes:</source>
        <translation>Zulässige Sco&amp;pes:</translation>
    </message>
    <message>
        <source>Space-separated origins, e.g. https://app.example.com</source>
        <translation>Durch Leerzeichen getrennte Ursprünge, z. B. https://app.example.com</translation>
    </message>
    <message>
        <source>CORS &amp;origins:</source>
        <translation>CORS-&amp;Ursprünge:</translation>
    </message>
    <message>
        <source>Could not load the organizations: %1</source>
        <translation>Die Organisationen konnten nicht geladen werden: %1</translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n problem(s))</source>
        <translation>
            <numerusform>%1 (%n Problem)</numerusform>
            <numerusform>%1 (%n Probleme)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcpauth::ApplicationTableModel</name>
    <message>
        <source>Confidential</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <source>Public</source>
        <translation>Öffentlich</translation>
    </message>
    <message>
        <source>Always</source>
        <translation>Immer</translation>
    </message>
    <message>
        <source>Once</source>
        <translation>Einmal</translation>
    </message>
    <message>
        <source>Never</source>
        <translation>Nie</translation>
    </message>
    <message>
        <source>Console</source>
        <translation>Konsole</translation>
    </message>
    <message>
        <source>CLI</source>
        <translation>CLI</translation>
    </message>
    <message>
        <source>Dynamic registration</source>
        <translation>Dynamische Registrierung</translation>
    </message>
    <message>
        <source>Metadata document</source>
        <translation>Metadatendokument</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Client type</source>
        <translation>Client-Typ</translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation>Weiterleitungs-URIs</translation>
    </message>
    <message>
        <source>Consent</source>
        <translation>Einwilligung</translation>
    </message>
    <message>
        <source>Created by</source>
        <translation>Erstellt von</translation>
    </message>
</context>
<context>
    <name>mcpauth::ApplicationsPage</name>
    <message>
        <source>Filter by name, client ID or redirect URI (Ctrl+F)</source>
        <translation>Nach Name, Client-ID oder Weiterleitungs-URI filtern (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter applications</source>
        <translation>Anwendungen filtern</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>New application</source>
        <translation>Neue Anwendung</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit application</source>
        <translation>Anwendung bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Rotate Secret…</source>
        <translation>Geheimnis &amp;rotieren…</translation>
    </message>
    <message>
        <source>Rotate the client secret</source>
        <translation>Client-Geheimnis rotieren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete application</source>
        <translation>Anwendung löschen</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>Could not load the applications</source>
        <translation>Die Anwendungen konnten nicht geladen werden</translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n Anwendung</numerusform>
            <numerusform>%n Anwendungen</numerusform>
        </translation>
    </message>
    <message>
        <source>New application (Ctrl+N)</source>
        <translation>Neue Anwendung (Ctrl+N)</translation>
    </message>
    <message>
        <source>Edit the selected application (Enter)</source>
        <translation>Ausgewählte Anwendung bearbeiten (Enter)</translation>
    </message>
    <message>
        <source>Delete the selected application (Delete)</source>
        <translation>Ausgewählte Anwendung löschen (Delete)</translation>
    </message>
    <message>
        <source>A public client has no secret: it proves itself with PKCE.</source>
        <translation>Ein öffentlicher Client hat kein Geheimnis: Er weist sich mit PKCE aus.</translation>
    </message>
    <message>
        <source>Issue a new client secret; the current one stops working at once.</source>
        <translation>Ein neues Client-Geheimnis ausstellen; das aktuelle funktioniert sofort nicht mehr.</translation>
    </message>
    <message>
        <source>Application %1 created.</source>
        <translation>Anwendung %1 erstellt.</translation>
    </message>
    <message>
        <source>Application %1 saved.</source>
        <translation>Anwendung %1 gespeichert.</translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>The client secret of %1 (client ID %2). Put it in the client&apos;s configuration.</source>
        <translation>Das Client-Geheimnis von %1 (Client-ID %2). Tragen Sie es in die Konfiguration des Clients ein.</translation>
    </message>
    <message>
        <source>Rotate Client Secret</source>
        <translation>Client-Geheimnis rotieren</translation>
    </message>
    <message>
        <source>Rotate the client secret of %1?</source>
        <translation>Das Client-Geheimnis von %1 rotieren?</translation>
    </message>
    <message>
        <source>The current secret stops working at once: every client that uses it must be given the new one. Tokens already issued stay valid.</source>
        <translation>Das aktuelle Geheimnis funktioniert sofort nicht mehr: Jeder Client, der es verwendet, muss das neue erhalten. Bereits ausgestellte Token bleiben gültig.</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotieren</translation>
    </message>
    <message>
        <source>Could not rotate the secret of %1</source>
        <translation>Das Geheimnis von %1 konnte nicht rotiert werden</translation>
    </message>
    <message>
        <source>The secret of %1 was rotated.</source>
        <translation>Das Geheimnis von %1 wurde rotiert.</translation>
    </message>
    <message>
        <source>New Client Secret</source>
        <translation>Neues Client-Geheimnis</translation>
    </message>
    <message>
        <source>The new client secret of %1 (client ID %2). The previous one no longer works.</source>
        <translation>Das neue Client-Geheimnis von %1 (Client-ID %2). Das bisherige funktioniert nicht mehr.</translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation>%1 konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Delete Application</source>
        <translation>Anwendung löschen</translation>
    </message>
    <message>
        <source>Delete the application %1?</source>
        <translation>Die Anwendung %1 löschen?</translation>
    </message>
    <message>
        <source>Its %1 (%2 still active) and %3 are deleted with it, and clients using client ID %4 can no longer sign in. The audit log keeps the history.</source>
        <translation>Ihre %1 (%2 noch aktiv) und %3 werden mit ihr gelöscht, und Clients mit der Client-ID %4 können sich nicht mehr anmelden. Das Prüfprotokoll behält den Verlauf.</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n Einwilligung</numerusform>
            <numerusform>%n Einwilligungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Application %1 deleted with %2 and %3.</source>
        <translation>Anwendung %1 mit %2 und %3 gelöscht.</translation>
    </message>
    <message>
        <source>Only the clients registered from this console are listed: the OAuth standards have no way to list a server&apos;s clients. Their registration access tokens are in the keychain.</source>
        <translation>Es werden nur die von dieser Konsole registrierten Clients angezeigt: Die OAuth-Standards bieten keine Möglichkeit, die Clients eines Servers aufzulisten. Ihre Registrierungszugriffstoken liegen im Schlüsselbund.</translation>
    </message>
</context>
<context>
    <name>mcpauth::AuditPage</name>
    <message>
        <source>&amp;Text:</source>
        <translation>&amp;Text:</translation>
    </message>
    <message>
        <source>Anywhere in the event (Ctrl+F)</source>
        <translation>Überall im Ereignis (Ctrl+F)</translation>
    </message>
    <message>
        <source>Ac&amp;tor:</source>
        <translation>Akt&amp;eur:</translation>
    </message>
    <message>
        <source>cli:root, console:alice, server…</source>
        <translation>cli:root, console:alice, server…</translation>
    </message>
    <message>
        <source>Acti&amp;on:</source>
        <translation>Akti&amp;on:</translation>
    </message>
    <message>
        <source>token.revoke, or token. for all</source>
        <translation>token.revoke, oder token. für alle</translation>
    </message>
    <message>
        <source>Tar&amp;get ID:</source>
        <translation>&amp;Ziel-ID:</translation>
    </message>
    <message>
        <source>The id of an entity</source>
        <translation>Die ID einer Entität</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Verweigert</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>Erge&amp;bnis:</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Ab</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vor</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Ab:</translation>
    </message>
    <message>
        <source>&amp;before:</source>
        <translation>&amp;vor:</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>Kette ve&amp;rifizieren</translation>
    </message>
    <message>
        <source>Recompute every event&apos;s hash: shows whether any stored event was changed or removed</source>
        <translation>Den Hash jedes Ereignisses neu berechnen: zeigt, ob ein gespeichertes Ereignis geändert oder entfernt wurde</translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation>Fortschritt der Verifizierung</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the events that match the filter to a CSV or JSON file</source>
        <translation>Die Ereignisse, die dem Filter entsprechen, in eine CSV- oder JSON-Datei schreiben</translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation>Prüfereignisse</translation>
    </message>
    <message>
        <source>Event details</source>
        <translation>Ereignisdetails</translation>
    </message>
    <message>
        <source>Select an event to see its details.</source>
        <translation>Wählen Sie ein Ereignis aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>Could not load the audit log</source>
        <translation>Das Prüfprotokoll konnte nicht geladen werden</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%1 event(s)</source>
        <translation>
            <numerusform>%1 Ereignis</numerusform>
            <numerusform>%1 Ereignisse</numerusform>
        </translation>
    </message>
    <message>
        <source>Event %1, %2 (UTC)
Actor: %3
Action: %4
Target: %5 %6
Outcome: %7
Source: %8

</source>
        <translation>Ereignis %1, %2 (UTC)
Akteur: %3
Aktion: %4
Ziel: %5 %6
Ergebnis: %7
Quelle: %8

</translation>
    </message>
    <message>
        <source>No details.</source>
        <translation>Keine Details.</translation>
    </message>
    <message>
        <source>
Hash: %1
Previous: %2</source>
        <translation>
Hash: %1
Vorheriger: %2</translation>
    </message>
    <message>
        <source>Checking every event&apos;s hash…</source>
        <translation>Der Hash jedes Ereignisses wird geprüft…</translation>
    </message>
    <message>
        <source>The chain could not be checked.</source>
        <translation>Die Kette konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Could not verify the audit log</source>
        <translation>Das Prüfprotokoll konnte nicht verifiziert werden</translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Intact&lt;/b&gt;: all %n event(s) are in the chain unchanged; none was altered, removed or reordered.</source>
        <translation>
            <numerusform>&lt;b&gt;Intakt&lt;/b&gt;: Das %n Ereignis ist unverändert in der Kette; keines wurde geändert, entfernt oder umsortiert.</numerusform>
            <numerusform>&lt;b&gt;Intakt&lt;/b&gt;: Alle %n Ereignisse sind unverändert in der Kette; keines wurde geändert, entfernt oder umsortiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Broken at event %1&lt;/b&gt;: %2 Events from there on cannot be trusted; compare them with a backup.</source>
        <translation>&lt;b&gt;Unterbrochen bei Ereignis %1&lt;/b&gt;: %2 Ereignissen ab dieser Stelle kann nicht vertraut werden; vergleichen Sie sie mit einer Sicherung.</translation>
    </message>
    <message>
        <source>The audit chain is intact.</source>
        <translation>Die Prüfkette ist intakt.</translation>
    </message>
    <message>
        <source>The audit chain is broken.</source>
        <translation>Die Prüfkette ist unterbrochen.</translation>
    </message>
</context>
<context>
    <name>mcpauth::AuditTableModel</name>
    <message>
        <source>Success</source>
        <translation>Erfolg</translation>
    </message>
    <message>
        <source>Failure</source>
        <translation>Fehlschlag</translation>
    </message>
    <message>
        <source>Denied</source>
        <translation>Verweigert</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
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
        <source>Target</source>
        <translation>Ziel</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
</context>
<context>
    <name>mcpauth::Backend</name>
    <message>
        <source>%1 is not available on this backend.</source>
        <translation>%1 ist mit diesem Backend nicht verfügbar.</translation>
    </message>
    <message>
        <source>This backend publishes no authorization server metadata.</source>
        <translation>Dieses Backend veröffentlicht keine Metadaten eines Autorisierungsservers.</translation>
    </message>
</context>
<context>
    <name>mcpauth::CasdoorBackend</name>
    <message>
        <source>Casdoor: %1 (organization %2)</source>
        <translation>Casdoor: %1 (Organisation %2)</translation>
    </message>
    <message>
        <source>Casdoor generates an application&apos;s secret once; change it in Casdoor&apos;s application page.</source>
        <translation>Casdoor erzeugt das Geheimnis einer Anwendung einmal; ändern Sie es auf der Anwendungsseite von Casdoor.</translation>
    </message>
    <message>
        <source>Casdoor&apos;s consent policy is fixed: it asks once for the scopes listed in the application&apos;s consent scopes, and remembers the answer.</source>
        <translation>Die Einwilligungsregel von Casdoor ist fest: Es fragt einmal nach den Scopes, die in den Einwilligungs-Scopes der Anwendung stehen, und merkt sich die Antwort.</translation>
    </message>
    <message>
        <source>Casdoor has no &quot;:*&quot; port wildcard: http://127.0.0.1:*/callback is stored as 127.0.0.1/callback, its scheme-less form, which accepts any port (and https too). Casdoor also accepts any http://localhost and http://127.0.0.1 redirect for every application.</source>
        <translation>Casdoor kennt keinen „:*“-Port-Platzhalter: http://127.0.0.1:*/callback wird als 127.0.0.1/callback gespeichert, seiner Form ohne Schema, die jeden Port (und auch https) akzeptiert. Casdoor akzeptiert außerdem für jede Anwendung jede Weiterleitung an http://localhost und http://127.0.0.1.</translation>
    </message>
    <message>
        <source>Casdoor cannot require PKCE: it checks the code verifier whenever a client sends a challenge, and accepts requests without one.</source>
        <translation>Casdoor kann PKCE nicht vorschreiben: Es prüft den Code-Verifier, wenn ein Client eine Challenge sendet, und akzeptiert Anfragen ohne.</translation>
    </message>
    <message>
        <source>Casdoor has no CORS setting per application: it allows an origin that matches one of the application&apos;s redirect URIs, or a loopback origin.</source>
        <translation>Casdoor hat keine CORS-Einstellung pro Anwendung: Es erlaubt einen Origin, der zu einer der Weiterleitungs-URIs der Anwendung passt, oder einen Loopback-Origin.</translation>
    </message>
    <message>
        <source>Casdoor has no revocation endpoint. Expiring a token keeps its record (update-token with expiresIn 0); deleting removes it. Either way Casdoor refuses the token from then on, but a resource server that validates the JWT offline accepts it until it expires.</source>
        <translation>Casdoor hat keinen Widerrufs-Endpunkt. Das Ablaufenlassen eines Tokens behält seinen Eintrag (update-token mit expiresIn 0); Löschen entfernt ihn. In beiden Fällen lehnt Casdoor das Token ab dann ab, aber ein Ressourcenserver, der das JWT offline prüft, akzeptiert es bis zu seinem Ablauf.</translation>
    </message>
    <message>
        <source>Casdoor keeps consents in each user&apos;s applicationScopes. Revoking a consent does not revoke the tokens already issued.</source>
        <translation>Casdoor speichert Einwilligungen in den applicationScopes jedes Benutzers. Das Widerrufen einer Einwilligung widerruft bereits ausgestellte Token nicht.</translation>
    </message>
    <message>
        <source>These are Casdoor&apos;s records: by default only POST requests are recorded, and calls made with application credentials (like this console&apos;s) may not be recorded at all.</source>
        <translation>Dies sind die Einträge von Casdoor: Standardmäßig werden nur POST-Anfragen aufgezeichnet, und Aufrufe mit Anwendungs-Anmeldedaten (wie die dieser Konsole) werden möglicherweise gar nicht aufgezeichnet.</translation>
    </message>
    <message>
        <source>Casdoor has no organization &quot;%1&quot;; check the profile&apos;s organization.</source>
        <translation>Casdoor hat keine Organisation „%1“; prüfen Sie die Organisation des Profils.</translation>
    </message>
    <message>
        <source>Casdoor has no application &quot;%1&quot;.</source>
        <translation>Casdoor hat keine Anwendung „%1“.</translation>
    </message>
    <message>
        <source>Casdoor did not add the application &quot;%1&quot;: the name or client ID may be taken, or the application quota reached.</source>
        <translation>Casdoor hat die Anwendung „%1“ nicht hinzugefügt: Der Name oder die Client-ID ist vielleicht vergeben, oder das Anwendungskontingent ist erreicht.</translation>
    </message>
    <message>
        <source>Casdoor did not change the application &quot;%1&quot;.</source>
        <translation>Casdoor hat die Anwendung „%1“ nicht geändert.</translation>
    </message>
    <message>
        <source>Casdoor accepted the change, but reading the application back failed: %1</source>
        <translation>Casdoor hat die Änderung angenommen, aber das Zurücklesen der Anwendung ist fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Casdoor accepted the change but did not store the field &quot;%1&quot;; it holds the value shown after a refresh.</source>
        <translation>Casdoor hat die Änderung angenommen, aber das Feld „%1“ nicht gespeichert; es enthält den Wert, der nach einer Aktualisierung angezeigt wird.</translation>
    </message>
    <message>
        <source>%1 Whether the application changed could not be checked: %2</source>
        <translation>%1 Ob sich die Anwendung geändert hat, konnte nicht geprüft werden: %2</translation>
    </message>
    <message>
        <source>%1 Nothing was changed (read back from Casdoor).</source>
        <translation>%1 Es wurde nichts geändert (aus Casdoor zurückgelesen).</translation>
    </message>
    <message>
        <source>%1 The application in Casdoor now differs from before; refresh and check it.</source>
        <translation>%1 Die Anwendung in Casdoor unterscheidet sich jetzt von vorher; aktualisieren und prüfen Sie sie.</translation>
    </message>
    <message>
        <source>Casdoor did not delete the application &quot;%1&quot; (it may be gone already, or be app-built-in, which cannot be deleted).</source>
        <translation>Casdoor hat die Anwendung „%1“ nicht gelöscht (sie ist vielleicht schon weg, oder es ist app-built-in, die nicht gelöscht werden kann).</translation>
    </message>
    <message>
        <source>Casdoor has no token %1.</source>
        <translation>Casdoor hat kein Token %1.</translation>
    </message>
    <message>
        <source>The token %1 is already expired in Casdoor.</source>
        <translation>Das Token %1 ist in Casdoor bereits abgelaufen.</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) expired; then Casdoor refused to expire %1: %2</source>
        <translation>
            <numerusform>%n Token abgelaufen; dann hat Casdoor abgelehnt, %1 ablaufen zu lassen: %2</numerusform>
            <numerusform>%n Token abgelaufen; dann hat Casdoor abgelehnt, %1 ablaufen zu lassen: %2</numerusform>
        </translation>
    </message>
    <message>
        <source>Casdoor did not expire the token %1.</source>
        <translation>Casdoor hat das Token %1 nicht ablaufen lassen.</translation>
    </message>
    <message>
        <source>Casdoor did not delete the token %1.</source>
        <translation>Casdoor hat das Token %1 nicht gelöscht.</translation>
    </message>
    <message>
        <source>No consent has the id %1.</source>
        <translation>Keine Einwilligung hat die ID %1.</translation>
    </message>
    <message>
        <source>Casdoor has no user %1.</source>
        <translation>Casdoor hat keinen Benutzer %1.</translation>
    </message>
    <message>
        <source>The consent %1 is already gone.</source>
        <translation>Die Einwilligung %1 ist bereits weg.</translation>
    </message>
    <message>
        <source>Casdoor did not change the user&apos;s consents.</source>
        <translation>Casdoor hat die Einwilligungen des Benutzers nicht geändert.</translation>
    </message>
    <message>
        <source>Casdoor cannot count filtered records; the list shows them.</source>
        <translation>Casdoor kann gefilterte Einträge nicht zählen; die Liste zeigt sie.</translation>
    </message>
    <message>
        <source>Casdoor has no organization &quot;%1&quot;.</source>
        <translation>Casdoor hat keine Organisation „%1“.</translation>
    </message>
    <message>
        <source>Casdoor counts lifetimes in hours and gives new applications 168 hours (seven days) for access tokens. It accepts up to a year here; the console&apos;s own server allows at most one day, because a leaked access token works until it expires. Lower it unless your clients need it.</source>
        <translation>Casdoor zählt Lebensdauern in Stunden und gibt neuen Anwendungen 168 Stunden (sieben Tage) für Zugriffstoken. Hier ist bis zu einem Jahr möglich; der eigene Server der Konsole erlaubt höchstens einen Tag, weil ein offengelegtes Zugriffstoken bis zu seinem Ablauf gültig bleibt. Verringern Sie den Wert, wenn Ihre Clients ihn nicht brauchen.</translation>
    </message>
</context>
<context>
    <name>mcpauth::CasdoorClient</name>
    <message>
        <source>Casdoor at %1 could not be reached: %2</source>
        <translation>Casdoor unter %1 war nicht erreichbar: %2</translation>
    </message>
    <message>
        <source>Casdoor refused the console&apos;s credentials (HTTP %1%2). Check the profile&apos;s client ID and the client secret in the keychain.</source>
        <translation>Casdoor hat die Anmeldedaten der Konsole abgelehnt (HTTP %1%2). Prüfen Sie die Client-ID des Profils und das Client-Geheimnis im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Casdoor&apos;s answer to %1 (HTTP %2) is not the JSON envelope Casdoor sends. Is %3 a Casdoor server?</source>
        <translation>Die Antwort von Casdoor auf %1 (HTTP %2) ist nicht der JSON-Umschlag, den Casdoor sendet. Ist %3 ein Casdoor-Server?</translation>
    </message>
    <message>
        <source>Casdoor did not accept the console&apos;s client ID and secret (it answered &quot;%1&quot;). Casdoor ignores wrong credentials and treats the call as anonymous: check the profile&apos;s client ID and the client secret in the keychain.</source>
        <translation>Casdoor hat die Client-ID und das Geheimnis der Konsole nicht akzeptiert (Antwort: „%1“). Casdoor ignoriert falsche Anmeldedaten und behandelt den Aufruf als anonym: Prüfen Sie die Client-ID des Profils und das Client-Geheimnis im Schlüsselbund.</translation>
    </message>
    <message>
        <source>Casdoor refused %1: %2</source>
        <translation>Casdoor hat %1 abgelehnt: %2</translation>
    </message>
    <message>
        <source>(no reason given)</source>
        <translation>(kein Grund angegeben)</translation>
    </message>
    <message>
        <source>Casdoor answered %1 with HTTP %2.</source>
        <translation>Casdoor hat %1 mit HTTP %2 beantwortet.</translation>
    </message>
    <message>
        <source>Casdoor&apos;s page of %1 has no list or no total count; the server may be older than this console supports.</source>
        <translation>Die Seite von %1 aus Casdoor hat keine Liste oder keine Gesamtzahl; der Server ist vielleicht älter, als diese Konsole unterstützt.</translation>
    </message>
    <message>
        <source>Casdoor&apos;s list %1 has more than %2 pages; narrow it down.</source>
        <translation>Die Casdoor-Liste %1 hat mehr als %2 Seiten; schränken Sie sie ein.</translation>
    </message>
</context>
<context>
    <name>mcpauth::ClientPage</name>
    <message>
        <source>Through mcp-remote, which Claude Desktop starts from claude_desktop_config.json.</source>
        <translation>Über mcp-remote, das Claude Desktop aus claude_desktop_config.json startet.</translation>
    </message>
    <message>
        <source>An http entry in ~/.claude.json, or the claude mcp add command.</source>
        <translation>Ein http-Eintrag in ~/.claude.json oder der Befehl claude mcp add.</translation>
    </message>
    <message>
        <source>An entry in ~/.cursor/mcp.json; Cursor signs in through its cursor:// link.</source>
        <translation>Ein Eintrag in ~/.cursor/mcp.json; Cursor meldet sich über seinen cursor://-Link an.</translation>
    </message>
    <message>
        <source>An http server in VS Code&apos;s user mcp.json.</source>
        <translation>Ein http-Server in der Benutzerdatei mcp.json von VS Code.</translation>
    </message>
    <message>
        <source>A serverUrl entry in ~/.codeium/windsurf/mcp_config.json.</source>
        <translation>Ein serverUrl-Eintrag in ~/.codeium/windsurf/mcp_config.json.</translation>
    </message>
    <message>
        <source>The MCP Inspector&apos;s command line, to list the server&apos;s tools.</source>
        <translation>Die Befehlszeile des MCP Inspector, um die Werkzeuge des Servers aufzulisten.</translation>
    </message>
    <message>
        <source>Any other MCP client: the console shows what to enter in its settings.</source>
        <translation>Jeder andere MCP-Client: Die Konsole zeigt, was in seine Einstellungen einzutragen ist.</translation>
    </message>
    <message>
        <source>Which client do you want to connect?</source>
        <translation>Welchen Client möchten Sie verbinden?</translation>
    </message>
    <message>
        <source>The wizard writes that client&apos;s configuration and creates what it needs on the authorization server.</source>
        <translation>Der Assistent schreibt die Konfiguration dieses Clients und legt auf dem Autorisierungsserver an, was er benötigt.</translation>
    </message>
</context>
<context>
    <name>mcpauth::ConfigPage</name>
    <message>
        <source>The client&apos;s configuration</source>
        <translation>Die Konfiguration des Clients</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>Betriebssystem</translation>
    </message>
    <message>
        <source>Linux</source>
        <translation>Linux</translation>
    </message>
    <message>
        <source>macOS</source>
        <translation>macOS</translation>
    </message>
    <message>
        <source>Windows</source>
        <translation>Windows</translation>
    </message>
    <message>
        <source>Server name in the client</source>
        <translation>Servername im Client</translation>
    </message>
    <message>
        <source>Configuration entry</source>
        <translation>Konfigurationseintrag</translation>
    </message>
    <message>
        <source>Code execution warning</source>
        <translation>Warnung vor Codeausführung</translation>
    </message>
    <message>
        <source>Command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Hinweise</translation>
    </message>
    <message>
        <source>Configuration file</source>
        <translation>Konfigurationsdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the configuration file</source>
        <translation>Konfigurationsdatei auswählen</translation>
    </message>
    <message>
        <source>Changes to the file</source>
        <translation>Änderungen an der Datei</translation>
    </message>
    <message>
        <source>&amp;Write</source>
        <translation>&amp;Schreiben</translation>
    </message>
    <message>
        <source>Write the configuration file</source>
        <translation>Konfigurationsdatei schreiben</translation>
    </message>
    <message>
        <source>Writes the file; the old one is kept beside it as a backup.</source>
        <translation>Schreibt die Datei; die alte bleibt daneben als Sicherung erhalten.</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>In die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Server &amp;name:</source>
        <translation>Ser&amp;vername:</translation>
    </message>
    <message>
        <source>&amp;System:</source>
        <translation>S&amp;ystem:</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>Da&amp;tei:</translation>
    </message>
    <message>
        <source>&amp;Entry:</source>
        <translation>&amp;Eintrag:</translation>
    </message>
    <message>
        <source>&amp;Changes to the file:</source>
        <translation>Ä&amp;nderungen an der Datei:</translation>
    </message>
    <message>
        <source>What %1 needs to reach %2. Review the changes, then write the file or copy the text.</source>
        <translation>Was %1 braucht, um %2 zu erreichen. Prüfen Sie die Änderungen und schreiben Sie dann die Datei oder kopieren Sie den Text.</translation>
    </message>
    <message>
        <source>MCP server URL: %1</source>
        <translation>MCP-Server-URL: %1</translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>Client-ID: %1</translation>
    </message>
    <message>
        <source>Client secret: none (public client, PKCE)</source>
        <translation>Client-Geheimnis: keines (öffentlicher Client, PKCE)</translation>
    </message>
    <message>
        <source>Redirect URIs the application accepts: %1</source>
        <translation>Weiterleitungs-URIs, die die Anwendung akzeptiert: %1</translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation>Scopes: %1</translation>
    </message>
    <message>
        <source>Could not make the configuration.</source>
        <translation>Die Konfiguration konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>⚠ Code execution: %1 runs this command with your privileges every time it starts. Writing the file approves it; check every word.</source>
        <translation>⚠ Codeausführung: %1 führt diesen Befehl bei jedem Start mit Ihren Rechten aus. Mit dem Schreiben der Datei genehmigen Sie ihn; prüfen Sie jedes Wort.</translation>
    </message>
    <message>
        <source>⚠ Code execution: this command downloads a package from npm and runs it with your privileges.</source>
        <translation>⚠ Codeausführung: Dieser Befehl lädt ein Paket von npm herunter und führt es mit Ihren Rechten aus.</translation>
    </message>
    <message>
        <source>Run this command once in a terminal to add the server:</source>
        <translation>Führen Sie diesen Befehl einmal in einem Terminal aus, um den Server hinzuzufügen:</translation>
    </message>
    <message>
        <source>This client has no configuration file: run or copy the command.</source>
        <translation>Dieser Client hat keine Konfigurationsdatei: Führen Sie den Befehl aus oder kopieren Sie ihn.</translation>
    </message>
    <message>
        <source>The configuration for another system is shown to copy; only this computer&apos;s files are written.</source>
        <translation>Die Konfiguration für ein anderes System wird zum Kopieren angezeigt; geschrieben werden nur Dateien dieses Computers.</translation>
    </message>
    <message>
        <source>Could not prepare the file.</source>
        <translation>Die Datei konnte nicht vorbereitet werden.</translation>
    </message>
    <message>
        <source>%1 already holds this entry: nothing to write.</source>
        <translation>%1 enthält diesen Eintrag bereits: Es gibt nichts zu schreiben.</translation>
    </message>
    <message>
        <source>Writing replaces the entry “%1” in %2.</source>
        <translation>Beim Schreiben wird der Eintrag „%1“ in %2 ersetzt.</translation>
    </message>
    <message>
        <source>Writing adds the entry “%1” to %2; everything else stays.</source>
        <translation>Beim Schreiben wird der Eintrag „%1“ zu %2 hinzugefügt; alles andere bleibt erhalten.</translation>
    </message>
    <message>
        <source>Writing creates %1.</source>
        <translation>Beim Schreiben wird %1 erstellt.</translation>
    </message>
    <message>
        <source>Could not write the configuration.</source>
        <translation>Die Konfiguration konnte nicht geschrieben werden.</translation>
    </message>
    <message>
        <source>Wrote %1.</source>
        <translation>%1 wurde geschrieben.</translation>
    </message>
    <message>
        <source>Wrote %1; the old file is kept as %2.</source>
        <translation>%1 wurde geschrieben; die alte Datei bleibt als %2 erhalten.</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Copied to the clipboard.</source>
        <translation>In die Zwischenablage kopiert.</translation>
    </message>
</context>
<context>
    <name>mcpauth::ConnectionProfilesDialog</name>
    <message>
        <source>Connection Profiles</source>
        <translation>Verbindungsprofile</translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation>Gespeicherte Profile</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Backend kind</source>
        <translation>Backend-Art</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>Open this profile when the console starts</source>
        <translation>Dieses Profil beim Start der Konsole öffnen</translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;me:</translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation>&amp;Backend:</translation>
    </message>
    <message>
        <source>What this backend can do</source>
        <translation>Was dieses Backend kann</translation>
    </message>
    <message>
        <source>Feature</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Available</source>
        <translation>Verfügbar</translation>
    </message>
    <message>
        <source>What this backend can do:</source>
        <translation>Was dieses Backend kann:</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>&amp;Verbinden</translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation>%1 (Standard)</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation>Schlüsselbund wird geprüft…</translation>
    </message>
    <message>
        <source>Saved; type to replace it</source>
        <translation>Gespeichert; zum Ersetzen eintippen</translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation>Noch nicht gespeichert</translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation>Profil löschen</translation>
    </message>
    <message>
        <source>Delete the profile &apos;%1&apos; and its saved secret? The backend itself is not changed.</source>
        <translation>Das Profil „%1“ und sein gespeichertes Geheimnis löschen? Das Backend selbst wird nicht verändert.</translation>
    </message>
    <message>
        <source>Store &amp;file:</source>
        <translation>Speicher&amp;datei:</translation>
    </message>
    <message>
        <source>/home/you/.local/share/mcp-auth/store.sqlite</source>
        <translation>/home/you/.local/share/mcp-auth/store.sqlite</translation>
    </message>
    <message>
        <source>Database &amp;URL:</source>
        <translation>Datenbank-&amp;URL:</translation>
    </message>
    <message>
        <source>Casdoor &amp;URL:</source>
        <translation>Casdoor-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation>&amp;Aussteller:</translation>
    </message>
    <message>
        <source>%1:</source>
        <translation>%1:</translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a file.</source>
        <translation>Wird im Schlüsselbund des Systems aufbewahrt, nie in einer Datei.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). The secret will be kept for this session only and asked for again next time.</source>
        <translation>Kein Schlüsselbund verfügbar (%1). Das Geheimnis wird nur für diese Sitzung aufbewahrt und beim nächsten Mal erneut abgefragt.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation>Nein: %1</translation>
    </message>
    <message>
        <source>Choose the store file</source>
        <translation>Speicherdatei auswählen</translation>
    </message>
    <message>
        <source>SQLite stores (*.sqlite *.db)</source>
        <translation>SQLite-Speicher (*.sqlite *.db)</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>Alle Dateien (*)</translation>
    </message>
    <message>
        <source>The secret could not be saved: %1</source>
        <translation>Das Geheimnis konnte nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Saved in the system keychain.</source>
        <translation>Im Schlüsselbund des Systems gespeichert.</translation>
    </message>
    <message>
        <source>No keychain is available (%1). The secret is kept for this session only and will be asked for again next time.</source>
        <translation>Kein Schlüsselbund verfügbar (%1). Das Geheimnis wird nur für diese Sitzung aufbewahrt und beim nächsten Mal erneut abgefragt.</translation>
    </message>
</context>
<context>
    <name>mcpauth::ConnectionWizard</name>
    <message>
        <source>New Connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>New connection wizard</source>
        <translation>Assistent für neue Verbindungen</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Finish</source>
        <translation>Fertigstellen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Commit</source>
        <translation>Übernehmen</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>Hilfe</translation>
    </message>
</context>
<context>
    <name>mcpauth::ConnectionsPage</name>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>Connect Claude Desktop, Claude Code, Cursor, VS Code, Windsurf or the MCP Inspector step by step, or inspect any MCP server below.</source>
        <translation>Verbinden Sie Claude Desktop, Claude Code, Cursor, VS Code, Windsurf oder den MCP Inspector Schritt für Schritt, oder untersuchen Sie unten einen beliebigen MCP-Server.</translation>
    </message>
    <message>
        <source>New &amp;Connection…</source>
        <translation>Neue &amp;Verbindung…</translation>
    </message>
    <message>
        <source>New connection</source>
        <translation>Neue Verbindung</translation>
    </message>
    <message>
        <source>Open the connection wizard (Ctrl+Shift+N).</source>
        <translation>Den Verbindungsassistenten öffnen (Ctrl+Shift+N).</translation>
    </message>
</context>
<context>
    <name>mcpauth::ConsentTableModel</name>
    <message>
        <source>Revoked %1</source>
        <translation>Widerrufen %1</translation>
    </message>
    <message>
        <source>In force</source>
        <translation>In Kraft</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
</context>
<context>
    <name>mcpauth::ConsentsPage</name>
    <message>
        <source>User filter</source>
        <translation>Benutzerfilter</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Application filter</source>
        <translation>Anwendungsfilter</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation>&amp;Anwendung:</translation>
    </message>
    <message>
        <source>Show &amp;revoked</source>
        <translation>Widerrufene an&amp;zeigen</translation>
    </message>
    <message>
        <source>Filter consents</source>
        <translation>Einwilligungen filtern</translation>
    </message>
    <message>
        <source>Filter by resource or scope (Ctrl+F)</source>
        <translation>Nach Ressource oder Scope filtern (Ctrl+F)</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Revoke the selected consents (Delete): the application must ask the user again</source>
        <translation>Ausgewählte Einwilligungen widerrufen (Delete): Die Anwendung muss den Benutzer erneut fragen</translation>
    </message>
    <message>
        <source>Could not load the consents</source>
        <translation>Die Einwilligungen konnten nicht geladen werden</translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n Einwilligung</numerusform>
            <numerusform>%n Einwilligungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s consent to %2 on %3</source>
        <translation>Einwilligung von %1 für %2 auf %3</translation>
    </message>
    <message>
        <source>Revoke %1?

The application must ask the user again the next time it signs in; tokens already issued stay valid until they expire or are revoked.</source>
        <translation>%1 widerrufen?

Die Anwendung muss den Benutzer bei der nächsten Anmeldung erneut fragen; bereits ausgestellte Token bleiben gültig, bis sie ablaufen oder widerrufen werden.</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n consent(s)?

Each application must ask its user again the next time it signs in; tokens already issued stay valid until they expire or are revoked.</source>
        <translation>
            <numerusform>%n Einwilligung widerrufen?

Jede Anwendung muss ihren Benutzer bei der nächsten Anmeldung erneut fragen; bereits ausgestellte Token bleiben gültig, bis sie ablaufen oder widerrufen werden.</numerusform>
            <numerusform>%n Einwilligungen widerrufen?

Jede Anwendung muss ihren Benutzer bei der nächsten Anmeldung erneut fragen; bereits ausgestellte Token bleiben gültig, bis sie ablaufen oder widerrufen werden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke consents</source>
        <translation>Einwilligungen widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n consent(s)</source>
        <translation>
            <numerusform>%n Einwilligung widerrufen</numerusform>
            <numerusform>%n Einwilligungen widerrufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not revoke the consent</source>
        <translation>Die Einwilligung konnte nicht widerrufen werden</translation>
    </message>
    <message>
        <source>Consent revoked.</source>
        <translation>Einwilligung widerrufen.</translation>
    </message>
</context>
<context>
    <name>mcpauth::DifferenceNote</name>
    <message>
        <source>About this server</source>
        <translation>Über diesen Server</translation>
    </message>
</context>
<context>
    <name>mcpauth::EventDetailsWidget</name>
    <message>
        <source>Message bodies as a JSON tree</source>
        <translation>Nachrichteninhalte als JSON-Baum</translation>
    </message>
    <message>
        <source>Raw exchange</source>
        <translation>Roher Austausch</translation>
    </message>
    <message>
        <source>Decoded tokens</source>
        <translation>Dekodierte Token</translation>
    </message>
    <message>
        <source>Headers</source>
        <translation>Header</translation>
    </message>
    <message>
        <source>Direction</source>
        <translation>Richtung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Raw</source>
        <translation>Roh</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeitablauf</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Tokens, codes and secrets were masked when they were recorded and cannot be shown; a token&apos;s decoded claims are under Tokens.</source>
        <translation>Token, Codes und Geheimnisse wurden bei der Aufzeichnung maskiert und können nicht angezeigt werden; die dekodierten Claims eines Tokens finden Sie unter „Token“.</translation>
    </message>
    <message>
        <source>Select a message to see it in full.</source>
        <translation>Wählen Sie eine Nachricht aus, um sie vollständig zu sehen.</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>#%1 · %2 · %3</source>
        <translation>#%1 · %2 · %3</translation>
    </message>
    <message>
        <source>#%1 · %2 → %3 · %4</source>
        <translation>#%1 · %2 → %3 · %4</translation>
    </message>
    <message>
        <source>request body</source>
        <translation>Anfrageinhalt</translation>
    </message>
    <message>
        <source>response body</source>
        <translation>Antwortinhalt</translation>
    </message>
    <message>
        <source>access token claims</source>
        <translation>Claims des Zugriffstokens</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>gesendet</translation>
    </message>
    <message>
        <source>received</source>
        <translation>empfangen</translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation>Schritt: %1</translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation>Gestartet: %1</translation>
    </message>
    <message>
        <source>Duration: %1 ms</source>
        <translation>Dauer: %1 ms</translation>
    </message>
    <message>
        <source>Waiting for the first byte: %1 ms</source>
        <translation>Warten auf das erste Byte: %1 ms</translation>
    </message>
    <message>
        <source>Protocol: %1</source>
        <translation>Protokoll: %1</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation>Hinweis: %1</translation>
    </message>
    <message>
        <source>No JWT in this message.</source>
        <translation>Kein JWT in dieser Nachricht.</translation>
    </message>
    <message>
        <source>Access token (decoded by the flow engine, not verified):</source>
        <translation>Zugriffstoken (von der Flow-Engine dekodiert, nicht überprüft):</translation>
    </message>
    <message>
        <source>JWT found in the message (not verified):</source>
        <translation>In der Nachricht gefundenes JWT (nicht überprüft):</translation>
    </message>
</context>
<context>
    <name>mcpauth::ExportFlow</name>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written…</source>
        <translation>
            <numerusform>%n Zeile geschrieben…</numerusform>
            <numerusform>%n Zeilen geschrieben…</numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>Der Export wurde abgebrochen; es wurde keine Datei geschrieben.</translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation>Der Export ist fehlgeschlagen</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>%n Zeile nach %1 exportiert.</numerusform>
            <numerusform>%n Zeilen nach %1 exportiert.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcpauth::FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation>Befunddetails</translation>
    </message>
    <message>
        <source>Apply the fix</source>
        <translation>Korrektur anwenden</translation>
    </message>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Information</translation>
    </message>
    <message>
        <source>Add this redirect URI to %1…</source>
        <translation>Diesen Weiterleitungs-URI zu %1 hinzufügen…</translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation>%1 · %2 · %3</translation>
    </message>
    <message>
        <source>Findings appear here when a run ends: what went wrong, the evidence and the fix.</source>
        <translation>Befunde erscheinen hier, wenn ein Durchlauf endet: was schiefging, die Belege und die Korrektur.</translation>
    </message>
    <message>
        <source>No findings: nothing in this run breaks the specification or looks wrong.</source>
        <translation>Keine Befunde: Nichts in diesem Durchlauf verstößt gegen die Spezifikation oder wirkt fehlerhaft.</translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation>%1, %2, %3</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Erwartet</translation>
    </message>
    <message>
        <source>Actual</source>
        <translation>Tatsächlich</translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation>Korrektur:</translation>
    </message>
    <message>
        <source>Specification:</source>
        <translation>Spezifikation:</translation>
    </message>
    <message>
        <source>Asks before changing anything.</source>
        <translation>Fragt nach, bevor etwas geändert wird.</translation>
    </message>
</context>
<context>
    <name>mcpauth::FirstStartDialog</name>
    <message>
        <source>Welcome to MCP Auth Console</source>
        <translation>Willkommen bei MCP Auth Console</translation>
    </message>
    <message>
        <source>The local store is empty. How would you like to start?</source>
        <translation>Der lokale Speicher ist leer. Wie möchten Sie beginnen?</translation>
    </message>
    <message>
        <source>Create demo data</source>
        <translation>Demodaten erstellen</translation>
    </message>
    <message>
        <source>An organization, the built-in MCP server with its scopes, applications for Claude Desktop, Claude Code, Cursor and VS Code, and an administrator whose password is shown once.</source>
        <translation>Eine Organisation, der integrierte MCP-Server mit seinen Scopes, Anwendungen für Claude Desktop, Claude Code, Cursor und VS Code sowie ein Administrator, dessen Passwort einmalig angezeigt wird.</translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation>Leer beginnen</translation>
    </message>
    <message>
        <source>Create your organization, resources and applications yourself.</source>
        <translation>Erstellen Sie Ihre Organisation, Ressourcen und Anwendungen selbst.</translation>
    </message>
    <message>
        <source>Connect to a remote backend</source>
        <translation>Mit einem entfernten Backend verbinden</translation>
    </message>
    <message>
        <source>Manage Casdoor or another standards-based authorization server through a connection profile.</source>
        <translation>Casdoor oder einen anderen standardbasierten Autorisierungsserver über ein Verbindungsprofil verwalten.</translation>
    </message>
</context>
<context>
    <name>mcpauth::IdentityPage</name>
    <message>
        <source>How does the client identify itself?</source>
        <translation>Wie identifiziert sich der Client?</translation>
    </message>
    <message>
        <source>&amp;Create an application for it, named:</source>
        <translation>&amp;Eine Anwendung dafür erstellen mit dem Namen:</translation>
    </message>
    <message>
        <source>Create an application</source>
        <translation>Eine Anwendung erstellen</translation>
    </message>
    <message>
        <source>Name of the new application</source>
        <translation>Name der neuen Anwendung</translation>
    </message>
    <message>
        <source>&amp;Reuse an existing application:</source>
        <translation>Eine vorhandene Anwendung &amp;wiederverwenden:</translation>
    </message>
    <message>
        <source>Reuse an existing application</source>
        <translation>Eine vorhandene Anwendung wiederverwenden</translation>
    </message>
    <message>
        <source>Existing application</source>
        <translation>Vorhandene Anwendung</translation>
    </message>
    <message>
        <source>Let the client &amp;register itself</source>
        <translation>Den Client sich selbst &amp;registrieren lassen</translation>
    </message>
    <message>
        <source>Let the client register itself</source>
        <translation>Den Client sich selbst registrieren lassen</translation>
    </message>
    <message>
        <source>What the client will use</source>
        <translation>Was der Client verwenden wird</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>%1 needs a client ID on %2&apos;s authorization server (%3).</source>
        <translation>%1 benötigt eine Client-ID beim Autorisierungsserver von %2 (%3).</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>The authorization server offers neither dynamic registration nor client ID metadata documents.</source>
        <translation>Der Autorisierungsserver bietet weder dynamische Registrierung noch Client-ID-Metadatendokumente an.</translation>
    </message>
    <message>
        <source>Could not list the applications.</source>
        <translation>Die Anwendungen konnten nicht aufgelistet werden.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>A public client (no secret, PKCE required) with these redirect URIs, from the %1 template:</source>
        <translation>Ein öffentlicher Client (kein Geheimnis, PKCE erforderlich) mit diesen Weiterleitungs-URIs aus der Vorlage %1:</translation>
    </message>
    <message>
        <source>Allowed scopes: %1</source>
        <translation>Erlaubte Scopes: %1</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>It is created on %1 when you click Next.</source>
        <translation>Sie wird auf %1 erstellt, wenn Sie auf „Weiter“ klicken.</translation>
    </message>
    <message>
        <source>Client ID: %1</source>
        <translation>Client-ID: %1</translation>
    </message>
    <message>
        <source>Registered redirect URIs:</source>
        <translation>Registrierte Weiterleitungs-URIs:</translation>
    </message>
    <message>
        <source>Warning: %1 may send a redirect URI this application does not list: %2</source>
        <translation>Warnung: %1 sendet möglicherweise eine Weiterleitungs-URI, die diese Anwendung nicht aufführt: %2</translation>
    </message>
    <message>
        <source>Creating the application %1…</source>
        <translation>Anwendung %1 wird erstellt…</translation>
    </message>
    <message>
        <source>Could not create the application.</source>
        <translation>Die Anwendung konnte nicht erstellt werden.</translation>
    </message>
    <message>
        <source>Created the application %1 with the client ID %2.</source>
        <translation>Die Anwendung %1 wurde mit der Client-ID %2 erstellt.</translation>
    </message>
</context>
<context>
    <name>mcpauth::InspectorWidget</name>
    <message>
        <source>pending</source>
        <translation>ausstehend</translation>
    </message>
    <message>
        <source>running…</source>
        <translation>läuft…</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>ok, with warnings</source>
        <translation>ok, mit Warnungen</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>skipped</source>
        <translation>übersprungen</translation>
    </message>
    <message>
        <source>not reached</source>
        <translation>nicht erreicht</translation>
    </message>
    <message>
        <source>Step timeline</source>
        <translation>Zeitleiste der Schritte</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Zusammenfassung</translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation>Nachrichten filtern</translation>
    </message>
    <message>
        <source>Filter messages (URL, method, body, status…)</source>
        <translation>Nachrichten filtern (URL, Methode, Inhalt, Status…)</translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation>Art der Nachricht</translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation>Alle Arten</translation>
    </message>
    <message>
        <source>Status of message</source>
        <translation>Status der Nachricht</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Beliebiger Status</translation>
    </message>
    <message>
        <source>Errors and failures</source>
        <translation>Fehler und Fehlschläge</translation>
    </message>
    <message>
        <source>Successes</source>
        <translation>Erfolge</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Nachrichten</translation>
    </message>
    <message>
        <source>+%1 ms</source>
        <translation>+%1 ms</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Call a tool</source>
        <translation>Ein Tool aufrufen</translation>
    </message>
    <message>
        <source>Re-send…</source>
        <translation>Erneut senden…</translation>
    </message>
    <message>
        <source>Fixes are applied only to the local authorization server; this window is connected to %1.</source>
        <translation>Korrekturen werden nur auf den lokalen Autorisierungsserver angewendet; dieses Fenster ist mit %1 verbunden.</translation>
    </message>
    <message>
        <source>No backend to apply fixes to.</source>
        <translation>Kein Backend, auf das Korrekturen angewendet werden können.</translation>
    </message>
    <message>
        <source>MCP server URL</source>
        <translation>MCP-Server-URL</translation>
    </message>
    <message>
        <source>https://mcp.example.com/mcp</source>
        <translation>https://mcp.example.com/mcp</translation>
    </message>
    <message>
        <source>How to authorize</source>
        <translation>Art der Autorisierung</translation>
    </message>
    <message>
        <source>System browser</source>
        <translation>Systembrowser</translation>
    </message>
    <message>
        <source>Headless (server approves without a person)</source>
        <translation>Ohne Oberfläche (Server genehmigt ohne Person)</translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation>Client-ID</translation>
    </message>
    <message>
        <source>empty: register dynamically</source>
        <translation>leer: dynamisch registrieren</translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation>Client-Geheimnis</translation>
    </message>
    <message>
        <source>only for a confidential client; never saved</source>
        <translation>nur für einen vertraulichen Client; wird nie gespeichert</translation>
    </message>
    <message>
        <source>Grant</source>
        <translation>Grant</translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation>Automatisch</translation>
    </message>
    <message>
        <source>Authorization code (a user signs in)</source>
        <translation>Autorisierungscode (ein Benutzer meldet sich an)</translation>
    </message>
    <message>
        <source>Client credentials (a service, no user)</source>
        <translation>Client-Anmeldedaten (ein Dienst, kein Benutzer)</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>empty: what the server asks for</source>
        <translation>leer: was der Server verlangt</translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation>&amp;Ausführen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>Öffnen…</translation>
    </message>
    <message>
        <source>Open a saved transcript (JSON) to inspect it offline.</source>
        <translation>Ein gespeichertes Transkript (JSON) öffnen, um es offline zu untersuchen.</translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation>JSON exportieren…</translation>
    </message>
    <message>
        <source>Save the transcript, secrets masked, to open it again here or share it.</source>
        <translation>Das Transkript mit maskierten Geheimnissen speichern, um es hier erneut zu öffnen oder weiterzugeben.</translation>
    </message>
    <message>
        <source>Export HAR…</source>
        <translation>HAR exportieren…</translation>
    </message>
    <message>
        <source>Save the HTTP exchanges as HAR 1.2, for browser developer tools.</source>
        <translation>Die HTTP-Austausche als HAR 1.2 für Browser-Entwicklerwerkzeuge speichern.</translation>
    </message>
    <message>
        <source>MCP server &amp;URL:</source>
        <translation>MCP-Server-&amp;URL:</translation>
    </message>
    <message>
        <source>&amp;Authorize with:</source>
        <translation>Autorisieren &amp;mit:</translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation>Client-&amp;ID:</translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation>&amp;Geheimnis:</translation>
    </message>
    <message>
        <source>&amp;Grant:</source>
        <translation>G&amp;rant:</translation>
    </message>
    <message>
        <source>S&amp;copes:</source>
        <translation>S&amp;copes:</translation>
    </message>
    <message>
        <source>Open transcript</source>
        <translation>Transkript öffnen</translation>
    </message>
    <message>
        <source>Transcripts (*.json)</source>
        <translation>Transkripte (*.json)</translation>
    </message>
    <message>
        <source>Could not open the transcript.</source>
        <translation>Das Transkript konnte nicht geöffnet werden.</translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation>Transkript exportieren</translation>
    </message>
    <message>
        <source>Could not save the transcript.</source>
        <translation>Das Transkript konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Transcript saved to %1.</source>
        <translation>Transkript unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Export HAR</source>
        <translation>HAR exportieren</translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation>HAR-Dateien (*.har)</translation>
    </message>
    <message>
        <source>Could not save the HAR file.</source>
        <translation>Die HAR-Datei konnte nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>HAR saved to %1.</source>
        <translation>HAR unter %1 gespeichert.</translation>
    </message>
    <message>
        <source>Enter the URL of the MCP server.</source>
        <translation>Geben Sie die URL des MCP-Servers ein.</translation>
    </message>
    <message>
        <source>The MCP server URL must start with https:// (or http:// for this computer).</source>
        <translation>Die URL des MCP-Servers muss mit https:// beginnen (oder mit http:// für diesen Computer).</translation>
    </message>
    <message>
        <source>A client secret needs its client ID.</source>
        <translation>Ein Client-Geheimnis benötigt seine Client-ID.</translation>
    </message>
    <message>
        <source>The client credentials grant needs a pre-registered client ID and secret.</source>
        <translation>Der Grant „Client-Anmeldedaten“ benötigt eine vorab registrierte Client-ID und ein Geheimnis.</translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation>Verbindung mit %1 wird hergestellt…</translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: the server lists %n tool(s).</source>
        <translation>
            <numerusform>Mit %1 verbunden: Der Server listet %n Tool auf.</numerusform>
            <numerusform>Mit %1 verbunden: Der Server listet %n Tools auf.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation>Abgebrochen.</translation>
    </message>
    <message>
        <source>Failed at “%1”: %2</source>
        <translation>Fehlgeschlagen bei „%1“: %2</translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>Called the tool %1; its answer is selected below.</source>
        <translation>Das Tool %1 wurde aufgerufen; seine Antwort ist unten ausgewählt.</translation>
    </message>
    <message>
        <source>The authorization server&apos;s sign-in page has the scheme “%1”, which the console does not open: %2</source>
        <translation>Die Anmeldeseite des Autorisierungsservers hat das Schema „%1“, das die Konsole nicht öffnet: %2</translation>
    </message>
    <message>
        <source>Could not open a browser. Open this address yourself to sign in: %1</source>
        <translation>Es konnte kein Browser geöffnet werden. Öffnen Sie diese Adresse selbst, um sich anzumelden: %1</translation>
    </message>
    <message>
        <source>Sign in and approve in your browser; the inspector waits for the callback.</source>
        <translation>Melden Sie sich im Browser an und genehmigen Sie; der Inspektor wartet auf den Callback.</translation>
    </message>
    <message>
        <source>Clients that use this application may then be sent to this address after signing in.</source>
        <translation>Clients, die diese Anwendung verwenden, können nach der Anmeldung dann an diese Adresse weitergeleitet werden.</translation>
    </message>
    <message>
        <source>The port is left out: this computer&apos;s address then matches on any port, as the callback port changes from run to run.</source>
        <translation>Der Port wird weggelassen: Die Adresse dieses Computers passt dann auf jeden Port, da sich der Callback-Port von Durchlauf zu Durchlauf ändert.</translation>
    </message>
    <message>
        <source>Add the redirect URI?</source>
        <translation>Weiterleitungs-URI hinzufügen?</translation>
    </message>
    <message>
        <source>Add %1 to the redirect URIs of the application %2 in %3?</source>
        <translation>%1 zu den Weiterleitungs-URIs der Anwendung %2 in %3 hinzufügen?</translation>
    </message>
    <message>
        <source>Could not find the application in this backend.</source>
        <translation>Die Anwendung wurde in diesem Backend nicht gefunden.</translation>
    </message>
    <message>
        <source>Could not add the redirect URI.</source>
        <translation>Der Weiterleitungs-URI konnte nicht hinzugefügt werden.</translation>
    </message>
    <message>
        <source>Added %1 to the application %2. Run again to check the fix.</source>
        <translation>%1 wurde zur Anwendung %2 hinzugefügt. Führen Sie den Vorgang erneut aus, um die Korrektur zu prüfen.</translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation>&amp;Erneut ausführen</translation>
    </message>
    <message>
        <source>Cancel the running connection first.</source>
        <translation>Brechen Sie zuerst die laufende Verbindung ab.</translation>
    </message>
    <message>
        <source>from the saved transcript</source>
        <translation>aus dem gespeicherten Transkript</translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 offline: %n message(s); the diagnosis reads only the transcript.</source>
        <translation>
            <numerusform>%1 offline geöffnet: %n Nachricht; die Diagnose liest nur das Transkript.</numerusform>
            <numerusform>%1 offline geöffnet: %n Nachrichten; die Diagnose liest nur das Transkript.</numerusform>
        </translation>
    </message>
    <message>
        <source>Edit the selected JSON-RPC request and send it again.</source>
        <translation>Die ausgewählte JSON-RPC-Anfrage bearbeiten und erneut senden.</translation>
    </message>
    <message>
        <source>Sent %1; its answer is selected below.</source>
        <translation>%1 gesendet; die Antwort ist unten ausgewählt.</translation>
    </message>
</context>
<context>
    <name>mcpauth::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n Element}</numerusform>
            <numerusform>{%n Elemente}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n Eintrag]</numerusform>
            <numerusform>[%n Einträge]</numerusform>
        </translation>
    </message>
    <message>
        <source>object</source>
        <translation>Objekt</translation>
    </message>
    <message>
        <source>array</source>
        <translation>Array</translation>
    </message>
    <message>
        <source>string</source>
        <translation>Zeichenkette</translation>
    </message>
    <message>
        <source>boolean</source>
        <translation>Boolescher Wert</translation>
    </message>
    <message>
        <source>number</source>
        <translation>Zahl</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
</context>
<context>
    <name>mcpauth::KeyboardShortcutsDialog</name>
    <message>
        <source>%1 &gt; %2</source>
        <translation>%1 &gt; %2</translation>
    </message>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkombinationen</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Tastenkombination</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Menu</source>
        <translation>Menü</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>In every list, Enter opens the selected item and Delete deletes it; in dialogs, Tab moves to the next field and Escape closes. Alt with the underlined letter reaches a menu or a field.</source>
        <translation>In jeder Liste öffnet die Eingabetaste das ausgewählte Element und Entf löscht es; in Dialogen springt Tab zum nächsten Feld und Escape schließt. Alt mit dem unterstrichenen Buchstaben erreicht ein Menü oder ein Feld.</translation>
    </message>
</context>
<context>
    <name>mcpauth::LocalBackend</name>
    <message>
        <source>Local PostgreSQL: %1</source>
        <translation>Lokales PostgreSQL: %1</translation>
    </message>
    <message>
        <source>Local SQLite: %1</source>
        <translation>Lokales SQLite: %1</translation>
    </message>
    <message>
        <source>The local store keeps every token&apos;s record for the audit trail; revoke the token instead.</source>
        <translation>Der lokale Speicher behält den Eintrag jedes Tokens für die Audit-Spur; widerrufen Sie das Token stattdessen.</translation>
    </message>
</context>
<context>
    <name>mcpauth::LocalStoreWorker</name>
    <message>
        <source>The store is not open.</source>
        <translation>Der Speicher ist nicht geöffnet.</translation>
    </message>
    <message>
        <source>The store is closed.</source>
        <translation>Der Speicher ist geschlossen.</translation>
    </message>
</context>
<context>
    <name>mcpauth::MainWindow</name>
    <message>
        <source>MCP Auth Console</source>
        <translation>MCP Auth Console</translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Local server: not running</source>
        <translation>Lokaler Server: läuft nicht</translation>
    </message>
    <message>
        <source>Could not connect to &apos;%1&apos;</source>
        <translation>Verbindung mit „%1“ nicht möglich</translation>
    </message>
    <message>
        <source>Connecting to &apos;%1&apos;…</source>
        <translation>Verbindung mit „%1“ wird hergestellt…</translation>
    </message>
    <message>
        <source>Connected to &apos;%1&apos;.</source>
        <translation>Mit „%1“ verbunden.</translation>
    </message>
    <message>
        <source>No secret is saved for this profile. Open File &gt; Connection Profiles and enter it (%1).</source>
        <translation>Für dieses Profil ist kein Geheimnis gespeichert. Öffnen Sie Datei &gt; Verbindungsprofile und geben Sie es ein (%1).</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>Anwendungen</translation>
    </message>
    <message>
        <source>Resources &amp; Scopes</source>
        <translation>Ressourcen und Scopes</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Consents</source>
        <translation>Einwilligungen</translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation>Prüfprotokoll</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>Connections</source>
        <translation>Verbindungen</translation>
    </message>
    <message>
        <source>This view is not part of this build yet; the command-line tool &apos;mcp-auth&apos; covers it.</source>
        <translation>Diese Ansicht ist noch nicht Teil dieses Builds; das Befehlszeilenwerkzeug „mcp-auth“ deckt sie ab.</translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation>Angemeldet als %1</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Connection &amp;Profiles…</source>
        <translation>Verbindungs&amp;profile…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>A&amp;ktualisieren</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About MCP Auth Console</source>
        <translation>&amp;Über MCP Auth Console</translation>
    </message>
    <message>
        <source>About MCP Auth Console</source>
        <translation>Über MCP Auth Console</translation>
    </message>
    <message>
        <source>&lt;b&gt;MCP Auth Console&lt;/b&gt; %1&lt;br&gt;Administration of OAuth 2.1 for MCP servers.</source>
        <translation>&lt;b&gt;MCP Auth Console&lt;/b&gt; %1&lt;br&gt;Verwaltung von OAuth 2.1 für MCP-Server.</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Haupt</translation>
    </message>
    <message>
        <source>The local server did not start: %1</source>
        <translation>Der lokale Server wurde nicht gestartet: %1</translation>
    </message>
    <message>
        <source>Local server: starting…</source>
        <translation>Lokaler Server: wird gestartet…</translation>
    </message>
    <message>
        <source>Local server: %1 — running</source>
        <translation>Lokaler Server: %1 – läuft</translation>
    </message>
    <message>
        <source>MCP endpoint: %1
Signing keys are encrypted with a key from %2.</source>
        <translation>MCP-Endpunkt: %1
Signaturschlüssel sind mit einem Schlüssel aus %2 verschlüsselt.</translation>
    </message>
    <message>
        <source>Local server: port %1 in use</source>
        <translation>Lokaler Server: Port %1 belegt</translation>
    </message>
    <message>
        <source>Local server: not running (error)</source>
        <translation>Lokaler Server: läuft nicht (Fehler)</translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation>Demodaten werden erstellt…</translation>
    </message>
    <message>
        <source>Could not create the demo data: %1</source>
        <translation>Die Demodaten konnten nicht erstellt werden: %1</translation>
    </message>
    <message>
        <source>Demo data created.</source>
        <translation>Demodaten erstellt.</translation>
    </message>
    <message>
        <source>Demo data created</source>
        <translation>Demodaten erstellt</translation>
    </message>
    <message>
        <source>The demo organization &apos;%1&apos; is ready, with the built-in MCP server at %2.</source>
        <translation>Die Demo-Organisation „%1“ ist bereit, mit dem integrierten MCP-Server unter %2.</translation>
    </message>
    <message>
        <source>Sign in to the local server&apos;s login page as &apos;%1&apos; with this password, shown only now:

%2</source>
        <translation>Melden Sie sich auf der Anmeldeseite des lokalen Servers als „%1“ mit diesem Passwort an, das nur jetzt angezeigt wird:

%2</translation>
    </message>
    <message>
        <source>New &amp;Connection…</source>
        <translation>Neue &amp;Verbindung…</translation>
    </message>
    <message>
        <source>&amp;Keyboard Shortcuts</source>
        <translation>&amp;Tastenkombinationen</translation>
    </message>
    <message>
        <source>Open &amp;Log Folder</source>
        <translation>&amp;Protokollordner öffnen</translation>
    </message>
</context>
<context>
    <name>mcpauth::OAuthRequest</name>
    <message>
        <source>Could not get an answer from %1: %2</source>
        <translation>Keine Antwort von %1 erhalten: %2</translation>
    </message>
    <message>
        <source>%1 refused the console&apos;s credentials (%2).</source>
        <translation>%1 hat die Anmeldedaten der Konsole abgelehnt (%2).</translation>
    </message>
    <message>
        <source>%1 refused the console&apos;s credentials (%2): %3.</source>
        <translation>%1 hat die Anmeldedaten der Konsole abgelehnt (%2): %3.</translation>
    </message>
    <message>
        <source>%1 answered %2: there is no such thing there.</source>
        <translation>%1 antwortete %2: Dort gibt es nichts dergleichen.</translation>
    </message>
    <message>
        <source>%1 answered %2: %3.</source>
        <translation>%1 antwortete %2: %3.</translation>
    </message>
    <message>
        <source>%1 refused the request: %2.</source>
        <translation>%1 hat die Anfrage abgelehnt: %2.</translation>
    </message>
    <message>
        <source>%1 answered %2.</source>
        <translation>%1 antwortete %2.</translation>
    </message>
    <message>
        <source>%1 answered with %2 instead of JSON; is the address the server&apos;s?</source>
        <translation>%1 antwortete mit %2 statt JSON; ist die Adresse die des Servers?</translation>
    </message>
    <message>
        <source>no content type</source>
        <translation>kein Inhaltstyp</translation>
    </message>
    <message>
        <source>%1 answered with malformed JSON (%2 at byte %3).</source>
        <translation>%1 antwortete mit fehlerhaftem JSON (%2 bei Byte %3).</translation>
    </message>
    <message>
        <source>%1 answered with JSON that is not an object.</source>
        <translation>%1 antwortete mit JSON, das kein Objekt ist.</translation>
    </message>
</context>
<context>
    <name>mcpauth::OAuthServerBackend</name>
    <message>
        <source>Standards-based server: %1</source>
        <translation>Standardbasierter Server: %1</translation>
    </message>
    <message>
        <source>The server publishes no registration_endpoint (RFC 7591), so clients cannot be registered from the console.</source>
        <translation>Der Server veröffentlicht keinen registration_endpoint (RFC 7591), daher können von der Konsole keine Clients registriert werden.</translation>
    </message>
    <message>
        <source>The server publishes no introspection_endpoint (RFC 7662), so tokens cannot be looked up.</source>
        <translation>Der Server veröffentlicht keinen introspection_endpoint (RFC 7662), daher können Token nicht nachgeschlagen werden.</translation>
    </message>
    <message>
        <source>The server publishes no revocation_endpoint (RFC 7009), so tokens cannot be revoked from the console.</source>
        <translation>Der Server veröffentlicht keinen revocation_endpoint (RFC 7009), daher können Token nicht von der Konsole widerrufen werden.</translation>
    </message>
    <message>
        <source>Not connected to %1 yet.</source>
        <translation>Noch nicht mit %1 verbunden.</translation>
    </message>
    <message>
        <source>No authorization server metadata was found for %1 (RFC 8414 or OpenID Connect Discovery).</source>
        <translation>Für %1 wurden keine Metadaten eines Autorisierungsservers gefunden (RFC 8414 oder OpenID Connect Discovery).</translation>
    </message>
    <message>
        <source>the metadata document %1</source>
        <translation>das Metadatendokument %1</translation>
    </message>
    <message>
        <source>The metadata at %1 is not usable: %2</source>
        <translation>Die Metadaten unter %1 sind nicht verwendbar: %2</translation>
    </message>
    <message>
        <source>the introspection endpoint</source>
        <translation>der Introspektions-Endpunkt</translation>
    </message>
    <message>
        <source>Check the client id (%1) and secret of the connection profile.</source>
        <translation>Prüfen Sie die Client-ID (%1) und das Geheimnis des Verbindungsprofils.</translation>
    </message>
    <message>
        <source>the registration of client %1</source>
        <translation>die Registrierung des Clients %1</translation>
    </message>
    <message>
        <source>This console registered no client named &apos;%1&apos; at %2. It can only know the clients it registered itself: the standards have no way to list a server&apos;s clients.</source>
        <translation>Diese Konsole hat keinen Client namens „%1“ bei %2 registriert. Sie kennt nur die Clients, die sie selbst registriert hat: Die Standards bieten keine Möglichkeit, die Clients eines Servers aufzulisten.</translation>
    </message>
    <message>
        <source>the registration endpoint</source>
        <translation>der Registrierungs-Endpunkt</translation>
    </message>
    <message>
        <source>The registration endpoint answered without a client_id (RFC 7591 section 3.2.1).</source>
        <translation>Der Registrierungs-Endpunkt antwortete ohne client_id (RFC 7591, Abschnitt 3.2.1).</translation>
    </message>
    <message>
        <source>The server registered client %1 but gave no registration access token or registration_client_uri (RFC 7592), so the console cannot read, change or delete it.</source>
        <translation>Der Server hat den Client %1 registriert, aber weder ein Registrierungszugriffstoken noch eine registration_client_uri geliefert (RFC 7592), daher kann die Konsole ihn nicht lesen, ändern oder löschen.</translation>
    </message>
    <message>
        <source>The server accepted the update, but it could not be read back to check it.</source>
        <translation>Der Server hat die Änderung angenommen, sie konnte aber zur Prüfung nicht zurückgelesen werden.</translation>
    </message>
    <message>
        <source>The server accepted the update of %1 but, read back, holds other values for: %2. It may not support them; see the application as it is now.</source>
        <translation>Der Server hat die Änderung von %1 angenommen, enthält beim Zurücklesen aber andere Werte für: %2. Möglicherweise unterstützt er sie nicht; sehen Sie sich die Anwendung im aktuellen Zustand an.</translation>
    </message>
    <message>
        <source>The registration could not be read back to check that it is unchanged: %1</source>
        <translation>Die Registrierung konnte nicht zurückgelesen werden, um zu prüfen, dass sie unverändert ist: %1</translation>
    </message>
    <message>
        <source>Read back, the registration on the server is unchanged.</source>
        <translation>Beim Zurücklesen ist die Registrierung auf dem Server unverändert.</translation>
    </message>
    <message>
        <source>Read back, the server&apos;s registration differs from before in: %1.</source>
        <translation>Beim Zurücklesen weicht die Registrierung des Servers in folgenden Punkten ab: %1.</translation>
    </message>
    <message>
        <source>the revocation endpoint</source>
        <translation>der Widerrufs-Endpunkt</translation>
    </message>
    <message>
        <source>The metadata names no jwks_uri.</source>
        <translation>Die Metadaten nennen keine jwks_uri.</translation>
    </message>
    <message>
        <source>the JWKS %1</source>
        <translation>die JWKS %1</translation>
    </message>
</context>
<context>
    <name>mcpauth::PagedExporter</name>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation>Die Datei %1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
<context>
    <name>mcpauth::PasswordChoice</name>
    <message>
        <source>&amp;Generate a strong password (shown once after saving)</source>
        <translation>Ein starkes Passwort &amp;generieren (einmalig nach dem Speichern angezeigt)</translation>
    </message>
    <message>
        <source>T&amp;ype a password</source>
        <translation>Passwort &amp;eingeben</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Passwort wiederholen</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>&amp;Passwort:</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Wiederholen:</translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation>Die beiden Passwörter stimmen nicht überein. Geben Sie zweimal dasselbe Passwort ein.</translation>
    </message>
</context>
<context>
    <name>mcpauth::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>Open at start</source>
        <translation>Beim Start öffnen</translation>
    </message>
    <message>
        <source>The local store</source>
        <translation>Der lokale Speicher</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Local server port</source>
        <translation>Port des lokalen Servers</translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation>Beliebiger freier Port</translation>
    </message>
    <message>
        <source>Run the local authorization server and MCP server</source>
        <translation>Den lokalen Autorisierungsserver und MCP-Server ausführen</translation>
    </message>
    <message>
        <source>&amp;Open at start:</source>
        <translation>Beim Start ö&amp;ffnen:</translation>
    </message>
    <message>
        <source>Local server &amp;port:</source>
        <translation>&amp;Port des lokalen Servers:</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>System default</source>
        <translation>Systemstandard</translation>
    </message>
    <message>
        <source>Local server address</source>
        <translation>Adresse des lokalen Servers</translation>
    </message>
    <message>
        <source>Log level</source>
        <translation>Protokollstufe</translation>
    </message>
    <message>
        <source>Errors only</source>
        <translation>Nur Fehler</translation>
    </message>
    <message>
        <source>Warnings and errors</source>
        <translation>Warnungen und Fehler</translation>
    </message>
    <message>
        <source>Information (recommended)</source>
        <translation>Informationen (empfohlen)</translation>
    </message>
    <message>
        <source>Debug (for troubleshooting)</source>
        <translation>Debug (zur Fehlersuche)</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>Aus&amp;wählen…</translation>
    </message>
    <message>
        <source>Choose the data folder</source>
        <translation>Datenordner auswählen</translation>
    </message>
    <message>
        <source>Open &amp;Data Folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>The language changes the next time the console starts.</source>
        <translation>Die Sprache wird beim nächsten Start der Konsole geändert.</translation>
    </message>
    <message>
        <source>Local server &amp;address:</source>
        <translation>&amp;Adresse des lokalen Servers:</translation>
    </message>
    <message>
        <source>Server changes apply the next time the console starts; the --port option overrides the port.</source>
        <translation>Serveränderungen gelten ab dem nächsten Start der Konsole; die Option --port überschreibt den Port.</translation>
    </message>
    <message>
        <source>Log &amp;level:</source>
        <translation>Protokollst&amp;ufe:</translation>
    </message>
    <message>
        <source>Data &amp;folder:</source>
        <translation>Daten&amp;ordner:</translation>
    </message>
    <message>
        <source>The store, its keys and the log file (%1) live here. A new folder applies the next time the console starts; MCPAUTH_DATA_DIR overrides it.</source>
        <translation>Hier liegen der Speicher, seine Schlüssel und die Protokolldatei (%1). Ein neuer Ordner gilt ab dem nächsten Start der Konsole; MCPAUTH_DATA_DIR überschreibt ihn.</translation>
    </message>
    <message>
        <source>Enter an IP address, such as 127.0.0.1 or ::1.</source>
        <translation>Geben Sie eine IP-Adresse ein, etwa 127.0.0.1 oder ::1.</translation>
    </message>
    <message>
        <source>Warning: on %1 other computers can reach the server. Off loopback it only runs with HTTPS, which &apos;mcp-auth serve --tls-cert … --tls-key …&apos; provides; the console&apos;s own server will not start there.</source>
        <translation>Warnung: Unter %1 können andere Computer den Server erreichen. Außerhalb von Loopback läuft er nur mit HTTPS, das &apos;mcp-auth serve --tls-cert … --tls-key …&apos; bereitstellt; der eigene Server der Konsole startet dort nicht.</translation>
    </message>
</context>
<context>
    <name>mcpauth::ProfileSecrets</name>
    <message>
        <source>No keychain is configured.</source>
        <translation>Es ist kein Schlüsselbund konfiguriert.</translation>
    </message>
    <message>
        <source>No secret is saved for this profile.</source>
        <translation>Für dieses Profil ist kein Geheimnis gespeichert.</translation>
    </message>
</context>
<context>
    <name>mcpauth::RedirectUriEditor</name>
    <message>
        <source>Redirect URIs</source>
        <translation>Weiterleitungs-URIs</translation>
    </message>
    <message>
        <source>Double-click or press F2 to edit a URI; Delete removes it.</source>
        <translation>Doppelklicken oder F2 drücken, um einen URI zu bearbeiten; Delete entfernt ihn.</translation>
    </message>
    <message>
        <source>New redirect URI</source>
        <translation>Neuer Weiterleitungs-URI</translation>
    </message>
    <message>
        <source>http://127.0.0.1/callback (loopback: any port)</source>
        <translation>http://127.0.0.1/callback (Loopback: beliebiger Port)</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add redirect URI</source>
        <translation>Weiterleitungs-URI hinzufügen</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Remove the selected redirect URI</source>
        <translation>Ausgewählten Weiterleitungs-URI entfernen</translation>
    </message>
    <message>
        <source>&amp;Try a URI:</source>
        <translation>URI &amp;testen:</translation>
    </message>
    <message>
        <source>Try a redirect URI</source>
        <translation>Einen Weiterleitungs-URI testen</translation>
    </message>
    <message>
        <source>The redirect_uri a client sends, e.g. http://127.0.0.1:53127/callback</source>
        <translation>Der redirect_uri, den ein Client sendet, z. B. http://127.0.0.1:53127/callback</translation>
    </message>
    <message>
        <source>✗ No match: no redirect URI is registered yet.</source>
        <translation>✗ Keine Übereinstimmung: Es ist noch kein Weiterleitungs-URI registriert.</translation>
    </message>
    <message>
        <source>✓ Matches %1.</source>
        <translation>✓ Stimmt mit %1 überein.</translation>
    </message>
    <message>
        <source>✗ No match: %1</source>
        <translation>✗ Keine Übereinstimmung: %1</translation>
    </message>
    <message>
        <source>✗ No match. Closest registration %1: %2</source>
        <translation>✗ Keine Übereinstimmung. Nächstliegende Registrierung %1: %2</translation>
    </message>
</context>
<context>
    <name>mcpauth::ResendDialog</name>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>The request is not valid JSON: %1 at character %2.</source>
        <translation>Die Anfrage ist kein gültiges JSON: %1 bei Zeichen %2.</translation>
    </message>
    <message>
        <source>params.name must name the tool.</source>
        <translation>params.name muss das Tool benennen.</translation>
    </message>
    <message>
        <source>params.arguments must be a JSON object.</source>
        <translation>params.arguments muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <source>Re-send a request</source>
        <translation>Eine Anfrage erneut senden</translation>
    </message>
    <message>
        <source>Edit the method or its params, then send: the connection runs again and ends with this request. Values shown as “[masked …]” were secrets and are sent as written here.</source>
        <translation>Bearbeiten Sie die Methode oder ihre Parameter und senden Sie dann: Die Verbindung läuft erneut und endet mit dieser Anfrage. Als „[masked …]“ angezeigte Werte waren Geheimnisse und werden so gesendet, wie sie hier stehen.</translation>
    </message>
    <message>
        <source>The request must be one JSON-RPC request object.</source>
        <translation>Die Anfrage muss ein einzelnes JSON-RPC-Anfrageobjekt sein.</translation>
    </message>
    <message>
        <source>The request needs a method, e.g. &quot;tools/list&quot;.</source>
        <translation>Die Anfrage benötigt eine Methode, z. B. &quot;tools/list&quot;.</translation>
    </message>
    <message>
        <source>%1 is part of every connection; use Run to send it again.</source>
        <translation>%1 gehört zu jeder Verbindung; verwenden Sie „Ausführen“, um sie erneut zu senden.</translation>
    </message>
    <message>
        <source>A request without an id is a notification, which gets no answer; give it an id.</source>
        <translation>Eine Anfrage ohne id ist eine Benachrichtigung, die keine Antwort erhält; geben Sie ihr eine id.</translation>
    </message>
    <message>
        <source>params must be a JSON object.</source>
        <translation>params muss ein JSON-Objekt sein.</translation>
    </message>
</context>
<context>
    <name>mcpauth::ResetPasswordDialog</name>
    <message>
        <source>Reset Password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>A new password for %1. The current one stops working when you save; tokens already issued stay valid.</source>
        <translation>Ein neues Passwort für %1. Das aktuelle funktioniert nach dem Speichern nicht mehr; bereits ausgestellte Token bleiben gültig.</translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation>Passwort festlegen</translation>
    </message>
</context>
<context>
    <name>mcpauth::ResourceEditorDialog</name>
    <message>
        <source>New Resource</source>
        <translation>Neue Ressource</translation>
    </message>
    <message>
        <source>Edit Resource %1</source>
        <translation>Ressource %1 bearbeiten</translation>
    </message>
    <message>
        <source>A resource is an MCP server the authorization server issues tokens for. Its URI is the resource indicator clients send (RFC 8707) and the audience of its tokens.</source>
        <translation>Eine Ressource ist ein MCP-Server, für den der Autorisierungsserver Token ausstellt. Ihr URI ist der Ressourcenindikator, den Clients senden (RFC 8707), und die Zielgruppe (Audience) ihrer Token.</translation>
    </message>
    <message>
        <source>Or&amp;ganization:</source>
        <translation>Or&amp;ganisation:</translation>
    </message>
    <message>
        <source>https://mcp.example.com/mcp</source>
        <translation>https://mcp.example.com/mcp</translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation>&amp;URI:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>An&amp;zeigename:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>B&amp;eschreibung:</translation>
    </message>
    <message>
        <source>Could not load the organizations: %1</source>
        <translation>Die Organisationen konnten nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>mcpauth::ResourcesPage</name>
    <message>
        <source>Filter by URI, name or scope (Ctrl+F)</source>
        <translation>Nach URI, Name oder Scope filtern (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter resources</source>
        <translation>Ressourcen filtern</translation>
    </message>
    <message>
        <source>&amp;New Resource…</source>
        <translation>&amp;Neue Ressource…</translation>
    </message>
    <message>
        <source>New resource</source>
        <translation>Neue Ressource</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit resource</source>
        <translation>Ressource bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete resource</source>
        <translation>Ressource löschen</translation>
    </message>
    <message>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <source>URI</source>
        <translation>URI</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Scopes of the selected resource</source>
        <translation>Scopes der ausgewählten Ressource</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>&amp;Add Scope…</source>
        <translation>Scope &amp;hinzufügen…</translation>
    </message>
    <message>
        <source>Add scope</source>
        <translation>Scope hinzufügen</translation>
    </message>
    <message>
        <source>Edit S&amp;cope…</source>
        <translation>S&amp;cope bearbeiten…</translation>
    </message>
    <message>
        <source>Edit scope</source>
        <translation>Scope bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Remove from Resource</source>
        <translation>Aus Ressource &amp;entfernen</translation>
    </message>
    <message>
        <source>Remove scope from resource</source>
        <translation>Scope aus Ressource entfernen</translation>
    </message>
    <message>
        <source>Tools and the scope each needs</source>
        <translation>Tools und der jeweils benötigte Scope</translation>
    </message>
    <message>
        <source>Tools of the selected resource</source>
        <translation>Tools der ausgewählten Ressource</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Scope</source>
        <translation>Scope</translation>
    </message>
    <message>
        <source>What it does</source>
        <translation>Funktion</translation>
    </message>
    <message>
        <source>Protected resource metadata (RFC 9728)</source>
        <translation>Metadaten der geschützten Ressource (RFC 9728)</translation>
    </message>
    <message>
        <source>Protected resource metadata preview</source>
        <translation>Vorschau der Metadaten der geschützten Ressource</translation>
    </message>
    <message>
        <source>Resources &amp; Scopes</source>
        <translation>Ressourcen und Scopes</translation>
    </message>
    <message>
        <source>Could not load the resources</source>
        <translation>Die Ressourcen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Could not load the scopes</source>
        <translation>Die Scopes konnten nicht geladen werden</translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n Ressource</numerusform>
            <numerusform>%n Ressourcen</numerusform>
        </translation>
    </message>
    <message>
        <source>No resource yet. A resource is an MCP server clients get tokens for: add one with New Resource (Ctrl+N). The built-in MCP server adds its own when the local server starts.</source>
        <translation>Noch keine Ressource. Eine Ressource ist ein MCP-Server, für den Clients Token erhalten: Fügen Sie eine mit „Neue Ressource“ (Ctrl+N) hinzu. Der integrierte MCP-Server fügt seine eigene hinzu, wenn der lokale Server startet.</translation>
    </message>
    <message>
        <source>Select a resource to see its scopes, tools and metadata.</source>
        <translation>Wählen Sie eine Ressource aus, um ihre Scopes, Tools und Metadaten zu sehen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</translation>
    </message>
    <message>
        <source>Issued only to administrators.</source>
        <translation>Wird nur an Administratoren ausgestellt.</translation>
    </message>
    <message>
        <source>(not defined in the organization)</source>
        <translation>(in der Organisation nicht definiert)</translation>
    </message>
    <message>
        <source>No tool map: the server checks scopes itself.</source>
        <translation>Keine Tool-Zuordnung: Der Server prüft Scopes selbst.</translation>
    </message>
    <message>
        <source>Served at %1. The authorization server is the local server, whose issuer is known once it has run; shown here as ISSUER.</source>
        <translation>Bereitgestellt unter %1. Der Autorisierungsserver ist der lokale Server, dessen Aussteller bekannt ist, sobald er gelaufen ist; hier als ISSUER angezeigt.</translation>
    </message>
    <message>
        <source>The built-in MCP server serves this at %1.</source>
        <translation>Der integrierte MCP-Server stellt dies unter %1 bereit.</translation>
    </message>
    <message>
        <source>The MCP server at this URI should serve this at %1 (and point its 401 challenges there).</source>
        <translation>Der MCP-Server unter diesem URI sollte dies unter %1 bereitstellen (und seine 401-Challenges dorthin verweisen lassen).</translation>
    </message>
    <message>
        <source>Resource %1 created.</source>
        <translation>Ressource %1 erstellt.</translation>
    </message>
    <message>
        <source>Resource %1 saved.</source>
        <translation>Ressource %1 gespeichert.</translation>
    </message>
    <message>
        <source>Delete Resource</source>
        <translation>Ressource löschen</translation>
    </message>
    <message>
        <source>Delete the resource %1?</source>
        <translation>Die Ressource %1 löschen?</translation>
    </message>
    <message>
        <source>Clients can no longer ask for tokens for it. Tokens already issued for it stay valid until they expire; revoke them in Tokens. Its scopes stay in the organization.</source>
        <translation>Clients können keine Token mehr dafür anfordern. Bereits dafür ausgestellte Token bleiben gültig, bis sie ablaufen; widerrufen Sie sie unter „Token“. Ihre Scopes bleiben in der Organisation erhalten.</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation>%1 konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>Resource %1 deleted.</source>
        <translation>Ressource %1 gelöscht.</translation>
    </message>
    <message>
        <source>Could not change the scopes of %1</source>
        <translation>Die Scopes von %1 konnten nicht geändert werden</translation>
    </message>
    <message>
        <source>Scope %1 added to %2.</source>
        <translation>Scope %1 zu %2 hinzugefügt.</translation>
    </message>
    <message>
        <source>Scope %1 saved.</source>
        <translation>Scope %1 gespeichert.</translation>
    </message>
    <message>
        <source>Scope %1 removed from %2; it stays defined in the organization.</source>
        <translation>Scope %1 aus %2 entfernt; er bleibt in der Organisation definiert.</translation>
    </message>
</context>
<context>
    <name>mcpauth::ScopeEditorDialog</name>
    <message>
        <source>New Scope</source>
        <translation>Neuer Scope</translation>
    </message>
    <message>
        <source>Edit Scope %1</source>
        <translation>Scope %1 bearbeiten</translation>
    </message>
    <message>
        <source>e.g. files:read</source>
        <translation>z. B. files:read</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>What the consent page shows, e.g. Read your files</source>
        <translation>Was die Einwilligungsseite anzeigt, z. B. Ihre Dateien lesen</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>An&amp;zeigename:</translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation>B&amp;eschreibung:</translation>
    </message>
</context>
<context>
    <name>mcpauth::ScopesPage</name>
    <message>
        <source>Which scopes may the client ask for?</source>
        <translation>Welche Scopes darf der Client anfordern?</translation>
    </message>
    <message>
        <source>Check the scopes to request. None checked: the client asks for those the server advertises.</source>
        <translation>Wählen Sie die anzufordernden Scopes. Ist keiner ausgewählt, fordert der Client die vom Server angebotenen an.</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Requested scopes</source>
        <translation>Angeforderte Scopes</translation>
    </message>
    <message>
        <source>The server advertises no scopes: the client asks for none.</source>
        <translation>Der Server bietet keine Scopes an: Der Client fordert keine an.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 (administrators only)</source>
        <translation>%1 (nur Administratoren)</translation>
    </message>
    <message>
        <source>The client asks for the scopes the server advertises.</source>
        <translation>Der Client fordert die vom Server angebotenen Scopes an.</translation>
    </message>
    <message>
        <source>The client asks for: %1</source>
        <translation>Der Client fordert an: %1</translation>
    </message>
</context>
<context>
    <name>mcpauth::SecretDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation>In die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>This is the only time it is shown: it is not stored anywhere it could be read back. Copy it now.</source>
        <translation>Dies ist das einzige Mal, dass es angezeigt wird: Es wird nirgends gespeichert, wo es wieder ausgelesen werden könnte. Kopieren Sie es jetzt.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
</context>
<context>
    <name>mcpauth::ServerPage</name>
    <message>
        <source>Which MCP server?</source>
        <translation>Welcher MCP-Server?</translation>
    </message>
    <message>
        <source>The wizard asks the server at once how it is protected, the way a client will.</source>
        <translation>Der Assistent fragt den Server sofort, wie er geschützt ist – so wie ein Client es tun wird.</translation>
    </message>
    <message>
        <source>The built-in MCP server (not running)</source>
        <translation>Der integrierte MCP-Server (läuft nicht)</translation>
    </message>
    <message>
        <source>The built-in MCP server: %1</source>
        <translation>Der integrierte MCP-Server: %1</translation>
    </message>
    <message>
        <source>The built-in MCP server</source>
        <translation>Der integrierte MCP-Server</translation>
    </message>
    <message>
        <source>The local server is not running: start it in Preferences, or choose a URL.</source>
        <translation>Der lokale Server läuft nicht: Starten Sie ihn in den Einstellungen oder wählen Sie eine URL.</translation>
    </message>
    <message>
        <source>A &amp;registered resource:</source>
        <translation>Eine &amp;registrierte Ressource:</translation>
    </message>
    <message>
        <source>A registered resource</source>
        <translation>Eine registrierte Ressource</translation>
    </message>
    <message>
        <source>Registered resources</source>
        <translation>Registrierte Ressourcen</translation>
    </message>
    <message>
        <source>Any &amp;URL:</source>
        <translation>Beliebige &amp;URL:</translation>
    </message>
    <message>
        <source>Any MCP server URL</source>
        <translation>Beliebige MCP-Server-URL</translation>
    </message>
    <message>
        <source>MCP server URL</source>
        <translation>MCP-Server-URL</translation>
    </message>
    <message>
        <source>https://mcp.example.com/mcp</source>
        <translation>https://mcp.example.com/mcp</translation>
    </message>
    <message>
        <source>Discovery progress</source>
        <translation>Fortschritt der Discovery</translation>
    </message>
    <message>
        <source>Discovery status</source>
        <translation>Status der Discovery</translation>
    </message>
    <message>
        <source>Protected resource metadata</source>
        <translation>Metadaten der geschützten Ressource</translation>
    </message>
    <message>
        <source>Authorization server</source>
        <translation>Autorisierungsserver</translation>
    </message>
    <message>
        <source>Client registration</source>
        <translation>Client-Registrierung</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Resource metadata:</source>
        <translation>Ressourcen-Metadaten:</translation>
    </message>
    <message>
        <source>Authorization server:</source>
        <translation>Autorisierungsserver:</translation>
    </message>
    <message>
        <source>Registration:</source>
        <translation>Registrierung:</translation>
    </message>
    <message>
        <source>Scopes:</source>
        <translation>Scopes:</translation>
    </message>
    <message>
        <source>Discovering: %1…</source>
        <translation>Discovery: %1…</translation>
    </message>
    <message>
        <source>This backend has no organization.</source>
        <translation>Dieses Backend hat keine Organisation.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>No resource is registered yet (Resources &amp; Scopes).</source>
        <translation>Noch ist keine Ressource registriert (Ressourcen und Scopes).</translation>
    </message>
    <message>
        <source>Choose a server, or enter the URL of its MCP endpoint.</source>
        <translation>Wählen Sie einen Server oder geben Sie die URL seines MCP-Endpunkts ein.</translation>
    </message>
    <message>
        <source>The MCP server URL must start with https:// (or http:// for this computer).</source>
        <translation>Die MCP-Server-URL muss mit https:// beginnen (oder http:// für diesen Computer).</translation>
    </message>
    <message>
        <source>Discovering %1…</source>
        <translation>Discovery für %1…</translation>
    </message>
    <message>
        <source>%1 answers without any authorization: clients need no sign-in.</source>
        <translation>%1 antwortet ohne jede Autorisierung: Clients brauchen keine Anmeldung.</translation>
    </message>
    <message>
        <source>Found how %1 is protected.</source>
        <translation>Es wurde ermittelt, wie %1 geschützt ist.</translation>
    </message>
    <message>
        <source>Discovery failed at “%1”: %2</source>
        <translation>Discovery fehlgeschlagen bei „%1“: %2</translation>
    </message>
    <message>
        <source>Discovery failed: %1</source>
        <translation>Discovery fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>…</source>
        <translation>…</translation>
    </message>
    <message>
        <source>none found</source>
        <translation>keine gefunden</translation>
    </message>
    <message>
        <source>%1 (resource %2)</source>
        <translation>%1 (Ressource %2)</translation>
    </message>
    <message>
        <source>dynamic registration (DCR) at %1</source>
        <translation>dynamische Registrierung (DCR) unter %1</translation>
    </message>
    <message>
        <source>client ID metadata documents (CIMD)</source>
        <translation>Client-ID-Metadatendokumente (CIMD)</translation>
    </message>
    <message>
        <source>pre-registered applications</source>
        <translation>vorab registrierte Anwendungen</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>none advertised</source>
        <translation>keine angeboten</translation>
    </message>
</context>
<context>
    <name>mcpauth::SigningKeyTableModel</name>
    <message>
        <source>Signs every new %1 token and is published in the JWKS.</source>
        <translation>Signiert jedes neue %1-Token und wird im JWKS veröffentlicht.</translation>
    </message>
    <message>
        <source>Signs nothing new; stays in the JWKS until the tokens it signed have expired.</source>
        <translation>Signiert nichts Neues; bleibt im JWKS, bis die damit signierten Token abgelaufen sind.</translation>
    </message>
    <message>
        <source>Signs nothing and is no longer published: tokens it signed no longer verify.</source>
        <translation>Signiert nichts und wird nicht mehr veröffentlicht: Damit signierte Token lassen sich nicht mehr überprüfen.</translation>
    </message>
    <message>
        <source>Withdrawn: never published, every token it signed is refused.</source>
        <translation>Zurückgezogen: nie veröffentlicht, jedes damit signierte Token wird abgelehnt.</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Retired, published</source>
        <translation>Stillgelegt, veröffentlicht</translation>
    </message>
    <message>
        <source>Retired</source>
        <translation>Stillgelegt</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>while active</source>
        <translation>während aktiv</translation>
    </message>
    <message>
        <source>Key ID (kid)</source>
        <translation>Schlüssel-ID (kid)</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Published until</source>
        <translation>Veröffentlicht bis</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Bedeutung</translation>
    </message>
</context>
<context>
    <name>mcpauth::SigningKeysPage</name>
    <message>
        <source>The local authorization server signs access tokens with these keys and publishes their public halves in its JWKS, where MCP servers fetch them to check tokens. Rotate a key when it may have leaked, or on a schedule: the new key signs from then on, and the old one stays published until the tokens it signed have expired.</source>
        <translation>Der lokale Autorisierungsserver signiert Zugriffstoken mit diesen Schlüsseln und veröffentlicht deren öffentliche Hälften in seinem JWKS, wo MCP-Server sie abrufen, um Token zu prüfen. Rotieren Sie einen Schlüssel, wenn er möglicherweise kompromittiert wurde, oder regelmäßig: Der neue Schlüssel signiert ab dann, und der alte bleibt veröffentlicht, bis die damit signierten Token abgelaufen sind.</translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>Algorithm to rotate</source>
        <translation>Zu rotierender Algorithmus</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation>&amp;Rotieren…</translation>
    </message>
    <message>
        <source>Re&amp;tire Now…</source>
        <translation>&amp;Jetzt stilllegen…</translation>
    </message>
    <message>
        <source>Select a replaced key that is still published to take it out of the JWKS now.</source>
        <translation>Wählen Sie einen ersetzten, noch veröffentlichten Schlüssel aus, um ihn sofort aus dem JWKS zu nehmen.</translation>
    </message>
    <message>
        <source>This key signs new tokens: rotate it first; it then stays published until its tokens expire, unless you retire it now.</source>
        <translation>Dieser Schlüssel signiert neue Token: Rotieren Sie ihn zuerst; er bleibt dann veröffentlicht, bis seine Token ablaufen, sofern Sie ihn nicht sofort stilllegen.</translation>
    </message>
    <message>
        <source>This key is no longer published.</source>
        <translation>Dieser Schlüssel wird nicht mehr veröffentlicht.</translation>
    </message>
    <message>
        <source>Take this key out of the JWKS now, for a key that may have leaked.</source>
        <translation>Diesen Schlüssel sofort aus dem JWKS nehmen, für einen möglicherweise kompromittierten Schlüssel.</translation>
    </message>
    <message>
        <source>Retire signing key now</source>
        <translation>Signaturschlüssel sofort stilllegen</translation>
    </message>
    <message>
        <source>Take the key %1 out of the JWKS now?

Every token it signed stops verifying at once, before it expires: clients holding one must sign in again. Do this when the key may have leaked.</source>
        <translation>Den Schlüssel %1 sofort aus dem JWKS nehmen?

Jedes damit signierte Token lässt sich ab sofort nicht mehr überprüfen, noch bevor es abläuft: Clients mit einem solchen Token müssen sich erneut anmelden. Tun Sie dies, wenn der Schlüssel möglicherweise kompromittiert wurde.</translation>
    </message>
    <message>
        <source>Retire Now</source>
        <translation>Jetzt stilllegen</translation>
    </message>
    <message>
        <source>Could not retire the signing key</source>
        <translation>Der Signaturschlüssel konnte nicht stillgelegt werden</translation>
    </message>
    <message>
        <source>The key %1 is no longer published.</source>
        <translation>Der Schlüssel %1 wird nicht mehr veröffentlicht.</translation>
    </message>
    <message>
        <source>Signing key retired.</source>
        <translation>Signaturschlüssel stillgelegt.</translation>
    </message>
    <message>
        <source>Could not load the signing keys</source>
        <translation>Die Signaturschlüssel konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Create a new %1 signing key?</source>
        <translation>Einen neuen %1-Signaturschlüssel erstellen?</translation>
    </message>
    <message>
        <source>Rotate the %1 signing key %2?

A new key signs every token from now on. The old key is retired: it stays in the JWKS until the longest access-token lifetime has passed, so the tokens it signed keep working until they expire, and then disappears from the JWKS. A local server running on this store picks the new key up without a restart.</source>
        <translation>Den %1-Signaturschlüssel %2 rotieren?

Ein neuer Schlüssel signiert ab jetzt jedes Token. Der alte Schlüssel wird stillgelegt: Er bleibt im JWKS, bis die längste Lebensdauer eines Zugriffstokens verstrichen ist, sodass die damit signierten Token bis zu ihrem Ablauf funktionieren, und verschwindet dann aus dem JWKS. Ein lokaler Server, der mit diesem Speicher läuft, übernimmt den neuen Schlüssel ohne Neustart.</translation>
    </message>
    <message>
        <source>Rotate signing key</source>
        <translation>Signaturschlüssel rotieren</translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation>Rotieren</translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation>Wird rotiert…</translation>
    </message>
    <message>
        <source>Could not rotate the signing key</source>
        <translation>Der Signaturschlüssel konnte nicht rotiert werden</translation>
    </message>
    <message>
        <source>The new key %1 signs from now on; %2 stays published until %3.</source>
        <translation>Der neue Schlüssel %1 signiert ab jetzt; %2 bleibt bis %3 veröffentlicht.</translation>
    </message>
    <message>
        <source>Signing key rotated.</source>
        <translation>Signaturschlüssel rotiert.</translation>
    </message>
</context>
<context>
    <name>mcpauth::TestPage</name>
    <message>
        <source>Test the connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>About the test</source>
        <translation>Über den Test</translation>
    </message>
    <message>
        <source>&amp;Sign In and Test</source>
        <translation>&amp;Anmelden und testen</translation>
    </message>
    <message>
        <source>Sign in and test the connection</source>
        <translation>Anmelden und die Verbindung testen</translation>
    </message>
    <message>
        <source>Opens your browser to sign in, then connects as the client will and lists the tools.</source>
        <translation>Öffnet Ihren Browser zur Anmeldung, verbindet sich dann wie der Client und listet die Werkzeuge auf.</translation>
    </message>
    <message>
        <source>Test result</source>
        <translation>Testergebnis</translation>
    </message>
    <message>
        <source>Tools the server offers</source>
        <translation>Vom Server angebotene Werkzeuge</translation>
    </message>
    <message>
        <source>Description of the selected tool</source>
        <translation>Beschreibung des ausgewählten Werkzeugs</translation>
    </message>
    <message>
        <source>&amp;Tools the server offers:</source>
        <translation>Vom Server angebotene &amp;Werkzeuge:</translation>
    </message>
    <message>
        <source>Signs in through your browser and connects to %1 the way %2 will, then lists the tools.</source>
        <translation>Meldet sich über Ihren Browser an und verbindet sich mit %1 so, wie %2 es tun wird; listet dann die Werkzeuge auf.</translation>
    </message>
    <message>
        <source>The test registers a client of its own and uses the redirect URI http://%1:&lt;port&gt;%2.</source>
        <translation>Der Test registriert einen eigenen Client und verwendet die Weiterleitungs-URI http://%1:&lt;port&gt;%2.</translation>
    </message>
    <message>
        <source>The test uses the client ID %1 and the redirect URI http://%2:%3%4, as %5 does.</source>
        <translation>Der Test verwendet die Client-ID %1 und die Weiterleitungs-URI http://%2:%3%4, wie %5 es tut.</translation>
    </message>
    <message>
        <source>&lt;any port&gt;</source>
        <translation>&lt;beliebiger Port&gt;</translation>
    </message>
    <message>
        <source>Click Sign In and Test.</source>
        <translation>Klicken Sie auf „Anmelden und testen“.</translation>
    </message>
    <message numerus="yes">
        <source>Connected: the server offers %n tool(s). The client is ready.</source>
        <translation>
            <numerusform>Verbunden: Der Server bietet %n Werkzeug an. Der Client ist bereit.</numerusform>
            <numerusform>Verbunden: Der Server bietet %n Werkzeuge an. Der Client ist bereit.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Test Again</source>
        <translation>&amp;Erneut testen</translation>
    </message>
    <message>
        <source>The test was cancelled.</source>
        <translation>Der Test wurde abgebrochen.</translation>
    </message>
    <message>
        <source>The connection failed: the findings below say why and how to fix it. After a fix, click Sign In and Test again.</source>
        <translation>Die Verbindung ist fehlgeschlagen: Die Befunde unten nennen den Grund und die Lösung. Klicken Sie nach der Behebung erneut auf „Anmelden und testen“.</translation>
    </message>
</context>
<context>
    <name>mcpauth::TokenIntrospection</name>
    <message>
        <source>Inactive: the server does not accept this token (revoked, expired, unknown to it, or not one it lets this client see).</source>
        <translation>Inaktiv: Der Server akzeptiert dieses Token nicht (widerrufen, abgelaufen, ihm unbekannt oder keines, das er diesem Client zeigt).</translation>
    </message>
    <message>
        <source>Active: the server accepts this token.</source>
        <translation>Aktiv: Der Server akzeptiert dieses Token.</translation>
    </message>
    <message>
        <source>Issued to client: %1</source>
        <translation>Ausgestellt für Client: %1</translation>
    </message>
    <message>
        <source>Subject: %1</source>
        <translation>Subjekt: %1</translation>
    </message>
    <message>
        <source>Scopes: none named</source>
        <translation>Scopes: keine genannt</translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation>Scopes: %1</translation>
    </message>
    <message>
        <source>Audience (resource): %1</source>
        <translation>Zielgruppe (Ressource): %1</translation>
    </message>
    <message>
        <source>Issuer: %1</source>
        <translation>Aussteller: %1</translation>
    </message>
    <message>
        <source>Token type: %1</source>
        <translation>Token-Typ: %1</translation>
    </message>
    <message>
        <source>Issued at: %1</source>
        <translation>Ausgestellt am: %1</translation>
    </message>
    <message>
        <source>Expires at: %1 (%2 min from now)</source>
        <translation>Läuft ab am: %1 (in %2 Min.)</translation>
    </message>
    <message>
        <source>Expires at: %1</source>
        <translation>Läuft ab am: %1</translation>
    </message>
    <message>
        <source>Expires: the server did not say.</source>
        <translation>Ablauf: vom Server nicht angegeben.</translation>
    </message>
</context>
<context>
    <name>mcpauth::TokenLookupPage</name>
    <message>
        <source>%1 The server can also revoke a pasted token (RFC 7009), so that it stops accepting it.</source>
        <translation>%1 Der Server kann ein eingefügtes Token auch widerrufen (RFC 7009), sodass er es nicht mehr akzeptiert.</translation>
    </message>
    <message>
        <source>&amp;Token (access or refresh token, as the client holds it):</source>
        <translation>&amp;Token (Zugriffs- oder Aktualisierungstoken, wie der Client es hält):</translation>
    </message>
    <message>
        <source>Token to look up</source>
        <translation>Nachzuschlagendes Token</translation>
    </message>
    <message>
        <source>Paste a token</source>
        <translation>Token einfügen</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Nachschlagen</translation>
    </message>
    <message>
        <source>Look up the token</source>
        <translation>Token nachschlagen</translation>
    </message>
    <message>
        <source>&amp;Revoke at the server…</source>
        <translation>Beim Server &amp;widerrufen…</translation>
    </message>
    <message>
        <source>Revoke the token at the server</source>
        <translation>Token beim Server widerrufen</translation>
    </message>
    <message>
        <source>Look-up result</source>
        <translation>Ergebnis der Abfrage</translation>
    </message>
    <message>
        <source>&lt;p&gt;Nothing looked up yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Noch nichts nachgeschlagen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Look up a token</source>
        <translation>Token nachschlagen</translation>
    </message>
    <message>
        <source>Server metadata and keys</source>
        <translation>Server-Metadaten und Schlüssel</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Revoke the pasted token at the server (Delete)</source>
        <translation>Das eingefügte Token beim Server widerrufen (Delete)</translation>
    </message>
    <message>
        <source>&lt;p&gt;Reading the server&apos;s metadata and keys…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Metadaten und Schlüssel des Servers werden gelesen…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Could not read the server&apos;s metadata</source>
        <translation>Die Metadaten des Servers konnten nicht gelesen werden</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Metadata&lt;/h3&gt;&lt;p&gt;From &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Metadaten&lt;/h3&gt;&lt;p&gt;Von &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Signing keys (JWKS)&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Signaturschlüssel (JWKS)&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;From &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</source>
        <translation>&lt;p&gt;Von &lt;code&gt;%1&lt;/code&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Key id (kid)</source>
        <translation>Schlüssel-ID (kid)</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation>Algorithmus</translation>
    </message>
    <message>
        <source>Use</source>
        <translation>Verwendung</translation>
    </message>
    <message>
        <source>&lt;p&gt;Asking the server…&lt;/p&gt;</source>
        <translation>&lt;p&gt;Server wird gefragt…&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;The server could not be asked.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Press Look up to try again.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Der Server konnte nicht gefragt werden.&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Klicken Sie auf „Nachschlagen“, um es erneut zu versuchen.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Could not look the token up</source>
        <translation>Das Token konnte nicht nachgeschlagen werden</translation>
    </message>
    <message>
        <source>&lt;h4&gt;The server&apos;s answer&lt;/h4&gt;&lt;pre&gt;%1&lt;/pre&gt;</source>
        <translation>&lt;h4&gt;Antwort des Servers&lt;/h4&gt;&lt;pre&gt;%1&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>The server accepts this token.</source>
        <translation>Der Server akzeptiert dieses Token.</translation>
    </message>
    <message>
        <source>The server does not accept this token.</source>
        <translation>Der Server akzeptiert dieses Token nicht.</translation>
    </message>
    <message>
        <source>Revoke the token?</source>
        <translation>Token widerrufen?</translation>
    </message>
    <message>
        <source>The server will stop accepting the pasted token. It answers the same whether or not it knew the token. A JWT access token that a resource server checks offline stays usable there until it expires.</source>
        <translation>Der Server wird das eingefügte Token nicht mehr akzeptieren. Er antwortet gleich, ob er das Token kannte oder nicht. Ein JWT-Zugriffstoken, das ein Ressourcenserver offline prüft, bleibt dort bis zum Ablauf verwendbar.</translation>
    </message>
    <message>
        <source>Revoke</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Could not revoke the token</source>
        <translation>Das Token konnte nicht widerrufen werden</translation>
    </message>
    <message>
        <source>The server accepted the revocation.</source>
        <translation>Der Server hat den Widerruf angenommen.</translation>
    </message>
</context>
<context>
    <name>mcpauth::TokenTableModel</name>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>(the application itself)</source>
        <translation>(die Anwendung selbst)</translation>
    </message>
    <message>
        <source>Click to sort</source>
        <translation>Zum Sortieren klicken</translation>
    </message>
    <message>
        <source>Only the issue and expiry times can be sorted</source>
        <translation>Nur Ausstellungs- und Ablaufzeit können sortiert werden</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Token ID (jti)</source>
        <translation>Token-ID (jti)</translation>
    </message>
</context>
<context>
    <name>mcpauth::TokensPage</name>
    <message>
        <source>&amp;Application:</source>
        <translation>&amp;Anwendung:</translation>
    </message>
    <message>
        <source>Application filter</source>
        <translation>Anwendungsfilter</translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation>&amp;Benutzer:</translation>
    </message>
    <message>
        <source>User filter</source>
        <translation>Benutzerfilter</translation>
    </message>
    <message>
        <source>Reso&amp;urce:</source>
        <translation>Ress&amp;ource:</translation>
    </message>
    <message>
        <source>Resource filter</source>
        <translation>Ressourcenfilter</translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation>&amp;Status:</translation>
    </message>
    <message>
        <source>State filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Any</source>
        <translation>Beliebig</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Issued from</source>
        <translation>Ausgestellt ab</translation>
    </message>
    <message>
        <source>Issued before</source>
        <translation>Ausgestellt vor</translation>
    </message>
    <message>
        <source>&amp;Issued from:</source>
        <translation>Aus&amp;gestellt ab:</translation>
    </message>
    <message>
        <source>&amp;before:</source>
        <translation>&amp;vor:</translation>
    </message>
    <message>
        <source>Go to &amp;last</source>
        <translation>Zum &amp;Ende</translation>
    </message>
    <message>
        <source>Show the last tokens in this order (Ctrl+End in the table)</source>
        <translation>Die letzten Token in dieser Reihenfolge anzeigen (Ctrl+End in der Tabelle)</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Write the tokens that match the filter to a CSV or JSON file</source>
        <translation>Die Token, die dem Filter entsprechen, in eine CSV- oder JSON-Datei schreiben</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Token details</source>
        <translation>Token-Details</translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation>&amp;Widerrufen</translation>
    </message>
    <message>
        <source>Revoke the selected tokens (Delete)</source>
        <translation>Ausgewählte Token widerrufen (Delete)</translation>
    </message>
    <message>
        <source>All of this &amp;user…</source>
        <translation>Alle dieses Ben&amp;utzers…</translation>
    </message>
    <message>
        <source>Revoke every token of the selected token&apos;s user</source>
        <translation>Alle Token des Benutzers des ausgewählten Tokens widerrufen</translation>
    </message>
    <message>
        <source>All of this a&amp;pplication…</source>
        <translation>Alle dieser Anwen&amp;dung…</translation>
    </message>
    <message>
        <source>Revoke every token of the selected token&apos;s application</source>
        <translation>Alle Token der Anwendung des ausgewählten Tokens widerrufen</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Details</translation>
    </message>
    <message>
        <source>Paste an access token (JWT) to decode it, check its signature against the local server&apos;s published keys, and find it in the store:</source>
        <translation>Fügen Sie ein Zugriffstoken (JWT) ein, um es zu dekodieren, seine Signatur mit den veröffentlichten Schlüsseln des lokalen Servers zu prüfen und es im Speicher zu finden:</translation>
    </message>
    <message>
        <source>Token to look up</source>
        <translation>Nachzuschlagendes Token</translation>
    </message>
    <message>
        <source>eyJhbGciOi…</source>
        <translation>eyJhbGciOi…</translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation>&amp;Nachschlagen</translation>
    </message>
    <message>
        <source>Look-up result</source>
        <translation>Ergebnis der Suche</translation>
    </message>
    <message>
        <source>Look up a token</source>
        <translation>Token nachschlagen</translation>
    </message>
    <message>
        <source>Could not load the tokens</source>
        <translation>Die Token konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Could not load the applications</source>
        <translation>Die Anwendungen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Only the issue and expiry times can be sorted.</source>
        <translation>Nur Ausstellungs- und Ablaufzeit können sortiert werden.</translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation>Wird geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%1 token(s)</source>
        <translation>
            <numerusform>%1 Token</numerusform>
            <numerusform>%1 Token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n tokens</source>
        <translation>
            <numerusform>%n Token &amp;widerrufen</numerusform>
            <numerusform>%n Token &amp;widerrufen</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke the token %1?

A resource server that introspects it refuses it from now on; a refresh token takes the access tokens of its family with it.</source>
        <translation>Das Token %1 widerrufen?

Ein Ressourcenserver, der es per Introspektion prüft, lehnt es ab jetzt ab; ein Aktualisierungstoken nimmt die Zugriffstoken seiner Familie mit.</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n token(s)?

A resource server that introspects them refuses them from now on; a refresh token takes the access tokens of its family with it.</source>
        <translation>
            <numerusform>%n Token widerrufen?

Ein Ressourcenserver, der es per Introspektion prüft, lehnt es ab jetzt ab; ein Aktualisierungstoken nimmt die Zugriffstoken seiner Familie mit.</numerusform>
            <numerusform>%n Token widerrufen?

Ein Ressourcenserver, der sie per Introspektion prüft, lehnt sie ab jetzt ab; ein Aktualisierungstoken nimmt die Zugriffstoken seiner Familie mit.</numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke tokens</source>
        <translation>Token widerrufen</translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n token(s)</source>
        <translation>
            <numerusform>%n Token widerrufen</numerusform>
            <numerusform>%n Token widerrufen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) could not be revoked.</source>
        <translation>
            <numerusform>%n Token konnte nicht widerrufen werden.</numerusform>
            <numerusform>%n Token konnten nicht widerrufen werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n token(s).</source>
        <translation>
            <numerusform>%n Token widerrufen.</numerusform>
            <numerusform>%n Token widerrufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not count the tokens</source>
        <translation>Die Token konnten nicht gezählt werden</translation>
    </message>
    <message>
        <source>The user %1 has no active token.</source>
        <translation>Der Benutzer %1 hat kein aktives Token.</translation>
    </message>
    <message>
        <source>The application %1 has no active token.</source>
        <translation>Die Anwendung %1 hat kein aktives Token.</translation>
    </message>
    <message numerus="yes">
        <source>Revoke all %n active token(s) of the user %1?

The user&apos;s clients must sign in again.</source>
        <translation>
            <numerusform>Das %n aktive Token des Benutzers %1 widerrufen?

Die Clients des Benutzers müssen sich erneut anmelden.</numerusform>
            <numerusform>Alle %n aktiven Token des Benutzers %1 widerrufen?

Die Clients des Benutzers müssen sich erneut anmelden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke all %n active token(s) of the application %1?

Every user of the application must sign in again.</source>
        <translation>
            <numerusform>Das %n aktive Token der Anwendung %1 widerrufen?

Jeder Benutzer der Anwendung muss sich erneut anmelden.</numerusform>
            <numerusform>Alle %n aktiven Token der Anwendung %1 widerrufen?

Jeder Benutzer der Anwendung muss sich erneut anmelden.</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not revoke the tokens</source>
        <translation>Die Token konnten nicht widerrufen werden</translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation>%1 d %2 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation>ist vor %1 abgelaufen</translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation>läuft in %1 ab</translation>
    </message>
    <message>
        <source>The audience (&lt;code&gt;aud&lt;/code&gt;) is &lt;b&gt;%1&lt;/b&gt;, the registered resource “%2”: only that MCP server accepts it.</source>
        <translation>Die Zielgruppe (&lt;code&gt;aud&lt;/code&gt;) ist &lt;b&gt;%1&lt;/b&gt;, die registrierte Ressource „%2“: Nur dieser MCP-Server akzeptiert das Token.</translation>
    </message>
    <message>
        <source>The token names no audience (&lt;code&gt;aud&lt;/code&gt;): a resource server that checks the audience, as MCP requires, refuses it.</source>
        <translation>Das Token nennt keine Zielgruppe (&lt;code&gt;aud&lt;/code&gt;): Ein Ressourcenserver, der die Zielgruppe prüft, wie MCP es verlangt, lehnt es ab.</translation>
    </message>
    <message>
        <source>The audience (&lt;code&gt;aud&lt;/code&gt;) is &lt;b&gt;%1&lt;/b&gt;, which is &lt;b&gt;not a registered resource&lt;/b&gt;: no MCP server of this backend accepts it.</source>
        <translation>Die Zielgruppe (&lt;code&gt;aud&lt;/code&gt;) ist &lt;b&gt;%1&lt;/b&gt;, also &lt;b&gt;keine registrierte Ressource&lt;/b&gt;: Kein MCP-Server dieses Backends akzeptiert das Token.</translation>
    </message>
    <message>
        <source>&lt;p&gt;No scopes: the token grants nothing beyond the resource&apos;s public tools.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Keine Scopes: Das Token gewährt nichts über die öffentlichen Tools der Ressource hinaus.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>not a scope of this backend</source>
        <translation>kein Scope dieses Backends</translation>
    </message>
    <message>
        <source>A refresh token</source>
        <translation>Ein Aktualisierungstoken</translation>
    </message>
    <message>
        <source>An access token</source>
        <translation>Ein Zugriffstoken</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 issued to the application &lt;b&gt;%2&lt;/b&gt; for itself (client credentials, no user).&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1, ausgestellt für die Anwendung &lt;b&gt;%2&lt;/b&gt; selbst (Client-Anmeldedaten, kein Benutzer).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 issued to the application &lt;b&gt;%2&lt;/b&gt;, acting for the user &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;%1, ausgestellt für die Anwendung &lt;b&gt;%2&lt;/b&gt;, die im Auftrag des Benutzers &lt;b&gt;%3&lt;/b&gt; handelt.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Active&lt;/b&gt;: it %1 (at %2).&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Aktiv&lt;/b&gt;: Es %1 (am %2).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Expired&lt;/b&gt;: it %1 (at %2); no resource server accepts it any more.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Abgelaufen&lt;/b&gt;: Es %1 (am %2); kein Ressourcenserver akzeptiert es mehr.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Revoked&lt;/b&gt; at %1: introspection answers “inactive”.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;Widerrufen&lt;/b&gt; am %1: Die Introspektion antwortet „inaktiv“.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Scopes:&lt;/p&gt;</source>
        <translation>&lt;p&gt;Scopes:&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Issued at %1. Token ID (&lt;code&gt;jti&lt;/code&gt;): &lt;code&gt;%2&lt;/code&gt;.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Ausgestellt am %1. Token-ID (&lt;code&gt;jti&lt;/code&gt;): &lt;code&gt;%2&lt;/code&gt;.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Refresh family &lt;code&gt;%1&lt;/code&gt;: revoking the refresh token revokes the tokens of its family.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Aktualisierungsfamilie &lt;code&gt;%1&lt;/code&gt;: Das Widerrufen des Aktualisierungstokens widerruft die Token seiner Familie.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a token to see what it grants, to whom, and until when.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Wählen Sie ein Token aus, um zu sehen, was es wem bis wann gewährt.&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n tokens selected. Revoke revokes them all.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n Token ausgewählt. „Widerrufen“ widerruft es.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n Token ausgewählt. „Widerrufen“ widerruft sie alle.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Paste a token first.&lt;/p&gt;</source>
        <translation>&lt;p&gt;Fügen Sie zuerst ein Token ein.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Signature valid.</source>
        <translation>Signatur gültig.</translation>
    </message>
    <message>
        <source>Signature not verified.</source>
        <translation>Signatur nicht überprüft.</translation>
    </message>
    <message>
        <source>&lt;p&gt;It %1 (at %2).&lt;/p&gt;</source>
        <translation>&lt;p&gt;Es %1 (am %2).&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Looking the token up in the store…</source>
        <translation>Das Token wird im Speicher gesucht…</translation>
    </message>
    <message>
        <source>&lt;h4&gt;Header&lt;/h4&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;h4&gt;Claims&lt;/h4&gt;&lt;pre&gt;%2&lt;/pre&gt;</source>
        <translation>&lt;h4&gt;Header&lt;/h4&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;h4&gt;Claims&lt;/h4&gt;&lt;pre&gt;%2&lt;/pre&gt;</translation>
    </message>
    <message>
        <source>The token has no &lt;code&gt;jti&lt;/code&gt;, so it cannot be found in the store.</source>
        <translation>Das Token hat keine &lt;code&gt;jti&lt;/code&gt; und kann daher nicht im Speicher gefunden werden.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Not in the store&lt;/b&gt;: this backend did not issue the token, or its record was removed.</source>
        <translation>&lt;b&gt;Nicht im Speicher&lt;/b&gt;: Dieses Backend hat das Token nicht ausgestellt, oder sein Eintrag wurde entfernt.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Introspection: active.&lt;/b&gt; The store knows this token and it has not been revoked.</source>
        <translation>&lt;b&gt;Introspektion: aktiv.&lt;/b&gt; Der Speicher kennt dieses Token, und es wurde nicht widerrufen.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Introspection: inactive&lt;/b&gt; (expired).</source>
        <translation>&lt;b&gt;Introspektion: inaktiv&lt;/b&gt; (abgelaufen).</translation>
    </message>
    <message>
        <source>&lt;b&gt;Introspection: inactive&lt;/b&gt;, revoked at %1.</source>
        <translation>&lt;b&gt;Introspektion: inaktiv&lt;/b&gt;, widerrufen am %1.</translation>
    </message>
    <message>
        <source>Delete &amp;record…</source>
        <translation>Ein&amp;trag löschen…</translation>
    </message>
    <message>
        <source>Delete the selected tokens&apos; records instead of keeping them as revoked</source>
        <translation>Die Einträge der ausgewählten Token löschen, statt sie als widerrufen zu behalten</translation>
    </message>
    <message>
        <source>%1

%2</source>
        <translation>%1

%2</translation>
    </message>
    <message numerus="yes">
        <source>Delete the record of %n token(s)?

The server forgets them: they no longer appear here, and nothing shows they were revoked. Revoke keeps the record.</source>
        <translation>
            <numerusform>Den Eintrag von %n Token löschen?

Der Server vergisst es: Es erscheint hier nicht mehr, und nichts zeigt, dass es widerrufen wurde. Widerrufen behält den Eintrag.</numerusform>
            <numerusform>Die Einträge von %n Token löschen?

Der Server vergisst sie: Sie erscheinen hier nicht mehr, und nichts zeigt, dass sie widerrufen wurden. Widerrufen behält die Einträge.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete token records</source>
        <translation>Token-Einträge löschen</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>%n Eintrag löschen</numerusform>
            <numerusform>%n Einträge löschen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token record(s) could not be deleted.</source>
        <translation>
            <numerusform>%n Token-Eintrag konnte nicht gelöscht werden.</numerusform>
            <numerusform>%n Token-Einträge konnten nicht gelöscht werden.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n token record(s).</source>
        <translation>
            <numerusform>%n Token-Eintrag gelöscht.</numerusform>
            <numerusform>%n Token-Einträge gelöscht.</numerusform>
        </translation>
    </message>
    <message>
        <source>The audience (&lt;code&gt;aud&lt;/code&gt;) is &lt;b&gt;%1&lt;/b&gt;, the resource the client asked for.</source>
        <translation>Die Zielgruppe (&lt;code&gt;aud&lt;/code&gt;) ist &lt;b&gt;%1&lt;/b&gt;, die Ressource, die der Client angefordert hat.</translation>
    </message>
</context>
<context>
    <name>mcpauth::ToolCallForm</name>
    <message>
        <source>&amp;Call tool</source>
        <translation>Tool &amp;aufrufen</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Tool</translation>
    </message>
    <message>
        <source>Runs the connection again and calls this tool at its end.</source>
        <translation>Führt die Verbindung erneut aus und ruft an deren Ende dieses Tool auf.</translation>
    </message>
    <message>
        <source>&amp;Tool:</source>
        <translation>&amp;Tool:</translation>
    </message>
    <message>
        <source>The tools appear here after a run that reached tools/list.</source>
        <translation>Die Tools erscheinen hier nach einem Durchlauf, der tools/list erreicht hat.</translation>
    </message>
    <message>
        <source>This tool takes no arguments.</source>
        <translation>Dieses Tool hat keine Argumente.</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht festgelegt)</translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>JSON (%1)</source>
        <translation>JSON (%1)</translation>
    </message>
    <message>
        <source>any type</source>
        <translation>beliebiger Typ</translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation>%1 *</translation>
    </message>
    <message>
        <source>* required</source>
        <translation>* erforderlich</translation>
    </message>
    <message>
        <source>Run the connection first: it lists the tools.</source>
        <translation>Führen Sie zuerst die Verbindung aus: Sie listet die Tools auf.</translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation>%1 muss eine ganze Zahl sein.</translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation>%1 muss eine Zahl sein.</translation>
    </message>
    <message>
        <source>%1 must be JSON.</source>
        <translation>%1 muss JSON sein.</translation>
    </message>
</context>
<context>
    <name>mcpauth::TranscriptTableModel</name>
    <message>
        <source>HTTP</source>
        <translation>HTTP</translation>
    </message>
    <message>
        <source>JSON-RPC request</source>
        <translation>JSON-RPC-Anfrage</translation>
    </message>
    <message>
        <source>JSON-RPC response</source>
        <translation>JSON-RPC-Antwort</translation>
    </message>
    <message>
        <source>JSON-RPC notification</source>
        <translation>JSON-RPC-Benachrichtigung</translation>
    </message>
    <message>
        <source>Browser</source>
        <translation>Browser</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Hinweis</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
    <message>
        <source>+%1 ms</source>
        <translation>+%1 ms</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
</context>
<context>
    <name>mcpauth::UserEditorDialog</name>
    <message>
        <source>Add User</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>Edit User %1</source>
        <translation>Benutzer %1 bearbeiten</translation>
    </message>
    <message>
        <source>Or&amp;ganization:</source>
        <translation>Or&amp;ganisation:</translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation>&amp;Benutzername:</translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation>An&amp;zeigename:</translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Administrator: may hold the built-in MCP server&apos;s administrator-only scopes</source>
        <translation>&amp;Administrator: darf die nur für Administratoren bestimmten Scopes des integrierten MCP-Servers erhalten</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Passwort:</translation>
    </message>
    <message>
        <source>Could not load the organizations: %1</source>
        <translation>Die Organisationen konnten nicht geladen werden: %1</translation>
    </message>
</context>
<context>
    <name>mcpauth::UserTableModel</name>
    <message>
        <source>Cannot sign in; their tokens were revoked when the account was disabled.</source>
        <translation>Kann sich nicht anmelden; die Token wurden beim Deaktivieren des Kontos widerrufen.</translation>
    </message>
    <message>
        <source>May consent to the administrator-only scopes of the built-in MCP server.</source>
        <translation>Darf in die nur für Administratoren bestimmten Scopes des integrierten MCP-Servers einwilligen.</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrator</translation>
    </message>
    <message>
        <source>User</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Deaktiviert</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiviert</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Display name</source>
        <translation>Anzeigename</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
</context>
<context>
    <name>mcpauth::UsersPage</name>
    <message>
        <source>Filter by username, name or email (Ctrl+F)</source>
        <translation>Nach Benutzername, Name oder E-Mail filtern (Ctrl+F)</translation>
    </message>
    <message>
        <source>Filter users</source>
        <translation>Benutzer filtern</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Hinzufügen…</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>Benutzer hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation>Benutzer bearbeiten</translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Disable or enable user</source>
        <translation>Benutzer deaktivieren oder aktivieren</translation>
    </message>
    <message>
        <source>&amp;Reset Password…</source>
        <translation>Passwort &amp;zurücksetzen…</translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation>Passwort zurücksetzen</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Entsperren</translation>
    </message>
    <message>
        <source>Unlock user</source>
        <translation>Benutzer entsperren</translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation>&amp;Löschen…</translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>Lift a lockout after repeated failed sign-ins now instead of waiting for it to end.</source>
        <translation>Eine Sperre nach wiederholt fehlgeschlagenen Anmeldungen sofort aufheben, statt ihr Ende abzuwarten.</translation>
    </message>
    <message>
        <source>Users</source>
        <translation>Benutzer</translation>
    </message>
    <message>
        <source>&lt;b&gt;Consents in force&lt;/b&gt;</source>
        <translation>&lt;b&gt;Geltende Einwilligungen&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Consents of the selected user</source>
        <translation>Einwilligungen des ausgewählten Benutzers</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>Anwendung</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Scopes</translation>
    </message>
    <message>
        <source>Granted</source>
        <translation>Erteilt</translation>
    </message>
    <message>
        <source>Recent tokens of the selected user</source>
        <translation>Neueste Token des ausgewählten Benutzers</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Ausgestellt</translation>
    </message>
    <message>
        <source>Expires</source>
        <translation>Läuft ab</translation>
    </message>
    <message>
        <source>Could not load the users</source>
        <translation>Die Benutzer konnten nicht geladen werden</translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n Benutzer</numerusform>
            <numerusform>%n Benutzer</numerusform>
        </translation>
    </message>
    <message>
        <source>En&amp;able</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Let the user sign in again. Tokens revoked when the account was disabled stay revoked.</source>
        <translation>Dem Benutzer die Anmeldung wieder erlauben. Beim Deaktivieren widerrufene Token bleiben widerrufen.</translation>
    </message>
    <message>
        <source>Stop the user from signing in and revoke every token of theirs.</source>
        <translation>Die Anmeldung des Benutzers verhindern und alle seine Token widerrufen.</translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation>Benutzer %1 hinzugefügt.</translation>
    </message>
    <message>
        <source>User %1 saved.</source>
        <translation>Benutzer %1 gespeichert.</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>The password of %1. Give it to them over a channel you trust; they sign in with it at the local authorization server&apos;s login page.</source>
        <translation>Das Passwort von %1. Übermitteln Sie es über einen vertrauenswürdigen Kanal; damit meldet sich der Benutzer auf der Anmeldeseite des lokalen Autorisierungsservers an.</translation>
    </message>
    <message>
        <source>Could not change %1</source>
        <translation>%1 konnte nicht geändert werden</translation>
    </message>
    <message>
        <source>User %1 disabled; their tokens were revoked.</source>
        <translation>Benutzer %1 deaktiviert; seine Token wurden widerrufen.</translation>
    </message>
    <message>
        <source>User %1 enabled.</source>
        <translation>Benutzer %1 aktiviert.</translation>
    </message>
    <message>
        <source>Disable User</source>
        <translation>Benutzer deaktivieren</translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation>%1 deaktivieren?</translation>
    </message>
    <message numerus="yes">
        <source>They can no longer sign in, and every token of theirs is revoked now (%n token(s) are active). Enabling them later revives no token.</source>
        <translation>
            <numerusform>Der Benutzer kann sich nicht mehr anmelden, und alle seine Token werden jetzt widerrufen (%n Token ist aktiv). Ein späteres Aktivieren stellt kein Token wieder her.</numerusform>
            <numerusform>Der Benutzer kann sich nicht mehr anmelden, und alle seine Token werden jetzt widerrufen (%n Token sind aktiv). Ein späteres Aktivieren stellt kein Token wieder her.</numerusform>
        </translation>
    </message>
    <message>
        <source>Disable</source>
        <translation>Deaktivieren</translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation>Das Passwort von %1 wurde zurückgesetzt.</translation>
    </message>
    <message>
        <source>Could not unlock %1</source>
        <translation>%1 konnte nicht entsperrt werden</translation>
    </message>
    <message>
        <source>%1 may sign in again: failed attempts are forgotten.</source>
        <translation>%1 darf sich wieder anmelden: Fehlgeschlagene Versuche sind vergessen.</translation>
    </message>
    <message>
        <source>Delete User</source>
        <translation>Benutzer löschen</translation>
    </message>
    <message>
        <source>Delete the user %1?</source>
        <translation>Den Benutzer %1 löschen?</translation>
    </message>
    <message>
        <source>Their %1 and %2 are deleted with them, so no token of theirs works any more. The audit log keeps the history.</source>
        <translation>Seine %1 und %2 werden mit ihm gelöscht, sodass keines seiner Token mehr funktioniert. Das Prüfprotokoll behält den Verlauf.</translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n Einwilligung</numerusform>
            <numerusform>%n Einwilligungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Löschen</translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation>%1 konnte nicht gelöscht werden</translation>
    </message>
    <message>
        <source>User %1 deleted.</source>
        <translation>Benutzer %1 gelöscht.</translation>
    </message>
    <message>
        <source>Select a user to see their consents and tokens.</source>
        <translation>Wählen Sie einen Benutzer aus, um seine Einwilligungen und Token zu sehen.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation>%1 (%2, %3)</translation>
    </message>
    <message>
        <source>Loading tokens…</source>
        <translation>Token werden geladen…</translation>
    </message>
    <message>
        <source>Could not load the consents</source>
        <translation>Die Einwilligungen konnten nicht geladen werden</translation>
    </message>
    <message>
        <source>Could not count the tokens: %1</source>
        <translation>Die Token konnten nicht gezählt werden: %1</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tokens&lt;/b&gt;: none.</source>
        <translation>&lt;b&gt;Token&lt;/b&gt;: keine.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Tokens&lt;/b&gt;: %1, %2 active. The most recent:</source>
        <translation>&lt;b&gt;Token&lt;/b&gt;: %1, davon %2 aktiv. Die neuesten:</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Expired</source>
        <translation>Abgelaufen</translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation>Widerrufen</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisierung</translation>
    </message>
    <message>
        <source>Token ID %1, audience %2, scopes %3</source>
        <translation>Token-ID %1, Zielgruppe %2, Scopes %3</translation>
    </message>
</context>
</TS>
