#pragma once

#include <QString>

namespace mcpauth {

// What rotating a signing key did: the new key signs from now on, the previous one stays published in
// the JWKS until the last token it signed has expired.
struct SigningKeyRotation
{
    QString kid;
    QString previousKid;
    qint64 previousPublishedUntil = 0; // ms since the epoch, UTC
    int longestLifetimeSeconds = 0; // the longest access-token lifetime, which set that date
    QString keyEncryptionKey; // where the key that seals the private keys lives, in words
};

} // namespace mcpauth
