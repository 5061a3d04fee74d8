#include "ClientConfigWriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace mcpauth {

namespace {

// Joins path parts with the separator of the target system, whatever this one uses.
QString joinPath(TargetOs os, const QString& base, const QStringList& parts)
{
    QString out = base;
    const QChar sep = os == TargetOs::Windows ? QLatin1Char('\\') : QLatin1Char('/');
    for (const QString& p : parts) {
        if (!out.isEmpty() && !out.endsWith(QLatin1Char('/')) && !out.endsWith(QLatin1Char('\\')))
            out += sep;
        out += p;
    }
    if (os == TargetOs::Windows)
        out.replace(QLatin1Char('/'), QLatin1Char('\\'));
    return out;
}

QString compactJson(const QJsonObject& object)
{
    return QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Compact));
}

QString unsupported(McpClient client, const QString& what, const QString& why)
{
    return QStringLiteral("%1's configuration has no place for %2, so it is left out: %3")
        .arg(mcpClientTitle(client), what, why);
}

void warnUnsupported(const ClientConfigRequest& r, ClientConfig& c, bool clientId, bool port, bool scopes)
{
    const QString selfRegisters = QStringLiteral("the client registers itself and picks its own callback.");
    if (clientId && !r.clientId.isEmpty())
        c.warnings << unsupported(r.client, QStringLiteral("a client id"), selfRegisters);
    if (port && r.callbackPort != 0)
        c.warnings << unsupported(r.client, QStringLiteral("a callback port"), selfRegisters);
    if (scopes && !r.scopes.isEmpty())
        c.warnings << unsupported(r.client, QStringLiteral("scopes"),
            QStringLiteral("the client asks for the scopes the server advertises."));
}

} // namespace

Result<ClientConfig> ClientConfigWriter::generate(const ClientConfigRequest& request)
{
    if (const Status valid = request.validate(); !valid)
        return valid.error();
    ClientConfig c;
    switch (request.client) {
    case McpClient::ClaudeDesktop:
        c = claudeDesktop(request);
        break;
    case McpClient::ClaudeCode:
        c = claudeCode(request);
        break;
    case McpClient::Cursor:
        c = cursor(request);
        break;
    case McpClient::VsCode:
        c = vsCode(request);
        break;
    case McpClient::Windsurf:
        c = windsurf(request);
        break;
    case McpClient::McpInspector:
        c = mcpInspector(request);
        break;
    }
    c.client = request.client;
    c.os = request.os;
    c.name = request.name;
    return c;
}

// Claude Desktop's file takes local commands only (MCP-AUTH.md 3.2), so it reaches a remote server
// through mcp-remote, whose argument order is fixed: the URL first, then the callback port
// (parseCommandLineArgs reads args[0] and args[1]), then flags.
ClientConfig ClientConfigWriter::claudeDesktop(const ClientConfigRequest& r)
{
    ClientConfig c;
    c.containerKey = QStringLiteral("mcpServers");
    QStringList args{QStringLiteral("-y"), QStringLiteral("mcp-remote"), r.serverUrl};
    if (r.callbackPort != 0)
        args << QString::number(r.callbackPort);
    // A loopback IP literal as the redirect host (RFC 8252 section 7.3), not the name localhost.
    args << QStringLiteral("--host") << QStringLiteral("127.0.0.1");
    if (r.isHttpLoopback())
        args << QStringLiteral("--allow-http");
    // Compact JSON has no spaces, which matters: several clients split args on spaces on Windows.
    if (!r.clientId.isEmpty())
        args << QStringLiteral("--static-oauth-client-info")
             << compactJson(QJsonObject{{QStringLiteral("client_id"), r.clientId}});
    if (!r.scopes.isEmpty()) {
        args << QStringLiteral("--static-oauth-client-metadata")
             << compactJson(QJsonObject{{QStringLiteral("scope"), r.scopes.join(QLatin1Char(' '))}});
        if (r.os == TargetOs::Windows && r.scopes.size() > 1)
            c.warnings << QStringLiteral("Claude Desktop on Windows does not quote arguments with spaces, and the "
                                         "scope list has one: ask for a single scope, or let mcp-remote choose.");
    }
    c.entry.insert(QStringLiteral("command"), QStringLiteral("npx"));
    c.entry.insert(QStringLiteral("args"), QJsonArray::fromStringList(args));
    c.command = ClientCommand{QStringList{QStringLiteral("npx")} + args, true, true};
    if (r.os == TargetOs::Windows)
        c.warnings << QStringLiteral("If Claude Desktop cannot start npx on Windows, replace \"npx\" with the full "
                                     "path of npx.cmd (Node.js 18 or later).");
    c.instructions = QStringLiteral(
        "Without mcp-remote: in Claude Desktop open Settings, Connectors, \"Add custom connector\", and enter the "
        "name %1 and the URL %2 (a pre-registered client id goes under Advanced settings). Custom connectors "
        "connect from Anthropic's cloud, so the server must be reachable from the internet over https, and its "
        "authorization server must accept the redirect URI https://claude.ai/api/mcp/auth_callback.")
                         .arg(r.name, r.serverUrl);
    if (r.serverUrl.startsWith(QLatin1String("http:")))
        c.instructions += QStringLiteral(" This URL is plain http on loopback, so only the mcp-remote entry works.");
    return c;
}

