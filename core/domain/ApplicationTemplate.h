#pragma once

#include "Application.h"

#include <QList>

namespace mcpauth {

// Pre-filled applications for the MCP clients administrators connect most, with the redirect URIs
// those clients really use (MCP-AUTH.md section 3).
struct ApplicationTemplate
{
    QString id; // "claude-desktop", "claude-code", "cursor", "vscode", "windsurf", "mcp-inspector",
                // "custom"
    QString title;
    QString note; // where the redirect URIs come from, shown next to the template
    Application application; // organization, name and scopes left for the caller

    [[nodiscard]] static QList<ApplicationTemplate> all();
    [[nodiscard]] static std::optional<ApplicationTemplate> find(const QString& id);
};

} // namespace mcpauth
