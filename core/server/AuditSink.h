#pragma once

#include "domain/AuditEvent.h"
#include "store/AuditContext.h"

#include <QList>
#include <QObject>

namespace mcpauth {

class Store;

// Write-behind for the server's high-volume audit events (tool calls, token issuance, refusals):
// events queue on the main thread and are appended in one transaction when control returns to the
// event loop, so a burst of requests costs one commit instead of one per request. Changes to the
// store keep writing their audit event in their own transaction, as the repositories do.
class AuditSink : public QObject
{
    Q_OBJECT

public:
    explicit AuditSink(Store& store, QObject* parent = nullptr);
    ~AuditSink() override;

    void record(const AuditContext& context, const QString& action, const QString& targetType,
        const QString& targetId, AuditOutcome outcome = AuditOutcome::Success, const QJsonObject& details = {});
    // Writes everything queued now (tests, shutdown).
    void flush();
    [[nodiscard]] qsizetype pending() const { return m_queue.size(); }

private:
    struct Pending
    {
        AuditContext context;
        QString action;
        QString targetType;
        QString targetId;
        AuditOutcome outcome;
        QJsonObject details;
    };
    Store& m_store;
    QList<Pending> m_queue;
    bool m_scheduled = false;
};

} // namespace mcpauth
