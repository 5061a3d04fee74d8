#pragma once

#include "ClientTokenRequest.h"
#include "http/HttpResponse.h"
#include "oauth/ClientAuthenticator.h"

#include <QJsonObject>
#include <QObject>
#include <QThreadPool>

namespace mcpauth {

class HttpServer;
struct HttpRequest;
struct ServerContext;
struct Token;
struct VerifiedAccessToken;

// RFC 7662 token introspection, POST /introspect (application/x-www-form-urlencoded: `token`, optional
// `token_type_hint`, which is not needed: a JWT says what it is, and opaque access and refresh tokens
// are found by the same hash).
//
// Who may ask: a confidential client, authenticated as it registered, about tokens issued to any
// client of its own organization; a resource server is registered as such a client. Public clients
// are refused (they have no credentials), and a token of another organization is reported as
// {"active": false}, like an unknown, expired, revoked or malformed one.
//
// Active access tokens answer with active, scope, client_id, sub (the user, or the client for
// client_credentials), aud, iss, exp, iat, jti and token_type "Bearer"; refresh tokens the same
// without token_type, an access token type (RFC 7662 section 2.2) they do not have. A JWT's signature is checked on
// this endpoint's worker pool, its revocation and owner on the main thread (the store).
class IntrospectionEndpoint
{
public:
    explicit IntrospectionEndpoint(ServerContext& context);
    ~IntrospectionEndpoint();
    void registerRoutes(HttpServer& http);

private:
    [[nodiscard]] HttpReply handle(const HttpRequest& request);
    // Main thread: the answer about a JWT whose signature and claims checked out.
    [[nodiscard]] HttpResponse answerJwt(const VerifiedAccessToken& token, const QString& callerOrganization);
    // Main thread: the answer about an opaque access token or a refresh token.
    [[nodiscard]] HttpResponse answerOpaque(const QByteArray& value, const QString& callerOrganization);
    [[nodiscard]] static HttpResponse inactive();
    [[nodiscard]] static HttpResponse answer(const QJsonObject& body);

    ServerContext& m_ctx;
    ClientAuthenticator m_clients;
    ClientTokenRequest m_request;
    // Declared before the pool so that it outlives the pool's last task (see TokenEndpoint).
    QObject m_mainThread;
    QThreadPool m_verifiers;
};

} // namespace mcpauth
