#include "AuditLog.h"

#include "SqlValues.h"
#include "SqlWhere.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace mcpauth {

namespace {

const QString kColumns
    = QStringLiteral("seq, time, actor, action, target_type, target_id, outcome, source, details, prev_hash, hash");

void appendField(QByteArray& out, const QByteArray& field)
{
    // Length-prefixed, so no choice of field contents can make two different events hash alike.
    out += QByteArray::number(field.size());
    out += ':';
    out += field;
}

AuditEvent readEvent(const QSqlQuery& q)
{
    AuditEvent e;
    e.seq = q.value(0).toLongLong();
    e.time = q.value(1).toLongLong();
    e.actor = q.value(2).toString();
    e.action = q.value(3).toString();
    e.targetType = q.value(4).toString();
    e.targetId = q.value(5).toString();
    e.outcome = enumFromName(kAuditOutcomeNames, q.value(6).toString()).value_or(AuditOutcome::Failure);
    e.source = q.value(7).toString();
    e.details = SqlValues::objectFromJson(q.value(8).toString());
    e.prevHash = q.value(9).toString();
    e.hash = q.value(10).toString();
    return e;
}

SqlWhere whereFor(const AuditFilter& f)
{
    SqlWhere w;
    if (!f.actor.isEmpty())
        w.add(QStringLiteral("actor = ?"), {f.actor});
    if (!f.action.isEmpty()) {
        if (f.action.endsWith(QLatin1Char('.')))
            w.add(QStringLiteral("action LIKE ?"), {QString(f.action + QLatin1Char('%'))});
        else
            w.add(QStringLiteral("action = ?"), {f.action});
    }
    if (!f.targetType.isEmpty())
        w.add(QStringLiteral("target_type = ?"), {f.targetType});
    if (!f.targetId.isEmpty())
        w.add(QStringLiteral("target_id = ?"), {f.targetId});
    if (f.outcome)
        w.add(QStringLiteral("outcome = ?"), {enumName(kAuditOutcomeNames, *f.outcome)});
    if (f.from > 0)
        w.add(QStringLiteral("time >= ?"), {f.from});
    if (f.to > 0)
        w.add(QStringLiteral("time < ?"), {f.to});
    if (!f.text.isEmpty()) {
        QString pattern = f.text.toLower();
        pattern.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
            .replace(QLatin1Char('%'), QStringLiteral("\\%"))
            .replace(QLatin1Char('_'), QStringLiteral("\\_"));
        pattern = QLatin1Char('%') + pattern + QLatin1Char('%');
        // LOWER on both sides: SQLite's LIKE ignores ASCII case, PostgreSQL's does not.
        w.add(QStringLiteral("(LOWER(actor) LIKE ? ESCAPE '\\' OR LOWER(action) LIKE ? ESCAPE '\\'"
                             " OR LOWER(target_id) LIKE ? ESCAPE '\\' OR LOWER(details) LIKE ? ESCAPE '\\')"),
            {pattern, pattern, pattern, pattern});
    }
    if (!f.organizationId.isEmpty()) {
        // Correlated EXISTS rather than IN (SELECT ...): each candidate event costs a few primary-key
        // or unique-index probes, where IN would first collect every token id of the organization.
        static const QString kInOrganization = QStringLiteral(
            "(EXISTS (SELECT 1 FROM users u WHERE u.id = audit_events.actor AND u.organization_id = ?)"
            " OR EXISTS (SELECT 1 FROM applications a WHERE a.client_id = audit_events.actor"
            " AND a.organization_id = ?)"
            " OR (target_type = 'organization' AND target_id = ?)"
            " OR (target_type = 'user' AND EXISTS (SELECT 1 FROM users u WHERE u.id = audit_events.target_id"
            " AND u.organization_id = ?))"
            " OR (target_type = 'application' AND EXISTS (SELECT 1 FROM applications a"
            " WHERE a.id = audit_events.target_id AND a.organization_id = ?))"
            " OR (target_type = 'client' AND EXISTS (SELECT 1 FROM applications a"
            " WHERE a.client_id = audit_events.target_id AND a.organization_id = ?))"
            " OR (target_type = 'token' AND EXISTS (SELECT 1 FROM tokens t JOIN applications a"
            " ON a.id = t.application_id WHERE t.id = audit_events.target_id AND a.organization_id = ?))"
            " OR (target_type = 'consent' AND EXISTS (SELECT 1 FROM consents c JOIN applications a"
            " ON a.id = c.application_id WHERE c.id = audit_events.target_id AND a.organization_id = ?))"
            " OR (target_type = 'scope' AND EXISTS (SELECT 1 FROM scopes s WHERE s.id = audit_events.target_id"
            " AND s.organization_id = ?))"
            " OR (target_type = 'resource' AND EXISTS (SELECT 1 FROM resources r"
            " WHERE r.id = audit_events.target_id AND r.organization_id = ?))"
            " OR (target_type = 'initial_access_token' AND EXISTS (SELECT 1 FROM initial_access_tokens i"
            " WHERE i.id = audit_events.target_id AND i.organization_id = ?)))");
        QVariantList values;
        for (int i = 0; i < 11; ++i)
            values << f.organizationId;
        w.add(kInOrganization, values);
    }
    return w;
}

} // namespace

