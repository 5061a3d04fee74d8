#include "ApplicationRepository.h"

#include "SqlValues.h"
#include "security/SecureRandom.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace mcpauth {

namespace {

const QString kColumns = QStringLiteral(
    "id, organization_id, name, display_name, description, client_id, client_type, auth_method, redirect_uris, "
    "grant_types, pkce_required, token_format, signing_alg, access_lifetime, refresh_lifetime, consent_policy, "
    "allowed_scopes, cors_origins, category, app_type, created_by, created_at, updated_at");

QStringList grantNames(const QList<GrantType>& grants)
{
    QStringList out;
    for (GrantType g : grants)
        out << enumName(kGrantTypeNames, g);
    return out;
}

Application readApplication(const QSqlQuery& q)
{
    Application a;
    a.id = q.value(0).toString();
    a.organizationId = q.value(1).toString();
    a.name = q.value(2).toString();
    a.displayName = q.value(3).toString();
    a.description = q.value(4).toString();
    a.clientId = q.value(5).toString();
    a.clientType = enumFromName(kClientTypeNames, q.value(6).toString()).value_or(ClientType::Public);
    a.authMethod = enumFromName(kAuthMethodNames, q.value(7).toString()).value_or(TokenEndpointAuthMethod::None);
    a.redirectUris = SqlValues::listFromJson(q.value(8).toString());
    a.grantTypes.clear();
    for (const QString& g : SqlValues::listFromJson(q.value(9).toString())) {
        if (const auto grant = enumFromName(kGrantTypeNames, g))
            a.grantTypes << *grant;
    }
    a.pkceRequired = q.value(10).toInt() != 0;
    a.tokenFormat = enumFromName(kTokenFormatNames, q.value(11).toString()).value_or(TokenFormat::Jwt);
    a.signingAlgorithm = enumFromName(kSigningAlgorithmNames, q.value(12).toString()).value_or(SigningAlgorithm::RS256);
    a.accessTokenLifetime = q.value(13).toInt();
    a.refreshTokenLifetime = q.value(14).toInt();
    a.consentPolicy = enumFromName(kConsentPolicyNames, q.value(15).toString()).value_or(ConsentPolicy::Always);
    a.allowedScopes = SqlValues::listFromJson(q.value(16).toString());
    a.corsOrigins = SqlValues::listFromJson(q.value(17).toString());
    a.category = enumFromName(kAppCategoryNames, q.value(18).toString()).value_or(AppCategory::Default);
    a.type = q.value(19).toString();
    a.createdBy = enumFromName(kCreatedByNames, q.value(20).toString()).value_or(CreatedBy::Console);
    a.createdAt = q.value(21).toLongLong();
    a.updatedAt = q.value(22).toLongLong();
    return a;
}

QJsonObject summary(const Application& a)
{
    return {{QStringLiteral("name"), a.name}, {QStringLiteral("clientId"), a.clientId},
        {QStringLiteral("clientType"), enumName(kClientTypeNames, a.clientType)},
        {QStringLiteral("redirectUris"), QJsonArray::fromStringList(a.redirectUris)}};
}

} // namespace

ApplicationRepository::ApplicationRepository(Database& db, AuditLog& audit, const SecretHasher& hasher)
    : m_db(db)
    , m_audit(audit)
    , m_hasher(hasher)
{ }

