// libFuzzer target: ProtectedResourceMetadata::parse on arbitrary bytes, checked against the
// candidates of a path-scoped MCP URL (so the resource comparison runs too).
#include "flow/ProtectedResourceMetadata.h"

#include <cstdint>
#include <cstdlib>

using namespace mcpauth;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray body(reinterpret_cast<const char*>(data), qsizetype(size));
    const QStringList accepted{
        QStringLiteral("https://mcp.example.com"), QStringLiteral("https://mcp.example.com/mcp")};
    const bool allowLoopbackHttp = size > 0 && (data[0] & 1);
    auto parsed = ProtectedResourceMetadata::parse(body, accepted, allowLoopbackHttp);
    if (parsed) {
        // What the parse promises: a resource, at least one usable authorization server, no repeats.
        QStringList servers = parsed->authorizationServers;
        if (parsed->resource.isEmpty() || servers.isEmpty() || servers.removeDuplicates() != 0)
            std::abort();
    } else if (parsed.error().message.isEmpty() || parsed.error().field.isEmpty()) {
        std::abort();
    }
    (void)ProtectedResourceMetadata::parse(body, {}, true);
    return 0;
}
