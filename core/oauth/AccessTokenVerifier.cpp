#include "AccessTokenVerifier.h"

#include "TokenRecorder.h"
#include "jose/JwtValidator.h"
#include "store/Store.h"

#include <QCryptographicHash>
#include <QJsonArray>

namespace mcpauth {

namespace {

Error refused(const QString& text)
{
    return Error::invalid(QStringLiteral("token"), text);
}

} // namespace

AccessTokenVerifier::AccessTokenVerifier(Store& store, const KeyRing& keys, QString issuer, int skewSeconds)
    : m_store(store)
    , m_keys(keys)
    , m_issuer(std::move(issuer))
    , m_skewSeconds(skewSeconds)
    , m_recorder(std::make_unique<TokenRecorder>(store))
{ }

AccessTokenVerifier::~AccessTokenVerifier() = default;

QString AccessTokenVerifier::valueHash(const QByteArray& token)
{
    return QString::fromLatin1(QCryptographicHash::hash(token, QCryptographicHash::Sha256).toHex());
}

Result<VerifiedAccessToken> AccessTokenVerifier::verify(
    const QByteArray& token, const QString& expectedAudience, qint64 nowMs) const
{
    if (!looksLikeJwt(token))
        return verifyOpaque(token, expectedAudience, nowMs);
    auto verified = verifyJwt(token, expectedAudience, nowMs);
    if (!verified)
        return verified;
    if (Status stored = checkStored(*verified, nowMs); !stored)
        return stored.error();
    VerifiedAccessToken out = std::move(verified).value();
    out.applicationId = applicationIdOf(out.clientId);
    return out;
}

Result<VerifiedAccessToken> AccessTokenVerifier::verifyJwt(
    const QByteArray& token, const QString& expectedAudience, qint64 nowMs) const
{
    if (!looksLikeJwt(token))
        return refused(QStringLiteral("The access token is not a JWT."));
    JwtExpectations expect;
    expect.issuer = m_issuer;
    expect.audience = expectedAudience;
    expect.type = QByteArrayLiteral("at+jwt");
    expect.nowMs = nowMs;
    expect.skewSeconds = m_skewSeconds;
    auto validated = JwtValidator(m_keys).validate(token, expect);
    if (!validated)
        return refused(validated.error().message);
    const QJsonObject& claims = validated->claims;

    VerifiedAccessToken out;
    out.format = TokenFormat::Jwt;
    out.jti = claims.value(QStringLiteral("jti")).toString();
    out.clientId = claims.value(QStringLiteral("client_id")).toString();
    const QJsonValue aud = claims.value(QStringLiteral("aud"));
    if (aud.isArray()) {
        const QJsonArray audiences = aud.toArray();
        if (!expectedAudience.isEmpty() && audiences.contains(expectedAudience))
            out.audience = expectedAudience;
        else if (!audiences.isEmpty())
            out.audience = audiences.at(0).toString();
    } else {
        out.audience = aud.toString();
    }
    const QString sub = claims.value(QStringLiteral("sub")).toString();
    // client_credentials tokens name the client itself as the subject (RFC 9068 section 2.2).
    if (sub != out.clientId)
        out.userId = sub;
    out.scopes = claims.value(QStringLiteral("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    out.issuedAt = qint64(claims.value(QStringLiteral("iat")).toDouble()) * 1000;
    out.expiresAt = qint64(claims.value(QStringLiteral("exp")).toDouble()) * 1000;
    // The validator checks the registered claims it knows; RFC 9068 makes these required as well.
    if (out.jti.isEmpty() || out.clientId.isEmpty() || sub.isEmpty() || out.audience.isEmpty() || out.expiresAt <= 0)
        return refused(QStringLiteral("The access token lacks one of the claims jti, client_id, sub, aud or exp."));
    return out;
}

Status AccessTokenVerifier::checkStored(const VerifiedAccessToken& token, qint64 nowMs) const
{
    if (!token.userId.isEmpty()) {
        if (Status user = checkUser(token.userId); !user)
            return user;
    }
    if (m_recorder->isPending(token.jti))
        return {};
    if (token.format == TokenFormat::Opaque && token.expiresAt <= nowMs)
        return refused(QStringLiteral("The access token has expired."));
    const quint64 endings = m_store.database().tokenEndings();
    if (auto it = m_tokenStates.constFind(token.jti);
        it != m_tokenStates.cend() && it->tokenEndings == endings && it->loaded.elapsed() < kTokenReloadIntervalMs)
        return {};
    auto revokedAt = m_store.tokens().revokedAt(token.jti);
    if (revokedAt) {
        if (*revokedAt != 0)
            return refused(QStringLiteral("The access token was revoked."));
        if (m_tokenStates.size() >= kMaxCachedTokenStates)
            m_tokenStates.clear();
        CachedTokenState state{endings, {}};
        state.loaded.start();
        m_tokenStates.insert(token.jti, state);
        return {};
    }
    if (revokedAt.error().code != ErrorCode::NotFound)
        return revokedAt.error();
    // Fail closed. Every token this server issues is either queued in the recorder (isPending above)
    // or in the table, so a valid signature without a row means the row was deleted with its user or
    // application (ON DELETE CASCADE), which must end the token at once. The one token refused
    // wrongly is one whose row was lost, the process having died in the few milliseconds between
    // issuing and writing it: its client refreshes or signs in again.
    if (token.format == TokenFormat::Opaque)
        return refused(QStringLiteral("The access token is not known to this server."));
    return refused(QStringLiteral("The access token is not on record at this server: its user or application was "
                                  "deleted, or it was never recorded. Get a new token."));
}

Status AccessTokenVerifier::checkUser(const QString& userId) const
{
    if (auto it = m_users.constFind(userId); it != m_users.cend() && it->loaded.elapsed() < kUserReloadIntervalMs) {
        if (it->refusal.isEmpty())
            return {};
        return refused(it->refusal);
    }
    CachedUser entry;
    auto user = m_store.users().findById(userId);
    if (!user && user.error().code != ErrorCode::NotFound)
        return user.error();
    if (!user)
        entry.refusal = QStringLiteral("The access token belongs to a user who no longer exists.");
    else if (user->disabled)
        entry.refusal = QStringLiteral("The access token belongs to a user whose account is disabled.");
    // Bounded by the users that ever held a token; cleared rather than grown without end.
    if (m_users.size() >= 4096)
        m_users.clear();
    entry.loaded.start();
    const QString refusal = entry.refusal;
    m_users.insert(userId, std::move(entry));
    if (refusal.isEmpty())
        return {};
    return refused(refusal);
}

Result<VerifiedAccessToken> AccessTokenVerifier::verifyOpaque(
    const QByteArray& token, const QString& expectedAudience, qint64 nowMs) const
{
    if (token.isEmpty())
        return refused(QStringLiteral("The access token is empty."));
    auto row = m_store.tokens().findByValueHash(valueHash(token));
    if (!row) {
        if (row.error().code == ErrorCode::NotFound)
            return refused(QStringLiteral("The access token is not known to this server."));
        return row.error();
    }
    if (row->kind != TokenKind::Access)
        return refused(QStringLiteral("The token is a refresh token, not an access token."));
    if (row->revokedAt != 0)
        return refused(QStringLiteral("The access token was revoked."));
    if (row->expiresAt <= nowMs)
        return refused(QStringLiteral("The access token has expired."));
    if (!expectedAudience.isEmpty() && row->resource != expectedAudience)
        return refused(
            QStringLiteral("The access token was issued for %1, not for %2.").arg(row->resource, expectedAudience));
    if (!row->userId.isEmpty()) {
        if (Status user = checkUser(row->userId); !user)
            return user.error();
    }
    VerifiedAccessToken out;
    out.jti = row->id;
    out.format = TokenFormat::Opaque;
    out.applicationId = row->applicationId;
    out.clientId = clientIdOf(row->applicationId);
    out.userId = row->userId;
    out.audience = row->resource;
    out.scopes = row->scopes;
    out.issuedAt = row->issuedAt;
    out.expiresAt = row->expiresAt;
    return out;
}

QString AccessTokenVerifier::applicationIdOf(const QString& clientId) const
{
    if (clientId.isEmpty())
        return {};
    if (auto it = m_applicationIdByClientId.constFind(clientId); it != m_applicationIdByClientId.cend())
        return *it;
    auto app = m_store.applications().find(clientId);
    // find() also matches ids and names; only the client id counts here.
    if (!app || app->clientId != clientId)
        return {};
    m_applicationIdByClientId.insert(clientId, app->id);
    m_clientIdByApplicationId.insert(app->id, clientId);
    return app->id;
}

QString AccessTokenVerifier::clientIdOf(const QString& applicationId) const
{
    if (auto it = m_clientIdByApplicationId.constFind(applicationId); it != m_clientIdByApplicationId.cend())
        return *it;
    auto app = m_store.applications().find(applicationId);
    if (!app || app->id != applicationId)
        return {};
    m_applicationIdByClientId.insert(app->clientId, app->id);
    m_clientIdByApplicationId.insert(app->id, app->clientId);
    return app->clientId;
}

} // namespace mcpauth
