<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja" sourcelanguage="en">
<context>
    <name>BackendFactory</name>
    <message>
        <source>This build cannot connect to %1 yet; the profile is saved and will work once the adapter is installed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Capability</name>
    <message>
        <source>Organizations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create, edit and delete applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate client secrets</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verify the audit chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic registration policy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Live updates</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProfile</name>
    <message>
        <source>Enter the server&apos;s address, for example https://auth.example.com.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a valid URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use https (plain http is accepted only for 127.0.0.1 and localhost).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The address must not contain a query or a fragment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put no user name or password in the address; the secret goes in the keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name is longer than 100 characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the SQLite file of the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is a PostgreSQL URL: choose Local PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter a URL like postgresql://user@host:5432/database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the Casdoor organization, for example built-in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client ID of a Casdoor application.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the client ID the console authenticates with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown backend kind &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The profile has no id.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local SQLite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local PostgreSQL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casdoor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Standards-based authorization server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casdoor has no resource entity: the resource indicator is only recorded on each token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casdoor keeps scopes inside each application; edit them there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage Casdoor&apos;s users in Casdoor&apos;s own user pages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casdoor has no introspection for the console&apos;s credentials; look tokens up in the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casdoor&apos;s records are not hash-chained, so there is nothing to verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casdoor&apos;s signing certificates are managed in Casdoor.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casdoor does not announce changes; refresh with F5.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth standards have no organizations.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate a client&apos;s secret by updating its registration (RFC 7592) on the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth standards have no API to list a server&apos;s resources.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth standards have no API to manage scopes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth standards have no API to manage users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth standards cannot list tokens; paste a token to look it up (RFC 7662).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth standards have no API for consents.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth standards have no API for an audit log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A server&apos;s signing keys are read from its JWKS, not managed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The OAuth standards have no API for registration policy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not announce changes; refresh with F5.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionProfileStore</name>
    <message>
        <source>A profile named &apos;%1&apos; exists already.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no such profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ErrorMessage</name>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Message: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP Auth Console</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>JwtSignatureCheck</name>
    <message>
        <source>The token is signed with &apos;%1&apos;; the local server only signs with RS256 and ES256, so it did not issue this token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No key of the local server has the key ID &apos;%1&apos;: another server issued this token, or its key was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key &apos;%1&apos; is no longer published in the JWKS, so resource servers reject every token it signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The header says %1, but the key &apos;%2&apos; is a %3 key.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The stored public key &apos;%1&apos; could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature does not match the key &apos;%1&apos;: the token was altered after it was signed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The signature is valid: signed by the local server&apos;s %1 key &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <source>any time</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpauth::ApplicationEditorDialog</name>
    <message>
        <source>New Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Application %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Redirects &amp;&amp; grants</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;okens &amp;&amp; consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None: start from defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Template:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or&amp;ganization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A short unique name, e.g. cursor-team</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Generated when left empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Client ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public: an app on a device, no secret (PKCE)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Confidential: runs on a server, has a secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client t&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none (public clients)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_secret_basic (HTTP Basic)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_secret_post (in the form)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token endpoint &amp;authentication:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Agent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Default</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ca&amp;tegory:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URIs:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>authorization_code: a person signs in and consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refresh_token: new access tokens without signing in again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>client_credentials: the client acts for itself (confidential only)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant types:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Require &amp;PKCE (S256) on every authorization request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT (verifiable by the resource)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opaque (checked by introspection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token &amp;format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signing algorithm:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From %1 s (one minute) to %2 s (one day).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A&amp;ccess token lifetime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>At most %1 s (one year).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh token lifetime:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once: ask the first time, remember the answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always: ask on every authorization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never: trusted first-party client</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;nsent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space-separated; empty: any scope of the resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Allowed sco&amp;pes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Space-separated origins, e.g. https://app.example.com</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CORS &amp;origins:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the organizations: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n problem(s))</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcpauth::ApplicationTableModel</name>
    <message>
        <source>Confidential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Public</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Always</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CLI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dynamic registration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Metadata document</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Redirect URIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created by</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpauth::ApplicationsPage</name>
    <message>
        <source>Filter by name, client ID or redirect URI (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rotate Secret…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>New application (Ctrl+N)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected application (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected application (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A public client has no secret: it proves itself with PKCE.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issue a new client secret; the current one stops working at once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client secret of %1 (client ID %2). Put it in the client&apos;s configuration.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate Client Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the client secret of %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The current secret stops working at once: every client that uses it must be given the new one. Tokens already issued stay valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rotate the secret of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret of %1 was rotated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New Client Secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new client secret of %1 (client ID %2). The previous one no longer works.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the application %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Its %1 (%2 still active) and %3 are deleted with it, and clients using client ID %4 can no longer sign in. The audit log keeps the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application %1 deleted with %2 and %3.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpauth::AuditPage</name>
    <message>
        <source>&amp;Text:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anywhere in the event (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ac&amp;tor:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cli:root, console:alice, server…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Acti&amp;on:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>token.revoke, or token. for all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tar&amp;get ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The id of an entity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute every event&apos;s hash: shows whether any stored event was changed or removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Verification progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the events that match the filter to a CSV or JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Event details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select an event to see its details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 event(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
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
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>
Hash: %1
Previous: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every event&apos;s hash…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chain could not be checked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not verify the audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Intact&lt;/b&gt;: all %n event(s) are in the chain unchanged; none was altered, removed or reordered.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;b&gt;Broken at event %1&lt;/b&gt;: %2 Events from there on cannot be trusted; compare them with a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chain is intact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audit chain is broken.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpauth::AuditTableModel</name>
    <message>
        <source>Success</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Denied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpauth::Backend</name>
    <message>
        <source>%1 is not available on this backend.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpauth::ConnectionProfilesDialog</name>
    <message>
        <source>Connection Profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved profiles</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backend kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Organization</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open this profile when the console starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Organization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backend:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this backend can do</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Feature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What this backend can do:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking the keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved; type to replace it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the profile &apos;%1&apos; and its saved secret? The backend itself is not changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Store &amp;file:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>/home/you/.local/share/mcp-auth/store.sqlite</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Casdoor &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issuer:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kept in the system keychain, never in a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available (%1). The secret will be kept for this session only and asked for again next time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the store file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>SQLite stores (*.sqlite *.db)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The secret could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No keychain is available (%1). The secret is kept for this session only and will be asked for again next time.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpauth::ConnectionsPage</name>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpauth::ConsentTableModel</name>
    <message>
        <source>Revoked %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpauth::ConsentsPage</name>
    <message>
        <source>User filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Application:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by resource or scope (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the selected consents (Delete): the application must ask the user again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>%1&apos;s consent to %2 on %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke %1?

The application must ask the user again the next time it signs in; tokens already issued stay valid until they expire or are revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n consent(s)?

Each application must ask its user again the next time it signs in; tokens already issued stay valid until they expire or are revoked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n consent(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not revoke the consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent revoked.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpauth::EventDetailsWidget</name>
    <message>
        <source>Message bodies as a JSON tree</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decoded tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Direction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Raw</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens, codes and secrets were masked when they were recorded and cannot be shown; a token&apos;s decoded claims are under Tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a message to see it in full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#%1 · %2 → %3 · %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>request body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>response body</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>access token claims</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Started: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for the first byte: %1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protocol: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No JWT in this message.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access token (decoded by the flow engine, not verified):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JWT found in the message (not verified):</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpauth::ExportFlow</name>
    <message>
        <source>CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) written…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcpauth::FindingsPanel</name>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Finding details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Apply the fix</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Information</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add this redirect URI to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings appear here when a run ends: what went wrong, the evidence and the fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No findings: nothing in this run breaks the specification or looks wrong.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1, %2, %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Specification:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Asks before changing anything.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpauth::FirstStartDialog</name>
    <message>
        <source>Welcome to MCP Auth Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store is empty. How would you like to start?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An organization, the built-in MCP server with its scopes, applications for Claude Desktop, Claude Code, Cursor and VS Code, and an administrator whose password is shown once.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create your organization, resources and applications yourself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connect to a remote backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Manage Casdoor or another standards-based authorization server through a connection profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpauth::InspectorWidget</name>
    <message>
        <source>pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>running…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ok, with warnings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not reached</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter messages (URL, method, body, status…)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind of message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All kinds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status of message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Errors and failures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Successes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Messages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Findings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Call a tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re-send…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the selected tools/call request and send it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fixes are applied only to the local authorization server; this window is connected to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No backend to apply fixes to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP server URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://mcp.example.com/mcp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How to authorize</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Headless (server approves without a person)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client ID</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: register dynamically</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client secret</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>only for a confidential client; never saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Grant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Automatic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorization code (a user signs in)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client credentials (a service, no user)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>empty: what the server asks for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a saved transcript (JSON) to inspect it offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export JSON…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the transcript, secrets masked, to open it again here or share it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export HAR…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the HTTP exchanges as HAR 1.2, for browser developer tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP server &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authorize with:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Client &amp;ID:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Secret:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Grant:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;copes:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcripts (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open the transcript.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the transcript.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Transcript saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export HAR</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAR files (*.har)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the HAR file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HAR saved to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the URL of the MCP server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server URL must start with https:// (or http:// for this computer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A client secret needs its client ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The client credentials grant needs a pre-registered client ID and secret.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected to %1: the server lists %n tool(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed at “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Called the tool %1; its answer is selected below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authorization server&apos;s sign-in page has the scheme “%1”, which the console does not open: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not open a browser. Open this address yourself to sign in: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in and approve in your browser; the inspector waits for the callback.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients that use this application may then be sent to this address after signing in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The port is left out: this computer&apos;s address then matches on any port, as the callback port changes from run to run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the redirect URI?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add %1 to the redirect URIs of the application %2 in %3?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not find the application in this backend.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add the redirect URI.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Added %1 to the application %2. Run again to check the fix.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Run again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the running connection first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the saved transcript</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 offline: %n message(s); the diagnosis reads only the transcript.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcpauth::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n member(s)}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>object</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>array</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>null</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpauth::LocalBackend</name>
    <message>
        <source>Local PostgreSQL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local SQLite: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpauth::LocalStoreWorker</name>
    <message>
        <source>The store is not open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is closed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpauth::MainWindow</name>
    <message>
        <source>MCP Auth Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Navigation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local server: not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting to &apos;%1&apos;…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connected to &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is saved for this profile. Open File &gt; Connection Profiles and enter it (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources &amp; Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Audit log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This view is not part of this build yet; the command-line tool &apos;mcp-auth&apos; covers it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signed in as %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection &amp;Profiles…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferences…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About MCP Auth Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About MCP Auth Console</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;MCP Auth Console&lt;/b&gt; %1&lt;br&gt;Administration of OAuth 2.1 for MCP servers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local server did not start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local server: starting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local server: %1 — running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP endpoint: %1
Signing keys are encrypted with a key from %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local server: port %1 in use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local server: not running (error)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating demo data…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not create the demo data: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo data created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The demo organization &apos;%1&apos; is ready, with the built-in MCP server at %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign in to the local server&apos;s login page as &apos;%1&apos; with this password, shown only now:

%2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpauth::PagedExporter</name>
    <message>
        <source>The file %1 could not be written: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpauth::PasswordChoice</name>
    <message>
        <source>&amp;Generate a strong password (shown once after saving)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>T&amp;ype a password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ. Type the same password twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpauth::PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open at start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local server port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any free port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the local authorization server and MCP server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open at start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local server &amp;port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server listens on 127.0.0.1 only. Port changes apply the next time the console starts; the --port option overrides them.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpauth::ProfileSecrets</name>
    <message>
        <source>No keychain is configured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No secret is saved for this profile.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpauth::RedirectUriEditor</name>
    <message>
        <source>Redirect URIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Double-click or press F2 to edit a URI; Delete removes it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>http://127.0.0.1/callback (loopback: any port)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Try a URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Try a redirect URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The redirect_uri a client sends, e.g. http://127.0.0.1:53127/callback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ No match: no redirect URI is registered yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Matches %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ No match: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✗ No match. Closest registration %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpauth::ResendDialog</name>
    <message>
        <source>Re-send a tool call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit the tool name (params.name) or its arguments (params.arguments), then send: the connection runs again and ends with this call. Values shown as “[masked …]” were secrets and are sent as written here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not valid JSON: %1 at character %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only tools/call can be re-sent on its own; the other requests are part of every run (use Run).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>params.name must name the tool.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>params.arguments must be a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpauth::ResetPasswordDialog</name>
    <message>
        <source>Reset Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new password for %1. The current one stops working when you save; tokens already issued stay valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set Password</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpauth::ResourceEditorDialog</name>
    <message>
        <source>New Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Resource %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A resource is an MCP server the authorization server issues tokens for. Its URI is the resource indicator clients send (RFC 8707) and the audience of its tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or&amp;ganization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://mcp.example.com/mcp</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;URI:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the organizations: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpauth::ResourcesPage</name>
    <message>
        <source>Filter by URI, name or scope (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New Resource…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>URI</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes of the selected resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add Scope…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit S&amp;cope…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove from Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove scope from resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools and the scope each needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tools of the selected resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it does</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected resource metadata (RFC 9728)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Protected resource metadata preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources &amp; Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the resources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>No resource yet. A resource is an MCP server clients get tokens for: add one with New Resource (Ctrl+N). The built-in MCP server adds its own when the local server starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a resource to see its scopes, tools and metadata.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;%1&lt;/b&gt;&lt;br&gt;%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued only to administrators.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not defined in the organization)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tool map: the server checks scopes itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Served at %1. The authorization server is the local server, whose issuer is known once it has run; shown here as ISSUER.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in MCP server serves this at %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The MCP server at this URI should serve this at %1 (and point its 401 challenges there).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource %1 created.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the resource %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clients can no longer ask for tokens for it. Tokens already issued for it stay valid until they expire; revoke them in Tokens. Its scopes stay in the organization.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change the scopes of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope %1 added to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope %1 removed from %2; it stays defined in the organization.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpauth::ScopeEditorDialog</name>
    <message>
        <source>New Scope</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit Scope %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. files:read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the consent page shows, e.g. Read your files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;escription:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpauth::SecretDialog</name>
    <message>
        <source>&amp;Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy to the clipboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is the only time it is shown: it is not stored anywhere it could be read back. Copy it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpauth::SigningKeyTableModel</name>
    <message>
        <source>Signs every new %1 token and is published in the JWKS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs nothing new; stays in the JWKS until the tokens it signed have expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signs nothing and is no longer published: tokens it signed no longer verify.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Withdrawn: never published, every token it signed is refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired, published</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>while active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Key ID (kid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Published until</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What it means</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpauth::SigningKeysPage</name>
    <message>
        <source>The local authorization server signs access tokens with these keys and publishes their public halves in its JWKS, where MCP servers fetch them to check tokens. Rotate a key when it may have leaked, or on a schedule: the new key signs from then on, and the old one stays published until the tokens it signed have expired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Algorithm to rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rotate…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;tire Now…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a replaced key that is still published to take it out of the JWKS now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key signs new tokens: rotate it first; it then stays published until its tokens expire, unless you retire it now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This key is no longer published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take this key out of the JWKS now, for a key that may have leaked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire signing key now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take the key %1 out of the JWKS now?

Every token it signed stops verifying at once, before it expires: clients holding one must sign in again. Do this when the key may have leaked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retire Now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not retire the signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The key %1 is no longer published.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key retired.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the signing keys</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Create a new %1 signing key?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate the %1 signing key %2?

A new key signs every token from now on. The old key is retired: it stays in the JWKS until the longest access-token lifetime has passed, so the tokens it signed keep working until they expire, and then disappears from the JWKS. A local server running on this store picks the new key up without a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rotating…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not rotate the signing key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new key %1 signs from now on; %2 stays published until %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signing key rotated.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpauth::TokenTableModel</name>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(the application itself)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Click to sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the issue and expiry times can be sorted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token ID (jti)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpauth::TokensPage</name>
    <message>
        <source>&amp;Application:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reso&amp;urce:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Issued from:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;before:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Go to &amp;last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the last tokens in this order (Ctrl+End in the table)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the tokens that match the filter to a CSV or JSON file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Revoke</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke the selected tokens (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of this &amp;user…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke every token of the selected token&apos;s user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All of this a&amp;pplication…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoke every token of the selected token&apos;s application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste an access token (JWT) to decode it, check its signature against the local server&apos;s published keys, and find it in the store:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token to look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>eyJhbGciOi…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Look up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look-up result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Look up a token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the issue and expiry times can be sorted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%1 token(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n tokens</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke the token %1?

A resource server that introspects it refuses it from now on; a refresh token takes the access tokens of its family with it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n token(s)?

A resource server that introspects them refuses them from now on; a refresh token takes the access tokens of its family with it.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Revoke tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n token(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) could not be revoked.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n token(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not count the tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The user %1 has no active token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The application %1 has no active token.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Revoke all %n active token(s) of the user %1?

The user&apos;s clients must sign in again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke all %n active token(s) of the application %1?

Every user of the application must sign in again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Could not revoke the tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 d %2 h</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expired %1 ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>expires in %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audience (&lt;code&gt;aud&lt;/code&gt;) is &lt;b&gt;%1&lt;/b&gt;, the registered resource “%2”: only that MCP server accepts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token names no audience (&lt;code&gt;aud&lt;/code&gt;): a resource server that checks the audience, as MCP requires, refuses it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The audience (&lt;code&gt;aud&lt;/code&gt;) is &lt;b&gt;%1&lt;/b&gt;, which is &lt;b&gt;not a registered resource&lt;/b&gt;: no MCP server of this backend accepts it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;No scopes: the token grants nothing beyond the resource&apos;s public tools.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not a scope of this backend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A refresh token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An access token</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 issued to the application &lt;b&gt;%2&lt;/b&gt; for itself (client credentials, no user).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;%1 issued to the application &lt;b&gt;%2&lt;/b&gt;, acting for the user &lt;b&gt;%3&lt;/b&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Active&lt;/b&gt;: it %1 (at %2).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Expired&lt;/b&gt;: it %1 (at %2); no resource server accepts it any more.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;Revoked&lt;/b&gt; at %1: introspection answers “inactive”.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Scopes:&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Issued at %1. Token ID (&lt;code&gt;jti&lt;/code&gt;): &lt;code&gt;%2&lt;/code&gt;.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Refresh family &lt;code&gt;%1&lt;/code&gt;: revoking the refresh token revokes the tokens of its family.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;Select a token to see what it grants, to whom, and until when.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n tokens selected. Revoke revokes them all.&lt;/p&gt;</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&lt;p&gt;Paste a token first.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Signature not verified.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;p&gt;It %1 (at %2).&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Looking the token up in the store…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h4&gt;Header&lt;/h4&gt;&lt;pre&gt;%1&lt;/pre&gt;&lt;h4&gt;Claims&lt;/h4&gt;&lt;pre&gt;%2&lt;/pre&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The token has no &lt;code&gt;jti&lt;/code&gt;, so it cannot be found in the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Not in the store&lt;/b&gt;: this backend did not issue the token, or its record was removed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Introspection: active.&lt;/b&gt; The store knows this token and it has not been revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Introspection: inactive&lt;/b&gt; (expired).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Introspection: inactive&lt;/b&gt;, revoked at %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpauth::ToolCallForm</name>
    <message>
        <source>&amp;Call tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tool</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Runs the connection again and calls this tool at its end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Tool:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The tools appear here after a run that reached tools/list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This tool takes no arguments.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>* required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Run the connection first: it lists the tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be a number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 must be JSON.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpauth::TranscriptTableModel</name>
    <message>
        <source>HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON-RPC request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON-RPC response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>JSON-RPC notification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Browser</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>error %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Duration</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpauth::UserEditorDialog</name>
    <message>
        <source>Add User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit User %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Or&amp;ganization:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Username:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Display name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Email:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Administrator: may hold the built-in MCP server&apos;s administrator-only scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the organizations: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpauth::UserTableModel</name>
    <message>
        <source>Cannot sign in; their tokens were revoked when the account was disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>May consent to the administrator-only scopes of the built-in MCP server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Username</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Display name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>mcpauth::UsersPage</name>
    <message>
        <source>Filter by username, name or email (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>D&amp;isable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable or enable user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reset Password…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reset password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lift a lockout after repeated failed sign-ins now instead of waiting for it to end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Users</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Consents in force&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consents of the selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Application</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resource</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Granted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent tokens of the selected user</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expires</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the users</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>En&amp;able</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the user sign in again. Tokens revoked when the account was disabled stay revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the user from signing in and revoke every token of theirs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1. Give it to them over a channel you trust; they sign in with it at the local authorization server&apos;s login page.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not change %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 disabled; their tokens were revoked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disable %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>They can no longer sign in, and every token of theirs is revoked now (%n token(s) are active). Enabling them later revives no token.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password of %1 was reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not unlock %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 may sign in again: failed attempts are forgotten.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete User</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the user %1?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Their %1 and %2 are deleted with them, so no token of theirs works any more. The audit log keeps the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not delete %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>User %1 deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a user to see their consents and tokens.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>%1 (%2, %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading tokens…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not load the consents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not count the tokens: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Tokens&lt;/b&gt;: none.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Tokens&lt;/b&gt;: %1, %2 active. The most recent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Token ID %1, audience %2, scopes %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
