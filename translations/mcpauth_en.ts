<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
        <source>Applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resources &amp; Scopes</source>
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
        <source>Connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>MCP servers, their scopes and which tool needs which scope.
Until this view arrives, use &apos;mcp-auth resource list&apos; and &apos;mcp-auth scope list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued access and refresh tokens, with filters and revocation.
Until this view arrives, use &apos;mcp-auth token list&apos; and &apos;mcp-auth token revoke&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Who allowed which application what.
Until this view arrives, use &apos;mcp-auth consent list&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every change, hash-chained.
Until this view arrives, use &apos;mcp-auth audit list&apos; and &apos;mcp-auth audit verify&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection wizard and the live OAuth and JSON-RPC inspector arrive in a later release.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local store: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local server: not running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;Applications&lt;/h2&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter by name, client ID or redirect URI (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter applications</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n application(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
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
        <source>Resources &amp;&amp; Scopes</source>
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
        <source>Could not load applications: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
