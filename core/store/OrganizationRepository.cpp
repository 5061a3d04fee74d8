#include "OrganizationRepository.h"

#include "SqlValues.h"
#include "security/SecureRandom.h"

#include <QJsonArray>
#include <QSqlQuery>

namespace mcpauth {

namespace {

Organization readOrganization(const QSqlQuery& q)
{
    Organization o;
    o.id = q.value(0).toString();
    o.name = q.value(1).toString();
    o.displayName = q.value(2).toString();
    o.createdAt = q.value(3).toLongLong();
    return o;
}

const QString kSelect = QStringLiteral("SELECT id, name, display_name, created_at FROM organizations");

} // namespace

OrganizationRepository::OrganizationRepository(Database& db, AuditLog& audit)
    : m_db(db)
    , m_audit(audit)
{ }

Result<Organization> OrganizationRepository::create(Organization org, const AuditContext& ctx)
{
    if (const ValidationErrors errors = org.validate(); !errors.isEmpty())
        return validationError(errors);
    org.id = SecureRandom::uuid();
    org.createdAt = SqlValues::nowMs();
    const Status done = m_db.transaction([&]() -> Status {
        if (find(org.name))
            return Error::make(
                ErrorCode::Conflict, QStringLiteral("An organization named '%1' already exists.").arg(org.name));
        auto q = m_db.exec(
            QStringLiteral("INSERT INTO organizations (id, name, display_name, created_at) VALUES (?, ?, ?, ?)"),
            {org.id, org.name, org.displayName, org.createdAt});
        if (!q)
            return q.error();
        return m_audit.append(ctx, QStringLiteral("organization.create"), QStringLiteral("organization"), org.id,
            AuditOutcome::Success, {{QStringLiteral("name"), org.name}});
    });
    if (!done)
        return done.error();
    return org;
}

Result<QList<Organization>> OrganizationRepository::list() const
{
    auto q = m_db.exec(kSelect + QStringLiteral(" ORDER BY name"));
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    QList<Organization> out;
    while (query.next())
        out << readOrganization(query);
    return out;
}

Result<Organization> OrganizationRepository::find(const QString& idOrName) const
{
    auto q = m_db.exec(kSelect + QStringLiteral(" WHERE id = ? OR name = ?"), {idOrName, idOrName});
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return Error::make(ErrorCode::NotFound, QStringLiteral("No organization named '%1'.").arg(idOrName));
    return readOrganization(query);
}

Result<Organization> OrganizationRepository::update(const Organization& org, const AuditContext& ctx)
{
    if (const ValidationErrors errors = org.validate(); !errors.isEmpty())
        return validationError(errors);
    Organization stored;
    const Status done = m_db.transaction([&]() -> Status {
        auto existing = find(org.id);
        if (!existing)
            return existing.error();
        stored = *existing;
        if (auto clash = find(org.name); clash && clash->id != org.id)
            return Error::make(
                ErrorCode::Conflict, QStringLiteral("An organization named '%1' already exists.").arg(org.name));
        stored.name = org.name;
        stored.displayName = org.displayName;
        auto q = m_db.exec(QStringLiteral("UPDATE organizations SET name = ?, display_name = ? WHERE id = ?"),
            {stored.name, stored.displayName, stored.id});
        if (!q)
            return q.error();
        return m_audit.append(ctx, QStringLiteral("organization.update"), QStringLiteral("organization"), stored.id,
            AuditOutcome::Success, {{QStringLiteral("name"), stored.name}});
    });
    if (!done)
        return done.error();
    return stored;
}

Status OrganizationRepository::remove(const QString& idOrName, const AuditContext& ctx)
{
    return m_db.transaction([&]() -> Status {
        auto existing = find(idOrName);
        if (!existing)
            return existing.error();
        for (const char* table : {"applications", "resources", "scopes", "users"}) {
            auto q = m_db.exec(
                QStringLiteral("SELECT COUNT(*) FROM %1 WHERE organization_id = ?").arg(QString::fromLatin1(table)),
                {existing->id});
            if (!q)
                return q.error();
            QSqlQuery query = std::move(q).value();
            if (query.next() && query.value(0).toLongLong() > 0)
                return Error::make(ErrorCode::Conflict,
                    QStringLiteral("The organization '%1' still has %2 %3; delete them first.")
                        .arg(existing->name)
                        .arg(query.value(0).toLongLong())
                        .arg(QString::fromLatin1(table)));
        }
        auto q = m_db.exec(QStringLiteral("DELETE FROM organizations WHERE id = ?"), {existing->id});
        if (!q)
            return q.error();
        m_db.noteTokensEnded();
        return m_audit.append(ctx, QStringLiteral("organization.delete"), QStringLiteral("organization"), existing->id,
            AuditOutcome::Success, {{QStringLiteral("name"), existing->name}});
    });
}

Result<RegistrationPolicy> OrganizationRepository::registrationPolicy(const QString& idOrName) const
{
    auto q = m_db.exec(QStringLiteral("SELECT registration_policy, registration_redirect_patterns FROM organizations "
                                      "WHERE id = ? OR name = ?"),
        {idOrName, idOrName});
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return Error::make(ErrorCode::NotFound, QStringLiteral("No organization named '%1'.").arg(idOrName));
    RegistrationPolicy policy;
    // A value no version of this program writes can only come from editing the database by hand:
    // registration then stays closed to all but initial access tokens instead of opening up.
    policy.mode = enumFromName(kRegistrationModeNames, query.value(0).toString()).value_or(RegistrationMode::Admin);
    policy.redirectPatterns = SqlValues::listFromJson(query.value(1).toString());
    return policy;
}

Result<RegistrationPolicy> OrganizationRepository::setRegistrationPolicy(
    const QString& idOrName, const RegistrationPolicy& policy, const AuditContext& ctx)
{
    if (const ValidationErrors errors = policy.validate(); !errors.isEmpty())
        return validationError(errors);
    const Status done = m_db.transaction([&]() -> Status {
        auto existing = find(idOrName);
        if (!existing)
            return existing.error();
        auto q = m_db.exec(QStringLiteral("UPDATE organizations SET registration_policy = ?, "
                                          "registration_redirect_patterns = ? WHERE id = ?"),
            {enumName(kRegistrationModeNames, policy.mode), SqlValues::listToJson(policy.redirectPatterns),
                existing->id});
        if (!q)
            return q.error();
        return m_audit.append(ctx, QStringLiteral("organization.set_registration"), QStringLiteral("organization"),
            existing->id, AuditOutcome::Success,
            {{QStringLiteral("name"), existing->name},
                {QStringLiteral("policy"), enumName(kRegistrationModeNames, policy.mode)},
                {QStringLiteral("redirectPatterns"), QJsonArray::fromStringList(policy.redirectPatterns)}});
    });
    if (!done)
        return done.error();
    return policy;
}

} // namespace mcpauth
