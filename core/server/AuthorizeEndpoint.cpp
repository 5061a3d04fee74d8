#include "AuthorizeEndpoint.h"

#include "AuditSink.h"
#include "CorsPolicy.h"
#include "PageRenderer.h"
#include "ServerContext.h"
#include "common/Logging.h"
#include "http/HttpServer.h"
#include "oauth/AdministratorScopes.h"
#include "oauth/AuthorizationCodeStore.h"
#include "oauth/AuthorizationRequest.h"
#include "oauth/ClientMetadataFetcher.h"
#include "redirect/RedirectUriRules.h"
#include "security/SecureRandom.h"
#include "store/Store.h"
#include "store/UserRepository.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QPromise>
#include <QThread>
#include <QUrl>
#include <QtConcurrent/QtConcurrentRun>
#include <algorithm>

namespace mcpauth {

namespace {

Error oauthError(const char* code, const QString& description)
{
    return Error::invalid(QString::fromLatin1(code), description);
}

// RFC 6749 section 4.1.2.1: error_description holds %x20-21 / %x23-5B / %x5D-7E only.
QString asciiDescription(const QString& text)
{
    QString out;
    out.reserve(text.size());
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        const bool ok = u >= 0x20 && u <= 0x7e && u != u'"' && u != u'\\';
        out += ok ? c : (u == u'"' ? QChar(u'\'') : QChar(u'?'));
    }
    return out.left(500);
}

// The origin a form on our pages may end up at after the redirects that follow it: Chromium applies
// form-action to the whole redirect chain of a form submission, so 'self' alone would block the
// final redirect to the client. Only characters that cannot end the directive are kept.
QByteArray formActionSource(const QString& redirectUri)
{
    if (redirectUri.isEmpty())
        return {};
    const QUrl url(redirectUri);
    QString source;
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https")) {
        source = url.scheme() + QStringLiteral("://") + url.host(QUrl::FullyEncoded);
        if (url.host().contains(QLatin1Char(':')))
            source = url.scheme() + QStringLiteral("://[") + url.host(QUrl::FullyEncoded) + QLatin1Char(']');
        if (url.port() > 0)
            source += QLatin1Char(':') + QString::number(url.port());
    } else if (!url.scheme().isEmpty()) {
        source = url.scheme() + QLatin1Char(':');
    }
    for (const QChar c : source) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'a' && u <= u'z') || (u >= u'A' && u <= u'Z') || (u >= u'0' && u <= u'9') || u == u':'
            || u == u'/' || u == u'.' || u == u'-' || u == u'+' || u == u'[' || u == u']';
        if (!ok)
            return {};
    }
    return source.toLatin1();
}

// What the consent page shows prominently: where the browser goes next.
// For a private-use scheme (cursor://anysphere.cursor-retrieval, RFC 8252 section 7.1) the scheme is
// what names the receiving application, so it is shown with the host; an IPv6 host keeps its brackets.
QString redirectHost(const QString& redirectUri)
{
    const QUrl url(redirectUri);
    if (url.host().isEmpty())
        return url.scheme() + QLatin1Char(':');
    QString host = url.host();
    if (host.contains(QLatin1Char(':')))
        host = QLatin1Char('[') + host + QLatin1Char(']');
    if (url.port() > 0)
        host += QLatin1Char(':') + QString::number(url.port());
    const bool web = url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https");
    return web ? host : url.scheme() + QStringLiteral("://") + host;
}

QString initialOf(const QString& name)
{
    for (const QChar c : name) {
        if (c.isLetterOrNumber())
            return QString(c).toUpper();
    }
    return QStringLiteral("?");
}

QStringList ordered(const QStringList& wanted, const QStringList& order)
{
    QStringList out;
    for (const QString& s : order) {
        if (wanted.contains(s) && !out.contains(s))
            out << s;
    }
    for (const QString& s : wanted) {
        if (!out.contains(s))
            out << s;
    }
    return out;
}

// "cimd-claude.ai-1a2b3c4d": stable per URL, and within the name rules (letters, digits, . _ -).
QString metadataClientName(const QString& url)
{
    QString host;
    for (const QChar c : QUrl(url).host().toLower()) {
        if ((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'.' || c == u'-')
            host += c;
    }
    const QString hash
        = QString::fromLatin1(QCryptographicHash::hash(url.toUtf8(), QCryptographicHash::Sha256).toHex().left(8));
    return QStringLiteral("cimd-%1-%2").arg(host.left(40), hash);
}

AuditContext auditFrom(const HttpRequest& request, const QString& actor = {})
{
    return AuditContext{actor.isEmpty() ? QStringLiteral("server") : actor, request.auditSource()};
}

// What answering a request later (after a metadata-document fetch) needs of it: the source, the
// session cookie, the language and the Host. Not the body or the other headers, which may be large
// and would wait in memory for as long as the fetch takes.
HttpRequest laterCopy(const HttpRequest& request, bool tls)
{
    HttpRequest out;
    out.method = request.method;
    out.path = request.path;
    out.peer = request.peer;
    out.secure = request.secure;
    const QString cookie = BrowserSessionStore::cookieName(tls);
    if (const QString session = BrowserSessionStore::cookieValue(request.header("cookie"), cookie);
        !session.isEmpty() && session.size() <= 64)
        out.headers.insert("cookie", cookie.toLatin1() + '=' + session.toLatin1());
    for (const QByteArray& name : {QByteArray("accept-language"), QByteArray("host")}) {
        if (const QByteArray value = request.header(name); !value.isEmpty())
            out.headers.insert(name, value.left(256));
    }
    return out;
}

} // namespace

AuthorizeEndpoint::AuthorizeEndpoint(ServerContext& context)
    : m_ctx(context)
    , m_sessions(context.settings.maxBrowserSessions, context.settings.maxBrowserSessionsPerSource)
    , m_fetchLimiter(context.settings.metadataFetchesPerMinute)
    , m_fetchLimiterTotal(context.settings.metadataFetchesPerMinuteTotal, 1)
    , m_loginLimiter(context.settings.loginAttemptsPerMinute)
    , m_loginUserLimiter(context.settings.loginAttemptsPerMinutePerUser)
{
    ClientMetadataFetcher::Options options;
    options.allowLoopback = context.settings.testMode;
    m_fetcher = std::make_unique<ClientMetadataFetcher>(options);
    m_passwordCheckers.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
}

AuthorizeEndpoint::~AuthorizeEndpoint()
{
    m_passwordCheckers.waitForDone();
}

void AuthorizeEndpoint::registerRoutes(HttpServer& http)
{
    http.route("GET", QStringLiteral("/authorize"), [this](const HttpRequest& r) -> HttpReply {
        if (auto refused = refuseForeign(r, false))
            return *refused;
        return handleAuthorize(r);
    });
    // A client's own page may post the authorization request to us: only our forms are held to our origin.
    http.route("POST", QStringLiteral("/authorize"), [this](const HttpRequest& r) -> HttpReply {
        if (auto refused = refuseForeign(r, false))
            return *refused;
        return handleAuthorize(r);
    });
    http.route("POST", QStringLiteral("/authorize/login"), [this](const HttpRequest& r) -> HttpReply {
        if (auto refused = refuseForeign(r, true))
            return *refused;
        return handleLogin(r);
    });
    http.route("GET", QStringLiteral("/authorize/continue"), [this](const HttpRequest& r) -> HttpReply {
        if (auto refused = refuseForeign(r, false))
            return *refused;
        return handleContinue(r);
    });
    http.route("POST", QStringLiteral("/authorize/consent"), [this](const HttpRequest& r) -> HttpReply {
        if (auto refused = refuseForeign(r, true))
            return *refused;
        return handleConsent(r);
    });
}

