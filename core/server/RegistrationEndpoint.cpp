#include "RegistrationEndpoint.h"

#include "AuditSink.h"
#include "ServerContext.h"
#include "common/Logging.h"
#include "domain/Names.h"
#include "http/HttpServer.h"
#include "oauth/AccessTokenVerifier.h"
#include "oauth/ClientMetadata.h"
#include "oauth/TokenRecorder.h"
#include "security/SecureRandom.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>

namespace mcpauth {

namespace {

const QString kRegisterPath = QStringLiteral("/register");
const QString kManagePrefix = QStringLiteral("/register/");

// RFC 7592 section 2.2: what the server assigns and a client must not send back on an update.
const QStringList kNotInUpdates{QStringLiteral("registration_access_token"), QStringLiteral("registration_client_uri"),
    QStringLiteral("client_secret_expires_at"), QStringLiteral("client_id_issued_at")};

AuditContext auditFrom(const HttpRequest& request, const QString& actor)
{
    return AuditContext{actor, request.auditSource()};
}

// Application names follow the name rules (letters, digits, . _ -); the client's own name is its
// display name. "dcr-claude-code-x1y2z3w4": readable in lists, unique by its random tail.
QString applicationName(const QString& clientName)
{
    QString slug;
    for (const QChar c : clientName.toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9'))
            slug += c;
        else if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('-')))
            slug += QLatin1Char('-');
        if (slug.size() >= 32)
            break;
    }
    while (slug.endsWith(QLatin1Char('-')))
        slug.chop(1);
    QString tail;
    for (const QChar c : SecureRandom::token(12)) {
        if (c.isLetterOrNumber())
            tail += c.toLower();
        if (tail.size() == 8)
            break;
    }
    return slug.isEmpty() ? QStringLiteral("dcr-%1").arg(tail) : QStringLiteral("dcr-%1-%2").arg(slug, tail);
}

QStringList grantNames(const QList<GrantType>& grants)
{
    QStringList out;
    for (GrantType g : grants)
        out << enumName(kGrantTypeNames, g);
    return out;
}

HttpResponse unauthorized(const QString& description, bool tokenPresented)
{
    // RFC 6750 section 3.1: no error code in the challenge when no token was presented at all.
    return oauthError(401, QStringLiteral("invalid_token"), description)
        .setHeader("WWW-Authenticate",
            tokenPresented ? QByteArrayLiteral("Bearer error=\"invalid_token\"") : QByteArrayLiteral("Bearer"));
}

} // namespace

RegistrationEndpoint::RegistrationEndpoint(ServerContext& context)
    : m_ctx(context)
    , m_limiter(context.settings.registrationsPerMinute)
{ }

RegistrationEndpoint::~RegistrationEndpoint() = default;

void RegistrationEndpoint::registerRoutes(HttpServer& http)
{
    http.route(
        "POST", kRegisterPath, [this](const HttpRequest& request) -> HttpReply { return handleRegister(request); });
    http.routePrefix(
        "GET", kManagePrefix, [this](const HttpRequest& request) -> HttpReply { return handleRead(request); });
    http.routePrefix(
        "PUT", kManagePrefix, [this](const HttpRequest& request) -> HttpReply { return handleUpdate(request); });
    http.routePrefix(
        "DELETE", kManagePrefix, [this](const HttpRequest& request) -> HttpReply { return handleDelete(request); });
}

HttpResponse RegistrationEndpoint::refuse(
    const HttpRequest& request, const Refusal& refusal, const QString& targetType, const QString& targetId)
{
    QJsonObject details{{QStringLiteral("reason"), refusal.reason}, {QStringLiteral("status"), refusal.status},
        {QStringLiteral("error"), refusal.error}, {QStringLiteral("description"), refusal.description.left(500)}};
    if (!refusal.field.isEmpty())
        details.insert(QStringLiteral("field"), refusal.field);
    m_ctx.audit.record(auditFrom(request, QStringLiteral("server")), QStringLiteral("client.registration_refused"),
        targetType, targetId, AuditOutcome::Denied, details);
    if (refusal.status == 401)
        return unauthorized(refusal.description, !request.bearerToken().isEmpty());
    return oauthError(refusal.status, refusal.error, refusal.description);
}

