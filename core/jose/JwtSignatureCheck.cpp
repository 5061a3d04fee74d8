#include "JwtSignatureCheck.h"

#include "JwtDecoder.h"
#include "OpenSslHandles.h"
#include "VerificationKey.h"
#include "jose/Base64Url.h"

#include <QCoreApplication>
#include <openssl/pem.h>

namespace mcpauth {

JwtSignatureVerdict JwtSignatureCheck::check(const QByteArray& compact, const QList<SigningKey>& keys, qint64 nowMs)
{
    JwtSignatureVerdict verdict;
    auto parts = JwtDecoder::split(compact.trimmed());
    if (!parts) {
        verdict.explanation = parts.error().message;
        return verdict;
    }
    auto header = JwtDecoder::decodeObject(parts->header, QStringLiteral("header"));
    if (!header) {
        verdict.explanation = header.error().message;
        return verdict;
    }
    verdict.kid = header->value(QStringLiteral("kid")).toString();
    const QString alg = header->value(QStringLiteral("alg")).toString();
    if (alg != QLatin1String("RS256") && alg != QLatin1String("ES256")) {
        verdict.explanation = tr("The token is signed with '%1'; the local server only signs with RS256 and ES256, "
                                 "so it did not issue this token.")
                                  .arg(alg.isEmpty() ? tr("no algorithm") : alg);
        return verdict;
    }
    const SigningKey* match = nullptr;
    for (const SigningKey& key : keys) {
        if (key.kid == verdict.kid)
            match = &key;
    }
    if (!match) {
        verdict.explanation = tr("No key of the local server has the key ID '%1': another server issued this token, "
                                 "or its key was removed.")
                                  .arg(verdict.kid);
        return verdict;
    }
    if (!match->isPublishedAt(nowMs)) {
        verdict.explanation = tr("The key '%1' is no longer published in the JWKS, so resource servers reject "
                                 "every token it signed.")
                                  .arg(verdict.kid);
        return verdict;
    }
    const SigningAlgorithm algorithm
        = alg == QLatin1String("ES256") ? SigningAlgorithm::ES256 : SigningAlgorithm::RS256;
    if (match->algorithm != algorithm) {
        verdict.explanation = tr("The header says %1, but the key '%2' is a %3 key.")
                                  .arg(alg, verdict.kid, enumName(kSigningAlgorithmNames, match->algorithm));
        return verdict;
    }
    BioPtr bio(BIO_new_mem_buf(match->publicKeyPem.constData(), static_cast<int>(match->publicKeyPem.size())));
    EvpPkeyPtr pkey(bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    auto key = pkey ? KeyRing::VerificationKey::make(verdict.kid, algorithm, std::move(pkey)) : nullptr;
    if (!key) {
        verdict.explanation = tr("The stored public key '%1' could not be read.").arg(verdict.kid);
        return verdict;
    }
    auto signature = Base64Url::decode(parts->signature);
    if (!signature || !key->verify(parts->signingInput, *signature)) {
        verdict.explanation = tr("The signature does not match the key '%1': the token was altered after it was "
                                 "signed.")
                                  .arg(verdict.kid);
        return verdict;
    }
    verdict.valid = true;
    verdict.explanation = tr("The signature is valid: signed by the local server's %1 key '%2'.").arg(alg, verdict.kid);
    return verdict;
}

} // namespace mcpauth
