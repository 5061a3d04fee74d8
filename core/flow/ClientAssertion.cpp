#include "ClientAssertion.h"

#include "jose/Base64Url.h"
#include "jose/EcdsaSignature.h"
#include "jose/OpenSslHandles.h"
#include "security/SecureRandom.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <openssl/pem.h>

namespace mcpauth {

Result<QByteArray> ClientAssertion::sign(
    const QByteArray& privateKeyPem, const QString& algorithm, const QString& clientId, const QString& audience)
{
    auto refuse = [](const QString& text) { return Error::invalid(QStringLiteral("private_key"), text); };
    const bool es256 = algorithm == QLatin1String("ES256");
    if (!es256 && algorithm != QLatin1String("RS256"))
        return refuse(QStringLiteral("The signing algorithm %1 is not supported for client assertions (ES256 or "
                                     "RS256).")
                          .arg(algorithm));
    BioPtr bio(BIO_new_mem_buf(privateKeyPem.constData(), int(privateKeyPem.size())));
    EvpPkeyPtr key(bio ? PEM_read_bio_PrivateKey(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key)
        return refuse(QStringLiteral("The client's private key is not a readable unencrypted PEM private key."));
    const int type = EVP_PKEY_get_base_id(key.get());
    if ((es256 && type != EVP_PKEY_EC) || (!es256 && type != EVP_PKEY_RSA))
        return refuse(QStringLiteral("The client's private key does not fit %1.").arg(algorithm));

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const QJsonObject header{{QStringLiteral("alg"), algorithm}, {QStringLiteral("typ"), QStringLiteral("JWT")}};
    const QJsonObject claims{{QStringLiteral("iss"), clientId}, {QStringLiteral("sub"), clientId},
        {QStringLiteral("aud"), audience}, {QStringLiteral("iat"), now},
        {QStringLiteral("exp"), now + kLifetimeSeconds}, {QStringLiteral("jti"), SecureRandom::token(16)}};
    QByteArray jws = Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact)) + '.'
        + Base64Url::encode(QJsonDocument(claims).toJson(QJsonDocument::Compact));

    EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    QByteArray signature(EVP_PKEY_get_size(key.get()), Qt::Uninitialized);
    size_t length = size_t(signature.size());
    if (!ctx || EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key.get()) != 1
        || EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
               reinterpret_cast<const unsigned char*>(jws.constData()), size_t(jws.size()))
            != 1)
        return Error::make(ErrorCode::Crypto, QStringLiteral("OpenSSL could not sign the client assertion."));
    signature.truncate(qsizetype(length));
    if (es256) {
        signature = EcdsaSignature::derToRaw(signature);
        if (signature.isEmpty())
            return refuse(QStringLiteral("The client's EC key is not a P-256 key (ES256)."));
    }
    jws.append('.').append(Base64Url::encode(signature));
    return jws;
}

} // namespace mcpauth
