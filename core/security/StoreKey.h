#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QString>

namespace mcpauth {

// The key under which client secrets are HMAC'd. It never lives in the database: a dump of the
// database alone must not let anyone test guessed secrets. It comes from MCPAUTH_STORE_KEY (64 hex
// characters, for servers sharing a PostgreSQL store) or from a 0600 file in the data directory,
// created on first use.
class StoreKey
{
public:
    [[nodiscard]] static Result<QByteArray> load(const QString& storeIdentity);
    [[nodiscard]] static QString keyFilePath(const QString& storeIdentity);
};

} // namespace mcpauth