std::optional<RegistrationEndpoint::Refusal> RegistrationEndpoint::readJson(
    const HttpRequest& request, QJsonObject& body) const
{
    if (!request.hasMediaType("application/json")) {
        const QByteArray sent = request.mediaType();
        const QString rule = QStringLiteral("client metadata must be sent as a JSON object with Content-Type: "
                                            "application/json (RFC 7591 section 3.1)");
        // RFC 7591 section 3.2.2: registration errors are 400 unless the RFC says otherwise, and it says
        // nothing of the media type; so not 415.
        return Refusal{400, QStringLiteral("invalid_client_metadata"),
            sent.isEmpty()
                ? QStringLiteral("The request has no Content-Type; %1.").arg(rule)
                : QStringLiteral("The request is %1, but %2.").arg(QString::fromLatin1(sent.left(100)), rule),
            QStringLiteral("content_type"), {}};
    }
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(request.body, &error);
    if (error.error != QJsonParseError::NoError)
        return Refusal{400, QStringLiteral("invalid_client_metadata"),
            QStringLiteral("The request body is not valid JSON: %1 at byte %2.")
                .arg(error.errorString(), QString::number(error.offset)),
            QStringLiteral("malformed_json"), {}};
    if (!document.isObject())
        return Refusal{400, QStringLiteral("invalid_client_metadata"),
            QStringLiteral("The request body must be a JSON object of client metadata, not %1.")
                .arg(document.isArray() ? QStringLiteral("an array") : QStringLiteral("a bare value")),
            QStringLiteral("malformed_json"), {}};
    body = document.object();
    return std::nullopt;
}

QStringList RegistrationEndpoint::knownScopes(const QString& organizationId) const
{
    QStringList scopes;
    auto resources = m_ctx.store.resources().list(organizationId);
    if (!resources) {
        qCWarning(lcServer).noquote() << "Could not list the resources for registration:" << resources.error().message;
        return scopes;
    }
    for (const Resource& resource : *resources) {
        for (const QString& s : resource.scopes) {
            if (!scopes.contains(s))
                scopes << s;
        }
    }
    scopes.sort();
    return scopes;
}

std::optional<RegistrationEndpoint::Refusal> RegistrationEndpoint::checkMetadata(const QJsonObject& body,
    const QString& organizationId, const RegistrationPolicy& policy, ClientMetadata& metadata) const
{
    auto parsed = ClientMetadata::parse(body, knownScopes(organizationId));
    if (!parsed)
        return Refusal{400, ClientMetadata::errorCode(parsed.error()), parsed.error().message,
            QStringLiteral("invalid_metadata"), parsed.error().field};
    metadata = std::move(parsed).value();
    const QString policyName = enumName(kRegistrationModeNames, policy.mode);
    for (const QString& uri : std::as_const(metadata.redirectUris)) {
        if (!policy.allowsRedirect(uri))
            return Refusal{400, QStringLiteral("invalid_redirect_uri"),
                QStringLiteral("redirect_uris: %1 is not allowed by this organization's registration policy "
                               "(open-restricted): it matches none of the %2 redirect URI patterns the "
                               "administrator allowed. Ask them to add one (mcp-auth org set-registration).")
                    .arg(Names::quoted(uri), QString::number(policy.redirectPatterns.size())),
                QStringLiteral("policy"), QStringLiteral("redirect_uris")};
    }
    if (metadata.grantTypes.contains(GrantType::ClientCredentials) && policy.mode != RegistrationMode::Admin)
        return Refusal{400, QStringLiteral("invalid_client_metadata"),
            QStringLiteral("grant_types: client_credentials lets a client obtain tokens without any user, so this "
                           "organization (registration policy %1) grants it only to clients registered with an "
                           "initial access token. Ask the administrator for one, or register without "
                           "client_credentials.")
                .arg(policyName),
            QStringLiteral("policy"), QStringLiteral("grant_types")};
    return std::nullopt;
}

QJsonObject RegistrationEndpoint::clientInformation(const Application& app, const QJsonObject& metadata,
    const QString& clientSecret, const QString& registrationToken) const
{
    // The stored metadata, with what an administrator may have changed since shown as it is now.
    QJsonObject out = metadata;
    out.insert(QStringLiteral("redirect_uris"), QJsonArray::fromStringList(app.redirectUris));
    out.insert(QStringLiteral("grant_types"), QJsonArray::fromStringList(grantNames(app.grantTypes)));
    out.insert(QStringLiteral("response_types"),
        QJsonArray::fromStringList(
            app.hasGrant(GrantType::AuthorizationCode) ? QStringList{QStringLiteral("code")} : QStringList()));
    out.insert(QStringLiteral("token_endpoint_auth_method"), enumName(kAuthMethodNames, app.authMethod));
    if (!app.displayName.isEmpty())
        out.insert(QStringLiteral("client_name"), app.displayName);
    if (app.allowedScopes.isEmpty())
        out.remove(QStringLiteral("scope"));
    else
        out.insert(QStringLiteral("scope"), app.allowedScopes.join(QLatin1Char(' ')));
    out.insert(QStringLiteral("client_id"), app.clientId);
    out.insert(QStringLiteral("client_id_issued_at"), app.createdAt / 1000);
    if (app.isConfidential()) {
        if (!clientSecret.isEmpty())
            out.insert(QStringLiteral("client_secret"), clientSecret);
        out.insert(QStringLiteral("client_secret_expires_at"), 0); // never
    }
    out.insert(QStringLiteral("registration_access_token"), registrationToken);
    out.insert(QStringLiteral("registration_client_uri"),
        m_ctx.endpoint(kManagePrefix + QString::fromLatin1(QUrl::toPercentEncoding(app.clientId))));
    return out;
}

