#include "PkceChallenge.h"

#include "oauth/Pkce.h"
#include "security/SecureRandom.h"

namespace mcpauth {

Result<PkceChallenge> PkceChallenge::generate(int length)
{
    if (length < 43 || length > 128)
        return Error::invalid(QStringLiteral("length"),
            QStringLiteral("A PKCE code verifier has 43 to 128 characters (RFC 7636 section 4.1), not %1.")
                .arg(length));
    // base64url yields 4 characters per 3 bytes; take enough bytes and cut to the length.
    PkceChallenge pkce;
    pkce.verifier = SecureRandom::token((length * 3 + 3) / 4).left(length);
    pkce.challenge = Pkce::s256Challenge(pkce.verifier);
    return pkce;
}

} // namespace mcpauth
