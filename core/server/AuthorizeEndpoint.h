#pragma once

#include "BrowserSessionStore.h"
#include "PageRenderer.h"
#include "PageTranslations.h"
#include "PendingRequestStore.h"
#include "common/Result.h"
#include "domain/Application.h"
#include "http/HttpResponse.h"
#include "http/RateLimiter.h"
#include "oauth/ClientMetadataDocument.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <memory>
#include <optional>

namespace mcpauth {

class ClientMetadataFetcher;
class HttpServer;
struct AuthorizationRequest;
struct LoginState;
struct User;
struct HttpRequest;
struct Resource;
struct ServerContext;

// The authorization endpoint (OAuth 2.1 section 4.1.1) with its login and consent pages:
//   GET|POST /authorize            the request from the client (query string or form body)
//   POST     /authorize/login      the login page's form
//   GET      /authorize/continue   after signing in: the consent page, or straight back to the client
//   POST     /authorize/consent    the consent page's form
// The client is registered, or named by the https URL of its Client ID Metadata Document, which is
// fetched asynchronously (rate-limited per source address and in all). Such a client is kept in
// memory until a user approves it or a code is issued to it, and only then written to the store: an
// <img> on any web page can make a browser send /authorize with any URL, and that must not fill the
// store with applications and audit events. Errors that cannot be returned safely to the client
// (unknown client, a redirect URI that is not registered) are an HTML page; all others are
// redirected with `error`, `state` and `iss` (RFC 9207). The pending request stays on the server,
// keyed by a random id in the pages' hidden field and bound to the browser session, whose CSRF token
// every POST must carry. Every page checks Host against DNS rebinding, the forms also Origin; sign-ins
// are rate-limited and their scrypt checks run on a worker pool.
class AuthorizeEndpoint
{
public:
    explicit AuthorizeEndpoint(ServerContext& context);
    ~AuthorizeEndpoint();
    void registerRoutes(HttpServer& http);

    [[nodiscard]] ClientMetadataFetcher& metadataFetcher() { return *m_fetcher; }
    [[nodiscard]] qsizetype pendingCount() const { return m_pending.size(); }
    [[nodiscard]] qsizetype sessionCount() const { return m_sessions.size(); }
    // Metadata-document clients not written to the store yet.
    [[nodiscard]] qsizetype unsavedClientCount() const { return m_unsaved.size(); }
    [[nodiscard]] const BrowserSessionStore& sessions() const { return m_sessions; }
    // Password checks queued or running on the worker pool.
    [[nodiscard]] int passwordChecksUnderway() const { return m_passwordChecks; }

    static constexpr qsizetype kMaxUnsavedClients = 64;
    // Each scrypt check holds 32 MiB while it runs; beyond this many waiting, the login page says "busy".
    static constexpr int kMaxPasswordChecks = 16;

    [[nodiscard]] const PendingRequestStore& pendingRequests() const { return m_pending; }

private:
    using Pending = PendingRequest;
    // A sentence of the pages: its English source, marked with QT_TRANSLATE_NOOP("AuthPages", ...) for
    // lupdate, and the values of its %1, %2... Shown in the browser's language, audited in English.
    struct PageText
    {
        PageText() = default;
        PageText(const char* text, const QStringList& values = {})
            : source(text)
            , args(values)
        { }

        const char* source = nullptr;
        QStringList args;
    };
    // A client named by its metadata document that no user has approved yet, or a stored one whose
    // document changed: written to the store when a code is first issued to it (or consent granted).
    struct UnsavedClient
    {
        ClientMetadataDocument document;
        Application application; // id empty when the client is new
        qint64 expiresAt = 0;
    };
    // Where an error may be redirected to: known once the client and redirect URI are checked.
    struct ReplyTo
    {
        QString redirectUri;
        QString state;
        QString clientId;
    };

    [[nodiscard]] HttpReply handleAuthorize(const HttpRequest& request);
    [[nodiscard]] HttpResponse authorizeFor(
        const HttpRequest& request, const AuthorizationRequest& params, const Application& app);
    [[nodiscard]] HttpResponse authorizeWithDocument(
        const HttpRequest& request, const AuthorizationRequest& params, const ClientMetadataDocument& document);
    [[nodiscard]] HttpReply handleLogin(const HttpRequest& request);
    // The login after its password check (main thread): the pending request and session are looked up
    // again, since either may have gone while the check ran.
    [[nodiscard]] HttpResponse finishLogin(const HttpRequest& request, const QString& pendingId,
        const QString& sessionId, const QString& username, const Result<LoginState>& state, const Result<User>& user);
    // Not for us: a Host this server does not answer to (DNS rebinding), or on our own forms
    // (`ownForm`) an Origin, else Referer, that is not this server's (cross-site posts, beside the
    // CSRF token). Neither header at all passes: not a browser. A 403 page.
    [[nodiscard]] std::optional<HttpResponse> refuseForeign(const HttpRequest& request, bool ownForm);
    // Does this server answer to host:port (host in lower case, IPv6 without brackets)?
    [[nodiscard]] bool answersTo(const QString& host, int port) const;
    [[nodiscard]] bool isOwnOrigin(const QUrl& origin) const;
    [[nodiscard]] HttpResponse handleContinue(const HttpRequest& request);
    [[nodiscard]] HttpResponse handleConsent(const HttpRequest& request);

