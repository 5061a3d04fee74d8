#pragma once

#include "common/Result.h"
#include "domain/Application.h"

#include <QByteArray>
#include <QElapsedTimer>
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
    // Main thread: the token is on record (its row is in the store or still queued in recorder()),
    // not revoked (and, for opaque tokens, unexpired), and its user, if any, exists and is enabled.
    // Fails closed: a JWT with no row is refused, since deleting a user or an application deletes
    // their token rows. Verdicts are reused as kUserReloadIntervalMs and kTokenReloadIntervalMs say.
    [[nodiscard]] Status checkStored(const VerifiedAccessToken& token, qint64 nowMs) const;

    // How long the verdict on a token's user is reused (ms), like the token endpoint's caches: a user
    // deleted or disabled in the console or by the CLI (another process) loses access within a second.
    static constexpr qint64 kUserReloadIntervalMs = 1000;
    // Likewise the verdict that a token's row is there and unrevoked: a revocation made through this
    // process's store is seen by the next request (Database::tokenEndings()), one made by another
    // process within this time.
    static constexpr qint64 kTokenReloadIntervalMs = 1000;

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
    // The user exists and is enabled (cached for kUserReloadIntervalMs); a refusal otherwise.
    [[nodiscard]] Status checkUser(const QString& userId) const;

    struct CachedTokenState
    {
        quint64 tokenEndings = 0; // Database::tokenEndings() when the row was read
        QElapsedTimer loaded;
    };

    struct CachedUser
    {
        QString refusal; // empty: the user may use their tokens
        QElapsedTimer loaded;
    };

    Store& m_store;
    const KeyRing& m_keys;
    QString m_issuer;
    int m_skewSeconds;
    std::unique_ptr<TokenRecorder> m_recorder;
    // client_id <-> application id never changes for a registered client; main thread only.
    mutable QHash<QString, QString> m_applicationIdByClientId;
    mutable QHash<QString, QString> m_clientIdByApplicationId;
    // By user id; only ids from tokens we signed or stored reach it. Main thread only.
    mutable QHash<QString, CachedUser> m_users;
    // By jti, the tokens found on record and unrevoked; emptied when full. Main thread only.
    static constexpr qsizetype kMaxCachedTokenStates = 65536;
    mutable QHash<QString, CachedTokenState> m_tokenStates;
};

} // namespace mcpauth
