#include "McpSessionStore.h"

#include "security/SecureRandom.h"

namespace mcpauth {

McpSessionStore::McpSessionStore(qint64 idleTimeoutMs, qsizetype maxSessions, qsizetype maxPerSubject)
    : m_idleTimeoutMs(idleTimeoutMs)
    , m_maxSessions(qMax<qsizetype>(1, maxSessions))
    , m_maxPerSubject(qMax<qsizetype>(1, maxPerSubject))
{ }

McpSession McpSessionStore::create(
    const QString& subject, const QString& clientId, const QString& protocolVersion, qint64 nowMs)
{
    if (m_countBySubject.value(subject) >= m_maxPerSubject)
        evictLeastRecentlyUsed(subject);
    if (m_sessions.size() >= m_maxSessions) {
        purgeExpired(nowMs);
        if (m_sessions.size() >= m_maxSessions)
            evictLeastRecentlyUsed({});
    }
    McpSession session;
    session.id = SecureRandom::token(32);
    session.subject = subject;
    session.clientId = clientId;
    session.protocolVersion = protocolVersion;
    session.createdAt = nowMs;
    session.lastUsedAt = nowMs;
    m_sessions.insert(session.id, session);
    ++m_countBySubject[subject];
    return session;
}

McpSession* McpSessionStore::find(const QString& id, const QString& subject, const QString& clientId, qint64 nowMs)
{
    auto it = m_sessions.find(id);
    if (it == m_sessions.end())
        return nullptr;
    if (nowMs - it->lastUsedAt > m_idleTimeoutMs) {
        erase(it);
        return nullptr;
    }
    // Someone else's session looks exactly like an unknown one: its id tells the caller nothing.
    if (it->subject != subject || it->clientId != clientId)
        return nullptr;
    it->lastUsedAt = nowMs;
    return &it.value();
}

bool McpSessionStore::remove(const QString& id, const QString& subject, const QString& clientId, qint64 nowMs)
{
    if (!find(id, subject, clientId, nowMs))
        return false;
    erase(m_sessions.find(id));
    return true;
}

void McpSessionStore::purgeExpired(qint64 nowMs)
{
    for (auto it = m_sessions.begin(); it != m_sessions.end();) {
        if (nowMs - it->lastUsedAt > m_idleTimeoutMs) {
            if (--m_countBySubject[it->subject] <= 0)
                m_countBySubject.remove(it->subject);
            it = m_sessions.erase(it);
        } else {
            ++it;
        }
    }
}

void McpSessionStore::evictLeastRecentlyUsed(const QString& subject)
{
    auto oldest = m_sessions.end();
    for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it) {
        if (!subject.isEmpty() && it->subject != subject)
            continue;
        if (oldest == m_sessions.end() || it->lastUsedAt < oldest->lastUsedAt)
            oldest = it;
    }
    if (oldest != m_sessions.end())
        erase(oldest);
}

void McpSessionStore::erase(QHash<QString, McpSession>::iterator it)
{
    if (--m_countBySubject[it->subject] <= 0)
        m_countBySubject.remove(it->subject);
    m_sessions.erase(it);
}

} // namespace mcpauth