    // Sign-in state decides: login page, consent page, or the code straight away.
    [[nodiscard]] HttpResponse proceed(const HttpRequest& request, const QString& pendingId);
    [[nodiscard]] HttpResponse issueCode(const HttpRequest& request, const Pending& pending, const Application& app,
        const BrowserSession& session, const QString& consentMode);

    // The pages, in the language the request's Accept-Language chooses.
    [[nodiscard]] const PageTranslator& languageOf(const HttpRequest& request) const;
    [[nodiscard]] HttpResponse page(const HttpRequest& request, const QString& name, PageRenderer::Values values,
        const PageRenderer::Values& fragments = {}, int status = 200) const;
    [[nodiscard]] HttpResponse loginPage(const HttpRequest& request, const Pending& pending, const Application& app,
        const BrowserSession& session, const PageText& error, const QString& username, int status = 200);
    [[nodiscard]] HttpResponse consentPage(const HttpRequest& request, const Pending& pending, const Application& app,
        const Resource& resource, const BrowserSession& session);
    // Audited unless `audit` is false (a rate-limited request after the first refusal).
    [[nodiscard]] HttpResponse errorPage(const HttpRequest& request, int status, const QString& code,
        const PageText& message, const QString& clientId, bool audit = true);
    // 503 with Retry-After: the metadata document cannot be fetched now (too many fetches under way).
    [[nodiscard]] HttpResponse busyPage(const HttpRequest& request, const Error& error, const QString& clientId);
    [[nodiscard]] HttpResponse redirectToClient(
        const QString& redirectUri, QList<QPair<QString, QString>> params, const QString& state);
    [[nodiscard]] HttpResponse redirectError(const HttpRequest& request, const ReplyTo& to, const Error& error);

    // The pending request of a page's POST or of /authorize/continue, checked against the session.
    struct Bound
    {
        Pending* pending = nullptr;
        BrowserSession* session = nullptr;
        std::optional<HttpResponse> refusal;
    };
    [[nodiscard]] Bound bind(const HttpRequest& request, const QString& pendingId, const QString* csrfToken);

    [[nodiscard]] Result<Resource> resolveResource(
        const HttpRequest& request, const AuthorizationRequest& params, const Application& app);
    [[nodiscard]] Result<QStringList> resolveScopes(const HttpRequest& request, const AuthorizationRequest& params,
        const Application& app, const Resource& resource);
    // The application a metadata document describes: `stored` updated, or a new one (not saved).
    [[nodiscard]] Result<Application> metadataClient(
        const ClientMetadataDocument& doc, const std::optional<Application>& stored);
    void rememberUnsaved(const ClientMetadataDocument& doc, const Application& app, qint64 nowMs);
    // The pending request's application: from the store, or the unsaved metadata-document client.
    [[nodiscard]] std::optional<Application> applicationOf(const Pending& pending);
    // Writes the pending request's unsaved client to the store (with its audit event); returns it as stored.
    [[nodiscard]] Result<Application> saveClient(const HttpRequest& request, Pending& pending, const Application& app);
    void finishSecurity(HttpResponse& response, const QString& redirectUri = {}) const;

    ServerContext& m_ctx;
    std::unique_ptr<ClientMetadataFetcher> m_fetcher;
    BrowserSessionStore m_sessions;
    PageTranslations m_translations;
    PendingRequestStore m_pending;
    QHash<QString, UnsavedClient> m_unsaved; // by client_id
    RateLimiter m_fetchLimiter; // per source address
    RateLimiter m_fetchLimiterTotal; // one key: all sources together
    RateLimiter m_loginLimiter; // per source address
    RateLimiter m_loginUserLimiter; // per organization and username
    int m_passwordChecks = 0;
    // The context of the password checks' continuations, then the pool: destroyed in reverse order, so
    // the pool has finished before its continuations' context goes (see TokenEndpoint).
    QObject m_mainThread;
    QThreadPool m_passwordCheckers;
};

} // namespace mcpauth
