#pragma once

namespace mcpauth {

class HttpServer;
struct ServerContext;

// The authorization endpoint with its login and consent pages.
class AuthorizeEndpoint
{
public:
    explicit AuthorizeEndpoint(ServerContext& context);
    void registerRoutes(HttpServer& http);

private:
    ServerContext& m_ctx;
};

} // namespace mcpauth
