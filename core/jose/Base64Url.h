#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <optional>

namespace mcpauth {

// base64url without padding (RFC 7515 section 2), the only encoding a compact JWS and a JWK use.
class Base64Url
{
public:
    [[nodiscard]] static QByteArray encode(QByteArrayView data);
    // Strict: only A-Z a-z 0-9 - _, no padding, no white space, no length that cannot occur; nullopt
    // otherwise. An empty input decodes to an empty array.
    [[nodiscard]] static std::optional<QByteArray> decode(QByteArrayView text);
};

} // namespace mcpauth
