#pragma once

#include "AuditContext.h"
#include "AuditLog.h"
#include "Database.h"
#include "domain/InitialAccessToken.h"
#include "security/SecretHasher.h"

namespace mcpauth {

// A new initial access token. The value is here once, right after it was generated, and never again:
// the store keeps only its keyed hash.
struct IssuedInitialAccessToken
{
    InitialAccessToken token;
    QString value;
};

// The initial access tokens of organizations whose registration policy is admin (RFC 7591 section 3).
class InitialAccessTokenRepository
{
public:
    InitialAccessTokenRepository(Database& db, AuditLog& audit, const SecretHasher& hasher);

    static constexpr qint64 kMaxLifetimeMs = 365LL * 24 * 3600 * 1000;

    // A token for the organization valid until `expiresAt` (ms, at most a year ahead): 256 random bits.
    // Audited as initial_token.create.
    [[nodiscard]] Result<IssuedInitialAccessToken> create(
        const QString& organizationId, qint64 expiresAt, const AuditContext& ctx);
    // Newest first; every organization's when organizationId is empty.
    [[nodiscard]] Result<QList<InitialAccessToken>> list(const QString& organizationId = {}) const;
    [[nodiscard]] Result<InitialAccessToken> find(const QString& id) const;
    // Audited as initial_token.revoke. A token revoked already is a Conflict.
    [[nodiscard]] Result<InitialAccessToken> revoke(const QString& id, const AuditContext& ctx);
    // The organization's token with this value, when it is neither expired nor revoked at `nowMs`;
    // otherwise InvalidInput with a sentence that says which. Found by its keyed hash, which nobody
    // without the store key can aim at, so the lookup reveals nothing about stored values.
    [[nodiscard]] Result<InitialAccessToken> check(
        const QString& value, const QString& organizationId, qint64 nowMs) const;

private:
    Database& m_db;
    AuditLog& m_audit;
    const SecretHasher& m_hasher;
};

} // namespace mcpauth
