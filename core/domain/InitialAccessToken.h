#pragma once

#include <QString>

namespace mcpauth {

// An initial access token (RFC 7591 section 3): what an administrator hands out so that a client may
// register dynamically with an organization whose policy is admin. Only a keyed hash of the value is
// stored; the value is shown once, when the token is created.
struct InitialAccessToken
{
    QString id;
    QString organizationId;
    qint64 createdAt = 0; // ms since the epoch, UTC
    qint64 expiresAt = 0;
    qint64 revokedAt = 0; // 0 while not revoked

    [[nodiscard]] bool isRevoked() const { return revokedAt != 0; }
    [[nodiscard]] bool isExpiredAt(qint64 nowMs) const { return expiresAt <= nowMs; }
    [[nodiscard]] bool isActiveAt(qint64 nowMs) const { return !isRevoked() && !isExpiredAt(nowMs); }
};

} // namespace mcpauth
