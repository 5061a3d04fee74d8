#include "TokenEndpoint.h"

#include "AuditSink.h"
#include "ServerContext.h"
#include "common/Logging.h"
#include "http/HttpServer.h"
#include "jose/KeyRing.h"
#include "oauth/AccessTokenVerifier.h"
#include "oauth/AdministratorScopes.h"
#include "oauth/AuthorizationCodeStore.h"
#include "oauth/OAuthText.h"
#include "oauth/Pkce.h"
#include "oauth/TokenRecorder.h"
#include "store/Store.h"

#include <QJsonArray>
#include <QThread>
#include <QtConcurrent/QtConcurrentRun>

namespace mcpauth {

namespace {

Error oauth(const char* code, const QString& description)
{
    return Error::invalid(QString::fromLatin1(code), description);
}

// Our refusals carry their RFC 6749 / RFC 8707 error code in Error::field; anything else (a store
// failure, a row the store refused) is a server_error whose details belong in the log only.
bool isOAuthRefusal(const Error& error)
{
    static const QStringList codes{QStringLiteral("invalid_request"), QStringLiteral("invalid_client"),
        QStringLiteral("invalid_grant"), QStringLiteral("unauthorized_client"),
        QStringLiteral("unsupported_grant_type"), QStringLiteral("invalid_scope"), QStringLiteral("invalid_target"),
        QStringLiteral("server_error")};
    return error.code == ErrorCode::InvalidInput && codes.contains(error.field);
}

AuditContext auditFrom(const HttpRequest& request, const QString& clientId)
{
    return AuditContext{
        clientId.isEmpty() ? QStringLiteral("server") : QStringLiteral("client:") + clientId, request.auditSource()};
}

// A space-delimited scope parameter (RFC 6749 section 3.3), in order, without repeats.
QStringList scopeList(const QString& parameter)
{
    QStringList out;
    for (const QString& s : parameter.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        if (!out.contains(s))
            out << s;
    }
    return out;
}

// `wanted` in the order of `order` (the resource's), so equal grants read the same everywhere.
QStringList inOrderOf(const QStringList& wanted, const QStringList& order)
{
    QStringList out;
    for (const QString& s : order) {
        if (wanted.contains(s))
            out << s;
    }
    return out;
}

} // namespace

TokenEndpoint::TokenEndpoint(ServerContext& context)
    : m_ctx(context)
    , m_clients(context.store)
    , m_issuer(context.store, context.verifier.recorder())
{
    m_signers.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
}

TokenEndpoint::~TokenEndpoint()
{
    // Signatures in flight use the key ring, which the caller destroys after the server.
    m_signers.waitForDone();
}

void TokenEndpoint::registerRoutes(HttpServer& http)
{
    m_issuer.setIssuer(m_ctx.issuer);
    http.route("POST", QStringLiteral("/token"), [this](const HttpRequest& request) { return handle(request); });
}

HttpResponse TokenEndpoint::refuse(
    const HttpRequest& request, const QString& clientId, const QString& grantType, const Error& error)
{
    QJsonObject details{{QStringLiteral("error"), error.field}, {QStringLiteral("reason"), error.message}};
    if (!grantType.isEmpty())
        details.insert(QStringLiteral("grantType"), OAuthText::echo(grantType));
    if (!clientId.isEmpty())
        details.insert(QStringLiteral("clientId"), OAuthText::echo(clientId));
    m_ctx.audit.record(auditFrom(request, {}), QStringLiteral("token.refused"), QStringLiteral("client"),
        OAuthText::echo(clientId), AuditOutcome::Denied, details);
    return ClientAuthenticator::refusal(error, request.header("authorization"), m_ctx.issuer);
}

HttpReply TokenEndpoint::handle(const HttpRequest& request)
{
    const qint64 now = ServerContext::now();
    if (!request.hasMediaType("application/x-www-form-urlencoded")) {
        const QByteArray type = request.mediaType();
        return refuse(request, {}, {},
            oauth("invalid_request",
                QStringLiteral("The token endpoint accepts only application/x-www-form-urlencoded bodies (RFC 6749 "
                               "section 3.2); this request sent %1.")
                    .arg(type.isEmpty() ? QStringLiteral("no Content-Type")
                                        : OAuthText::echo(QString::fromLatin1(type)))));
    }
    auto form = FormData::parse(request.body);
    if (!form && form.error().field == QLatin1String("resource"))
        return refuse(request, {}, {}, oauth("invalid_target", OAuthText::severalResources()));
    if (!form)
        return refuse(request, {}, {}, oauth("invalid_request", OAuthText::formError(form.error())));
    const QString grantType = form->value(QStringLiteral("grant_type"));
    const QString claimedClient = form->value(QStringLiteral("client_id"));

    auto client = m_clients.authenticate(request.header("authorization"), *form);
    if (!client)
        return refuse(request, claimedClient, grantType, client.error());
    const Application& app = client->application;

    if (grantType.isEmpty())
        return refuse(
            request, app.clientId, grantType, oauth("invalid_request", QStringLiteral("grant_type is missing.")));
    const std::optional<GrantType> grant = enumFromName(kGrantTypeNames, grantType);
    if (!grant)
        return refuse(request, app.clientId, grantType,
            oauth("unsupported_grant_type",
                QStringLiteral("The grant type '%1' is not supported; use authorization_code, refresh_token or "
                               "client_credentials.")
                    .arg(OAuthText::echo(grantType))));
    if (*grant == GrantType::ClientCredentials && !app.isConfidential())
        return refuse(request, app.clientId, grantType,
            oauth("unauthorized_client",
                QStringLiteral("A public client cannot use client_credentials: it has no secret to prove who it is "
                               "(OAuth 2.1 section 4.2).")));
    if (!app.hasGrant(*grant))
        return refuse(request, app.clientId, grantType,
            oauth("unauthorized_client",
                QStringLiteral("The client is not registered for the %1 grant.").arg(grantType)));

    Result<IssuedTokens> issued = Error::make(ErrorCode::Internal, {});
    switch (*grant) {
    case GrantType::AuthorizationCode:
        issued = authorizationCode(request, *form, app, now);
        break;
    case GrantType::RefreshToken:
        issued = refreshToken(request, *form, app, now);
        break;
    case GrantType::ClientCredentials:
        issued = clientCredentials(*form, app, now);
        break;
    }
    if (!issued) {
        Error error = issued.error();
        if (!isOAuthRefusal(error)) {
            // A store failure: say so without its details, which are for the log.
            qCWarning(lcServer).noquote() << "Token request failed:" << error.message;
            error = oauth("server_error", QStringLiteral("The token could not be issued right now. Try again."));
        }
        return refuse(request, app.clientId, grantType, error);
    }
    return deliver(request, app, grantType, *issued);
}

Result<User> TokenEndpoint::checkUser(const QString& userId) const
{
    auto user = m_ctx.store.users().find(userId);
    if (!user) {
        if (user.error().code != ErrorCode::NotFound)
            return user.error();
        return oauth("invalid_grant", QStringLiteral("The user of this grant no longer exists."));
    }
    if (user->id != userId || user->disabled)
        return oauth("invalid_grant", QStringLiteral("The user of this grant is disabled."));
    return user;
}

Result<QStringList> TokenEndpoint::holdable(const User& user, const Application& app, const QStringList& scopes) const
{
    // The resource of a user's grant belongs to the application's organization (AuthorizeEndpoint).
    auto split = AdministratorScopes::forUser(m_ctx.store.scopes(), app.organizationId, user, scopes);
    if (!split)
        return split.error();
    if (split->granted.isEmpty())
        return oauth("invalid_grant",
            QStringLiteral("Only administrators may hold %1, and the user of this grant is no longer an "
                           "administrator.")
                .arg(split->withheld.join(QStringLiteral(", "))));
    return split->granted;
}

Result<IssuedTokens> TokenEndpoint::authorizationCode(
    const HttpRequest& request, const Form& form, const Application& app, qint64 nowMs)
{
    const QString code = form.value(QStringLiteral("code"));
    if (code.isEmpty())
        return oauth("invalid_request", QStringLiteral("code is missing."));
    const bool hasVerifier = form.contains(QStringLiteral("code_verifier"));
    const QString verifier = form.value(QStringLiteral("code_verifier"));
    if (hasVerifier && !Pkce::isCodeVerifier(verifier))
        return oauth("invalid_request",
            QStringLiteral("code_verifier must be 43 to 128 characters of A-Z, a-z, 0-9 and - . _ ~ (RFC 7636 "
                           "section 4.1)."));

    // From here on the code is spent, whatever the outcome: a stolen code cannot be retried.
    auto redeemed = m_ctx.codes.redeem(code, nowMs);
    if (auto* refusal = std::get_if<AuthorizationCodeStore::Refusal>(&redeemed)) {
        switch (refusal->reason) {
        case AuthorizationCodeStore::RedeemFailure::Unknown:
            return oauth("invalid_grant", QStringLiteral("The authorization code is not valid."));
        case AuthorizationCodeStore::RedeemFailure::Expired:
            return oauth("invalid_grant", QStringLiteral("The authorization code has expired."));
        case AuthorizationCodeStore::RedeemFailure::Replayed:
            break;
        }
        // OAuth 2.1 section 4.1.3: a second use revokes what the first one produced. The JWT rows may
        // still be queued; they must be in the table for the UPDATE to reach them.
        m_ctx.verifier.recorder().flush();
        const AuditContext ctx = auditFrom(request, app.clientId);
        // The first use may have been refused (a wrong verifier, say): then nothing was issued.
        const bool issuedAny = !refusal->familyId.isEmpty() || !refusal->issuedTokenIds.isEmpty();
        bool revokedAll = false;
        qint64 revoked = 0;
        if (issuedAny) {
            // Rows the store has not taken yet are forgotten, which ends their tokens as well.
            m_ctx.verifier.recorder().discard(refusal->issuedTokenIds, refusal->familyId);
            auto done = m_ctx.store.tokens().revokeGrant(
                refusal->familyId, refusal->issuedTokenIds, QStringLiteral("code_replayed"), ctx);
            if (!done) {
                qCWarning(lcServer).noquote()
                    << "Could not revoke the tokens of a replayed code:" << done.error().message;
            } else {
                revoked = *done;
                revokedAll = true;
            }
        }
        m_ctx.audit.record(ctx, QStringLiteral("token.code_replayed"), QStringLiteral("application"), app.id,
            AuditOutcome::Denied,
            {{QStringLiteral("clientId"), app.clientId}, {QStringLiteral("familyId"), refusal->familyId},
                {QStringLiteral("tokens"), QJsonArray::fromStringList(refusal->issuedTokenIds)},
                {QStringLiteral("revoked"), revoked}});
        if (revokedAll)
            return oauth("invalid_grant",
                QStringLiteral("The authorization code was already used; the tokens issued for it are revoked."));
        return oauth("invalid_grant", QStringLiteral("The authorization code was already used."));
    }
    const auto& [grant, codeHash] = std::get<AuthorizationCodeStore::Redeemed>(redeemed);

    if (grant.clientId != app.clientId)
        return oauth("invalid_grant", QStringLiteral("The authorization code was issued to another client."));
    if (!form.contains(QStringLiteral("redirect_uri")))
        return oauth(
            "invalid_request", QStringLiteral("redirect_uri is missing; send the one of the authorization request."));
    if (form.value(QStringLiteral("redirect_uri")) != grant.redirectUri)
        return oauth(
            "invalid_grant", QStringLiteral("redirect_uri differs from the one of the authorization request."));
    if (grant.codeChallenge.isEmpty()) {
        // A verifier without a challenge means someone stripped PKCE from the authorization request.
        if (hasVerifier || app.pkceRequired)
            return oauth("invalid_grant", QStringLiteral("The authorization request carried no PKCE code_challenge."));
    } else if (!hasVerifier) {
        return oauth("invalid_grant", QStringLiteral("code_verifier is missing (PKCE, RFC 7636)."));
    } else if (!Pkce::verifierMatches(verifier, grant.codeChallenge)) {
        return oauth("invalid_grant", QStringLiteral("code_verifier does not match the code_challenge (PKCE S256)."));
    }
    if (form.contains(QStringLiteral("resource")) && form.value(QStringLiteral("resource")) != grant.resource)
        return oauth("invalid_target",
            QStringLiteral("The resource '%1' differs from the one of the authorization request (%2).")
                .arg(OAuthText::echo(form.value(QStringLiteral("resource"))), grant.resource));
    auto user = checkUser(grant.userId);
    if (!user)
        return user.error();
    auto scopes = holdable(*user, app, grant.scopes);
    if (!scopes)
        return scopes.error();

    TokenGrant tokenGrant;
    tokenGrant.grantType = GrantType::AuthorizationCode;
    tokenGrant.userId = grant.userId;
    tokenGrant.resource = grant.resource;
    tokenGrant.scopes = *scopes;
    tokenGrant.withRefreshToken = app.hasGrant(GrantType::RefreshToken);
    auto issued = m_issuer.issue(app, tokenGrant, nowMs);
    if (!issued)
        return issued;
    m_ctx.codes.recordIssued(codeHash, issued->tokenIds(), issued->access.familyId);
    return issued;
}

Result<IssuedTokens> TokenEndpoint::refreshToken(
    const HttpRequest& request, const Form& form, const Application& app, qint64 nowMs)
{
    const QString value = form.value(QStringLiteral("refresh_token"));
    if (value.isEmpty())
        return oauth("invalid_request", QStringLiteral("refresh_token is missing."));
    auto found = m_ctx.store.tokens().findByValueHash(AccessTokenVerifier::valueHash(value.toUtf8()));
    if (!found) {
        if (found.error().code == ErrorCode::NotFound)
            return oauth("invalid_grant", QStringLiteral("The refresh token is not valid."));
        return found.error();
    }
    const Token row = std::move(found).value();
    if (row.kind != TokenKind::Refresh)
        return oauth("invalid_grant", QStringLiteral("The token is not a refresh token."));
    if (row.applicationId != app.id)
        return oauth("invalid_grant", QStringLiteral("The refresh token was issued to another client."));

    const AuditContext ctx = auditFrom(request, app.clientId);
    // Rotated tokens are revoked, so a revoked one coming back is either a replay by whoever copied it
    // or the legitimate client after a thief used it first: either way the family is no longer safe.
    auto revokeFamily = [&](const QString& reason) -> Error {
        m_ctx.verifier.recorder().flush();
        m_ctx.verifier.recorder().discard({}, row.familyId);
        qint64 revoked = 0;
        auto done = m_ctx.store.tokens().revokeGrant(row.familyId, {}, reason, ctx);
        if (!done)
            qCWarning(lcServer).noquote() << "Could not revoke a refresh-token family:" << done.error().message;
        else
            revoked = *done;
        m_ctx.audit.record(ctx, QStringLiteral("token.refresh_reused"), QStringLiteral("token"), row.id,
            AuditOutcome::Denied,
            {{QStringLiteral("clientId"), app.clientId}, {QStringLiteral("familyId"), row.familyId},
                {QStringLiteral("userId"), row.userId}, {QStringLiteral("revoked"), revoked}});
        return oauth("invalid_grant",
            QStringLiteral("The refresh token was already used or revoked; every token of its grant is now revoked."));
    };
    if (row.revokedAt != 0)
        return revokeFamily(QStringLiteral("refresh_reused"));
    if (row.expiresAt <= nowMs)
        return oauth("invalid_grant", QStringLiteral("The refresh token has expired."));

    QStringList scopes = row.scopes;
    if (const QString requested = form.value(QStringLiteral("scope")); !requested.trimmed().isEmpty()) {
        const QStringList wanted = scopeList(requested);
        for (const QString& s : wanted) {
            if (!row.scopes.contains(s))
                return oauth("invalid_scope",
                    QStringLiteral("The scope '%1' was not granted; a refresh can narrow the scopes, not widen them.")
                        .arg(OAuthText::echo(s)));
        }
        scopes = inOrderOf(wanted, row.scopes);
    }
    if (form.contains(QStringLiteral("resource")) && form.value(QStringLiteral("resource")) != row.resource)
        return oauth("invalid_target",
            QStringLiteral("The resource '%1' differs from the one this refresh token was issued for (%2).")
                .arg(OAuthText::echo(form.value(QStringLiteral("resource"))), row.resource));
    // A grant does not outlast the policy it was given under: the resource must still be registered,
    // and the scopes shrink to what the application may still ask for and the resource still has.
    // Refused before the token is claimed, so a refusal burns and revokes nothing.
    const Result<Resource> target = resource(row.resource);
    if (!target && target.error().code != ErrorCode::NotFound)
        return target.error();
    if (!target || target->organizationId != app.organizationId)
        return oauth("invalid_target",
            QStringLiteral("The resource %1 of this grant is no longer registered at this server; authorize again.")
                .arg(row.resource));
    const auto permitted
        = [&](const QString& s) { return app.allowedScopes.contains(s) && target->scopes.contains(s); };
    QStringList grantScopes = row.scopes;
    grantScopes.removeIf([&](const QString& s) { return !permitted(s); });
    scopes.removeIf([&](const QString& s) { return !permitted(s); });
    if (scopes.isEmpty()) {
        if (!form.value(QStringLiteral("scope")).trimmed().isEmpty())
            return oauth("invalid_scope",
                QStringLiteral("None of the requested scopes is allowed any more for this client at %1.")
                    .arg(target->uri));
        return oauth("invalid_scope",
            QStringLiteral("None of the scopes of this grant is allowed any more for this client at %1; authorize "
                           "again.")
                .arg(target->uri));
    }
    auto user = checkUser(row.userId);
    if (!user)
        return user.error();
    // A refresh never widens the grant, and a user who stopped being an administrator loses the
    // administrator-only scopes from the whole family, not only from this access token.
    auto held = holdable(*user, app, grantScopes);
    if (!held)
        return held.error();
    scopes.removeIf([&](const QString& s) { return !held->contains(s); });
    if (scopes.isEmpty())
        return oauth("invalid_scope",
            QStringLiteral("Only administrators may hold the scopes asked for, and the user of this grant is no "
                           "longer an administrator."));

    TokenGrant grant;
    grant.grantType = GrantType::RefreshToken;
    grant.userId = row.userId;
    grant.resource = row.resource;
    grant.scopes = scopes;
    grant.grantScopes = *held;
    grant.familyId = row.familyId;
    grant.withRefreshToken = true;
    // The old token is claimed (revoked) and its successor stored in one transaction: a failure
    // leaves the old one usable, and of two concurrent uses only one can claim it.
    std::optional<IssuedTokens> issued;
    bool lostRace = false;
    const Status done = m_ctx.store.database().transaction([&]() -> Status {
        auto claimed = m_ctx.store.tokens().claim(row.id, nowMs);
        if (!claimed)
            return claimed.error();
        if (!*claimed) {
            lostRace = true;
            return {};
        }
        auto made = m_issuer.issue(app, grant, nowMs);
        if (!made)
            return made.error();
        issued = std::move(made).value();
        return {};
    });
    if (lostRace)
        return revokeFamily(QStringLiteral("refresh_reused"));
    if (!done) {
        // The access token's row was queued before the commit failed: nobody received that token.
        if (issued)
            m_ctx.verifier.recorder().discard(issued->tokenIds());
        return done.error();
    }
    return std::move(*issued);
}

Result<IssuedTokens> TokenEndpoint::clientCredentials(const Form& form, const Application& app, qint64 nowMs)
{
    const QString uri = form.value(QStringLiteral("resource"));
    if (uri.isEmpty())
        return oauth("invalid_target",
            QStringLiteral("The request names no resource; send resource= the URI of the resource server (RFC 8707)."));
    const Result<Resource> target = resource(uri);
    if (!target && target.error().code != ErrorCode::NotFound)
        return target.error();
    if (!target || target->organizationId != app.organizationId)
        return oauth("invalid_target",
            QStringLiteral("The resource '%1' is not a resource this server issues tokens for.")
                .arg(OAuthText::echo(uri)));

    QStringList scopes;
    if (const QString requested = form.value(QStringLiteral("scope")); !requested.trimmed().isEmpty()) {
        const QStringList wanted = scopeList(requested);
        for (const QString& s : wanted) {
            if (!target->scopes.contains(s))
                return oauth("invalid_scope",
                    QStringLiteral("The scope '%1' is not a scope of the resource %2.")
                        .arg(OAuthText::echo(s), target->uri));
            if (!app.allowedScopes.contains(s))
                return oauth("invalid_scope",
                    QStringLiteral("The client is not allowed the scope '%1'.").arg(OAuthText::echo(s)));
        }
        scopes = inOrderOf(wanted, target->scopes);
    } else {
        // No scope asked for: everything the application is allowed on this resource.
        for (const QString& s : target->scopes) {
            if (app.allowedScopes.contains(s))
                scopes << s;
        }
        if (scopes.isEmpty())
            return oauth("invalid_scope",
                QStringLiteral("The request names no scope, and the client is allowed none of the scopes of %1.")
                    .arg(target->uri));
    }

    TokenGrant grant;
    grant.grantType = GrantType::ClientCredentials;
    // The name asked for, which differs from target->uri for the built-in MCP server's localhost alias.
    grant.resource = uri;
    grant.scopes = scopes;
    return m_issuer.issue(app, grant, nowMs);
}

HttpReply TokenEndpoint::deliver(
    const HttpRequest& request, const Application& app, const QString& grantType, const IssuedTokens& tokens)
{
    const AuditContext ctx = auditFrom(request, app.clientId);
    QJsonObject details{{QStringLiteral("clientId"), app.clientId}, {QStringLiteral("grantType"), grantType},
        {QStringLiteral("format"), enumName(kTokenFormatNames, tokens.format)},
        {QStringLiteral("resource"), tokens.access.resource},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(tokens.access.scopes)}};
    if (!tokens.access.userId.isEmpty())
        details.insert(QStringLiteral("userId"), tokens.access.userId);
    if (!tokens.access.familyId.isEmpty())
        details.insert(QStringLiteral("familyId"), tokens.access.familyId);
    if (tokens.refresh)
        details.insert(QStringLiteral("refreshTokenId"), tokens.refresh->id);
    m_ctx.audit.record(
        ctx, QStringLiteral("token.issued"), QStringLiteral("token"), tokens.access.id, AuditOutcome::Success, details);

