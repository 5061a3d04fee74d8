#pragma once

namespace mcpauth {

class HttpServer;
struct ServerContext;

// The token endpoint: authorization_code, refresh_token and client_credentials.
class TokenEndpoint
{
public:
    explicit TokenEndpoint(ServerContext& context);
    void registerRoutes(HttpServer& http);

private:
    ServerContext& m_ctx;
};

} // namespace mcpauth
