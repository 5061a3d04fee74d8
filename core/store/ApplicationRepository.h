#pragma once

#include "AuditContext.h"
#include "AuditLog.h"
#include "Database.h"
#include "domain/Application.h"
#include "security/SecretHasher.h"

#include <QJsonObject>
#include <functional>

namespace mcpauth {

// What saving an application produced. The client secret is here once, right after it was generated
// (creation of a confidential client or rotation), and never again: the store keeps only its hash.
struct SavedApplication
{
    Application application;
    QString clientSecret;
    QString registrationAccessToken; // RFC 7592: once, when a client registered itself dynamically
};

// What deleting an application takes with it, for the confirmation the user sees first.
struct ApplicationImpact
{
    qint64 tokens = 0;
    qint64 activeTokens = 0;
    qint64 consents = 0; // all of them, revoked ones too: the cascade removes every row
};

class ApplicationRepository
{
public:
    ApplicationRepository(Database& db, AuditLog& audit, const SecretHasher& hasher);

    [[nodiscard]] Result<SavedApplication> create(Application app, const AuditContext& ctx);
    // All applications, or those of one organization, by name.
    [[nodiscard]] Result<QList<Application>> list(const QString& organizationId = {}) const;
    // By id, client id, or name (a name shared by two organizations is refused as ambiguous), within
    // one organization when `organizationId` is given.
    [[nodiscard]] Result<Application> find(const QString& ref, const QString& organizationId = {}) const;
    // Saves every editable field. Changing a public client to confidential generates its first secret.
    [[nodiscard]] Result<SavedApplication> update(const Application& app, const AuditContext& ctx);
    [[nodiscard]] Result<QString> rotateSecret(const QString& ref, const AuditContext& ctx);
    [[nodiscard]] Result<ApplicationImpact> impact(const QString& ref) const;
    // Deletes the application with its tokens and consents.
    [[nodiscard]] Result<ApplicationImpact> remove(const QString& ref, const AuditContext& ctx);
    // Creates or refreshes the public client named by a Client ID Metadata Document (createdBy cimd).
    // The document decides the display name, description and redirect URIs, and is kept whole in
    // client_metadata; on a refresh, what an administrator set (consent policy, allowed scopes,
    // lifetimes, token format) stays. Audited as application.create, or application.update when the
    // document changed.
    [[nodiscard]] Result<Application> saveMetadataClient(
        Application app, const QJsonObject& metadata, const AuditContext& ctx);
    [[nodiscard]] bool verifySecret(const QString& clientId, const QString& secret) const;
    // The stored HMAC of the client's secret (empty for a public client; NotFound for an unknown client
    // id), for the token endpoint, which caches it beside the application and checks presented secrets
    // with verifySecretHash() instead of reading the row on every request.
    [[nodiscard]] Result<QString> secretHash(const QString& clientId) const;
    [[nodiscard]] bool verifySecretHash(const QString& secret, const QString& storedHash) const
    {
        return !storedHash.isEmpty() && m_hasher.verify(secret, storedHash);
    }

    // RFC 7591: a client registering itself (createdBy dcr). Its metadata is kept whole in
    // client_metadata for RFC 7592 reads, and a registration access token of 256 random bits is
    // generated, of which only the keyed hash is stored. Audited as client.registered, with `details`
    // added to the summary.
    [[nodiscard]] Result<SavedApplication> registerClient(
        Application app, const QJsonObject& metadata, const AuditContext& ctx, const QJsonObject& details = {});
    // RFC 7592 update: the fields and the metadata in one transaction. The registration access token
    // stays; the secret too (one is generated when the client becomes confidential, as update() does).
    // Audited as client.registration_updated.
    [[nodiscard]] Result<SavedApplication> updateRegisteredClient(
        const Application& app, const QJsonObject& metadata, const AuditContext& ctx, const QJsonObject& details = {});
    // The client metadata kept for a dynamically registered or metadata-document client; {} for others.
    [[nodiscard]] Result<QJsonObject> clientMetadata(const QString& applicationId) const;
    // Constant-time check of an RFC 7592 registration access token; false when the client has none.
    [[nodiscard]] bool verifyRegistrationToken(const QString& clientId, const QString& token) const;

private:
    // Written in the same transaction as the row, before the audit event.
    using ExtraWrite = std::function<Status(const Application&)>;

    [[nodiscard]] Status write(const Application& app, const QString& secretHash, bool insert);
    [[nodiscard]] Result<SavedApplication> insertNew(Application app, const AuditContext& ctx, const QString& action,
        const QJsonObject& details, const ExtraWrite& extra);
    [[nodiscard]] Result<SavedApplication> replace(const Application& app, const AuditContext& ctx,
        const QString& action, const QJsonObject& details, const ExtraWrite& extra);

    Database& m_db;
    AuditLog& m_audit;
    const SecretHasher& m_hasher;
};

} // namespace mcpauth
