#include "DataPaths.h"

#include <QDir>
#include <QStandardPaths>

namespace mcpauth {

QString DataPaths::dataDirectory()
{
    const QString overridden = qEnvironmentVariable("MCPAUTH_DATA_DIR");
    if (!overridden.isEmpty())
        return QDir::cleanPath(overridden);
    // GenericDataLocation, not AppDataLocation: the GUI and the CLI are two executables sharing one store.
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) + QStringLiteral("/mcp-auth-console");
}

QString DataPaths::defaultDatabaseFile()
{
    return dataDirectory() + QStringLiteral("/store.sqlite");
}

} // namespace mcpauth