bool AuthorizeEndpoint::answersTo(const QString& host, int port) const
{
    const QUrl issuer(m_ctx.issuer);
    const int issuerPort = issuer.port(issuer.scheme() == QLatin1String("https") ? 443 : 80);
    if (host == issuer.host().toLower() && port == issuerPort)
        return true;
    if (port != m_ctx.port)
        return false;
    const QHostAddress listening = m_ctx.settings.address;
    const QHostAddress address(host);
    if (listening.isLoopback())
        return host == QLatin1String("localhost") || address.isLoopback();
    // Listening on every address: only the issuer's name, which such a server must be given.
    return !address.isNull() && listening != QHostAddress::Any && listening != QHostAddress::AnyIPv4
        && listening != QHostAddress::AnyIPv6 && address.isEqual(listening, QHostAddress::TolerantConversion);
}

bool AuthorizeEndpoint::isOwnOrigin(const QUrl& origin) const
{
    const QString scheme = origin.scheme().toLower();
    // Behind a proxy that ends TLS the browser's origin is the issuer's https, while we listen on http.
    const bool schemeOk = scheme == QUrl(m_ctx.issuer).scheme().toLower()
        || scheme == (m_ctx.tls ? QLatin1String("https") : QLatin1String("http"));
    return schemeOk && !origin.host().isEmpty()
        && answersTo(origin.host().toLower(), origin.port(scheme == QLatin1String("https") ? 443 : 80));
}

std::optional<HttpResponse> AuthorizeEndpoint::refuseForeign(const HttpRequest& request, bool ownForm)
{
    const QByteArray hostHeader = request.header("host");
    const QUrl host(QStringLiteral("http://") + QString::fromLatin1(hostHeader.left(300)), QUrl::StrictMode);
    const int defaultPort = request.secure ? 443 : 80;
    if (!host.isValid() || host.host().isEmpty() || !host.path().isEmpty() || !host.userInfo().isEmpty()
        || !answersTo(host.host().toLower(), host.port(defaultPort))) {
        qCInfo(lcServer).noquote() << "Refused a request to" << request.path << "for the host"
                                   << QString::fromLatin1(hostHeader.left(100));
        return errorPage(request, 403, QStringLiteral("access_denied"),
            PageText{QT_TRANSLATE_NOOP("AuthPages",
                         "This server does not answer to the name %1. Open the sign-in page at %2 instead."),
                {QString::fromLatin1(hostHeader.left(100)), QUrl(m_ctx.issuer).authority()}},
            {});
    }
    if (!ownForm)
        return std::nullopt;
    const QByteArray origin = request.header("origin");
    const QByteArray referer = request.header("referer");
    // Neither: not a browser, or one that hides both (the CSRF token still guards the form).
    if (origin.isEmpty() && referer.isEmpty())
        return std::nullopt;
    const QUrl from = !origin.isEmpty() ? QUrl(CorsPolicy::normalizedOrigin(QString::fromUtf8(origin.left(300))))
                                        : QUrl(QString::fromUtf8(referer.left(2048)), QUrl::StrictMode);
    if (from.isValid() && isOwnOrigin(from))
        return std::nullopt;
    m_ctx.audit.record(auditFrom(request), QStringLiteral("authorize.origin_refused"), QStringLiteral("session"), {},
        AuditOutcome::Denied,
        {{QStringLiteral("path"), request.path},
            {QStringLiteral("origin"), QString::fromUtf8(origin.isEmpty() ? referer.left(200) : origin.left(200))}});
    return errorPage(request, 403, QStringLiteral("access_denied"),
        PageText{QT_TRANSLATE_NOOP("AuthPages", "The form was sent from another web site, so it was not accepted.")},
        {});
}

void AuthorizeEndpoint::finishSecurity(HttpResponse& response, const QString& redirectUri) const
{
    QByteArray formAction = "'self'";
    if (const QByteArray extra = formActionSource(redirectUri); !extra.isEmpty())
        formAction += ' ' + extra;
    response.setHeader("X-Frame-Options", "DENY");
    response.setHeader("Content-Security-Policy",
        "default-src 'none'; style-src 'unsafe-inline'; img-src data:; form-action " + formAction
            + "; frame-ancestors 'none'; base-uri 'none'");
    // same-origin rather than no-referrer: with no-referrer a browser sends "Origin: null" on our own
    // forms, and refuseForeign() needs their real origin. Other sites still learn nothing.
    response.setHeader("Referrer-Policy", "same-origin");
    response.setHeader("X-Content-Type-Options", "nosniff");
    response.noStore();
}

// ---------------------------------------------------------------------------------------------
// GET|POST /authorize

HttpReply AuthorizeEndpoint::handleAuthorize(const HttpRequest& request)
{
    QByteArray encoded = request.query.query(QUrl::FullyEncoded).toUtf8();
    if (request.method == "POST") {
        if (!request.hasMediaType("application/x-www-form-urlencoded"))
            return errorPage(request, 400, QStringLiteral("invalid_request"),
                PageText{QT_TRANSLATE_NOOP("AuthPages",
                    "The application sent the sign-in request in a form this server does not understand.")},
                {});
        encoded = request.body;
    }
    if (encoded.size() > AuthorizationRequest::kMaxEncodedBytes)
        return errorPage(request, 400, QStringLiteral("invalid_request"),
            PageText{QT_TRANSLATE_NOOP("AuthPages",
                         "The application's sign-in request is too large: %1 bytes, where at most %2 are accepted."),
                {QString::number(encoded.size()), QString::number(AuthorizationRequest::kMaxEncodedBytes)}},
            {});
    const AuthorizationRequest params = AuthorizationRequest::parse(encoded);
    const QString clientId = params.clientId();
    if (clientId.isEmpty() || params.isRepeated("client_id")) {
        return errorPage(request, 400, QStringLiteral("invalid_request"),
            params.isRepeated("client_id")
                ? PageText{QT_TRANSLATE_NOOP("AuthPages", "The application sent its client ID more than once.")}
                : PageText{QT_TRANSLATE_NOOP("AuthPages", "The application did not say who it is (no client ID).")},
            {});
    }
    if (clientId.size() > AuthorizationRequest::kMaxValueLength)
        return errorPage(request, 400, QStringLiteral("invalid_request"),
            PageText{QT_TRANSLATE_NOOP("AuthPages", "The application's client ID is longer than %1 characters."),
                {QString::number(AuthorizationRequest::kMaxValueLength)}},
            {});

    if (ClientMetadataFetcher::isUrlClientId(clientId)) {
        if (const Status valid = ClientMetadataFetcher::checkClientIdUrl(clientId, m_ctx.settings.testMode); !valid)
            return errorPage(request, 400, valid.error().field,
                PageText{QT_TRANSLATE_NOOP("AuthPages", "The application's client ID is not acceptable: %1"),
                    {valid.error().message}},
                clientId);
        if (const auto document = m_fetcher->cached(clientId))
            return authorizeWithDocument(request, params, *document);
        if (const RateLimiter::Decision rate = m_fetchLimiter.take(request.peerText()); !rate.allowed) {
            HttpResponse response = errorPage(request, 429, QStringLiteral("temporarily_unavailable"),
                PageText{QT_TRANSLATE_NOOP("AuthPages",
                             "This server has fetched too many application metadata documents for your address in "
                             "the last minute. Try again in %1 seconds."),
                    {QString::number(rate.retryAfterSeconds)}},
                clientId, rate.firstRefusal);
            response.setHeader("Retry-After", QByteArray::number(rate.retryAfterSeconds));
            return response;
        }
        if (const RateLimiter::Decision rate = m_fetchLimiterTotal.take(QString()); !rate.allowed) {
            HttpResponse response = errorPage(request, 429, QStringLiteral("temporarily_unavailable"),
                PageText{QT_TRANSLATE_NOOP("AuthPages",
                             "This server has fetched too many application metadata documents in the last minute. "
                             "Try again in %1 seconds."),
                    {QString::number(rate.retryAfterSeconds)}},
                clientId, rate.firstRefusal);
            response.setHeader("Retry-After", QByteArray::number(rate.retryAfterSeconds));
            return response;
        }

        auto promise = std::make_shared<QPromise<HttpResponse>>();
        promise->start();
        QFuture<HttpResponse> future = promise->future();
        const Status waiting = m_fetcher->fetch(clientId,
            [this, promise, later = laterCopy(request, m_ctx.tls), params](
                const Result<ClientMetadataFetcher::Fetched>& r) {
                HttpResponse response = r ? authorizeWithDocument(later, params, r->document)
                                          : errorPage(later, 400, r.error().field,
                                              PageText{QT_TRANSLATE_NOOP("AuthPages",
                                                           "The application's metadata document could not be used: %1"),
                                                  {r.error().message}},
                                              params.clientId());
                promise->addResult(std::move(response));
                promise->finish();
            });
        if (!waiting)
            return busyPage(request, waiting.error(), clientId);
        return future;
    }

    auto app = m_ctx.store.applications().find(clientId);
    if (!app || app->clientId != clientId) {
        return errorPage(request, 400, QStringLiteral("invalid_client"),
            PageText{QT_TRANSLATE_NOOP("AuthPages",
                         "The application that sent you here is not registered with this server (client ID %1)."),
                {clientId.left(200)}},
            clientId);
    }
    return authorizeFor(request, params, *app);
}

