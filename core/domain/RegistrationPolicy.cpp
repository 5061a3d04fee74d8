#include "RegistrationPolicy.h"

#include "Names.h"
#include "redirect/RedirectUriRules.h"

namespace mcpauth {

ValidationErrors RegistrationPolicy::validate() const
{
    ValidationErrors errors;
    const QString field = QStringLiteral("redirectPatterns");
    if (enumName(kRegistrationModeNames, mode).isEmpty()) {
        errors << FieldError{QStringLiteral("mode"),
            QStringLiteral("The registration policy has an unknown value (%1). Choose open, open-restricted or admin.")
                .arg(static_cast<int>(mode))};
    }
    if (mode == RegistrationMode::OpenRestricted && redirectPatterns.isEmpty()) {
        errors << FieldError{field,
            QStringLiteral("The open-restricted policy needs at least one redirect URI pattern, such as "
                           "http://127.0.0.1/callback or https://*.example.com/callback; without one no client "
                           "could register. Add a pattern, or choose the admin policy to close registration.")};
    }
    if (mode != RegistrationMode::OpenRestricted && !redirectPatterns.isEmpty()) {
        errors << FieldError{field,
            QStringLiteral("Redirect URI patterns apply only to the open-restricted policy, not to %1. Remove the "
                           "patterns, or choose open-restricted.")
                .arg(enumName(kRegistrationModeNames, mode))};
    }
    if (redirectPatterns.size() > kMaxPatterns) {
        errors << FieldError{field,
            QStringLiteral("The policy has %1 redirect URI patterns; at most %2 are allowed.")
                .arg(redirectPatterns.size())
                .arg(kMaxPatterns)};
    }
    for (qsizetype i = 0; i < redirectPatterns.size(); ++i) {
        const QString& pattern = redirectPatterns.at(i);
        if (const qsizetype first = redirectPatterns.indexOf(pattern); first < i) {
            errors << FieldError{field,
                QStringLiteral("Pattern %1 (%2) is the same as pattern %3. Remove one of them.")
                    .arg(QString::number(i + 1), Names::quoted(pattern), QString::number(first + 1))};
            continue;
        }
        if (const Status valid = RedirectUriRules::validatePattern(pattern); !valid) {
            // The rules name the pattern themselves; this message names it with its position.
            QString reason = valid.error().message;
            const QString ownPrefix = QStringLiteral("pattern \"%1\": ").arg(pattern);
            if (reason.startsWith(ownPrefix))
                reason.remove(0, ownPrefix.size());
            errors << FieldError{field,
                QStringLiteral("Redirect URI pattern %1 (%2): %3.")
                    .arg(QString::number(i + 1), Names::quoted(pattern), reason)};
        }
    }
    return errors;
}

bool RegistrationPolicy::allowsRedirect(const QString& uri) const
{
    if (mode != RegistrationMode::OpenRestricted)
        return true;
    for (const QString& pattern : redirectPatterns) {
        if (RedirectUriRules::matchesPattern(pattern, uri))
            return true;
    }
    return false;
}

} // namespace mcpauth
