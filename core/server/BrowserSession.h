#pragma once

#include <QString>

namespace mcpauth {

// A browser's session at the login and consent pages, kept only in the server's memory. The id
// travels in an HttpOnly cookie; the CSRF token in the pages' hidden fields.
struct BrowserSession
{
    QString id; // 256 random bits, base64url
    QString csrfToken; // 256 random bits, base64url; checked on every POST
    QString userId; // empty until someone signs in
    QString organizationId; // of the signed-in user
    QString username;
    QString displayName;
    qint64 createdAt = 0; // ms since the epoch
    qint64 expiresAt = 0;
    qint64 authenticatedAt = 0;
    QString source; // the address that opened it, for the per-source limit
    quint64 sequence = 0; // BrowserSessionStore's order of creation

    [[nodiscard]] bool isSignedIn() const { return !userId.isEmpty(); }
};

} // namespace mcpauth
