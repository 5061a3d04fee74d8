#include "TokenIssuer.h"

#include "AccessTokenVerifier.h"
#include "TokenRecorder.h"
#include "jose/KeyRing.h"
#include "security/SecureRandom.h"
#include "store/Store.h"

namespace mcpauth {

QStringList IssuedTokens::tokenIds() const
{
    QStringList ids{access.id};
    if (refresh)
        ids << refresh->id;
    return ids;
}

QJsonObject IssuedTokens::responseBody(const QByteArray& accessToken) const
{
    QJsonObject body{{QStringLiteral("access_token"), QString::fromLatin1(accessToken)},
        {QStringLiteral("token_type"), QStringLiteral("Bearer")}, {QStringLiteral("expires_in"), expiresIn},
        {QStringLiteral("scope"), access.scopes.join(QLatin1Char(' '))}};
    if (refresh)
        body.insert(QStringLiteral("refresh_token"), QString::fromLatin1(refreshValue));
    return body;
}

TokenIssuer::TokenIssuer(Store& store, TokenRecorder& recorder)
    : m_store(store)
    , m_recorder(recorder)
{ }

Result<IssuedTokens> TokenIssuer::issue(const Application& app, const TokenGrant& grant, qint64 nowMs)
{
    IssuedTokens out;
    out.clientId = app.clientId;
    out.format = app.tokenFormat;
    out.algorithm = app.signingAlgorithm;
    out.expiresIn = app.accessTokenLifetime;

    // JWT times are whole seconds; the row says the same instants, so the console and introspection
    // agree with the token's own exp.
    const qint64 iat = nowMs / 1000;
    const qint64 exp = iat + app.accessTokenLifetime;
    const QString familyId = grant.familyId.isEmpty() && (grant.withRefreshToken || !grant.userId.isEmpty())
        ? SecureRandom::uuid()
        : grant.familyId;

    Token& access = out.access;
    access.id = SecureRandom::timeOrderedId(nowMs);
    access.kind = TokenKind::Access;
    access.applicationId = app.id;
    access.userId = grant.userId;
    access.resource = grant.resource;
    access.scopes = grant.scopes;
    access.issuedAt = iat * 1000;
    access.expiresAt = exp * 1000;
    access.familyId = familyId;

    QList<Token> stored;
    if (app.tokenFormat == TokenFormat::Opaque) {
        out.accessValue = SecureRandom::token(kOpaqueBytes).toLatin1();
        access.valueHash = AccessTokenVerifier::valueHash(out.accessValue);
        stored << access;
    } else {
        out.claims = QJsonObject{{QStringLiteral("iss"), m_issuer},
            {QStringLiteral("sub"), grant.userId.isEmpty() ? app.clientId : grant.userId},
            {QStringLiteral("aud"), grant.resource}, {QStringLiteral("client_id"), app.clientId},
            {QStringLiteral("scope"), grant.scopes.join(QLatin1Char(' '))}, {QStringLiteral("jti"), access.id},
            {QStringLiteral("iat"), iat}, {QStringLiteral("exp"), exp}};
    }

    if (grant.withRefreshToken) {
        Token refresh;
        refresh.id = SecureRandom::timeOrderedId(nowMs);
        refresh.kind = TokenKind::Refresh;
        refresh.applicationId = app.id;
        refresh.userId = grant.userId;
        refresh.resource = grant.resource;
        refresh.scopes = grant.grantScopes.isEmpty() ? grant.scopes : grant.grantScopes;
        refresh.issuedAt = nowMs;
        refresh.expiresAt = nowMs + qint64(app.refreshTokenLifetime) * 1000;
        refresh.familyId = familyId;
        out.refreshValue = SecureRandom::token(kOpaqueBytes).toLatin1();
        refresh.valueHash = AccessTokenVerifier::valueHash(out.refreshValue);
        stored << refresh;
        out.refresh = refresh;
    }

    if (const Status written = m_store.tokens().insertIssued(stored); !written)
        return written.error();
    if (app.tokenFormat == TokenFormat::Jwt)
        m_recorder.enqueue(access);
    return out;
}

Result<QByteArray> TokenIssuer::sign(const KeyRing& keys, const IssuedTokens& tokens)
{
    if (tokens.format != TokenFormat::Jwt)
        return tokens.accessValue;
    return keys.sign(tokens.algorithm, tokens.claims, QByteArrayLiteral("at+jwt"));
}

} // namespace mcpauth
