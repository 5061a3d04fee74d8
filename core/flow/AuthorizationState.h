#pragma once

#include <QString>

namespace mcpauth {

// The `state` parameter of an authorization request (RFC 6749 section 10.12, RFC 9700 section
// 4.7): an unguessable value bound to this one request, which the callback must bring back.
class AuthorizationState
{
public:
    // 256 bits from the CSPRNG, base64url (43 characters).
    [[nodiscard]] static QString generate();
    // Constant-time comparison (the time taken says nothing about how much of a guess was right);
    // an empty expected value never matches.
    [[nodiscard]] static bool matches(const QString& expected, const QString& received);
};

} // namespace mcpauth
