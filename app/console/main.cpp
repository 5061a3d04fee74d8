#include "ConsoleSettings.h"
#include "MainWindow.h"
#include "backend/ConnectionProfileStore.h"
#include "backend/LocalBackend.h"
#include "desktop/SingleInstance.h"
#include "logging/FileLogger.h"
#include "server/LocalServerRunner.h"
#include "server/ServerSettings.h"
#include "store/DataPaths.h"
#include "store/DatabaseLocation.h"
#include "store/Store.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QHostAddress>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QTranslator>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("mcp-auth"));
    QApplication::setApplicationName(QStringLiteral("mcp-auth-console"));
    QApplication::setApplicationDisplayName(QStringLiteral("MCP Auth Console"));
    QApplication::setApplicationVersion(QStringLiteral(MCPAUTH_VERSION));
    // The desktop file's name: window managers and the portal match the running window to it.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.mcpauth.console"));
    // PNGs for every size (sharp on HiDPI, and shown even without the SVG plugin), the SVG for the rest.
    QIcon icon(QStringLiteral(":/icons/mcp-auth-console.svg"));
    for (const int size : {16, 32, 48, 64, 128, 256})
        icon.addFile(
            QStringLiteral(":/icons/hicolor/%1x%1/apps/io.github.mcpauth.console.png").arg(size), QSize(size, size));
    QApplication::setWindowIcon(icon);

    const mcpauth::ConsoleSettings preferences = mcpauth::ConsoleSettings::load();
    // Preferences > Data folder: the store, its keys and the log live there; MCPAUTH_DATA_DIR (a test, a
    // script) still wins.
    if (!preferences.dataFolder.isEmpty() && qEnvironmentVariableIsEmpty("MCPAUTH_DATA_DIR"))
        qputenv("MCPAUTH_DATA_DIR", QDir::toNativeSeparators(preferences.dataFolder).toLocal8Bit());
    // Preferences > Language, or the system's.
    const QLocale locale = preferences.language.isEmpty() ? QLocale() : QLocale(preferences.language);
    QLocale::setDefault(locale);
    QTranslator qtTranslator;
    if (qtTranslator.load(
            locale, QStringLiteral("qtbase"), QStringLiteral("_"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QApplication::installTranslator(&qtTranslator);
    QTranslator translator;
    // English is the source language, but its plural forms ("1 application", "4 applications") live in
    // mcpauth_en: it is the fallback for any language without its own translation, the C locale included.
    if (translator.load(locale, QStringLiteral("mcpauth"), QStringLiteral("_"), QStringLiteral(":/i18n"))
        || translator.load(QStringLiteral("mcpauth_en"), QStringLiteral(":/i18n")))
        QApplication::installTranslator(&translator);

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Administration console for OAuth 2.1 in front of MCP servers."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption dbOption(QStringLiteral("db"),
        QStringLiteral("The store: a SQLite file, sqlite:///path or "
                       "postgresql://user@host:port/db (password from "
                       "MCPAUTH_DB_PASSWORD)."),
        QStringLiteral("url"));
    parser.addOption(dbOption);
    const QCommandLineOption portOption(QStringLiteral("port"),
        QStringLiteral("Port of the local server on 127.0.0.1 (default 8765; 0: any free port)."),
        QStringLiteral("port"));
    parser.addOption(portOption);
    const QCommandLineOption noServerOption(
        QStringLiteral("no-server"), QStringLiteral("Do not run the local authorization server."));
    parser.addOption(noServerOption);
    parser.process(app);

    // After the arguments: --help and --version leave no log file behind.
    QLoggingCategory::setFilterRules(mcpauth::FileLogger::filterRules(preferences.logLevel));
    const mcpauth::FileLogger logger(
        mcpauth::DataPaths::dataDirectory() + QLatin1Char('/') + mcpauth::FileLogger::defaultFileName());
    qInfo("MCP Auth Console %s starting", MCPAUTH_VERSION);

    mcpauth::ServerSettings serverSettings;
    serverSettings.address = QHostAddress(preferences.serverAddress);
    serverSettings.port = preferences.serverPort;
    if (parser.isSet(portOption)) {
        bool ok = false;
        const uint port = parser.value(portOption).toUInt(&ok);
        if (!ok || port > 65535) {
            QMessageBox::critical(nullptr, QStringLiteral("MCP Auth Console"),
                QStringLiteral("--port takes a number from 0 to 65535, not '%1'.").arg(parser.value(portOption)));
            return 2;
        }
        serverSettings.port = quint16(port);
    }

    auto location = mcpauth::DatabaseLocation::defaultLocation();
    if (parser.isSet(dbOption)) {
        auto parsed = mcpauth::DatabaseLocation::parse(parser.value(dbOption));
        if (!parsed) {
            QMessageBox::critical(nullptr, QStringLiteral("MCP Auth Console"), parsed.error().message);
            return 3;
        }
        location = *parsed;
    }

    // One console per store: a second launch raises the first and hands over its arguments.
    mcpauth::SingleInstance single(location.identity());
    if (!single.claim(QCoreApplication::arguments())) {
        qInfo("MCP Auth Console is already running on this store; its window was raised.");
        return 0;
    }
    mcpauth::StoreOpenOptions options;
    options.password = qEnvironmentVariable("MCPAUTH_DB_PASSWORD");
    // The server's store on this thread: its endpoints answer from the main thread. The views get their
    // own connection on the backend's worker thread, so no query runs on the UI thread.
    auto store = mcpauth::Store::open(location, options);
    if (!store) {
        QMessageBox::critical(nullptr, QStringLiteral("MCP Auth Console"),
            QStringLiteral("The store could not be opened.\n\n%1").arg(store.error().message));
        return 6;
    }
    mcpauth::LocalBackend backend(location, options);
    // Opened first: the backend serves calls in order, so the window's first loads come after it.
    QObject openContext;
    mcpauth::MainWindow* shown = nullptr;
    backend.open(&openContext, [&shown](mcpauth::Status opened) {
        if (!shown)
            return;
        if (!opened) {
            QMessageBox::critical(shown, QStringLiteral("MCP Auth Console"),
                QStringLiteral("The store could not be opened.\n\n%1").arg(opened.error().message));
            return;
        }
        shown->offerFirstStart();
    });
    mcpauth::MainWindow window(backend);
    shown = &window;
    QObject::connect(&single, &mcpauth::SingleInstance::argumentsReceived, &window, [&window](const QStringList&) {
        qInfo("Another launch asked for this console; raising its window.");
        window.setWindowState((window.windowState() & ~Qt::WindowMinimized) | Qt::WindowActive);
        window.show();
        window.raise();
        window.activateWindow();
    });
    // The local server belongs with the local backend: it runs while the window shows this store. A
    // failure (port taken, no key) leaves the console working and says so in the status bar.
    mcpauth::LocalServerRunner server;
    window.setLocalServer(&server);
    window.show();
    // The default connection profile opens instead of the default store, unless --db names one.
    if (!parser.isSet(dbOption)) {
        if (auto profile = window.profileStore().find(window.profileStore().defaultProfileId())) {
            QMetaObject::invokeMethod(
                &window, [&window, p = *profile] { window.connectProfile(p); }, Qt::QueuedConnection);
        }
    }
    if (!parser.isSet(noServerOption) && preferences.startServer) {
        QMetaObject::invokeMethod(
            &server, [&] { server.start(**store, serverSettings); }, Qt::QueuedConnection);
    }
    const int code = QApplication::exec();
    server.stop();
    return code;
}