    if (tokens.format == TokenFormat::Opaque)
        return HttpResponse::json(tokens.responseBody(tokens.accessValue)).noStore();

    // The answer is built on the pool too; the main thread only hears of the rare failure.
    const KeyRing& keys = m_ctx.keys;
    QObject* mainThread = &m_mainThread;
    return QtConcurrent::run(&m_signers, [this, &keys, mainThread, tokens, ctx]() {
        auto jws = TokenIssuer::sign(keys, tokens);
        if (jws)
            return HttpResponse::json(tokens.responseBody(*jws)).noStore();
        // m_mainThread outlives every task of the pool (see the destructor), so this cannot dangle.
        QMetaObject::invokeMethod(
            mainThread, [this, tokens, ctx, error = jws.error().message] { signingFailed(tokens, ctx, error); },
            Qt::QueuedConnection);
        return oauthError(
            500, QStringLiteral("server_error"), QStringLiteral("The access token could not be signed. Try again."));
    });
}

void TokenEndpoint::signingFailed(const IssuedTokens& tokens, const AuditContext& ctx, const QString& error)
{
    // The rows are already written or queued, for tokens nobody received: revoke them so that the
    // console does not count them as active.
    qCCritical(lcServer).noquote() << "Could not sign an access token:" << error;
    m_ctx.verifier.recorder().flush();
    m_ctx.verifier.recorder().discard(tokens.tokenIds());
    if (auto revoked = m_ctx.store.tokens().revokeGrant({}, tokens.tokenIds(), QStringLiteral("signing_failed"), ctx);
        !revoked)
        qCWarning(lcServer).noquote() << "Could not revoke the unsigned token:" << revoked.error().message;
    m_ctx.audit.record(ctx, QStringLiteral("token.refused"), QStringLiteral("token"), tokens.access.id,
        AuditOutcome::Failure,
        {{QStringLiteral("clientId"), tokens.clientId}, {QStringLiteral("error"), QStringLiteral("server_error")},
            {QStringLiteral("reason"), error}});
}

Result<Resource> TokenEndpoint::resource(const QString& uri)
{
    if (auto it = m_resources.constFind(uri);
        it != m_resources.cend() && it->loaded.elapsed() < kResourceReloadIntervalMs)
        return it->resource;
    const auto byUri = [this](const QString& wanted) -> Result<Resource> {
        auto found = m_ctx.store.resources().find(wanted);
        // find() also matches ids; only the URI names a resource here.
        if (found && found->uri != wanted)
            return Error::make(ErrorCode::NotFound, QStringLiteral("No resource has the URI %1.").arg(wanted));
        return found;
    };
    auto found = byUri(uri);
    // The built-in MCP server's localhost alias stands for its resource, unless registered itself.
    if (!found && found.error().code == ErrorCode::NotFound && !uri.isEmpty() && uri == m_ctx.mcpResourceAlias())
        found = byUri(m_ctx.mcpResource());
    if (!found) {
        m_resources.remove(uri);
        return found.error();
    }
    CachedResource entry{std::move(found).value(), {}};
    entry.loaded.start();
    return m_resources.insert(uri, std::move(entry))->resource;
}

} // namespace mcpauth
