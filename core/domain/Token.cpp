#include "Token.h"

#include "Names.h"
#include "Resource.h"

#include <QDateTime>

namespace mcpauth {

namespace {

bool isLowerHex(const QString& text)
{
    for (QChar c : text) {
        const char16_t u = c.unicode();
        if (!((u >= u'0' && u <= u'9') || (u >= u'a' && u <= u'f')))
            return false;
    }
    return true;
}

} // namespace

ValidationErrors Token::validate() const
{
    ValidationErrors errors;
    // At least 16 characters so that a jti cannot be guessed or collide (RFC 7519 section 4.1.7).
    errors << Names::checkIdentifier(
        QStringLiteral("id"), QStringLiteral("token ID (jti)"), id, 16, 128, QStringLiteral("._~-"));
    if (enumName(kTokenKindNames, kind).isEmpty()) {
        errors << FieldError{QStringLiteral("kind"),
            QStringLiteral("The token kind has an unknown value (%1). A token is either 'access' or 'refresh'.")
                .arg(QString::number(static_cast<int>(kind)))};
    }
    if (applicationId.isEmpty()) {
        errors << FieldError{QStringLiteral("applicationId"),
            QStringLiteral("The token names no application. Every token is issued to an application; set the "
                           "application it was issued to.")};
    }
    errors << Resource::checkCanonicalUri(QStringLiteral("resource"), resource);
    errors << Names::checkScopeList(QStringLiteral("scopes"), scopes);

    if (issuedAt <= 0) {
        errors << FieldError{QStringLiteral("issuedAt"),
            QStringLiteral("The token has no issue time (issuedAt is %1). Set it to the time, in milliseconds since "
                           "1970 UTC, when the token was issued.")
                .arg(QString::number(issuedAt))};
    }
    if (expiresAt <= issuedAt) {
        errors << FieldError{QStringLiteral("expiresAt"),
            QStringLiteral("The token expires at %1, which is not after it was issued at %2. The expiry must be later "
                           "than the issue time.")
                .arg(Names::timeText(expiresAt), Names::timeText(issuedAt))};
    }
    if (revokedAt < 0 || (revokedAt != 0 && revokedAt < issuedAt)) {
        errors << FieldError{QStringLiteral("revokedAt"),
            QStringLiteral("The token is revoked at %1, before it was issued at %2. A revocation time is 0 while the "
                           "token is not revoked, or a time after it was issued.")
                .arg(Names::timeText(revokedAt), Names::timeText(issuedAt))};
    }
    if (kind == TokenKind::Refresh && familyId.isEmpty()) {
        errors << FieldError{QStringLiteral("familyId"),
            QStringLiteral("The refresh token has no family ID. Refresh-token rotation needs it to revoke the whole "
                           "family when a refresh token is used twice (OAuth 2.1 section 4.3.1); set familyId.")};
    }
    if (!valueHash.isEmpty() && (valueHash.size() != 64 || !isLowerHex(valueHash))) {
        const bool upperCase = valueHash.size() == 64 && isLowerHex(valueHash.toLower());
        const QString fix = upperCase ? QStringLiteral(" Write it in lower case.")
                                      : QStringLiteral(" Leave it empty when the hash is not known.");
        errors << FieldError{QStringLiteral("valueHash"),
            QStringLiteral("The value hash %1 is not a hex SHA-256 digest: it must be 64 lower-case hexadecimal "
                           "characters (0-9, a-f).%2")
                .arg(Names::quoted(valueHash), fix)};
    }
    return errors;
}

} // namespace mcpauth
