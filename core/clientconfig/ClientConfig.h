#pragma once

#include "ClientCommand.h"
#include "McpClient.h"
#include "OrderedJsonObject.h"

#include <QStringList>
#include <optional>

namespace mcpauth {

// One client's configuration for one MCP server: the entry that goes into its file (if it has one),
// the command that goes with it, and what the user should know.
struct ClientConfig
{
    McpClient client = McpClient::ClaudeDesktop;
    TargetOs os = TargetOs::Linux;
    QString containerKey; // the top-level member holding the servers: "mcpServers", or "servers" for VS Code
    QString name; // the entry's key inside it
    OrderedJsonObject entry;
    std::optional<ClientCommand> command;
    QString instructions; // another way to connect, e.g. Claude Desktop's custom connectors
    QStringList warnings; // options this client cannot express, quirks of the target system

    // False for the MCP Inspector, which is configured by its command line alone.
    [[nodiscard]] bool hasFile() const { return !containerKey.isEmpty(); }
    // `{"<name>": entry}`, as shown to the user.
    [[nodiscard]] QString snippet(const JsonStyle& style = {}) const;
};

} // namespace mcpauth
