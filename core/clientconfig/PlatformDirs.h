#pragma once

#include "McpClient.h"

#include <QString>

namespace mcpauth {

// The folders client configuration paths start from. Paths are computed from these alone (no
// QStandardPaths), so that the paths of every system can be tested on any one.
struct PlatformDirs
{
    QString home; // ~, or %USERPROFILE% on Windows
    QString appData; // %APPDATA% (Roaming) on Windows; unused elsewhere
    QString configHome; // $XDG_CONFIG_HOME or ~/.config on Linux; unused elsewhere

    // This computer's folders, from the environment.
    [[nodiscard]] static PlatformDirs current();
    // Placeholders a person recognises (~, %APPDATA%), to show another system's paths.
    [[nodiscard]] static PlatformDirs placeholders(TargetOs os);
};

} // namespace mcpauth
