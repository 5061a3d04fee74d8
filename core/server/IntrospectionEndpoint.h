#pragma once

namespace mcpauth {

class HttpServer;
struct ServerContext;

// RFC 7662 token introspection for authenticated clients.
class IntrospectionEndpoint
{
public:
    explicit IntrospectionEndpoint(ServerContext& context);
    void registerRoutes(HttpServer& http);

private:
    ServerContext& m_ctx;
};

} // namespace mcpauth
