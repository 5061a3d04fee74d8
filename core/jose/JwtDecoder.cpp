#include "JwtDecoder.h"

#include "Base64Url.h"

#include <QJsonDocument>
#include <QJsonParseError>

namespace mcpauth {

namespace {

Error refused(const QString& message)
{
    return Error::invalid(QStringLiteral("token"), message);
}

} // namespace

Result<JwsParts> JwtDecoder::split(QByteArrayView compact)
{
    const qsizetype firstDot = compact.indexOf('.');
    const qsizetype secondDot = firstDot < 0 ? -1 : compact.indexOf('.', firstDot + 1);
    if (secondDot < 0 || compact.indexOf('.', secondDot + 1) >= 0) {
        if (compact.count('.') == 4)
            return refused(QStringLiteral("The token is encrypted (JWE); only signed tokens (JWS) are accepted."));
        return refused(QStringLiteral("The token is not a compact JWS: it must be three base64url parts separated "
                                      "by dots."));
    }
    JwsParts parts;
    parts.header = compact.first(firstDot);
    parts.payload = compact.sliced(firstDot + 1, secondDot - firstDot - 1);
    parts.signature = compact.sliced(secondDot + 1);
    parts.signingInput = compact.first(secondDot);
    return parts;
}

Result<QJsonObject> JwtDecoder::decodeObject(QByteArrayView part, const QString& what)
{
    const auto decoded = Base64Url::decode(part);
    if (!decoded)
        return refused(QStringLiteral("The token's %1 is not valid base64url.").arg(what));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(*decoded, &error);
    if (error.error != QJsonParseError::NoError || !document.isObject())
        return refused(QStringLiteral("The token's %1 is not a JSON object.").arg(what));
    return document.object();
}

Result<DecodedJwt> JwtDecoder::decode(QByteArrayView compact)
{
    if (compact.size() > kMaxTokenBytes)
        return refused(QStringLiteral("The token is %1 bytes long; tokens over %2 bytes are not decoded.")
                           .arg(compact.size())
                           .arg(kMaxTokenBytes));
    if (compact.isEmpty())
        return refused(QStringLiteral("The token is empty."));
    if (!compact.contains('.'))
        return refused(QStringLiteral("The token is opaque (it has no dots), not a JWT: only the server that "
                                      "issued it can tell what it grants, for example through token "
                                      "introspection."));
    if (compact.count('.') == 4)
        return refused(QStringLiteral("The token is encrypted (JWE): its claims can be read only by the server "
                                      "holding the decryption key."));
    const auto parts = split(compact);
    if (!parts)
        return parts.error();
    auto header = decodeObject(parts->header, QStringLiteral("header"));
    if (!header)
        return header.error();
    auto claims = decodeObject(parts->payload, QStringLiteral("payload"));
    if (!claims)
        return claims.error();
    const auto signature = Base64Url::decode(parts->signature);
    if (!signature)
        return refused(QStringLiteral("The token's signature is not valid base64url."));
    return DecodedJwt{std::move(header).value(), std::move(claims).value(), signature->size()};
}

} // namespace mcpauth
