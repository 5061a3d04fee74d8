#pragma once

#include "domain/AuditEvent.h"
#include "store/AuditContext.h"

#include <QElapsedTimer>
#include <QHash>
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
    // A queue this long is written at once, whatever the delay.
    static constexpr qsizetype kMaxQueued = 1000;
    // Distinct (source, action) pairs followed in one window; beyond, failures are counted per action.
    static constexpr qsizetype kMaxBursts = 10'000;

    explicit AuditSink(Store& store, QObject* parent = nullptr);
    ~AuditSink() override;

    // Refusals and failures repeat when someone probes or floods the server, each costing a row: per source
    // address and action, the first `perWindow` failures in `windowMs` are written in full, the rest
    // counted and written as one event (details.repeated) when the window ends. 0: all in full.
    void setFailureLimit(int perWindow, int windowMs = 60'000);

    void record(const AuditContext& context, const QString& action, const QString& targetType, const QString& targetId,
        AuditOutcome outcome = AuditOutcome::Success, const QJsonObject& details = {});
    // Writes everything queued now (tests, shutdown).
    void flush();
    [[nodiscard]] qsizetype pending() const { return m_queue.size(); }

private:
    struct Burst
    {
        QString source;
        QString action;
        AuditOutcome outcome = AuditOutcome::Failure;
        int written = 0;
        qint64 repeated = 0;
        qint64 firstRepeatMs = 0;
        qint64 lastRepeatMs = 0;
    };
    // True when the refusal or failure is written in full; false when it was only counted.
    bool admitFailure(const AuditContext& context, const QString& action, AuditOutcome outcome, qint64 nowMs);
    void endWindow();
    void enqueue(AuditEvent event);

    Store& m_store;
    int m_failuresPerWindow = 0;
    int m_windowMs = 60'000;
    QHash<QString, Burst> m_bursts; // by source and action, for the current window
    bool m_windowOpen = false;
    QList<AuditEvent> m_queue; // seq and hashes are filled in when written
    bool m_scheduled = false;
};

} // namespace mcpauth
