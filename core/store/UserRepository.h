#pragma once

#include "AuditContext.h"
#include "AuditLog.h"
#include "Database.h"
#include "domain/User.h"

#include <optional>

namespace mcpauth {

// What the login page needs to know about an account around a password check (lockout, schema v3).
struct LoginState
{
    bool exists = false;
    QString userId;
    bool disabled = false;
    int failedLogins = 0; // consecutive failures since the last success or lockout expiry
    qint64 lockedUntil = 0; // ms since the epoch; 0 when the account was never locked

    [[nodiscard]] bool isLocked(qint64 nowMs) const { return lockedUntil > nowMs; }
};

// An account as a password check needs it: read from the store on its thread, then checked with
// UserRepository::checkPassword() on any thread (scrypt is slow on purpose).
struct PasswordRecord
{
    std::optional<User> user; // none: no such account
    QString passwordHash;
};

class UserRepository
{
public:
    UserRepository(Database& db, AuditLog& audit);

    // The password is hashed with scrypt; it is never stored or logged.
    [[nodiscard]] Result<User> create(User user, const QString& password, const AuditContext& ctx);
    [[nodiscard]] Result<QList<User>> list(const QString& organizationId = {}) const;
    // By id or username (a username shared by two organizations is refused as ambiguous), within one
    // organization when `organizationId` is given.
    [[nodiscard]] Result<User> find(const QString& idOrUsername, const QString& organizationId = {}) const;
    // By id only (a token's subject); NotFound when no user has it.
    [[nodiscard]] Result<User> findById(const QString& id) const;
    // Saving a disabled user revokes every unrevoked token of theirs in the same transaction (the
    // count is in the user.update audit event as tokensRevoked); enabling them again revives none.
    [[nodiscard]] Result<User> update(const User& user, const AuditContext& ctx);
    [[nodiscard]] Status setPassword(const QString& idOrUsername, const QString& password, const AuditContext& ctx);
    // Ok with the user when the password is right and the account enabled; a wrong password and an
    // unknown user give the same answer. The right password of a disabled account gives an error
    // whose field is "disabled", so the login page can tell that person why.
    [[nodiscard]] Result<User> authenticate(
        const QString& organizationId, const QString& username, const QString& password) const;
    // authenticate() in two steps, for callers that run the password check off the store's thread.
    [[nodiscard]] Result<PasswordRecord> passwordRecord(const QString& organizationId, const QString& username) const;
    // Thread-safe: touches no store. Answers as authenticate() does, and takes as long for an unknown user.
    [[nodiscard]] static Result<User> checkPassword(const PasswordRecord& record, const QString& password);
    // Lockout after repeated login failures. These counters are not audited here: the login page
    // audits every attempt (login.failure, login.locked, login.success) itself.
    [[nodiscard]] Result<LoginState> loginState(const QString& organizationId, const QString& username) const;
    // Counts one failure; the failure that reaches maxFailures locks the account until
    // nowMs + lockoutSeconds. Failures during a lock do not extend it; after it expires counting restarts.
    [[nodiscard]] Result<LoginState> recordLoginFailure(
        const QString& userId, int maxFailures, int lockoutSeconds, qint64 nowMs);
    [[nodiscard]] Status recordLoginSuccess(const QString& userId);
    // Lifts a lockout early (administrators).
    [[nodiscard]] Status unlock(const QString& idOrUsername, const AuditContext& ctx);
    // Deletes the user with their tokens and consents (ON DELETE CASCADE, in the same transaction; the
    // user.delete audit event counts them). The server refuses a token whose row is gone, so no token
    // of a deleted user stays usable; the audit log keeps the history of their tokens.
    [[nodiscard]] Status remove(const QString& idOrUsername, const AuditContext& ctx);

private:
    Database& m_db;
    AuditLog& m_audit;
};

} // namespace mcpauth
