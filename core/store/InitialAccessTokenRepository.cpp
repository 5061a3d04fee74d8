#include "InitialAccessTokenRepository.h"

#include "SqlValues.h"
#include "domain/Names.h"
#include "security/SecureRandom.h"

#include <QSqlQuery>

namespace mcpauth {

namespace {

const QString kSelect
    = QStringLiteral("SELECT id, organization_id, created_at, expires_at, revoked_at FROM initial_access_tokens");

InitialAccessToken readToken(const QSqlQuery& q)
{
    InitialAccessToken t;
    t.id = q.value(0).toString();
    t.organizationId = q.value(1).toString();
    t.createdAt = q.value(2).toLongLong();
    t.expiresAt = q.value(3).toLongLong();
    t.revokedAt = q.value(4).isNull() ? 0 : q.value(4).toLongLong();
    return t;
}

} // namespace

InitialAccessTokenRepository::InitialAccessTokenRepository(Database& db, AuditLog& audit, const SecretHasher& hasher)
    : m_db(db)
    , m_audit(audit)
    , m_hasher(hasher)
{ }

Result<IssuedInitialAccessToken> InitialAccessTokenRepository::create(
    const QString& organizationId, qint64 expiresAt, const AuditContext& ctx)
{
    const qint64 now = SqlValues::nowMs();
    if (expiresAt <= now)
        return Error::invalid(QStringLiteral("expires"),
            QStringLiteral("An initial access token must expire in the future, not at %1.")
                .arg(Names::timeText(expiresAt)));
    if (expiresAt - now > kMaxLifetimeMs)
        return Error::invalid(QStringLiteral("expires"),
            QStringLiteral("An initial access token may live at most 365 days; %1 is further away. Choose an earlier "
                           "expiry and hand out a new token when it runs out.")
                .arg(Names::timeText(expiresAt)));
    IssuedInitialAccessToken issued;
    issued.value = SecureRandom::token(32);
    InitialAccessToken& t = issued.token;
    t.id = SecureRandom::uuid();
    t.organizationId = organizationId;
    t.createdAt = now;
    t.expiresAt = expiresAt;
    const Status done = m_db.transaction([&]() -> Status {
        auto org = m_db.exec(QStringLiteral("SELECT name FROM organizations WHERE id = ?"), {organizationId});
        if (!org)
            return org.error();
        QSqlQuery orgQuery = std::move(org).value();
        if (!orgQuery.next())
            return Error::make(
                ErrorCode::NotFound, QStringLiteral("No organization with the id '%1'.").arg(organizationId));
        const QString orgName = orgQuery.value(0).toString();
        auto q = m_db.exec(QStringLiteral("INSERT INTO initial_access_tokens (id, organization_id, value_hash, "
                                          "created_at, expires_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?)"),
            {t.id, t.organizationId, m_hasher.hash(issued.value), t.createdAt, t.expiresAt,
                SqlValues::nullableTime(0)});
        if (!q)
            return q.error();
        return m_audit.append(ctx, QStringLiteral("initial_token.create"), QStringLiteral("initial_access_token"), t.id,
            AuditOutcome::Success,
            {{QStringLiteral("organization"), orgName}, {QStringLiteral("expiresAt"), Names::timeText(t.expiresAt)}});
    });
    if (!done)
        return done.error();
    return issued;
}

Result<QList<InitialAccessToken>> InitialAccessTokenRepository::list(const QString& organizationId) const
{
    auto q = organizationId.isEmpty()
        ? m_db.exec(kSelect + QStringLiteral(" ORDER BY created_at DESC, id"))
        : m_db.exec(
            kSelect + QStringLiteral(" WHERE organization_id = ? ORDER BY created_at DESC, id"), {organizationId});
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    QList<InitialAccessToken> out;
    while (query.next())
        out << readToken(query);
    return out;
}

Result<InitialAccessToken> InitialAccessTokenRepository::find(const QString& id) const
{
    auto q = m_db.exec(kSelect + QStringLiteral(" WHERE id = ?"), {id});
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return Error::make(ErrorCode::NotFound, QStringLiteral("No initial access token with the id '%1'.").arg(id));
    return readToken(query);
}

Result<InitialAccessToken> InitialAccessTokenRepository::revoke(const QString& id, const AuditContext& ctx)
{
    InitialAccessToken revoked;
    const Status done = m_db.transaction([&]() -> Status {
        auto existing = find(id);
        if (!existing)
            return existing.error();
        if (existing->isRevoked())
            return Error::make(ErrorCode::Conflict,
                QStringLiteral("The initial access token %1 was revoked already, at %2.")
                    .arg(id, Names::timeText(existing->revokedAt)));
        revoked = *existing;
        revoked.revokedAt = SqlValues::nowMs();
        auto q = m_db.exec(
            QStringLiteral("UPDATE initial_access_tokens SET revoked_at = ? WHERE id = ?"), {revoked.revokedAt, id});
        if (!q)
            return q.error();
        return m_audit.append(ctx, QStringLiteral("initial_token.revoke"), QStringLiteral("initial_access_token"), id,
            AuditOutcome::Success, {{QStringLiteral("organizationId"), revoked.organizationId}});
    });
    if (!done)
        return done.error();
    return revoked;
}

Result<InitialAccessToken> InitialAccessTokenRepository::check(
    const QString& value, const QString& organizationId, qint64 nowMs) const
{
    const QString field = QStringLiteral("initialAccessToken");
    if (value.isEmpty())
        return Error::invalid(field, QStringLiteral("No initial access token was presented."));
    auto q = m_db.exec(kSelect + QStringLiteral(" WHERE value_hash = ?"), {m_hasher.hash(value)});
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return Error::invalid(field, QStringLiteral("The initial access token is not one this server issued."));
    const InitialAccessToken t = readToken(query);
    if (t.organizationId != organizationId)
        return Error::invalid(field, QStringLiteral("The initial access token belongs to another organization."));
    if (t.isRevoked())
        return Error::invalid(field, QStringLiteral("The initial access token was revoked."));
    if (t.isExpiredAt(nowMs))
        return Error::invalid(
            field, QStringLiteral("The initial access token expired at %1.").arg(Names::timeText(t.expiresAt)));
    return t;
}

} // namespace mcpauth
