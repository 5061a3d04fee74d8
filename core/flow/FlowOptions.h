#pragma once

#include "TranscriptEvent.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace mcpauth {

// What the user asked of one connection attempt (the console's connection form, `mcp-auth probe`'s
// options). Defaults are what a spec-exact client does; every departure is a choice the user made
// and the engine records it as a warning of the step it affects.
struct FlowOptions
{
    enum class ToolCall { None, Named, FirstTool };
    // Automatic: authorization_code, unless the authorization server offers only client_credentials
    // (or a jwt-bearer identity assertion grant the options can feed).
    enum class Grant { Automatic, AuthorizationCode, ClientCredentials };

    QString mcpUrl;

    // Pre-registered client (skips registration). The secret is a secret: never logged, masked in the
    // transcript.
    QString clientId;
    QString clientSecret;
    Grant grant = Grant::Automatic;
    // A pre-registered client that authenticates with private_key_jwt (RFC 7523) instead of a secret:
    // its PEM private key and the JWS algorithm (ES256, RS256).
    QByteArray clientPrivateKeyPem;
    QString clientSigningAlgorithm = QStringLiteral("ES256");
    // Enterprise-managed authorization (SEP-990, identity assertion authorization grant): an ID token
    // from the user's identity provider is exchanged there for an ID-JAG, which the authorization
    // server takes as a jwt-bearer grant. Used when the authorization server offers that grant.
    QString idpIdToken;
    QString idpTokenEndpoint;
    QString idpClientId;
    // A client ID metadata document URL (CIMD), used when the authorization server supports it.
    QString clientMetadataUrl;

    // Replaces the spec's scope selection (challenge scope, else scopes_supported, else none).
    std::optional<QStringList> scopes;
    // Replaces the canonical resource URI sent as `resource`.
    QString resourceOverride;
    // Sends no `resource` at all: the token is then not bound to this server (a warning).
    bool omitResource = false;

    // The redirect URI's host and port (0: a free port) for the loopback callback.
    QString callbackHost = QStringLiteral("127.0.0.1");
    quint16 callbackPort = 0;
    // The redirect URI's path: a client's own (mcp-remote's /oauth/callback) to test its registration.
    QString callbackPath = QStringLiteral("/callback");
    // Reads the authorization endpoint's redirect instead of opening a browser (servers that approve
    // without a person: test servers, pre-consented clients).
    bool headless = false;
    // Before the browser opens, fetches the authorization URL once without following redirects: a
    // refusal (unknown client, unregistered redirect URI) is then shown as the page the browser would
    // show, and the flow fails with it instead of waiting for a callback that never comes.
    bool checkAuthorizationRequest = false;
    // Ends the flow after the authorization server metadata: what a server offers, nothing registered.
    bool discoverOnly = false;

    HttpHeaders extraHeaders;
    QString protocolVersion = QStringLiteral("2025-11-25");
    // Plain http to loopback hosts (127.0.0.0/8, ::1, localhost).
    bool allowLoopbackHttp = true;
    // Continues when the authorization server does not advertise S256 (MCP says to refuse).
    bool allowMissingPkceAdvertisement = false;

    ToolCall toolCall = ToolCall::None;
    QString toolName; // ToolCall::Named
    QJsonObject toolArguments; // ToolCall::Named
    // Any JSON-RPC request (method and params) sent last, after tools/list and the tool call: what the
    // inspector re-sends after the user edited it. Empty: none.
    QString requestMethod;
    QJsonObject requestParams;

    int stepTimeoutMs = 15'000; // each HTTP exchange
    int callbackTimeoutMs = 300'000; // the person in the browser
    bool useCredentialStore = true; // with FlowEngine::setCredentialStore
    // Removes the stored credentials of this server (issuer, resource, redirect URI) instead of
    // connecting: the flow discovers the authorization server, forgets, and ends after client-registration.
    bool forgetCredentials = false;
};

} // namespace mcpauth
