#pragma once

#include "ServerSettings.h"
#include "common/Result.h"

#include <QDateTime>
#include <QString>

namespace mcpauth {

class AccessTokenVerifier;
class AuditSink;
class AuthorizationCodeStore;
class KeyRing;
class Store;
struct HttpRequest;

// What every endpoint of the local server shares. All of it lives on the main thread, except `keys`
// and `verifier.verifyJwt()`, which are thread-safe.
struct ServerContext
{
    Store& store;
    KeyRing& keys;
    AuditSink& audit;
    AuthorizationCodeStore& codes;
    AccessTokenVerifier& verifier;
    ServerSettings settings;
    QString issuer; // set when the server listens: "http://127.0.0.1:8765", never a trailing slash
    bool tls = false;
    quint16 port = 0; // the one it listens on (settings.port may be 0)

    [[nodiscard]] QString endpoint(const QString& path) const { return issuer + path; }
    // The built-in MCP server's canonical resource URI: the `aud` of the tokens it accepts.
    [[nodiscard]] QString mcpResource() const { return issuer + QStringLiteral("/mcp"); }
    // http://localhost:PORT/mcp, the other name of the built-in MCP server when it listens on loopback
    // under the default issuer (http://127.0.0.1:PORT); empty otherwise. Clients configured with
    // localhost compare the protected resource metadata's `resource` with that URL (VS Code byte for
    // byte, the TypeScript SDK by origin and path), so the server answers to it as a resource: its
    // metadata names it when asked through it, /authorize and /token bind `aud` to it when asked for
    // it, and /mcp accepts such tokens on requests that arrive through it. Not a store row: the
    // console lists the one resource. The issuer never changes (RFC 8414 section 3.3).
    [[nodiscard]] QString mcpResourceAlias() const;
    // The built-in MCP server's URI as a request to it names it: the alias when the request's Host is
    // localhost:PORT, else mcpResource().
    [[nodiscard]] QString mcpResourceFor(const HttpRequest& request) const;
    [[nodiscard]] static qint64 now() { return QDateTime::currentMSecsSinceEpoch(); }
    // The organization that clients registered at run time join (metadata-document clients and
    // dynamic registration): ServerSettings::organization, else the oldest one, created as "default"
    // when the store has none.
    [[nodiscard]] Result<QString> serverOrganizationId();
};

} // namespace mcpauth
