#pragma once

#include <QString>

namespace mcpauth {

// What Preferences changes, read by main() at start: the local server's port and whether it runs.
// The default connection profile lives with the profiles (ConnectionProfileStore).
struct ConsoleSettings
{
    static constexpr quint16 kDefaultPort = 8765;

    quint16 serverPort = kDefaultPort; // 0: any free port
    bool startServer = true;

    [[nodiscard]] static ConsoleSettings load();
    void save() const;
};

} // namespace mcpauth
