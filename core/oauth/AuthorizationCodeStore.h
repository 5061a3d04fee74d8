#pragma once

#include "common/Result.h"

#include <QHash>
#include <QString>
#include <QStringList>

#include <variant>

namespace mcpauth {

// What an authorization code stands for: everything the token endpoint must check it against.
struct AuthorizationGrant
{
    QString clientId;
    QString applicationId;
    QString userId;
    QString redirectUri; // exactly as sent to /authorize
    QString codeChallenge; // S256 only
    QString resource; // canonical resource URI: the token's aud
    QStringList scopes;
    qint64 expiresAt = 0; // ms since the epoch
};

// Authorization codes live only in the server's memory: short-lived (60 s by default) and single
// use. A code is kept after redemption until it expires, so that a replay is recognised and the
// tokens it produced are revoked (OAuth 2.1 section 4.1.3).
class AuthorizationCodeStore
{
public:
    // Returns the code value (256 random bits, base64url); only its SHA-256 is kept.
    [[nodiscard]] QString issue(const AuthorizationGrant& grant);

    enum class RedeemFailure { Unknown, Expired, Replayed };
    struct Redeemed
    {
        AuthorizationGrant grant;
        QString codeHash; // pass to recordIssued()
    };
    struct Refusal
    {
        RedeemFailure reason = RedeemFailure::Unknown;
        QStringList issuedTokenIds; // for Replayed: what the first redemption produced, to revoke
        QString familyId; // for Replayed: the refresh family to revoke
    };
    // Consumes the code. A second call for the same code returns Replayed with what the first issued.
    [[nodiscard]] std::variant<Redeemed, Refusal> redeem(const QString& code, qint64 nowMs);
    // Remembers what a redeemed code produced.
    void recordIssued(const QString& codeHash, const QStringList& tokenIds, const QString& familyId);
    // Drops codes past their lifetime (called on every issue; cheap).
    void purgeExpired(qint64 nowMs);
    [[nodiscard]] qsizetype size() const { return m_codes.size(); }

private:
    struct Entry
    {
        AuthorizationGrant grant;
        bool redeemed = false;
        QStringList issuedTokenIds;
        QString familyId;
    };
    QHash<QString, Entry> m_codes; // key: hex SHA-256 of the code
};

} // namespace mcpauth
