#include "SecretHasher.h"

#include "SecureRandom.h"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

namespace mcpauth {

SecretHasher::SecretHasher(QByteArray key)
    : m_key(std::move(key))
{ }

QString SecretHasher::hash(const QString& secret) const
{
    const QByteArray data = secret.toUtf8();
    unsigned char out[EVP_MAX_MD_SIZE];
    unsigned int outLength = 0;
    HMAC(EVP_sha256(), m_key.constData(), static_cast<int>(m_key.size()),
        reinterpret_cast<const unsigned char*>(data.constData()), static_cast<size_t>(data.size()), out, &outLength);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char*>(out), static_cast<int>(outLength)).toHex());
}

bool SecretHasher::verify(const QString& secret, const QString& storedHash) const
{
    const QByteArray computed = hash(secret).toLatin1();
    const QByteArray stored = storedHash.toLatin1();
    if (computed.size() != stored.size())
        return false;
    return CRYPTO_memcmp(computed.constData(), stored.constData(), static_cast<size_t>(computed.size())) == 0;
}

QString SecretHasher::generateSecret()
{
    return SecureRandom::token(32);
}

} // namespace mcpauth
