#include "ClientAuthenticator.h"

#include "OAuthText.h"
#include "http/HttpServer.h"
#include "store/Store.h"

namespace mcpauth {

namespace {

Error invalidClient(const QString& text)
{
    return Error::invalid(QStringLiteral("invalid_client"), text);
}

Error invalidRequest(const QString& text)
{
    return Error::invalid(QStringLiteral("invalid_request"), text);
}

// RFC 6749 section 2.3.1 / appendix B: each half of the Basic credentials is form-urlencoded.
QString formDecode(QByteArray text)
{
    text.replace('+', ' ');
    return QString::fromUtf8(QByteArray::fromPercentEncoding(text));
}

struct BasicCredentials
{
    QString clientId;
    QString secret;
};

Result<BasicCredentials> parseBasic(const QByteArray& authorization)
{
    const QByteArray encoded = authorization.mid(6).trimmed();
    const auto decoded = QByteArray::fromBase64Encoding(encoded, QByteArray::AbortOnBase64DecodingErrors);
    const qsizetype colon = decoded ? decoded.decoded.indexOf(':') : -1;
    if (!decoded || encoded.isEmpty() || colon < 0)
        return invalidClient(QStringLiteral("The Authorization header is not valid HTTP Basic credentials "
                                            "(base64 of client_id:client_secret, RFC 6749 section 2.3.1)."));
    BasicCredentials out{formDecode(decoded.decoded.left(colon)), formDecode(decoded.decoded.mid(colon + 1))};
    if (out.clientId.isEmpty())
        return invalidClient(QStringLiteral("The HTTP Basic credentials name no client."));
    return out;
}

QString methodName(TokenEndpointAuthMethod method)
{
    return enumName(kAuthMethodNames, method);
}

} // namespace

ClientAuthenticator::ClientAuthenticator(Store& store)
    : m_store(store)
{ }

bool ClientAuthenticator::triedBasic(const QByteArray& authorization)
{
    return authorization.size() >= 6 && authorization.left(6).compare("basic ", Qt::CaseInsensitive) == 0;
}

Result<const ClientAuthenticator::Cached*> ClientAuthenticator::lookup(const QString& clientId)
{
    auto it = m_cache.find(clientId);
    if (it != m_cache.end() && it->loaded.elapsed() < kReloadIntervalMs)
        return &*it;
    auto app = m_store.applications().find(clientId);
    // find() also matches ids and names; only the client id identifies a client here.
    if (app && app->clientId != clientId)
        app = Error::make(ErrorCode::NotFound, QStringLiteral("No application has that client id."));
    Result<QString> hash = app ? m_store.applications().secretHash(clientId) : Result<QString>(app.error());
    if (!app || !hash) {
        m_cache.remove(clientId);
        return app ? hash.error() : app.error();
    }
    Cached entry{std::move(app).value(), std::move(hash).value(), {}};
    entry.loaded.start();
    it = m_cache.insert(clientId, std::move(entry));
    return &*it;
}

Result<Application> ClientAuthenticator::application(const QString& clientId)
{
    auto cached = lookup(clientId);
    if (!cached)
        return cached.error();
    return (*cached)->application;
}

Result<Application> ClientAuthenticator::applicationWithId(const QString& applicationId)
{
    auto known = m_clientIdByApplicationId.constFind(applicationId);
    if (known == m_clientIdByApplicationId.cend()) {
        auto app = m_store.applications().find(applicationId);
        // find() also matches client ids and names; only the id counts here.
        if (!app)
            return app.error();
        if (app->id != applicationId)
            return Error::make(ErrorCode::NotFound, QStringLiteral("No application has that id."));
        known = m_clientIdByApplicationId.insert(applicationId, app->clientId);
    }
    return application(*known);
}

Result<AuthenticatedClient> ClientAuthenticator::authenticate(
    const QByteArray& authorization, const QMap<QString, QString>& form)
{
    const bool basic = triedBasic(authorization);
    if (!authorization.isEmpty() && !basic)
        return invalidClient(QStringLiteral("Clients authenticate here with HTTP Basic, client_secret in the body, "
                                            "or (public clients) client_id alone; the Authorization header holds "
                                            "another scheme."));
    const auto bodySecret = form.constFind(QStringLiteral("client_secret"));
    const bool post = bodySecret != form.cend();
    if (basic && post)
        return invalidRequest(QStringLiteral("The request uses two client authentication methods (HTTP Basic and "
                                             "client_secret in the body); RFC 6749 section 2.3 allows one."));

    QString clientId = form.value(QStringLiteral("client_id"));
    QString secret;
    TokenEndpointAuthMethod method = TokenEndpointAuthMethod::None;
    if (basic) {
        auto credentials = parseBasic(authorization);
        if (!credentials)
            return credentials.error();
        if (!clientId.isEmpty() && clientId != credentials->clientId)
            return invalidRequest(
                QStringLiteral("client_id in the body names another client than the HTTP Basic credentials."));
        clientId = credentials->clientId;
        secret = credentials->secret;
        method = TokenEndpointAuthMethod::ClientSecretBasic;
    } else if (post) {
        secret = *bodySecret;
        method = TokenEndpointAuthMethod::ClientSecretPost;
    }
    if (clientId.isEmpty())
        return invalidClient(QStringLiteral("The request does not say which client it comes from: send client_id, "
                                            "or authenticate with HTTP Basic."));

    auto cached = lookup(clientId);
    if (!cached) {
        if (cached.error().code == ErrorCode::NotFound)
            return invalidClient(
                QStringLiteral("No client is registered with the client_id '%1'.").arg(OAuthText::echo(clientId)));
        return Error::invalid(QStringLiteral("server_error"),
            QStringLiteral("The client could not be looked up right now. Try again in a moment."));
    }
    const Cached& entry = **cached;
    const Application& app = entry.application;
    if (method != app.authMethod)
        return invalidClient(QStringLiteral("The client is registered to authenticate with %1, but this request uses "
                                            "%2.")
                                 .arg(methodName(app.authMethod), methodName(method)));
    if (method != TokenEndpointAuthMethod::None && !m_store.applications().verifySecretHash(secret, entry.secretHash))
        return invalidClient(QStringLiteral("The client secret is wrong."));
    return AuthenticatedClient{app, method};
}

HttpResponse ClientAuthenticator::refusal(const Error& error, const QByteArray& authorization, const QString& realm)
{
    const QString code = error.field.isEmpty() ? QStringLiteral("invalid_client") : error.field;
    if (code == QLatin1String("server_error"))
        return oauthError(500, code, error.message);
    if (code == QLatin1String("invalid_client") && triedBasic(authorization)) {
        HttpResponse response = oauthError(401, code, error.message);
        response.setHeader("WWW-Authenticate", QByteArrayLiteral("Basic realm=\"") + realm.toUtf8() + '"');
        return response;
    }
    return oauthError(400, code, error.message);
}

} // namespace mcpauth
