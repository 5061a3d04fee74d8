#include "RegistrationEndpoint.h"

#include "http/HttpServer.h"
#include "server/ServerContext.h"

namespace mcpauth {

RegistrationEndpoint::RegistrationEndpoint(ServerContext& context)
    : m_ctx(context)
{ }

void RegistrationEndpoint::registerRoutes(HttpServer& http)
{
    Q_UNUSED(http);
}

} // namespace mcpauth