HttpResponse AuthorizeEndpoint::authorizeWithDocument(
    const HttpRequest& request, const AuthorizationRequest& params, const ClientMetadataDocument& document)
{
    std::optional<Application> stored;
    if (auto found = m_ctx.store.applications().find(document.clientId); found && found->clientId == document.clientId)
        stored = *found;
    if (stored && stored->redirectUris == document.redirectUris && stored->displayName == document.clientName) {
        m_unsaved.remove(document.clientId);
        return authorizeFor(request, params, *stored);
    }
    auto app = metadataClient(document, stored);
    if (!app) {
        qCWarning(lcServer).noquote() << "Could not use the metadata-document client" << document.clientId << ":"
                                      << app.error().message;
        return errorPage(request, 400, QStringLiteral("invalid_client"),
            PageText{QT_TRANSLATE_NOOP("AuthPages", "The application's metadata document could not be used: %1"),
                {app.error().message}},
            document.clientId);
    }
    rememberUnsaved(document, *app, ServerContext::now());
    return authorizeFor(request, params, *app);
}

Result<Application> AuthorizeEndpoint::metadataClient(
    const ClientMetadataDocument& doc, const std::optional<Application>& stored)
{
    Application app;
    if (stored) {
        // What ApplicationRepository::saveMetadataClient changes in a stored client; the rest
        // (allowed scopes, consent policy) stays as the administrator left it.
        app = *stored;
    } else {
        auto organizationId = m_ctx.serverOrganizationId();
        if (!organizationId)
            return organizationId.error();
        QStringList orgScopes;
        if (auto scopes = m_ctx.store.scopes().list(*organizationId)) {
            for (const Scope& s : *scopes)
                orgScopes << s.name;
        }
        app.organizationId = *organizationId;
        app.name = metadataClientName(doc.clientId);
        app.clientId = doc.clientId;
        app.grantTypes = {GrantType::AuthorizationCode, GrantType::RefreshToken};
        app.consentPolicy = ConsentPolicy::Once;
        QStringList wanted;
        for (const QString& s : doc.scopes) {
            if (orgScopes.contains(s))
                wanted << s;
        }
        // A document that names no scope may ask for any scope the organization has; the user decides.
        app.allowedScopes = doc.scopes.isEmpty() ? orgScopes : wanted;
        app.category = AppCategory::Agent;
        app.type = QStringLiteral("MCP");
        app.createdBy = CreatedBy::Cimd;
        app.clientType = ClientType::Public;
        app.authMethod = TokenEndpointAuthMethod::None;
        app.pkceRequired = true;
    }
    app.displayName = doc.clientName;
    app.description
        = QStringLiteral("Identified by its Client ID Metadata Document at %1.").arg(doc.clientId.left(900));
    app.redirectUris = doc.redirectUris;
    if (const ValidationErrors errors = app.validate(); !errors.isEmpty())
        return validationError(errors);
    return app;
}

void AuthorizeEndpoint::rememberUnsaved(const ClientMetadataDocument& doc, const Application& app, qint64 nowMs)
{
    if (!m_unsaved.contains(doc.clientId)) {
        m_unsaved.removeIf(
            [nowMs](const QHash<QString, UnsavedClient>::iterator it) { return it->expiresAt <= nowMs; });
        if (m_unsaved.size() >= kMaxUnsavedClients) {
            // At most kMaxUnsavedClients entries: the scan is short. The one touched longest ago goes.
            auto oldest = m_unsaved.begin();
            for (auto it = m_unsaved.begin(); it != m_unsaved.end(); ++it) {
                if (it->expiresAt < oldest->expiresAt)
                    oldest = it;
            }
            m_unsaved.erase(oldest);
        }
    }
    m_unsaved.insert(doc.clientId, UnsavedClient{doc, app, nowMs + PendingRequestStore::kLifetimeMs});
}

std::optional<Application> AuthorizeEndpoint::applicationOf(const Pending& pending)
{
    const auto usable = [&pending](const Application& app) {
        return RedirectUriRules::match(app.redirectUris, pending.redirectUri).matched;
    };
    if (!pending.unsavedClient) {
        auto app = m_ctx.store.applications().find(pending.applicationId);
        if (!app)
            return std::nullopt;
        return *app;
    }
    if (auto it = m_unsaved.constFind(pending.clientId);
        it != m_unsaved.cend() && it->expiresAt > ServerContext::now() && usable(it->application))
        return it->application;
    // Stored meanwhile (another sign-in approved it), or forgotten: then only the store can tell.
    auto app = m_ctx.store.applications().find(pending.clientId);
    if (!app || app->clientId != pending.clientId || !usable(*app))
        return std::nullopt;
    return *app;
}

Result<Application> AuthorizeEndpoint::saveClient(const HttpRequest& request, Pending& pending, const Application& app)
{
    if (!pending.unsavedClient)
        return app;
    const auto it = m_unsaved.constFind(pending.clientId);
    if (it == m_unsaved.cend()) {
        if (!app.id.isEmpty())
            return app; // applicationOf() found it stored
        return Error::make(ErrorCode::NotFound, QStringLiteral("The application is no longer known to this server."));
    }
    auto saved = m_ctx.store.applications().saveMetadataClient(it->application, it->document.json, auditFrom(request));
    if (!saved)
        return saved.error();
    m_unsaved.remove(pending.clientId);
    pending.unsavedClient = false;
    pending.applicationId = saved->id;
    return saved;
}

