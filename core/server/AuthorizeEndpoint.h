#pragma once

#include "BrowserSessionStore.h"
#include "PageRenderer.h"
#include "PageTranslations.h"
#include "common/Result.h"
#include "http/HttpResponse.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <memory>
#include <optional>

namespace mcpauth {

class ClientMetadataFetcher;
class HttpServer;
struct Application;
struct AuthorizationRequest;
struct ClientMetadataDocument;
struct HttpRequest;
struct Resource;
struct ServerContext;

// The authorization endpoint (OAuth 2.1 section 4.1.1) with its login and consent pages:
//   GET|POST /authorize            the request from the client (query string or form body)
//   POST     /authorize/login      the login page's form
//   GET      /authorize/continue   after signing in: the consent page, or straight back to the client
//   POST     /authorize/consent    the consent page's form
// The client is registered, or named by the https URL of its Client ID Metadata Document, which is
// fetched asynchronously. Errors that cannot be returned safely to the client (unknown client, a
// redirect URI that is not registered) are an HTML page; all others are redirected with `error`,
// `state` and `iss` (RFC 9207). The pending request stays on the server, keyed by a random id in
// the pages' hidden field and bound to the browser session, whose CSRF token every POST must carry.
class AuthorizeEndpoint
{
public:
    explicit AuthorizeEndpoint(ServerContext& context);
    ~AuthorizeEndpoint();
    void registerRoutes(HttpServer& http);

    [[nodiscard]] ClientMetadataFetcher& metadataFetcher() { return *m_fetcher; }
    [[nodiscard]] qsizetype pendingCount() const { return m_pending.size(); }
    [[nodiscard]] qsizetype sessionCount() const { return m_sessions.size(); }

    static constexpr qint64 kPendingLifetimeMs = 10 * 60 * 1000;
    static constexpr qsizetype kMaxPending = 10000;

private:
    // A validated authorization request waiting for the user to sign in and decide.
    struct Pending
    {
        QString id;
        QString sessionId;
        QString clientId;
        QString applicationId;
        QString redirectUri;
        QString state;
        QString codeChallenge;
        QString resource;
        QStringList requested; // as the request named them, or the defaults when it named none
        bool defaultScopes = false; // the request named no scope
        // Decided once the user is known: what this user may be granted of `requested`, and the
        // administrator-only scopes withheld from a user who is not an administrator.
        QStringList scopes;
        QStringList withheld;
        bool forceLogin = false; // prompt=login, until the user signed in again
        bool forceConsent = false; // prompt=consent
        bool noPrompt = false; // prompt=none
        qint64 expiresAt = 0;
    };
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
    [[nodiscard]] HttpResponse handleLogin(const HttpRequest& request);
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
        const BrowserSession& session, const PageText& error, const QString& username);
    [[nodiscard]] HttpResponse consentPage(const HttpRequest& request, const Pending& pending, const Application& app,
        const Resource& resource, const BrowserSession& session);
    [[nodiscard]] HttpResponse errorPage(
        const HttpRequest& request, int status, const QString& code, const PageText& message, const QString& clientId);
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
    [[nodiscard]] Result<QStringList> resolveScopes(
        const HttpRequest& request, const AuthorizationRequest& params, const Application& app, const Resource& resource);
    [[nodiscard]] Result<Application> saveMetadataClient(const HttpRequest& request, const ClientMetadataDocument& doc);
    void purgePending(qint64 nowMs);
    void finishSecurity(HttpResponse& response, const QString& redirectUri = {}) const;

    ServerContext& m_ctx;
    std::unique_ptr<ClientMetadataFetcher> m_fetcher;
    BrowserSessionStore m_sessions;
    PageTranslations m_translations;
    QHash<QString, Pending> m_pending;
};

} // namespace mcpauth
