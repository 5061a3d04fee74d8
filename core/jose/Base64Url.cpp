#include "Base64Url.h"

namespace mcpauth {

QByteArray Base64Url::encode(QByteArrayView data)
{
    return QByteArray::fromRawData(data.data(), data.size())
        .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

namespace {

int sextet(char c)
{
    if (c >= 'A' && c <= 'Z')
        return c - 'A';
    if (c >= 'a' && c <= 'z')
        return c - 'a' + 26;
    if (c >= '0' && c <= '9')
        return c - '0' + 52;
    if (c == '-')
        return 62;
    if (c == '_')
        return 63;
    return -1;
}

} // namespace

std::optional<QByteArray> Base64Url::decode(QByteArrayView text)
{
    // Qt's decoder accepts '=' padding and, in its lenient mode, skips stray characters. A JWS part that
    // is not the one canonical encoding of its bytes (padding, other characters, non-zero unused bits in
    // the last character) is refused here, so a token has exactly one spelling.
    const qsizetype tail = text.size() % 4;
    if (tail == 1)
        return std::nullopt;
    for (const char c : text) {
        if (sextet(c) < 0)
            return std::nullopt;
    }
    if (tail != 0) {
        const int unusedBitsMask = tail == 2 ? 0x0f : 0x03;
        if ((sextet(text.back()) & unusedBitsMask) != 0)
            return std::nullopt;
    }
    auto decoded = QByteArray::fromBase64Encoding(QByteArray::fromRawData(text.data(), text.size()),
        QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return std::nullopt;
    return std::move(decoded.decoded);
}

} // namespace mcpauth