HttpResponse RegistrationEndpoint::handleRegister(const HttpRequest& request)
{
    const qint64 now = ServerContext::now();
    const RateLimiter::Decision rate = m_limiter.take(request.peerText());
    if (!rate.allowed) {
        const QString description
            = QStringLiteral("Too many registrations from %1: at most %2 a minute. Try again in %3 seconds.")
                  .arg(request.peerText(), QString::number(m_limiter.perMinute()),
                      QString::number(rate.retryAfterSeconds));
        if (rate.firstRefusal) {
            m_ctx.audit.record(auditFrom(request, QStringLiteral("server")),
                QStringLiteral("client.registration_refused"), QStringLiteral("organization"), QString(),
                AuditOutcome::Denied,
                {{QStringLiteral("reason"), QStringLiteral("rate_limited")}, {QStringLiteral("status"), 429},
                    {QStringLiteral("description"), description}});
        }
        // 429 and Retry-After (RFC 6585) say what happened and when to come back. The body still needs
        // an RFC 7591 section 3.2.2 code, and that RFC has four: invalid_redirect_uri and the two
        // software-statement codes would blame something the request does not even have, while
        // invalid_client_metadata is its general "the server has rejected this request". The
        // description says it is the rate. (temporarily_unavailable belongs to the authorization
        // endpoint, RFC 6749 section 4.1.2.1.)
        return oauthError(429, QStringLiteral("invalid_client_metadata"), description)
            .setHeader("Retry-After", QByteArray::number(rate.retryAfterSeconds));
    }

    auto organizationId = m_ctx.serverOrganizationId();
    if (!organizationId) {
        qCWarning(lcServer).noquote() << "Registration: no organization:" << organizationId.error().message;
        return oauthError(500, QStringLiteral("server_error"),
            QStringLiteral("The server cannot register clients right now: it has no organization to add them to."));
    }
    auto policy = m_ctx.store.organizations().registrationPolicy(*organizationId);
    if (!policy) {
        qCWarning(lcServer).noquote() << "Registration: no policy:" << policy.error().message;
        return oauthError(500, QStringLiteral("server_error"),
            QStringLiteral("The server cannot read its registration policy right now. Try again in a moment."));
    }
    const QString orgTarget = QStringLiteral("organization");

    QString actor = QStringLiteral("server");
    QString initialTokenId;
    if (policy->mode == RegistrationMode::Admin) {
        const QByteArray presented = request.bearerToken();
        if (presented.isEmpty())
            return refuse(request,
                Refusal{401, QStringLiteral("invalid_token"),
                    QStringLiteral("This server registers clients only for its administrator: send the initial "
                                   "access token they gave you as Authorization: Bearer <token> (RFC 7591 section 3)."),
                    QStringLiteral("initial_access_token"), {}},
                orgTarget, *organizationId);
        auto token = m_ctx.store.initialAccessTokens().check(QString::fromUtf8(presented), *organizationId, now);
        if (!token) {
            if (token.error().code != ErrorCode::InvalidInput) {
                qCWarning(lcServer).noquote()
                    << "Registration: initial access token check failed:" << token.error().message;
                return oauthError(500, QStringLiteral("server_error"),
                    QStringLiteral("The server cannot check initial access tokens right now. Try again in a moment."));
            }
            return refuse(request,
                Refusal{401, QStringLiteral("invalid_token"), token.error().message,
                    QStringLiteral("initial_access_token"), {}},
                orgTarget, *organizationId);
        }
        initialTokenId = token->id;
        actor = QStringLiteral("initial-token:") + token->id;
    }

    QJsonObject body;
    if (auto refusal = readJson(request, body))
        return refuse(request, *refusal, orgTarget, *organizationId);
    ClientMetadata metadata;
    if (auto refusal = checkMetadata(body, *organizationId, *policy, metadata))
        return refuse(request, *refusal, orgTarget, *organizationId);

    Application app;
    app.organizationId = *organizationId;
    app.name = applicationName(metadata.clientName);
    metadata.applyTo(app);
    app.allowedScopes = metadata.scopes;
    app.description = QStringLiteral("Registered dynamically (RFC 7591) from %1.").arg(request.peerText());
    app.consentPolicy = ConsentPolicy::Once;
    app.category = AppCategory::Agent;
    app.type = QStringLiteral("MCP");

    QJsonObject details{
        {QStringLiteral("applicationType"), ClientMetadata::applicationTypeName(metadata.applicationType)},
        {QStringLiteral("applicationTypeDefaulted"), metadata.applicationTypeDefaulted},
        {QStringLiteral("authMethod"), enumName(kAuthMethodNames, metadata.authMethod)},
        {QStringLiteral("policy"), enumName(kRegistrationModeNames, policy->mode)}};
    if (!initialTokenId.isEmpty())
        details.insert(QStringLiteral("initialAccessToken"), initialTokenId);
    if (!metadata.requestedScopes.isEmpty())
        details.insert(QStringLiteral("requestedScope"), metadata.requestedScopes.join(QLatin1Char(' ')));
    auto saved = m_ctx.store.applications().registerClient(app, metadata.json, auditFrom(request, actor), details);
    if (!saved) {
        if (saved.error().code == ErrorCode::InvalidInput) {
            const bool redirect = saved.error().field == QLatin1String("redirectUris");
            return refuse(request,
                Refusal{400,
                    redirect ? QStringLiteral("invalid_redirect_uri") : QStringLiteral("invalid_client_metadata"),
                    saved.error().message, QStringLiteral("invalid_metadata"), saved.error().field},
                orgTarget, *organizationId);
        }
        qCWarning(lcServer).noquote() << "Registration: could not save the client:" << saved.error().message;
        return oauthError(500, QStringLiteral("server_error"),
            QStringLiteral("The server could not save the registration. Try again in a moment."));
    }
    qCInfo(lcServer).noquote() << QStringLiteral("Registered client %1 (%2) from %3")
                                      .arg(saved->application.clientId, saved->application.name, request.peerText());
    return HttpResponse::json(
        clientInformation(saved->application, metadata.json, saved->clientSecret, saved->registrationAccessToken), 201)
        .noStore();
}