Status ApplicationRepository::write(const Application& a, const QString& secretHash, bool insert)
{
    const QVariantList values{a.organizationId, a.name, a.displayName, a.description, a.clientId,
        enumName(kClientTypeNames, a.clientType), enumName(kAuthMethodNames, a.authMethod),
        SqlValues::listToJson(a.redirectUris), SqlValues::listToJson(grantNames(a.grantTypes)), a.pkceRequired ? 1 : 0,
        enumName(kTokenFormatNames, a.tokenFormat), enumName(kSigningAlgorithmNames, a.signingAlgorithm),
        a.accessTokenLifetime, a.refreshTokenLifetime, enumName(kConsentPolicyNames, a.consentPolicy),
        SqlValues::listToJson(a.allowedScopes), SqlValues::listToJson(a.corsOrigins),
        enumName(kAppCategoryNames, a.category), a.type, enumName(kCreatedByNames, a.createdBy), a.createdAt,
        a.updatedAt, SqlValues::nullableText(secretHash), a.id};
    const QString sql = insert
        ? QStringLiteral("INSERT INTO applications (organization_id, name, display_name, description, client_id, "
                         "client_type, auth_method, redirect_uris, grant_types, pkce_required, token_format, "
                         "signing_alg, access_lifetime, refresh_lifetime, consent_policy, allowed_scopes, "
                         "cors_origins, category, app_type, created_by, created_at, updated_at, "
                         "client_secret_hash, id) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)")
        : QStringLiteral("UPDATE applications SET organization_id = ?, name = ?, display_name = ?, description = ?, "
                         "client_id = ?, client_type = ?, auth_method = ?, redirect_uris = ?, grant_types = ?, "
                         "pkce_required = ?, token_format = ?, signing_alg = ?, access_lifetime = ?, "
                         "refresh_lifetime = ?, consent_policy = ?, allowed_scopes = ?, cors_origins = ?, "
                         "category = ?, app_type = ?, created_by = ?, created_at = ?, updated_at = ?, "
                         "client_secret_hash = ? WHERE id = ?");
    auto q = m_db.exec(sql, values);
    if (!q)
        return q.error();
    return {};
}

Result<SavedApplication> ApplicationRepository::create(Application app, const AuditContext& ctx)
{
    return insertNew(std::move(app), ctx, QStringLiteral("application.create"), {}, {});
}

Result<SavedApplication> ApplicationRepository::insertNew(Application app, const AuditContext& ctx,
    const QString& action, const QJsonObject& details, const ExtraWrite& extra)
{
    if (app.clientId.isEmpty())
        app.clientId = SecureRandom::token(18); // 144 random bits, 24 URL-safe characters
    if (const ValidationErrors errors = app.validate(); !errors.isEmpty())
        return validationError(errors);
    app.id = SecureRandom::uuid();
    app.createdAt = app.updatedAt = SqlValues::nowMs();
    SavedApplication saved{app, {}, {}};
    if (app.isConfidential())
        saved.clientSecret = SecretHasher::generateSecret();
    const Status done = m_db.transaction([&]() -> Status {
        auto clash
            = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM applications WHERE organization_id = ? AND name = ?"),
                {app.organizationId, app.name});
        if (!clash)
            return clash.error();
        QSqlQuery clashQuery = std::move(clash).value();
        if (clashQuery.next() && clashQuery.value(0).toLongLong() > 0)
            return Error::make(ErrorCode::Conflict,
                QStringLiteral("An application named '%1' already exists in this organization.").arg(app.name));
        if (const Status written
            = write(app, saved.clientSecret.isEmpty() ? QString() : m_hasher.hash(saved.clientSecret), true);
            !written)
            return written;
        if (extra) {
            if (const Status written = extra(app); !written)
                return written;
        }
        QJsonObject auditDetails = summary(app);
        for (auto it = details.begin(); it != details.end(); ++it)
            auditDetails.insert(it.key(), it.value());
        return m_audit.append(ctx, action, QStringLiteral("application"), app.id, AuditOutcome::Success, auditDetails);
    });
    if (!done)
        return done.error();
    return saved;
}

Result<QList<Application>> ApplicationRepository::list(const QString& organizationId) const
{
    auto q = organizationId.isEmpty()
        ? m_db.exec(QStringLiteral("SELECT %1 FROM applications ORDER BY name, id").arg(kColumns))
        : m_db.exec(
            QStringLiteral("SELECT %1 FROM applications WHERE organization_id = ? ORDER BY name, id").arg(kColumns),
            {organizationId});
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    QList<Application> out;
    while (query.next())
        out << readApplication(query);
    return out;
}

Result<Application> ApplicationRepository::find(const QString& ref, const QString& organizationId) const
{
    static const QString sql
        = QStringLiteral("SELECT %1 FROM applications WHERE id = ? OR client_id = ? OR name = ? LIMIT 3").arg(kColumns);
    static const QString inOrganization = QStringLiteral("SELECT %1 FROM applications WHERE organization_id = ? AND "
                                                         "(id = ? OR client_id = ? OR name = ?) LIMIT 3")
                                              .arg(kColumns);
    QList<Application> found;
    {
        auto q = organizationId.isEmpty() ? m_db.cached(sql, {ref, ref, ref})
                                          : m_db.cached(inOrganization, {organizationId, ref, ref, ref});
        if (!q)
            return q.error();
        CachedStatement query = std::move(q).value();
        while (query.next())
            found << readApplication(query.query());
    }
    for (const Application& a : found) {
        if (a.id == ref || a.clientId == ref)
            return a;
    }
    if (found.isEmpty())
        return Error::make(
            ErrorCode::NotFound, QStringLiteral("No application with the name, id or client id '%1'.").arg(ref));
    if (found.size() > 1)
        return Error::make(ErrorCode::Conflict,
            QStringLiteral("Several organizations have an application named '%1'; use its id or "
                           "client id.")
                .arg(ref));
    return found.first();
}

