#pragma once

#include "PendingRequest.h"

#include <QHash>
#include <QString>
#include <map>
#include <set>

namespace mcpauth {

// The pending authorization requests, in memory, bounded three ways so that nobody can grow them
// without limit: per browser session, per source address and in all. Beyond a limit the oldest
// request of that session, that source, or of all goes (the browser that sent it sees "expired").
// Every operation costs O(log n); none scans the whole set. Main thread only.
class PendingRequestStore
{
public:
    static constexpr qint64 kLifetimeMs = 10 * 60 * 1000;
    static constexpr qsizetype kMaxRequests = 10000;
    // A person works in a few tabs at once; a client that retries opens a new request each time.
    static constexpr qsizetype kMaxPerSession = 16;
    // On a loopback server every browser shares one source, so this is also the working limit there.
    static constexpr qsizetype kMaxPerSource = 1000;

    // Stores `request` (its sequence is set here) after dropping expired requests and making room
    // under each limit. Returns the stored request.
    PendingRequest& insert(PendingRequest request, qint64 nowMs);
    // The live request with this id, or nullptr.
    [[nodiscard]] PendingRequest* find(const QString& id, qint64 nowMs);
    void remove(const QString& id);
    // The requests of session `from` now belong to `to` (its new id after signing in).
    void moveSession(const QString& from, const QString& to);
    [[nodiscard]] qsizetype size() const { return m_requests.size(); }
    [[nodiscard]] qsizetype countForSession(const QString& sessionId) const;
    [[nodiscard]] qsizetype countForSource(const QString& source) const;

private:
    using Group = std::set<quint64>; // sequences, oldest first

    void dropExpired(qint64 nowMs);
    void removeSequence(quint64 sequence);
    void dropOldestOf(const QHash<QString, Group>& groups, const QString& key, qsizetype limit);

    QHash<QString, PendingRequest> m_requests;
    std::map<quint64, QString> m_order; // sequence -> id; with one lifetime for all, also expiry order
    QHash<QString, Group> m_bySession;
    QHash<QString, Group> m_bySource;
    quint64 m_nextSequence = 1;
};

} // namespace mcpauth
