#include "AuthorizationState.h"

#include "security/SecureRandom.h"

#include <openssl/crypto.h>

namespace mcpauth {

QString AuthorizationState::generate()
{
    return SecureRandom::token(32);
}

bool AuthorizationState::matches(const QString& expected, const QString& received)
{
    const QByteArray a = expected.toUtf8();
    const QByteArray b = received.toUtf8();
    if (a.isEmpty() || a.size() != b.size())
        return false;
    return CRYPTO_memcmp(a.constData(), b.constData(), size_t(a.size())) == 0;
}

} // namespace mcpauth
