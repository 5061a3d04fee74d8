#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace mcpauth {

// An authorization server's metadata (RFC 8414 section 2, or OpenID Connect Discovery 1.0 section 3,
// which shares the members a client needs), checked the way an MCP client must use it. Refusals are
// Error::invalid(member, sentence); what a client can live with is a warning sentence in `warnings`.
//
//  - issuer: required; must be identical to the issuer the metadata URL was built from (RFC 8414
//    section 3.3, OIDC Discovery section 4.3, MCP 2026-07-28). The refusal says expected and actual.
//  - authorization_endpoint, token_endpoint: required, absolute https URLs (http only to loopback and
//    only when allowed), no fragment. registration_endpoint, introspection_endpoint,
//    revocation_endpoint, jwks_uri: the same rules, but an unusable one is dropped with a warning.
//  - code_challenge_methods_supported: S256 listed: Pkce::S256. Absent: Pkce::NotAdvertised, with a
//    warning; MCP says a client must then refuse to proceed, which the engine does unless the user
//    overrides it. Present without S256 (or empty): a refusal; there is no override.
//  - token_endpoint_auth_methods_supported: absent means client_secret_basic (RFC 8414).
//  - grant_types_supported: absent means authorization_code and implicit (RFC 8414); a list without
//    authorization_code is a warning. response_types_supported (required by RFC 8414): absent, or
//    without "code", is a warning.
//  - client_id_metadata_document_supported, authorization_response_iss_parameter_supported: false when
//    absent; a non-boolean is a warning and reads as false.
//  - scopes_supported: shown only (MCP scope selection does not use it).
//  - Every member, known or not, stays in `json`.
struct AuthorizationServerMetadata
{
    enum class Pkce { S256, NotAdvertised };

    QString issuer;
    QUrl authorizationEndpoint;
    QUrl tokenEndpoint;
    std::optional<QUrl> registrationEndpoint;
    std::optional<QUrl> introspectionEndpoint;
    std::optional<QUrl> revocationEndpoint;
    std::optional<QUrl> jwksUri;
    Pkce pkce = Pkce::NotAdvertised;
    QStringList codeChallengeMethodsSupported;
    QStringList tokenEndpointAuthMethodsSupported;
    bool tokenEndpointAuthMethodsDefaulted = false;
    QStringList grantTypesSupported;
    bool grantTypesDefaulted = false;
    QStringList responseTypesSupported;
    std::optional<QStringList> scopesSupported;
    bool clientIdMetadataDocumentSupported = false;
    bool authorizationResponseIssParameterSupported = false;
    QJsonObject json;
    QStringList warnings;

    // expectedIssuer: the issuer the URL was built from (an authorization_servers entry); empty: not
    // checked (a document shown on its own).
    [[nodiscard]] static Result<AuthorizationServerMetadata> parse(
        const QByteArray& body, const QString& expectedIssuer, bool allowLoopbackHttp);
};

} // namespace mcpauth
