#include "RevocationEndpoint.h"

#include "AuditSink.h"
#include "ServerContext.h"
#include "common/Logging.h"
#include "http/HttpServer.h"
#include "oauth/AccessTokenVerifier.h"
#include "oauth/OAuthText.h"
#include "oauth/TokenRecorder.h"
#include "store/Store.h"

namespace mcpauth {

namespace {

AuditContext auditFrom(const HttpRequest& request, const QString& clientId)
{
    return AuditContext{QStringLiteral("client:") + clientId, request.auditSource()};
}

} // namespace

RevocationEndpoint::RevocationEndpoint(ServerContext& context)
    : m_ctx(context)
    , m_clients(context.store)
    , m_request(context, m_clients, QStringLiteral("The revocation endpoint"), QStringLiteral("RFC 7009 section 2.1"),
          QStringLiteral("revoke.refused"))
{ }

void RevocationEndpoint::registerRoutes(HttpServer& http)
{
    http.route(
        "POST", QStringLiteral("/revoke"), [this](const HttpRequest& request) -> HttpReply { return handle(request); });
}

HttpResponse RevocationEndpoint::done()
{
    return HttpResponse::empty(200).noStore();
}

HttpResponse RevocationEndpoint::handle(const HttpRequest& request)
{
    const qint64 now = ServerContext::now();
    auto read = m_request.read(request);
    if (auto* refusal = std::get_if<HttpResponse>(&read))
        return std::move(*refusal);
    const auto& [caller, token] = std::get<ClientTokenRequest::Read>(read);

    if (AccessTokenVerifier::looksLikeJwt(token)) {
        // Only a JWT we signed names a row; an expired one needs no revoking.
        auto verified = m_ctx.verifier.verifyJwt(token, QString(), now);
        if (!verified)
            return done();
        if (!revoke(request, caller, verified->jti, {}, verified->clientId == caller.clientId))
            return unavailable();
        return done();
    }
    auto row = m_ctx.store.tokens().findByValueHash(AccessTokenVerifier::valueHash(token));
    if (!row) {
        if (row.error().code == ErrorCode::NotFound)
            return done();
        qCWarning(lcServer).noquote() << "Revocation could not look a token up:" << row.error().message;
        return unavailable();
    }
    const QString family = row->kind == TokenKind::Refresh ? row->familyId : QString();
    if (!revoke(request, caller, row->id, family, row->applicationId == caller.id))
        return unavailable();
    return done();
}

bool RevocationEndpoint::revoke(const HttpRequest& request, const Application& caller, const QString& tokenId,
    const QString& familyId, bool callersOwn)
{
    const AuditContext ctx = auditFrom(request, caller.clientId);
    if (!callersOwn) {
        m_ctx.audit.record(ctx, QStringLiteral("token.revoke_denied"), QStringLiteral("token"), tokenId,
            AuditOutcome::Denied,
            {{QStringLiteral("clientId"), caller.clientId},
                {QStringLiteral("reason"), QStringLiteral("The token was issued to another client.")}});
        return true;
    }
    // A JWT issued a moment ago may still wait in the write-behind queue.
    TokenRecorder& recorder = m_ctx.verifier.recorder();
    recorder.flush();
    auto revoked = m_ctx.store.tokens().revoke(tokenId, ctx);
    if (!revoked && revoked.error().code != ErrorCode::NotFound && revoked.error().code != ErrorCode::Conflict) {
        qCWarning(lcServer).noquote() << "Could not revoke a token:" << revoked.error().message;
        return false;
    }
    // Still queued after the flush: the store did not take its row, so nothing was revoked.
    if (recorder.isPending(tokenId))
        return false;
    if (!familyId.isEmpty()) {
        // The family's access tokens whose rows the store has not taken yet end with it.
        recorder.discard({}, familyId);
    }
    return true;
}

HttpResponse RevocationEndpoint::unavailable()
{
    // RFC 7009 section 2.2.1: the client must assume the token still exists, and try again.
    HttpResponse response = oauthError(503, QStringLiteral("temporarily_unavailable"),
        QStringLiteral("The token could not be revoked because the server's database is not answering; it is still "
                       "valid. Try again in a moment."));
    response.setHeader(QByteArrayLiteral("Retry-After"), QByteArrayLiteral("1"));
    return response;
}

} // namespace mcpauth
