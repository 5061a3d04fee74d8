<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>mcpauth::ApplicationEditorDialog</name>
    <message numerus="yes">
        <source>%1 (%n problem(s))</source>
        <translation>
            <numerusform>%1 (%n problem)</numerusform>
            <numerusform>%1 (%n problems)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcpauth::ApplicationsPage</name>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation>
            <numerusform>%n application</numerusform>
            <numerusform>%n applications</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n consent</numerusform>
            <numerusform>%n consents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcpauth::AuditPage</name>
    <message numerus="yes">
        <source>%1 event(s)</source>
        <translation>
            <numerusform>%1 event</numerusform>
            <numerusform>%1 events</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;b&gt;Intact&lt;/b&gt;: all %n event(s) are in the chain unchanged; none was altered, removed or reordered.</source>
        <translation>
            <numerusform>&lt;b&gt;Intact&lt;/b&gt;: the %n event is in the chain unchanged; none was altered, removed or reordered.</numerusform>
            <numerusform>&lt;b&gt;Intact&lt;/b&gt;: all %n events are in the chain unchanged; none was altered, removed or reordered.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcpauth::CasdoorBackend</name>
    <message numerus="yes">
        <source>%n token(s) expired; then Casdoor refused to expire %1: %2</source>
        <translation>
            <numerusform>%n token expired; then Casdoor refused to expire %1: %2</numerusform>
            <numerusform>%n tokens expired; then Casdoor refused to expire %1: %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcpauth::ConsentsPage</name>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n consent</numerusform>
            <numerusform>%n consents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n consent(s)?

Each application must ask its user again the next time it signs in; tokens already issued stay valid until they expire or are revoked.</source>
        <translation>
            <numerusform>Revoke %n consent?

Each application must ask its user again the next time it signs in; tokens already issued stay valid until they expire or are revoked.</numerusform>
            <numerusform>Revoke %n consents?

Each application must ask its user again the next time it signs in; tokens already issued stay valid until they expire or are revoked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n consent(s)</source>
        <translation>
            <numerusform>Revoke %n consent</numerusform>
            <numerusform>Revoke %n consents</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcpauth::ExportFlow</name>
    <message numerus="yes">
        <source>%n row(s) written…</source>
        <translation>
            <numerusform>%n row written…</numerusform>
            <numerusform>%n rows written…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n row(s) to %1.</source>
        <translation>
            <numerusform>Exported %n row to %1.</numerusform>
            <numerusform>Exported %n rows to %1.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcpauth::FindingsPanel</name>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n finding</numerusform>
            <numerusform>%n findings</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n error</numerusform>
            <numerusform>%n errors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcpauth::InspectorWidget</name>
    <message numerus="yes">
        <source>Connected to %1: the server lists %n tool(s).</source>
        <translation>
            <numerusform>Connected to %1: the server lists %n tool.</numerusform>
            <numerusform>Connected to %1: the server lists %n tools.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Opened %1 offline: %n message(s); the diagnosis reads only the transcript.</source>
        <translation>
            <numerusform>Opened %1 offline: %n message; the diagnosis reads only the transcript.</numerusform>
            <numerusform>Opened %1 offline: %n messages; the diagnosis reads only the transcript.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcpauth::JsonTreeModel</name>
    <message numerus="yes">
        <source>{%n member(s)}</source>
        <translation>
            <numerusform>{%n member}</numerusform>
            <numerusform>{%n members}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>[%n item(s)]</source>
        <translation>
            <numerusform>[%n item]</numerusform>
            <numerusform>[%n items]</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcpauth::ResourcesPage</name>
    <message numerus="yes">
        <source>%n resource(s)</source>
        <translation>
            <numerusform>%n resource</numerusform>
            <numerusform>%n resources</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcpauth::TestPage</name>
    <message numerus="yes">
        <source>Connected: the server offers %n tool(s). The client is ready.</source>
        <translation>
            <numerusform>Connected: the server offers %n tool. The client is ready.</numerusform>
            <numerusform>Connected: the server offers %n tools. The client is ready.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcpauth::TokensPage</name>
    <message numerus="yes">
        <source>%1 token(s)</source>
        <translation>
            <numerusform>%1 token</numerusform>
            <numerusform>%1 tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&amp;Revoke %n tokens</source>
        <translation>
            <numerusform>&amp;Revoke %n token</numerusform>
            <numerusform>&amp;Revoke %n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n token(s)?

