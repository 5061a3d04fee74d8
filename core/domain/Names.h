#pragma once

#include "FieldError.h"

#include <QStringList>

namespace mcpauth {

// Shared rules for identifiers and scope tokens, so every entity refuses the same things in the same words.
class Names
{
public:
    // A time in messages: ISO 8601 UTC, or the raw number when it is not a valid time.
    [[nodiscard]] static QString timeText(qint64 ms);
    // Object names (organizations, applications, users): 1-64 of [A-Za-z0-9._-], starting with a letter or digit.
    // Names with / ? : # & % = + ; are refused because they break URLs and Casdoor's API.
    [[nodiscard]] static ValidationErrors checkName(const QString& field, const QString& value);
    // RFC 6749 section 3.3 scope-token: 1*( %x21 / %x23-5B / %x5D-7E ).
    [[nodiscard]] static bool isScopeToken(const QString& value);
    [[nodiscard]] static ValidationErrors checkScopeToken(const QString& field, const QString& value);
    // Display names: optional, at most 200 characters, no control characters.
    [[nodiscard]] static ValidationErrors checkDisplayText(const QString& field, const QString& value, int maxLength);

    // Added for the entities' validate(), so that they all word the same refusals the same way:
    // Descriptions: optional, at most maxLength characters; line breaks and tabs are allowed, other control
    // characters are not.
    [[nodiscard]] static ValidationErrors checkDescription(const QString& field, const QString& value, int maxLength);
    // A list of scope tokens without duplicates (allowed scopes, a resource's scopes, consents, tokens).
    [[nodiscard]] static ValidationErrors checkScopeList(const QString& field, const QStringList& scopes);
    // Identifiers (client ID, jti, kid): minLength..maxLength of ASCII letters, digits and extraChars.
    // label names the value in the message ("client ID").
    [[nodiscard]] static ValidationErrors checkIdentifier(const QString& field, const QString& label,
        const QString& value, int minLength, int maxLength, const QString& extraChars);
    // A value as messages show it: in single quotes, cut to a readable length, control characters replaced.
    // maxLength counts characters; URLs compared in a message ("expected ..., got ...") need more than names.
    static constexpr int kQuotedLength = 60;
    [[nodiscard]] static QString quoted(const QString& value, int maxLength = kQuotedLength);
};

} // namespace mcpauth
