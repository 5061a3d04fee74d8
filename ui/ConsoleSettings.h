#pragma once

#include "logging/FileLogger.h"

#include <QString>
#include <QStringList>

namespace mcpauth {

// What Preferences changes, read by main() at start: the language, the local server's address and port
// and whether it runs, the log level and the data folder. The default connection profile lives with the
// profiles (ConnectionProfileStore). Never holds a secret.
struct ConsoleSettings
{
    static constexpr quint16 kDefaultPort = 8765;

    QString language; // a translation's tag ("de", "zh_CN"); empty: the system's language
    QString serverAddress = QStringLiteral("127.0.0.1");
    quint16 serverPort = kDefaultPort; // 0: any free port
    bool startServer = true;
    LogLevel logLevel = LogLevel::Info;
    QString dataFolder; // empty: the default (DataPaths), or MCPAUTH_DATA_DIR

    [[nodiscard]] static ConsoleSettings load();
    void save() const;

    // The tags of the translations compiled into the program (":/i18n/mcpauth_<tag>.qm"), sorted.
    [[nodiscard]] static QStringList availableLanguages(const QString& folder = QStringLiteral(":/i18n"));
    // A language's name in that language, capitalised as a menu entry: "Deutsch", "简体中文", "Français".
    [[nodiscard]] static QString languageName(const QString& tag);
    // Whether an address the server may listen on is a loopback one; false for what is not an address.
    [[nodiscard]] static bool isLoopbackAddress(const QString& address);
    [[nodiscard]] static bool isValidAddress(const QString& address);
};

} // namespace mcpauth
