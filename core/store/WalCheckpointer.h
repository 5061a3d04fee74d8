#pragma once

#include "DatabaseLocation.h"
#include "common/Result.h"

#include <QObject>
#include <QThread>
#include <memory>

namespace mcpauth {

class Database;

// Moves SQLite's WAL checkpoints off the thread that writes. SQLite's automatic checkpoint runs inside
// the COMMIT that passes 1000 WAL pages and fsyncs the WAL and the database file there: on the local
// server's main thread that stalled every request in flight for ~20 ms now and then. While running,
// the writer's connection has wal_autocheckpoint=0 and a connection of our own, opened and used only on
// a worker thread, runs PASSIVE checkpoints (which never wait for, or block, readers and the writer)
// every interval. SQLite only; stop() gives the writer its automatic checkpoints back.
class WalCheckpointer : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 1000;

    explicit WalCheckpointer(QObject* parent = nullptr);
    ~WalCheckpointer() override;

    // `writer` is the connection whose automatic checkpoints stop; it must be SQLite, stay open until
    // stop(), and belong to the calling thread.
    [[nodiscard]] Status start(Database& writer, int intervalMs = kDefaultIntervalMs);
    // Waits for a checkpoint in progress (a few milliseconds at most), closes the worker's connection.
    void stop();
    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    // After each checkpoint that found frames to copy: the frames in the WAL and those now in the
    // database file. Emitted on the worker thread (queued to receivers elsewhere).
    void checkpointed(int walFrames, int checkpointedFrames);

private:
    void workerFailed(const QString& message);
    [[nodiscard]] Status setAutoCheckpoint(bool on);

    Database* m_writer = nullptr;
    std::unique_ptr<QThread> m_thread;
};

} // namespace mcpauth
