#pragma once

#include "McpSession.h"

#include <QHash>
#include <QString>

namespace mcpauth {

// The built-in MCP server's sessions, in memory (main thread). Bounded: a session idle longer than the
// timeout ends, and beyond the per-subject and total limits the least recently used session ends.
// An ended session answers 404, upon which the client starts a new one (MCP transports, session
// management), so eviction costs a client one `initialize`, never data.
class McpSessionStore
{
public:
    static constexpr qint64 kDefaultIdleTimeoutMs = 8LL * 3600 * 1000;
    static constexpr qsizetype kDefaultMaxSessions = 10000;
    static constexpr qsizetype kDefaultMaxPerSubject = 64;

    explicit McpSessionStore(qint64 idleTimeoutMs = kDefaultIdleTimeoutMs, qsizetype maxSessions = kDefaultMaxSessions,
        qsizetype maxPerSubject = kDefaultMaxPerSubject);

    [[nodiscard]] McpSession create(
        const QString& subject, const QString& clientId, const QString& protocolVersion, qint64 nowMs);
    // The live session with that id bound to this subject and client, marked as used now; nullptr when
    // there is none (unknown, ended, idle too long, or bound to someone else).
    [[nodiscard]] McpSession* find(const QString& id, const QString& subject, const QString& clientId, qint64 nowMs);
    // Ends the session; false when find() would not have found it.
    bool remove(const QString& id, const QString& subject, const QString& clientId, qint64 nowMs);
    [[nodiscard]] qsizetype size() const { return m_sessions.size(); }

private:
    void purgeExpired(qint64 nowMs);
    // Ends the least recently used session, of `subject` only when it is not empty.
    void evictLeastRecentlyUsed(const QString& subject);
    void erase(QHash<QString, McpSession>::iterator it);

    qint64 m_idleTimeoutMs;
    qsizetype m_maxSessions;
    qsizetype m_maxPerSubject;
    QHash<QString, McpSession> m_sessions;
    QHash<QString, qsizetype> m_countBySubject;
};

} // namespace mcpauth
