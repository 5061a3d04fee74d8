#pragma once

#include "McpCaller.h"
#include "VerifiedTokenCache.h"
#include "common/Result.h"
#include "domain/AuditEvent.h"
#include "http/HttpResponse.h"
#include "http/RateLimiter.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QStringList>
#include <QThreadPool>
#include <memory>
#include <optional>

namespace mcpauth {

class CorsPolicy;
class HttpServer;
class McpSessionStore;
class McpTools;
struct HttpRequest;
struct McpSession;
struct McpToolInfo;
struct ServerContext;

// The built-in MCP server: Streamable HTTP at /mcp (JSON responses, no server-initiated stream),
// sessions, the administration tools and their scopes, and RFC 9728 protected resource metadata.
//
// Every request is authorized on its own (MCP-AUTH.md 1.1): a bearer token in the Authorization
// header, issued by us for exactly this server's URI. A JWT's signature and claims are checked on the
// worker pool and the rest of the request runs on the main thread (see "a request's path" in
// docs/ARCHITECTURE.md); an opaque token is looked up in the store on the main thread.
class McpEndpoint final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(McpEndpoint)

public:
    // Oldest first; the last is the one offered to a client asking for a version we do not speak.
    [[nodiscard]] static const QStringList& protocolVersions();
    // Assumed when a request carries no MCP-Protocol-Version and no session says otherwise.
    static constexpr const char* kDefaultProtocolVersion = "2025-03-26";

    explicit McpEndpoint(ServerContext& context, QObject* parent = nullptr);
    ~McpEndpoint() override;

    // Makes sure the store has a resource for this server's /mcp URI, with its scopes and tool map
    // (idempotent; each change audited as "server" by the repositories).
    [[nodiscard]] Status prepare();
    void registerRoutes(HttpServer& http);

    // The RFC 9728 document for `resource`: mcpResource(), or its localhost alias when asked through it.
    [[nodiscard]] QJsonObject protectedResourceMetadata(const QString& resource) const;
    // The document of the built-in server at `resource` under `issuer`: what protectedResourceMetadata()
    // answers, and what the console previews for it.
    [[nodiscard]] static QJsonObject builtInResourceMetadata(const QString& resource, const QString& issuer);
    // The RFC 9728 document a resource serves, from its parts (the console previews any resource with it).
    [[nodiscard]] static QJsonObject resourceMetadataDocument(
        const QString& resource, const QString& issuer, const QStringList& scopes, const QString& resourceName);
    // Where the 401 and 403 challenges point (RFC 9728 section 5.1): the path-scoped document of
    // `resource`, under the same name.
    [[nodiscard]] static QString resourceMetadataUrl(const QString& resource);
    [[nodiscard]] McpSessionStore& sessions() { return *m_sessions; }
    // The signing keys changed (one may have left the JWKS): tokens seen before are verified afresh.
    void forgetVerifiedTokens() { m_verified.clear(); }

private:
    struct Checked;
    // A JSON-RPC answer and how HTTP carries it.
    struct Answer
    {
        Answer(QJsonObject json = {})
            : body(std::move(json))
        { }
        QJsonObject body;
        QByteArray text; // instead of body: the message already serialized (tools/call results)
        int status = 200;
        QByteArray challenge; // WWW-Authenticate, for 403 insufficient_scope

        [[nodiscard]] QJsonObject message() const;
    };

    [[nodiscard]] HttpReply receive(const HttpRequest& request);
    [[nodiscard]] HttpResponse proceed(const HttpRequest& request, const Checked& checked, bool storedCheckPending);
    [[nodiscard]] HttpResponse respond(const HttpRequest& request, const McpCaller& caller, const Checked& checked);
    [[nodiscard]] HttpResponse endSession(const HttpRequest& request, const McpCaller& caller);
    [[nodiscard]] HttpResponse initialize(
        const HttpRequest& request, const McpCaller& caller, const QJsonObject& message);
    [[nodiscard]] HttpResponse batch(const HttpRequest& request, const McpCaller& caller, const QJsonArray& messages);
    // The request's session, or the refusal (400 without the header, 404 for an unknown or foreign one).
    [[nodiscard]] McpSession* findSession(
        const HttpRequest& request, const McpCaller& caller, const QJsonValue& rpcId, HttpResponse* refusal);
    // The version a request speaks: its MCP-Protocol-Version header, else its session's; empty when the
    // header names one we do not support.
    [[nodiscard]] static QString versionOf(const HttpRequest& request, const McpSession* session);

    [[nodiscard]] Answer dispatch(const QJsonObject& message, const McpCaller& caller, const QString& version);
    [[nodiscard]] Answer callTool(
        const QJsonValue& id, const QJsonObject& params, const McpCaller& caller, const QString& version);
    [[nodiscard]] Answer insufficientScope(const QJsonValue& id, const McpToolInfo& tool, const McpCaller& caller);
    void auditToolCall(const McpCaller& caller, const QString& tool, AuditOutcome outcome, QJsonObject details);

    [[nodiscard]] std::optional<HttpResponse> refuseOrigin(const HttpRequest& request);
    [[nodiscard]] HttpResponse unauthorized(
        const HttpRequest& request, const QString& error, const QString& description) const;
    // /mcp/ and the like: nothing is served there; the 401 names the URL that works.
    [[nodiscard]] HttpResponse notCanonical(const HttpRequest& request) const;
    [[nodiscard]] static QByteArray insufficientScopeChallenge(const QStringList& scopes, const QString& resource);
    [[nodiscard]] static HttpResponse rpcResponse(const QJsonValue& body, int status);
    [[nodiscard]] static HttpResponse rpcResponse(const Answer& answer);

    ServerContext& m_ctx;
    std::unique_ptr<CorsPolicy> m_origins;
    std::unique_ptr<McpSessionStore> m_sessions;
    std::unique_ptr<McpTools> m_tools;
    QJsonArray m_toolList; // tools/list never changes while the server runs
    VerifiedTokenCache m_verified;
    // Write tools per caller (MCP tools: servers must rate-limit invocations). Reading tools are not
    // limited: they change nothing and cost less than the HTTP request that carries them.
    RateLimiter m_changes;
    // Token checks run here rather than on the global pool so that destroying the endpoint waits for
    // them: they use the verifier and the key ring, which the server and its owner destroy next.
    QThreadPool m_workers;
};

} // namespace mcpauth
