#include "ResourceRepository.h"

#include "SqlValues.h"
#include "security/SecureRandom.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace mcpauth {

namespace {

const QString kSelect = QStringLiteral(
    "SELECT id, organization_id, uri, display_name, description, scopes, tool_scopes, created_at FROM resources");

Resource readResource(const QSqlQuery& q)
{
    Resource r;
    r.id = q.value(0).toString();
    r.organizationId = q.value(1).toString();
    r.uri = q.value(2).toString();
    r.displayName = q.value(3).toString();
    r.description = q.value(4).toString();
    r.scopes = SqlValues::listFromJson(q.value(5).toString());
    r.toolScopes = SqlValues::mapFromJson(q.value(6).toString());
    r.createdAt = q.value(7).toLongLong();
    return r;
}

} // namespace

ResourceRepository::ResourceRepository(Database& db, AuditLog& audit)
    : m_db(db)
    , m_audit(audit)
{ }

Status ResourceRepository::checkScopesExist(const Resource& resource) const
{
    auto q = m_db.exec(QStringLiteral("SELECT name FROM scopes WHERE organization_id = ?"), {resource.organizationId});
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    QStringList known;
    while (query.next())
        known << query.value(0).toString();
    QStringList missing;
    for (const QString& s : resource.scopes) {
        if (!known.contains(s))
            missing << s;
    }
    if (!missing.isEmpty())
        return Error::invalid(QStringLiteral("scopes"),
            QStringLiteral("These scopes do not exist in the organization: %1. Create them first "
                           "(mcp-auth scope add).")
                .arg(missing.join(QStringLiteral(", "))));
    return {};
}

Result<Resource> ResourceRepository::create(Resource resource, const AuditContext& ctx)
{
    if (const ValidationErrors errors = resource.validate(); !errors.isEmpty())
        return validationError(errors);
    resource.id = SecureRandom::uuid();
    resource.createdAt = SqlValues::nowMs();
    const Status done = m_db.transaction([&]() -> Status {
        if (const Status scopes = checkScopesExist(resource); !scopes)
            return scopes;
        if (find(resource.uri))
            return Error::make(
                ErrorCode::Conflict, QStringLiteral("The resource %1 is already registered.").arg(resource.uri));
        auto q = m_db.exec(QStringLiteral("INSERT INTO resources (id, organization_id, uri, display_name, description, "
                                          "scopes, tool_scopes, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
            {resource.id, resource.organizationId, resource.uri, resource.displayName, resource.description,
                SqlValues::listToJson(resource.scopes), SqlValues::mapToJson(resource.toolScopes), resource.createdAt});
        if (!q)
            return q.error();
        return m_audit.append(ctx, QStringLiteral("resource.create"), QStringLiteral("resource"), resource.id,
            AuditOutcome::Success,
            {{QStringLiteral("uri"), resource.uri},
                {QStringLiteral("scopes"), QJsonArray::fromStringList(resource.scopes)}});
    });
    if (!done)
        return done.error();
    return resource;
}

Result<QList<Resource>> ResourceRepository::list(const QString& organizationId) const
{
    static const QString all = kSelect + QStringLiteral(" ORDER BY uri");
    static const QString ofOrganization = kSelect + QStringLiteral(" WHERE organization_id = ? ORDER BY uri");
    auto q = organizationId.isEmpty() ? m_db.cached(all) : m_db.cached(ofOrganization, {organizationId});
    if (!q)
        return q.error();
    CachedStatement query = std::move(q).value();
    QList<Resource> out;
    while (query.next())
        out << readResource(query.query());
    return out;
}

Result<Resource> ResourceRepository::find(const QString& idOrUri) const
{
    static const QString sql = kSelect + QStringLiteral(" WHERE id = ? OR uri = ?");
    auto q = m_db.cached(sql, {idOrUri, idOrUri});
    if (!q)
        return q.error();
    CachedStatement query = std::move(q).value();
    if (!query.next())
        return Error::make(ErrorCode::NotFound, QStringLiteral("No resource with the id or URI '%1'.").arg(idOrUri));
    return readResource(query.query());
}

Result<Resource> ResourceRepository::update(const Resource& resource, const AuditContext& ctx)
{
    if (const ValidationErrors errors = resource.validate(); !errors.isEmpty())
        return validationError(errors);
    Resource stored = resource;
    const Status done = m_db.transaction([&]() -> Status {
        auto existing = find(resource.id);
        if (!existing)
            return existing.error();
        if (const Status scopes = checkScopesExist(resource); !scopes)
            return scopes;
        stored.createdAt = existing->createdAt;
        stored.organizationId = existing->organizationId;
        auto q
            = m_db.exec(QStringLiteral("UPDATE resources SET uri = ?, display_name = ?, description = ?, scopes = ?, "
                                       "tool_scopes = ? WHERE id = ?"),
                {stored.uri, stored.displayName, stored.description, SqlValues::listToJson(stored.scopes),
                    SqlValues::mapToJson(stored.toolScopes), stored.id});
        if (!q)
            return q.error();
        return m_audit.append(ctx, QStringLiteral("resource.update"), QStringLiteral("resource"), stored.id,
            AuditOutcome::Success,
            {{QStringLiteral("uri"), stored.uri},
                {QStringLiteral("scopes"), QJsonArray::fromStringList(stored.scopes)}});
    });
    if (!done)
        return done.error();
    return stored;
}

Status ResourceRepository::remove(const QString& idOrUri, const AuditContext& ctx)
{
    return m_db.transaction([&]() -> Status {
        auto existing = find(idOrUri);
        if (!existing)
            return existing.error();
        auto q = m_db.exec(QStringLiteral("DELETE FROM resources WHERE id = ?"), {existing->id});
        if (!q)
            return q.error();
        return m_audit.append(ctx, QStringLiteral("resource.delete"), QStringLiteral("resource"), existing->id,
            AuditOutcome::Success, {{QStringLiteral("uri"), existing->uri}});
    });
}

} // namespace mcpauth
