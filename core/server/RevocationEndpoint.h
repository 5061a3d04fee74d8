#pragma once

namespace mcpauth {

class HttpServer;
struct ServerContext;

// RFC 7009 token revocation.
class RevocationEndpoint
{
public:
    explicit RevocationEndpoint(ServerContext& context);
    void registerRoutes(HttpServer& http);

private:
    ServerContext& m_ctx;
};

} // namespace mcpauth
