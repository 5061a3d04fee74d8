#include "TokenRecorder.h"

#include "common/Logging.h"
#include "store/Store.h"

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
    if (!m_scheduled) {
        m_scheduled = true;
        QTimer::singleShot(kFlushDelayMs, this, &TokenRecorder::flush);
    }
}

void TokenRecorder::flush()
{
    m_scheduled = false;
    if (m_queue.isEmpty())
        return;
    QList<Token> batch;
    batch.swap(m_queue);
    if (const Status written = m_store.tokens().insertIssued(batch); !written) {
        // One bad row (its application deleted meanwhile) must not lose the others: retry one by one.
        qsizetype lost = 0;
        for (const Token& token : std::as_const(batch)) {
            if (!m_store.tokens().insertIssued({token}))
                ++lost;
        }
        if (lost > 0)
            qCWarning(lcOAuth).noquote() << "Could not record" << lost
                                         << "issued access tokens:" << written.error().message;
    }
    // Cleared only now: a token stays known while its row is being written.
    m_ids.clear();
}

} // namespace mcpauth
