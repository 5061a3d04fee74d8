#include "PendingRequestStore.h"

namespace mcpauth {

namespace {

void forget(QHash<QString, std::set<quint64>>& groups, const QString& key, quint64 sequence)
{
    auto it = groups.find(key);
    if (it == groups.end())
        return;
    it->erase(sequence);
    if (it->empty())
        groups.erase(it);
}

} // namespace

PendingRequest& PendingRequestStore::insert(PendingRequest request, qint64 nowMs)
{
    dropExpired(nowMs);
    dropOldestOf(m_bySession, request.sessionId, kMaxPerSession);
    dropOldestOf(m_bySource, request.source, kMaxPerSource);
    while (m_requests.size() >= kMaxRequests && !m_order.empty())
        removeSequence(m_order.begin()->first);

    if (m_requests.contains(request.id))
        remove(request.id);
    request.sequence = m_nextSequence++;
    m_order.emplace(request.sequence, request.id);
    m_bySession[request.sessionId].insert(request.sequence);
    m_bySource[request.source].insert(request.sequence);
    return m_requests.insert(request.id, std::move(request)).value();
}

PendingRequest* PendingRequestStore::find(const QString& id, qint64 nowMs)
{
    auto it = m_requests.find(id);
    if (it == m_requests.end())
        return nullptr;
    if (it->expiresAt <= nowMs) {
        removeSequence(it->sequence);
        return nullptr;
    }
    return &it.value();
}

void PendingRequestStore::remove(const QString& id)
{
    if (auto it = m_requests.constFind(id); it != m_requests.cend())
        removeSequence(it->sequence);
}

void PendingRequestStore::moveSession(const QString& from, const QString& to)
{
    const auto group = m_bySession.constFind(from);
    if (group == m_bySession.cend() || from == to)
        return;
    const std::set<quint64> sequences = *group;
    m_bySession.remove(from);
    for (const quint64 sequence : sequences) {
        if (const auto order = m_order.find(sequence); order != m_order.end())
            m_requests[order->second].sessionId = to;
    }
    m_bySession[to].insert(sequences.cbegin(), sequences.cend());
    // The new session may now hold more than its share: the oldest go, as on insert.
    dropOldestOf(m_bySession, to, kMaxPerSession + 1);
}

qsizetype PendingRequestStore::countForSession(const QString& sessionId) const
{
    const auto it = m_bySession.constFind(sessionId);
    return it == m_bySession.cend() ? 0 : qsizetype(it->size());
}

qsizetype PendingRequestStore::countForSource(const QString& source) const
{
    const auto it = m_bySource.constFind(source);
    return it == m_bySource.cend() ? 0 : qsizetype(it->size());
}

void PendingRequestStore::dropExpired(qint64 nowMs)
{
    // Every request lives kLifetimeMs, so the oldest arrivals expire first.
    while (!m_order.empty()) {
        const auto it = m_requests.constFind(m_order.begin()->second);
        if (it != m_requests.cend() && it->expiresAt > nowMs)
            break;
        removeSequence(m_order.begin()->first);
    }
}

void PendingRequestStore::removeSequence(quint64 sequence)
{
    const auto order = m_order.find(sequence);
    if (order == m_order.end())
        return;
    const auto it = m_requests.find(order->second);
    if (it != m_requests.end() && it->sequence == sequence) {
        forget(m_bySession, it->sessionId, sequence);
        forget(m_bySource, it->source, sequence);
        m_requests.erase(it);
    }
    m_order.erase(order);
}

void PendingRequestStore::dropOldestOf(const QHash<QString, Group>& groups, const QString& key, qsizetype limit)
{
    // `limit` counts the request about to join the group.
    for (auto it = groups.constFind(key); it != groups.cend() && qsizetype(it->size()) >= limit;
         it = groups.constFind(key))
        removeSequence(*it->begin());
}

} // namespace mcpauth
