#include "JwtValidator.h"

#include "Base64Url.h"
#include "EcdsaSignature.h"
#include "JwtDecoder.h"
#include "KeyRing.h"
#include "VerificationKey.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <cmath>

namespace mcpauth {

namespace {

// Far above any token we issue (about 1 KiB), far below anything that could cost real time to parse.
constexpr qsizetype kMaxTokenBytes = 16 * 1024;
constexpr int kMaxShownCharacters = 100;

Error refused(const QString& message)
{
    return Error::invalid(QStringLiteral("token"), message);
}

// A value taken from the token, as a message may show it: without control characters, cut short. The
// token is the sender's text and the message may end up in a log or an error_description.
QString shown(const QString& value)
{
    QString out;
    out.reserve(qMin<qsizetype>(value.size(), kMaxShownCharacters + 1));
    for (const QChar c : value) {
        if (out.size() == kMaxShownCharacters) {
            out += QChar(0x2026);
            break;
        }
        out += (c.unicode() < 0x20 || c.unicode() == 0x7f || c.category() == QChar::Other_Format) ? QChar(0xfffd) : c;
    }
    return out;
}

QString shownJson(const QJsonValue& value)
{
    if (value.isString())
        return shown(value.toString());
    if (value.isArray())
        return shown(QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact)));
    if (value.isObject())
        return shown(QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact)));
    return shown(value.toVariant().toString());
}

QString timeText(double seconds)
{
    return QDateTime::fromMSecsSinceEpoch(qint64(seconds * 1000.0), Qt::UTC)
               .toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
        + QStringLiteral(" UTC");
}

// "5 minutes", "1 hour", "3 days": whole units, rounded down.
QString durationText(double seconds)
{
    const qint64 s = qint64(std::floor(qAbs(seconds)));
    const auto unit = [](qint64 n, const char* one, const char* many) {
        return QStringLiteral("%1 %2").arg(n).arg(QLatin1String(n == 1 ? one : many));
    };
    if (s < 60)
        return unit(s, "second", "seconds");
    if (s < 3600)
        return unit(s / 60, "minute", "minutes");
    if (s < 2 * 86400)
        return unit(s / 3600, "hour", "hours");
    return unit(s / 86400, "day", "days");
}

// A NumericDate (RFC 7519 section 2): seconds since the epoch, possibly fractional.
Result<std::optional<double>> numericDate(const QJsonObject& claims, const QString& name, const QString& label)
{
    const QJsonValue value = claims.value(name);
    if (value.isUndefined())
        return std::optional<double>();
    if (!value.isDouble() || !std::isfinite(value.toDouble()) || value.toDouble() < 0
        || value.toDouble() > 253402300799.0) // 9999-12-31T23:59:59Z
        return refused(QStringLiteral("The token's %1 (%2) is not a time in seconds since 1970: %3.")
                           .arg(label, name, shownJson(value)));
    return std::optional<double>(value.toDouble());
}

// RFC 7515 section 4.1.9: "application/" may be left out of a media type, which compares case-insensitively.
QString mediaType(QString type)
{
    type = type.toLower();
    if (type.startsWith(QLatin1String("application/")))
        type = type.mid(12);
    return type;
}

Status checkHeaderAlgorithm(const QJsonObject& header)
{
    const QJsonValue alg = header.value(QStringLiteral("alg"));
    if (!alg.isString())
        return refused(QStringLiteral("The token's header names no signing algorithm (alg)."));
    const QString name = alg.toString();
    if (enumFromName(kSigningAlgorithmNames, name))
        return {};
    if (name.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0)
        return refused(QStringLiteral("The token is not signed (alg none); only RS256 and ES256 signatures are "
                                      "accepted."));
    if (name.startsWith(QLatin1String("HS")))
        return refused(QStringLiteral("The token is signed with %1, a shared-secret algorithm this server never "
                                      "uses; only RS256 and ES256 signatures are accepted.")
                           .arg(shown(name)));
    return refused(
        QStringLiteral("The token is signed with %1; only RS256 and ES256 signatures are accepted.").arg(shown(name)));
}

} // namespace

JwtValidator::JwtValidator(const KeyRing& keys)
    : m_keys(keys)
{ }

