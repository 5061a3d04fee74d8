#pragma once

#include "oauth/AccessTokenVerifier.h"

#include <QByteArray>
#include <QCache>

namespace mcpauth {

// JWT access tokens whose signature and claims were already verified, by a SHA-256 of the token, so
// that the next request with the same token skips the signature check (a client sends one token for
// many requests). An entry is used only until the token expires; revocation is not cached: the
// store is asked on every request (AccessTokenVerifier::checkStored). Bounded, least recently used
// first out. Main thread only.
class VerifiedTokenCache
{
public:
    static constexpr int kDefaultCapacity = 4096;

    explicit VerifiedTokenCache(int capacity = kDefaultCapacity);

    [[nodiscard]] static QByteArray keyOf(const QByteArray& token);
    // The verified claims while the token has not expired; nullptr otherwise.
    [[nodiscard]] const VerifiedAccessToken* find(const QByteArray& key, qint64 nowMs);
    void insert(const QByteArray& key, const VerifiedAccessToken& token);
    void clear() { m_entries.clear(); }
    [[nodiscard]] qsizetype size() const { return m_entries.size(); }

private:
    QCache<QByteArray, VerifiedAccessToken> m_entries;
};

} // namespace mcpauth
