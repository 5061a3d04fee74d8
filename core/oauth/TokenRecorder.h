#pragma once

#include "domain/Token.h"

#include <QList>
#include <QObject>
#include <QSet>
#include <QStringList>

namespace mcpauth {

class Store;

// Write-behind for issued JWT access tokens: at several thousand tokens a second, one transaction per
// token would cap the token endpoint, so rows queue on the main thread and are written in one
// transaction kFlushDelayMs after the first of them (like AuditSink). A JWT is checked by its
// signature, so its row is needed only for revocation and the console; until it is written,
// isPending() says it exists and is not revoked. Opaque and refresh tokens are looked up by their
// hash and never go through here: they are stored before the response.
//
// A batch that fails is written row by row. A row that can never be written (its application or user
// was deleted meanwhile, or it expired while the store refused writes) is dropped, and the log says
// how many and why; any other row stays queued and pending, and is tried again kRetryDelayMs later,
// so a token is never valid without a row that revocation can find once the store takes writes again.
class TokenRecorder : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenRecorder)

public:
    // How long the first queued item waits for company: a burst of requests shares one transaction
    // (at thousands a second, a commit per event-loop turn cost more than the requests themselves).
    static constexpr int kFlushDelayMs = 10;
    // After a failed write: long enough not to hammer a store that refuses writes (locked by another
    // process, connection lost), short enough that the rows appear in the console soon after.
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
    void writeOneByOne(const QList<Token>& batch, const QString& batchError);
    // Why `token` can never be written, in words for the log; empty when a later attempt may succeed.
    [[nodiscard]] QString whyUnwritable(const Token& token, qint64 nowMs) const;

    Store& m_store;
    QList<Token> m_queue;
    QSet<QString> m_ids;
    bool m_scheduled = false;
};

} // namespace mcpauth
