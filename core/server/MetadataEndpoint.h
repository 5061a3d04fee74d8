#pragma once

#include <QJsonObject>

namespace mcpauth {

class HttpServer;
struct ServerContext;

// RFC 8414 and OpenID discovery metadata, and the JWKS.
class MetadataEndpoint
{
public:
    explicit MetadataEndpoint(ServerContext& context);
    void registerRoutes(HttpServer& http);

    // The metadata document; both well-known paths serve the same one. Empty when the store fails.
    [[nodiscard]] QJsonObject metadata() const;

private:
    ServerContext& m_ctx;
};

} // namespace mcpauth
