#pragma once

#include "store/Store.h"

namespace mcpauth {

struct DemoDataReport
{
    bool created = false; // false when the demo organization already existed (nothing was changed)
    QString organizationName;
    QString resourceUri;
    QStringList applications;
    QString adminUsername;
    QString adminPassword; // shown once; empty when nothing was created
};

// A store an administrator can explore at once: the demo organization, the built-in MCP server as a
// resource with its scopes, applications made from the Claude Desktop, Claude Code, Cursor and VS Code
// templates, and an admin user with a fresh random password. Installing twice changes nothing.
class DemoData
{
public:
    static constexpr const char* kOrganization = "demo";
    static constexpr const char* kResourceUri = "http://127.0.0.1:8765/mcp";

    [[nodiscard]] static Result<DemoDataReport> install(Store& store, const AuditContext& ctx);
};

} // namespace mcpauth
