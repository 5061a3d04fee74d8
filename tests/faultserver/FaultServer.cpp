#include "FaultServer.h"

#include "http/HttpRequest.h"
#include "http/HttpResponse.h"
#include "http/HttpServer.h"
#include "jose/Base64Url.h"
#include "oauth/Pkce.h"
#include "security/SecureRandom.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMessageAuthenticationCode>
#include <QUrl>
#include <QUrlQuery>

namespace mcpauth::test {

namespace {

struct FaultEntry
{
    FaultServer::Fault fault;
    const char* name;
};

constexpr FaultEntry kFaults[] = {
    {FaultServer::Fault::None, "none"},
    {FaultServer::Fault::NoWwwAuthenticate, "no-www-authenticate"},
    {FaultServer::Fault::MalformedChallenge, "malformed-challenge"},
    {FaultServer::Fault::WellKnownProtected, "well-known-protected"},
    {FaultServer::Fault::PrmNotFound, "prm-not-found"},
    {FaultServer::Fault::PrmResourceMismatch, "prm-resource-mismatch"},
    {FaultServer::Fault::PrmTrailingSlash, "prm-trailing-slash"},
    {FaultServer::Fault::PrmHtml, "prm-html"},
    {FaultServer::Fault::PrmInvalid, "prm-invalid"},
    {FaultServer::Fault::AsMetadataNotFound, "as-metadata-not-found"},
    {FaultServer::Fault::IssuerMismatch, "issuer-mismatch"},
    {FaultServer::Fault::NoPkceAdvertised, "no-pkce-advertised"},
    {FaultServer::Fault::NoRegistrationEndpoint, "no-registration-endpoint"},
    {FaultServer::Fault::DcrInvalidRedirectUri, "dcr-invalid-redirect-uri"},
    {FaultServer::Fault::DcrInvalidClientMetadata, "dcr-invalid-client-metadata"},
    {FaultServer::Fault::RedirectScheme, "redirect-scheme"},
    {FaultServer::Fault::RedirectHost, "redirect-host"},
    {FaultServer::Fault::RedirectPort, "redirect-port"},
    {FaultServer::Fault::RedirectPath, "redirect-path"},
    {FaultServer::Fault::RedirectTrailingSlash, "redirect-trailing-slash"},
    {FaultServer::Fault::RedirectLoopbackPortless, "redirect-loopback-portless"},
    {FaultServer::Fault::RedirectLocalhost, "redirect-localhost"},
    {FaultServer::Fault::InvalidTarget, "invalid-target"},
    {FaultServer::Fault::AccessDenied, "access-denied"},
    {FaultServer::Fault::InvalidGrant, "invalid-grant"},
    {FaultServer::Fault::InvalidClient, "invalid-client"},
    {FaultServer::Fault::TokenCacheable, "token-cacheable"},
    {FaultServer::Fault::WrongAudience, "wrong-audience"},
    {FaultServer::Fault::ExpiredToken, "expired-token"},
    {FaultServer::Fault::TokenIssuerMismatch, "token-issuer-mismatch"},
    {FaultServer::Fault::InsufficientScope, "insufficient-scope"},
    {FaultServer::Fault::CorsMissing, "cors-missing"},
    {FaultServer::Fault::NotAcceptable, "not-acceptable"},
    {FaultServer::Fault::JsonRpcError, "jsonrpc-error"},
    {FaultServer::Fault::SseGarbage, "sse-garbage"},
    {FaultServer::Fault::NoAuthRequired, "no-auth-required"},
    {FaultServer::Fault::ChallengeWithoutResourceMetadata, "challenge-without-resource-metadata"},
    {FaultServer::Fault::PrmRedirect, "prm-redirect"},
    {FaultServer::Fault::PkceS256Unsupported, "pkce-s256-unsupported"},
    {FaultServer::Fault::InvalidScope, "invalid-scope"},
    {FaultServer::Fault::StateMismatch, "state-mismatch"},
    {FaultServer::Fault::TokenNotJson, "token-not-json"},
    {FaultServer::Fault::McpNotJson, "mcp-not-json"},
    {FaultServer::Fault::DcrConfidential, "dcr-confidential"},
    {FaultServer::Fault::CimdRefused, "cimd-refused"},
    {FaultServer::Fault::AsMetadataInvalid, "as-metadata-invalid"},
    {FaultServer::Fault::AuthorizeServerError, "authorize-server-error"},
    {FaultServer::Fault::UnsupportedGrant, "unsupported-grant"},
    {FaultServer::Fault::TokenRevoked, "token-revoked"},
};

constexpr const char* kReadScope = "mcp:read";
constexpr const char* kWriteScope = "mcp:write";

QByteArray compactJson(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

HttpResponse errorPage(const QString& text)
{
    return HttpResponse::html(QStringLiteral("<!doctype html><html><head><title>Authorization error</title></head>"
                                             "<body><h1>Authorization error</h1><p>%1</p></body></html>")
                                  .arg(text.toHtmlEscaped())
                                  .toUtf8(),
        400);
}

HttpResponse redirectBack(const QString& redirectUri, const QList<QPair<QString, QString>>& parameters)
{
    QUrl url(redirectUri);
    QUrlQuery query(url);
    for (const auto& [name, value] : parameters)
        query.addQueryItem(name, QString::fromUtf8(QUrl::toPercentEncoding(value)));
    url.setQuery(query);
    return HttpResponse::redirect(url, 302);
}

} // namespace

QString FaultServer::faultName(Fault fault)
{
    for (const FaultEntry& entry : kFaults) {
        if (entry.fault == fault)
            return QLatin1String(entry.name);
    }
    return QStringLiteral("none");
}

std::optional<FaultServer::Fault> FaultServer::faultFromName(const QString& name)
{
    for (const FaultEntry& entry : kFaults) {
        if (name == QLatin1String(entry.name))
            return entry.fault;
    }
    return std::nullopt;
}

QList<FaultServer::Fault> FaultServer::allFaults()
{
    QList<Fault> faults;
    for (const FaultEntry& entry : kFaults)
        faults.append(entry.fault);
    return faults;
}

FaultServer::FaultServer(Fault fault, QObject* parent)
    : QObject(parent)
    , m_fault(fault)
    , m_server(new HttpServer(this))
    , m_key(SecureRandom::bytes(32))
{
    setUpRoutes();
}

FaultServer::~FaultServer() = default;

Result<quint16> FaultServer::start(quint16 port)
{
    const Result<quint16> listening = m_server->startListening(QHostAddress::LocalHost, port);
    if (listening)
        m_port = listening.value();
    return listening;
}

QString FaultServer::origin() const
{
    return QStringLiteral("http://127.0.0.1:%1").arg(m_port);
}

QString FaultServer::mcpUrl() const
{
    return endpoint(QStringLiteral("/mcp"));
}

QString FaultServer::endpoint(const QString& path) const
{
    return origin() + path;
}

QString FaultServer::registerClient(const QStringList& redirectUris)
{
    const QString clientId = SecureRandom::token(12);
    m_clients.insert(clientId, Client{redirectUris});
    return clientId;
}

void FaultServer::setUpRoutes()
{
    m_server->route("POST", QStringLiteral("/mcp"), [this](const HttpRequest& request) { return mcp(request); });
    const auto prm = [this](const HttpRequest&) { return protectedResourceMetadata(); };
    m_server->route("GET", QStringLiteral("/.well-known/oauth-protected-resource"), prm);
    m_server->route("GET", QStringLiteral("/.well-known/oauth-protected-resource/mcp"), prm);
    if (m_fault != Fault::AsMetadataNotFound) {
        m_server->route("GET", QStringLiteral("/.well-known/oauth-authorization-server"),
            [this](const HttpRequest&) { return authorizationServerMetadata(); });
    }
    m_server->route(
        "POST", QStringLiteral("/register"), [this](const HttpRequest& request) { return registration(request); });
    m_server->route(
        "GET", QStringLiteral("/authorize"), [this](const HttpRequest& request) { return authorize(request); });
    m_server->route("POST", QStringLiteral("/token"), [this](const HttpRequest& request) { return token(request); });
    if (m_fault != Fault::CorsMissing) {
        m_server->addResponseFilter(
            [](const HttpRequest&, HttpResponse& response) { response.setHeader("Access-Control-Allow-Origin", "*"); });
    }
}

HttpResponse FaultServer::unauthorized(const QString& error) const
{
    HttpResponse response = HttpResponse::jsonText(
        compactJson({{QStringLiteral("error"), error.isEmpty() ? QStringLiteral("unauthorized") : error}}), 401);
    const QString metadata = endpoint(QStringLiteral("/.well-known/oauth-protected-resource/mcp"));
    if (m_fault == Fault::ChallengeWithoutResourceMetadata) {
        response.setHeader("WWW-Authenticate", QByteArray("Bearer scope=") + kReadScope);
    } else if (m_fault == Fault::MalformedChallenge) {
        response.setHeader("WWW-Authenticate", QStringLiteral("Bearer resource_metadata=\"%1").arg(metadata).toUtf8());
    } else if (m_fault != Fault::NoWwwAuthenticate) {
        QString challenge
            = QStringLiteral("Bearer resource_metadata=\"%1\", scope=\"%2\"").arg(metadata, QLatin1String(kReadScope));
        if (!error.isEmpty())
            challenge += QStringLiteral(", error=\"%1\"").arg(error);
        response.setHeader("WWW-Authenticate", challenge.toUtf8());
    }
    return response;
}

HttpResponse FaultServer::mcp(const HttpRequest& request)
{
    if (m_fault == Fault::NotAcceptable)
        return HttpResponse::text("Not Acceptable: the client must accept application/json and text/event-stream", 406);
    const QString bearer = QString::fromUtf8(request.bearerToken());
    if (m_fault == Fault::NoAuthRequired)
        return HttpResponse::json(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")},
            {QStringLiteral("id"), QJsonDocument::fromJson(request.body).object().value(QStringLiteral("id"))},
            {QStringLiteral("result"),
                QJsonObject{{QStringLiteral("protocolVersion"), QStringLiteral("2025-11-25")}}}});
    if (!bearer.isEmpty() && m_fault == Fault::McpNotJson)
        return HttpResponse::text("OK");
    if (bearer.isEmpty() || !m_tokens.contains(bearer) || m_fault == Fault::TokenRevoked)
        return unauthorized(bearer.isEmpty() ? QString() : QStringLiteral("invalid_token"));
    const QJsonObject claims = m_tokens.value(bearer);
    if (claims.value(QStringLiteral("exp")).toInteger() <= QDateTime::currentSecsSinceEpoch())
        return unauthorized(QStringLiteral("invalid_token"));
    if (claims.value(QStringLiteral("aud")).toString() != mcpUrl())
        return unauthorized(QStringLiteral("invalid_token"));

