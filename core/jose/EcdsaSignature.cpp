#include "EcdsaSignature.h"

#include "OpenSslHandles.h"

namespace mcpauth {

QByteArray EcdsaSignature::derToRaw(QByteArrayView der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.data());
    EcdsaSigPtr sig(d2i_ECDSA_SIG(nullptr, &p, static_cast<long>(der.size())));
    if (!sig || p != reinterpret_cast<const unsigned char*>(der.data()) + der.size())
        return {};
    const BIGNUM* r = nullptr;
    const BIGNUM* s = nullptr;
    ECDSA_SIG_get0(sig.get(), &r, &s);
    QByteArray raw(kRawBytes, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(raw.data());
    if (BN_bn2binpad(r, out, kCoordinateBytes) != kCoordinateBytes
        || BN_bn2binpad(s, out + kCoordinateBytes, kCoordinateBytes) != kCoordinateBytes)
        return {};
    return raw;
}

QByteArray EcdsaSignature::rawToDer(QByteArrayView raw)
{
    if (raw.size() != kRawBytes)
        return {};
    const auto* in = reinterpret_cast<const unsigned char*>(raw.data());
    BignumPtr r(BN_bin2bn(in, kCoordinateBytes, nullptr));
    BignumPtr s(BN_bin2bn(in + kCoordinateBytes, kCoordinateBytes, nullptr));
    EcdsaSigPtr sig(ECDSA_SIG_new());
    if (!r || !s || !sig || ECDSA_SIG_set0(sig.get(), r.get(), s.get()) != 1)
        return {};
    // The signature owns them now.
    (void)r.release();
    (void)s.release();
    const int length = i2d_ECDSA_SIG(sig.get(), nullptr);
    if (length <= 0)
        return {};
    QByteArray der(length, Qt::Uninitialized);
    auto* out = reinterpret_cast<unsigned char*>(der.data());
    if (i2d_ECDSA_SIG(sig.get(), &out) != length)
        return {};
    return der;
}

} // namespace mcpauth
