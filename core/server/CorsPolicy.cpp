#include "CorsPolicy.h"

#include "http/HttpServer.h"
#include "server/ServerContext.h"

namespace mcpauth {

CorsPolicy::CorsPolicy(ServerContext& context)
    : m_ctx(context)
{ }

void CorsPolicy::registerRoutes(HttpServer& http)
{
    Q_UNUSED(http);
}

} // namespace mcpauth