HttpResponse AuthorizeEndpoint::authorizeFor(
    const HttpRequest& request, const AuthorizationRequest& params, const Application& app)
{
    // 1. What cannot be redirected: the redirect URI itself (RFC 6749 section 4.1.2.1).
    const QString redirectUri = params.redirectUri();
    if (params.isRepeated("redirect_uri"))
        return errorPage(request, 400, QStringLiteral("invalid_request"),
            PageText{QT_TRANSLATE_NOOP("AuthPages", "The application sent its redirect URI more than once.")},
            app.clientId);
    if (redirectUri.isEmpty())
        return errorPage(request, 400, QStringLiteral("invalid_request"),
            PageText{QT_TRANSLATE_NOOP(
                "AuthPages", "The application did not say where to send you back to (no redirect_uri).")},
            app.clientId);
    if (redirectUri.size() > AuthorizationRequest::kMaxValueLength)
        return errorPage(request, 400, QStringLiteral("invalid_request"),
            PageText{QT_TRANSLATE_NOOP("AuthPages", "The application's redirect URI is longer than %1 characters."),
                {QString::number(AuthorizationRequest::kMaxValueLength)}},
            app.clientId);
    const RedirectUriRules::Match match = RedirectUriRules::match(app.redirectUris, redirectUri);
    if (!match.matched) {
        return errorPage(request, 400, QStringLiteral("invalid_request"),
            PageText{QT_TRANSLATE_NOOP("AuthPages",
                         "The application %1 asked to send you back to %2, which is not one of its registered redirect "
                         "URIs (%3). For your safety you are not sent there."),
                {app.displayName.isEmpty() ? app.name : app.displayName, redirectUri.left(300), match.reason}},
            app.clientId);
    }
    const ReplyTo replyTo{redirectUri, params.state(), app.clientId};

    // 2. Everything else goes back to the client.
    if (const Status ok = params.checkProtocol(); !ok)
        return redirectError(request, replyTo, ok.error());
    if (!app.hasGrant(GrantType::AuthorizationCode))
        return redirectError(request, replyTo,
            oauthError("unauthorized_client", QStringLiteral("This client may not use the authorization code grant.")));
    auto resource = resolveResource(request, params, app);
    if (!resource)
        return redirectError(request, replyTo, resource.error());
    auto scopes = resolveScopes(request, params, app, *resource);
    if (!scopes)
        return redirectError(request, replyTo, scopes.error());

    const qint64 now = ServerContext::now();
    BrowserSession* session = m_sessions.fromRequest(request, m_ctx.tls, now);
    const bool newSession = session == nullptr;
    if (newSession)
        session = &m_sessions.create(request.peerText(), now);

    Pending pending;
    pending.id = SecureRandom::token(24);
    pending.sessionId = session->id;
    pending.source = request.peerText();
    pending.clientId = app.clientId;
    pending.applicationId = app.id;
    pending.unsavedClient = m_unsaved.contains(app.clientId);
    pending.redirectUri = redirectUri;
    pending.state = params.state();
    pending.codeChallenge = params.codeChallenge();
    pending.resource = resource->uri;
    pending.audience = params.resource().isEmpty() ? resource->uri : params.resource();
    pending.requested = *scopes;
    pending.defaultScopes = params.scopes().isEmpty();
    const QStringList prompts = params.prompts();
    pending.forceLogin = prompts.contains(QStringLiteral("login"));
    pending.forceConsent = prompts.contains(QStringLiteral("consent"));
    pending.noPrompt = prompts.contains(QStringLiteral("none"));
    pending.expiresAt = now + PendingRequestStore::kLifetimeMs;
    const QString pendingId = m_pending.insert(std::move(pending), now).id;

    HttpResponse response = proceed(request, pendingId);
    if (newSession)
        response.addHeader("Set-Cookie", BrowserSessionStore::setCookieHeader(*session, m_ctx.tls));
    return response;
}

Result<Resource> AuthorizeEndpoint::resolveResource(
    const HttpRequest& request, const AuthorizationRequest& params, const Application& app)
{
    auto& resources = m_ctx.store.resources();
    const QString requested = params.resource();
    if (!requested.isEmpty()) {
        // The localhost name of the built-in MCP server stands for its resource (the token's aud stays
        // the name asked for), unless an administrator registered that very URI.
        QString registered = requested;
        auto found = resources.find(requested);
        if ((!found || found->uri != requested) && requested == m_ctx.mcpResourceAlias()) {
            registered = m_ctx.mcpResource();
            found = resources.find(registered);
        }
        if (!found || found->uri != registered || found->organizationId != app.organizationId)
            return oauthError("invalid_target",
                QStringLiteral("The resource '%1' is not a resource this server issues tokens for.")
                    .arg(requested.left(200)));
        return *found;
    }
    // RFC 8707 makes `resource` optional, and some clients omit it (claude-code#10572): the built-in
    // MCP server, or the organization's only resource, is then the audience. Audited.
    std::optional<Resource> chosen;
    if (auto builtIn = resources.find(m_ctx.mcpResource());
        builtIn && builtIn->uri == m_ctx.mcpResource() && builtIn->organizationId == app.organizationId) {
        chosen = *builtIn;
    } else if (auto all = resources.list(app.organizationId); all && all->size() == 1) {
        chosen = all->first();
    }
    if (!chosen)
        return oauthError("invalid_target",
            QStringLiteral("The request names no resource; send resource= the URI of the MCP server (RFC 8707)."));
    m_ctx.audit.record(auditFrom(request), QStringLiteral("authorize.default_resource"), QStringLiteral("application"),
        app.id, AuditOutcome::Success,
        {{QStringLiteral("clientId"), app.clientId}, {QStringLiteral("resource"), chosen->uri}});
    return *chosen;
}

Result<QStringList> AuthorizeEndpoint::resolveScopes(
    const HttpRequest& request, const AuthorizationRequest& params, const Application& app, const Resource& resource)
{
    const QStringList requested = params.scopes();
    if (requested.isEmpty()) {
        // The Claude Code quirk (anthropics/claude-code#12077, seed 004): no scope at all. The defaults
        // are the application's allowed scopes on this resource, least privilege first: a user who is
        // not an administrator gets those that are not administrator-only (proceed() removes the others
        // once the user is known, without naming them as withheld, since nobody asked for them); an
        // administrator gets them all. The audit event records both sets, as the user is not known yet.
        QStringList scopes;
        for (const QString& s : resource.scopes) {
            if (app.allowedScopes.contains(s))
                scopes << s;
        }
        if (scopes.isEmpty())
            return oauthError("invalid_scope",
                QStringLiteral("The request names no scope, and the application is allowed none of the scopes of %1.")
                    .arg(resource.uri));
        auto adminOnly = m_ctx.store.scopes().administratorOnly(resource.organizationId);
        if (!adminOnly)
            return adminOnly.error();
        const AdministratorScopes::Split split = AdministratorScopes::split(scopes, *adminOnly, false);
        m_ctx.audit.record(auditFrom(request), QStringLiteral("authorize.default_scope"), QStringLiteral("application"),
            app.id, AuditOutcome::Success,
            {{QStringLiteral("clientId"), app.clientId}, {QStringLiteral("resource"), resource.uri},
                {QStringLiteral("scopes"), QJsonArray::fromStringList(split.granted)},
                {QStringLiteral("administratorScopes"), QJsonArray::fromStringList(split.withheld)}});
        return scopes;
    }
    for (const QString& s : requested) {
        if (!resource.scopes.contains(s))
            return oauthError("invalid_scope",
                QStringLiteral("The scope '%1' is not a scope of the resource %2.").arg(s.left(100), resource.uri));
        if (!app.allowedScopes.contains(s))
            return oauthError(
                "invalid_scope", QStringLiteral("The application is not allowed the scope '%1'.").arg(s.left(100)));
    }
    return ordered(requested, resource.scopes);
}

