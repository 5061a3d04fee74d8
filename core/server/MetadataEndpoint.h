#pragma once

namespace mcpauth {

class HttpServer;
struct ServerContext;

// RFC 8414 and OpenID discovery metadata, and the JWKS.
class MetadataEndpoint
{
public:
    explicit MetadataEndpoint(ServerContext& context);
    void registerRoutes(HttpServer& http);

private:
    ServerContext& m_ctx;
};

} // namespace mcpauth
