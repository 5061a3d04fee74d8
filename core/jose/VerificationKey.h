#pragma once

#include "KeyRing.h"
#include "OpenSslHandles.h"

#include <QByteArrayView>
#include <QString>

namespace mcpauth {

// A published public key. Shared read-only between threads: OpenSSL 3 allows concurrent operations on
// one EVP_PKEY, and each verify() works on a context of its own, copied from `verifyTemplate`.
struct KeyRing::VerificationKey
{
    QString kid;
    SigningAlgorithm algorithm = SigningAlgorithm::RS256;
    EvpPkeyPtr key;
    EvpMdCtxPtr verifyTemplate; // DigestVerify with SHA-256 under `key`, initialised once

    // nullptr when OpenSSL cannot set up verification with `key`.
    [[nodiscard]] static std::shared_ptr<VerificationKey> make(
        const QString& kid, SigningAlgorithm algorithm, EvpPkeyPtr key);

    // `signature` as the JWS carries it: RSASSA-PKCS1-v1_5 with SHA-256 for RS256, the 64-byte R || S of
    // ECDSA P-256 with SHA-256 for ES256 (a DER signature is refused).
    [[nodiscard]] bool verify(QByteArrayView signingInput, QByteArrayView signature) const;
};

} // namespace mcpauth
