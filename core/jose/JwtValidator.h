#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace mcpauth {

class KeyRing;

struct JwtExpectations
{
    QString issuer; // must equal `iss` exactly
    QString audience; // must be `aud` or one of its entries; empty: any
    QByteArray type = "at+jwt"; // header `typ` (RFC 9068); empty: not checked
    qint64 nowMs = 0;
    int skewSeconds = 60;
};

struct ValidatedJwt
{
    QJsonObject header;
    QJsonObject claims;
};

// Validates a compact JWS signed by one of our published keys: only RS256 and ES256 (never `none`, never
// HMAC), `kid` must name a published key whose algorithm matches the header's, then iss, aud, exp, nbf
// and iat. Thread-safe. Each refusal's message says what is wrong in words ("The token expired at ...").
class JwtValidator
{
public:
    explicit JwtValidator(const KeyRing& keys);
    [[nodiscard]] Result<ValidatedJwt> validate(const QByteArray& compact, const JwtExpectations& expect) const;

private:
    const KeyRing& m_keys;
};

} // namespace mcpauth
