#pragma once

#include "Database.h"
#include "common/Result.h"

namespace mcpauth {

// Versioned forward migrations of the one schema shared by SQLite and PostgreSQL. Each version is
// applied in its own transaction and recorded in schema_version; a store newer than this program
// is refused rather than guessed at.
class Migrations
{
public:
    [[nodiscard]] static int latestVersion();
    [[nodiscard]] static Result<int> currentVersion(const Database& db);
    // Brings the schema up to `targetVersion` (the latest by default; tests pass older ones to build
    // stores as older releases left them).
    [[nodiscard]] static Status migrate(Database& db, int targetVersion = -1);
};

} // namespace mcpauth
