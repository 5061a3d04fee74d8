#include "ConsoleSettings.h"

#include <QDir>
#include <QHash>
#include <QHostAddress>
#include <QLocale>
#include <QSettings>

namespace mcpauth {

namespace {
// Every key in one place, with its default in ConsoleSettings' initialisers.
const char* const kLanguageKey = "general/language";
const char* const kAddressKey = "server/address";
const char* const kPortKey = "server/port";
const char* const kStartKey = "server/start";
const char* const kLogLevelKey = "log/level";
const char* const kDataFolderKey = "paths/dataFolder";
} // namespace

ConsoleSettings ConsoleSettings::load()
{
    QSettings settings;
    ConsoleSettings s;
    s.language = settings.value(QLatin1String(kLanguageKey)).toString();
    const QString address = settings.value(QLatin1String(kAddressKey), s.serverAddress).toString();
    if (isValidAddress(address))
        s.serverAddress = address;
    bool ok = false;
    const uint port = settings.value(QLatin1String(kPortKey), kDefaultPort).toUInt(&ok);
    s.serverPort = ok && port <= 65535 ? quint16(port) : kDefaultPort;
    s.startServer = settings.value(QLatin1String(kStartKey), true).toBool();
    s.logLevel
        = FileLogger::levelFromName(settings.value(QLatin1String(kLogLevelKey)).toString()).value_or(LogLevel::Info);
    s.dataFolder = settings.value(QLatin1String(kDataFolderKey)).toString();
    return s;
}

void ConsoleSettings::save() const
{
    QSettings settings;
    settings.setValue(QLatin1String(kLanguageKey), language);
    settings.setValue(QLatin1String(kAddressKey), serverAddress);
    settings.setValue(QLatin1String(kPortKey), serverPort);
    settings.setValue(QLatin1String(kStartKey), startServer);
    settings.setValue(QLatin1String(kLogLevelKey), FileLogger::levelName(logLevel));
    settings.setValue(QLatin1String(kDataFolderKey), dataFolder);
    settings.sync();
}

QStringList ConsoleSettings::availableLanguages(const QString& folder)
{
    QStringList tags;
    const QString prefix = QStringLiteral("mcpauth_");
    for (const QString& file : QDir(folder).entryList({QStringLiteral("mcpauth_*.qm")}, QDir::Files, QDir::Name)) {
        const QString tag = file.mid(prefix.size(), file.size() - prefix.size() - 3);
        if (!tag.isEmpty())
            tags << tag;
    }
    return tags;
}

QString ConsoleSettings::languageName(const QString& tag)
{
    // The project's languages by their usual names: QLocale's native names carry the territory of the
    // default locale ("American English", "Español de España") where the translation has none.
    static const QHash<QString, QString> names{{QStringLiteral("en"), QStringLiteral("English")},
        {QStringLiteral("zh_CN"), QStringLiteral("简体中文")}, {QStringLiteral("de"), QStringLiteral("Deutsch")},
        {QStringLiteral("fr"), QStringLiteral("Français")}, {QStringLiteral("ja"), QStringLiteral("日本語")},
        {QStringLiteral("es"), QStringLiteral("Español")}};
    if (const auto it = names.constFind(tag); it != names.constEnd())
        return *it;
    QString name = QLocale(tag).nativeLanguageName();
    if (name.isEmpty())
        return tag;
    name[0] = name.at(0).toUpper();
    return name;
}

bool ConsoleSettings::isValidAddress(const QString& address)
{
    return !QHostAddress(address).isNull();
}

bool ConsoleSettings::isLoopbackAddress(const QString& address)
{
    const QHostAddress host(address);
    return !host.isNull() && host.isLoopback();
}

} // namespace mcpauth