// ---------------------------------------------------------------------------------------------
// The decision: login page, consent page, or the code.

HttpResponse AuthorizeEndpoint::proceed(const HttpRequest& request, const QString& pendingId)
{
    const qint64 now = ServerContext::now();
    Pending* found = m_pending.find(pendingId, now);
    if (!found)
        return errorPage(request, 400, QStringLiteral("invalid_request"),
            PageText{QT_TRANSLATE_NOOP("AuthPages", "This sign-in request has expired or was already used.")}, {});
    Pending& pending = *found;
    BrowserSession* session = m_sessions.find(pending.sessionId, now);
    if (!session)
        return errorPage(request, 400, QStringLiteral("invalid_request"),
            PageText{QT_TRANSLATE_NOOP("AuthPages", "Your sign-in session has expired.")}, pending.clientId);
    auto app = applicationOf(pending);
    if (!app) {
        m_pending.remove(pendingId);
        return errorPage(request, 400, QStringLiteral("invalid_client"),
            PageText{QT_TRANSLATE_NOOP("AuthPages", "The application is no longer registered with this server.")},
            pending.clientId);
    }
    const ReplyTo replyTo{pending.redirectUri, pending.state, pending.clientId};

    // The signed-in user must still exist, be enabled and belong to the application's organization.
    std::optional<User> user;
    if (session->isSignedIn()) {
        auto signedIn = m_ctx.store.users().find(session->userId);
        if (!signedIn || signedIn->disabled || signedIn->organizationId != app->organizationId) {
            session->userId.clear();
            session->organizationId.clear();
        } else {
            user = std::move(signedIn).value();
        }
    }
    if (!session->isSignedIn() || pending.forceLogin) {
        if (pending.noPrompt) {
            m_pending.remove(pendingId);
            return redirectError(request, replyTo,
                oauthError("login_required", QStringLiteral("The user is not signed in (prompt=none).")));
        }
        return loginPage(request, pending, *app, *session, {}, {});
    }

    auto resource = m_ctx.store.resources().find(pending.resource);
    if (!resource) {
        m_pending.remove(pendingId);
        return redirectError(
            request, replyTo, oauthError("invalid_target", QStringLiteral("The resource is no longer registered.")));
    }

    // Administrator-only scopes go to administrators alone. Someone else gets the rest of the request,
    // and the consent page and the token's scope say what was left out; a request of nothing else is
    // refused. Decided here, each time, because the user may sign in again as someone else.
    auto split = AdministratorScopes::forUser(m_ctx.store.scopes(), resource->organizationId, *user, pending.requested);
    if (!split) {
        qCWarning(lcServer).noquote() << "Could not read the administrator-only scopes:" << split.error().message;
        m_pending.remove(pendingId);
        return redirectError(
            request, replyTo, oauthError("server_error", QStringLiteral("The scopes could not be checked.")));
    }
    if (split->granted.isEmpty()) {
        m_pending.remove(pendingId);
        return redirectError(request, replyTo,
            oauthError("access_denied",
                QStringLiteral("Only administrators may be granted %1, and the signed-in user is not an administrator.")
                    .arg(split->withheld.join(QStringLiteral(", ")))));
    }
    pending.scopes = split->granted;
    pending.withheld = pending.defaultScopes ? QStringList() : split->withheld;

    bool ask = pending.forceConsent;
    QString mode = QStringLiteral("policy_never");
    switch (app->consentPolicy) {
    case ConsentPolicy::Always:
        ask = true;
        break;
    case ConsentPolicy::Once: {
        bool covered = false;
        // A client not stored yet has no consent; an empty id would filter nothing.
        if (auto consents = app->id.isEmpty() ? Result<QList<Consent>>(QList<Consent>())
                                              : m_ctx.store.consents().list({session->userId, app->id, false})) {
            for (const Consent& c : *consents) {
                if (c.resource != pending.resource || c.isRevoked())
                    continue;
                covered = std::all_of(pending.scopes.cbegin(), pending.scopes.cend(),
                    [&c](const QString& s) { return c.scopes.contains(s); });
                if (covered)
                    break;
            }
        }
        ask = ask || !covered;
        mode = QStringLiteral("remembered");
        break;
    }
    case ConsentPolicy::Never:
        break;
    }
    if (ask && pending.noPrompt) {
        m_pending.remove(pendingId);
        return redirectError(request, replyTo,
            oauthError("consent_required", QStringLiteral("The user has not consented yet (prompt=none).")));
    }
    if (ask)
        return consentPage(request, pending, *app, *resource, *session);

    auto saved = saveClient(request, pending, *app);
    const Pending done = pending;
    m_pending.remove(pendingId);
    if (!saved) {
        qCWarning(lcServer).noquote() << "Could not store the metadata-document client" << done.clientId << ":"
                                      << saved.error().message;
        return redirectError(
            request, replyTo, oauthError("server_error", QStringLiteral("The application could not be stored.")));
    }
    return issueCode(request, done, *saved, *session, mode);
}

HttpResponse AuthorizeEndpoint::issueCode(const HttpRequest& request, const Pending& pending, const Application& app,
    const BrowserSession& session, const QString& consentMode)
{
    AuthorizationGrant grant;
    grant.clientId = app.clientId;
    grant.applicationId = app.id;
    grant.userId = session.userId;
    grant.redirectUri = pending.redirectUri;
    grant.codeChallenge = pending.codeChallenge;
    grant.resource = pending.audience;
    grant.scopes = pending.scopes;
    grant.expiresAt = ServerContext::now() + qint64(m_ctx.settings.authorizationCodeLifetime) * 1000;
    const QString code = m_ctx.codes.issue(grant);
    QJsonObject details{{QStringLiteral("clientId"), app.clientId}, {QStringLiteral("userId"), session.userId},
        {QStringLiteral("resource"), pending.audience},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(pending.scopes)},
        {QStringLiteral("consent"), consentMode}};
    if (!pending.withheld.isEmpty())
        details.insert(QStringLiteral("withheld"), QJsonArray::fromStringList(pending.withheld));
    m_ctx.audit.record(auditFrom(request, session.userId), QStringLiteral("authorize.code_issued"),
        QStringLiteral("application"), app.id, AuditOutcome::Success, details);
    return redirectToClient(pending.redirectUri, {{QStringLiteral("code"), code}}, pending.state);
}

// ---------------------------------------------------------------------------------------------
// Responses

HttpResponse AuthorizeEndpoint::redirectToClient(
    const QString& redirectUri, QList<QPair<QString, QString>> params, const QString& state)
{
    if (!state.isEmpty())
        params.append({QStringLiteral("state"), state});
    params.append({QStringLiteral("iss"), m_ctx.issuer});
    QByteArray location = redirectUri.toUtf8();
    char separator = location.contains('?') ? '&' : '?';
    if (location.endsWith('?') || location.endsWith('&'))
        separator = 0;
    for (const auto& p : std::as_const(params)) {
        if (separator)
            location += separator;
        location += QUrl::toPercentEncoding(p.first) + '=' + QUrl::toPercentEncoding(p.second);
        separator = '&';
    }
    HttpResponse response = HttpResponse::empty(302);
    response.setHeader("Location", location);
    finishSecurity(response);
    return response;
}

