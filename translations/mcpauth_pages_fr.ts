<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AuthPages</name>
    <message>
        <source>This server does not answer to the name %1. Open the sign-in page at %2 instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form was sent from another web site, so it was not accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application sent the sign-in request in a form this server does not understand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application&apos;s sign-in request is too large: %1 bytes, where at most %2 are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application sent its client ID more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application did not say who it is (no client ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application&apos;s client ID is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application&apos;s client ID is not acceptable: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server has fetched too many application metadata documents for your address in the last minute. Try again in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server has fetched too many application metadata documents in the last minute. Try again in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application&apos;s metadata document could not be used: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application that sent you here is not registered with this server (client ID %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application sent its redirect URI more than once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application did not say where to send you back to (no redirect_uri).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application&apos;s redirect URI is longer than %1 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application %1 asked to send you back to %2, which is not one of its registered redirect URIs (%3). For your safety you are not sent there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in request has expired or was already used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in session has expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application is no longer registered with this server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application&apos;s metadata document cannot be fetched right now: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered dynamically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified by a metadata document at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Registered by an administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your sign-in session has expired, or your browser did not send its cookie.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The form did not come from this page (its security token is missing or wrong).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sign-in form arrived damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many sign-in attempts for this account in the last minute. Try again in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Too many sign-in attempts from your address in the last minute. Try again in %1 seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server is checking too many sign-ins right now. Try again in a few seconds.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in failed. Check your username and password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins. Try again in 1 minute, or ask your administrator to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins. Try again in %1 minutes, or ask your administrator to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is disabled. Ask your administrator to enable it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The consent form arrived damaged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP Auth Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization server at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>to continue to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue only if you started signing in from %1 yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow access?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 wants to access %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After you decide, you will be sent to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is an application on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It will be able to:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not granted, because only administrators can allow it:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This application identified itself with a metadata document published at %1. Allow access only if you recognise that address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deny</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can withdraw this permission at any time in MCP Auth Console.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign-in error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sign-in cannot continue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error code: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return to the application and start again. If this keeps happening, show this page to your administrator.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
