#pragma once

#include "common/Result.h"
#include "domain/Application.h"

#include <QByteArray>
#include <QHash>
#include <QString>
#include <QStringList>
#include <memory>

namespace mcpauth {

class KeyRing;
class Store;
class TokenRecorder;

struct VerifiedAccessToken
{
    QString jti;
    TokenFormat format = TokenFormat::Jwt;
    QString clientId;
    QString applicationId;
    QString userId; // empty for client_credentials
    QString audience; // the resource the token was issued for
    QStringList scopes;
    qint64 issuedAt = 0; // ms
    qint64 expiresAt = 0; // ms
};

// Checks an access token presented to the MCP server or to introspection: a JWT by signature (our
// JWKS), typ at+jwt, iss, exp/nbf with the configured skew, and aud; an opaque token by its hash in
// the store; either way, that it was not revoked. Refusals are ErrorCode::InvalidInput with a message
// for error_description.
class AccessTokenVerifier
{
public:
    AccessTokenVerifier(Store& store, const KeyRing& keys, QString issuer, int skewSeconds);
    ~AccessTokenVerifier();
    // The issuer is known only once the server listens (port 0 in tests).
    void setIssuer(const QString& issuer) { m_issuer = issuer; }

    // Main thread. `expectedAudience` empty: any audience (introspection).
    [[nodiscard]] Result<VerifiedAccessToken> verify(
        const QByteArray& token, const QString& expectedAudience, qint64 nowMs) const;
    // Any thread, no store access: a JWT's signature and claims only (for handlers that validate on the
    // worker pool and then call checkStored() on the main thread). Opaque tokens: InvalidInput.
    [[nodiscard]] Result<VerifiedAccessToken> verifyJwt(
        const QByteArray& token, const QString& expectedAudience, qint64 nowMs) const;
    // Main thread: not revoked (and, for opaque tokens, found and unexpired).
    // A JWT that is not in the store at all is accepted only while its client and its user are still
    // registered (deleting either deletes its token rows).
    [[nodiscard]] Status checkStored(const VerifiedAccessToken& token, qint64 nowMs) const;

    // The issued JWT access tokens not yet written to the store (main thread): checkStored() knows
    // them, and whoever looks token rows up for a change (revocation) flushes it first.
    [[nodiscard]] TokenRecorder& recorder() { return *m_recorder; }
    // Hex SHA-256 of a token value: how opaque and refresh tokens are found (tokens.value_hash).
    [[nodiscard]] static QString valueHash(const QByteArray& token);
    // A compact JWS has exactly two dots; our opaque tokens (base64url) have none.
    [[nodiscard]] static bool looksLikeJwt(const QByteArray& token) { return token.count('.') == 2; }

private:
    [[nodiscard]] Result<VerifiedAccessToken> verifyOpaque(
        const QByteArray& token, const QString& expectedAudience, qint64 nowMs) const;
    [[nodiscard]] QString applicationIdOf(const QString& clientId) const;
    [[nodiscard]] QString clientIdOf(const QString& applicationId) const;

    Store& m_store;
    const KeyRing& m_keys;
    QString m_issuer;
    int m_skewSeconds;
    std::unique_ptr<TokenRecorder> m_recorder;
    // client_id <-> application id never changes for a registered client; main thread only.
    mutable QHash<QString, QString> m_applicationIdByClientId;
    mutable QHash<QString, QString> m_clientIdByApplicationId;
};

} // namespace mcpauth