HttpResponse AuthorizeEndpoint::redirectError(const HttpRequest& request, const ReplyTo& to, const Error& error)
{
    m_ctx.audit.record(auditFrom(request), QStringLiteral("authorize.refused"), QStringLiteral("client"), to.clientId,
        AuditOutcome::Failure,
        {{QStringLiteral("error"), error.field}, {QStringLiteral("description"), error.message},
            {QStringLiteral("redirectUri"), to.redirectUri}});
    return redirectToClient(to.redirectUri,
        {{QStringLiteral("error"), error.field},
            {QStringLiteral("error_description"), asciiDescription(error.message)}},
        to.state);
}

const PageTranslator& AuthorizeEndpoint::languageOf(const HttpRequest& request) const
{
    return m_translations.choose(request.header("accept-language"));
}

HttpResponse AuthorizeEndpoint::page(const HttpRequest& request, const QString& name, PageRenderer::Values values,
    const PageRenderer::Values& fragments, int status) const
{
    const PageTranslator& language = languageOf(request);
    values.insert(QStringLiteral("issuerHost"), QUrl(m_ctx.issuer).authority());
    // The forms post to the issuer's path: behind a proxy that serves us at https://host/auth, the
    // browser must post to /auth/authorize/login.
    values.insert(QStringLiteral("base"), QUrl(m_ctx.issuer).path());
    HttpResponse response = HttpResponse::html(PageRenderer::renderPage(name, language, values, fragments), status);
    response.setHeader("Content-Language", language.tag().toLatin1());
    return response;
}

HttpResponse AuthorizeEndpoint::errorPage(const HttpRequest& request, int status, const QString& code,
    const PageText& message, const QString& clientId, bool audit)
{
    // The audit log is read by administrators: always in English, whatever the browser asked for.
    if (audit)
        m_ctx.audit.record(auditFrom(request), QStringLiteral("authorize.refused"), QStringLiteral("client"), clientId,
            AuditOutcome::Failure,
            {{QStringLiteral("error"), code},
                {QStringLiteral("description"), PageTranslator().translate(message.source, message.args)}});
    HttpResponse response = page(request, QStringLiteral("error"),
        {{QStringLiteral("message"), languageOf(request).translate(message.source, message.args)},
            {QStringLiteral("code"), code}},
        {}, status);
    finishSecurity(response);
    return response;
}

HttpResponse AuthorizeEndpoint::busyPage(const HttpRequest& request, const Error& error, const QString& clientId)
{
    HttpResponse response = errorPage(request, 503, error.field,
        PageText{QT_TRANSLATE_NOOP("AuthPages", "The application's metadata document cannot be fetched right now: %1"),
            {error.message}},
        clientId);
    response.setHeader("Retry-After", "5");
    return response;
}

HttpResponse AuthorizeEndpoint::loginPage(const HttpRequest& request, const Pending& pending, const Application& app,
    const BrowserSession& session, const PageText& error, const QString& username, int status)
{
    const QString client = app.displayName.isEmpty() ? app.name : app.displayName;
    HttpResponse response = page(request, QStringLiteral("login"),
        {{QStringLiteral("client"), client}, {QStringLiteral("request"), pending.id},
            {QStringLiteral("csrf"), session.csrfToken},
            {QStringLiteral("error"),
                error.source ? languageOf(request).translate(error.source, error.args) : QString()},
            {QStringLiteral("username"), username}},
        {}, status);
    finishSecurity(response, pending.redirectUri);
    return response;
}

HttpResponse AuthorizeEndpoint::consentPage(const HttpRequest& request, const Pending& pending, const Application& app,
    const Resource& resource, const BrowserSession& session)
{
    const PageTranslator& language = languageOf(request);
    QHash<QString, Scope> known;
    if (auto scopes = m_ctx.store.scopes().list(resource.organizationId)) {
        for (const Scope& s : *scopes)
            known.insert(s.name, s);
    }
    const auto itemsOf = [&](const QStringList& names) {
        QString items;
        for (const QString& name : names) {
            const Scope scope = known.value(name);
            items += PageRenderer::render(QStringLiteral("scope-item"), language,
                {{QStringLiteral("title"), scope.displayName.isEmpty() ? name : scope.displayName},
                    {QStringLiteral("description"), scope.description}, {QStringLiteral("name"), name}});
        }
        return items;
    };
    const QString items = itemsOf(pending.scopes);
    const QString withheld = itemsOf(pending.withheld);
    const QString client = app.displayName.isEmpty() ? app.name : app.displayName;
    PageText origin;
    QString originNote;
    QString metadataHost;
    switch (app.createdBy) {
    case CreatedBy::Dcr:
        origin = PageText{QT_TRANSLATE_NOOP("AuthPages", "Registered dynamically")};
        originNote = QStringLiteral("1");
        break;
    case CreatedBy::Cimd:
        metadataHost = QUrl(app.clientId).host();
        origin = PageText{QT_TRANSLATE_NOOP("AuthPages", "Identified by a metadata document at %1"), {metadataHost}};
        originNote = QStringLiteral("1");
        break;
    case CreatedBy::Console:
    case CreatedBy::Cli:
        origin = PageText{QT_TRANSLATE_NOOP("AuthPages", "Registered by an administrator")};
        break;
    }
    const QUrl redirect(pending.redirectUri);
    const bool loopback = (redirect.scheme() == QLatin1String("http") || redirect.scheme() == QLatin1String("https"))
        && RedirectUriRules::isLoopbackHost(redirect.host());
    const QString userText = session.displayName.isEmpty()
        ? session.username
        : QStringLiteral("%1 (%2)").arg(session.displayName, session.username);
    HttpResponse response = page(request, QStringLiteral("consent"),
        {{QStringLiteral("client"), client}, {QStringLiteral("initial"), initialOf(client)},
            {QStringLiteral("clientId"), app.clientId},
            {QStringLiteral("origin"), origin.source ? language.translate(origin.source, origin.args) : QString()},
            {QStringLiteral("originNote"), originNote},
            {QStringLiteral("resource"), resource.displayName.isEmpty() ? resource.uri : resource.displayName},
            {QStringLiteral("resourceUri"), pending.audience}, {QStringLiteral("user"), userText},
            {QStringLiteral("redirectHost"), redirectHost(pending.redirectUri)},
            {QStringLiteral("loopback"), loopback ? QStringLiteral("1") : QString()},
            {QStringLiteral("metadataDocument"), metadataHost}, {QStringLiteral("metadataHost"), metadataHost},
            {QStringLiteral("request"), pending.id}, {QStringLiteral("csrf"), session.csrfToken}},
        {{QStringLiteral("scopes"), items}, {QStringLiteral("withheld"), withheld}});
    finishSecurity(response, pending.redirectUri);
    return response;
}

// ---------------------------------------------------------------------------------------------
// The pages' forms

