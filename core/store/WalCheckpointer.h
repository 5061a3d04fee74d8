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
// every interval, and back to back while the WAL is long, until it can start over. SQLite only;
// stop() gives the writer its automatic checkpoints back.
class WalCheckpointer : public QObject
{
    Q_OBJECT

public:
    static constexpr int kDefaultIntervalMs = 1000;
    // SQLite's own automatic checkpoint threshold.
    static constexpr int kDefaultCatchUpFrames = 1000;

    explicit WalCheckpointer(QObject* parent = nullptr);
    ~WalCheckpointer() override;

    // `writer` is the connection whose automatic checkpoints stop; it must be SQLite, stay open until
    // stop(), and belong to the calling thread. A WAL of catchUpFrames frames or more is checkpointed
    // again at once until it can start over.
    [[nodiscard]] Status start(
        Database& writer, int intervalMs = kDefaultIntervalMs, int catchUpFrames = kDefaultCatchUpFrames);
    // Waits for a checkpoint in progress (a few milliseconds at most), closes the worker's connection.
    void stop();
    [[nodiscard]] bool isRunning() const { return m_thread != nullptr; }

Q_SIGNALS:
    // After each checkpoint that found frames to copy: the frames in the WAL and those now in the
    // database file; (0, 0) when the next write starts the WAL over. Emitted on the worker thread (queued to
    // receivers elsewhere).
    void checkpointed(int walFrames, int checkpointedFrames);

private:
    // A RESTART checkpoint holds the writer's lock while it copies what is left: tried only when a
    // PASSIVE one had no more than this to copy.
    static constexpr int kRestartBelowFrames = 64;

    void workerFailed(const QString& message);
    [[nodiscard]] Status setAutoCheckpoint(bool on);

    Database* m_writer = nullptr;
    std::unique_ptr<QThread> m_thread;
};

} // namespace mcpauth
