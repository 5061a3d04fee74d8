#pragma once

#include "backend/LocalBackend.h"
#include "demo/DemoData.h"
#include "store/Store.h"

#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QWidget>
#include <memory>
#include <optional>

namespace mcpauth::test {

// Points the console's data folder and settings at throw-away places (a GUI test's first step), so no
// developer's settings, profiles or store are read or changed.
inline void isolate(const QTemporaryDir& dir, const QString& application)
{
    QVERIFY(dir.isValid());
    qputenv("MCPAUTH_DATA_DIR", dir.path().toUtf8());
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("mcpauth-test"));
    QCoreApplication::setApplicationName(application);
    QSettings().clear();
}

// A store in `dir` (store.sqlite) with the demo data installed; `location` says where it is.
inline void openDemoStore(const QTemporaryDir& dir, DatabaseLocation& location, std::unique_ptr<Store>& store,
    std::optional<DemoDataReport>* installed = nullptr)
{
    location.filePath = dir.filePath(QStringLiteral("store.sqlite"));
    auto opened = Store::open(location);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    store = std::move(opened).value();
    auto demo = DemoData::install(*store, {QStringLiteral("test"), QStringLiteral("test")});
    QVERIFY(demo && demo->created);
    if (installed)
        *installed = *demo;
}

// Opens a local backend and waits for it (the GUI tests' first step).
inline void openBackend(LocalBackend& backend)
{
    std::optional<Status> opened;
    QObject context;
    backend.open(&context, [&](Status s) { opened = s; });
    QTRY_VERIFY(opened.has_value());
    QVERIFY2(*opened, qPrintable(opened->error().message));
}

// MCPAUTH_SCREENSHOT_DIR=/some/dir: the tests save what they show, for a person to look at.
inline void saveShot(QWidget* widget, const QString& name)
{
    const QString dir = qEnvironmentVariable("MCPAUTH_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        QVERIFY(widget->grab().save(dir + QLatin1Char('/') + name + QStringLiteral(".png")));
}

} // namespace mcpauth::test
