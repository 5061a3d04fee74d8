#include "AuthorizeEndpoint.h"

#include "http/HttpServer.h"
#include "server/ServerContext.h"

namespace mcpauth {

AuthorizeEndpoint::AuthorizeEndpoint(ServerContext& context)
    : m_ctx(context)
{ }

void AuthorizeEndpoint::registerRoutes(HttpServer& http)
{
    Q_UNUSED(http);
}

} // namespace mcpauth
