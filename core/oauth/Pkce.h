#pragma once

#include <QString>

namespace mcpauth {

// PKCE (RFC 7636) with S256, the only method this project sends or accepts: the server's token
// endpoint checks a verifier with it, the connection flow's client makes its challenge with it.
class Pkce
{
public:
    // Section 4.1: 43 to 128 characters of [A-Z] / [a-z] / [0-9] / "-" / "." / "_" / "~".
    [[nodiscard]] static bool isCodeVerifier(const QString& verifier);
    // Section 4.2, S256: BASE64URL(SHA256(ASCII(verifier))), 43 characters.
    [[nodiscard]] static QString s256Challenge(const QString& verifier);
    // Section 4.6: the verifier's S256 challenge equals `challenge`, compared in constant time.
    [[nodiscard]] static bool verifierMatches(const QString& verifier, const QString& challenge);
};

} // namespace mcpauth
