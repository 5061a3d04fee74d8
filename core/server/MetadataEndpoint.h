#pragma once

#include <QJsonObject>

namespace mcpauth {

class HttpServer;
struct ServerContext;

// RFC 8414 and OpenID discovery metadata, and the JWKS.
class MetadataEndpoint
{
public:
    // RFC 8414's document, or OpenID Connect Discovery's: the same, plus the two members OpenID makes
    // required (subject types, ID token algorithms).
    enum class Document { OAuth, OpenId };

    explicit MetadataEndpoint(ServerContext& context);
    void registerRoutes(HttpServer& http);

    // The metadata document. Empty when the store fails.
    [[nodiscard]] QJsonObject metadata(Document document) const;

private:
    ServerContext& m_ctx;
};

} // namespace mcpauth
