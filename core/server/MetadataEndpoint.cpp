#include "MetadataEndpoint.h"

#include "common/Logging.h"
#include "http/HttpServer.h"
#include "jose/KeyRing.h"
#include "server/ServerContext.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QSet>
#include <QUrl>

namespace mcpauth {

namespace {

// Clients re-read both documents on start; a minute keeps a key rotation or a new scope visible soon.
const QByteArray kCacheControl = QByteArrayLiteral("public, max-age=60");

const QString kAuthorizationServerPath = QStringLiteral("/.well-known/oauth-authorization-server");
const QString kOpenIdPath = QStringLiteral("/.well-known/openid-configuration");

QJsonArray strings(const QStringList& values)
{
    return QJsonArray::fromStringList(values);
}

} // namespace

MetadataEndpoint::MetadataEndpoint(ServerContext& context)
    : m_ctx(context)
{ }

QJsonObject MetadataEndpoint::metadata(Document document) const
{
    // Only the scopes of the organization that this server's clients join: another organization's
    // scope names are not for them to ask for, nor for them to learn.
    const Result<QString> organization = m_ctx.serverOrganizationId();
    if (!organization) {
        qCWarning(lcServer).noquote() << "Could not find the server's organization for the metadata:"
                                      << organization.error().message;
        return {};
    }
    auto scopes = m_ctx.store.scopes().list(*organization);
    if (!scopes) {
        qCWarning(lcServer).noquote() << "Could not list the scopes for the metadata:" << scopes.error().message;
        return {};
    }
    QSet<QString> names;
    for (const Scope& scope : *scopes)
        names.insert(scope.name);
    QStringList sorted(names.cbegin(), names.cend());
    sorted.sort();

    const QStringList authMethods{
        QStringLiteral("none"), QStringLiteral("client_secret_basic"), QStringLiteral("client_secret_post")};
    // Introspection is for confidential clients (resource servers) only.
    const QStringList secretMethods{QStringLiteral("client_secret_basic"), QStringLiteral("client_secret_post")};
    QJsonObject out{
        {QStringLiteral("issuer"), m_ctx.issuer},
        {QStringLiteral("authorization_endpoint"), m_ctx.endpoint(QStringLiteral("/authorize"))},
        {QStringLiteral("token_endpoint"), m_ctx.endpoint(QStringLiteral("/token"))},
        {QStringLiteral("registration_endpoint"), m_ctx.endpoint(QStringLiteral("/register"))},
        {QStringLiteral("introspection_endpoint"), m_ctx.endpoint(QStringLiteral("/introspect"))},
        {QStringLiteral("revocation_endpoint"), m_ctx.endpoint(QStringLiteral("/revoke"))},
        {QStringLiteral("jwks_uri"), m_ctx.endpoint(QStringLiteral("/jwks.json"))},
        {QStringLiteral("scopes_supported"), strings(sorted)},
        {QStringLiteral("response_types_supported"), strings({QStringLiteral("code")})},
        {QStringLiteral("response_modes_supported"), strings({QStringLiteral("query")})},
        {QStringLiteral("grant_types_supported"),
            strings({QStringLiteral("authorization_code"), QStringLiteral("refresh_token"),
                QStringLiteral("client_credentials")})},
        {QStringLiteral("token_endpoint_auth_methods_supported"), strings(authMethods)},
        {QStringLiteral("introspection_endpoint_auth_methods_supported"), strings(secretMethods)},
        {QStringLiteral("revocation_endpoint_auth_methods_supported"), strings(authMethods)},
        {QStringLiteral("code_challenge_methods_supported"), strings({QStringLiteral("S256")})},
        {QStringLiteral("client_id_metadata_document_supported"), true},
        {QStringLiteral("authorization_response_iss_parameter_supported"), true},
    };
    if (document == Document::OpenId) {
        // This server issues no ID tokens (no openid scope), so RFC 8414's document names no ID token
        // algorithm. OpenID Connect Discovery 1.0 section 3 makes these two REQUIRED, though, and
        // clients check (the MCP TypeScript SDK refuses an openid-configuration without them): there
        // they name what an ID token would be signed with, the algorithms of the key ring.
        out.insert(QStringLiteral("subject_types_supported"), strings({QStringLiteral("public")}));
        out.insert(QStringLiteral("id_token_signing_alg_values_supported"),
            strings({QStringLiteral("RS256"), QStringLiteral("ES256")}));
    }
    return out;
}

void MetadataEndpoint::registerRoutes(HttpServer& http)
{
    const auto serve = [this](Document which) -> HttpServer::Handler {
        return [this, which](const HttpRequest&) -> HttpReply {
            const QJsonObject document = metadata(which);
            if (document.isEmpty())
                return oauthError(500, QStringLiteral("server_error"),
                    QStringLiteral("The server metadata is not available right now. Try again in a moment."));
            return HttpResponse::json(document).setHeader("Cache-Control", kCacheControl);
        };
    };
    const HttpServer::Handler serveMetadata = serve(Document::OAuth);
    const HttpServer::Handler serveOpenId = serve(Document::OpenId);
    http.route("GET", kAuthorizationServerPath, serveMetadata);
    http.route("GET", kOpenIdPath, serveOpenId);
    // An issuer with a path (https://host/auth): RFC 8414 section 3.1 inserts the well-known part
    // before it, and MCP clients try the same insertion for OpenID discovery. The appended form
    // (/auth/.well-known/openid-configuration) arrives here with the prefix stripped by HttpServer.
    const QString issuerPath = QUrl(m_ctx.issuer).path();
    if (!issuerPath.isEmpty() && issuerPath != QLatin1String("/")) {
        http.route("GET", kAuthorizationServerPath + issuerPath, serveMetadata);
        http.route("GET", kOpenIdPath + issuerPath, serveOpenId);
    }

    http.route("GET", QStringLiteral("/jwks.json"), [this](const HttpRequest&) -> HttpReply {
        // The key ring keeps the set serialized: no JSON work per request.
        HttpResponse response;
        response.body = m_ctx.keys.jwksJson(ServerContext::now());
        response.setHeader("Content-Type", "application/json").setHeader("Cache-Control", kCacheControl);
        return response;
    });
}

} // namespace mcpauth
