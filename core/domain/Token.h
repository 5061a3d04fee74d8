#pragma once

#include "EnumText.h"
#include "FieldError.h"

#include <QString>
#include <QStringList>

namespace mcpauth {

enum class TokenKind { Access, Refresh };
enum class TokenState { Active, Expired, Revoked };

inline constexpr EnumNames<TokenKind, 2> kTokenKindNames{{
    {TokenKind::Access, "access"},
    {TokenKind::Refresh, "refresh"},
}};
inline constexpr EnumNames<TokenState, 3> kTokenStateNames{{
    {TokenState::Active, "active"},
    {TokenState::Expired, "expired"},
    {TokenState::Revoked, "revoked"},
}};

// Metadata of an issued token. The token value itself is never stored: only a hash of it, so that
// an opaque token can be found on introspection.
struct Token
{
    QString id; // jti
    TokenKind kind = TokenKind::Access;
    QString applicationId;
    QString userId; // empty for client_credentials
    QString resource; // aud
    QStringList scopes;
    qint64 issuedAt = 0; // ms since the epoch, UTC
    qint64 expiresAt = 0;
    qint64 revokedAt = 0; // 0 while not revoked
    QString familyId; // refresh-token family (rotation); empty for access tokens outside a family
    QString valueHash; // hex SHA-256 of the token value, empty when unknown

    [[nodiscard]] TokenState stateAt(qint64 nowMs) const
    {
        if (revokedAt != 0)
            return TokenState::Revoked;
        return expiresAt <= nowMs ? TokenState::Expired : TokenState::Active;
    }
    [[nodiscard]] ValidationErrors validate() const;
};

} // namespace mcpauth