    const QJsonObject message = QJsonDocument::fromJson(request.body).object();
    const QString method = message.value(QStringLiteral("method")).toString();
    const QJsonValue id = message.value(QStringLiteral("id"));
    if (m_fault == Fault::SseGarbage) {
        HttpResponse response = HttpResponse::text("event: message\ndata: {\"jsonrpc\": \"2.0\", \"id\": \n\n");
        response.setHeader("Content-Type", "text/event-stream");
        return response;
    }
    QJsonObject reply{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), id}};
    if (method == QLatin1String("initialize")) {
        if (m_fault == Fault::JsonRpcError) {
            reply.insert(QStringLiteral("error"),
                QJsonObject{{QStringLiteral("code"), -32602},
                    {QStringLiteral("message"), QStringLiteral("Unsupported protocol version")}});
            return HttpResponse::json(reply);
        }
        reply.insert(QStringLiteral("result"),
            QJsonObject{{QStringLiteral("protocolVersion"), QStringLiteral("2025-11-25")},
                {QStringLiteral("capabilities"), QJsonObject{{QStringLiteral("tools"), QJsonObject()}}},
                {QStringLiteral("serverInfo"),
                    QJsonObject{{QStringLiteral("name"), QStringLiteral("fault-server")},
                        {QStringLiteral("version"), QStringLiteral("1")}}}});
    } else if (method == QLatin1String("tools/list")) {
        reply.insert(QStringLiteral("result"),
            QJsonObject{{QStringLiteral("tools"),
                QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("write_note")},
                    {QStringLiteral("description"), QStringLiteral("Writes a note (needs mcp:write).")},
                    {QStringLiteral("inputSchema"),
                        QJsonObject{{QStringLiteral("type"), QStringLiteral("object")}}}}}}});
    } else if (method == QLatin1String("tools/call")) {
        const QStringList granted = claims.value(QStringLiteral("scope")).toString().split(QLatin1Char(' '));
        if (m_fault == Fault::InsufficientScope && !granted.contains(QLatin1String(kWriteScope))) {
            HttpResponse response = HttpResponse::jsonText(
                compactJson({{QStringLiteral("error"), QStringLiteral("insufficient_scope")}}), 403);
            response.setHeader("WWW-Authenticate",
                QStringLiteral("Bearer error=\"insufficient_scope\", scope=\"%1 %2\", resource_metadata=\"%3\", "
                               "error_description=\"write_note needs mcp:write\"")
                    .arg(QLatin1String(kReadScope), QLatin1String(kWriteScope),
                        endpoint(QStringLiteral("/.well-known/oauth-protected-resource/mcp")))
                    .toUtf8());
            return response;
        }
        reply.insert(QStringLiteral("result"),
            QJsonObject{{QStringLiteral("content"),
                QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                    {QStringLiteral("text"), QStringLiteral("written")}}}}});
    } else if (id.isUndefined()) {
        return HttpResponse::empty(202);
    } else {
        reply.insert(QStringLiteral("error"),
            QJsonObject{
                {QStringLiteral("code"), -32601}, {QStringLiteral("message"), QStringLiteral("Method not found")}});
    }
    return HttpResponse::json(reply);
}

