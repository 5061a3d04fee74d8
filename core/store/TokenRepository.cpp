#include "TokenRepository.h"

#include "PgArrayLiteral.h"
#include "SqlValues.h"
#include "SqlWhere.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <algorithm>
#include <array>

namespace mcpauth {

namespace {

const QString kColumns = QStringLiteral(
    "id, kind, application_id, user_id, resource, scopes, issued_at, expires_at, revoked_at, family_id, value_hash");

Token readToken(const QSqlQuery& q)
{
    Token t;
    t.id = q.value(0).toString();
    t.kind = enumFromName(kTokenKindNames, q.value(1).toString()).value_or(TokenKind::Access);
    t.applicationId = q.value(2).toString();
    t.userId = q.value(3).toString();
    t.resource = q.value(4).toString();
    t.scopes = q.value(5).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    t.issuedAt = q.value(6).toLongLong();
    t.expiresAt = q.value(7).toLongLong();
    t.revokedAt = q.value(8).isNull() ? 0 : q.value(8).toLongLong();
    t.familyId = q.value(9).toString();
    t.valueHash = q.value(10).toString();
    return t;
}

SqlWhere whereFor(const TokenFilter& f)
{
    SqlWhere w;
    if (!f.organizationId.isEmpty())
        w.add(QStringLiteral("application_id IN (SELECT id FROM applications WHERE organization_id = ?)"),
            {f.organizationId});
    if (!f.applicationId.isEmpty())
        w.add(QStringLiteral("application_id = ?"), {f.applicationId});
    if (!f.userId.isEmpty())
        w.add(QStringLiteral("user_id = ?"), {f.userId});
    if (!f.resource.isEmpty())
        w.add(QStringLiteral("resource = ?"), {f.resource});
    if (f.kind)
        w.add(QStringLiteral("kind = ?"), {enumName(kTokenKindNames, *f.kind)});
    if (f.issuedFrom > 0)
        w.add(QStringLiteral("issued_at >= ?"), {f.issuedFrom});
    if (f.issuedTo > 0)
        w.add(QStringLiteral("issued_at < ?"), {f.issuedTo});
    if (f.state) {
        const qint64 now = f.now > 0 ? f.now : SqlValues::nowMs();
        switch (*f.state) {
        case TokenState::Active:
            w.add(QStringLiteral("revoked_at IS NULL AND expires_at > ?"), {now});
            break;
        case TokenState::Expired:
            w.add(QStringLiteral("revoked_at IS NULL AND expires_at <= ?"), {now});
            break;
        case TokenState::Revoked:
            w.add(QStringLiteral("revoked_at IS NOT NULL"));
            break;
        }
    }
    return w;
}

QJsonObject filterDetails(const TokenFilter& f)
{
    QJsonObject o;
    if (!f.organizationId.isEmpty())
        o.insert(QStringLiteral("organizationId"), f.organizationId);
    if (!f.applicationId.isEmpty())
        o.insert(QStringLiteral("applicationId"), f.applicationId);
    if (!f.userId.isEmpty())
        o.insert(QStringLiteral("userId"), f.userId);
    if (!f.resource.isEmpty())
        o.insert(QStringLiteral("resource"), f.resource);
    if (f.kind)
        o.insert(QStringLiteral("kind"), enumName(kTokenKindNames, *f.kind));
    if (f.state)
        o.insert(QStringLiteral("state"), enumName(kTokenStateNames, *f.state));
    return o;
}

} // namespace

TokenRepository::TokenRepository(Database& db, AuditLog& audit)
    : m_db(db)
    , m_audit(audit)
{ }

Status TokenRepository::insertRowsPostgres(const QList<Token>& tokens)
{
    // One statement per 10,000 tokens with one array parameter per column.
    constexpr qsizetype kRowsPerStatement = 10000;
    const QString sql = QStringLiteral("INSERT INTO tokens (%1) SELECT * FROM unnest(?::text[], ?::text[], ?::text[], "
                                       "?::text[], ?::text[], ?::text[], ?::bigint[], ?::bigint[], ?::bigint[], "
                                       "?::text[], ?::text[])")
                            .arg(kColumns);
    for (qsizetype start = 0; start < tokens.size(); start += kRowsPerStatement) {
        const qsizetype end = std::min(start + kRowsPerStatement, tokens.size());
        std::array<PgArrayLiteral, 11> columns;
        auto text = [](PgArrayLiteral& column, const QString& value) {
            if (value.isEmpty())
                column.appendNull();
            else
                column.append(value);
        };
        for (qsizetype i = start; i < end; ++i) {
            const Token& t = tokens[i];
            if (const ValidationErrors errors = t.validate(); !errors.isEmpty())
                return validationError(errors);
            columns[0].append(t.id);
            columns[1].append(enumName(kTokenKindNames, t.kind));
            columns[2].append(t.applicationId);
            text(columns[3], t.userId);
            columns[4].append(t.resource);
            columns[5].append(t.scopes.join(QLatin1Char(' ')));
            columns[6].append(t.issuedAt);
            columns[7].append(t.expiresAt);
            if (t.revokedAt == 0)
                columns[8].appendNull();
            else
                columns[8].append(t.revokedAt);
            text(columns[9], t.familyId);
            text(columns[10], t.valueHash);
        }
        QVariantList values;
        for (const PgArrayLiteral& column : columns)
            values << column.finish();
        auto q = m_db.exec(sql, values);
        if (!q)
            return q.error();
    }
    return {};
}

Status TokenRepository::insertRows(const QList<Token>& tokens)
{
    if (m_db.dialect() == SqlDialect::Postgres && tokens.size() > 1)
        return insertRowsPostgres(tokens);

    // Multi-row INSERTs from the statement cache. PostgreSQL: 500 rows per statement, each statement is
    // a round trip. SQLite: 10, because Qt's SQLite driver rewrites every '?' into a named placeholder
    // and SQLite resolves names by a linear scan, so preparing a statement costs the square of its
    // parameters: 5,500 parameters took ~110 ms to prepare, 110 took 0.1 ms, and SQLite has no round
    // trip to save.
    const int rowsPerStatement = m_db.dialect() == SqlDialect::Sqlite ? 10 : 500;
    for (qsizetype start = 0; start < tokens.size(); start += rowsPerStatement) {
        const qsizetype end = std::min<qsizetype>(start + rowsPerStatement, tokens.size());
        QVariantList values;
        values.reserve((end - start) * 11);
        for (qsizetype i = start; i < end; ++i) {
            const Token& t = tokens[i];
            if (const ValidationErrors errors = t.validate(); !errors.isEmpty())
                return validationError(errors);
            values << t.id << enumName(kTokenKindNames, t.kind) << t.applicationId << SqlValues::nullableText(t.userId)
                   << t.resource << t.scopes.join(QLatin1Char(' ')) << t.issuedAt << t.expiresAt
                   << SqlValues::nullableTime(t.revokedAt) << SqlValues::nullableText(t.familyId)
                   << SqlValues::nullableText(t.valueHash);
        }
        auto q = m_db.cached(SqlValues::multiRowInsert(QStringLiteral("tokens"), kColumns, 11, end - start), values);
        if (!q)
            return q.error();
    }
    return {};
}

Status TokenRepository::insert(const Token& token, const AuditContext& ctx)
{
    return m_db.transaction([&]() -> Status {
        if (const Status inserted = insertRows({token}); !inserted)
            return inserted;
        return m_audit.append(ctx, QStringLiteral("token.issue"), QStringLiteral("token"), token.id,
            AuditOutcome::Success,
            {{QStringLiteral("kind"), enumName(kTokenKindNames, token.kind)},
                {QStringLiteral("applicationId"), token.applicationId}, {QStringLiteral("userId"), token.userId},
                {QStringLiteral("resource"), token.resource},
                {QStringLiteral("scopes"), QJsonArray::fromStringList(token.scopes)}});
    });
}

Status TokenRepository::insertBatch(const QList<Token>& tokens, const AuditContext& ctx)
{
    if (tokens.isEmpty())
        return {};
    return m_db.transaction([&]() -> Status {
        if (const Status inserted = insertRows(tokens); !inserted)
            return inserted;
        return m_audit.append(ctx, QStringLiteral("token.import"), QStringLiteral("token"), tokens.first().id,
            AuditOutcome::Success, {{QStringLiteral("count"), qint64(tokens.size())}});
    });
}

Result<TokenPage> TokenRepository::page(const TokenFilter& filter, const TokenPageRequest& request) const
{
    const QString keyColumn
        = request.sort == TokenSort::IssuedAt ? QStringLiteral("issued_at") : QStringLiteral("expires_at");
    // The last page in the requested order is the first page of the reverse order, turned around.
    const bool descending = request.last ? !request.descending : request.descending;
    SqlWhere w = whereFor(filter);
    if (request.after && !request.last) {
        // A row-value comparison, (key, id) < (?, ?): the same rows as "key < ? OR (key = ? AND id < ?)"
        // (both columns are NOT NULL), but both SQLite and PostgreSQL turn it into a seek in the
        // (filter, key, id) index. With bound parameters neither can do that with the OR form, so a
        // page half-way down 50,000 rows first stepped over 25,000 index entries (PostgreSQL: heap rows).
        const QString cmp = descending ? QStringLiteral("<") : QStringLiteral(">");
        w.add(QStringLiteral("(%1, id) %2 (?, ?)").arg(keyColumn, cmp), {request.after->key, request.after->id});
    }
    const int limit = std::clamp(request.limit, 1, 10000);
    const QString direction = descending ? QStringLiteral("DESC") : QStringLiteral("ASC");
    auto q = m_db.exec(QStringLiteral("SELECT %1 FROM tokens%2 ORDER BY %3 %4, id %4 LIMIT %5")
                           .arg(kColumns, w.clause(), keyColumn, direction)
                           .arg(limit + 1),
        w.values());
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    TokenPage out;
    while (query.next())
        out.tokens << readToken(query);
    const bool more = out.tokens.size() > limit;
    if (more)
        out.tokens.removeLast();
    if (request.last) {
        std::reverse(out.tokens.begin(), out.tokens.end());
    } else if (more && !out.tokens.isEmpty()) {
        const Token& tail = out.tokens.last();
        out.next = TokenCursor{request.sort == TokenSort::IssuedAt ? tail.issuedAt : tail.expiresAt, tail.id};
    }
    return out;
}

Result<qint64> TokenRepository::count(const TokenFilter& filter) const
{
    const SqlWhere w = whereFor(filter);
    auto q = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM tokens") + w.clause(), w.values());
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    return query.next() ? query.value(0).toLongLong() : 0;
}

Result<Token> TokenRepository::find(const QString& id) const
{
    static const QString sql = QStringLiteral("SELECT %1 FROM tokens WHERE id = ?").arg(kColumns);
    auto q = m_db.cached(sql, {id});
    if (!q)
        return q.error();
    CachedStatement query = std::move(q).value();
    if (!query.next())
        return Error::make(ErrorCode::NotFound, QStringLiteral("No token with the id '%1'.").arg(id));
    return readToken(query.query());
}

Result<qint64> TokenRepository::revoke(const QString& id, const AuditContext& ctx)
{
    qint64 revoked = 0;
    const Status done = m_db.transaction([&]() -> Status {
        auto existing = find(id);
        if (!existing)
            return existing.error();
        if (existing->revokedAt != 0)
            return Error::make(ErrorCode::Conflict, QStringLiteral("The token '%1' is already revoked.").arg(id));
        const qint64 now = SqlValues::nowMs();
        auto q = existing->kind == TokenKind::Refresh && !existing->familyId.isEmpty()
            ? m_db.exec(QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE (id = ? OR family_id = ?) AND "
                                       "revoked_at IS NULL"),
                {now, id, existing->familyId})
            : m_db.exec(
                QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"), {now, id});
        if (!q)
            return q.error();
        m_db.noteTokensEnded();
        revoked = q->numRowsAffected();
        return m_audit.append(ctx, QStringLiteral("token.revoke"), QStringLiteral("token"), id, AuditOutcome::Success,
            {{QStringLiteral("kind"), enumName(kTokenKindNames, existing->kind)},
                {QStringLiteral("applicationId"), existing->applicationId},
                {QStringLiteral("userId"), existing->userId}, {QStringLiteral("revoked"), revoked}});
    });
    if (!done)
        return done.error();
    return revoked;
}

Result<qint64> TokenRepository::revokeMatching(const TokenFilter& filter, const AuditContext& ctx)
{
    if (filter.isEmpty())
        return Error::invalid(QStringLiteral("filter"),
            QStringLiteral("Refusing to revoke every token: name an application, a user, a resource "
                           "or a time range."));
    qint64 revoked = 0;
    const Status done = m_db.transaction([&]() -> Status {
        SqlWhere w = whereFor(filter);
        w.add(QStringLiteral("revoked_at IS NULL"));
        QVariantList values{SqlValues::nowMs()};
        values << w.values();
        auto q = m_db.exec(QStringLiteral("UPDATE tokens SET revoked_at = ?") + w.clause(), values);
        if (!q)
            return q.error();
        m_db.noteTokensEnded();
        revoked = q->numRowsAffected();
        QJsonObject details = filterDetails(filter);
        details.insert(QStringLiteral("revoked"), revoked);
        return m_audit.append(ctx, QStringLiteral("token.revoke_matching"), QStringLiteral("token"), QString(),
            AuditOutcome::Success, details);
    });
    if (!done)
        return done.error();
    return revoked;
}

Status TokenRepository::insertIssued(const QList<Token>& tokens)
{
    if (tokens.isEmpty())
        return {};
    return m_db.transaction([&]() -> Status { return insertRows(tokens); });
}

Result<Token> TokenRepository::findByValueHash(const QString& valueHash) const
{
    static const QString sql = QStringLiteral("SELECT %1 FROM tokens WHERE value_hash = ?").arg(kColumns);
    auto q = m_db.cached(sql, {valueHash});
    if (!q)
        return q.error();
    CachedStatement query = std::move(q).value();
    if (!query.next())
        return Error::make(ErrorCode::NotFound, QStringLiteral("No token has that value."));
    return readToken(query.query());
}

Result<qint64> TokenRepository::revokedAt(const QString& id) const
{
    auto q = m_db.cached(QStringLiteral("SELECT revoked_at FROM tokens WHERE id = ?"), {id});
    if (!q)
        return q.error();
    CachedStatement query = std::move(q).value();
    if (!query.next())
        return Error::make(ErrorCode::NotFound, QStringLiteral("No token with the id '%1'.").arg(id));
    return query.value(0).isNull() ? qint64(0) : query.value(0).toLongLong();
}

Result<bool> TokenRepository::claim(const QString& id, qint64 nowMs)
{
    auto q = m_db.cached(
        QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"), {nowMs, id});
    if (!q)
        return q.error();
    m_db.noteTokensEnded();
    return q->numRowsAffected() > 0;
}

Result<qint64> TokenRepository::revokeGrant(
    const QString& familyId, const QStringList& ids, const QString& reason, const AuditContext& ctx)
{
    qint64 revoked = 0;
    const Status done = m_db.transaction([&]() -> Status {
        const qint64 now = SqlValues::nowMs();
        if (!familyId.isEmpty()) {
            auto q = m_db.exec(
                QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE family_id = ? AND revoked_at IS NULL"),
                {now, familyId});
            if (!q)
                return q.error();
            m_db.noteTokensEnded();
            revoked += q->numRowsAffected();
        }
        for (const QString& id : ids) {
            auto q = m_db.exec(
                QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE id = ? AND revoked_at IS NULL"), {now, id});
            if (!q)
                return q.error();
            m_db.noteTokensEnded();
            revoked += q->numRowsAffected();
        }
        return m_audit.append(ctx, QStringLiteral("token.revoke_grant"), QStringLiteral("token"),
            familyId.isEmpty() ? ids.value(0) : familyId, AuditOutcome::Success,
            {{QStringLiteral("reason"), reason}, {QStringLiteral("familyId"), familyId},
                {QStringLiteral("tokens"), QJsonArray::fromStringList(ids)}, {QStringLiteral("revoked"), revoked}});
    });
    if (!done)
        return done.error();
    return revoked;
}

} // namespace mcpauth
