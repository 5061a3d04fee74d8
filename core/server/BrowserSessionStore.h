#pragma once

#include "BrowserSession.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <map>
#include <set>

namespace mcpauth {

struct HttpRequest;

// The login sessions of browsers at /authorize, in memory: they end with the server. Session ids and
// CSRF tokens come from the CSPRNG; the cookie is HttpOnly, SameSite=Lax, Path=/, and under TLS
// Secure with the __Host- prefix (so no other site on the host can plant it).
// Anyone can open a session with one GET, so the store is bounded in all and per source address.
// Beyond a limit an anonymous session goes first (the oldest), and a signed-in one only when there
// is no anonymous one left to drop: a flood of anonymous sessions cannot sign people out. Every
// operation costs O(log n). Main thread only.
class BrowserSessionStore
{
public:
    static constexpr qint64 kLifetimeMs = 8 * 3600 * 1000; // a working day, then sign in again

    // Limits below 1 count as 1.
    BrowserSessionStore(qsizetype maxSessions, qsizetype maxPerSource);

    // The live session with this id, or nullptr.
    [[nodiscard]] BrowserSession* find(const QString& id, qint64 nowMs);
    // The session the request's cookie names, or nullptr.
    [[nodiscard]] BrowserSession* fromRequest(const HttpRequest& request, bool tls, qint64 nowMs);
    // A new anonymous session for a browser at `source` (its address), after making room under both limits.
    [[nodiscard]] BrowserSession& create(const QString& source, qint64 nowMs);
    // Someone signed in: a new id and CSRF token for the same session (against session fixation),
    // which from now on counts as signed in. Returns the session under its new id.
    [[nodiscard]] BrowserSession& signIn(const QString& id, qint64 nowMs);
    void remove(const QString& id);
    [[nodiscard]] qsizetype size() const { return m_sessions.size(); }
    [[nodiscard]] qsizetype anonymousCount() const { return qsizetype(m_anonymous.size()); }
    [[nodiscard]] qsizetype countForSource(const QString& source) const;

    [[nodiscard]] static QString cookieName(bool tls);
    [[nodiscard]] static QByteArray setCookieHeader(const BrowserSession& session, bool tls);
    // The value of the named cookie in a Cookie header ("a=1; b=2"); empty when absent.
    [[nodiscard]] static QString cookieValue(const QByteArray& cookieHeader, const QString& name);
    // Constant-time comparison (CRYPTO_memcmp) of a submitted token with the expected one.
    [[nodiscard]] static bool tokensEqual(const QString& submitted, const QString& expected);

private:
    using Order = std::map<quint64, QString>; // sequence -> id; one lifetime for all, so also expiry order
    struct SourceGroup
    {
        std::set<quint64> anonymous;
        std::set<quint64> signedIn;
    };

    BrowserSession& insert(BrowserSession session, bool signedIn);
    void erase(QString id); // a copy: callers pass keys of the maps it erases from
    void dropExpired(qint64 nowMs);

    qsizetype m_maxSessions;
    qsizetype m_maxPerSource;
    QHash<QString, BrowserSession> m_sessions;
    Order m_anonymous;
    Order m_signedInOrder;
    QHash<QString, SourceGroup> m_bySource;
    quint64 m_nextSequence = 1;
};

} // namespace mcpauth
