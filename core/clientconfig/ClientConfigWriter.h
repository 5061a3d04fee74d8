#pragma once

#include "ClientConfig.h"
#include "ClientConfigRequest.h"
#include "PlatformDirs.h"
#include "common/Result.h"

namespace mcpauth {

// The configuration writers, one per client (MCP-AUTH.md section 3): the entry and command for a
// request, and where each client keeps its file on each system. Pure functions: nothing is read or
// written here (ConfigFileWriter merges into the file).
class ClientConfigWriter
{
public:
    [[nodiscard]] static Result<ClientConfig> generate(const ClientConfigRequest& request);

    // The user-wide file (Claude Code: ~/.claude.json's top-level mcpServers). NotFound for the Inspector.
    [[nodiscard]] static Result<QString> userFile(McpClient client, TargetOs os, const PlatformDirs& dirs);
    // The file inside a project folder, for the clients that read one (Claude Code, Cursor, VS Code).
    [[nodiscard]] static Result<QString> projectFile(McpClient client, TargetOs os, const QString& projectDir);

private:
    [[nodiscard]] static ClientConfig claudeDesktop(const ClientConfigRequest& r);
    [[nodiscard]] static ClientConfig claudeCode(const ClientConfigRequest& r);
    [[nodiscard]] static ClientConfig cursor(const ClientConfigRequest& r);
    [[nodiscard]] static ClientConfig vsCode(const ClientConfigRequest& r);
    [[nodiscard]] static ClientConfig windsurf(const ClientConfigRequest& r);
    [[nodiscard]] static ClientConfig mcpInspector(const ClientConfigRequest& r);
};

} // namespace mcpauth