AuthorizeEndpoint::Bound AuthorizeEndpoint::bind(
    const HttpRequest& request, const QString& pendingId, const QString* csrfToken)
{
    Bound b;
    const qint64 now = ServerContext::now();
    b.session = m_sessions.fromRequest(request, m_ctx.tls, now);
    if (!b.session) {
        b.refusal = errorPage(request, 400, QStringLiteral("invalid_request"),
            PageText{QT_TRANSLATE_NOOP(
                "AuthPages", "Your sign-in session has expired, or your browser did not send its cookie.")},
            {});
        return b;
    }
    if (csrfToken && !BrowserSessionStore::tokensEqual(*csrfToken, b.session->csrfToken)) {
        m_ctx.audit.record(auditFrom(request), QStringLiteral("authorize.csrf_refused"), QStringLiteral("session"), {},
            AuditOutcome::Denied, {{QStringLiteral("path"), request.path}});
        b.refusal = errorPage(request, 403, QStringLiteral("access_denied"),
            PageText{QT_TRANSLATE_NOOP(
                "AuthPages", "The form did not come from this page (its security token is missing or wrong).")},
            {});
        return b;
    }
    Pending* pending = m_pending.find(pendingId, now);
    if (!pending || pending->sessionId != b.session->id) {
        b.refusal = errorPage(request, 400, QStringLiteral("invalid_request"),
            PageText{QT_TRANSLATE_NOOP("AuthPages", "This sign-in request has expired or was already used.")}, {});
        return b;
    }
    b.pending = pending;
    return b;
}

HttpReply AuthorizeEndpoint::handleLogin(const HttpRequest& request)
{
    auto form = FormData::parse(request.body);
    if (!form || !request.hasMediaType("application/x-www-form-urlencoded"))
        return errorPage(request, 400, QStringLiteral("invalid_request"),
            PageText{QT_TRANSLATE_NOOP("AuthPages", "The sign-in form arrived damaged.")}, {});
    const QString csrf = form->value(QStringLiteral("csrf_token"));
    Bound bound = bind(request, form->value(QStringLiteral("request")), &csrf);
    if (bound.refusal)
        return *bound.refusal;
    Pending& pending = *bound.pending;
    auto app = applicationOf(pending);
    if (!app)
        return errorPage(request, 400, QStringLiteral("invalid_client"),
            PageText{QT_TRANSLATE_NOOP("AuthPages", "The application is no longer registered with this server.")},
            pending.clientId);

    const QString username = form->value(QStringLiteral("username")).trimmed().left(200);
    const QString password = form->value(QStringLiteral("password")).left(1024);

    // Before any password check: what the limits refuse costs no scrypt. One audit event when a source
    // or a username starts being refused, not one per refused attempt.
    const RateLimiter::Decision bySource = m_loginLimiter.take(request.peerText());
    const RateLimiter::Decision byUser = bySource.allowed
        ? m_loginUserLimiter.take(app->organizationId + QLatin1Char('/') + username.toCaseFolded())
        : RateLimiter::Decision{};
    if (!bySource.allowed || !byUser.allowed) {
        const RateLimiter::Decision& refusal = bySource.allowed ? byUser : bySource;
        if (refusal.firstRefusal) {
            QJsonObject details{{QStringLiteral("clientId"), app->clientId},
                {QStringLiteral("limit"), bySource.allowed ? QStringLiteral("username") : QStringLiteral("source")},
                {QStringLiteral("perMinute"),
                    bySource.allowed ? m_loginUserLimiter.perMinute() : m_loginLimiter.perMinute()}};
            QString targetId;
            // As for failures: a name that matches no account may be a password, and is not written down.
            if (auto state = m_ctx.store.users().loginState(app->organizationId, username); state && state->exists) {
                targetId = state->userId;
                details.insert(QStringLiteral("username"), username);
            }
            m_ctx.audit.record(auditFrom(request), QStringLiteral("login.rate_limited"), QStringLiteral("user"),
                targetId, AuditOutcome::Denied, details);
        }
        const QString seconds = QString::number(refusal.retryAfterSeconds);
        HttpResponse response = loginPage(request, pending, *app, *bound.session,
            bySource.allowed ? PageText{QT_TRANSLATE_NOOP("AuthPages",
                                            "Too many sign-in attempts for this account in the last minute. Try "
                                            "again in %1 seconds."),
                {seconds}}
                             : PageText{QT_TRANSLATE_NOOP("AuthPages",
                                            "Too many sign-in attempts from your address in the last minute. Try "
                                            "again in %1 seconds."),
                                 {seconds}},
            username, 429);
        response.setHeader("Retry-After", seconds.toLatin1());
        return response;
    }
    if (m_passwordChecks >= kMaxPasswordChecks) {
        HttpResponse response = loginPage(request, pending, *app, *bound.session,
            PageText{QT_TRANSLATE_NOOP(
                "AuthPages", "This server is checking too many sign-ins right now. Try again in a few seconds.")},
            username, 503);
        response.setHeader("Retry-After", "5");
        return response;
    }

    auto state = m_ctx.store.users().loginState(app->organizationId, username);
    auto record = m_ctx.store.users().passwordRecord(app->organizationId, username);
    // What the continuation needs of the request: not the body, which holds the password.
    HttpRequest later = request;
    later.body.clear();
    if (!record) {
        qCWarning(lcServer).noquote() << "Could not read an account for the login page:" << record.error().message;
        return finishLogin(later, pending.id, bound.session->id, username, state, record.error());
    }
    ++m_passwordChecks;
    // Always pay for the password check, so that timing tells nothing about the account; on the pool,
    // so that the slow scrypt never holds up the server's thread.
    QFuture<Result<User>> checking = QtConcurrent::run(&m_passwordCheckers,
        [record = std::move(record).value(), password]() { return UserRepository::checkPassword(record, password); });
    return checking.then(&m_mainThread,
        [this, later, pendingId = pending.id, sessionId = bound.session->id, username, state](
            const Result<User>& user) {
            --m_passwordChecks;
            return finishLogin(later, pendingId, sessionId, username, state, user);
        });
}

