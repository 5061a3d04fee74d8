#pragma once

// Reading what FileLogger wrote, for the tests that search a log for secrets.
#include "logging/FileLogger.h"

#include <QByteArray>
#include <QFile>
#include <QString>

namespace mcpauth::test {

// The log file and its rotated copies, oldest first.
inline QByteArray readLogs(const QString& path)
{
    QByteArray all;
    for (int i = FileLogger::kDefaultKeep; i >= 0; --i) {
        QFile file(i == 0 ? path : path + QStringLiteral(".%1").arg(i));
        if (file.open(QIODevice::ReadOnly))
            all += file.readAll();
    }
    return all;
}

} // namespace mcpauth::test
