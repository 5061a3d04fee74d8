#pragma once

#include <QElapsedTimer>
#include <QHash>
#include <QString>
#include <functional>

namespace mcpauth {

// A token bucket per key (a source address): up to `perMinute` requests at once, then one more every
// 60/perMinute seconds. Memory stays bounded: when `maxKeys` keys are tracked, buckets that have filled
// up again are forgotten first (they hold nothing a new bucket would not), then the least recently
// used one. Main thread only.
class RateLimiter
{
public:
    // Milliseconds on a monotonic clock; tests inject their own.
    using Clock = std::function<qint64()>;

    struct Decision
    {
        bool allowed = true;
        int retryAfterSeconds = 0; // when refused: until the next request is allowed, at least 1
        bool firstRefusal = false; // the first refusal since this key was last allowed
    };

    static constexpr qsizetype kDefaultMaxKeys = 10000;

    // perMinute <= 0 turns the limit off.
    explicit RateLimiter(int perMinute, qsizetype maxKeys = kDefaultMaxKeys, Clock clock = {});

    // Counts one request for `key`.
    [[nodiscard]] Decision take(const QString& key);
    [[nodiscard]] qsizetype trackedKeys() const { return m_buckets.size(); }
    [[nodiscard]] int perMinute() const { return m_perMinute; }

private:
    struct Bucket
    {
        double tokens = 0;
        qint64 updatedAt = 0; // when the key was last seen, and `tokens` counted
        bool refusing = false;
    };

    [[nodiscard]] qint64 now() const;
    [[nodiscard]] double tokensAt(const Bucket& bucket, qint64 nowMs) const;
    void makeRoom(qint64 nowMs);

    int m_perMinute;
    qsizetype m_maxKeys;
    Clock m_clock;
    QElapsedTimer m_elapsed;
    QHash<QString, Bucket> m_buckets;
};

} // namespace mcpauth
