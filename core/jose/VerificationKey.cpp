#include "VerificationKey.h"

#include "EcdsaSignature.h"
#include "OpenSslContext.h"

#include <openssl/err.h>

namespace mcpauth {

std::shared_ptr<KeyRing::VerificationKey> KeyRing::VerificationKey::make(
    const QString& kid, SigningAlgorithm algorithm, EvpPkeyPtr key)
{
    auto made = std::make_shared<VerificationKey>();
    made->kid = kid;
    made->algorithm = algorithm;
    made->key = std::move(key);
    made->verifyTemplate = OpenSslContext::digestContext(made->key.get(), OpenSslContext::Purpose::Verify);
    if (!made->verifyTemplate)
        return {};
    return made;
}

bool KeyRing::VerificationKey::verify(QByteArrayView signingInput, QByteArrayView signature) const
{
    QByteArray der;
    if (algorithm == SigningAlgorithm::ES256) {
        der = EcdsaSignature::rawToDer(signature);
        if (der.isEmpty())
            return false;
        signature = der;
    }
    const EvpMdCtxPtr ctx = OpenSslContext::copy(verifyTemplate.get());
    if (!ctx)
        return false;
    const int ok = EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.data()),
        static_cast<size_t>(signature.size()), reinterpret_cast<const unsigned char*>(signingInput.data()),
        static_cast<size_t>(signingInput.size()));
    // A failed check leaves its reason on the thread's error queue; this thread reuses it for the next call.
    ERR_clear_error();
    return ok == 1;
}

} // namespace mcpauth
