#pragma once

#include "McpClient.h"
#include "common/Result.h"

#include <QStringList>

namespace mcpauth {

// What a client configuration is for: one MCP server, and how the client identifies itself to its
// authorization server. There is deliberately no client secret: configuration files are plain text,
// and every client here is a public client (a pre-registered one is named by its client id alone).
struct ClientConfigRequest
{
    McpClient client = McpClient::ClaudeDesktop;
    TargetOs os = TargetOs::Linux;
    QString serverUrl; // the MCP endpoint, e.g. http://127.0.0.1:8765/mcp
    QString name = QStringLiteral("mcp-auth"); // the entry's key in the client's server list
    QString clientId; // empty: the client registers itself (DCR or metadata document)
    int callbackPort = 0; // 0: the client chooses
    QStringList scopes; // empty: the client chooses

    // Every field against the rules of the files and commands it ends up in; the error names the field.
    [[nodiscard]] Status validate() const;
    [[nodiscard]] bool isHttpLoopback() const;
};

} // namespace mcpauth
