#include "IntrospectionEndpoint.h"

#include "AuditSink.h"
#include "ServerContext.h"
#include "common/Logging.h"
#include "http/AsyncReply.h"
#include "http/HttpServer.h"
#include "oauth/AccessTokenVerifier.h"
#include "oauth/OAuthText.h"
#include "store/Store.h"

#include <QThread>

namespace mcpauth {

namespace {

QJsonObject activeBody(const QString& clientId, const QString& userId, const QString& audience,
    const QStringList& scopes, const QString& jti, qint64 issuedAtMs, qint64 expiresAtMs, const QString& issuer,
    const QString& tokenType)
{
    QJsonObject body{{QStringLiteral("active"), true}, {QStringLiteral("scope"), scopes.join(QLatin1Char(' '))},
        {QStringLiteral("client_id"), clientId}, {QStringLiteral("sub"), userId.isEmpty() ? clientId : userId},
        {QStringLiteral("aud"), audience}, {QStringLiteral("iss"), issuer}, {QStringLiteral("exp"), expiresAtMs / 1000},
        {QStringLiteral("iat"), issuedAtMs / 1000}, {QStringLiteral("jti"), jti}};
    if (!tokenType.isEmpty())
        body.insert(QStringLiteral("token_type"), tokenType);
    return body;
}

} // namespace

IntrospectionEndpoint::IntrospectionEndpoint(ServerContext& context)
    : m_ctx(context)
    , m_clients(context.store)
    , m_request(context, m_clients, QStringLiteral("The introspection endpoint"),
          QStringLiteral("RFC 7662 section 2.1"), QStringLiteral("introspect.refused"))
{
    m_verifiers.setMaxThreadCount(std::max(1, QThread::idealThreadCount()));
}

IntrospectionEndpoint::~IntrospectionEndpoint()
{
    // Checks in flight use the key ring, which the caller destroys after the server.
    m_verifiers.waitForDone();
}

void IntrospectionEndpoint::registerRoutes(HttpServer& http)
{
    http.route("POST", QStringLiteral("/introspect"), [this](const HttpRequest& request) { return handle(request); });
}

HttpResponse IntrospectionEndpoint::answer(const QJsonObject& body)
{
    // Token metadata is as sensitive as the token for whoever holds it: no caches on the way.
    return HttpResponse::json(body).noStore();
}

HttpResponse IntrospectionEndpoint::inactive()
{
    return answer(QJsonObject{{QStringLiteral("active"), false}});
}

HttpReply IntrospectionEndpoint::handle(const HttpRequest& request)
{
    const qint64 now = ServerContext::now();
    auto read = m_request.read(request);
    if (auto* refusal = std::get_if<HttpResponse>(&read))
        return std::move(*refusal);
    const auto& [caller, token] = std::get<ClientTokenRequest::Read>(read);
    if (!caller.isConfidential())
        return m_request.refuse(request, caller.clientId,
            Error::invalid(QStringLiteral("invalid_client"),
                QStringLiteral("Only confidential clients (resource servers) may introspect tokens.")));

    const QString organization = caller.organizationId;
    if (!AccessTokenVerifier::looksLikeJwt(token))
        return answerOpaque(token, organization);

    const AccessTokenVerifier& verifier = m_ctx.verifier;
    return AsyncReply::run(
        m_verifiers, &m_mainThread, [&verifier, token, now] { return verifier.verifyJwt(token, QString(), now); },
        [this, organization](const Result<VerifiedAccessToken>& verified) {
            if (!verified)
                return inactive();
            return answerJwt(*verified, organization);
        });
}

HttpResponse IntrospectionEndpoint::answerJwt(const VerifiedAccessToken& token, const QString& callerOrganization)
{
    if (!m_ctx.verifier.checkStored(token, ServerContext::now()))
        return inactive();
    auto owner = m_clients.application(token.clientId);
    if (!owner || owner->organizationId != callerOrganization)
        return inactive();
    return answer(activeBody(token.clientId, token.userId, token.audience, token.scopes, token.jti, token.issuedAt,
        token.expiresAt, m_ctx.issuer, QStringLiteral("Bearer")));
}

HttpResponse IntrospectionEndpoint::answerOpaque(const QByteArray& value, const QString& callerOrganization)
{
    auto row = m_ctx.store.tokens().findByValueHash(AccessTokenVerifier::valueHash(value));
    if (!row) {
        if (row.error().code != ErrorCode::NotFound)
            qCWarning(lcServer).noquote() << "Introspection could not look a token up:" << row.error().message;
        return inactive();
    }
    if (row->stateAt(ServerContext::now()) != TokenState::Active)
        return inactive();
    // Through the authenticator's cache (re-read each second), like every client look-up of this endpoint.
    auto owner = m_clients.applicationWithId(row->applicationId);
    if (!owner || owner->organizationId != callerOrganization)
        return inactive();
    // RFC 7662 section 2.2: token_type is an access token type (RFC 6749 section 7.1), the one the
    // token is used with; a refresh token is never presented to a resource server, so it has none.
    const bool refresh = row->kind == TokenKind::Refresh;
    return answer(activeBody(owner->clientId, row->userId, row->resource, row->scopes, row->id, row->issuedAt,
        row->expiresAt, m_ctx.issuer, refresh ? QString() : QStringLiteral("Bearer")));
}

} // namespace mcpauth
