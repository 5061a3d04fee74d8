#pragma once

#include "common/Result.h"
#include "domain/SigningKey.h"
#include "store/AuditContext.h"

#include <QJsonObject>
#include <QList>
#include <QReadWriteLock>
#include <memory>

namespace mcpauth {

class Store;

// The local authorization server's JWS keys: one active RS256 and one active ES256 key, created with
// OpenSSL at first start, plus retired keys that stay published until the tokens they signed expire.
// Private keys are stored only encrypted (AES-256-GCM) under a key-encryption key the caller obtains
// from the OS keychain or a 0600 key file (see KeyEncryptionKey).
//
// sign(), jwks() and verificationKey() may be called from any thread: the token endpoint signs on the
// worker pool so that RSA signing uses both cores.
class KeyRing
{
public:
    // Loads the keys from the store (signing_keys), decrypting the private parts with `kek` (32 bytes);
    // creates the missing active keys (audited as "server").
    [[nodiscard]] static Result<std::unique_ptr<KeyRing>> open(Store& store, const QByteArray& kek);
    ~KeyRing();

    // A compact JWS: header {alg, kid, typ} (typ from `type`, e.g. "at+jwt"), the claims as payload.
    [[nodiscard]] Result<QByteArray> sign(
        SigningAlgorithm algorithm, const QJsonObject& claims, const QByteArray& type = "at+jwt") const;
    [[nodiscard]] QString activeKid(SigningAlgorithm algorithm) const;
    // RFC 7517 JWK Set of every published key (active, and retired until publishUntil).
    [[nodiscard]] QJsonObject jwks(qint64 nowMs) const;
    // The same set serialized (compact JSON), cached until the set next changes: the JWKS endpoint's body.
    [[nodiscard]] QByteArray jwksJson(qint64 nowMs) const;

    // Makes a new active key for `algorithm`; the old one is retired and stays published until
    // `publishOldUntilMs` (the expiry of the last token it signed). Main thread only (uses the store).
    [[nodiscard]] Status rotate(SigningAlgorithm algorithm, qint64 publishOldUntilMs, const AuditContext& context);
    // Picks up what another program changed in the store (`mcp-auth key rotate`): the new active key
    // signs from now on, the retired one stays published until its publishUntil. Main thread only (uses
    // the store). Reads the rows, and answers whether the keys it signs with or publishes changed;
    // decrypts only a key it has not loaded yet, with the key-encryption key it was opened with. On
    // failure the ring stays as it was.
    [[nodiscard]] Result<bool> reload(qint64 nowMs);
    [[nodiscard]] QList<SigningKey> keys() const; // metadata only; encryptedPrivateKey left empty

    // Opaque OpenSSL key for verification; nullptr when `kid` is unknown or no longer published.
    struct VerificationKey;
    [[nodiscard]] std::shared_ptr<const VerificationKey> verificationKey(const QString& kid, qint64 nowMs) const;

    // The PKCS#8 DER private key of a stored key (see SigningKeyCipher for the format). For tests and
    // interoperability checks; the key ring itself never hands out private keys.
    [[nodiscard]] static Result<QByteArray> decryptPrivateKey(const SigningKey& key, const QByteArray& kek);

private:
    KeyRing();
    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace mcpauth
