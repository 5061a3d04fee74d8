#include "RevocationEndpoint.h"

#include "http/HttpServer.h"
#include "server/ServerContext.h"

namespace mcpauth {

RevocationEndpoint::RevocationEndpoint(ServerContext& context)
    : m_ctx(context)
{ }

void RevocationEndpoint::registerRoutes(HttpServer& http)
{
    Q_UNUSED(http);
}

} // namespace mcpauth
