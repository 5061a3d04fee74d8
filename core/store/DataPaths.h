#pragma once

#include <QString>

namespace mcpauth {

// Where the local backend keeps its files. MCPAUTH_DATA_DIR overrides the per-user data directory
// (tests and scripts use it; the GUI and the CLI share the default).
class DataPaths
{
public:
    [[nodiscard]] static QString dataDirectory();
    [[nodiscard]] static QString defaultDatabaseFile();
};

} // namespace mcpauth
