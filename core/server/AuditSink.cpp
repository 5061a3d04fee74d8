#include "AuditSink.h"

#include "common/Logging.h"
#include "store/Store.h"

#include <QDateTime>
#include <QTimer>

namespace mcpauth {

AuditSink::AuditSink(Store& store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{ }

AuditSink::~AuditSink()
{
    flush();
}

void AuditSink::record(const AuditContext& context, const QString& action, const QString& targetType,
    const QString& targetId, AuditOutcome outcome, const QJsonObject& details)
{
    AuditEvent e;
    e.time = QDateTime::currentMSecsSinceEpoch();
    e.actor = context.actor;
    e.source = context.source;
    e.action = action;
    e.targetType = targetType;
    e.targetId = targetId;
    e.outcome = outcome;
    e.details = details;
    m_queue.append(std::move(e));
    if (!m_scheduled) {
        m_scheduled = true;
        QTimer::singleShot(kFlushDelayMs, this, &AuditSink::flush);
    }
}

void AuditSink::flush()
{
    m_scheduled = false;
    if (m_queue.isEmpty())
        return;
    QList<AuditEvent> batch;
    batch.swap(m_queue);
    // One head read, multi-row inserts and one head update for the whole batch: at thousands of
    // tokens a second, three statements per event kept the main thread busy.
    const Status written = m_store.audit().appendBatch(batch);
    if (!written)
        qCCritical(lcServer).noquote() << "Could not write" << batch.size()
                                       << "audit events:" << written.error().message;
}

} // namespace mcpauth
