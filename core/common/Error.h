#pragma once

#include <QString>

namespace mcpauth {

// The kinds of failure a caller may want to tell apart; the message says the rest in words.
enum class ErrorCode {
    InvalidInput, // the caller's data breaks a rule; the message names the field and the rule
    NotFound,
    Conflict, // a uniqueness rule or a concurrent change
    Database,
    Io,
    Crypto,
    Integrity, // stored data fails a check (audit chain, integrity_check)
    Unavailable, // a service (keychain, database server) cannot be reached
    Unsupported, // the backend cannot do this at all (a capability it lacks); the message says why
    Internal,
};

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    QString message;
    QString field; // the offending field for InvalidInput, empty otherwise

    [[nodiscard]] static Error invalid(const QString& fieldName, const QString& text)
    {
        return {ErrorCode::InvalidInput, text, fieldName};
    }
    [[nodiscard]] static Error make(ErrorCode c, const QString& text) { return {c, text, {}}; }
};

[[nodiscard]] QString errorCodeName(ErrorCode code);

} // namespace mcpauth
