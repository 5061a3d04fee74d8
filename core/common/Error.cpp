#include "Error.h"

namespace mcpauth {

QString errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return QStringLiteral("invalid_input");
    case ErrorCode::NotFound:
        return QStringLiteral("not_found");
    case ErrorCode::Conflict:
        return QStringLiteral("conflict");
    case ErrorCode::Database:
        return QStringLiteral("database");
    case ErrorCode::Io:
        return QStringLiteral("io");
    case ErrorCode::Crypto:
        return QStringLiteral("crypto");
    case ErrorCode::Integrity:
        return QStringLiteral("integrity");
    case ErrorCode::Unavailable:
        return QStringLiteral("unavailable");
    case ErrorCode::Unsupported:
        return QStringLiteral("unsupported");
    case ErrorCode::Internal:
        return QStringLiteral("internal");
    }
    return QStringLiteral("internal");
}

} // namespace mcpauth
