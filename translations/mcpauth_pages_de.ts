<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AuthPages</name>
    <message>
        <source>This server does not answer to the name %1. Open the sign-in page at %2 instead.</source>
        <translation>Dieser Server ist unter dem Namen %1 nicht erreichbar. Öffnen Sie stattdessen die Anmeldeseite unter %2.</translation>
    </message>
    <message>
        <source>The form was sent from another web site, so it was not accepted.</source>
        <translation>Das Formular wurde von einer anderen Website gesendet und daher nicht angenommen.</translation>
    </message>
    <message>
        <source>The application sent the sign-in request in a form this server does not understand.</source>
        <translation>Die Anwendung hat die Anmeldeanfrage in einer Form gesendet, die dieser Server nicht versteht.</translation>
    </message>
    <message>
        <source>The application&apos;s sign-in request is too large: %1 bytes, where at most %2 are accepted.</source>
        <translation>Die Anmeldeanfrage der Anwendung ist zu groß: %1 Byte, zulässig sind höchstens %2.</translation>
    </message>
    <message>
        <source>The application sent its client ID more than once.</source>
        <translation>Die Anwendung hat ihre Client-ID mehr als einmal gesendet.</translation>
    </message>
    <message>
        <source>The application did not say who it is (no client ID).</source>
        <translation>Die Anwendung hat nicht angegeben, wer sie ist (keine Client-ID).</translation>
    </message>
    <message>
        <source>The application&apos;s client ID is longer than %1 characters.</source>
        <translation>Die Client-ID der Anwendung ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The application&apos;s client ID is not acceptable: %1</source>
        <translation>Die Client-ID der Anwendung ist nicht zulässig: %1</translation>
    </message>
    <message>
        <source>This server has fetched too many application metadata documents for your address in the last minute. Try again in %1 seconds.</source>
        <translation>Dieser Server hat in der letzten Minute zu viele Metadatendokumente von Anwendungen für Ihre Adresse abgerufen. Versuchen Sie es in %1 Sekunden erneut.</translation>
    </message>
    <message>
        <source>This server has fetched too many application metadata documents in the last minute. Try again in %1 seconds.</source>
        <translation>Dieser Server hat in der letzten Minute zu viele Metadatendokumente von Anwendungen abgerufen. Versuchen Sie es in %1 Sekunden erneut.</translation>
    </message>
    <message>
        <source>The application&apos;s metadata document could not be used: %1</source>
        <translation>Das Metadatendokument der Anwendung konnte nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>The application that sent you here is not registered with this server (client ID %1).</source>
        <translation>Die Anwendung, die Sie hierher geleitet hat, ist bei diesem Server nicht registriert (Client-ID %1).</translation>
    </message>
    <message>
        <source>The application sent its redirect URI more than once.</source>
        <translation>Die Anwendung hat ihren Weiterleitungs-URI mehr als einmal gesendet.</translation>
    </message>
    <message>
        <source>The application did not say where to send you back to (no redirect_uri).</source>
        <translation>Die Anwendung hat nicht angegeben, wohin Sie zurückgeleitet werden sollen (kein redirect_uri).</translation>
    </message>
    <message>
        <source>The application&apos;s redirect URI is longer than %1 characters.</source>
        <translation>Der Weiterleitungs-URI der Anwendung ist länger als %1 Zeichen.</translation>
    </message>
    <message>
        <source>The application %1 asked to send you back to %2, which is not one of its registered redirect URIs (%3). For your safety you are not sent there.</source>
        <translation>Die Anwendung %1 wollte Sie zu %2 zurückleiten, das nicht zu ihren registrierten Weiterleitungs-URIs (%3) gehört. Zu Ihrer Sicherheit werden Sie nicht dorthin weitergeleitet.</translation>
    </message>
    <message>
        <source>This sign-in request has expired or was already used.</source>
        <translation>Diese Anmeldeanfrage ist abgelaufen oder wurde bereits verwendet.</translation>
    </message>
    <message>
        <source>Your sign-in session has expired.</source>
        <translation>Ihre Anmeldesitzung ist abgelaufen.</translation>
    </message>
    <message>
        <source>The application is no longer registered with this server.</source>
        <translation>Die Anwendung ist bei diesem Server nicht mehr registriert.</translation>
    </message>
    <message>
        <source>The application&apos;s metadata document cannot be fetched right now: %1</source>
        <translation>Das Metadatendokument der Anwendung kann zurzeit nicht abgerufen werden: %1</translation>
    </message>
    <message>
        <source>Registered dynamically</source>
        <translation>Dynamisch registriert</translation>
    </message>
    <message>
        <source>Identified by a metadata document at %1</source>
        <translation>Identifiziert durch ein Metadatendokument unter %1</translation>
    </message>
    <message>
        <source>Registered by an administrator</source>
        <translation>Von einem Administrator registriert</translation>
    </message>
    <message>
        <source>Your sign-in session has expired, or your browser did not send its cookie.</source>
        <translation>Ihre Anmeldesitzung ist abgelaufen, oder Ihr Browser hat sein Cookie nicht gesendet.</translation>
    </message>
    <message>
        <source>The form did not come from this page (its security token is missing or wrong).</source>
        <translation>Das Formular stammt nicht von dieser Seite (sein Sicherheitstoken fehlt oder ist falsch).</translation>
    </message>
    <message>
        <source>The sign-in form arrived damaged.</source>
        <translation>Das Anmeldeformular ist beschädigt angekommen.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts for this account in the last minute. Try again in %1 seconds.</source>
        <translation>Zu viele Anmeldeversuche für dieses Konto in der letzten Minute. Versuchen Sie es in %1 Sekunden erneut.</translation>
    </message>
    <message>
        <source>Too many sign-in attempts from your address in the last minute. Try again in %1 seconds.</source>
        <translation>Zu viele Anmeldeversuche von Ihrer Adresse in der letzten Minute. Versuchen Sie es in %1 Sekunden erneut.</translation>
    </message>
    <message>
        <source>This server is checking too many sign-ins right now. Try again in a few seconds.</source>
        <translation>Dieser Server prüft gerade zu viele Anmeldungen. Versuchen Sie es in einigen Sekunden erneut.</translation>
    </message>
    <message>
        <source>Sign-in failed. Check your username and password.</source>
        <translation>Anmeldung fehlgeschlagen. Überprüfen Sie Benutzername und Passwort.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins. Try again in 1 minute, or ask your administrator to unlock it.</source>
        <translation>Dieses Konto ist nach zu vielen fehlgeschlagenen Anmeldungen gesperrt. Versuchen Sie es in 1 Minute erneut, oder bitten Sie Ihren Administrator, es zu entsperren.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins. Try again in %1 minutes, or ask your administrator to unlock it.</source>
        <translation>Dieses Konto ist nach zu vielen fehlgeschlagenen Anmeldungen gesperrt. Versuchen Sie es in %1 Minuten erneut, oder bitten Sie Ihren Administrator, es zu entsperren.</translation>
    </message>
    <message>
        <source>This account is disabled. Ask your administrator to enable it.</source>
        <translation>Dieses Konto ist deaktiviert. Bitten Sie Ihren Administrator, es zu aktivieren.</translation>
    </message>
    <message>
        <source>The consent form arrived damaged.</source>
        <translation>Das Einwilligungsformular ist beschädigt angekommen.</translation>
    </message>
    <message>
        <source>MCP Auth Console</source>
        <translation>MCP Auth Console</translation>
    </message>
    <message>
        <source>Authorization server at %1</source>
        <translation>Autorisierungsserver unter %1</translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation>Anmelden</translation>
    </message>
    <message>
        <source>to continue to %1</source>
        <translation>um mit %1 fortzufahren</translation>
    </message>
    <message>
        <source>Username</source>
        <translation>Benutzername</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Passwort</translation>
    </message>
    <message>
        <source>Continue only if you started signing in from %1 yourself.</source>
        <translation>Fahren Sie nur fort, wenn Sie die Anmeldung bei %1 selbst begonnen haben.</translation>
    </message>
    <message>
        <source>Allow access?</source>
        <translation>Zugriff erlauben?</translation>
    </message>
    <message>
        <source>%1 wants to access %2</source>
        <translation>%1 möchte auf %2 zugreifen</translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation>Angemeldet als %1.</translation>
    </message>
    <message>
        <source>After you decide, you will be sent to:</source>
        <translation>Nach Ihrer Entscheidung werden Sie weitergeleitet zu:</translation>
    </message>
    <message>
        <source>This is an application on this computer.</source>
        <translation>Dies ist eine Anwendung auf diesem Computer.</translation>
    </message>
    <message>
        <source>It will be able to:</source>
        <translation>Sie erhält folgende Berechtigungen:</translation>
    </message>
    <message>
        <source>Not granted, because only administrators can allow it:</source>
        <translation>Nicht gewährt, da nur Administratoren dies erlauben können:</translation>
    </message>
    <message>
        <source>This application identified itself with a metadata document published at %1. Allow access only if you recognise that address.</source>
        <translation>Diese Anwendung hat sich mit einem Metadatendokument ausgewiesen, das unter %1 veröffentlicht ist. Erlauben Sie den Zugriff nur, wenn Sie diese Adresse kennen.</translation>
    </message>
    <message>
        <source>Deny</source>
        <translation>Ablehnen</translation>
    </message>
    <message>
        <source>Allow</source>
        <translation>Erlauben</translation>
    </message>
    <message>
        <source>You can withdraw this permission at any time in MCP Auth Console.</source>
        <translation>Sie können diese Berechtigung jederzeit in MCP Auth Console widerrufen.</translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation>Anmeldefehler</translation>
    </message>
    <message>
        <source>This sign-in cannot continue</source>
        <translation>Diese Anmeldung kann nicht fortgesetzt werden</translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation>Fehlercode: %1</translation>
    </message>
    <message>
        <source>Return to the application and start again. If this keeps happening, show this page to your administrator.</source>
        <translation>Kehren Sie zur Anwendung zurück und beginnen Sie erneut. Wenn dies wiederholt auftritt, zeigen Sie diese Seite Ihrem Administrator.</translation>
    </message>
</context>
</TS>
