#pragma once

#include "common/Result.h"
#include "http/HttpResponse.h"
#include "http/RateLimiter.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace mcpauth {

class HttpServer;
struct Application;
struct AuditContext;
struct ClientMetadata;
struct HttpRequest;
struct RegistrationPolicy;
struct ServerContext;

// RFC 7591 dynamic client registration under the organization's policy, and RFC 7592 management:
//   POST          /register              register a client (application/json; rate-limited per source)
//   GET|PUT|DELETE /register/<client_id>  read, replace or delete it with its registration access token
// Clients join the server's organization (ServerContext::serverOrganizationId), whose policy decides
// who may register (RegistrationPolicy). The client secret and the registration access token are
// 256-bit values shown once and stored only as keyed hashes. Every registration, update and deletion
// is audited with the change; every refusal through the AuditSink (a burst of rate-limited requests
// once per burst). client_credentials is granted only to clients registered with an initial access
// token: under an open policy anyone could otherwise mint tokens without a user.
class RegistrationEndpoint
{
public:
    explicit RegistrationEndpoint(ServerContext& context);
    ~RegistrationEndpoint();
    void registerRoutes(HttpServer& http);

private:
    // A refusal as the client sees it and as the audit log records it.
    struct Refusal
    {
        int status = 400;
        QString error; // RFC 7591 / RFC 6750 error code
        QString description;
        QString reason; // for the audit log: rate_limited, initial_access_token, content_type, ...
        QString field; // the metadata field at fault, if any
    };

    [[nodiscard]] HttpResponse handleRegister(const HttpRequest& request);
    [[nodiscard]] HttpResponse handleRead(const HttpRequest& request);
    [[nodiscard]] HttpResponse handleUpdate(const HttpRequest& request);
    [[nodiscard]] HttpResponse handleDelete(const HttpRequest& request);

    // The client of /register/<client_id> when the request carries its registration access token.
    [[nodiscard]] Result<Application> managedClient(const HttpRequest& request, std::optional<Refusal>& refusal);
    // The request body as a JSON object (400 otherwise).
    [[nodiscard]] std::optional<Refusal> readJson(const HttpRequest& request, QJsonObject& body) const;
    // Checks the metadata as the organization's policy and scopes require.
    [[nodiscard]] std::optional<Refusal> checkMetadata(const QJsonObject& body, const QString& organizationId,
        const RegistrationPolicy& policy, ClientMetadata& metadata) const;
    [[nodiscard]] QStringList knownScopes(const QString& organizationId) const;
    // The client information response (RFC 7591 section 3.2.1, RFC 7592 section 3).
    [[nodiscard]] QJsonObject clientInformation(const Application& app, const QJsonObject& metadata,
        const QString& clientSecret, const QString& registrationToken) const;
    [[nodiscard]] HttpResponse refuse(
        const HttpRequest& request, const Refusal& refusal, const QString& targetType, const QString& targetId);

    ServerContext& m_ctx;
    RateLimiter m_limiter;
};

} // namespace mcpauth
