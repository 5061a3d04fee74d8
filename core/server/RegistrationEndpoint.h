#pragma once

namespace mcpauth {

class HttpServer;
struct ServerContext;

// RFC 7591 dynamic client registration under the organization's policy, and RFC 7592 management.
class RegistrationEndpoint
{
public:
    explicit RegistrationEndpoint(ServerContext& context);
    void registerRoutes(HttpServer& http);

private:
    ServerContext& m_ctx;
};

} // namespace mcpauth