Result<Application> RegistrationEndpoint::managedClient(const HttpRequest& request, std::optional<Refusal>& refusal)
{
    const QString clientId = request.path.mid(kManagePrefix.size());
    const QByteArray token = request.bearerToken();
    // RFC 7592 section 2: an unknown client and a wrong token get the same 401, so the endpoint does
    // not reveal which client ids exist.
    const auto refused = [&](const QString& description) -> Error {
        refusal = Refusal{
            401, QStringLiteral("invalid_token"), description, QStringLiteral("registration_access_token"), {}};
        return Error::make(ErrorCode::InvalidInput, description);
    };
    if (token.isEmpty())
        return refused(QStringLiteral("Reading, changing or deleting a registration needs its registration access "
                                      "token as Authorization: Bearer <token> (RFC 7592 section 2)."));
    if (clientId.isEmpty() || clientId.contains(QLatin1Char('/'))
        || !m_ctx.store.applications().verifyRegistrationToken(clientId, QString::fromUtf8(token)))
        return refused(QStringLiteral("The registration access token is not valid for this client."));
    auto app = m_ctx.store.applications().find(clientId);
    if (!app || app->clientId != clientId)
        return refused(QStringLiteral("The registration access token is not valid for this client."));
    return app;
}

HttpResponse RegistrationEndpoint::handleRead(const HttpRequest& request)
{
    std::optional<Refusal> refusal;
    auto app = managedClient(request, refusal);
    if (!app)
        return refuse(
            request, *refusal, QStringLiteral("application"), request.path.mid(kManagePrefix.size()).left(200));
    auto metadata = m_ctx.store.applications().clientMetadata(app->id);
    if (!metadata) {
        qCWarning(lcServer).noquote() << "Registration read: " << metadata.error().message;
        return oauthError(500, QStringLiteral("server_error"),
            QStringLiteral("The server could not read the registration. Try again in a moment."));
    }
    // The secret is kept only as a hash, so a read cannot return it; the client keeps the one it got.
    // The registration access token is the one the client presented (RFC 7592 section 3 requires it).
    return HttpResponse::json(clientInformation(*app, *metadata, QString(), QString::fromUtf8(request.bearerToken())))
        .noStore();
}