ClientConfig ClientConfigWriter::claudeCode(const ClientConfigRequest& r)
{
    ClientConfig c;
    c.containerKey = QStringLiteral("mcpServers");
    c.entry.insert(QStringLiteral("type"), QStringLiteral("http"));
    c.entry.insert(QStringLiteral("url"), r.serverUrl);
    OrderedJsonObject oauth;
    if (!r.clientId.isEmpty())
        oauth.insert(QStringLiteral("clientId"), r.clientId);
    if (r.callbackPort != 0)
        oauth.insert(QStringLiteral("callbackPort"), r.callbackPort);
    // A space-separated string under "scopes"; Claude Code ignores a key named "scope".
    if (!r.scopes.isEmpty())
        oauth.insert(QStringLiteral("scopes"), r.scopes.join(QLatin1Char(' ')));
    if (!oauth.isEmpty())
        c.entry.insert(QStringLiteral("oauth"), oauth);

    // `claude mcp add` has no scopes option, so with scopes the equivalent is add-json.
    QStringList argv{QStringLiteral("claude"), QStringLiteral("mcp")};
    if (r.scopes.isEmpty()) {
        argv << QStringLiteral("add") << QStringLiteral("--transport") << QStringLiteral("http")
             << QStringLiteral("--scope") << QStringLiteral("user");
        if (!r.clientId.isEmpty())
            argv << QStringLiteral("--client-id") << r.clientId;
        if (r.callbackPort != 0)
            argv << QStringLiteral("--callback-port") << QString::number(r.callbackPort);
        argv << r.name << r.serverUrl;
    } else {
        argv << QStringLiteral("add-json") << QStringLiteral("--scope") << QStringLiteral("user") << r.name
             << compactJson(c.entry.toJsonObject());
    }
    c.command = ClientCommand{argv, false, false};
    return c;
}

ClientConfig ClientConfigWriter::cursor(const ClientConfigRequest& r)
{
    ClientConfig c;
    c.containerKey = QStringLiteral("mcpServers");
    c.entry.insert(QStringLiteral("url"), r.serverUrl);
    warnUnsupported(r, c, true, true, true);
    return c;
}

ClientConfig ClientConfigWriter::vsCode(const ClientConfigRequest& r)
{
    ClientConfig c;
    c.containerKey = QStringLiteral("servers");
    c.entry.insert(QStringLiteral("type"), QStringLiteral("http"));
    c.entry.insert(QStringLiteral("url"), r.serverUrl);
    if (!r.clientId.isEmpty()) {
        OrderedJsonObject oauth;
        oauth.insert(QStringLiteral("clientId"), r.clientId);
        c.entry.insert(QStringLiteral("oauth"), oauth);
    }
    warnUnsupported(r, c, false, true, true);
    return c;
}

