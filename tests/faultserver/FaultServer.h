#pragma once

#include "common/Result.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace mcpauth {

class HttpRequest;
class HttpServer;
struct HttpResponse;

namespace test {

// A small MCP server and authorization server in one (issuer = its origin, MCP endpoint /mcp) that
// behaves correctly except for one switchable fault: each fault is what a real server gets wrong and
// what one diagnosis rule must name. Tests start it in-process; `fault-server --fault NAME` runs it
// for manual use. Tokens are JWTs (HS256 with a key made at start) whose claims the server tracks;
// nothing is stored beyond the process.
class FaultServer final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FaultServer)

public:
    enum class Fault {
        None,
        NoWwwAuthenticate, // 401 without WWW-Authenticate
        MalformedChallenge, // WWW-Authenticate with an unterminated quote
        WellKnownProtected, // the metadata URLs answer 401 like the MCP endpoint
        PrmNotFound, // no protected resource metadata anywhere
        PrmResourceMismatch, // the metadata names another path
        PrmTrailingSlash, // the metadata names the URL with a trailing slash
        PrmHtml, // the metadata URL answers with an HTML login page
        PrmInvalid, // the metadata has no authorization_servers
        AsMetadataNotFound, // no authorization server metadata
        IssuerMismatch, // the metadata's issuer uses localhost for 127.0.0.1
        NoPkceAdvertised, // no code_challenge_methods_supported
        NoRegistrationEndpoint, // no registration_endpoint
        DcrInvalidRedirectUri, // registration answers 400 invalid_redirect_uri
        DcrInvalidClientMetadata, // registration answers 400 invalid_client_metadata
        // Registration records a redirect URI that differs from the requested one in one way (as a
        // gateway or a cached registration does); authorize then compares exactly and refuses.
        RedirectScheme,
        RedirectHost,
        RedirectPort,
        RedirectPath,
        RedirectTrailingSlash,
        RedirectLoopbackPortless,
        RedirectLocalhost,
        InvalidTarget, // authorize redirects back with error=invalid_target
        AccessDenied, // authorize redirects back with error=access_denied
        InvalidGrant, // the token endpoint answers invalid_grant
        InvalidClient, // the token endpoint answers 401 invalid_client
        TokenCacheable, // the token answer has no Cache-Control: no-store
        WrongAudience, // the token's aud is another server
        ExpiredToken, // the token expired before it was issued
        TokenIssuerMismatch, // the token's iss is another host
        InsufficientScope, // tools/call answers 403 insufficient_scope
        CorsMissing, // no Access-Control-Allow-Origin anywhere
        NotAcceptable, // the MCP endpoint answers 406 to every POST
        JsonRpcError, // initialize answers a JSON-RPC error
        SseGarbage, // the MCP endpoint answers text/event-stream that is not JSON-RPC
        NoAuthRequired, // the MCP endpoint answers without a token
        ChallengeWithoutResourceMetadata, // Bearer scope=mcp:read (unquoted, no resource_metadata)
        PrmRedirect, // the metadata URL answers 301 to another URL
        PkceS256Unsupported, // code_challenge_methods_supported lists only plain
        InvalidScope, // authorize redirects back with error=invalid_scope
        StateMismatch, // authorize redirects back with another state
        TokenNotJson, // the token endpoint answers 200 with an HTML page
        McpNotJson, // the MCP endpoint answers 200 text/plain with the token
        DcrConfidential, // registration makes a confidential client (client_secret_basic) of a public one
        CimdRefused, // client ID metadata documents are supported, but the client's cannot be fetched
        AsMetadataInvalid, // the authorization server metadata has no token_endpoint
        AuthorizeServerError, // authorize redirects back with error=server_error
        UnsupportedGrant, // the token endpoint answers unsupported_grant_type
        TokenRevoked, // the MCP endpoint rejects every token it issued (as after a revocation)
    };

    [[nodiscard]] static QString faultName(Fault fault); // "no-www-authenticate"
    [[nodiscard]] static std::optional<Fault> faultFromName(const QString& name);
    [[nodiscard]] static QList<Fault> allFaults();

    explicit FaultServer(Fault fault, QObject* parent = nullptr);
    ~FaultServer() override;

    // Listens on 127.0.0.1:`port` (0: any free port).
    [[nodiscard]] Result<quint16> start(quint16 port = 0);
    [[nodiscard]] QString origin() const; // http://127.0.0.1:P, the issuer
    [[nodiscard]] QString mcpUrl() const; // origin + "/mcp"
    [[nodiscard]] QString endpoint(const QString& path) const; // origin + path
    [[nodiscard]] Fault fault() const { return m_fault; }

    // A client registered beforehand (as an administrator would), for tests of pre-registered and
    // cached clients. Returns its client_id.
    QString registerClient(const QStringList& redirectUris);

private:
    struct Client
    {
        QStringList redirectUris;
    };
    struct Code
    {
        QString clientId;
        QString redirectUri;
        QString challenge;
        QString resource;
        QString scope;
    };

    void setUpRoutes();
    [[nodiscard]] HttpResponse unauthorized(const QString& error) const;
    [[nodiscard]] HttpResponse mcp(const HttpRequest& request);
    [[nodiscard]] HttpResponse protectedResourceMetadata() const;
    [[nodiscard]] HttpResponse authorizationServerMetadata() const;
    [[nodiscard]] HttpResponse registration(const HttpRequest& request);
    [[nodiscard]] HttpResponse authorize(const HttpRequest& request);
    [[nodiscard]] HttpResponse token(const HttpRequest& request);
    [[nodiscard]] QString issueToken(const Code& code);
    [[nodiscard]] QString driftedRedirect(const QString& requested) const;

    Fault m_fault;
    HttpServer* m_server = nullptr;
    quint16 m_port = 0;
    QByteArray m_key;
    QHash<QString, Client> m_clients;
    QHash<QString, Code> m_codes;
    QHash<QString, QJsonObject> m_tokens; // token -> claims
};

} // namespace test
} // namespace mcpauth
