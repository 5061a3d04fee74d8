#include "ConnectionPlan.h"

#include "ClientConfigWriter.h"
#include "domain/ApplicationTemplate.h"

#include <QRegularExpression>
#include <QUrl>

namespace mcpauth {

QString ConnectionPlan::clientTitle(const std::optional<McpClient>& client)
{
    return client ? mcpClientTitle(*client) : QStringLiteral("Another MCP client");
}

QString ConnectionPlan::templateId(const std::optional<McpClient>& client)
{
    return client ? mcpClientName(*client) : QString();
}

QStringList ConnectionPlan::redirectUris() const
{
    if (client) {
        if (const auto t = ApplicationTemplate::find(templateId(client)))
            return t->application.redirectUris;
    }
    // Port-less loopback entries match any port (RFC 8252 section 7.3): most native clients pick one.
    return {QStringLiteral("http://127.0.0.1/callback"), QStringLiteral("http://localhost/callback")};
}

Application ConnectionPlan::newApplication(
    const QString& organizationId, const QString& applicationName, const QStringList& allScopes) const
{
    Application app;
    QString description;
    if (const auto t = client ? ApplicationTemplate::find(templateId(client)) : std::nullopt) {
        app = t->application;
        description = t->note;
    } else {
        app.clientType = ClientType::Public;
        app.authMethod = TokenEndpointAuthMethod::None;
        app.grantTypes = {GrantType::AuthorizationCode, GrantType::RefreshToken};
        app.pkceRequired = true;
        app.category = AppCategory::Agent;
        app.type = QStringLiteral("MCP");
        app.displayName = clientTitle(client);
    }
    app.redirectUris = redirectUris();
    app.organizationId = organizationId;
    app.name = applicationName;
    app.description = QStringLiteral("Created by the connection wizard for %1 at %2. %3")
                          .arg(clientTitle(client), serverUrl, description)
                          .trimmed();
    app.allowedScopes = scopes.isEmpty() ? allScopes : scopes;
    return app;
}

QString ConnectionPlan::freeName(const QString& base, const QStringList& taken)
{
    if (!taken.contains(base))
        return base;
    for (int i = 2;; ++i) {
        const QString candidate = QStringLiteral("%1-%2").arg(base).arg(i);
        if (!taken.contains(candidate))
            return candidate;
    }
}

ClientConfigRequest ConnectionPlan::configRequest() const
{
    ClientConfigRequest r;
    r.client = client.value_or(McpClient::ClaudeDesktop);
    r.os = os;
    r.serverUrl = serverUrl;
    r.name = name;
    r.clientId = identity == Identity::SelfRegistration ? QString() : clientId;
    r.callbackPort = callbackPort;
    r.scopes = scopes;
    return r;
}

Result<ClientConfig> ConnectionPlan::config() const
{
    if (!client)
        return Error::make(ErrorCode::NotFound,
            QStringLiteral("There is no configuration file format for another client: enter the server URL, the "
                           "client ID and the redirect URI in its settings."));
    return ClientConfigWriter::generate(configRequest());
}

QStringList ConnectionPlan::selfRegistration(const DiscoverySummary& discovery) const
{
    const QString title = clientTitle(client);
    QStringList out;
    const QString how = discovery.selfRegistration();
    if (how.isEmpty()) {
        out << QStringLiteral("%1 cannot register itself here: the authorization server offers neither dynamic "
                              "client registration nor client ID metadata documents. Create an application or reuse "
                              "one instead.")
                   .arg(title);
        return out;
    }
    if (how == QLatin1String("metadata-document"))
        out << QStringLiteral("%1 identifies itself with the URL of its client ID metadata document, if it has one; "
                              "the server fetches that document at sign-in and creates no application beforehand.")
                   .arg(title);
    if (discovery.supportsDynamicRegistration())
        out << QStringLiteral("%1 registers itself at %2 (RFC 7591) the first time it connects, as a public "
                              "client (token_endpoint_auth_method none) with the grants authorization_code and "
                              "refresh_token.")
                   .arg(title, discovery.registrationEndpoint);
    const std::optional<Loopback> loopback = loopbackRedirect();
    QStringList uris;
    if (loopback)
        uris << QStringLiteral("http://%1:%2%3")
                    .arg(loopback->host, loopback->port ? QString::number(loopback->port) : QStringLiteral("<port>"),
                        loopback->path);
    else
        uris = redirectUris();
    out << QStringLiteral("Redirect URI it will register: %1").arg(uris.join(QStringLiteral(", ")));
    out << (scopes.isEmpty() ? QStringLiteral("Scopes: those the server advertises (%1).")
                                   .arg(discovery.scopes.isEmpty() ? QStringLiteral("none advertised")
                                                                   : discovery.scopes.join(QLatin1Char(' ')))
                             : QStringLiteral("Scopes: %1.").arg(scopes.join(QLatin1Char(' '))));
    out << QStringLiteral("The application appears under Applications once it has registered (created by dcr).");
    return out;
}

std::optional<ConnectionPlan::Loopback> ConnectionPlan::loopbackRedirect() const
{
    static const QRegularExpression pattern(QStringLiteral("^http://(127\\.0\\.0\\.1)(?::(\\*|\\d+))?(/[^?#]*)$"));
    for (const QString& uri : redirectUris()) {
        const QRegularExpressionMatch m = pattern.match(uri);
        if (!m.hasMatch())
            continue;
        Loopback l;
        l.host = m.captured(1);
        l.path = m.captured(3);
        const QString port = m.captured(2);
        l.port = port.isEmpty() || port == QLatin1String("*") ? quint16(callbackPort) : quint16(port.toUInt());
        return l;
    }
    return std::nullopt;
}

FlowOptions ConnectionPlan::testOptions() const
{
    FlowOptions o;
    o.mcpUrl = serverUrl;
    if (!scopes.isEmpty())
        o.scopes = scopes;
    o.useCredentialStore = false;
    o.checkAuthorizationRequest = true;
    const std::optional<Loopback> loopback = loopbackRedirect();
    if (loopback) {
        o.callbackHost = loopback->host;
        o.callbackPath = loopback->path;
        o.callbackPort = loopback->port;
    }
    if (identity != Identity::SelfRegistration && loopback)
        o.clientId = clientId;
    return o;
}

QString ConnectionPlan::testNote() const
{
    if (identity == Identity::SelfRegistration || loopbackRedirect())
        return {};
    return QStringLiteral("%1 signs in through a redirect this console cannot receive (%2), so the test registers "
                          "a client of its own: it checks the server, the sign-in and the scopes, not the "
                          "application's redirect URIs.")
        .arg(clientTitle(client), redirectUris().join(QStringLiteral(", ")));
}

} // namespace mcpauth