AuditLog::AuditLog(Database& db)
    : m_db(db)
{ }

QString AuditLog::genesisHash()
{
    return QString(64, QLatin1Char('0'));
}

QString AuditLog::computeHash(const AuditEvent& e)
{
    return computeHash(e, SqlValues::objectToJson(e.details));
}

QString AuditLog::computeHash(const AuditEvent& e, const QString& detailsJson)
{
    QByteArray canonical;
    canonical.reserve(256);
    appendField(canonical, e.prevHash.toLatin1());
    appendField(canonical, QByteArray::number(e.seq));
    appendField(canonical, QByteArray::number(e.time));
    appendField(canonical, e.actor.toUtf8());
    appendField(canonical, e.action.toUtf8());
    appendField(canonical, e.targetType.toUtf8());
    appendField(canonical, e.targetId.toUtf8());
    appendField(canonical, enumName(kAuditOutcomeNames, e.outcome).toLatin1());
    appendField(canonical, e.source.toUtf8());
    appendField(canonical, detailsJson.toUtf8()); // QJsonObject keeps keys sorted
    return QString::fromLatin1(QCryptographicHash::hash(canonical, QCryptographicHash::Sha256).toHex());
}

Status AuditLog::append(const AuditContext& context, const QString& action, const QString& targetType,
    const QString& targetId, AuditOutcome outcome, const QJsonObject& details)
{
    AuditEvent e;
    e.time = SqlValues::nowMs();
    e.actor = context.actor;
    e.action = action;
    e.targetType = targetType;
    e.targetId = targetId;
    e.outcome = outcome;
    e.source = context.source;
    e.details = details;
    QList<AuditEvent> one{e};
    return appendBatch(one);
}

Status AuditLog::appendBatch(QList<AuditEvent>& events)
{
    if (events.isEmpty())
        return {};
    return m_db.transaction([&]() -> Status {
        // The head row is the chain's lock: PostgreSQL writers queue on FOR UPDATE, SQLite writers on
        // BEGIN IMMEDIATE.
        const QString headSql = m_db.dialect() == SqlDialect::Postgres
            ? QStringLiteral("SELECT last_seq, last_hash FROM audit_head WHERE id = 1 FOR UPDATE")
            : QStringLiteral("SELECT last_seq, last_hash FROM audit_head WHERE id = 1");
        qint64 seq = 0;
        QString prev;
        {
            auto head = m_db.cached(headSql);
            if (!head)
                return head.error();
            CachedStatement headQuery = std::move(head).value();
            if (!headQuery.next())
                return Error::make(ErrorCode::Integrity, QStringLiteral("The audit log's head row is missing."));
            seq = headQuery.value(0).toLongLong();
            prev = headQuery.value(1).toString();
        }
        QStringList details; // written once, hashed and stored
        details.reserve(events.size());
        for (AuditEvent& e : events) {
            e.seq = ++seq;
            e.prevHash = prev;
            details << SqlValues::objectToJson(e.details);
            e.hash = computeHash(e, details.last());
            prev = e.hash;
        }
        if (const Status inserted = insertRows(events, details); !inserted)
            return inserted;
        auto moved = m_db.cached(
            QStringLiteral("UPDATE audit_head SET last_seq = ?, last_hash = ? WHERE id = 1"), {seq, prev});
        if (!moved)
            return moved.error();
        return {};
    });
}

Status AuditLog::insertRows(const QList<AuditEvent>& events, const QStringList& details)
{
    // Multi-row INSERTs from the statement cache: one round trip per chunk of events instead of one per
    // event. 500 rows per statement on PostgreSQL; 10 on SQLite, where Qt's driver turns each '?' into a
    // named placeholder that SQLite resolves by a linear scan, so preparing costs the square of the
    // parameter count (~110 ms for 500 rows, 0.1 ms for 10).
    const int rowsPerStatement = m_db.dialect() == SqlDialect::Sqlite ? 10 : 500;
    for (qsizetype start = 0; start < events.size(); start += rowsPerStatement) {
        const qsizetype end = std::min<qsizetype>(start + rowsPerStatement, events.size());
        QVariantList values;
        values.reserve((end - start) * 11);
        for (qsizetype i = start; i < end; ++i) {
            const AuditEvent& e = events[i];
            values << e.seq << e.time << e.actor << e.action << e.targetType << e.targetId
                   << enumName(kAuditOutcomeNames, e.outcome) << e.source << details[i] << e.prevHash << e.hash;
        }
        auto inserted
            = m_db.cached(SqlValues::multiRowInsert(QStringLiteral("audit_events"), kColumns, 11, end - start), values);
        if (!inserted)
            return inserted.error();
    }
    return {};
}

