#include "Pkce.h"

#include <QCryptographicHash>
#include <openssl/crypto.h>

namespace mcpauth {

bool Pkce::isCodeVerifier(const QString& verifier)
{
    if (verifier.size() < 43 || verifier.size() > 128)
        return false;
    for (const QChar c : verifier) {
        const char16_t u = c.unicode();
        const bool ok = (u >= u'A' && u <= u'Z') || (u >= u'a' && u <= u'z') || (u >= u'0' && u <= u'9') || u == u'-'
            || u == u'.' || u == u'_' || u == u'~';
        if (!ok)
            return false;
    }
    return true;
}

QString Pkce::s256Challenge(const QString& verifier)
{
    return QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

bool Pkce::verifierMatches(const QString& verifier, const QString& challenge)
{
    const QByteArray computed = s256Challenge(verifier).toLatin1();
    const QByteArray expected = challenge.toLatin1();
    return computed.size() == expected.size()
        && CRYPTO_memcmp(computed.constData(), expected.constData(), size_t(computed.size())) == 0;
}

} // namespace mcpauth
