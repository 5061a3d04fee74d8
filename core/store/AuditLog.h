#pragma once

#include "AuditContext.h"
#include "Database.h"
#include "domain/AuditEvent.h"

#include <QList>
#include <functional>
#include <optional>

namespace mcpauth {

struct AuditFilter
{
    QString actor;
    QString action; // exact, or a prefix ending in '.' ("token.")
    QString targetType;
    QString targetId;
    std::optional<AuditOutcome> outcome;
    qint64 from = 0; // ms, inclusive; 0 = open
    qint64 to = 0; // ms, exclusive; 0 = open
    // Only events whose actor or target is an entity of this organization as the store holds it now:
    // its users and applications (by id or client id), their tokens and consents, its scopes,
    // resources and initial access tokens, or the organization itself. Events about entities since
    // deleted, and the server's own (signing keys), are left out unless the actor is one of them.
    QString organizationId{};
    // Events whose actor, action, target id or details contain this text, ignoring case (a scan of the
    // rows the other criteria leave: the console's free-text filter).
    QString text{};
};

struct AuditVerifyReport
{
    bool intact = true;
    qint64 checked = 0;
    qint64 firstBrokenSeq = 0; // 0 when intact
    QString reason; // what is wrong with the first broken link, in words
};

// The append-only, hash-chained audit log. Each event stores the SHA-256 of the previous event and
// its own hash over a canonical, length-prefixed form, so changing, removing or reordering any
// stored event breaks the chain at that point. There is deliberately no update or delete path;
// database triggers refuse UPDATE and DELETE as well.
class AuditLog
{
public:
    explicit AuditLog(Database& db);

    // Appends one event. Call inside Database::transaction so it commits with the change it records.
    [[nodiscard]] Status append(const AuditContext& context, const QString& action, const QString& targetType,
        const QString& targetId, AuditOutcome outcome = AuditOutcome::Success, const QJsonObject& details = {});
    // Appends many events at once (imports and the benchmark); fills seq, prevHash and hash.
    [[nodiscard]] Status appendBatch(QList<AuditEvent>& events);

    // Newest first; `beforeSeq` > 0 continues after the last page (keyset paging).
    [[nodiscard]] Result<QList<AuditEvent>> list(
        const AuditFilter& filter, qint64 beforeSeq = 0, int limit = 100) const;
    [[nodiscard]] Result<qint64> count(const AuditFilter& filter) const;
    // The newest event's sequence number (0: none yet): one row, cheap enough to poll for live views.
    [[nodiscard]] Result<qint64> lastSeq() const;
    // Oldest first, streaming, for exports.
    [[nodiscard]] Status forEach(const AuditFilter& filter, const std::function<void(const AuditEvent&)>& visit) const;

    // Recomputes the whole chain; names the first broken link.
    [[nodiscard]] Result<AuditVerifyReport> verify(const std::function<void(qint64 checked)>& progress = {}) const;

    [[nodiscard]] static QString computeHash(const AuditEvent& event);
    [[nodiscard]] static QString computeHash(const AuditEvent& event, const QString& detailsJson);
    [[nodiscard]] static QString genesisHash();

private:
    [[nodiscard]] Status insertRows(const QList<AuditEvent>& events, const QStringList& details);

    Database& m_db;
};

} // namespace mcpauth
