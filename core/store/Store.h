#pragma once

#include "ApplicationRepository.h"
#include "AuditLog.h"
#include "ConsentRepository.h"
#include "Database.h"
#include "InitialAccessTokenRepository.h"
#include "OrganizationRepository.h"
#include "ResourceRepository.h"
#include "ScopeRepository.h"
#include "SigningKeyRepository.h"
#include "TokenRepository.h"
#include "UserRepository.h"
#include "security/SecretHasher.h"

#include <memory>

namespace mcpauth {

struct StoreOpenOptions
{
    QString password; // PostgreSQL only
    int schemaVersion = -1; // migrate up to this version (tests build older stores); -1 = latest
};

// The local backend's store: one database connection, its schema brought up to date on open, and one
// repository per entity. Every mutation goes through a repository and writes its audit event in the
// same transaction.
class Store
{
public:
    [[nodiscard]] static Result<std::unique_ptr<Store>> open(
        const DatabaseLocation& location, const StoreOpenOptions& options = {});
    ~Store();

    [[nodiscard]] Database& database() { return m_db; }
    [[nodiscard]] OrganizationRepository& organizations() { return *m_organizations; }
    [[nodiscard]] ApplicationRepository& applications() { return *m_applications; }
    [[nodiscard]] ScopeRepository& scopes() { return *m_scopes; }
    [[nodiscard]] ResourceRepository& resources() { return *m_resources; }
    [[nodiscard]] UserRepository& users() { return *m_users; }
    [[nodiscard]] ConsentRepository& consents() { return *m_consents; }
    [[nodiscard]] TokenRepository& tokens() { return *m_tokens; }
    [[nodiscard]] SigningKeyRepository& signingKeys() { return *m_signingKeys; }
    [[nodiscard]] InitialAccessTokenRepository& initialAccessTokens() { return *m_initialAccessTokens; }
    [[nodiscard]] AuditLog& audit() { return *m_audit; }

    // SQLite: PRAGMA integrity_check and foreign_key_check; PostgreSQL: a trivial query. Ok when sound.
    [[nodiscard]] Status checkIntegrity();

private:
    explicit Store(QByteArray storeKey);

    Database m_db;
    SecretHasher m_hasher;
    std::unique_ptr<AuditLog> m_audit;
    std::unique_ptr<OrganizationRepository> m_organizations;
    std::unique_ptr<ApplicationRepository> m_applications;
    std::unique_ptr<ScopeRepository> m_scopes;
    std::unique_ptr<ResourceRepository> m_resources;
    std::unique_ptr<UserRepository> m_users;
    std::unique_ptr<ConsentRepository> m_consents;
    std::unique_ptr<TokenRepository> m_tokens;
    std::unique_ptr<SigningKeyRepository> m_signingKeys;
    std::unique_ptr<InitialAccessTokenRepository> m_initialAccessTokens;
};

} // namespace mcpauth
