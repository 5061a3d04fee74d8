#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace mcpauth {

// A private_key_jwt client assertion (RFC 7523 section 2.2, OpenID Connect Core section 9): a JWT
// signed with the client's private key, `iss` = `sub` = the client ID, `aud` = the authorization
// server's issuer, a short lifetime and a fresh `jti`. The assertion is a credential: never log it.
class ClientAssertion
{
public:
    static constexpr int kLifetimeSeconds = 300;

    // `privateKeyPem`: PKCS#8 (or traditional) PEM; ES256 needs an EC P-256 key, RS256 an RSA key.
    [[nodiscard]] static Result<QByteArray> sign(
        const QByteArray& privateKeyPem, const QString& algorithm, const QString& clientId, const QString& audience);
};

} // namespace mcpauth
