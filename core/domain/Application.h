#pragma once

#include "ApplicationLimits.h"
#include "EnumText.h"
#include "FieldError.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace mcpauth {

enum class ClientType { Public, Confidential };
enum class TokenEndpointAuthMethod { None, ClientSecretBasic, ClientSecretPost };
enum class GrantType { AuthorizationCode, RefreshToken, ClientCredentials };
enum class TokenFormat { Jwt, Opaque };
enum class SigningAlgorithm { RS256, ES256 };
enum class ConsentPolicy { Always, Once, Never };
enum class AppCategory { Default, Agent };
enum class CreatedBy { Console, Cli, Dcr, Cimd };

inline constexpr EnumNames<ClientType, 2> kClientTypeNames{{
    {ClientType::Public, "public"},
    {ClientType::Confidential, "confidential"},
}};
inline constexpr EnumNames<TokenEndpointAuthMethod, 3> kAuthMethodNames{{
    {TokenEndpointAuthMethod::None, "none"},
    {TokenEndpointAuthMethod::ClientSecretBasic, "client_secret_basic"},
    {TokenEndpointAuthMethod::ClientSecretPost, "client_secret_post"},
}};
inline constexpr EnumNames<GrantType, 3> kGrantTypeNames{{
    {GrantType::AuthorizationCode, "authorization_code"},
    {GrantType::RefreshToken, "refresh_token"},
    {GrantType::ClientCredentials, "client_credentials"},
}};
inline constexpr EnumNames<TokenFormat, 2> kTokenFormatNames{{
    {TokenFormat::Jwt, "jwt"},
    {TokenFormat::Opaque, "opaque"},
}};
inline constexpr EnumNames<SigningAlgorithm, 2> kSigningAlgorithmNames{{
    {SigningAlgorithm::RS256, "RS256"},
    {SigningAlgorithm::ES256, "ES256"},
}};
inline constexpr EnumNames<ConsentPolicy, 3> kConsentPolicyNames{{
    {ConsentPolicy::Always, "always"},
    {ConsentPolicy::Once, "once"},
    {ConsentPolicy::Never, "never"},
}};
inline constexpr EnumNames<AppCategory, 2> kAppCategoryNames{{
    {AppCategory::Default, "Default"},
    {AppCategory::Agent, "Agent"},
}};
inline constexpr EnumNames<CreatedBy, 4> kCreatedByNames{{
    {CreatedBy::Console, "console"}, {CreatedBy::Cli, "cli"}, {CreatedBy::Dcr, "dcr"},
    {CreatedBy::Cimd, "cimd"}, // a Client ID Metadata Document fetched at /authorize
}};

// An OAuth client registered with the local authorization server (PRODUCT.md 1.1 and 4).
// The client secret is never part of this value: the store keeps only its keyed hash.
struct Application
{
    QString id;
    QString organizationId;
    QString name;
    QString displayName;
    QString description;
    QString clientId;
    ClientType clientType = ClientType::Public;
    TokenEndpointAuthMethod authMethod = TokenEndpointAuthMethod::None;
    QStringList redirectUris;
    QList<GrantType> grantTypes{GrantType::AuthorizationCode, GrantType::RefreshToken};
    bool pkceRequired = true;
    TokenFormat tokenFormat = TokenFormat::Jwt;
    SigningAlgorithm signingAlgorithm = SigningAlgorithm::RS256;
    int accessTokenLifetime = 3600; // seconds
    int refreshTokenLifetime = 30 * 24 * 3600; // seconds
    ConsentPolicy consentPolicy = ConsentPolicy::Once;
    QStringList allowedScopes;
    QStringList corsOrigins;
    AppCategory category = AppCategory::Agent;
    QString type = QStringLiteral("MCP"); // Default: All/OIDC/OAuth; Agent: MCP/A2A (Casdoor's values)
    CreatedBy createdBy = CreatedBy::Console;
    qint64 createdAt = 0; // ms since the epoch, UTC
    qint64 updatedAt = 0;

    static constexpr int kMinAccessLifetime = ApplicationLimits().minAccessLifetime;
    static constexpr int kMaxAccessLifetime = ApplicationLimits().maxAccessLifetime;
    static constexpr int kMaxRefreshLifetime = ApplicationLimits().maxRefreshLifetime;

    [[nodiscard]] bool hasGrant(GrantType g) const { return grantTypes.contains(g); }
    [[nodiscard]] bool isConfidential() const { return clientType == ClientType::Confidential; }
    // Every refusal, in words; empty when the application can be saved. The lifetimes are checked
    // against limits: the local server's unless a backend allows others.
    [[nodiscard]] ValidationErrors validate(const ApplicationLimits& limits = {}) const;
    // Casdoor's category/type pairs: the types a category allows, as its UI offers them.
    [[nodiscard]] static QStringList typesOf(AppCategory category);
};

} // namespace mcpauth
