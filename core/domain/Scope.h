#pragma once

#include "FieldError.h"

#include <QString>

namespace mcpauth {

struct Scope
{
    QString id;
    QString organizationId;
    QString name; // RFC 6749 scope-token, e.g. application:read
    QString displayName;
    QString description;
    // Consented to and issued only to users who are administrators (User::isAdmin); other users
    // get the rest of what they asked for. Set on the built-in MCP server's scopes that administer the
    // server (McpCatalog), by McpEndpoint::prepare and the demo data.
    bool administratorOnly = false;

    [[nodiscard]] ValidationErrors validate() const;
};

} // namespace mcpauth
