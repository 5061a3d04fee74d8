#include "MetadataEndpoint.h"

#include "http/HttpServer.h"
#include "server/ServerContext.h"

namespace mcpauth {

MetadataEndpoint::MetadataEndpoint(ServerContext& context)
    : m_ctx(context)
{ }

void MetadataEndpoint::registerRoutes(HttpServer& http)
{
    Q_UNUSED(http);
}

} // namespace mcpauth