A resource server that introspects them refuses them from now on; a refresh token takes the access tokens of its family with it.</source>
        <translation>
            <numerusform>Revoke %n token?

A resource server that introspects them refuses them from now on; a refresh token takes the access tokens of its family with it.</numerusform>
            <numerusform>Revoke %n tokens?

A resource server that introspects them refuses them from now on; a refresh token takes the access tokens of its family with it.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke %n token(s)</source>
        <translation>
            <numerusform>Revoke %n token</numerusform>
            <numerusform>Revoke %n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) could not be revoked.</source>
        <translation>
            <numerusform>%n token could not be revoked.</numerusform>
            <numerusform>%n tokens could not be revoked.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoked %n token(s).</source>
        <translation>
            <numerusform>Revoked %n token.</numerusform>
            <numerusform>Revoked %n tokens.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke all %n active token(s) of the user %1?

The user&apos;s clients must sign in again.</source>
        <translation>
            <numerusform>Revoke all %n active token of the user %1?

The user&apos;s clients must sign in again.</numerusform>
            <numerusform>Revoke all %n active tokens of the user %1?

The user&apos;s clients must sign in again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revoke all %n active token(s) of the application %1?

Every user of the application must sign in again.</source>
        <translation>
            <numerusform>Revoke all %n active token of the application %1?

Every user of the application must sign in again.</numerusform>
            <numerusform>Revoke all %n active tokens of the application %1?

Every user of the application must sign in again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>&lt;p&gt;%n tokens selected. Revoke revokes them all.&lt;/p&gt;</source>
        <translation>
            <numerusform>&lt;p&gt;%n token selected. Revoke revokes it.&lt;/p&gt;</numerusform>
            <numerusform>&lt;p&gt;%n tokens selected. Revoke revokes them all.&lt;/p&gt;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete the record of %n token(s)?

The server forgets them: they no longer appear here, and nothing shows they were revoked. Revoke keeps the record.</source>
        <translation>
            <numerusform>Delete the record of %n token?

The server forgets it: it no longer appears here, and nothing shows it was revoked. Revoke keeps the record.</numerusform>
            <numerusform>Delete the records of %n tokens?

The server forgets them: they no longer appear here, and nothing shows they were revoked. Revoke keeps the records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n record(s)</source>
        <translation>
            <numerusform>Delete %n record</numerusform>
            <numerusform>Delete %n records</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token record(s) could not be deleted.</source>
        <translation>
            <numerusform>%n token record could not be deleted.</numerusform>
            <numerusform>%n token records could not be deleted.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Deleted %n token record(s).</source>
        <translation>
            <numerusform>Deleted %n token record.</numerusform>
            <numerusform>Deleted %n token records.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>mcpauth::UsersPage</name>
    <message numerus="yes">
        <source>%n user(s)</source>
        <translation>
            <numerusform>%n user</numerusform>
            <numerusform>%n users</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>They can no longer sign in, and every token of theirs is revoked now (%n token(s) are active). Enabling them later revives no token.</source>
        <translation>
            <numerusform>They can no longer sign in, and every token of theirs is revoked now (%n token is active). Enabling them later revives no token.</numerusform>
            <numerusform>They can no longer sign in, and every token of theirs is revoked now (%n tokens are active). Enabling them later revives no token.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n consent(s)</source>
        <translation>
            <numerusform>%n consent</numerusform>
            <numerusform>%n consents</numerusform>
        </translation>
    </message>
</context>
</TS>
