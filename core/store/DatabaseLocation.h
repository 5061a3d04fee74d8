#pragma once

#include "common/Result.h"

#include <QString>

namespace mcpauth {

enum class SqlDialect { Sqlite, Postgres };

// Where a store lives, parsed from what the user typed after --db:
//   a file path, or sqlite:///abs/path, or postgresql://user@host[:port]/dbname
// A password in the URL is refused: it would end up in shell history and `ps`. It comes from
// MCPAUTH_DB_PASSWORD or the keychain.
struct DatabaseLocation
{
    SqlDialect dialect = SqlDialect::Sqlite;
    QString filePath; // SQLite
    QString host; // PostgreSQL
    int port = 5432;
    QString user;
    QString database;

    [[nodiscard]] static Result<DatabaseLocation> parse(const QString& text);
    [[nodiscard]] static DatabaseLocation defaultLocation();
    // The location without any secret, for messages and logs.
    [[nodiscard]] QString display() const;
    // A stable name for keychain entries and key files of this store.
    [[nodiscard]] QString identity() const;
};

} // namespace mcpauth