HttpResponse FaultServer::protectedResourceMetadata() const
{
    switch (m_fault) {
    case Fault::PrmNotFound:
        return HttpResponse::jsonText(compactJson({{QStringLiteral("error"), QStringLiteral("not_found")}}), 404);
    case Fault::WellKnownProtected:
        return unauthorized(QString());
    case Fault::PrmRedirect:
        return HttpResponse::redirect(QUrl(endpoint(QStringLiteral("/mcp-metadata.json"))), 301);
    case Fault::PrmHtml:
        return HttpResponse::html("<!doctype html><html><head><title>Sign in</title></head><body><form "
                                  "action=\"/login\" method=\"post\"><input name=\"user\"><input name=\"password\" "
                                  "type=\"password\"></form></body></html>");
    default:
        break;
    }
    QString resource = mcpUrl();
    if (m_fault == Fault::PrmResourceMismatch)
        resource = endpoint(QStringLiteral("/other-mcp"));
    else if (m_fault == Fault::PrmTrailingSlash)
        resource += QLatin1Char('/');
    QJsonObject document{{QStringLiteral("resource"), resource},
        {QStringLiteral("scopes_supported"), QJsonArray{QLatin1String(kReadScope), QLatin1String(kWriteScope)}},
        {QStringLiteral("bearer_methods_supported"), QJsonArray{QStringLiteral("header")}}};
    if (m_fault != Fault::PrmInvalid)
        document.insert(QStringLiteral("authorization_servers"), QJsonArray{origin()});
    return HttpResponse::json(document);
}