Result<QList<AuditEvent>> AuditLog::list(const AuditFilter& filter, qint64 beforeSeq, int limit) const
{
    SqlWhere w = whereFor(filter);
    if (beforeSeq > 0)
        w.add(QStringLiteral("seq < ?"), {beforeSeq});
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM audit_events%2 ORDER BY seq DESC LIMIT %3")
                           .arg(kColumns, w.clause())
                           .arg(std::clamp(limit, 1, 10000)),
        w.values());
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    QList<AuditEvent> out;
    while (query.next())
        out << readEvent(query);
    return out;
}

Result<qint64> AuditLog::lastSeq() const
{
    auto head = m_db.cached(QStringLiteral("SELECT last_seq FROM audit_head WHERE id = 1"));
    if (!head)
        return head.error();
    CachedStatement q = std::move(head).value();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<qint64> AuditLog::count(const AuditFilter& filter) const
{
    const SqlWhere w = whereFor(filter);
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM audit_events") + w.clause(), w.values());
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    return query.next() ? query.value(0).toLongLong() : 0;
}

Status AuditLog::forEach(const AuditFilter& filter, const std::function<void(const AuditEvent&)>& visit) const
{
    // Keyset pages of 5,000 keep memory flat however long the log is.
    constexpr int kPage = 5000;
    qint64 afterSeq = 0;
    for (;;) {
        SqlWhere w = whereFor(filter);
        w.add(QStringLiteral("seq > ?"), {afterSeq});
        auto q = m_db.exec(QStringLiteral("SELECT %1 FROM audit_events%2 ORDER BY seq ASC LIMIT %3")
                               .arg(kColumns, w.clause())
                               .arg(kPage),
            w.values());
        if (!q)
            return q.error();
        QSqlQuery query = std::move(q).value();
        int rows = 0;
        while (query.next()) {
            const AuditEvent e = readEvent(query);
            afterSeq = e.seq;
            visit(e);
            ++rows;
        }
        if (rows < kPage)
            return {};
    }
}

Result<AuditVerifyReport> AuditLog::verify(const std::function<void(qint64)>& progress) const
{
    AuditVerifyReport report;
    QString expectedPrev = genesisHash();
    qint64 expectedSeq = 1;
    bool stop = false;
    const Status walked = forEach({}, [&](const AuditEvent& e) {
        if (stop)
            return;
        ++report.checked;
        auto broken = [&](const QString& why, qint64 seq) {
            report.intact = false;
            report.firstBrokenSeq = seq;
            report.reason = why;
            stop = true;
        };
        if (e.seq != expectedSeq)
            broken(QStringLiteral("event %1 is missing: the chain jumps from %2 to %3")
                       .arg(expectedSeq)
                       .arg(expectedSeq - 1)
                       .arg(e.seq),
                expectedSeq); // the first missing event is the broken link
        else if (e.prevHash != expectedPrev)
            broken(
                QStringLiteral("event %1 does not point at the event before it (its previous-hash differs)").arg(e.seq),
                e.seq);
        else if (computeHash(e) != e.hash)
            broken(QStringLiteral("event %1 was changed after it was written (its content no longer matches its "
                                  "hash)")
                       .arg(e.seq),
                e.seq);
        expectedPrev = e.hash;
        ++expectedSeq;
        if (progress && report.checked % 10000 == 0)
            progress(report.checked);
    });
    if (!walked)
        return walked.error();
    if (report.intact) {
        // The head must point at the last event: otherwise events were cut off the end.
        auto head = m_db.exec(QStringLiteral("SELECT last_seq, last_hash FROM audit_head WHERE id = 1"));
        if (!head)
            return head.error();
        QSqlQuery q = std::move(head).value();
        if (!q.next() || q.value(0).toLongLong() != expectedSeq - 1 || q.value(1).toString() != expectedPrev) {
            report.intact = false;
            report.firstBrokenSeq = expectedSeq;
            report.reason = QStringLiteral("the log ends at event %1 but the chain's head records event %2: events "
                                           "were removed from the end")
                                .arg(expectedSeq - 1)
                                .arg(q.isValid() ? q.value(0).toLongLong() : 0);
        }
    }
    if (progress)
        progress(report.checked);
    return report;
}

} // namespace mcpauth
