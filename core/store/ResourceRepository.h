#pragma once

#include "AuditContext.h"
#include "AuditLog.h"
#include "Database.h"
#include "domain/Resource.h"

namespace mcpauth {

class ResourceRepository
{
public:
    ResourceRepository(Database& db, AuditLog& audit);

    // The resource's scopes must exist as Scope entities of its organization.
    [[nodiscard]] Result<Resource> create(Resource resource, const AuditContext& ctx);
    [[nodiscard]] Result<QList<Resource>> list(const QString& organizationId = {}) const;
    // By id or URI.
    [[nodiscard]] Result<Resource> find(const QString& idOrUri) const;
    [[nodiscard]] Result<Resource> update(const Resource& resource, const AuditContext& ctx);
    [[nodiscard]] Status remove(const QString& idOrUri, const AuditContext& ctx);

private:
    [[nodiscard]] Status checkScopesExist(const Resource& resource) const;

    Database& m_db;
    AuditLog& m_audit;
};

} // namespace mcpauth
