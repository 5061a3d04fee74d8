#pragma once

#include "domain/Application.h"
#include "http/HttpResponse.h"

#include <QByteArray>
#include <QString>
#include <variant>

namespace mcpauth {

class ClientAuthenticator;
struct Error;
struct HttpRequest;
struct ServerContext;

// What /introspect (RFC 7662 section 2.1) and /revoke (RFC 7009 section 2.1) read before anything
// else: a form body, a client authenticated as it registered, and the `token` parameter. A refusal is
// audited as `refusalAction` through the AuditSink and answered as RFC 6749 section 5.2 says.
class ClientTokenRequest
{
public:
    struct Read
    {
        Application caller;
        QByteArray token;
    };

    // `endpoint`: "The introspection endpoint"; `section`: where its rules are ("RFC 7662 section 2.1").
    ClientTokenRequest(
        ServerContext& context, ClientAuthenticator& clients, QString endpoint, QString section, QString refusalAction);

    // The caller and the token, or the refusal to send as it is.
    [[nodiscard]] std::variant<Read, HttpResponse> read(const HttpRequest& request);
    // Refuses for a check the endpoint makes itself after read(); `clientId` as the request named it.
    [[nodiscard]] HttpResponse refuse(const HttpRequest& request, const QString& clientId, const Error& error);

private:
    ServerContext& m_ctx;
    ClientAuthenticator& m_clients;
    QString m_endpoint;
    QString m_section;
    QString m_refusalAction;
};

} // namespace mcpauth
