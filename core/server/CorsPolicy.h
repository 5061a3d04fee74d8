#pragma once

#include <QByteArray>
#include <QElapsedTimer>
#include <QSet>
#include <QString>

namespace mcpauth {

class HttpServer;
struct HttpRequest;
struct HttpResponse;
struct ServerContext;

// CORS per application origins (plus loopback), with preflight, on the API endpoints: metadata, JWKS,
// token, registration, introspection, revocation, protected resource metadata and /mcp. Never on
// /authorize and its pages, which a browser opens as a top-level page. A disallowed origin simply
// gets no CORS headers, so the browser keeps the answer from the page.
class CorsPolicy
{
public:
    // Application origins are re-read at most this often (ms), so a new origin works within a second.
    static constexpr qint64 kReloadIntervalMs = 1000;
    static constexpr int kPreflightMaxAgeSeconds = 600;

    explicit CorsPolicy(ServerContext& context);
    // Installs the response filter and the preflight (OPTIONS) handler.
    void registerRoutes(HttpServer& http);

    [[nodiscard]] static bool appliesTo(const QString& path);
    // A loopback origin (http or https on localhost, 127.0.0.0/8 or [::1], any port) or one listed in
    // an application's CORS origins.
    [[nodiscard]] bool isAllowedOrigin(const QByteArray& origin);
    // "scheme://host[:port]" in lower case without the default port; empty when `origin` is not one.
    [[nodiscard]] static QString normalizedOrigin(const QString& origin);
    // Forgets the cached application origins (after a change to the store).
    void invalidate() { m_loaded.invalidate(); }

    void apply(const HttpRequest& request, HttpResponse& response);

private:
    void reloadIfStale();

    ServerContext& m_ctx;
    QSet<QString> m_origins; // normalized
    QElapsedTimer m_loaded;
};

} // namespace mcpauth
