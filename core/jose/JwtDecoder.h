#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QString>

namespace mcpauth {

// The three parts of a compact JWS (RFC 7515 section 7.1), as views into the caller's token.
struct JwsParts
{
    QByteArrayView header;
    QByteArrayView payload;
    QByteArrayView signature;
    QByteArrayView signingInput; // header '.' payload: what the signature covers
};

// A JWT's header and claims, decoded but NOT verified: for showing what a token says (the flow
// debugger's token panel, diagnosis evidence such as "aud is X"), never for deciding whom to trust.
// JwtValidator is the one that verifies.
struct DecodedJwt
{
    QJsonObject header;
    QJsonObject claims;
    qsizetype signatureBytes = 0; // 0 for an unsecured JWT (alg none), which is still shown
};

// Splitting and decoding of compact JWTs, shared by JwtValidator and the flow engine. Every refusal is
// Error::invalid("token", sentence) and never repeats the token (it may be a live credential).
class JwtDecoder
{
public:
    // Far above any real access or ID token (a few KiB), far below what could cost time to parse.
    static constexpr qsizetype kMaxTokenBytes = 64 * 1024;

    // Exactly three dot-separated parts; a five-part token is named as encrypted (JWE). Does not look
    // inside the parts.
    [[nodiscard]] static Result<JwsParts> split(QByteArrayView compact);
    // One part as a JSON object: strict base64url (Base64Url::decode), then JSON. `what` names the part
    // in the message ("header", "payload").
    [[nodiscard]] static Result<QJsonObject> decodeObject(QByteArrayView part, const QString& what);
    // split + header + payload + the signature's length, for display. Refuses tokens over kMaxTokenBytes
    // and anything that is not a compact JWS with JSON object header and payload; an opaque token (no
    // dots) is named as such.
    [[nodiscard]] static Result<DecodedJwt> decode(QByteArrayView compact);
};

} // namespace mcpauth
