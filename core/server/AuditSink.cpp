#include "AuditSink.h"

#include "common/Logging.h"
#include "store/Store.h"

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
    m_queue.append({context, action, targetType, targetId, outcome, details});
    if (!m_scheduled) {
        m_scheduled = true;
        QTimer::singleShot(0, this, &AuditSink::flush);
    }
}

void AuditSink::flush()
{
    m_scheduled = false;
    if (m_queue.isEmpty())
        return;
    QList<Pending> batch;
    batch.swap(m_queue);
    const Status written = m_store.database().transaction([&]() -> Status {
        for (const Pending& p : std::as_const(batch)) {
            if (Status s = m_store.audit().append(p.context, p.action, p.targetType, p.targetId, p.outcome, p.details);
                !s)
                return s;
        }
        return {};
    });
    if (!written)
        qCCritical(lcServer).noquote() << "Could not write" << batch.size()
                                       << "audit events:" << written.error().message;
}

} // namespace mcpauth
