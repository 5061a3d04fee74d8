// libFuzzer target: AuthorizationServerMetadata::parse on arbitrary bytes.
#include "flow/AuthorizationServerMetadata.h"

#include <cstdint>
#include <cstdlib>

using namespace mcpauth;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));
    const bool allowLoopbackHttp = size > 0 && (data[0] & 1);
    const QString issuer = QStringLiteral("https://auth.example.com/tenant1");
    auto parsed = AuthorizationServerMetadata::parse(body, issuer, allowLoopbackHttp);
    if (parsed) {
        // What the parse promises: the issuer it was asked for, both endpoints, S256 when advertised.
        if (parsed->issuer != issuer || !parsed->authorizationEndpoint.isValid() || !parsed->tokenEndpoint.isValid()
            || parsed->tokenEndpointAuthMethodsSupported.isEmpty()
            || (parsed->pkce == AuthorizationServerMetadata::Pkce::S256
                && !parsed->codeChallengeMethodsSupported.contains(QStringLiteral("S256"))))
            std::abort();
    } else if (parsed.error().message.isEmpty() || parsed.error().field.isEmpty()) {
        std::abort();
    }
    (void)AuthorizationServerMetadata::parse(body, QString(), true);
    return 0;
}
