#pragma once

#include "Application.h"
#include "FieldError.h"

#include <QByteArray>
#include <QString>

namespace mcpauth {

enum class KeyState { Active, Retired, Revoked };

inline constexpr EnumNames<KeyState, 3> kKeyStateNames{{
    {KeyState::Active, "active"},
    {KeyState::Retired, "retired"},
    {KeyState::Revoked, "revoked"},
}};

// A JWS signing key. The private part is stored only encrypted (by the local server's key store).
struct SigningKey
{
    QString kid;
    SigningAlgorithm algorithm = SigningAlgorithm::RS256;
    KeyState state = KeyState::Active;
    QByteArray publicKeyPem;
    QByteArray encryptedPrivateKey;
    qint64 createdAt = 0;
    qint64 retiredAt = 0; // 0 while active
    qint64 publishUntil = 0; // retired keys stay in the JWKS until the last token they signed expires

    [[nodiscard]] ValidationErrors validate() const;
    // In the JWKS at `nowMs`: active, or retired and before publishUntil. Revoked keys never are.
    [[nodiscard]] bool isPublishedAt(qint64 nowMs) const
    {
        return state == KeyState::Active || (state == KeyState::Retired && publishUntil > nowMs);
    }
};

} // namespace mcpauth
