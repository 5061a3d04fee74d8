#pragma once

#include "AuditContext.h"
#include "AuditLog.h"
#include "Database.h"
#include "domain/User.h"

namespace mcpauth {

class UserRepository
{
public:
    UserRepository(Database& db, AuditLog& audit);

    // The password is hashed with scrypt; it is never stored or logged.
    [[nodiscard]] Result<User> create(User user, const QString& password, const AuditContext& ctx);
    [[nodiscard]] Result<QList<User>> list(const QString& organizationId = {}) const;
    // By id or username (a username shared by two organizations is refused as ambiguous).
    [[nodiscard]] Result<User> find(const QString& idOrUsername) const;
    [[nodiscard]] Result<User> update(const User& user, const AuditContext& ctx);
    [[nodiscard]] Status setPassword(const QString& idOrUsername, const QString& password, const AuditContext& ctx);
    // Ok with the user when the password is right and the account enabled; a wrong password and an
    // unknown user give the same answer.
    [[nodiscard]] Result<User> authenticate(
        const QString& organizationId, const QString& username, const QString& password) const;
    // Deletes the user with their tokens and consents.
    [[nodiscard]] Status remove(const QString& idOrUsername, const AuditContext& ctx);

private:
    Database& m_db;
    AuditLog& m_audit;
};

} // namespace mcpauth
