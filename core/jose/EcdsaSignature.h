#pragma once

#include <QByteArray>
#include <QByteArrayView>

namespace mcpauth {

// ES256 signatures travel as the 64-byte R || S (RFC 7518 section 3.4); OpenSSL produces and checks
// the DER SEQUENCE of two INTEGERs. These convert between the two for P-256.
class EcdsaSignature
{
public:
    static constexpr int kCoordinateBytes = 32;
    static constexpr int kRawBytes = 2 * kCoordinateBytes;

    // Empty when `der` is not an ECDSA signature whose R and S fit in 32 bytes.
    [[nodiscard]] static QByteArray derToRaw(QByteArrayView der);
    // Empty when `raw` is not 64 bytes.
    [[nodiscard]] static QByteArray rawToDer(QByteArrayView raw);
};

} // namespace mcpauth
