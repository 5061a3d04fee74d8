// libFuzzer target: JwtDecoder::decode (JWT decoding for display) on arbitrary bytes.
#include "jose/JwtDecoder.h"

#include <cstdint>
#include <cstdlib>

using namespace mcpauth;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray token(reinterpret_cast<const char*>(data), qsizetype(size));
    auto decoded = JwtDecoder::decode(token);
    if (decoded) {
        if (token.count('.') != 2 || decoded->signatureBytes < 0 || decoded->signatureBytes > token.size())
            std::abort();
    } else if (decoded.error().message.isEmpty()) {
        std::abort();
    }
    if (auto parts = JwtDecoder::split(token)) {
        // The views lie inside the token and cover it with the two dots.
        if (parts->header.size() + parts->payload.size() + parts->signature.size() + 2 != token.size()
            || parts->signingInput.data() != token.constData())
            std::abort();
    }
    return 0;
}
