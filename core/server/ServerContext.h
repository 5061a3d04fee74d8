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
    [[nodiscard]] static qint64 now() { return QDateTime::currentMSecsSinceEpoch(); }
    // The organization that clients registered at run time join (metadata-document clients and
    // dynamic registration): ServerSettings::organization, else the oldest one, created as "default"
    // when the store has none.
    [[nodiscard]] Result<QString> serverOrganizationId();
};

} // namespace mcpauth
