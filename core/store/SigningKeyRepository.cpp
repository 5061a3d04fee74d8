#include "SigningKeyRepository.h"

#include "SqlValues.h"
#include "domain/Names.h"

#include <QSqlQuery>

namespace mcpauth {

namespace {

SigningKey readKey(const QSqlQuery& q)
{
    SigningKey k;
    k.kid = q.value(0).toString();
    k.algorithm = enumFromName(kSigningAlgorithmNames, q.value(1).toString()).value_or(SigningAlgorithm::RS256);
    k.state = enumFromName(kKeyStateNames, q.value(2).toString()).value_or(KeyState::Revoked);
    k.publicKeyPem = q.value(3).toString().toLatin1();
    k.encryptedPrivateKey = q.value(4).toString().toLatin1();
    k.createdAt = q.value(5).toLongLong();
    k.retiredAt = q.value(6).isNull() ? 0 : q.value(6).toLongLong();
    k.publishUntil = q.value(7).isNull() ? 0 : q.value(7).toLongLong();
    return k;
}

QString algorithmName(SigningAlgorithm algorithm)
{
    return enumName(kSigningAlgorithmNames, algorithm);
}

const QString kActive = QStringLiteral("active");

} // namespace

SigningKeyRepository::SigningKeyRepository(Database& db, AuditLog& audit)
    : m_db(db)
    , m_audit(audit)
{ }

Status SigningKeyRepository::insert(const SigningKey& key)
{
    if (const ValidationErrors errors = key.validate(); !errors.isEmpty())
        return validationError(errors);
    if (key.state != KeyState::Active || key.encryptedPrivateKey.isEmpty())
        return Error::make(
            ErrorCode::Internal, QStringLiteral("A new signing key must be active and carry its sealed private key."));
    auto active = m_db.exec(QStringLiteral("SELECT kid FROM signing_keys WHERE algorithm = ? AND state = ?"),
        {algorithmName(key.algorithm), kActive});
    if (!active)
        return active.error();
    QSqlQuery existing = std::move(active).value();
    if (existing.next())
        return Error::make(ErrorCode::Conflict,
            QStringLiteral("The %1 signing key '%2' is already active; rotate it instead of adding another.")
                .arg(algorithmName(key.algorithm), existing.value(0).toString()));
    auto q = m_db.exec(QStringLiteral("INSERT INTO signing_keys (kid, algorithm, state, public_key, "
                                      "private_key_encrypted, created_at, retired_at, publish_until) "
                                      "VALUES (?, ?, ?, ?, ?, ?, NULL, NULL)"),
        {key.kid, algorithmName(key.algorithm), kActive, QString::fromLatin1(key.publicKeyPem),
            QString::fromLatin1(key.encryptedPrivateKey), key.createdAt});
    return q ? Status() : Status(q.error());
}

Result<SigningKey> SigningKeyRepository::create(const SigningKey& key, const AuditContext& ctx)
{
    const Status done = m_db.transaction([&]() -> Status {
        if (Status inserted = insert(key); !inserted)
            return inserted;
        return m_audit.append(ctx, QStringLiteral("signing_key.created"), QStringLiteral("signing_key"), key.kid,
            AuditOutcome::Success, {{QStringLiteral("algorithm"), algorithmName(key.algorithm)}});
    });
    if (!done)
        return done.error();
    return key;
}

Status SigningKeyRepository::rotate(
    const SigningKey& next, const QString& previousKid, qint64 retiredAt, qint64 publishUntil, const AuditContext& ctx)
{
    const QString algorithm = algorithmName(next.algorithm);
    return m_db.transaction([&]() -> Status {
        auto retired = m_db.exec(QStringLiteral("UPDATE signing_keys SET state = 'retired', retired_at = ?, "
                                                "publish_until = ? WHERE kid = ? AND algorithm = ? AND state = ?"),
            {retiredAt, publishUntil, previousKid, algorithm, kActive});
        if (!retired)
            return retired.error();
        if (QSqlQuery update = std::move(retired).value(); update.numRowsAffected() != 1)
            return Error::make(ErrorCode::Conflict,
                QStringLiteral("The %1 signing key '%2' is no longer the active one; another program rotated it "
                               "meanwhile. Run the command again.")
                    .arg(algorithm, previousKid));
        if (Status inserted = insert(next); !inserted)
            return inserted;
        if (Status audited = m_audit.append(ctx, QStringLiteral("signing_key.retired"), QStringLiteral("signing_key"),
                previousKid, AuditOutcome::Success,
                {{QStringLiteral("algorithm"), algorithm}, {QStringLiteral("replacedBy"), next.kid},
                    {QStringLiteral("publishUntil"), Names::timeText(publishUntil)}});
            !audited)
            return audited;
        return m_audit.append(ctx, QStringLiteral("signing_key.rotated"), QStringLiteral("signing_key"), next.kid,
            AuditOutcome::Success,
            {{QStringLiteral("algorithm"), algorithm}, {QStringLiteral("replaces"), previousKid}});
    });
}

Status SigningKeyRepository::revoke(const QString& kid, qint64 nowMs, const AuditContext& ctx)
{
    return m_db.transaction([&]() -> Status {
        auto current = m_db.exec(QStringLiteral("SELECT state, algorithm FROM signing_keys WHERE kid = ?"), {kid});
        if (!current)
            return current.error();
        QSqlQuery row = std::move(current).value();
        if (!row.next())
            return Error::make(ErrorCode::NotFound, QStringLiteral("There is no signing key '%1'.").arg(kid));
        const QString state = row.value(0).toString();
        if (state == kActive)
            return Error::make(ErrorCode::Conflict,
                QStringLiteral("The key '%1' is the active %2 key: rotate it first, then retire the old key.")
                    .arg(kid, row.value(1).toString()));
        if (state != QLatin1String("retired"))
            return Error::make(ErrorCode::Conflict, QStringLiteral("The key '%1' is no longer published.").arg(kid));
        auto updated = m_db.exec(QStringLiteral("UPDATE signing_keys SET state = 'revoked', publish_until = ? "
                                                "WHERE kid = ? AND state = 'retired'"),
            {nowMs, kid});
        if (!updated)
            return updated.error();
        return m_audit.append(ctx, QStringLiteral("signing_key.revoked"), QStringLiteral("signing_key"), kid,
            AuditOutcome::Success, {{QStringLiteral("algorithm"), row.value(1).toString()}});
    });
}

Result<QList<SigningKey>> SigningKeyRepository::list() const
{
    auto q = m_db.exec(QStringLiteral("SELECT kid, algorithm, state, public_key, private_key_encrypted, created_at, "
                                      "retired_at, publish_until FROM signing_keys ORDER BY created_at, kid"));
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    QList<SigningKey> out;
    while (query.next())
        out << readKey(query);
    return out;
}

} // namespace mcpauth
