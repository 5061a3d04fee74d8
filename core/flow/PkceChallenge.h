#pragma once

#include "common/Result.h"

#include <QString>

namespace mcpauth {

// The client's half of PKCE (RFC 7636) for one authorization request: a fresh verifier from the
// CSPRNG and its S256 challenge (oauth/Pkce, the same code the local server checks verifiers with).
// The verifier is a secret until the token request has used it: never log it.
struct PkceChallenge
{
    static constexpr int kDefaultLength = 64;

    QString verifier; // sent in the token request
    QString challenge; // sent in the authorization request
    [[nodiscard]] static QString method() { return QStringLiteral("S256"); }

    // `length` characters (43 to 128, RFC 7636 section 4.1) of base64url, 6 random bits each.
    [[nodiscard]] static Result<PkceChallenge> generate(int length = kDefaultLength);
};

} // namespace mcpauth
