#include "LocalStoreWorker.h"

#include "common/Logging.h"

#include <QTimer>

namespace mcpauth {

namespace {
// How soon a change made by another process (the CLI, the local server) shows in the console.
constexpr int kPollIntervalMs = 1000;
} // namespace

LocalStoreWorker::LocalStoreWorker(DatabaseLocation location, StoreOpenOptions options)
    : m_location(std::move(location))
    , m_options(std::move(options))
    , m_notOpen(Error::make(ErrorCode::Unavailable, tr("The store is not open.")))
{ }

LocalStoreWorker::~LocalStoreWorker() = default;

Status LocalStoreWorker::open()
{
    auto store = Store::open(m_location, m_options);
    if (!store) {
        m_notOpen = store.error();
        return store.error();
    }
    m_store = std::move(store).value();
    m_options.password.clear();
    if (!m_poll) {
        m_poll = new QTimer(this);
        m_poll->setInterval(kPollIntervalMs);
        connect(m_poll, &QTimer::timeout, this, &LocalStoreWorker::checkForChanges);
    }
    m_lastSeq = -1;
    checkForChanges();
    m_poll->start();
    return {};
}

void LocalStoreWorker::close()
{
    if (m_poll)
        m_poll->stop();
    m_store.reset();
    m_notOpen = Error::make(ErrorCode::Unavailable, tr("The store is closed."));
}

void LocalStoreWorker::checkForChanges()
{
    if (!m_store)
        return;
    auto seq = m_store->audit().lastSeq();
    if (!seq) {
        qCWarning(lcBackend) << "Could not read the audit head:" << seq.error().message;
        return;
    }
    if (*seq == m_lastSeq)
        return;
    const bool first = m_lastSeq < 0;
    m_lastSeq = *seq;
    if (!first)
        Q_EMIT auditAdvanced(m_lastSeq);
}

} // namespace mcpauth
