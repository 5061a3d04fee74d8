#include "WalCheckpointer.h"

#include "Database.h"
#include "common/Logging.h"

#include <QTimer>

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

Status WalCheckpointer::start(Database& writer, int intervalMs)
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
    ticker->setInterval(intervalMs);
    ticker->moveToThread(m_thread.get());
    auto connection = std::make_shared<Database>();
    const DatabaseLocation location = writer.location();
    connect(m_thread.get(), &QThread::started, ticker, [this, ticker, connection, location] {
        if (Status opened = connection->open(location, QString()); !opened) {
            QMetaObject::invokeMethod(
                this, [this, message = opened.error().message] { workerFailed(message); }, Qt::QueuedConnection);
            return;
        }
        ticker->start();
    });
    connect(ticker, &QTimer::timeout, ticker, [this, connection] {
        auto result = connection->exec(QStringLiteral("PRAGMA wal_checkpoint(PASSIVE)"));
        if (!result) {
            // A checkpoint that fails now may succeed at the next tick; the WAL only grows meanwhile.
            qCWarning(lcStore).noquote() << "A WAL checkpoint failed:" << result.error().message;
            return;
        }
        QSqlQuery& query = result.value();
        if (!query.next())
            return;
        const int walFrames = query.value(1).toInt();
        const int copied = query.value(2).toInt();
        if (walFrames > 0)
            Q_EMIT checkpointed(walFrames, copied);
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
