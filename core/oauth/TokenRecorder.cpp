#include "TokenRecorder.h"

#include "common/Logging.h"
#include "store/Store.h"

#include <QDateTime>
#include <QTimer>

namespace mcpauth {

TokenRecorder::TokenRecorder(Store& store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{ }

TokenRecorder::~TokenRecorder()
{
    flush();
}

void TokenRecorder::enqueue(const Token& token)
{
    m_queue.append(token);
    m_ids.insert(token.id);
    schedule(kFlushDelayMs);
}

void TokenRecorder::schedule(int delayMs)
{
    if (m_scheduled)
        return;
    m_scheduled = true;
    QTimer::singleShot(delayMs, this, &TokenRecorder::flush);
}

void TokenRecorder::flush()
{
    m_scheduled = false;
    if (m_queue.isEmpty())
        return;
    QList<Token> batch;
    batch.swap(m_queue);
    if (const Status written = m_store.tokens().insertIssued(batch); !written) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        // A conflict is a rule a row breaks for good (its user or application deleted meanwhile, or it
        // is there already); anything else (a lock, a lost connection) may pass, so the rows wait.
        auto forGood = [](const Error& error) {
            return error.code == ErrorCode::Conflict || error.code == ErrorCode::InvalidInput;
        };
        qsizetype lost = 0;
        Error last = written.error();
        if (forGood(written.error())) {
            // One bad row must not lose the others: one by one.
            for (const Token& token : std::as_const(batch)) {
                const Status one = m_store.tokens().insertIssued({token});
                if (one)
                    continue;
                last = one.error();
                if (forGood(one.error()) || token.expiresAt <= now)
                    ++lost;
                else
                    m_queue.append(token);
            }
        } else {
            // Not row by row: each attempt could wait out the database's busy timeout.
            for (const Token& token : std::as_const(batch)) {
                if (token.expiresAt > now)
                    m_queue.append(token);
                else
                    ++lost; // an expired token is refused anyway and needs no row
            }
        }
        if (lost > 0)
            qCWarning(lcOAuth).noquote() << "Could not record" << lost << "issued access tokens:" << last.message;
        if (!m_queue.isEmpty())
            qCWarning(lcOAuth).noquote() << "Could not record" << m_queue.size()
                                         << "issued access tokens yet; trying again in a second:" << last.message;
    }
    // Cleared only now: a token stays known while its row is being written, and after, while it waits.
    m_ids.clear();
    for (const Token& token : std::as_const(m_queue))
        m_ids.insert(token.id);
    if (!m_queue.isEmpty())
        schedule(kRetryDelayMs);
}

void TokenRecorder::discard(const QStringList& ids, const QString& familyId)
{
    if (m_queue.isEmpty())
        return;
    m_queue.removeIf([&](const Token& token) {
        const bool gone = ids.contains(token.id) || (!familyId.isEmpty() && token.familyId == familyId);
        if (gone)
            m_ids.remove(token.id);
        return gone;
    });
}

} // namespace mcpauth
