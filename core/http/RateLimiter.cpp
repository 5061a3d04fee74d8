#include "RateLimiter.h"

#include <algorithm>
#include <cmath>

namespace mcpauth {

RateLimiter::RateLimiter(int perMinute, qsizetype maxKeys, Clock clock)
    : m_perMinute(perMinute)
    , m_maxKeys(std::max<qsizetype>(1, maxKeys))
    , m_clock(std::move(clock))
{
    if (!m_clock)
        m_elapsed.start();
}

qint64 RateLimiter::now() const
{
    return m_clock ? m_clock() : m_elapsed.elapsed();
}

double RateLimiter::tokensAt(const Bucket& bucket, qint64 nowMs) const
{
    const qint64 elapsed = std::max<qint64>(0, nowMs - bucket.updatedAt);
    return std::min<double>(m_perMinute, bucket.tokens + double(elapsed) * m_perMinute / 60000.0);
}

void RateLimiter::makeRoom(qint64 nowMs)
{
    m_buckets.removeIf([&](const QHash<QString, Bucket>::iterator it) { return tokensAt(*it, nowMs) >= m_perMinute; });
    if (m_buckets.size() < m_maxKeys)
        return;
    // Every tracked key is limited right now (a flood from many addresses): the one seen longest ago
    // starts afresh.
    auto oldest = m_buckets.begin();
    for (auto it = m_buckets.begin(); it != m_buckets.end(); ++it) {
        if (it->updatedAt < oldest->updatedAt)
            oldest = it;
    }
    m_buckets.erase(oldest);
}

RateLimiter::Decision RateLimiter::take(const QString& key)
{
    Decision decision;
    if (m_perMinute <= 0)
        return decision;
    const qint64 nowMs = now();
    auto it = m_buckets.find(key);
    if (it == m_buckets.end()) {
        if (m_buckets.size() >= m_maxKeys)
            makeRoom(nowMs);
        it = m_buckets.insert(key, Bucket{double(m_perMinute), nowMs, false});
    }
    Bucket& bucket = it.value();
    bucket.tokens = tokensAt(bucket, nowMs);
    bucket.updatedAt = nowMs;
    if (bucket.tokens >= 1.0) {
        bucket.tokens -= 1.0;
        bucket.refusing = false;
        return decision;
    }
    decision.allowed = false;
    decision.firstRefusal = !bucket.refusing;
    bucket.refusing = true;
    const double msUntilOne = (1.0 - bucket.tokens) * 60000.0 / m_perMinute;
    decision.retryAfterSeconds = std::max(1, int(std::ceil(msUntilOne / 1000.0)));
    return decision;
}

} // namespace mcpauth
