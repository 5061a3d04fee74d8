#pragma once

#include "AuditContext.h"
#include "AuditLog.h"
#include "Database.h"
#include "domain/Scope.h"

namespace mcpauth {

class ScopeRepository
{
public:
    ScopeRepository(Database& db, AuditLog& audit);

    [[nodiscard]] Result<Scope> create(Scope scope, const AuditContext& ctx);
    [[nodiscard]] Result<QList<Scope>> list(const QString& organizationId = {}) const;
    // By id, or by name within the organization (any organization when organizationId is empty).
    [[nodiscard]] Result<Scope> find(const QString& idOrName, const QString& organizationId = {}) const;
    // The names of the organization's scopes that only administrators may hold (Scope::administratorOnly).
    [[nodiscard]] Result<QStringList> administratorOnly(const QString& organizationId) const;
    [[nodiscard]] Result<Scope> update(const Scope& scope, const AuditContext& ctx);
    // Refused while a resource of the organization still lists the scope.
    [[nodiscard]] Status remove(const QString& id, const AuditContext& ctx);

private:
    Database& m_db;
    AuditLog& m_audit;
};

} // namespace mcpauth
