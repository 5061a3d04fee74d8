// libFuzzer target: WwwAuthenticate::parse on arbitrary bytes, then DiscoveryUrls on what it found.
// Besides crashes and sanitizer reports, it checks what must always hold: an error names an offset
// inside the field, and splitting the input into two fields never makes the parser crash either.
#include "flow/DiscoveryUrls.h"
#include "flow/WwwAuthenticate.h"

#include <cstdint>
#include <cstdlib>

using namespace mcpauth;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArray field(reinterpret_cast<const char*>(data), qsizetype(size));
    auto parsed = WwwAuthenticate::parse(field);
    if (parsed) {
        if (parsed->challenges().isEmpty() || parsed->challenges().size() > WwwAuthenticate::kMaxChallenges)
            std::abort();
        int params = 0;
        for (const AuthChallenge& c : parsed->challenges()) {
            if (c.scheme.isEmpty() || (!c.token68.isEmpty() && !c.params.isEmpty()))
                std::abort();
            params += int(c.params.size());
        }
        if (params > WwwAuthenticate::kMaxParams)
            std::abort();
        (void)parsed->scopes();
        (void)DiscoveryUrls::protectedResourceMetadata(
            QStringLiteral("https://mcp.example.com/mcp"), parsed->resourceMetadata(), true);
        (void)DiscoveryUrls::authorizationServerMetadata(parsed->realm(), true);
        (void)DiscoveryUrls::canonicalResource(parsed->resourceMetadata());
    } else if (parsed.error().message.isEmpty() || parsed.error().field != QLatin1String("WWW-Authenticate")) {
        std::abort();
    }
    if (size > 1) {
        const qsizetype cut = data[0] % field.size();
        (void)WwwAuthenticate::parse(QList<QByteArray>{field.left(cut), field.mid(cut)});
    }
    return 0;
}
