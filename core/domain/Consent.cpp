#include "Consent.h"

#include "Names.h"
#include "Resource.h"

#include <QDateTime>

namespace mcpauth {

ValidationErrors Consent::validate() const
{
    ValidationErrors errors;
    if (userId.isEmpty()) {
        errors << FieldError{QStringLiteral("userId"),
            QStringLiteral("The consent names no user. A consent records which user agreed; choose the user.")};
    }
    if (applicationId.isEmpty()) {
        errors << FieldError{QStringLiteral("applicationId"),
            QStringLiteral("The consent names no application. A consent records which application the user trusted; "
                           "choose the application.")};
    }
    errors << Resource::checkCanonicalUri(QStringLiteral("resource"), resource);
    if (scopes.isEmpty()) {
        errors << FieldError{QStringLiteral("scopes"),
            QStringLiteral("The consent grants no scope. A consent records at least one scope the user agreed to.")};
    }
    errors << Names::checkScopeList(QStringLiteral("scopes"), scopes);
    if (grantedAt <= 0) {
        errors << FieldError{QStringLiteral("grantedAt"),
            QStringLiteral("The consent has no time at which it was granted (grantedAt is %1). Set it to the time, in "
                           "milliseconds since 1970 UTC, when the user agreed.")
                .arg(QString::number(grantedAt))};
    }
    if (revokedAt < 0 || (revokedAt != 0 && revokedAt < grantedAt)) {
        errors << FieldError{QStringLiteral("revokedAt"),
            QStringLiteral("The consent is revoked at %1, before it was granted at %2. A revocation time is 0 while "
                           "the consent is in force, or a time after it was granted.")
                .arg(Names::timeText(revokedAt), Names::timeText(grantedAt))};
    }
    return errors;
}

} // namespace mcpauth
