#include "ClientTokenRequest.h"

#include "AuditSink.h"
#include "ServerContext.h"
#include "http/HttpRequest.h"
#include "oauth/ClientAuthenticator.h"
#include "oauth/OAuthText.h"

namespace mcpauth {

namespace {

Error invalidRequest(const QString& description)
{
    return Error::invalid(QStringLiteral("invalid_request"), description);
}

} // namespace

ClientTokenRequest::ClientTokenRequest(
    ServerContext& context, ClientAuthenticator& clients, QString endpoint, QString section, QString refusalAction)
    : m_ctx(context)
    , m_clients(clients)
    , m_endpoint(std::move(endpoint))
    , m_section(std::move(section))
    , m_refusalAction(std::move(refusalAction))
{ }

std::variant<ClientTokenRequest::Read, HttpResponse> ClientTokenRequest::read(const HttpRequest& request)
{
    if (!request.hasMediaType("application/x-www-form-urlencoded"))
        return refuse(request, {},
            invalidRequest(QStringLiteral("%1 accepts only application/x-www-form-urlencoded bodies (%2).")
                               .arg(m_endpoint, m_section)));
    auto form = FormData::parse(request.body);
    if (!form)
        return refuse(request, {}, invalidRequest(OAuthText::formError(form.error())));
    auto client = m_clients.authenticate(request.header("authorization"), *form);
    if (!client)
        return refuse(request, form->value(QStringLiteral("client_id")), client.error());
    Read read{client->application, form->value(QStringLiteral("token")).toUtf8()};
    if (read.token.isEmpty())
        return refuse(request, read.caller.clientId, invalidRequest(QStringLiteral("token is missing.")));
    return read;
}

HttpResponse ClientTokenRequest::refuse(const HttpRequest& request, const QString& clientId, const Error& error)
{
    m_ctx.audit.record(AuditContext{QStringLiteral("server"), request.auditSource()}, m_refusalAction,
        QStringLiteral("client"), OAuthText::echo(clientId), AuditOutcome::Denied,
        {{QStringLiteral("error"), error.field}, {QStringLiteral("reason"), error.message}});
    return ClientAuthenticator::refusal(error, request.header("authorization"), m_ctx.issuer);
}

} // namespace mcpauth