HttpResponse FaultServer::authorizationServerMetadata() const
{
    QJsonObject document{
        {QStringLiteral("issuer"),
            m_fault == Fault::IssuerMismatch ? QStringLiteral("http://localhost:%1").arg(m_port) : origin()},
        {QStringLiteral("authorization_endpoint"), endpoint(QStringLiteral("/authorize"))},
        {QStringLiteral("token_endpoint"), endpoint(QStringLiteral("/token"))},
        {QStringLiteral("response_types_supported"), QJsonArray{QStringLiteral("code")}},
        {QStringLiteral("grant_types_supported"),
            QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("refresh_token")}},
        {QStringLiteral("token_endpoint_auth_methods_supported"), QJsonArray{QStringLiteral("none")}},
        {QStringLiteral("scopes_supported"), QJsonArray{QLatin1String(kReadScope), QLatin1String(kWriteScope)}}};
    if (m_fault == Fault::PkceS256Unsupported)
        document.insert(QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("plain")});
    else if (m_fault != Fault::NoPkceAdvertised)
        document.insert(QStringLiteral("code_challenge_methods_supported"), QJsonArray{QStringLiteral("S256")});
    if (m_fault == Fault::CimdRefused)
        document.insert(QStringLiteral("client_id_metadata_document_supported"), true);
    if (m_fault == Fault::AsMetadataInvalid)
        document.remove(QStringLiteral("token_endpoint"));
    if (m_fault != Fault::NoRegistrationEndpoint)
        document.insert(QStringLiteral("registration_endpoint"), endpoint(QStringLiteral("/register")));
    return HttpResponse::json(document);
}

