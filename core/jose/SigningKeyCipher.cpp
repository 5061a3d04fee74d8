#include "SigningKeyCipher.h"

#include "OpenSslHandles.h"
#include "security/SecureRandom.h"

#include <openssl/crypto.h>

namespace mcpauth {

namespace {

const QByteArray kPrefix = QByteArrayLiteral("v1:");

QByteArray associatedData(const QString& kid, SigningAlgorithm algorithm)
{
    return QByteArrayLiteral("mcp-auth signing key v1\n") + enumName(kSigningAlgorithmNames, algorithm).toLatin1()
        + '\n' + kid.toUtf8();
}

const unsigned char* bytes(QByteArrayView data)
{
    return reinterpret_cast<const unsigned char*>(data.data());
}

} // namespace

void SigningKeyCipher::wipe(QByteArray& secret)
{
    if (!secret.isEmpty())
        OPENSSL_cleanse(secret.data(), static_cast<size_t>(secret.size()));
    secret.clear();
}

Result<QByteArray> SigningKeyCipher::seal(
    QByteArrayView plain, const QByteArray& kek, const QString& kid, SigningAlgorithm algorithm)
{
    if (kek.size() != kKeyBytes)
        return Error::make(ErrorCode::Crypto,
            QStringLiteral("The key-encryption key is %1 bytes long; it must be %2.").arg(kek.size()).arg(kKeyBytes));
    const QByteArray nonce = SecureRandom::bytes(kNonceBytes);
    const QByteArray aad = associatedData(kid, algorithm);
    QByteArray out(kNonceBytes + plain.size() + kTagBytes, Qt::Uninitialized);
    auto* cipherText = reinterpret_cast<unsigned char*>(out.data()) + kNonceBytes;
    memcpy(out.data(), nonce.constData(), kNonceBytes);

    EvpCipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    int length = 0;
    int finalLength = 0;
    const bool ok = ctx && EVP_EncryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), bytes(kek), bytes(nonce), nullptr) == 1
        && EVP_EncryptUpdate(ctx.get(), nullptr, &length, bytes(aad), static_cast<int>(aad.size())) == 1
        && EVP_EncryptUpdate(ctx.get(), cipherText, &length, bytes(plain), static_cast<int>(plain.size())) == 1
        && EVP_EncryptFinal_ex(ctx.get(), cipherText + length, &finalLength) == 1
        && length + finalLength == plain.size()
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_GET_TAG, kTagBytes, cipherText + plain.size()) == 1;
    if (!ok)
        return Error::make(ErrorCode::Crypto, QStringLiteral("OpenSSL could not encrypt the private signing key."));
    return QByteArray(kPrefix + out.toBase64());
}

Result<QByteArray> SigningKeyCipher::open(
    const QByteArray& sealed, const QByteArray& kek, const QString& kid, SigningAlgorithm algorithm)
{
    if (kek.size() != kKeyBytes)
        return Error::make(ErrorCode::Crypto,
            QStringLiteral("The key-encryption key is %1 bytes long; it must be %2.").arg(kek.size()).arg(kKeyBytes));
    if (!sealed.startsWith(kPrefix))
        return Error::make(ErrorCode::Integrity,
            QStringLiteral("The stored private key of signing key '%1' is not in a known format (it should start "
                           "with %2).")
                .arg(kid, QString::fromLatin1(kPrefix)));
    auto decoded = QByteArray::fromBase64Encoding(sealed.mid(kPrefix.size()), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() <= kNonceBytes + kTagBytes)
        return Error::make(ErrorCode::Integrity,
            QStringLiteral("The stored private key of signing key '%1' is damaged: it is not the base64 of a nonce, "
                           "a ciphertext and a tag.")
                .arg(kid));
    const QByteArray& data = decoded.decoded;
    const qsizetype cipherLength = data.size() - kNonceBytes - kTagBytes;
    const QByteArray aad = associatedData(kid, algorithm);
    QByteArray plain(cipherLength, Qt::Uninitialized);
    QByteArray tag = data.right(kTagBytes);

    EvpCipherCtxPtr ctx(EVP_CIPHER_CTX_new());
    int length = 0;
    int finalLength = 0;
    const bool ok = ctx && EVP_DecryptInit_ex2(ctx.get(), EVP_aes_256_gcm(), bytes(kek), bytes(data), nullptr) == 1
        && EVP_DecryptUpdate(ctx.get(), nullptr, &length, bytes(aad), static_cast<int>(aad.size())) == 1
        && EVP_DecryptUpdate(ctx.get(), reinterpret_cast<unsigned char*>(plain.data()), &length,
               bytes(data) + kNonceBytes, static_cast<int>(cipherLength))
            == 1
        && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_AEAD_SET_TAG, kTagBytes, tag.data()) == 1
        && EVP_DecryptFinal_ex(ctx.get(), reinterpret_cast<unsigned char*>(plain.data()) + length, &finalLength) == 1;
    if (!ok) {
        wipe(plain);
        return Error::make(ErrorCode::Crypto,
            QStringLiteral("The stored private key of signing key '%1' does not decrypt with this key-encryption "
                           "key.")
                .arg(kid));
    }
    return plain;
}

} // namespace mcpauth
