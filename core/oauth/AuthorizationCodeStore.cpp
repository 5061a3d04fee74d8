#include "AuthorizationCodeStore.h"

#include "security/SecureRandom.h"

#include <QCryptographicHash>
#include <QDateTime>

namespace mcpauth {

namespace {

QString hashOf(const QString& code)
{
    return QString::fromLatin1(QCryptographicHash::hash(code.toUtf8(), QCryptographicHash::Sha256).toHex());
}

} // namespace

QString AuthorizationCodeStore::issue(const AuthorizationGrant& grant)
{
    purgeExpired(QDateTime::currentMSecsSinceEpoch());
    const QString code = SecureRandom::token(32);
    m_codes.insert(hashOf(code), Entry{grant, false, {}, {}});
    return code;
}

std::variant<AuthorizationCodeStore::Redeemed, AuthorizationCodeStore::Refusal> AuthorizationCodeStore::redeem(
    const QString& code, qint64 nowMs)
{
    const QString key = hashOf(code);
    auto it = m_codes.find(key);
    if (it == m_codes.end())
        return Refusal{RedeemFailure::Unknown, {}, {}};
    if (it->redeemed)
        return Refusal{RedeemFailure::Replayed, it->issuedTokenIds, it->familyId};
    if (it->grant.expiresAt <= nowMs) {
        m_codes.erase(it);
        return Refusal{RedeemFailure::Expired, {}, {}};
    }
    it->redeemed = true;
    return Redeemed{it->grant, key};
}

void AuthorizationCodeStore::recordIssued(const QString& codeHash, const QStringList& tokenIds, const QString& familyId)
{
    auto it = m_codes.find(codeHash);
    if (it == m_codes.end())
        return;
    it->issuedTokenIds = tokenIds;
    it->familyId = familyId;
}

void AuthorizationCodeStore::purgeExpired(qint64 nowMs)
{
    // Redeemed codes stay a little longer than their lifetime so a late replay is still caught.
    constexpr qint64 kReplayMemoryMs = 10 * 60 * 1000;
    m_codes.removeIf([nowMs](const QHash<QString, Entry>::iterator& it) {
        return it->grant.expiresAt + (it->redeemed ? kReplayMemoryMs : 0) <= nowMs;
    });
}

} // namespace mcpauth