Result<ValidatedJwt> JwtValidator::validate(const QByteArray& compact, const JwtExpectations& expect) const
{
    if (compact.size() > kMaxTokenBytes)
        return refused(QStringLiteral("The token is %1 bytes long; tokens over %2 bytes are refused.")
                           .arg(compact.size())
                           .arg(kMaxTokenBytes));
    const auto parts = JwtDecoder::split(compact);
    if (!parts)
        return parts.error();

    // The header: only what selects the key and the algorithm is trusted before the signature is
    // checked. jku, jwk, x5u and x5c are never followed: the key comes from our own JWKS only.
    auto header = JwtDecoder::decodeObject(parts->header, QStringLiteral("header"));
    if (!header)
        return header.error();
    if (Status algorithm = checkHeaderAlgorithm(*header); !algorithm)
        return algorithm.error();
    const QString alg = header->value(QStringLiteral("alg")).toString();
    if (header->contains(QStringLiteral("crit")))
        return refused(QStringLiteral("The token's header marks extensions as critical (crit: %1), which this "
                                      "server does not support.")
                           .arg(shownJson(header->value(QStringLiteral("crit")))));
    const QJsonValue kidValue = header->value(QStringLiteral("kid"));
    if (!kidValue.isString() || kidValue.toString().isEmpty())
        return refused(QStringLiteral("The token's header has no key ID (kid), so the key that signed it cannot "
                                      "be found."));
    const QString kid = kidValue.toString();
    const auto key = m_keys.verificationKey(kid, expect.nowMs);
    if (!key)
        return refused(QStringLiteral("The token was signed with the key '%1', which this server does not "
                                      "publish (unknown, or retired and no longer published).")
                           .arg(shown(kid)));
    if (enumName(kSigningAlgorithmNames, key->algorithm) != alg)
        return refused(QStringLiteral("The token's header says %1, but the key '%2' is an %3 key.")
                           .arg(alg, shown(kid), enumName(kSigningAlgorithmNames, key->algorithm)));

    const auto signature = Base64Url::decode(parts->signature);
    if (!signature)
        return refused(QStringLiteral("The token's signature is not valid base64url."));
    if (key->algorithm == SigningAlgorithm::ES256 && signature->size() != EcdsaSignature::kRawBytes)
        return refused(QStringLiteral("The token's ES256 signature is %1 bytes long; it must be the %2-byte R || S "
                                      "form (RFC 7518 section 3.4).")
                           .arg(signature->size())
                           .arg(EcdsaSignature::kRawBytes));
    if (!key->verify(parts->signingInput, *signature))
        return refused(QStringLiteral("The token's signature does not match the key '%1': it was changed or "
                                      "signed by someone else.")
                           .arg(shown(kid)));

    if (!expect.type.isEmpty()) {
        const QJsonValue typ = header->value(QStringLiteral("typ"));
        const QString wanted = QString::fromLatin1(expect.type);
        if (!typ.isString())
            return refused(QStringLiteral("The token's header has no type (typ); it must be %1.").arg(wanted));
        if (mediaType(typ.toString()) != mediaType(wanted))
            return refused(QStringLiteral("The token's type (typ) is %1, not %2.").arg(shown(typ.toString()), wanted));
    }

    auto claims = JwtDecoder::decodeObject(parts->payload, QStringLiteral("payload"));
    if (!claims)
        return claims.error();

    const QJsonValue iss = claims->value(QStringLiteral("iss"));
    if (!iss.isString())
        return refused(QStringLiteral("The token has no issuer (iss); it must be %1.").arg(expect.issuer));
    if (iss.toString() != expect.issuer)
        return refused(QStringLiteral("The token's issuer is %1, not %2.").arg(shown(iss.toString()), expect.issuer));

    if (!expect.audience.isEmpty()) {
        const QJsonValue aud = claims->value(QStringLiteral("aud"));
        if (aud.isString()) {
            if (aud.toString() != expect.audience)
                return refused(
                    QStringLiteral("The token's audience is %1, not %2.").arg(shown(aud.toString()), expect.audience));
        } else if (aud.isArray()) {
            const QJsonArray audiences = aud.toArray();
            if (!audiences.contains(QJsonValue(expect.audience))) {
                QStringList names;
                for (const QJsonValue& a : audiences)
                    names << shownJson(a);
                return refused(audiences.isEmpty()
                        ? QStringLiteral("The token's audience list is empty; it must contain %1.").arg(expect.audience)
                        : QStringLiteral("The token's audiences are %1; none is %2.")
                              .arg(shown(names.join(QStringLiteral(", "))), expect.audience));
            }
        } else {
            return refused(QStringLiteral("The token has no audience (aud); it must be %1.").arg(expect.audience));
        }
    }

    const double now = double(expect.nowMs) / 1000.0;
    const double skew = expect.skewSeconds;
    auto exp = numericDate(*claims, QStringLiteral("exp"), QStringLiteral("expiry time"));
    if (!exp)
        return exp.error();
    if (!exp->has_value())
        return refused(QStringLiteral("The token has no expiry time (exp)."));
    if (now >= **exp + skew)
        return refused(
            QStringLiteral("The token expired at %1, %2 ago.").arg(timeText(**exp), durationText(now - **exp)));
    auto nbf = numericDate(*claims, QStringLiteral("nbf"), QStringLiteral("start time"));
    if (!nbf)
        return nbf.error();
    if (nbf->has_value() && **nbf > now + skew)
        return refused(QStringLiteral("The token is not valid before %1, %2 from now.")
                           .arg(timeText(**nbf), durationText(**nbf - now)));
    auto iat = numericDate(*claims, QStringLiteral("iat"), QStringLiteral("issue time"));
    if (!iat)
        return iat.error();
    if (iat->has_value() && **iat > now + skew)
        return refused(QStringLiteral("The token was issued at %1, %2 in the future: the clocks of this computer and "
                                      "the token's issuer disagree.")
                           .arg(timeText(**iat), durationText(**iat - now)));

    return ValidatedJwt{std::move(header).value(), std::move(claims).value()};
}

} // namespace mcpauth
