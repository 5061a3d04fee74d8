#pragma once

#include <QString>

namespace mcpauth {

// One Streamable HTTP session of the built-in MCP server, begun by `initialize`. It never
// authenticates anything (every request carries its own bearer token); it is bound to the token's
// subject and client so that another user's token cannot use it.
struct McpSession
{
    QString id; // 256 random bits, base64url: visible ASCII as the transport requires
    QString subject; // the token's sub
    QString clientId; // the token's client_id
    QString protocolVersion; // negotiated in initialize
    qint64 createdAt = 0; // ms
    qint64 lastUsedAt = 0; // ms
    bool initialized = false; // notifications/initialized received
};

} // namespace mcpauth
