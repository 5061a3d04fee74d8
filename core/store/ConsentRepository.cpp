#include "ConsentRepository.h"

#include "SqlValues.h"
#include "SqlWhere.h"
#include "security/SecureRandom.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace mcpauth {

namespace {

const QString kSelect
    = QStringLiteral("SELECT id, user_id, application_id, resource, scopes, granted_at, revoked_at FROM consents");

Consent readConsent(const QSqlQuery& q)
{
    Consent c;
    c.id = q.value(0).toString();
    c.userId = q.value(1).toString();
    c.applicationId = q.value(2).toString();
    c.resource = q.value(3).toString();
    c.scopes = SqlValues::listFromJson(q.value(4).toString());
    c.grantedAt = q.value(5).toLongLong();
    c.revokedAt = q.value(6).isNull() ? 0 : q.value(6).toLongLong();
    return c;
}

} // namespace

ConsentRepository::ConsentRepository(Database& db, AuditLog& audit)
    : m_db(db)
    , m_audit(audit)
{ }

Result<Consent> ConsentRepository::grant(Consent consent, const AuditContext& ctx)
{
    consent.id = SecureRandom::uuid();
    if (consent.grantedAt == 0)
        consent.grantedAt = SqlValues::nowMs();
    consent.revokedAt = 0;
    if (const ValidationErrors errors = consent.validate(); !errors.isEmpty())
        return validationError(errors);
    const Status done = m_db.transaction([&]() -> Status {
        auto replaced = m_db.exec(QStringLiteral("UPDATE consents SET revoked_at = ? WHERE user_id = ? AND "
                                                 "application_id = ? AND resource = ? AND revoked_at IS NULL"),
            {consent.grantedAt, consent.userId, consent.applicationId, consent.resource});
        if (!replaced)
            return replaced.error();
        auto q = m_db.exec(QStringLiteral("INSERT INTO consents (id, user_id, application_id, resource, scopes, "
                                          "granted_at, revoked_at) VALUES (?, ?, ?, ?, ?, ?, NULL)"),
            {consent.id, consent.userId, consent.applicationId, consent.resource, SqlValues::listToJson(consent.scopes),
                consent.grantedAt});
        if (!q)
            return q.error();
        return m_audit.append(ctx, QStringLiteral("consent.grant"), QStringLiteral("consent"), consent.id,
            AuditOutcome::Success,
            {{QStringLiteral("userId"), consent.userId}, {QStringLiteral("applicationId"), consent.applicationId},
                {QStringLiteral("resource"), consent.resource},
                {QStringLiteral("scopes"), QJsonArray::fromStringList(consent.scopes)}});
    });
    if (!done)
        return done.error();
    return consent;
}

Result<QList<Consent>> ConsentRepository::list(const ConsentFilter& filter) const
{
    SqlWhere w;
    if (!filter.userId.isEmpty())
        w.add(QStringLiteral("user_id = ?"), {filter.userId});
    if (!filter.applicationId.isEmpty())
        w.add(QStringLiteral("application_id = ?"), {filter.applicationId});
    if (!filter.organizationId.isEmpty())
        w.add(QStringLiteral("application_id IN (SELECT id FROM applications WHERE organization_id = ?)"),
            {filter.organizationId});
    if (!filter.includeRevoked)
        w.add(QStringLiteral("revoked_at IS NULL"));
    auto q = m_db.exec(kSelect + w.clause() + QStringLiteral(" ORDER BY granted_at DESC, id"), w.values());
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    QList<Consent> out;
    while (query.next())
        out << readConsent(query);
    return out;
}

Result<Consent> ConsentRepository::find(const QString& id) const
{
    auto q = m_db.exec(kSelect + QStringLiteral(" WHERE id = ?"), {id});
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return Error::make(ErrorCode::NotFound, QStringLiteral("No consent with the id '%1'.").arg(id));
    return readConsent(query);
}

Result<qint64> ConsentRepository::revoke(const QString& id, const AuditContext& ctx)
{
    qint64 tokensRevoked = 0;
    const Status done = m_db.transaction([&]() -> Status {
        auto existing = find(id);
        if (!existing)
            return existing.error();
        if (existing->isRevoked())
            return Error::make(ErrorCode::Conflict, QStringLiteral("The consent '%1' is already revoked.").arg(id));
        const qint64 now = SqlValues::nowMs();
        auto q = m_db.exec(QStringLiteral("UPDATE consents SET revoked_at = ? WHERE id = ?"), {now, id});
        if (!q)
            return q.error();
        auto t = m_db.exec(QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE user_id = ? AND application_id = ? "
                                          "AND resource = ? AND revoked_at IS NULL"),
            {now, existing->userId, existing->applicationId, existing->resource});
        if (!t)
            return t.error();
        m_db.noteTokensEnded();
        tokensRevoked = t->numRowsAffected();
        return m_audit.append(ctx, QStringLiteral("consent.revoke"), QStringLiteral("consent"), id,
            AuditOutcome::Success,
            {{QStringLiteral("userId"), existing->userId}, {QStringLiteral("applicationId"), existing->applicationId},
                {QStringLiteral("tokensRevoked"), tokensRevoked}});
    });
    if (!done)
        return done.error();
    return tokensRevoked;
}

} // namespace mcpauth
