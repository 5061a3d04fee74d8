#include "ConsoleSettings.h"

#include <QSettings>

namespace mcpauth {

namespace {
const char* const kPortKey = "server/port";
const char* const kStartKey = "server/start";
} // namespace

ConsoleSettings ConsoleSettings::load()
{
    QSettings settings;
    ConsoleSettings s;
    bool ok = false;
    const uint port = settings.value(QLatin1String(kPortKey), kDefaultPort).toUInt(&ok);
    s.serverPort = ok && port <= 65535 ? quint16(port) : kDefaultPort;
    s.startServer = settings.value(QLatin1String(kStartKey), true).toBool();
    return s;
}

void ConsoleSettings::save() const
{
    QSettings settings;
    settings.setValue(QLatin1String(kPortKey), serverPort);
    settings.setValue(QLatin1String(kStartKey), startServer);
    settings.sync();
}

} // namespace mcpauth
