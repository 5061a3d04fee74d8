#pragma once

#include "common/Result.h"

#include <QObject>
#include <QStringList>

class QLocalServer;

namespace mcpauth {

// One console per user and store: the first launch listens on a local socket named after the user and
// `key`; a second launch hands its arguments over and exits, and the first raises its window
// (argumentsReceived). Local sockets are per user: 0700 folder on Unix, a per-user pipe on Windows.
class SingleInstance final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SingleInstance)

public:
    explicit SingleInstance(const QString& key, QObject* parent = nullptr);
    ~SingleInstance() override;

    // True when this process is the first: it now listens. False when another instance answered and
    // took `arguments`; this process should exit. A stale socket left by a crash is removed.
    [[nodiscard]] bool claim(const QStringList& arguments);
    [[nodiscard]] QString serverName() const { return m_name; }

Q_SIGNALS:
    void argumentsReceived(const QStringList& arguments);

private:
    void onNewConnection();

    QString m_name;
    QLocalServer* m_server = nullptr;
};

} // namespace mcpauth
