#include "ApplicationTemplate.h"

namespace mcpauth {

namespace {

Application publicNativeClient(const QString& displayName, const QStringList& redirectUris)
{
    Application a;
    a.displayName = displayName;
    a.clientType = ClientType::Public;
    a.authMethod = TokenEndpointAuthMethod::None;
    a.grantTypes = {GrantType::AuthorizationCode, GrantType::RefreshToken};
    a.pkceRequired = true;
    a.redirectUris = redirectUris;
    a.category = AppCategory::Agent;
    a.type = QStringLiteral("MCP");
    return a;
}

} // namespace

QList<ApplicationTemplate> ApplicationTemplate::all()
{
    return {
        {QStringLiteral("claude-desktop"), QStringLiteral("Claude Desktop"),
            QStringLiteral("Claude Desktop reaches remote servers through mcp-remote, whose callback is "
                           "http://localhost:<port>/oauth/callback on a port it picks; custom connectors redirect to "
                           "claude.ai."),
            publicNativeClient(QStringLiteral("Claude Desktop"),
                {QStringLiteral("http://localhost:*/oauth/callback"),
                    QStringLiteral("http://127.0.0.1:*/oauth/callback"),
                    QStringLiteral("https://claude.ai/api/mcp/auth_callback")})},
        {QStringLiteral("claude-code"), QStringLiteral("Claude Code"),
            QStringLiteral("Claude Code listens on http://localhost:<port>/callback; its metadata document lists the "
                           "port-less loopback URIs, which match any port."),
            publicNativeClient(QStringLiteral("Claude Code"),
                {QStringLiteral("http://localhost/callback"), QStringLiteral("http://127.0.0.1/callback")})},
        {QStringLiteral("cursor"), QStringLiteral("Cursor"),
            QStringLiteral("Cursor completes OAuth in the app through its private-use cursor:// scheme (RFC 8252 "
                           "section 7.1)."),
            publicNativeClient(
                QStringLiteral("Cursor"), {QStringLiteral("cursor://anysphere.cursor-retrieval/oauth/callback")})},
        {QStringLiteral("vscode"), QStringLiteral("VS Code"),
            QStringLiteral("VS Code registers its web redirects and a loopback listener on port 33418."),
            publicNativeClient(QStringLiteral("VS Code"),
                {QStringLiteral("https://vscode.dev/redirect"), QStringLiteral("https://insiders.vscode.dev/redirect"),
                    QStringLiteral("http://127.0.0.1/"), QStringLiteral("http://127.0.0.1:33418/")})},
        {QStringLiteral("windsurf"), QStringLiteral("Windsurf"),
            QStringLiteral(
                "Windsurf connects to remote servers itself (serverUrl in ~/.codeium/windsurf/mcp_config.json) "
                "and usually registers dynamically; its callback path is not documented, so these loopback "
                "entries (any port) are a starting point: check the URI it sends with the \"try a URI\" box."),
            publicNativeClient(QStringLiteral("Windsurf"),
                {QStringLiteral("http://127.0.0.1/oauth/callback"),
                    QStringLiteral("http://localhost/oauth/callback")})},
        {QStringLiteral("mcp-inspector"), QStringLiteral("MCP Inspector"),
            QStringLiteral("The Inspector's web UI calls back on port 6274, its CLI on 6276; 127.0.0.1 and localhost "
                           "are different registrations."),
            publicNativeClient(QStringLiteral("MCP Inspector"),
                {QStringLiteral("http://localhost:6274/oauth/callback"),
                    QStringLiteral("http://localhost:6274/oauth/callback/debug"),
                    QStringLiteral("http://127.0.0.1:6276/oauth/callback")})},
        {QStringLiteral("custom"), QStringLiteral("Custom agent"),
            QStringLiteral("A confidential client for a server-side agent: client_secret_basic, optional "
                           "client_credentials."),
            [] {
                Application a;
                a.displayName = QStringLiteral("Custom agent");
                a.clientType = ClientType::Confidential;
                a.authMethod = TokenEndpointAuthMethod::ClientSecretBasic;
                a.grantTypes = {GrantType::AuthorizationCode, GrantType::RefreshToken, GrantType::ClientCredentials};
                a.redirectUris = {QStringLiteral("https://agent.example.com/oauth/callback")};
                a.category = AppCategory::Agent;
                a.type = QStringLiteral("MCP");
                return a;
            }()},
    };
}

std::optional<ApplicationTemplate> ApplicationTemplate::find(const QString& id)
{
    for (const ApplicationTemplate& t : all()) {
        if (t.id == id)
            return t;
    }
    return std::nullopt;
}

} // namespace mcpauth
