#pragma once

#include "AuditContext.h"
#include "AuditLog.h"
#include "Database.h"
#include "domain/SigningKey.h"

namespace mcpauth {

// The local server's JWS keys (signing_keys). Rows hold the public key as PEM and the private key only
// as KeyRing sealed it; this class never sees a plain private key. Every change writes its audit event
// ("signing_key.created", "signing_key.rotated", "signing_key.retired") in the same transaction.
class SigningKeyRepository
{
public:
    SigningKeyRepository(Database& db, AuditLog& audit);

    // Stores a new active key. Refused (Conflict) while another key of the same algorithm is active:
    // two processes starting at once must not both add one.
    [[nodiscard]] Result<SigningKey> create(const SigningKey& key, const AuditContext& ctx);
    // In one transaction: the active key `previousKid` becomes retired at `retiredAt` and stays published
    // until `publishUntil`; `next` becomes the active key of its algorithm. Refused (Conflict) when
    // `previousKid` is no longer the active key of that algorithm (rotated meanwhile by another process).
    [[nodiscard]] Status rotate(const SigningKey& next, const QString& previousKid, qint64 retiredAt,
        qint64 publishUntil, const AuditContext& ctx);
    // Takes a retired key out of the JWKS now (it may have leaked): its state becomes revoked, and tokens
    // it signed stop verifying at once. Refused for the active key (rotate it first) and for a key
    // already revoked. One audit event, "signing_key.revoked".
    [[nodiscard]] Status revoke(const QString& kid, qint64 nowMs, const AuditContext& ctx);
    // Every key, oldest first, with the sealed private keys.
    [[nodiscard]] Result<QList<SigningKey>> list() const;

private:
    [[nodiscard]] Status insert(const SigningKey& key);

    Database& m_db;
    AuditLog& m_audit;
};

} // namespace mcpauth