HttpResponse RegistrationEndpoint::handleUpdate(const HttpRequest& request)
{
    const QString target = QStringLiteral("application");
    std::optional<Refusal> refusal;
    auto app = managedClient(request, refusal);
    if (!app)
        return refuse(request, *refusal, target, request.path.mid(kManagePrefix.size()).left(200));
    QJsonObject body;
    if (auto bad = readJson(request, body))
        return refuse(request, *bad, target, app->id);

    const auto invalid = [&](const QString& field, const QString& description) {
        return refuse(request,
            Refusal{
                400, QStringLiteral("invalid_client_metadata"), description, QStringLiteral("invalid_metadata"), field},
            target, app->id);
    };
    if (body.value(QStringLiteral("client_id")).toString() != app->clientId)
        return invalid(QStringLiteral("client_id"),
            QStringLiteral("client_id: an update must name the client's own client_id (RFC 7592 section 2.2)."));
    for (const QString& field : kNotInUpdates) {
        if (body.contains(field))
            return invalid(field,
                QStringLiteral("%1 is assigned by the server and must not be sent in an update (RFC 7592 section "
                               "2.2).")
                    .arg(field));
    }
    if (body.contains(QStringLiteral("client_secret"))) {
        const QJsonValue secret = body.value(QStringLiteral("client_secret"));
        if (!secret.isString() || !app->isConfidential()
            || !m_ctx.store.applications().verifySecret(app->clientId, secret.toString()))
            return invalid(QStringLiteral("client_secret"),
                QStringLiteral("client_secret does not match the client's current secret; a client cannot choose "
                               "its own secret (RFC 7592 section 2.2). Leave it out to keep the secret."));
    }

    auto policy = m_ctx.store.organizations().registrationPolicy(app->organizationId);
    if (!policy) {
        qCWarning(lcServer).noquote() << "Registration update: no policy:" << policy.error().message;
        return oauthError(500, QStringLiteral("server_error"),
            QStringLiteral("The server cannot read its registration policy right now. Try again in a moment."));
    }
    ClientMetadata metadata;
    if (auto bad = checkMetadata(body, app->organizationId, *policy, metadata))
        return refuse(request, *bad, target, app->id);

    // The allowed scopes, consent policy, lifetimes and token format stay as they are: an
    // administrator may have narrowed them, and the client must not widen them again.
    Application changed = *app;
    metadata.applyTo(changed);
    const QJsonObject details{
        {QStringLiteral("applicationType"), ClientMetadata::applicationTypeName(metadata.applicationType)},
        {QStringLiteral("authMethod"), enumName(kAuthMethodNames, metadata.authMethod)}};
    auto saved = m_ctx.store.applications().updateRegisteredClient(
        changed, metadata.json, auditFrom(request, QStringLiteral("client:") + app->clientId), details);
    if (!saved) {
        if (saved.error().code == ErrorCode::InvalidInput) {
            const bool redirect = saved.error().field == QLatin1String("redirectUris");
            return refuse(request,
                Refusal{400,
                    redirect ? QStringLiteral("invalid_redirect_uri") : QStringLiteral("invalid_client_metadata"),
                    saved.error().message, QStringLiteral("invalid_metadata"), saved.error().field},
                target, app->id);
        }
        qCWarning(lcServer).noquote() << "Registration update: could not save:" << saved.error().message;
        return oauthError(500, QStringLiteral("server_error"),
            QStringLiteral("The server could not save the registration. Try again in a moment."));
    }
    return HttpResponse::json(clientInformation(saved->application, metadata.json, saved->clientSecret,
                                  QString::fromUtf8(request.bearerToken())))
        .noStore();
}

HttpResponse RegistrationEndpoint::handleDelete(const HttpRequest& request)
{
    std::optional<Refusal> refusal;
    auto app = managedClient(request, refusal);
    if (!app)
        return refuse(
            request, *refusal, QStringLiteral("application"), request.path.mid(kManagePrefix.size()).left(200));
    // Its tokens and consents go with it, in the same audited transaction; JWT rows still queued for
    // writing are written first, or their insert would meet the deleted application later.
    m_ctx.verifier.recorder().flush();
    auto removed
        = m_ctx.store.applications().remove(app->id, auditFrom(request, QStringLiteral("client:") + app->clientId));
    if (!removed) {
        qCWarning(lcServer).noquote() << "Registration delete: could not delete:" << removed.error().message;
        return oauthError(500, QStringLiteral("server_error"),
            QStringLiteral("The server could not delete the registration. Try again in a moment."));
    }
    qCInfo(lcServer).noquote() << "Deleted dynamically registered client" << app->clientId;
    return HttpResponse::empty(204).noStore();
}

} // namespace mcpauth
