#include "McpEndpoint.h"

#include "http/HttpServer.h"
#include "server/ServerContext.h"

namespace mcpauth {

McpEndpoint::McpEndpoint(ServerContext& context)
    : m_ctx(context)
{ }

Status McpEndpoint::prepare()
{
    return {};
}

void McpEndpoint::registerRoutes(HttpServer& http)
{
    Q_UNUSED(http);
}

} // namespace mcpauth