Result<SavedApplication> ApplicationRepository::update(const Application& app, const AuditContext& ctx)
{
    return replace(app, ctx, QStringLiteral("application.update"), {}, {});
}

Result<SavedApplication> ApplicationRepository::replace(const Application& app, const AuditContext& ctx,
    const QString& action, const QJsonObject& details, const ExtraWrite& extra)
{
    if (const ValidationErrors errors = app.validate(); !errors.isEmpty())
        return validationError(errors);
    SavedApplication saved{app, {}, {}};
    const Status done = m_db.transaction([&]() -> Status {
        auto existing = find(app.id);
        if (!existing)
            return existing.error();
        if (existing->clientId != app.clientId)
            return Error::invalid(QStringLiteral("clientId"),
                QStringLiteral("The client id of an application cannot change; create a new "
                               "application instead."));
        auto clash = m_db.exec(
            QStringLiteral("SELECT COUNT(*) FROM applications WHERE organization_id = ? AND name = ? AND id <> ?"),
            {app.organizationId, app.name, app.id});
        if (!clash)
            return clash.error();
        QSqlQuery clashQuery = std::move(clash).value();
        if (clashQuery.next() && clashQuery.value(0).toLongLong() > 0)
            return Error::make(ErrorCode::Conflict,
                QStringLiteral("An application named '%1' already exists in this organization.").arg(app.name));
        Application& a = saved.application;
        a.createdAt = existing->createdAt;
        a.createdBy = existing->createdBy;
        a.updatedAt = SqlValues::nowMs();

        auto hashQuery = m_db.exec(QStringLiteral("SELECT client_secret_hash FROM applications WHERE id = ?"), {a.id});
        if (!hashQuery)
            return hashQuery.error();
        QSqlQuery hq = std::move(hashQuery).value();
        QString secretHash = hq.next() ? hq.value(0).toString() : QString();
        if (!a.isConfidential()) {
            secretHash.clear(); // a public client has no secret to keep
        } else if (secretHash.isEmpty()) {
            saved.clientSecret = SecretHasher::generateSecret();
            secretHash = m_hasher.hash(saved.clientSecret);
        }
        if (const Status written = write(a, secretHash, false); !written)
            return written;
        if (extra) {
            if (const Status written = extra(a); !written)
                return written;
        }
        QJsonObject auditDetails = summary(a);
        auditDetails.insert(QStringLiteral("secretGenerated"), !saved.clientSecret.isEmpty());
        for (auto it = details.begin(); it != details.end(); ++it)
            auditDetails.insert(it.key(), it.value());
        return m_audit.append(ctx, action, QStringLiteral("application"), a.id, AuditOutcome::Success, auditDetails);
    });
    if (!done)
        return done.error();
    return saved;
}

Result<QString> ApplicationRepository::rotateSecret(const QString& ref, const AuditContext& ctx)
{
    QString secret;
    const Status done = m_db.transaction([&]() -> Status {
        auto existing = find(ref);
        if (!existing)
            return existing.error();
        if (!existing->isConfidential())
            return Error::invalid(QStringLiteral("clientType"),
                QStringLiteral("'%1' is a public client: it has no secret to rotate. Public clients "
                               "prove themselves with PKCE.")
                    .arg(existing->name));
        secret = SecretHasher::generateSecret();
        auto q
            = m_db.exec(QStringLiteral("UPDATE applications SET client_secret_hash = ?, updated_at = ? WHERE id = ?"),
                {m_hasher.hash(secret), SqlValues::nowMs(), existing->id});
        if (!q)
            return q.error();
        return m_audit.append(ctx, QStringLiteral("application.rotate_secret"), QStringLiteral("application"),
            existing->id, AuditOutcome::Success, {{QStringLiteral("name"), existing->name}});
    });
    if (!done)
        return done.error();
    return secret;
}

