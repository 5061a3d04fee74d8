#pragma once

#include <QByteArray>
#include <QString>

namespace mcpauth {

// Client secrets are stored only as HMAC-SHA-256 under the store key. A keyed hash, not a slow KDF:
// secrets have 256 bits of entropy, so brute force is not the threat, and the token endpoint must
// verify thousands of them per second.
class SecretHasher
{
public:
    explicit SecretHasher(QByteArray key);

    [[nodiscard]] QString hash(const QString& secret) const; // lowercase hex
    // Constant-time comparison of the secret's hash with the stored one.
    [[nodiscard]] bool verify(const QString& secret, const QString& storedHash) const;
    // A new client secret: 32 bytes (256 bits) from the CSPRNG, base64url.
    [[nodiscard]] static QString generateSecret();

private:
    QByteArray m_key;
};

} // namespace mcpauth
