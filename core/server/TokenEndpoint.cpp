#include "TokenEndpoint.h"

#include "http/HttpServer.h"
#include "server/ServerContext.h"

namespace mcpauth {

TokenEndpoint::TokenEndpoint(ServerContext& context)
    : m_ctx(context)
{ }

void TokenEndpoint::registerRoutes(HttpServer& http)
{
    Q_UNUSED(http);
}

} // namespace mcpauth
