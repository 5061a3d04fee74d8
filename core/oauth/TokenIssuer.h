#pragma once

#include "common/Result.h"
#include "domain/Application.h"
#include "domain/Token.h"

#include <QByteArray>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace mcpauth {

class KeyRing;
class Store;
class TokenRecorder;

// What the token endpoint decided to issue, after all its checks.
struct TokenGrant
{
    GrantType grantType = GrantType::ClientCredentials;
    QString userId; // empty for client_credentials: the client is the subject
    QString resource; // the access token's aud
    QStringList scopes; // of the access token
    // The refresh token keeps the scopes of the grant even when this access token was narrowed
    // (RFC 6749 section 6); empty: `scopes`.
    QStringList grantScopes;
    // The grant's family: every token of one authorization (its access and refresh tokens, across
    // rotations) carries it, so a replayed code or a reused refresh token revokes them all at once.
    // Empty: a new family.
    QString familyId;
    bool withRefreshToken = false; // only when the application's grant types include refresh_token
};

// The tokens of one response. The access token's value exists once issue() returns for an opaque
// token, and once sign() returns for a JWT.
struct IssuedTokens
{
    QString clientId;
    TokenFormat format = TokenFormat::Jwt;
    SigningAlgorithm algorithm = SigningAlgorithm::RS256;
    Token access; // the row; its id is the jti
    QJsonObject claims; // JWT: the RFC 9068 payload to sign
    QByteArray accessValue; // opaque: the value; JWT: empty until signed
    std::optional<Token> refresh;
    QByteArray refreshValue;
    int expiresIn = 0; // seconds

    [[nodiscard]] QStringList tokenIds() const;
    // The RFC 6749 section 5.1 body, given the access token's value.
    [[nodiscard]] QJsonObject responseBody(const QByteArray& accessToken) const;
};

// Builds access and refresh tokens per application: RFC 9068 JWTs (typ at+jwt; iss, sub, aud,
// client_id, scope, jti, iat, exp) signed with the application's algorithm, or opaque reference
// tokens (256 random bits, base64url) found by their SHA-256; refresh tokens are always opaque.
// Token ids are time-ordered (SecureRandom::timeOrderedId).
//
// issue() runs on the main thread: it writes what is found by hash (opaque access tokens, refresh
// tokens) before the response, within the caller's transaction if there is one, and queues a JWT's
// row on the write-behind recorder. sign() needs no store and runs on any thread (the worker pool),
// so that RSA signing uses every core.
class TokenIssuer
{
public:
    TokenIssuer(Store& store, TokenRecorder& recorder);
    void setIssuer(const QString& issuer) { m_issuer = issuer; }

    [[nodiscard]] Result<IssuedTokens> issue(const Application& app, const TokenGrant& grant, qint64 nowMs);
    // The JWT access token as a compact JWS. Any thread.
    [[nodiscard]] static Result<QByteArray> sign(const KeyRing& keys, const IssuedTokens& tokens);

    // Bytes of randomness in an opaque access or refresh token.
    static constexpr int kOpaqueBytes = 32;

private:
    Store& m_store;
    TokenRecorder& m_recorder;
    QString m_issuer;
};

} // namespace mcpauth
