#include "UserRepository.h"

#include "SqlValues.h"
#include "security/PasswordHasher.h"
#include "security/SecureRandom.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace mcpauth {

namespace {

const QString kColumns
    = QStringLiteral("id, organization_id, username, display_name, email, disabled, created_at, is_admin");
const QString kSelect = QStringLiteral("SELECT ") + kColumns + QStringLiteral(" FROM users");

User readUser(const QSqlQuery& q)
{
    User u;
    u.id = q.value(0).toString();
    u.organizationId = q.value(1).toString();
    u.username = q.value(2).toString();
    u.displayName = q.value(3).toString();
    u.email = q.value(4).toString();
    u.disabled = q.value(5).toInt() != 0;
    u.createdAt = q.value(6).toLongLong();
    u.isAdmin = q.value(7).toInt() != 0;
    return u;
}

} // namespace

UserRepository::UserRepository(Database& db, AuditLog& audit)
    : m_db(db)
    , m_audit(audit)
{ }

Result<User> UserRepository::create(User user, const QString& password, const AuditContext& ctx)
{
    ValidationErrors errors = user.validate();
    errors << User::checkPassword(password);
    if (!errors.isEmpty())
        return validationError(errors);
    auto hashed = PasswordHasher::hash(password);
    if (!hashed)
        return hashed.error();
    user.id = SecureRandom::uuid();
    user.createdAt = SqlValues::nowMs();
    const Status done = m_db.transaction([&]() -> Status {
        auto clash = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM users WHERE organization_id = ? AND username = ?"),
            {user.organizationId, user.username});
        if (!clash)
            return clash.error();
        QSqlQuery c = std::move(clash).value();
        if (c.next() && c.value(0).toLongLong() > 0)
            return Error::make(ErrorCode::Conflict,
                QStringLiteral("A user named '%1' already exists in this organization.").arg(user.username));
        auto q = m_db.exec(QStringLiteral("INSERT INTO users (id, organization_id, username, display_name, email, "
                                          "password_hash, disabled, created_at, is_admin) "
                                          "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {user.id, user.organizationId, user.username, user.displayName, user.email, *hashed, user.disabled ? 1 : 0,
                user.createdAt, user.isAdmin ? 1 : 0});
        if (!q)
            return q.error();
        return m_audit.append(ctx, QStringLiteral("user.create"), QStringLiteral("user"), user.id,
            AuditOutcome::Success,
            {{QStringLiteral("username"), user.username}, {QStringLiteral("isAdmin"), user.isAdmin}});
    });
    if (!done)
        return done.error();
    return user;
}

Result<QList<User>> UserRepository::list(const QString& organizationId) const
{
    auto q = organizationId.isEmpty()
        ? m_db.exec(kSelect + QStringLiteral(" ORDER BY username, id"))
        : m_db.exec(kSelect + QStringLiteral(" WHERE organization_id = ? ORDER BY username, id"), {organizationId});
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    QList<User> out;
    while (query.next())
        out << readUser(query);
    return out;
}

Result<User> UserRepository::find(const QString& idOrUsername, const QString& organizationId) const
{
    static const QString sql = kSelect + QStringLiteral(" WHERE id = ? OR username = ? LIMIT 2");
    static const QString inOrganization
        = kSelect + QStringLiteral(" WHERE organization_id = ? AND (id = ? OR username = ?) LIMIT 2");
    QList<User> found;
    {
        auto q = organizationId.isEmpty() ? m_db.cached(sql, {idOrUsername, idOrUsername})
                                          : m_db.cached(inOrganization, {organizationId, idOrUsername, idOrUsername});
        if (!q)
            return q.error();
        CachedStatement query = std::move(q).value();
        while (query.next())
            found << readUser(query.query());
    }
    if (found.isEmpty())
        return Error::make(ErrorCode::NotFound, QStringLiteral("No user named '%1'.").arg(idOrUsername));
    if (found.size() > 1 && found.first().id != idOrUsername)
        return Error::make(ErrorCode::Conflict,
            QStringLiteral("Several organizations have a user named '%1'; use the user's id.").arg(idOrUsername));
    return found.first();
}

Result<User> UserRepository::findById(const QString& id) const
{
    auto q = m_db.exec(kSelect + QStringLiteral(" WHERE id = ?"), {id});
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return Error::make(ErrorCode::NotFound, QStringLiteral("No user with the id '%1'.").arg(id));
    return readUser(query);
}

