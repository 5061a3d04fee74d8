#pragma once

#include "common/Result.h"
#include "domain/Application.h"

#include <QJsonObject>
#include <QStringList>

namespace mcpauth {

// OAuth client metadata (RFC 7591 section 2) as a dynamic registration or an RFC 7592 update sends it,
// checked field by field and completed with the defaults. Fields this server does not know are kept in
// `json` (a client reads them back) but decide nothing.
//
// Defaults and decisions:
//  - token_endpoint_auth_method: client_secret_basic (RFC 7591); none makes a public client. Only
//    none, client_secret_basic and client_secret_post are supported.
//  - grant_types: authorization_code; refresh_token needs authorization_code; client_credentials
//    needs a confidential client. response_types: code when authorization_code is granted, else none;
//    "code" and authorization_code must come together (RFC 7591 section 2.1).
//  - application_type (OpenID Connect Registration): native when every redirect URI is loopback http
//    or a private-use scheme, else web. A web client's redirect URIs are checked as a web client's
//    (https; RedirectUriRules refuses private-use schemes), and loopback http stays allowed: OpenID
//    Connect forbids localhost only for the implicit grant, which this server does not have, and a
//    browser app served from this machine (MCP Inspector at http://localhost:6274) needs it. A native
//    client may also use a claimed https redirect (RFC 8252 section 7.2). A confidential client is
//    checked as a web client whatever its type, so it never has a private-use scheme redirect.
//  - scope: every scope must be one the organization's resources offer, but it does not narrow what
//    the client may ask for: MCP clients register with the scope of the first 401 challenge and step
//    up later with the same registration (the TypeScript SDK does), and whoever registers would choose
//    the narrowing anyway. The client may ask for any scope of the resources; the user consents to
//    each, and an administrator may narrow the application's allowed scopes afterwards.
//  - client_uri, logo_uri, tos_uri, policy_uri: https URLs (http only on loopback). Nothing compares
//    their origin with the redirect URIs' (MCP-AUTH.md Q15: clients such as mcp-remote name their
//    project's web site).
struct ClientMetadata
{
    enum class ApplicationType { Web, Native };

    QJsonObject json; // as stored and returned: the request, defaults filled in, server-assigned fields left out
    ApplicationType applicationType = ApplicationType::Web;
    bool applicationTypeDefaulted = false;
    TokenEndpointAuthMethod authMethod = TokenEndpointAuthMethod::ClientSecretBasic;
    QList<GrantType> grantTypes;
    QStringList redirectUris;
    QStringList requestedScopes; // the request's scope, checked; empty when it named none
    QStringList scopes; // what the client may ask for: every known scope
    QString clientName;

    static constexpr qsizetype kMaxRedirectUris = 20;
    static constexpr qsizetype kMaxUriLength = 2000;
    static constexpr qsizetype kMaxContacts = 10;
    static constexpr qsizetype kMaxStoredBytes = 64 * 1024;

    // `knownScopes`: the scopes the organization's resources offer. A refusal is InvalidInput whose
    // field is the metadata field (redirect_uris, scope, ...) and whose message names it and the rule.
    [[nodiscard]] static Result<ClientMetadata> parse(const QJsonObject& request, const QStringList& knownScopes);
    // The RFC 7591 error code of a refusal: invalid_redirect_uri for redirect_uris, else
    // invalid_client_metadata.
    [[nodiscard]] static QString errorCode(const Error& error);
    // client_id, client_secret, registration_access_token, ...: the server's to assign, never a client's.
    [[nodiscard]] static const QStringList& serverAssignedFields();
    [[nodiscard]] static QString applicationTypeName(ApplicationType type);

    [[nodiscard]] bool isConfidential() const { return authMethod != TokenEndpointAuthMethod::None; }
    // What the metadata decides about the application: client type, authentication method, grants,
    // redirect URIs and display name. PKCE stays required. The allowed scopes are the server's to set.
    void applyTo(Application& app) const;
};

} // namespace mcpauth