Result<ApplicationImpact> ApplicationRepository::impact(const QString& ref) const
{
    auto existing = find(ref);
    if (!existing)
        return existing.error();
    auto q
        = m_db.exec(QStringLiteral("SELECT (SELECT COUNT(*) FROM tokens WHERE application_id = ?), "
                                   "(SELECT COUNT(*) FROM tokens WHERE application_id = ? AND revoked_at IS NULL "
                                   "AND expires_at > ?), "
                                   "(SELECT COUNT(*) FROM consents WHERE application_id = ? AND revoked_at IS NULL)"),
            {existing->id, existing->id, SqlValues::nowMs(), existing->id});
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    ApplicationImpact impact;
    if (query.next()) {
        impact.tokens = query.value(0).toLongLong();
        impact.activeTokens = query.value(1).toLongLong();
        impact.consents = query.value(2).toLongLong();
    }
    return impact;
}

Result<ApplicationImpact> ApplicationRepository::remove(const QString& ref, const AuditContext& ctx)
{
    ApplicationImpact removed;
    const Status done = m_db.transaction([&]() -> Status {
        auto existing = find(ref);
        if (!existing)
            return existing.error();
        auto counted = impact(existing->id);
        if (!counted)
            return counted.error();
        removed = *counted;
        // Tokens and consents go by ON DELETE CASCADE, in this same transaction. That ends the tokens:
        // the server refuses a token whose row is gone (AccessTokenVerifier::checkStored), even if a
        // client with the same client_id (a metadata-document URL) is registered again later.
        auto q = m_db.exec(QStringLiteral("DELETE FROM applications WHERE id = ?"), {existing->id});
        if (!q)
            return q.error();
        m_db.noteTokensEnded();
        return m_audit.append(ctx, QStringLiteral("application.delete"), QStringLiteral("application"), existing->id,
            AuditOutcome::Success,
            {{QStringLiteral("name"), existing->name}, {QStringLiteral("clientId"), existing->clientId},
                {QStringLiteral("tokensDeleted"), removed.tokens},
                {QStringLiteral("consentsDeleted"), removed.consents}});
    });
    if (!done)
        return done.error();
    return removed;
}

Result<Application> ApplicationRepository::saveMetadataClient(
    Application app, const QJsonObject& metadata, const AuditContext& ctx)
{
    app.createdBy = CreatedBy::Cimd;
    app.clientType = ClientType::Public;
    app.authMethod = TokenEndpointAuthMethod::None;
    app.pkceRequired = true;
    const QString document = QString::fromUtf8(QJsonDocument(metadata).toJson(QJsonDocument::Compact));
    Application stored = app;
    const Status done = m_db.transaction([&]() -> Status {
        auto existing = find(app.clientId);
        const bool insert = !existing;
        if (!insert) {
            if (existing->clientId != app.clientId)
                return Error::make(
                    ErrorCode::Conflict, QStringLiteral("An application named '%1' exists already.").arg(app.clientId));
            auto old
                = m_db.exec(QStringLiteral("SELECT client_metadata FROM applications WHERE id = ?"), {existing->id});
            if (!old)
                return old.error();
            QSqlQuery oldQuery = std::move(old).value();
            const QString oldDocument = oldQuery.next() ? oldQuery.value(0).toString() : QString();
            stored = *existing;
            stored.createdBy = CreatedBy::Cimd;
            if (oldDocument == document && stored.displayName == app.displayName
                && stored.description == app.description && stored.redirectUris == app.redirectUris)
                return {};
            stored.displayName = app.displayName;
            stored.description = app.description;
            stored.redirectUris = app.redirectUris;
            stored.updatedAt = SqlValues::nowMs();
        } else {
            stored.id = SecureRandom::uuid();
            stored.createdAt = stored.updatedAt = SqlValues::nowMs();
        }
        if (const ValidationErrors errors = stored.validate(); !errors.isEmpty())
            return validationError(errors);
        if (insert) {
            auto clash
                = m_db.exec(QStringLiteral("SELECT COUNT(*) FROM applications WHERE organization_id = ? AND name = ?"),
                    {stored.organizationId, stored.name});
            if (!clash)
                return clash.error();
            QSqlQuery clashQuery = std::move(clash).value();
            if (clashQuery.next() && clashQuery.value(0).toLongLong() > 0)
                return Error::make(ErrorCode::Conflict,
                    QStringLiteral("An application named '%1' already exists in this organization.").arg(stored.name));
        }
        if (const Status written = write(stored, QString(), insert); !written)
            return written;
        auto meta = m_db.exec(
            QStringLiteral("UPDATE applications SET client_metadata = ? WHERE id = ?"), {document, stored.id});
        if (!meta)
            return meta.error();
        QJsonObject details = summary(stored);
        details.insert(QStringLiteral("createdBy"), enumName(kCreatedByNames, stored.createdBy));
        return m_audit.append(ctx, insert ? QStringLiteral("application.create") : QStringLiteral("application.update"),
            QStringLiteral("application"), stored.id, AuditOutcome::Success, details);
    });
    if (!done)
        return done.error();
    return stored;
}

