#pragma once

#include "OpenSslHandles.h"

namespace mcpauth {

// Digest contexts for JWS signing and verification with SHA-256. Initialising one makes OpenSSL 3.0 fetch
// the digest and signature algorithms, which takes a global lock, on every call; the key ring does it
// once per key and gives each call a copy, so threads that sign or verify at once do not queue there.
class OpenSslContext
{
public:
    enum class Purpose { Sign, Verify };

    // A context initialised for `purpose` with SHA-256 under `key`, used only as the source of copies.
    [[nodiscard]] static EvpMdCtxPtr digestContext(EVP_PKEY* key, Purpose purpose);
    // A fresh context for one signature or one verification; nullptr when OpenSSL cannot copy.
    [[nodiscard]] static EvpMdCtxPtr copy(const EVP_MD_CTX* initialised);
};

} // namespace mcpauth