QString FaultServer::driftedRedirect(const QString& requested) const
{
    QUrl url(requested);
    switch (m_fault) {
    case Fault::RedirectScheme:
        url.setScheme(QStringLiteral("https"));
        break;
    case Fault::RedirectHost:
        url.setHost(QStringLiteral("callback.example"));
        break;
    case Fault::RedirectPort:
        url.setPort(url.port() + 1);
        break;
    case Fault::RedirectPath:
        url.setPath(QStringLiteral("/oauth/callback"));
        break;
    case Fault::RedirectTrailingSlash:
        url.setPath(url.path() + QLatin1Char('/'));
        break;
    case Fault::RedirectLoopbackPortless:
        url.setPort(-1);
        break;
    case Fault::RedirectLocalhost:
        url.setHost(
            url.host() == QLatin1String("localhost") ? QStringLiteral("127.0.0.1") : QStringLiteral("localhost"));
        break;
    default:
        break;
    }
    return url.toString();
}

HttpResponse FaultServer::registration(const HttpRequest& request)
{
    if (m_fault == Fault::DcrInvalidRedirectUri)
        return oauthError(400, QStringLiteral("invalid_redirect_uri"),
            QStringLiteral("Redirect URIs must use https or a registered loopback pattern."));
    if (m_fault == Fault::DcrInvalidClientMetadata)
        return oauthError(400, QStringLiteral("invalid_client_metadata"),
            QStringLiteral("client_uri must have the same origin as the redirect URIs."));
    const QJsonDocument document = QJsonDocument::fromJson(request.body);
    if (!document.isObject())
        return oauthError(400, QStringLiteral("invalid_client_metadata"), QStringLiteral("The body is not JSON."));
    QJsonObject metadata = document.object();
    QStringList redirects;
    for (const QJsonValue& value : metadata.value(QStringLiteral("redirect_uris")).toArray())
        redirects.append(driftedRedirect(value.toString()));
    if (redirects.isEmpty())
        return oauthError(400, QStringLiteral("invalid_redirect_uri"), QStringLiteral("redirect_uris is required."));
    const QString clientId = registerClient(redirects);
    metadata.insert(QStringLiteral("client_id"), clientId);
    metadata.insert(QStringLiteral("client_id_issued_at"), QDateTime::currentSecsSinceEpoch());
    metadata.insert(QStringLiteral("redirect_uris"), QJsonArray::fromStringList(redirects));
    if (m_fault == Fault::DcrConfidential) {
        metadata.insert(QStringLiteral("token_endpoint_auth_method"), QStringLiteral("client_secret_basic"));
        metadata.insert(QStringLiteral("client_secret"), SecureRandom::token(24));
    } else {
        metadata.insert(QStringLiteral("token_endpoint_auth_method"), QStringLiteral("none"));
    }
    return HttpResponse::json(metadata, 201).noStore();
}

