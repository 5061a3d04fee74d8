#pragma once

#include "McpClient.h"

#include <QStringList>

namespace mcpauth {

// A command that belongs to a client configuration, shown in full (MCP-AUTH.md 1.2 item 17).
struct ClientCommand
{
    QStringList argv;
    // True when the client itself starts the command (Claude Desktop runs the mcp-remote entry at every
    // start, with the user's privileges): that is code execution the user approves by writing the file.
    // False for a command the user runs once (claude mcp add, the MCP Inspector).
    bool runByClient = false;
    // True when the command downloads and runs a package (npx), whoever starts it.
    bool executesCode = false;

    // The command as a person would type it on that system: POSIX shell quoting on macOS and Linux,
    // Windows command-line quoting (CommandLineToArgvW rules) on Windows.
    [[nodiscard]] QString text(TargetOs os) const;
    [[nodiscard]] static QString quoteArgument(const QString& argument, TargetOs os);
};

} // namespace mcpauth
