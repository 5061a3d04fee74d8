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
    // A random UUID (version 4) without braces, for row ids.
    [[nodiscard]] static QString uuid();
};

} // namespace mcpauth
