#pragma once

#include <QByteArray>
#include <QString>

namespace mcpauth {

// Every secret, id and salt comes from the operating system's CSPRNG (QRandomGenerator::system()).
class SecureRandom
{
public:
    [[nodiscard]] static QByteArray bytes(int count);
    // base64url without padding of `byteCount` random bytes.
    [[nodiscard]] static QString token(int byteCount);
    // An identifier that sorts by creation time: 12 hex digits of milliseconds since the epoch, then
    // 96 random bits (base64url), 28 characters. Used for token ids (jti): new rows land at the end
    // of the primary-key index instead of at random pages, and the id is still unguessable.
    [[nodiscard]] static QString timeOrderedId(qint64 msSinceEpoch);
    // A random UUID (version 4) without braces, for row ids.
    [[nodiscard]] static QString uuid();
};

} // namespace mcpauth
