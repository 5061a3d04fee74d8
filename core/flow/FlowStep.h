#pragma once

#include <QString>
#include <optional>

namespace mcpauth {

// The steps of a connection attempt, in the order the flow engine runs them (PRODUCT.md section 6).
// Their names are what TranscriptEvent::step holds and what the diagnosis rules, the probe's output
// and the inspector's timeline show.
enum class FlowStep {
    UnauthenticatedRequest, // "unauthenticated-request": initialize without a token, expecting 401
    ProtectedResourceMetadata, // "protected-resource-metadata" (RFC 9728)
    AuthorizationServerMetadata, // "authorization-server-metadata" (RFC 8414, OIDC discovery)
    ClientRegistration, // "client-registration": pre-registered, metadata document or RFC 7591
    Authorization, // "authorization": the authorize request (browser, or headless redirect capture)
    Callback, // "callback": the redirect back with code, state, iss
    TokenRequest, // "token": the code exchange (or client_credentials)
    Initialize, // "initialize": with the access token
    ToolsList, // "tools-list"
    ToolsCall, // "tools-call"
    Refresh, // "refresh": refresh_token grant when the access token expired
    StepUp, // "step-up": re-authorization after 403 insufficient_scope
    Request, // "request": a JSON-RPC request the user asked for at the end (FlowOptions::requestMethod)
};

[[nodiscard]] QString flowStepName(FlowStep step);
[[nodiscard]] std::optional<FlowStep> flowStepFromName(const QString& name);
// In words, for people: "Protected resource metadata".
[[nodiscard]] QString flowStepTitle(FlowStep step);

} // namespace mcpauth
