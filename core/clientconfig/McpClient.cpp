#include "McpClient.h"

#include "domain/EnumText.h"

namespace mcpauth {

namespace {

constexpr EnumNames<McpClient, 6> kClientNames{{
    {McpClient::ClaudeDesktop, "claude-desktop"},
    {McpClient::ClaudeCode, "claude-code"},
    {McpClient::Cursor, "cursor"},
    {McpClient::VsCode, "vscode"},
    {McpClient::Windsurf, "windsurf"},
    {McpClient::McpInspector, "mcp-inspector"},
}};

constexpr EnumNames<TargetOs, 3> kOsNames{{
    {TargetOs::Windows, "windows"},
    {TargetOs::MacOs, "macos"},
    {TargetOs::Linux, "linux"},
}};

} // namespace

QString mcpClientName(McpClient client)
{
    return enumName(kClientNames, client);
}

QString mcpClientTitle(McpClient client)
{
    switch (client) {
    case McpClient::ClaudeDesktop:
        return QStringLiteral("Claude Desktop");
    case McpClient::ClaudeCode:
        return QStringLiteral("Claude Code");
    case McpClient::Cursor:
        return QStringLiteral("Cursor");
    case McpClient::VsCode:
        return QStringLiteral("VS Code");
    case McpClient::Windsurf:
        return QStringLiteral("Windsurf");
    case McpClient::McpInspector:
        return QStringLiteral("MCP Inspector");
    }
    return {};
}

std::optional<McpClient> mcpClientFromName(const QString& name)
{
    return enumFromName(kClientNames, name);
}

QStringList mcpClientNames()
{
    return enumAllNames(kClientNames);
}

QString targetOsName(TargetOs os)
{
    return enumName(kOsNames, os);
}

std::optional<TargetOs> targetOsFromName(const QString& name)
{
    return enumFromName(kOsNames, name);
}

TargetOs currentTargetOs()
{
#if defined(Q_OS_WIN)
    return TargetOs::Windows;
#elif defined(Q_OS_MACOS)
    return TargetOs::MacOs;
#else
    return TargetOs::Linux;
#endif
}

} // namespace mcpauth
