#pragma once

#include "common/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace mcpauth {

// What a successful connection flow obtained, for one (authorization server issuer, resource,
// redirect URI): the client it registered or was given, and the tokens it holds. Secrets: kept only
// in the keychain (FlowCredentialStore), never logged, never in the transcript.
struct FlowCredentials
{
    // The key (all three must match when loading).
    QString issuer;
    QString resource;
    QString redirectUri;

    // The client (pre-registered, a metadata document URL, or from dynamic registration).
    QString clientId;
    QString clientSecret; // empty for public clients
    QDateTime clientSecretExpiresAt; // invalid: does not expire
    QString tokenEndpointAuthMethod; // none, client_secret_basic, client_secret_post
    QString registrationAccessToken; // RFC 7592, when the server gave one
    QString registrationClientUri;

    // The tokens.
    QString accessToken;
    QString tokenType; // "Bearer"
    QDateTime accessTokenExpiresAt; // invalid: unknown
    QString refreshToken;
    QStringList grantedScopes;
    QDateTime obtainedAt;

    [[nodiscard]] bool hasClient() const { return !clientId.isEmpty(); }
    // True when there is an access token that expires no sooner than `marginSeconds` from `now`
    // (an unknown expiry counts as valid: the resource server will say).
    [[nodiscard]] bool hasUsableAccessToken(const QDateTime& now, int marginSeconds = 30) const;

    static constexpr int kFormatVersion = 1;
    [[nodiscard]] QJsonObject toJson() const;
    // Unknown fields are ignored; a newer version, a field of the wrong type or a missing key is an error.
    [[nodiscard]] static Result<FlowCredentials> fromJson(const QJsonObject& json);
};

} // namespace mcpauth
