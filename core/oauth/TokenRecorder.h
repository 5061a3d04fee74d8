#pragma once

#include "domain/Token.h"

#include <QList>
#include <QObject>
#include <QSet>

namespace mcpauth {

class Store;

// Write-behind for issued JWT access tokens: at several thousand tokens a second, one transaction per
// token would cap the token endpoint, so rows queue on the main thread and are written in one
// transaction kFlushDelayMs after the first of them (like AuditSink). A JWT is checked by its
// signature, so its row is needed only for revocation and the console; until it is written,
// isPending() says it exists and is not revoked. Opaque and refresh tokens are looked up by their
// hash and never go through here: they are stored before the response.
// The verifier fails closed on a JWT that is neither pending nor in the table, so a row the store
// could not take for a passing reason (a lock held by the console, a lost database connection) stays
// pending and is written again kRetryDelayMs later, until its token expires; only a row the store
// refuses for good (its user or application deleted meanwhile) is dropped, which ends its token.
class TokenRecorder : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenRecorder)

public:
    // How long the first queued item waits for company: a burst of requests shares one transaction
    // (at thousands a second, a commit per event-loop turn cost more than the requests themselves).
    static constexpr int kFlushDelayMs = 10;
    // How long rows the store could not take wait before they are written again.
    static constexpr int kRetryDelayMs = 1000;

    explicit TokenRecorder(Store& store, QObject* parent = nullptr);
    ~TokenRecorder() override;

    void enqueue(const Token& token);
    [[nodiscard]] bool isPending(const QString& id) const { return m_ids.contains(id); }
    [[nodiscard]] qsizetype pending() const { return m_queue.size(); }
    // Writes everything queued now (before a revocation looks rows up, tests, shutdown).
    void flush();
    // Forgets queued tokens (by id, or of `familyId` when it is not empty) that a revocation must end
    // while their rows cannot be written: unknown to the verifier, they are refused from now on.
    void discard(const QStringList& ids, const QString& familyId = {});

private:
    void schedule(int delayMs);

    Store& m_store;
    QList<Token> m_queue;
    QSet<QString> m_ids;
    bool m_scheduled = false;
};

} // namespace mcpauth
