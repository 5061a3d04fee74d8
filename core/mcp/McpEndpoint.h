#pragma once

#include "common/Result.h"

namespace mcpauth {

class HttpServer;
struct ServerContext;

// The built-in MCP server (Streamable HTTP at /mcp) and its RFC 9728 protected resource metadata.
class McpEndpoint
{
public:
    explicit McpEndpoint(ServerContext& context);
    // Makes sure the store has a resource for this server's /mcp URI, with its scopes and tool map.
    [[nodiscard]] Status prepare();
    void registerRoutes(HttpServer& http);

private:
    ServerContext& m_ctx;
};

} // namespace mcpauth
