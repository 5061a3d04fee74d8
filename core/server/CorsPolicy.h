#pragma once

namespace mcpauth {

class HttpServer;
struct ServerContext;

// CORS per application origins (plus loopback), with preflight, on the API endpoints.
class CorsPolicy
{
public:
    explicit CorsPolicy(ServerContext& context);
    void registerRoutes(HttpServer& http);

private:
    ServerContext& m_ctx;
};

} // namespace mcpauth
