#pragma once

#include "backend/LocalBackend.h"

#include <QTest>
#include <QWidget>
#include <optional>

namespace mcpauth::test {

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
