#pragma once

#include "domain/Resource.h"
#include "domain/User.h"
#include "http/HttpResponse.h"
#include "oauth/ClientAuthenticator.h"
#include "oauth/TokenIssuer.h"
#include "store/AuditContext.h"

#include <QElapsedTimer>
#include <QHash>
#include <QMap>
#include <QObject>
#include <QThreadPool>
#include <optional>

namespace mcpauth {

class HttpServer;
struct HttpRequest;
struct ServerContext;

// The token endpoint, POST /token (OAuth 2.1 section 3.2), application/x-www-form-urlencoded only:
//   authorization_code  single use, bound to the client, redirect_uri, PKCE verifier (S256) and
//                       resource; a replayed code revokes everything its first use issued
//   refresh_token       rotation on every use; a rotated token used again revokes its whole family;
//                       `scope` may narrow the grant, never widen it; the grant shrinks to the
//                       application's allowed scopes and the resource's scopes of the moment
//   client_credentials  confidential clients only, for a resource of their organization
// Clients authenticate as they registered (ClientAuthenticator). Every issuance and refusal is
// audited through AuditSink, without token values or secrets.
//
// Threads: authentication, look-ups and token rows happen on the main thread (the store); a JWT is
// signed on this endpoint's worker pool and the handler returns a future. Its own pool, rather than
// the global one, so that destroying the endpoint waits for signatures in flight while the key ring
// still exists.
class TokenEndpoint
{
public:
    // Resources are re-read at most this often (ms), so a change in the console or CLI counts within a second.
    static constexpr qint64 kResourceReloadIntervalMs = 1000;

    explicit TokenEndpoint(ServerContext& context);
    ~TokenEndpoint();
    void registerRoutes(HttpServer& http);

private:
    using Form = QMap<QString, QString>;

    [[nodiscard]] HttpReply handle(const HttpRequest& request);
    [[nodiscard]] Result<IssuedTokens> authorizationCode(
        const HttpRequest& request, const Form& form, const Application& app, qint64 nowMs);
    [[nodiscard]] Result<IssuedTokens> refreshToken(
        const HttpRequest& request, const Form& form, const Application& app, qint64 nowMs);
    [[nodiscard]] Result<IssuedTokens> clientCredentials(const Form& form, const Application& app, qint64 nowMs);
    // Audits the issuance and answers: at once for an opaque token, from the worker pool for a JWT.
    [[nodiscard]] HttpReply deliver(
        const HttpRequest& request, const Application& app, const QString& grantType, const IssuedTokens& tokens);
    // Main thread: what a failed signature leaves behind (rare: the key ring is loaded at start).
    void signingFailed(const IssuedTokens& tokens, const AuditContext& ctx, const QString& error);
    // Audits the refusal and answers with the RFC 6749 section 5.2 body.
    [[nodiscard]] HttpResponse refuse(
        const HttpRequest& request, const QString& clientId, const QString& grantType, const Error& error);
    // The user of a user-bound grant must still exist and be enabled.
    [[nodiscard]] Result<User> checkUser(const QString& userId) const;
    // Of a user's grant, what the user may still hold: administrator-only scopes stay only while the
    // user is an administrator (AdministratorScopes), so a code or refresh token never outlasts that.
    // invalid_grant when nothing is left.
    [[nodiscard]] Result<QStringList> holdable(
        const User& user, const Application& app, const QStringList& scopes) const;
    // A registered resource by its URI, cached for kResourceReloadIntervalMs (unknown URIs are not
    // cached, so requests naming random URIs cannot grow the cache). The built-in MCP server's
    // localhost alias (ServerContext::mcpResourceAlias) finds its resource, whose uri then differs.
    // NotFound when none has that URI; another error when the store failed (a server_error, not the
    // client's invalid_target).
    [[nodiscard]] Result<Resource> resource(const QString& uri);

    struct CachedResource
    {
        Resource resource;
        QElapsedTimer loaded;
    };

    ServerContext& m_ctx;
    ClientAuthenticator m_clients;
    TokenIssuer m_issuer;
    QHash<QString, CachedResource> m_resources;
    // Where a signing task reports a failure to the main thread. Declared before the pool so that it
    // outlives the pool's last task.
    QObject m_mainThread;
    QThreadPool m_signers;
};

} // namespace mcpauth
