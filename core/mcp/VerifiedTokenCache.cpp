#include "VerifiedTokenCache.h"

#include <QCryptographicHash>

namespace mcpauth {

VerifiedTokenCache::VerifiedTokenCache(int capacity)
    : m_entries(capacity)
{ }

QByteArray VerifiedTokenCache::keyOf(const QByteArray& token)
{
    return QCryptographicHash::hash(token, QCryptographicHash::Sha256);
}

const VerifiedAccessToken* VerifiedTokenCache::find(const QByteArray& key, qint64 nowMs)
{
    const VerifiedAccessToken* token = m_entries.object(key);
    if (!token)
        return nullptr;
    // Stricter than the validator, which allows the clock skew past exp: a token in that margin is
    // verified afresh.
    if (nowMs >= token->expiresAt) {
        m_entries.remove(key);
        return nullptr;
    }
    return token;
}

void VerifiedTokenCache::insert(const QByteArray& key, const VerifiedAccessToken& token)
{
    m_entries.insert(key, new VerifiedAccessToken(token));
}

} // namespace mcpauth
