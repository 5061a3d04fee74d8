#pragma once

#include "AuditContext.h"
#include "AuditLog.h"
#include "Database.h"
#include "domain/Consent.h"

namespace mcpauth {

struct ConsentFilter
{
    QString userId;
    QString applicationId;
    bool includeRevoked = false;
    QString organizationId{}; // consents to this organization's applications
};

class ConsentRepository
{
public:
    ConsentRepository(Database& db, AuditLog& audit);

    // Records a grant; an earlier grant in force for the same user, application and resource is
    // replaced (its scopes are merged into the new one by the caller, as the consent page decides).
    [[nodiscard]] Result<Consent> grant(Consent consent, const AuditContext& ctx);
    [[nodiscard]] Result<QList<Consent>> list(const ConsentFilter& filter) const;
    [[nodiscard]] Result<Consent> find(const QString& id) const;
    // Revoking a consent also revokes the tokens issued under it (same user, application, resource).
    [[nodiscard]] Result<qint64> revoke(const QString& id, const AuditContext& ctx);

private:
    Database& m_db;
    AuditLog& m_audit;
};

} // namespace mcpauth