HttpResponse FaultServer::authorize(const HttpRequest& request)
{
    const Result<QMap<QString, QString>> parsed = FormData::parse(request.query);
    if (!parsed)
        return errorPage(parsed.error().message);
    const QMap<QString, QString>& query = parsed.value();
    const QString clientId = query.value(QStringLiteral("client_id"));
    if (m_fault == Fault::CimdRefused && clientId.startsWith(QLatin1String("https://")))
        return errorPage(
            QStringLiteral("invalid_client: the client metadata document %1 could not be fetched (HTTP 404).")
                .arg(clientId));
    const auto client = m_clients.constFind(clientId);
    if (client == m_clients.cend())
        return errorPage(QStringLiteral("Unknown client_id."));
    const QString redirectUri = query.value(QStringLiteral("redirect_uri"));
    // Exact string comparison (OAuth 2.1): an unregistered redirect URI is never redirected to.
    if (!client->redirectUris.contains(redirectUri))
        return errorPage(
            QStringLiteral("invalid_request: the redirect_uri %1 is not registered for this client.").arg(redirectUri));
    const QString state = query.value(QStringLiteral("state"));
    if (m_fault == Fault::InvalidTarget && query.contains(QStringLiteral("resource")))
        return redirectBack(redirectUri,
            {{QStringLiteral("error"), QStringLiteral("invalid_target")},
                {QStringLiteral("error_description"), QStringLiteral("The resource is not a known API.")},
                {QStringLiteral("state"), state}});
    if (m_fault == Fault::InvalidScope)
        return redirectBack(redirectUri,
            {{QStringLiteral("error"), QStringLiteral("invalid_scope")},
                {QStringLiteral("error_description"), QStringLiteral("The scope is not allowed for this client.")},
                {QStringLiteral("state"), state}});
    if (m_fault == Fault::AuthorizeServerError)
        return redirectBack(redirectUri,
            {{QStringLiteral("error"), QStringLiteral("server_error")},
                {QStringLiteral("error_description"), QStringLiteral("The user store is unavailable.")},
                {QStringLiteral("state"), state}});
    if (m_fault == Fault::AccessDenied)
        return redirectBack(redirectUri,
            {{QStringLiteral("error"), QStringLiteral("access_denied")},
                {QStringLiteral("error_description"), QStringLiteral("The user declined.")},
                {QStringLiteral("state"), state}});
    if (query.value(QStringLiteral("code_challenge_method")) != QLatin1String("S256")
        || query.value(QStringLiteral("code_challenge")).isEmpty())
        return redirectBack(redirectUri,
            {{QStringLiteral("error"), QStringLiteral("invalid_request")},
                {QStringLiteral("error_description"), QStringLiteral("PKCE S256 is required.")},
                {QStringLiteral("state"), state}});
    const QString code = SecureRandom::token(24);
    m_codes.insert(code,
        Code{clientId, redirectUri, query.value(QStringLiteral("code_challenge")),
            query.value(QStringLiteral("resource")), query.value(QStringLiteral("scope"))});
    return redirectBack(redirectUri,
        {{QStringLiteral("code"), code},
            {QStringLiteral("state"), m_fault == Fault::StateMismatch ? QStringLiteral("another-attempt") : state},
            {QStringLiteral("iss"), origin()}});
}