HttpResponse AuthorizeEndpoint::finishLogin(const HttpRequest& request, const QString& pendingId,
    const QString& sessionId, const QString& username, const Result<LoginState>& state, const Result<User>& user)
{
    const qint64 now = ServerContext::now();
    Pending* found = m_pending.find(pendingId, now);
    BrowserSession* current = m_sessions.find(sessionId, now);
    if (!found || !current || found->sessionId != sessionId)
        return errorPage(request, 400, QStringLiteral("invalid_request"),
            PageText{QT_TRANSLATE_NOOP("AuthPages", "This sign-in request has expired or was already used.")}, {});
    Pending& pending = *found;
    auto app = applicationOf(pending);
    if (!app)
        return errorPage(request, 400, QStringLiteral("invalid_client"),
            PageText{QT_TRANSLATE_NOOP("AuthPages", "The application is no longer registered with this server.")},
            pending.clientId);
    const bool locked = state && state->exists && state->isLocked(now);
    // Wrong password and unknown user read the same. Only someone who knows the password learns that
    // the account is disabled; a lock is shown to everyone, since a few tries reveal it anyway, and the
    // person locked out needs to know to wait rather than to keep guessing.
    PageText message{QT_TRANSLATE_NOOP("AuthPages", "Sign-in failed. Check your username and password.")};
    const auto lockedMessage = [&](qint64 untilMs) {
        const qint64 minutes = qMax<qint64>(1, (untilMs - now + 59999) / 60000);
        return minutes == 1
            ? PageText{QT_TRANSLATE_NOOP("AuthPages",
                "This account is locked after too many failed sign-ins. Try again in 1 minute, or ask your "
                "administrator to unlock it.")}
            : PageText{
                QT_TRANSLATE_NOOP("AuthPages",
                    "This account is locked after too many failed sign-ins. Try again in %1 minutes, or ask your "
                    "administrator to unlock it."),
                {QString::number(minutes)}};
    };

    if (!user || locked || !state) {
        QString reason = QStringLiteral("unknown_user");
        // A name that matches no account is often a password typed into the wrong field: it is not
        // written to the audit log. A known account is named.
        QJsonObject details{{QStringLiteral("clientId"), app->clientId}};
        QString targetId;
        if (state && state->exists) {
            targetId = state->userId;
            details.insert(QStringLiteral("username"), username);
            reason = locked       ? QStringLiteral("locked")
                : state->disabled ? QStringLiteral("disabled")
                                  : QStringLiteral("wrong_password");
            if (!locked && !user && user.error().field == QLatin1String("disabled")) {
                message = PageText{
                    QT_TRANSLATE_NOOP("AuthPages", "This account is disabled. Ask your administrator to enable it.")};
            } else if (!locked) {
                auto counted = m_ctx.store.users().recordLoginFailure(
                    state->userId, m_ctx.settings.maxLoginFailures, m_ctx.settings.lockoutSeconds, now);
                if (counted) {
                    details.insert(QStringLiteral("failures"), counted->failedLogins);
                    if (counted->isLocked(now)) {
                        message = lockedMessage(counted->lockedUntil);
                        m_ctx.audit.record(auditFrom(request), QStringLiteral("login.locked"), QStringLiteral("user"),
                            state->userId, AuditOutcome::Denied,
                            {{QStringLiteral("username"), username},
                                {QStringLiteral("failures"), counted->failedLogins},
                                {QStringLiteral("lockedUntil"), counted->lockedUntil}});
                    }
                }
            } else {
                message = lockedMessage(state->lockedUntil);
                details.insert(QStringLiteral("lockedUntil"), state->lockedUntil);
            }
        }
        details.insert(QStringLiteral("reason"), reason);
        m_ctx.audit.record(auditFrom(request), QStringLiteral("login.failure"), QStringLiteral("user"), targetId,
            AuditOutcome::Failure, details);
        return loginPage(request, pending, *app, *current, message, username);
    }

    (void)m_ctx.store.users().recordLoginSuccess(user->id);
    m_ctx.audit.record(auditFrom(request, user->id), QStringLiteral("login.success"), QStringLiteral("user"), user->id,
        AuditOutcome::Success,
        {{QStringLiteral("username"), user->username}, {QStringLiteral("clientId"), app->clientId}});

    // A new session id after signing in, so that an id planted before cannot ride on this login.
    const QString oldId = current->id;
    BrowserSession& session = m_sessions.signIn(oldId, now);
    session.userId = user->id;
    session.organizationId = user->organizationId;
    session.username = user->username;
    session.displayName = user->displayName;
    session.authenticatedAt = now;
    pending.forceLogin = false;
    const QString redirectUri = pending.redirectUri;
    m_pending.moveSession(oldId, session.id);

    HttpResponse response = HttpResponse::empty(303);
    response.setHeader("Location",
        m_ctx.endpoint(QStringLiteral("/authorize/continue?request=")).toUtf8() + QUrl::toPercentEncoding(pendingId));
    response.addHeader("Set-Cookie", BrowserSessionStore::setCookieHeader(session, m_ctx.tls));
    finishSecurity(response, redirectUri);
    return response;
}

HttpResponse AuthorizeEndpoint::handleContinue(const HttpRequest& request)
{
    const QString pendingId = request.query.queryItemValue(QStringLiteral("request"), QUrl::FullyDecoded);
    Bound bound = bind(request, pendingId, nullptr);
    if (bound.refusal)
        return *bound.refusal;
    return proceed(request, pendingId);
}

HttpResponse AuthorizeEndpoint::handleConsent(const HttpRequest& request)
{
    auto form = FormData::parse(request.body);
    if (!form || !request.hasMediaType("application/x-www-form-urlencoded"))
        return errorPage(request, 400, QStringLiteral("invalid_request"),
            PageText{QT_TRANSLATE_NOOP("AuthPages", "The consent form arrived damaged.")}, {});
    const QString csrf = form->value(QStringLiteral("csrf_token"));
    Bound bound = bind(request, form->value(QStringLiteral("request")), &csrf);
    if (bound.refusal)
        return *bound.refusal;
    Pending pending = *bound.pending;
    BrowserSession& session = *bound.session;
    auto app = applicationOf(pending);
    if (!app) {
        m_pending.remove(pending.id);
        return errorPage(request, 400, QStringLiteral("invalid_client"),
            PageText{QT_TRANSLATE_NOOP("AuthPages", "The application is no longer registered with this server.")},
            pending.clientId);
    }
    if (!session.isSignedIn() || session.organizationId != app->organizationId)
        return proceed(request, pending.id); // back to the login page
    const ReplyTo replyTo{pending.redirectUri, pending.state, pending.clientId};
    const QString decision = form->value(QStringLiteral("decision"));
    if (decision == QLatin1String("deny")) {
        m_pending.remove(pending.id);
        m_ctx.audit.record(auditFrom(request, session.userId), QStringLiteral("authorize.access_denied"),
            QStringLiteral("application"), app->id, AuditOutcome::Denied,
            {{QStringLiteral("clientId"), app->clientId}, {QStringLiteral("resource"), pending.resource},
                {QStringLiteral("scopes"), QJsonArray::fromStringList(pending.scopes)}});
        return redirectToClient(pending.redirectUri,
            {{QStringLiteral("error"), QStringLiteral("access_denied")},
                {QStringLiteral("error_description"), QStringLiteral("The user denied access.")}},
            pending.state);
    }
    if (decision != QLatin1String("approve"))
        return errorPage(request, 400, QStringLiteral("invalid_request"),
            PageText{QT_TRANSLATE_NOOP("AuthPages", "The consent form arrived damaged.")}, pending.clientId);

    // The first approval of a metadata-document client writes it to the store.
    if (auto saved = saveClient(request, pending, *app); saved) {
        app = *saved;
    } else {
        qCWarning(lcServer).noquote() << "Could not store the metadata-document client" << pending.clientId << ":"
                                      << saved.error().message;
        m_pending.remove(pending.id);
        return redirectError(
            request, replyTo, oauthError("server_error", QStringLiteral("The application could not be stored.")));
    }

    // Scopes granted before stay granted: the new consent replaces the old one with the union.
    QStringList scopes = pending.scopes;
    if (auto consents = m_ctx.store.consents().list({session.userId, app->id, false})) {
        for (const Consent& c : *consents) {
            if (c.resource == pending.resource && !c.isRevoked()) {
                for (const QString& s : c.scopes) {
                    if (!scopes.contains(s))
                        scopes << s;
                }
            }
        }
    }
    Consent consent;
    consent.userId = session.userId;
    consent.applicationId = app->id;
    consent.resource = pending.resource;
    consent.scopes = scopes;
    if (auto granted = m_ctx.store.consents().grant(consent, auditFrom(request, session.userId)); !granted) {
        qCWarning(lcServer).noquote() << "Could not store a consent:" << granted.error().message;
        m_pending.remove(pending.id);
        return redirectError(
            request, replyTo, oauthError("server_error", QStringLiteral("The consent could not be stored.")));
    }
    m_pending.remove(pending.id);
    return issueCode(request, pending, *app, session, QStringLiteral("page"));
}

} // namespace mcpauth
