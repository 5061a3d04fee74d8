#pragma once

#include "FlowStep.h"
#include "common/Error.h"

#include <QJsonArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace mcpauth {

// How a connection attempt ended; `mcp-auth probe` maps each to its own exit code.
enum class FlowOutcome {
    Success, // the flow reached its last step (tools/list, or tools/call when asked)
    AuthorizationFailed, // the server or the AS refused: 401/403 after authorizing, OAuth error, consent denied
    Unreachable, // DNS, connection refused, TLS, timeout: nothing usable came back
    ProtocolError, // an answer came back but broke the rules (malformed metadata, issuer mismatch, bad JSON-RPC)
    Cancelled, // the user (or a time limit of the whole flow) stopped it
};

// One step as the engine ran it: the inspector's timeline and the probe's step lines.
struct FlowStepRecord
{
    enum class State { Succeeded, Warning, Failed, Skipped };

    FlowStep step = FlowStep::UnauthenticatedRequest;
    State state = State::Succeeded;
    qint64 durationMs = 0;
    QString summary; // one line in words: "found at https://…/.well-known/oauth-protected-resource/mcp"
    QStringList warnings; // tolerated deviations (the parsers' warnings, overrides the user chose)
};

// The end of a connection attempt (FlowEngine::finished). The transcript holds the evidence; the
// diagnosis rules read both.
struct FlowResult
{
    FlowOutcome outcome = FlowOutcome::ProtocolError;
    std::optional<FlowStep> failedStep;
    Error error; // why it failed, in words; empty message on success
    QList<FlowStepRecord> steps;

    // What the flow learned, for the report and the rules (empty when it never got that far).
    QString mcpUrl; // as given
    QString resource; // the canonical resource URI sent as `resource` (empty when the user omitted it)
    QString resourceMetadataUrl; // where the protected resource metadata was found
    QString issuer; // the authorization server's issuer
    QString clientId;
    QString clientIdentification; // "pre-registered", "metadata-document", "dynamic-registration"
    QString tokenEndpointAuthMethod; // "none", "client_secret_basic", "client_secret_post"
    QString redirectUri;
    QStringList requestedScopes;
    QStringList grantedScopes;
    QString protocolVersion; // negotiated by initialize
    QJsonArray tools; // tools/list's tools
    int stepUps = 0; // re-authorizations after 403 insufficient_scope
};

} // namespace mcpauth
