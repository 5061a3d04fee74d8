#pragma once

#include "common/Result.h"
#include "domain/Application.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace mcpauth {

// How a private signing key is stored: its PKCS#8 DER sealed with AES-256-GCM under the 32-byte
// key-encryption key, with a random 96-bit nonce and the key's kid and algorithm as associated data
// (so a sealed key copied onto another row does not open), written as "v1:" + base64(nonce | ciphertext
// | tag). The version prefix lets a later format coexist with this one.
class SigningKeyCipher
{
public:
    static constexpr int kKeyBytes = 32;
    static constexpr int kNonceBytes = 12;
    static constexpr int kTagBytes = 16;

    [[nodiscard]] static Result<QByteArray> seal(
        QByteArrayView plain, const QByteArray& kek, const QString& kid, SigningAlgorithm algorithm);
    // ErrorCode::Integrity when `sealed` is not in the format above; ErrorCode::Crypto when it does not
    // open with `kek` (another key, or changed bytes: GCM cannot tell the two apart).
    [[nodiscard]] static Result<QByteArray> open(
        const QByteArray& sealed, const QByteArray& kek, const QString& kid, SigningAlgorithm algorithm);

    // Overwrites the bytes of a decrypted key before its memory is released.
    static void wipe(QByteArray& secret);
};

} // namespace mcpauth
