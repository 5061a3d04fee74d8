#pragma once

#include "ClientTokenRequest.h"
#include "http/HttpResponse.h"
#include "oauth/ClientAuthenticator.h"

namespace mcpauth {

class HttpServer;
struct HttpRequest;
struct ServerContext;

// RFC 7009 token revocation, POST /revoke (application/x-www-form-urlencoded: `token`, optional
// `token_type_hint`, not needed for the same reasons as at introspection). Any registered client,
// authenticated as it registered (public clients with their client_id), revokes its own tokens: an
// access token (a JWT by its jti, an opaque one by its hash), or a refresh token together with its
// whole family. The answer is 200 whether or not there was anything to revoke: unknown, expired and
// already revoked tokens, and tokens of another client, which stay untouched (RFC 7009 section 2.1).
// When the store fails, 503 temporarily_unavailable (RFC 7009 section 2.2.1): the token still works,
// and a 200 would tell the client otherwise.
// Revocations are audited by the store in the same transaction; refused attempts on another client's
// token through AuditSink.
class RevocationEndpoint
{
public:
    explicit RevocationEndpoint(ServerContext& context);
    void registerRoutes(HttpServer& http);

private:
    [[nodiscard]] HttpResponse handle(const HttpRequest& request);
    // False when the store could not revoke it. `familyId`: a refresh token's family, which goes with it.
    [[nodiscard]] bool revoke(const HttpRequest& request, const Application& caller, const QString& tokenId,
        const QString& familyId, bool callersOwn);
    [[nodiscard]] static HttpResponse done();
    [[nodiscard]] static HttpResponse unavailable();

    ServerContext& m_ctx;
    ClientAuthenticator m_clients;
    ClientTokenRequest m_request;
};

} // namespace mcpauth
