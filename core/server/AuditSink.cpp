#include "AuditSink.h"

#include "common/Logging.h"
#include "store/Store.h"

#include <QDateTime>
#include <QJsonObject>
#include <QTimer>
#include <utility>

namespace mcpauth {

AuditSink::AuditSink(Store& store, QObject* parent)
    : QObject(parent)
    , m_store(store)
{ }

AuditSink::~AuditSink()
{
    endWindow();
    flush();
}

void AuditSink::setFailureLimit(int perWindow, int windowMs)
{
    m_failuresPerWindow = perWindow;
    m_windowMs = windowMs;
}

void AuditSink::record(const AuditContext& context, const QString& action, const QString& targetType,
    const QString& targetId, AuditOutcome outcome, const QJsonObject& details)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (outcome != AuditOutcome::Success && !admitFailure(context, action, outcome, now))
        return;
    AuditEvent e;
    e.time = now;
    e.actor = context.actor;
    e.source = context.source;
    e.action = action;
    e.targetType = targetType;
    e.targetId = targetId;
    e.outcome = outcome;
    e.details = details;
    enqueue(std::move(e));
}

void AuditSink::enqueue(AuditEvent event)
{
    m_queue.append(std::move(event));
    if (m_queue.size() >= kMaxQueued) {
        flush();
        return;
    }
    if (!m_scheduled) {
        m_scheduled = true;
        QTimer::singleShot(kFlushDelayMs, this, &AuditSink::flush);
    }
}

bool AuditSink::admitFailure(const AuditContext& context, const QString& action, AuditOutcome outcome, qint64 nowMs)
{
    if (m_failuresPerWindow <= 0)
        return true;
    if (!m_windowOpen) {
        m_windowOpen = true;
        QTimer::singleShot(m_windowMs, this, &AuditSink::endWindow);
    }
    const QString kind = action + QLatin1Char('\n') + QString::number(int(outcome));
    QString key = context.source + QLatin1Char('\n') + kind;
    auto it = m_bursts.find(key);
    if (it == m_bursts.end()) {
        if (m_bursts.size() >= kMaxBursts) {
            // So many sources at once: one count per action keeps memory bounded.
            key = QStringLiteral("*\n") + kind;
            it = m_bursts.find(key);
        }
        if (it == m_bursts.end())
            it = m_bursts.insert(
                key, Burst{key.startsWith(QLatin1Char('*')) ? QStringLiteral("many sources") : context.source, action});
    }
    if (it->written < m_failuresPerWindow) {
        ++it->written;
        return true;
    }
    if (it->repeated++ == 0)
        it->firstRepeatMs = nowMs;
    it->lastRepeatMs = nowMs;
    return false;
}

void AuditSink::endWindow()
{
    m_windowOpen = false;
    const QHash<QString, Burst> bursts = std::exchange(m_bursts, {});
    for (const Burst& b : bursts) {
        if (b.repeated == 0)
            continue;
        AuditEvent e;
        e.time = QDateTime::currentMSecsSinceEpoch();
        e.actor = QStringLiteral("server");
        e.source = b.source;
        e.action = b.action;
        e.targetType = QStringLiteral("repeats");
        e.outcome = b.outcome;
        e.details = QJsonObject{{QStringLiteral("repeated"), b.repeated}, {QStringLiteral("firstAt"), b.firstRepeatMs},
            {QStringLiteral("lastAt"), b.lastRepeatMs},
            {QStringLiteral("note"),
                QStringLiteral("%1 more events like this one from this source were counted, not written one by one.")
                    .arg(b.repeated)}};
        enqueue(std::move(e));
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
