#pragma once

#include "store/AuditContext.h"

#include <QString>
#include <QStringList>

namespace mcpauth {

// Who calls the built-in MCP server, from the validated access token.
struct McpCaller
{
    QString subject; // sub: a user id, or the client id for client_credentials
    QString userId; // empty for client_credentials
    QString clientId;
    QStringList scopes;
    // This server's URI as the request named it (ServerContext::mcpResourceFor), which is the token's
    // aud: the challenges point at the metadata under the same name.
    QString resource;
    AuditContext audit; // actor = sub, source = "server <address>"

    [[nodiscard]] bool hasScope(const QString& scope) const { return scopes.contains(scope); }
};

} // namespace mcpauth
