#include "WalCheckpointer.h"

#include "Database.h"
#include "common/Logging.h"

#include <QTimer>
#include <optional>
#include <utility>

namespace mcpauth {

WalCheckpointer::WalCheckpointer(QObject* parent)
    : QObject(parent)
{ }

WalCheckpointer::~WalCheckpointer()
{
    stop();
}

Status WalCheckpointer::setAutoCheckpoint(bool on)
{
    // 1000 pages is SQLite's default, the one the GUI and the CLI keep.
    return m_writer->execAll(
        {on ? QStringLiteral("PRAGMA wal_autocheckpoint=1000") : QStringLiteral("PRAGMA wal_autocheckpoint=0")});
}

Status WalCheckpointer::start(Database& writer, int intervalMs, int catchUpFrames)
{
    if (m_thread)
        return {};
    if (writer.dialect() != SqlDialect::Sqlite)
        return Error::invalid(QStringLiteral("database"),
            QStringLiteral("Only an SQLite store has a write-ahead log to checkpoint; %1 is not one.")
                .arg(writer.location().display()));
    m_writer = &writer;
    if (Status off = setAutoCheckpoint(false); !off) {
        m_writer = nullptr;
        return off;
    }

    m_thread = std::make_unique<QThread>();
    m_thread->setObjectName(QStringLiteral("wal-checkpointer"));
    // The timer lives on the worker thread: its slots run there, with a connection opened there
    // (QtSql connections belong to the thread that made them).
    auto* ticker = new QTimer;
    ticker->setSingleShot(true);
    ticker->moveToThread(m_thread.get());
    auto connection = std::make_shared<Database>();
    const DatabaseLocation location = writer.location();
    connect(m_thread.get(), &QThread::started, ticker, [this, ticker, connection, location, intervalMs] {
        // busy_timeout=0: a RESTART checkpoint that finds the writer or a reader busy gives up at
        // once instead of making them wait.
        Status opened = connection->open(location, QString());
        if (opened)
            opened = connection->execAll({QStringLiteral("PRAGMA busy_timeout=0")});
        if (!opened) {
            QMetaObject::invokeMethod(
                this, [this, message = opened.error().message] { workerFailed(message); }, Qt::QueuedConnection);
            return;
        }
        ticker->start(intervalMs);
    });
    connect(ticker, &QTimer::timeout, ticker,
        [this, ticker, connection, intervalMs, catchUpFrames, lastCopied = 0, lastError = QString()]() mutable {
            const auto run = [&](const QString& mode) -> std::optional<std::pair<int, int>> {
                auto result = connection->exec(QStringLiteral("PRAGMA wal_checkpoint(%1)").arg(mode));
                if (!result || !result.value().next()) {
                    // One that fails now may succeed at the next tick; the WAL only grows meanwhile.
                    const QString message = result ? QStringLiteral("no result") : result.error().message;
                    if (message != lastError)
                        qCWarning(lcStore).noquote() << "A WAL checkpoint failed:" << message;
                    lastError = message;
                    return std::nullopt;
                }
                lastError.clear();
                const QSqlQuery& query = result.value();
                if (query.value(0).toInt() != 0)
                    return std::pair{-1, -1}; // busy: the writer or a reader was in the way
                return std::pair{query.value(1).toInt(), query.value(2).toInt()};
            };
            const auto passive = run(QStringLiteral("PASSIVE"));
            if (!passive) {
                ticker->start(intervalMs);
                return;
            }
            const auto [walFrames, copied] = *passive;
            if (walFrames > 0)
                Q_EMIT checkpointed(walFrames, copied);
            // Frames copied by this checkpoint (the WAL may have started over since the last one).
            const int fresh = copied >= lastCopied ? copied - lastCopied : copied;
            lastCopied = copied;
            if (walFrames < catchUpFrames) {
                ticker->start(intervalMs);
                return;
            }
            // The WAL starts over only when a write transaction begins while every frame is in the
            // database file, which steady writes never leave time for: the WAL would grow without end.
            // Once a PASSIVE checkpoint had little left to copy, a RESTART one copies what came since
            // (holding the write lock that long) and sees the readers off, so the next write starts the
            // WAL over; busy, it gives up at once. Not TRUNCATE: the writer syncs the header of a new WAL,
            // and on a file just cut to nothing that sync took 15-45 ms instead of under 1.
            if (fresh <= kRestartBelowFrames) {
                if (const auto restarted = run(QStringLiteral("RESTART")); restarted && restarted->first >= 0) {
                    lastCopied = 0;
                    Q_EMIT checkpointed(0, 0);
                    ticker->start(intervalMs);
                    return;
                }
            }
            // No progress: an old reader holds frames back; trying again at once would only spin.
            ticker->start(fresh > 0 ? 0 : intervalMs);
        });
    // Emitted on the worker thread after its event loop ends: the connection closes where it was used.
    connect(m_thread.get(), &QThread::finished, ticker, [ticker, connection] {
        ticker->stop();
        connection->close();
        ticker->deleteLater();
    });
    m_thread->start();
    qCDebug(lcStore) << "checkpointing the WAL every" << intervalMs << "ms on a worker thread";
    return {};
}

void WalCheckpointer::workerFailed(const QString& message)
{
    qCWarning(lcStore).noquote() << "Cannot checkpoint the WAL on a worker thread; SQLite checkpoints it while "
                                    "committing again:"
                                 << message;
    stop();
}

void WalCheckpointer::stop()
{
    if (!m_thread)
        return;
    m_thread->quit();
    m_thread->wait();
    m_thread.reset();
    if (Status on = setAutoCheckpoint(true); !on)
        qCWarning(lcStore).noquote() << "Could not turn SQLite's automatic WAL checkpoints back on:"
                                     << on.error().message;
    m_writer = nullptr;
}

} // namespace mcpauth
