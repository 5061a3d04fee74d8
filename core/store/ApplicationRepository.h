#pragma once

#include "AuditContext.h"
#include "AuditLog.h"
#include "Database.h"
#include "domain/Application.h"
#include "security/SecretHasher.h"

namespace mcpauth {

// What saving an application produced. The client secret is here once, right after it was generated
// (creation of a confidential client or rotation), and never again: the store keeps only its hash.
struct SavedApplication
{
    Application application;
    QString clientSecret;
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
    // By id, client id, or name (a name shared by two organizations is refused as ambiguous).
    [[nodiscard]] Result<Application> find(const QString& ref) const;
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

private:
    [[nodiscard]] Status write(const Application& app, const QString& secretHash, bool insert);

    Database& m_db;
    AuditLog& m_audit;
    const SecretHasher& m_hasher;
};

} // namespace mcpauth