ClientConfig ClientConfigWriter::windsurf(const ClientConfigRequest& r)
{
    ClientConfig c;
    c.containerKey = QStringLiteral("mcpServers");
    // Windsurf reads serverUrl; a Cursor-style "url" entry does not connect.
    c.entry.insert(QStringLiteral("serverUrl"), r.serverUrl);
    warnUnsupported(r, c, true, true, true);
    return c;
}

ClientConfig ClientConfigWriter::mcpInspector(const ClientConfigRequest& r)
{
    ClientConfig c;
    QStringList argv{QStringLiteral("npx"), QStringLiteral("-y"), QStringLiteral("@modelcontextprotocol/inspector"),
        QStringLiteral("--cli"), r.serverUrl, QStringLiteral("--transport"), QStringLiteral("http"),
        QStringLiteral("--method"), QStringLiteral("tools/list")};
    if (!r.clientId.isEmpty())
        argv << QStringLiteral("--client-id") << r.clientId;
    if (r.callbackPort != 0)
        argv << QStringLiteral("--callback-url")
             << QStringLiteral("http://127.0.0.1:%1/oauth/callback").arg(r.callbackPort);
    if (!r.clientId.isEmpty() || r.callbackPort != 0)
        c.warnings << QStringLiteral("--client-id and --callback-url need Inspector v2; v1's command line has no "
                                     "OAuth.");
    if (!r.scopes.isEmpty())
        c.warnings << QStringLiteral("The Inspector's command line takes no scopes; it asks for the scopes the "
                                     "server advertises.");
    c.command = ClientCommand{argv, false, true};
    c.instructions = QStringLiteral("For the Inspector's web interface run npx -y @modelcontextprotocol/inspector, "
                                    "choose the Streamable HTTP transport and enter %1.")
                         .arg(r.serverUrl);
    return c;
}

Result<QString> ClientConfigWriter::userFile(McpClient client, TargetOs os, const PlatformDirs& dirs)
{
    // Electron apps keep their files in the per-user application data folder of each system.
    auto appDataDir = [&]() -> QString {
        switch (os) {
        case TargetOs::Windows:
            return dirs.appData;
        case TargetOs::MacOs:
            return joinPath(os, dirs.home, {QStringLiteral("Library"), QStringLiteral("Application Support")});
        case TargetOs::Linux:
            return dirs.configHome;
        }
        return {};
    };
    switch (client) {
    case McpClient::ClaudeDesktop:
        return joinPath(os, appDataDir(), {QStringLiteral("Claude"), QStringLiteral("claude_desktop_config.json")});
    case McpClient::ClaudeCode:
        return joinPath(os, dirs.home, {QStringLiteral(".claude.json")});
    case McpClient::Cursor:
        return joinPath(os, dirs.home, {QStringLiteral(".cursor"), QStringLiteral("mcp.json")});
    case McpClient::VsCode:
        return joinPath(os, appDataDir(), {QStringLiteral("Code"), QStringLiteral("User"), QStringLiteral("mcp.json")});
    case McpClient::Windsurf:
        return joinPath(
            os, dirs.home, {QStringLiteral(".codeium"), QStringLiteral("windsurf"), QStringLiteral("mcp_config.json")});
    case McpClient::McpInspector:
        break;
    }
    return Error::make(ErrorCode::NotFound,
        QStringLiteral("The MCP Inspector has no configuration file: it is started with the command shown."));
}

Result<QString> ClientConfigWriter::projectFile(McpClient client, TargetOs os, const QString& projectDir)
{
    switch (client) {
    case McpClient::ClaudeCode:
        return joinPath(os, projectDir, {QStringLiteral(".mcp.json")});
    case McpClient::Cursor:
        return joinPath(os, projectDir, {QStringLiteral(".cursor"), QStringLiteral("mcp.json")});
    case McpClient::VsCode:
        return joinPath(os, projectDir, {QStringLiteral(".vscode"), QStringLiteral("mcp.json")});
    case McpClient::ClaudeDesktop:
    case McpClient::Windsurf:
    case McpClient::McpInspector:
        break;
    }
    return Error::make(ErrorCode::NotFound,
        QStringLiteral("%1 reads no project file; use its user-wide configuration.").arg(mcpClientTitle(client)));
}

} // namespace mcpauth
