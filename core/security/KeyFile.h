#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace mcpauth {

// A secret key of a fixed size kept as hex in a file only its owner may read (0600, in a 0700
// folder), created with the CSPRNG on first use. Used where no keychain holds the key: the store's
// HMAC key, and the signing keys' encryption key of a headless server.
class KeyFile
{
public:
    // `what` names the key in messages ("the store key").
    [[nodiscard]] static Result<QByteArray> loadOrCreate(const QString& path, int bytes, const QString& what);
    [[nodiscard]] static bool exists(const QString& path);
};

} // namespace mcpauth
