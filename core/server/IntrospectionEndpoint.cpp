#include "IntrospectionEndpoint.h"

#include "http/HttpServer.h"
#include "server/ServerContext.h"

namespace mcpauth {

IntrospectionEndpoint::IntrospectionEndpoint(ServerContext& context)
    : m_ctx(context)
{ }

void IntrospectionEndpoint::registerRoutes(HttpServer& http)
{
    Q_UNUSED(http);
}

} // namespace mcpauth