bool ApplicationRepository::verifySecret(const QString& clientId, const QString& secret) const
{
    auto q = m_db.exec(QStringLiteral("SELECT client_secret_hash FROM applications WHERE client_id = ?"), {clientId});
    if (!q)
        return false;
    QSqlQuery query = std::move(q).value();
    if (!query.next() || query.value(0).isNull())
        return false;
    return m_hasher.verify(secret, query.value(0).toString());
}

Result<QString> ApplicationRepository::secretHash(const QString& clientId) const
{
    auto q = m_db.cached(QStringLiteral("SELECT client_secret_hash FROM applications WHERE client_id = ?"), {clientId});
    if (!q)
        return q.error();
    CachedStatement query = std::move(q).value();
    if (!query.next())
        return Error::make(ErrorCode::NotFound, QStringLiteral("No application has the client id '%1'.").arg(clientId));
    return query.value(0).isNull() ? QString() : query.value(0).toString();
}

Result<SavedApplication> ApplicationRepository::registerClient(
    Application app, const QJsonObject& metadata, const AuditContext& ctx, const QJsonObject& details)
{
    app.createdBy = CreatedBy::Dcr;
    const QString token = SecureRandom::token(32);
    const QString document = SqlValues::objectToJson(metadata);
    QJsonObject auditDetails = details;
    auditDetails.insert(QStringLiteral("createdBy"), enumName(kCreatedByNames, CreatedBy::Dcr));
    auto saved = insertNew(
        std::move(app), ctx, QStringLiteral("client.registered"), auditDetails, [&](const Application& a) -> Status {
            auto q = m_db.exec(
                QStringLiteral("UPDATE applications SET registration_token_hash = ?, client_metadata = ? WHERE id = ?"),
                {m_hasher.hash(token), document, a.id});
            return q ? Status() : Status(q.error());
        });
    if (!saved)
        return saved.error();
    SavedApplication out = std::move(saved).value();
    out.registrationAccessToken = token;
    return out;
}

Result<SavedApplication> ApplicationRepository::updateRegisteredClient(
    const Application& app, const QJsonObject& metadata, const AuditContext& ctx, const QJsonObject& details)
{
    const QString document = SqlValues::objectToJson(metadata);
    return replace(
        app, ctx, QStringLiteral("client.registration_updated"), details, [&](const Application& a) -> Status {
            auto q = m_db.exec(
                QStringLiteral("UPDATE applications SET client_metadata = ? WHERE id = ?"), {document, a.id});
            return q ? Status() : Status(q.error());
        });
}

Result<QJsonObject> ApplicationRepository::clientMetadata(const QString& applicationId) const
{
    auto q = m_db.exec(QStringLiteral("SELECT client_metadata FROM applications WHERE id = ?"), {applicationId});
    if (!q)
        return q.error();
    QSqlQuery query = std::move(q).value();
    if (!query.next())
        return Error::make(ErrorCode::NotFound, QStringLiteral("No application with the id '%1'.").arg(applicationId));
    return SqlValues::objectFromJson(query.value(0).toString());
}

bool ApplicationRepository::verifyRegistrationToken(const QString& clientId, const QString& token) const
{
    if (token.isEmpty())
        return false;
    auto q
        = m_db.exec(QStringLiteral("SELECT registration_token_hash FROM applications WHERE client_id = ?"), {clientId});
    if (!q)
        return false;
    QSqlQuery query = std::move(q).value();
    if (!query.next() || query.value(0).isNull() || query.value(0).toString().isEmpty())
        return false;
    return m_hasher.verify(token, query.value(0).toString());
}

} // namespace mcpauth