Result<User> UserRepository::update(const User& user, const AuditContext& ctx)
{
    if (const ValidationErrors errors = user.validate(); !errors.isEmpty())
        return validationError(errors);
    User stored = user;
    const Status done = m_db.transaction([&]() -> Status {
        auto existing = find(user.id);
        if (!existing)
            return existing.error();
        stored.organizationId = existing->organizationId;
        stored.createdAt = existing->createdAt;
        auto q = m_db.exec(QStringLiteral("UPDATE users SET username = ?, display_name = ?, email = ?, disabled = ?, "
                                          "is_admin = ? WHERE id = ?"),
            {stored.username, stored.displayName, stored.email, stored.disabled ? 1 : 0, stored.isAdmin ? 1 : 0,
                stored.id});
        if (!q)
            return q.error();
        QJsonObject details{{QStringLiteral("username"), stored.username},
            {QStringLiteral("disabled"), stored.disabled}, {QStringLiteral("isAdmin"), stored.isAdmin}};
        // Granting or taking away administration is what an auditor looks for first.
        if (stored.isAdmin != existing->isAdmin)
            details.insert(QStringLiteral("isAdminChanged"), true);
        if (stored.disabled) {
            // A disabled account keeps no access: its tokens are revoked with the change, so that /mcp,
            // introspection and the console agree at once (OAuth 2.1 section 5.2, RFC 7662 section 2.2).
            // Saving an account that is already disabled revokes what slipped in since (a JWT whose row
            // the server wrote behind, after the account was disabled).
            auto revoked
                = m_db.exec(QStringLiteral("UPDATE tokens SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL"),
                    {SqlValues::nowMs(), stored.id});
            if (!revoked)
                return revoked.error();
            m_db.noteTokensEnded();
            details.insert(QStringLiteral("tokensRevoked"), qint64(revoked->numRowsAffected()));
        }
        return m_audit.append(
            ctx, QStringLiteral("user.update"), QStringLiteral("user"), stored.id, AuditOutcome::Success, details);
    });
    if (!done)
        return done.error();
    return stored;
}

Status UserRepository::setPassword(const QString& idOrUsername, const QString& password, const AuditContext& ctx)
{
    if (const ValidationErrors errors = User::checkPassword(password); !errors.isEmpty())
        return validationError(errors);
    auto hashed = PasswordHasher::hash(password);
    if (!hashed)
        return hashed.error();
    return m_db.transaction([&]() -> Status {
        auto existing = find(idOrUsername);
        if (!existing)
            return existing.error();
        auto q = m_db.exec(QStringLiteral("UPDATE users SET password_hash = ? WHERE id = ?"), {*hashed, existing->id});
        if (!q)
            return q.error();
        return m_audit.append(ctx, QStringLiteral("user.set_password"), QStringLiteral("user"), existing->id,
            AuditOutcome::Success, {{QStringLiteral("username"), existing->username}});
    });
}

Result<User> UserRepository::authenticate(
    const QString& organizationId, const QString& username, const QString& password) const
{
    auto record = passwordRecord(organizationId, username);
    if (!record)
        return record.error();
    return checkPassword(*record, password);
}

Result<PasswordRecord> UserRepository::passwordRecord(const QString& organizationId, const QString& username) const
{
    auto q = m_db.exec(QStringLiteral("SELECT ") + kColumns
            + QStringLiteral(", password_hash FROM users WHERE organization_id = ? AND username = ?"),
        {organizationId, username});
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    PasswordRecord record;
    if (query.next()) {
        record.user = readUser(query);
        record.passwordHash = query.value(8).toString();
    }
    return record;
}

Result<User> UserRepository::checkPassword(const PasswordRecord& record, const QString& password)
{
    const Error refused = Error::make(ErrorCode::InvalidInput, QStringLiteral("Wrong username or password."));
    if (!record.user) {
        // Spend the same time as a real check so response time does not reveal which usernames exist.
        (void)PasswordHasher::verify(password,
            QStringLiteral("scrypt$15$8$1$AAAAAAAAAAAAAAAAAAAAAA==$"
                           "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="));
        return refused;
    }
    if (!PasswordHasher::verify(password, record.passwordHash))
        return refused;
    if (record.user->disabled)
        return Error::invalid(QStringLiteral("disabled"), QStringLiteral("This account is disabled."));
    return *record.user;
}

Result<LoginState> UserRepository::loginState(const QString& organizationId, const QString& username) const
{
    auto q = m_db.exec(QStringLiteral("SELECT id, disabled, failed_logins, locked_until FROM users WHERE "
                                      "organization_id = ? AND username = ?"),
        {organizationId, username});
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    LoginState state;
    if (!query.next())
        return state;
    state.exists = true;
    state.userId = query.value(0).toString();
    state.disabled = query.value(1).toInt() != 0;
    state.failedLogins = query.value(2).toInt();
    state.lockedUntil = query.value(3).toLongLong();
    return state;
}

