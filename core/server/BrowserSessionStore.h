#pragma once

#include "BrowserSession.h"

#include <QByteArray>
#include <QHash>
#include <QString>

namespace mcpauth {

struct HttpRequest;

// The login sessions of browsers at /authorize, in memory: they end with the server. Session ids and
// CSRF tokens come from the CSPRNG; the cookie is HttpOnly, SameSite=Lax, Path=/, and under TLS
// Secure with the __Host- prefix (so no other site on the host can plant it).
class BrowserSessionStore
{
public:
    static constexpr qint64 kLifetimeMs = 8 * 3600 * 1000; // a working day, then sign in again
    static constexpr qsizetype kMaxSessions = 10000; // the oldest go first beyond this

    // The live session with this id, or nullptr.
    [[nodiscard]] BrowserSession* find(const QString& id, qint64 nowMs);
    // The session the request's cookie names, or nullptr.
    [[nodiscard]] BrowserSession* fromRequest(const HttpRequest& request, bool tls, qint64 nowMs);
    [[nodiscard]] BrowserSession& create(qint64 nowMs);
    // A new id and CSRF token for the same session (after signing in, against session fixation).
    // Returns the session under its new id.
    [[nodiscard]] BrowserSession& rotate(const QString& id, qint64 nowMs);
    void remove(const QString& id) { m_sessions.remove(id); }
    [[nodiscard]] qsizetype size() const { return m_sessions.size(); }

    [[nodiscard]] static QString cookieName(bool tls);
    [[nodiscard]] static QByteArray setCookieHeader(const BrowserSession& session, bool tls);
    // The value of the named cookie in a Cookie header ("a=1; b=2"); empty when absent.
    [[nodiscard]] static QString cookieValue(const QByteArray& cookieHeader, const QString& name);
    // Constant-time comparison (CRYPTO_memcmp) of a submitted token with the expected one.
    [[nodiscard]] static bool tokensEqual(const QString& submitted, const QString& expected);

private:
    void purge(qint64 nowMs);

    QHash<QString, BrowserSession> m_sessions;
};

} // namespace mcpauth
