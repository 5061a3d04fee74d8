#pragma once

#include "ServerSettings.h"
#include "common/Result.h"

#include <QObject>
#include <QTimer>
#include <QUrl>
#include <memory>

namespace mcpauth {

class AccessTokenVerifier;
class AuditSink;
class AuthorizationCodeStore;
class AuthorizeEndpoint;
class CorsPolicy;
class HttpServer;
class IntrospectionEndpoint;
class KeyRing;
class McpEndpoint;
class MetadataEndpoint;
class RegistrationEndpoint;
class RevocationEndpoint;
class Store;
class TokenEndpoint;
class WalCheckpointer;
struct ServerContext;

// The local authorization server and built-in MCP server, on one port: run by `mcp-auth serve` and by
// the GUI whenever the local backend is open. Owns the HTTP server and every endpoint; the store and
// the key ring belong to the caller and must outlive it.
class AuthServer : public QObject
{
    Q_OBJECT

public:
    AuthServer(Store& store, KeyRing& keys, const ServerSettings& settings, QObject* parent = nullptr);
    ~AuthServer() override;

    // Listens (HTTPS when a certificate is configured; refuses a non-loopback address without one),
    // fixes the issuer, and prepares the built-in MCP resource.
    [[nodiscard]] Status start();
    void stop();
    [[nodiscard]] bool isRunning() const { return m_running; }
    [[nodiscard]] QString issuer() const;
    [[nodiscard]] quint16 port() const { return m_port; }
    [[nodiscard]] ServerContext& context() { return *m_context; }
    [[nodiscard]] HttpServer& http() { return *m_http; }
    [[nodiscard]] AuthorizeEndpoint& authorizeEndpoint() { return *m_authorize; }

Q_SIGNALS:
    void requestLogged(const QString& line);

private:
    void checkSigningKeys();

    Store& m_store;
    KeyRing& m_keys;
    std::unique_ptr<AuditSink> m_audit;
    std::unique_ptr<AuthorizationCodeStore> m_codes;
    std::unique_ptr<AccessTokenVerifier> m_verifier;
    std::unique_ptr<ServerContext> m_context;
    std::unique_ptr<HttpServer> m_http;
    std::unique_ptr<CorsPolicy> m_cors;
    std::unique_ptr<MetadataEndpoint> m_metadata;
    std::unique_ptr<RegistrationEndpoint> m_registration;
    std::unique_ptr<AuthorizeEndpoint> m_authorize;
    std::unique_ptr<TokenEndpoint> m_token;
    std::unique_ptr<IntrospectionEndpoint> m_introspection;
    std::unique_ptr<RevocationEndpoint> m_revocation;
    std::unique_ptr<McpEndpoint> m_mcp;
    std::unique_ptr<WalCheckpointer> m_checkpointer; // SQLite stores only
    QTimer m_keyCheck;
    QString m_keyCheckError; // said once, not every few seconds
    quint16 m_port = 0;
    bool m_running = false;
};

} // namespace mcpauth
