#pragma once

#include "AuditContext.h"
#include "AuditLog.h"
#include "Database.h"
#include "domain/Organization.h"
#include "domain/RegistrationPolicy.h"

namespace mcpauth {

class OrganizationRepository
{
public:
    OrganizationRepository(Database& db, AuditLog& audit);

    [[nodiscard]] Result<Organization> create(Organization org, const AuditContext& ctx);
    [[nodiscard]] Result<QList<Organization>> list() const;
    // By id or by name.
    [[nodiscard]] Result<Organization> find(const QString& idOrName) const;
    [[nodiscard]] Result<Organization> update(const Organization& org, const AuditContext& ctx);
    // Refused while applications, resources, scopes or users still belong to it.
    [[nodiscard]] Status remove(const QString& idOrName, const AuditContext& ctx);

    // Who may register clients dynamically with the organization (RFC 7591).
    [[nodiscard]] Result<RegistrationPolicy> registrationPolicy(const QString& idOrName) const;
    // Validates and saves the policy; audited as organization.set_registration.
    [[nodiscard]] Result<RegistrationPolicy> setRegistrationPolicy(
        const QString& idOrName, const RegistrationPolicy& policy, const AuditContext& ctx);

private:
    Database& m_db;
    AuditLog& m_audit;
};

} // namespace mcpauth