HttpResponse FaultServer::token(const HttpRequest& request)
{
    const Result<QMap<QString, QString>> parsed = FormData::parse(request.body);
    if (!parsed)
        return oauthError(400, QStringLiteral("invalid_request"), parsed.error().message);
    const QMap<QString, QString>& form = parsed.value();
    if (m_fault == Fault::UnsupportedGrant)
        return oauthError(400, QStringLiteral("unsupported_grant_type"),
            QStringLiteral("This client may not use the authorization_code grant."));
    if (m_fault == Fault::TokenNotJson)
        return HttpResponse::html("<!doctype html><html><body>Signed in.</body></html>");
    if (m_fault == Fault::InvalidClient
        || (m_fault == Fault::DcrConfidential && !request.header("authorization").toLower().startsWith("basic ")))
        return oauthError(401, QStringLiteral("invalid_client"), QStringLiteral("Client authentication failed."));
    const QString codeValue = form.value(QStringLiteral("code"));
    const auto code = m_codes.constFind(codeValue);
    if (m_fault == Fault::InvalidGrant || code == m_codes.cend())
        return oauthError(
            400, QStringLiteral("invalid_grant"), QStringLiteral("The authorization code is invalid or expired."));
    if (code->redirectUri != form.value(QStringLiteral("redirect_uri"))
        || code->clientId != form.value(QStringLiteral("client_id"))
        || !Pkce::verifierMatches(form.value(QStringLiteral("code_verifier")), code->challenge))
        return oauthError(400, QStringLiteral("invalid_grant"),
            QStringLiteral("The redirect_uri, client_id or code_verifier does not match the authorization request."));
    const Code used = code.value();
    m_codes.remove(codeValue);
    const QString accessToken = issueToken(used);
    HttpResponse response = HttpResponse::json(QJsonObject{{QStringLiteral("access_token"), accessToken},
        {QStringLiteral("token_type"), QStringLiteral("Bearer")}, {QStringLiteral("expires_in"), 3600},
        {QStringLiteral("scope"), m_tokens.value(accessToken).value(QStringLiteral("scope"))}});
    if (m_fault != Fault::TokenCacheable)
        response.noStore();
    return response;
}

QString FaultServer::issueToken(const Code& code)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    QString audience = code.resource.isEmpty() ? code.clientId : code.resource;
    if (m_fault == Fault::WrongAudience)
        audience = QStringLiteral("https://other.example/mcp");
    QString scope = code.scope.isEmpty() ? QLatin1String(kReadScope) : code.scope;
    // The fault server grants only the read scope to show step-up: insufficient_scope on tools/call.
    if (m_fault == Fault::InsufficientScope)
        scope = QLatin1String(kReadScope);
    const QJsonObject claims{
        {QStringLiteral("iss"),
            m_fault == Fault::TokenIssuerMismatch ? QStringLiteral("https://auth.internal.example") : origin()},
        {QStringLiteral("sub"), QStringLiteral("user-1")}, {QStringLiteral("aud"), audience},
        {QStringLiteral("client_id"), code.clientId}, {QStringLiteral("scope"), scope},
        {QStringLiteral("iat"), m_fault == Fault::ExpiredToken ? now - 7200 : now},
        {QStringLiteral("exp"), m_fault == Fault::ExpiredToken ? now - 3600 : now + 3600},
        {QStringLiteral("jti"), SecureRandom::token(12)}};
    const QByteArray header = Base64Url::encode(compactJson(
        {{QStringLiteral("alg"), QStringLiteral("HS256")}, {QStringLiteral("typ"), QStringLiteral("at+jwt")}}));
    const QByteArray signingInput = header + '.' + Base64Url::encode(compactJson(claims));
    const QByteArray signature = QMessageAuthenticationCode::hash(signingInput, m_key, QCryptographicHash::Sha256);
    const QString token = QString::fromLatin1(signingInput + '.' + Base64Url::encode(signature));
    m_tokens.insert(token, claims);
    return token;
}

} // namespace mcpauth::test
