#pragma once

#include <QString>
#include <QStringList>
#include <optional>

namespace mcpauth {

// The MCP clients whose configuration we write (PRODUCT.md section 7, MCP-AUTH.md section 3.2).
// Their names match the application templates' ids (ApplicationTemplate), plus Windsurf.
enum class McpClient { ClaudeDesktop, ClaudeCode, Cursor, VsCode, Windsurf, McpInspector };

// The operating system a configuration is for: paths and shell quoting differ, and the CLI can show
// another system's configuration than the one it runs on.
enum class TargetOs { Windows, MacOs, Linux };

[[nodiscard]] QString mcpClientName(McpClient client);
[[nodiscard]] QString mcpClientTitle(McpClient client);
[[nodiscard]] std::optional<McpClient> mcpClientFromName(const QString& name);
[[nodiscard]] QStringList mcpClientNames();

[[nodiscard]] QString targetOsName(TargetOs os);
[[nodiscard]] std::optional<TargetOs> targetOsFromName(const QString& name);
[[nodiscard]] TargetOs currentTargetOs();

} // namespace mcpauth
