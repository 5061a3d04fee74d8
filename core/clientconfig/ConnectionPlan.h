#pragma once

#include "ClientConfig.h"
#include "ClientConfigRequest.h"
#include "McpClient.h"
#include "common/Result.h"
#include "domain/Application.h"
#include "flow/DiscoverySummary.h"
#include "flow/FlowOptions.h"

#include <QStringList>
#include <optional>

namespace mcpauth {

// What the connection wizard decided, and everything that follows from it: the application a
// client needs on our authorization server (its template and redirect URIs), the configuration
// written for the client, what a self-registering client will register, and the flow-engine run
// that tests the connection the way that client will make it. Pure: nothing is read or written.
struct ConnectionPlan
{
    enum class Identity {
        NewApplication, // created from the client's template on the current backend
        ExistingApplication, // reused by its client id
        SelfRegistration, // the client registers itself (DCR or a client ID metadata document)
    };

    std::optional<McpClient> client; // empty: another MCP client, configured by hand
    TargetOs os = currentTargetOs();
    QString serverUrl;
    QString name = QStringLiteral("mcp-auth"); // the server's name in the client
    Identity identity = Identity::NewApplication;
    QString clientId; // the application's, when not self-registering
    QStringList scopes; // empty: the client asks for what the server advertises
    int callbackPort = 0; // 0: the client chooses

    // "Claude Desktop", …, "Another MCP client".
    [[nodiscard]] static QString clientTitle(const std::optional<McpClient>& client);
    // The application template (ApplicationTemplate::id) for a client; another client gets a public
    // native client with port-less loopback redirects.
    [[nodiscard]] static QString templateId(const std::optional<McpClient>& client);

    // The redirect URIs the client uses: those of its template (wildcard or port-less loopback
    // entries match any callback port).
    [[nodiscard]] QStringList redirectUris() const;
    // A new application for this client in `organizationId`, named `applicationName`, allowed the
    // plan's scopes (or `allScopes` when the plan leaves the choice to the client).
    [[nodiscard]] Application newApplication(
        const QString& organizationId, const QString& applicationName, const QStringList& allScopes) const;
    // `base`, or base-2, base-3, … : the first name not in `taken`.
    [[nodiscard]] static QString freeName(const QString& base, const QStringList& taken);

    [[nodiscard]] ClientConfigRequest configRequest() const;
    // The client's entry and command; NotFound for another client (there is no file format to write).
    [[nodiscard]] Result<ClientConfig> config() const;

    // What a self-registering client sends, in sentences, for the server `discovery` describes; a
    // sentence saying why it cannot when the server offers neither DCR nor metadata documents.
    [[nodiscard]] QStringList selfRegistration(const DiscoverySummary& discovery) const;

    // The engine run that tests the connection with this identity: the client's loopback redirect
    // URI (host, path, port), its client id and scopes, the system browser, and the authorization
    // request checked before the browser opens. A client with no loopback redirect (Cursor's
    // cursor://, VS Code's web redirects) cannot be imitated: the run then registers itself and
    // `testNote` says so.
    [[nodiscard]] FlowOptions testOptions() const;
    [[nodiscard]] QString testNote() const;

private:
    struct Loopback
    {
        QString host;
        QString path;
        quint16 port = 0;
    };
    [[nodiscard]] std::optional<Loopback> loopbackRedirect() const;
};

} // namespace mcpauth
