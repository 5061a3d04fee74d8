#include "PlatformDirs.h"

#include <QDir>

namespace mcpauth {

PlatformDirs PlatformDirs::current()
{
    PlatformDirs dirs;
    dirs.home = QDir::homePath();
    dirs.appData = QDir::fromNativeSeparators(qEnvironmentVariable("APPDATA"));
    // Electron apps (Claude Desktop, VS Code) follow XDG_CONFIG_HOME when it is an absolute path.
    const QString xdg = qEnvironmentVariable("XDG_CONFIG_HOME");
    dirs.configHome = QDir::isAbsolutePath(xdg) ? xdg : dirs.home + QStringLiteral("/.config");
    return dirs;
}

PlatformDirs PlatformDirs::placeholders(TargetOs os)
{
    if (os == TargetOs::Windows)
        return {QStringLiteral("%USERPROFILE%"), QStringLiteral("%APPDATA%"), QString()};
    return {QStringLiteral("~"), QString(), QStringLiteral("~/.config")};
}

} // namespace mcpauth
