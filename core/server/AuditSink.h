#pragma once

#include "domain/AuditEvent.h"
#include "store/AuditContext.h"

#include <QList>
#include <QObject>

namespace mcpauth {

class Store;

// Write-behind for the server's high-volume audit events (tool calls, token issuance, refusals):
// events queue on the main thread and are appended in one transaction kFlushDelayMs after the first
// of them, so a burst of requests costs one commit instead of one per request. Changes to the
// store keep writing their audit event in their own transaction, as the repositories do.
class AuditSink : public QObject
{
    Q_OBJECT

public:
    // How long the first queued item waits for company: a burst of requests shares one transaction
    // (at thousands a second, a commit per event-loop turn cost more than the requests themselves).
    static constexpr int kFlushDelayMs = 10;

    explicit AuditSink(Store& store, QObject* parent = nullptr);
    ~AuditSink() override;

    void record(const AuditContext& context, const QString& action, const QString& targetType, const QString& targetId,
        AuditOutcome outcome = AuditOutcome::Success, const QJsonObject& details = {});
    // Writes everything queued now (tests, shutdown).
    void flush();
    [[nodiscard]] qsizetype pending() const { return m_queue.size(); }

private:
    Store& m_store;
    QList<AuditEvent> m_queue; // seq and hashes are filled in when written
    bool m_scheduled = false;
};

} // namespace mcpauth
