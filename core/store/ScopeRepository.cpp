#include "ScopeRepository.h"

#include "SqlValues.h"
#include "security/SecureRandom.h"

#include <QSqlQuery>

namespace mcpauth {

namespace {

const QString kSelect
    = QStringLiteral("SELECT id, organization_id, name, display_name, description, admin_only FROM scopes");

Scope readScope(const QSqlQuery& q)
{
    return Scope{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
        q.value(4).toString(), q.value(5).toInt() != 0};
}

} // namespace

ScopeRepository::ScopeRepository(Database& db, AuditLog& audit)
    : m_db(db)
    , m_audit(audit)
{ }

Result<Scope> ScopeRepository::create(Scope scope, const AuditContext& ctx)
{
    if (const ValidationErrors errors = scope.validate(); !errors.isEmpty())
        return validationError(errors);
    scope.id = SecureRandom::uuid();
    const Status done = m_db.transaction([&]() -> Status {
        if (find(scope.name, scope.organizationId))
            return Error::make(ErrorCode::Conflict,
                QStringLiteral("The scope '%1' already exists in this organization.").arg(scope.name));
        auto q = m_db.exec(QStringLiteral("INSERT INTO scopes (id, organization_id, name, display_name, description, "
                                          "admin_only) VALUES (?, ?, ?, ?, ?, ?)"),
            {scope.id, scope.organizationId, scope.name, scope.displayName, scope.description,
                scope.administratorOnly ? 1 : 0});
        if (!q)
            return q.error();
        return m_audit.append(ctx, QStringLiteral("scope.create"), QStringLiteral("scope"), scope.id,
            AuditOutcome::Success,
            {{QStringLiteral("name"), scope.name}, {QStringLiteral("administratorOnly"), scope.administratorOnly}});
    });
    if (!done)
        return done.error();
    return scope;
}

Result<QList<Scope>> ScopeRepository::list(const QString& organizationId) const
{
    static const QString all = kSelect + QStringLiteral(" ORDER BY name, id");
    static const QString ofOrganization = kSelect + QStringLiteral(" WHERE organization_id = ? ORDER BY name, id");
    auto q = organizationId.isEmpty() ? m_db.cached(all) : m_db.cached(ofOrganization, {organizationId});
    if (!q)
        return q.error();
    CachedStatement query = std::move(q).value();
    QList<Scope> out;
    while (query.next())
        out << readScope(query.query());
    return out;
}

Result<QStringList> ScopeRepository::administratorOnly(const QString& organizationId) const
{
    // On every authorization, token exchange and tool call of a user who is not an administrator.
    auto q = m_db.cached(
        QStringLiteral("SELECT name FROM scopes WHERE organization_id = ? AND admin_only <> 0 ORDER BY name"),
        {organizationId});
    if (!q)
        return q.error();
    CachedStatement query = std::move(q).value();
    QStringList names;
    while (query.next())
        names << query.value(0).toString();
    return names;
}

Result<Scope> ScopeRepository::find(const QString& idOrName, const QString& organizationId) const
{
    auto q = organizationId.isEmpty()
        ? m_db.exec(kSelect + QStringLiteral(" WHERE id = ? OR name = ? ORDER BY id LIMIT 2"), {idOrName, idOrName})
        : m_db.exec(kSelect + QStringLiteral(" WHERE organization_id = ? AND (id = ? OR name = ?) ORDER BY id LIMIT 2"),
            {organizationId, idOrName, idOrName});
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    QList<Scope> found;
    while (query.next())
        found << readScope(query);
    if (found.isEmpty())
        return Error::make(ErrorCode::NotFound, QStringLiteral("No scope named '%1'.").arg(idOrName));
    if (found.size() > 1 && found.first().id != idOrName)
        return Error::make(ErrorCode::Conflict,
            QStringLiteral("Several organizations have a scope named '%1'; name the organization.").arg(idOrName));
    return found.first();
}

Result<Scope> ScopeRepository::update(const Scope& scope, const AuditContext& ctx)
{
    if (const ValidationErrors errors = scope.validate(); !errors.isEmpty())
        return validationError(errors);
    const Status done = m_db.transaction([&]() -> Status {
        auto existing = find(scope.id);
        if (!existing)
            return existing.error();
        if (existing->name != scope.name)
            return Error::invalid(QStringLiteral("name"),
                QStringLiteral("A scope's name cannot change: tokens and applications refer to it. "
                               "Create a new scope instead."));
        auto q = m_db.exec(
            QStringLiteral("UPDATE scopes SET display_name = ?, description = ?, admin_only = ? WHERE id = ?"),
            {scope.displayName, scope.description, scope.administratorOnly ? 1 : 0, scope.id});
        if (!q)
            return q.error();
        return m_audit.append(ctx, QStringLiteral("scope.update"), QStringLiteral("scope"), scope.id,
            AuditOutcome::Success,
            {{QStringLiteral("name"), scope.name}, {QStringLiteral("administratorOnly"), scope.administratorOnly}});
    });
    if (!done)
        return done.error();
    return scope;
}

Status ScopeRepository::remove(const QString& id, const AuditContext& ctx)
{
    return m_db.transaction([&]() -> Status {
        auto existing = find(id);
        if (!existing)
            return existing.error();
        auto q = m_db.exec(
            QStringLiteral("SELECT uri, scopes FROM resources WHERE organization_id = ?"), {existing->organizationId});
        if (!q)
            return q.error();
        QSqlQuery query = std::move(q).value();
        while (query.next()) {
            if (SqlValues::listFromJson(query.value(1).toString()).contains(existing->name))
                return Error::make(ErrorCode::Conflict,
                    QStringLiteral("The scope '%1' is still used by the resource %2; remove it there "
                                   "first.")
                        .arg(existing->name, query.value(0).toString()));
        }
        auto deleted = m_db.exec(QStringLiteral("DELETE FROM scopes WHERE id = ?"), {existing->id});
        if (!deleted)
            return deleted.error();
        return m_audit.append(ctx, QStringLiteral("scope.delete"), QStringLiteral("scope"), existing->id,
            AuditOutcome::Success, {{QStringLiteral("name"), existing->name}});
    });
}

} // namespace mcpauth