Result<LoginState> UserRepository::recordLoginFailure(
    const QString& userId, int maxFailures, int lockoutSeconds, qint64 nowMs)
{
    LoginState state;
    const Status done = m_db.transaction([&]() -> Status {
        auto q = m_db.exec(
            QStringLiteral("SELECT disabled, failed_logins, locked_until FROM users WHERE id = ?"), {userId});
        if (!q)
            return q.error();
        QSqlQuery query = std::move(q).value();
        if (!query.next())
            return Error::make(ErrorCode::NotFound, QStringLiteral("No user with the id '%1'.").arg(userId));
        state.exists = true;
        state.userId = userId;
        state.disabled = query.value(0).toInt() != 0;
        state.failedLogins = query.value(1).toInt();
        state.lockedUntil = query.value(2).toLongLong();
        if (state.isLocked(nowMs))
            return {};
        if (state.lockedUntil != 0) {
            state.failedLogins = 0;
            state.lockedUntil = 0;
        }
        ++state.failedLogins;
        if (maxFailures > 0 && state.failedLogins >= maxFailures)
            state.lockedUntil = nowMs + qint64(lockoutSeconds) * 1000;
        auto u = m_db.exec(QStringLiteral("UPDATE users SET failed_logins = ?, locked_until = ? WHERE id = ?"),
            {state.failedLogins, state.lockedUntil, userId});
        if (!u)
            return u.error();
        return {};
    });
    if (!done)
        return done.error();
    return state;
}

Status UserRepository::recordLoginSuccess(const QString& userId)
{
    auto q = m_db.exec(QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = 0 WHERE id = ? AND "
                                      "(failed_logins <> 0 OR locked_until <> 0)"),
        {userId});
    if (!q)
        return q.error();
    return {};
}

Status UserRepository::unlock(const QString& idOrUsername, const AuditContext& ctx)
{
    return m_db.transaction([&]() -> Status {
        auto existing = find(idOrUsername);
        if (!existing)
            return existing.error();
        auto q = m_db.exec(
            QStringLiteral("UPDATE users SET failed_logins = 0, locked_until = 0 WHERE id = ?"), {existing->id});
        if (!q)
            return q.error();
        return m_audit.append(ctx, QStringLiteral("user.unlock"), QStringLiteral("user"), existing->id,
            AuditOutcome::Success, {{QStringLiteral("username"), existing->username}});
    });
}

Status UserRepository::remove(const QString& idOrUsername, const AuditContext& ctx)
{
    return m_db.transaction([&]() -> Status {
        auto existing = find(idOrUsername);
        if (!existing)
            return existing.error();
        // What goes with the account, for the audit event: its token rows are the console's history.
        auto counted = m_db.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM tokens WHERE user_id = ?), "
                                                "(SELECT COUNT(*) FROM tokens WHERE user_id = ? AND revoked_at IS NULL "
                                                "AND expires_at > ?), "
                                                "(SELECT COUNT(*) FROM consents WHERE user_id = ?)"),
            {existing->id, existing->id, SqlValues::nowMs(), existing->id});
        if (!counted)
            return counted.error();
        QSqlQuery count = std::move(counted).value();
        const bool hasCounts = count.next();
        const qint64 tokens = hasCounts ? count.value(0).toLongLong() : 0;
        const qint64 activeTokens = hasCounts ? count.value(1).toLongLong() : 0;
        const qint64 consents = hasCounts ? count.value(2).toLongLong() : 0;
        count.finish();
        // Tokens and consents go by ON DELETE CASCADE, in this same transaction. A token whose row is
        // gone is refused by the server (AccessTokenVerifier::checkStored), so this ends the user's access.
        auto q = m_db.exec(QStringLiteral("DELETE FROM users WHERE id = ?"), {existing->id});
        if (!q)
            return q.error();
        m_db.noteTokensEnded();
        return m_audit.append(ctx, QStringLiteral("user.delete"), QStringLiteral("user"), existing->id,
            AuditOutcome::Success,
            {{QStringLiteral("username"), existing->username}, {QStringLiteral("tokensDeleted"), tokens},
                {QStringLiteral("activeTokensDeleted"), activeTokens}, {QStringLiteral("consentsDeleted"), consents}});
    });
}

} // namespace mcpauth
