#include "TransportRules.h"

#include "DiagnosisContext.h"
#include "flow/SseParser.h"
#include "flow/WwwAuthenticate.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace mcpauth {

namespace {

using Severity = Finding::Severity;

// Nothing came back from some endpoint: the rest of the diagnosis is moot for that step.
void unreachable(const DiagnosisContext& context, QList<Finding>& findings)
{
    QSet<QString> seen;
    for (const TranscriptEvent& event : context.events()) {
        if (event.kind != TranscriptEvent::Kind::Http || event.response || event.error.isEmpty())
            continue;
        const std::optional<FlowStep> step = flowStepFromName(event.step);
        if (!step || seen.contains(event.step))
            continue;
        seen.insert(event.step);
        Finding f = DiagnosisContext::finding(QStringLiteral("endpoint-unreachable"), Severity::Error, *step,
            QStringLiteral("No answer from %1").arg(event.request.url.host()),
            QStringLiteral("The request to %1 got no HTTP answer: %2")
                .arg(event.request.url.toDisplayString(), event.error),
            QStringLiteral("Check that the server runs and listens at that address and port, that the host name "
                           "resolves, and that no proxy or firewall is in the way; for TLS errors, check the "
                           "certificate's name and chain."),
            QStringLiteral("RFC 9110 section 9"));
        f.evidence.append({QStringLiteral("answer from %1").arg(event.request.url.toDisplayString()),
            QStringLiteral("an HTTP response"), event.error});
        f.events.append(event.sequence);
        findings.append(f);
    }
}

// The 401 of the unauthenticated request: its challenge is how a client finds everything else.
void challenge(const DiagnosisContext& context, QList<Finding>& findings)
{
    const TranscriptEvent* event = context.lastAnswered(FlowStep::UnauthenticatedRequest);
    if (!event)
        return;
    const TranscriptEvent::Response& response = *event->response;
    if (response.status == 200) {
        Finding f = DiagnosisContext::finding(QStringLiteral("server-not-protected"), Severity::Info,
            FlowStep::UnauthenticatedRequest, QStringLiteral("The MCP server answered without a token"),
            QStringLiteral("The request without an access token succeeded, so this server does not require "
                           "authorization, or not for this request."),
            QStringLiteral("If the server should be protected, make it answer requests without a valid token with "
                           "401 and a WWW-Authenticate: Bearer challenge."),
            QStringLiteral("MCP 2025-11-25 Authorization, Access Token Usage"));
        f.evidence.append({QStringLiteral("status without a token"), QStringLiteral("401 Unauthorized"),
            DiagnosisContext::statusText(*event)});
        f.events.append(event->sequence);
        findings.append(f);
        return;
    }
    if (response.status != 401)
        return;
    const QByteArray field = response.header("WWW-Authenticate");
    const bool prmFound = !context.protectedResourceMetadata().isEmpty();
    if (field.isEmpty()) {
        Finding f = DiagnosisContext::finding(QStringLiteral("no-www-authenticate"),
            prmFound ? Severity::Warning : Severity::Error, FlowStep::UnauthenticatedRequest,
            QStringLiteral("The 401 answer has no WWW-Authenticate header"),
            QStringLiteral("The MCP server refused the request without a token but did not say how to authorize: "
                           "a 401 must carry a WWW-Authenticate challenge, and MCP clients read its "
                           "resource_metadata parameter to find the protected resource metadata. %1")
                .arg(prmFound ? QStringLiteral("The client found the metadata at a well-known URL instead, which "
                                               "not every client tries.")
                              : QStringLiteral("Without it, and without metadata at the well-known URLs, a "
                                               "client cannot go on.")),
            QStringLiteral("Make the MCP server answer with WWW-Authenticate: Bearer "
                           "resource_metadata=\"https://<server>/.well-known/oauth-protected-resource<path>\" "
                           "on every 401."),
            QStringLiteral("RFC 9728 section 5.1; RFC 6750 section 3; MCP 2025-11-25 Authorization, Protected "
                           "Resource Metadata Discovery Requirements"));
        f.evidence.append({QStringLiteral("WWW-Authenticate"), QStringLiteral("Bearer resource_metadata=\"…\""),
            QStringLiteral("(absent)")});
        f.events.append(event->sequence);
        findings.append(f);
        return;
    }
    const Result<WwwAuthenticate> parsed = WwwAuthenticate::parse(field);
    QString problem;
    if (!parsed)
        problem = parsed.error().message;
    else if (!parsed->bearer())
        problem = QStringLiteral("It has no Bearer challenge.");
    if (!problem.isEmpty()) {
        Finding f = DiagnosisContext::finding(QStringLiteral("malformed-challenge"), Severity::Error,
            FlowStep::UnauthenticatedRequest, QStringLiteral("The WWW-Authenticate challenge cannot be read"),
            QStringLiteral("The MCP server's 401 carries a WWW-Authenticate header that does not follow the "
                           "RFC 9110 grammar or is not a Bearer challenge, so clients cannot take the "
                           "resource_metadata and scope parameters from it. %1")
                .arg(problem),
            QStringLiteral("Send one Bearer challenge with quoted parameter values, separated by commas: "
                           "WWW-Authenticate: Bearer resource_metadata=\"https://…\", scope=\"…\"."),
            QStringLiteral("RFC 9110 section 11.6.1; RFC 6750 section 3; RFC 9728 section 5.1"));
        f.evidence.append({QStringLiteral("WWW-Authenticate"), QStringLiteral("Bearer resource_metadata=\"…\""),
            QString::fromUtf8(field)});
        f.events.append(event->sequence);
        findings.append(f);
        return;
    }
    if (!parsed->warnings().isEmpty()) {
        Finding f = DiagnosisContext::finding(QStringLiteral("challenge-deviations"), Severity::Warning,
            FlowStep::UnauthenticatedRequest, QStringLiteral("The WWW-Authenticate challenge bends the grammar"),
            QStringLiteral("The challenge could be read, but stricter clients may refuse it: %1")
                .arg(parsed->warnings().join(QLatin1Char(' '))),
            QStringLiteral("Quote every parameter value and separate parameters with commas."),
            QStringLiteral("RFC 9110 section 11.6.1"));
        f.evidence.append(
            {QStringLiteral("WWW-Authenticate"), QStringLiteral("well-formed"), QString::fromUtf8(field)});
        f.events.append(event->sequence);
        findings.append(f);
    }
    if (parsed->resourceMetadata().isEmpty()) {
        Finding f = DiagnosisContext::finding(QStringLiteral("challenge-without-resource-metadata"), Severity::Info,
            FlowStep::UnauthenticatedRequest, QStringLiteral("The challenge does not name the resource metadata"),
            QStringLiteral("The Bearer challenge has no resource_metadata parameter, so clients have to guess the "
                           "well-known URL; clients that only read the header cannot go on."),
            QStringLiteral("Add resource_metadata=\"https://<server>/.well-known/oauth-protected-resource<path>\" "
                           "to the challenge."),
            QStringLiteral("RFC 9728 section 5.1"));
        f.evidence.append(
            {QStringLiteral("resource_metadata"), QStringLiteral("the metadata URL"), QStringLiteral("(absent)")});
        f.events.append(event->sequence);
        findings.append(f);
    }
}

// The JSON-RPC messages of an MCP answer: the JSON body, or the data of each SSE event. `problem`
// says why none could be read.
QList<QJsonObject> messages(const TranscriptEvent::Response& response, QString& problem)
{
    QList<QJsonObject> found;
    const QByteArray type = response.contentType().toLower();
    if (type.startsWith("text/event-stream")) {
        SseParser parser;
        const Result<QList<SseEvent>> events = parser.feed(response.body);
        if (!events) {
            problem = events.error().message;
            return found;
        }
        for (const SseEvent& event : events.value()) {
            if (event.data.isEmpty())
                continue;
            const QJsonDocument document = QJsonDocument::fromJson(event.data.toUtf8());
            if (!document.isObject()) {
                problem = QStringLiteral("An event's data is not a JSON object: %1").arg(event.data.left(120));
                return {};
            }
            found.append(document.object());
        }
        if (found.isEmpty())
            problem = QStringLiteral("The event stream holds no JSON-RPC message.");
        return found;
    }
    if (response.body.isEmpty())
        return found;
    const QJsonDocument document = QJsonDocument::fromJson(response.body);
    if (document.isObject())
        found.append(document.object());
    else if (document.isArray()) {
        for (const QJsonValue& value : document.array())
            found.append(value.toObject());
    } else
        problem = QStringLiteral("The body is not JSON: %1").arg(QString::fromUtf8(response.body.left(120)));
    return found;
}

void mcpAnswers(const DiagnosisContext& context, QList<Finding>& findings)
{
    for (const TranscriptEvent* event : context.mcpRequests()) {
        if (!event->response)
            continue;
        const TranscriptEvent::Response& response = *event->response;
        const FlowStep step = flowStepFromName(event->step).value_or(FlowStep::Initialize);
        if (response.status == 406 || response.status == 415) {
            Finding f = DiagnosisContext::finding(QStringLiteral("accept-header-rejected"), Severity::Error, step,
                QStringLiteral("The MCP server refused the request's media types"),
                QStringLiteral("Streamable HTTP clients must accept both application/json and text/event-stream "
                               "and send JSON; the server answered %1.")
                    .arg(DiagnosisContext::statusText(*event)),
                QStringLiteral("Send Accept: application/json, text/event-stream and Content-Type: application/json "
                               "on every POST (for mcp-remote, check --transport)."),
                QStringLiteral("MCP 2025-11-25 Transports, Streamable HTTP, Sending Messages to the Server"));
            f.evidence.append({QStringLiteral("Accept"), QStringLiteral("application/json, text/event-stream"),
                QString::fromUtf8(event->request.header("Accept"))});
            f.events.append(event->sequence);
            findings.append(f);
            continue;
        }
        if (response.status != 200)
            continue;
        QString problem;
        const QList<QJsonObject> found = messages(response, problem);
        if (!problem.isEmpty()) {
            const bool sse = response.contentType().toLower().startsWith("text/event-stream");
            Finding f = DiagnosisContext::finding(
                sse ? QStringLiteral("sse-malformed") : QStringLiteral("mcp-response-not-json"), Severity::Error, step,
                sse ? QStringLiteral("The MCP server's event stream cannot be read")
                    : QStringLiteral("The MCP server's answer is not JSON-RPC"),
                QStringLiteral("The answer to %1 could not be read as JSON-RPC. %2")
                    .arg(event->request.url.toDisplayString(), problem),
                QStringLiteral("Make the server send each JSON-RPC message as one JSON object: in the body with "
                               "Content-Type: application/json, or as the data of an SSE event (\"data: {…}\" "
                               "followed by an empty line)."),
                QStringLiteral("MCP 2025-11-25 Transports, Streamable HTTP; WHATWG HTML, Server-sent events"));
            f.evidence.append({QStringLiteral("Content-Type"), QStringLiteral("application/json or text/event-stream"),
                QString::fromUtf8(response.contentType())});
            f.evidence.append({QStringLiteral("body"), QStringLiteral("JSON-RPC message"),
                QString::fromUtf8(response.body.left(200))});
            f.events.append(event->sequence);
            findings.append(f);
            continue;
        }
        for (const QJsonObject& message : found) {
            const QJsonObject error = message.value(QStringLiteral("error")).toObject();
            if (error.isEmpty())
                continue;
            const QString text = error.value(QStringLiteral("message")).toString();
            // Scope errors have their own rule, with granted against required.
            if (text.contains(QLatin1String("insufficient_scope")))
                continue;
            Finding f = DiagnosisContext::finding(QStringLiteral("jsonrpc-error"), Severity::Error, step,
                QStringLiteral("The MCP server answered %1 with an error").arg(event->request.url.path()),
                QStringLiteral("Authorization worked, but the server refused the JSON-RPC request: %1 (code %2).")
                    .arg(text)
                    .arg(error.value(QStringLiteral("code")).toInteger()),
                QStringLiteral("This is the MCP server's own error, not an OAuth problem: check its logs, the "
                               "protocol version and the method's parameters."),
                QStringLiteral("JSON-RPC 2.0 section 5.1; MCP 2025-11-25 Basic Protocol"));
            f.evidence.append({QStringLiteral("JSON-RPC result"), QStringLiteral("result"),
                QStringLiteral("error %1: %2").arg(error.value(QStringLiteral("code")).toInteger()).arg(text)});
            f.events.append(event->sequence);
            findings.append(f);
        }
    }
}

// Browser-based clients (the Inspector, web clients) read discovery documents and the token endpoint
// cross-origin; without CORS they fail where a desktop client works.
void cors(const DiagnosisContext& context, QList<Finding>& findings)
{
    const FlowStep steps[] = {FlowStep::ProtectedResourceMetadata, FlowStep::AuthorizationServerMetadata,
        FlowStep::ClientRegistration, FlowStep::TokenRequest};
    Finding f = DiagnosisContext::finding(QStringLiteral("cors-missing"), Severity::Warning,
        FlowStep::ProtectedResourceMetadata, QStringLiteral("Browser-based clients will be blocked by CORS"),
        QStringLiteral("These answers carry no Access-Control-Allow-Origin header. Desktop clients do not care, "
                       "but a client running in a browser (MCP Inspector, web apps) is not allowed to read them "
                       "and reports a CORS error."),
        QStringLiteral("Allow the clients' origins (for example http://localhost:6274 for the Inspector) on the "
                       "metadata, registration and token endpoints, including the OPTIONS preflight."),
        QStringLiteral("WHATWG Fetch, CORS protocol; MCP 2025-11-25 Authorization"));
    for (const FlowStep step : steps) {
        const TranscriptEvent* event = context.lastAnswered(step);
        if (!event || event->response->status >= 500
            || !event->response->header("Access-Control-Allow-Origin").isEmpty())
            continue;
        // The probe sends no Origin, and a server that answers CORS per origin (it says so with
        // "Vary: Origin") rightly leaves the header out then: nothing can be concluded.
        if (event->response->header("Vary").toLower().contains("origin"))
            continue;
        if (f.events.isEmpty())
            f.step = step;
        f.evidence.append(
            {QStringLiteral("Access-Control-Allow-Origin from %1").arg(event->request.url.toDisplayString()),
                QStringLiteral("the client's origin or *"), QStringLiteral("(absent)")});
        f.events.append(event->sequence);
    }
    if (!f.events.isEmpty())
        findings.append(f);
}

} // namespace

namespace TransportRules {

void apply(const DiagnosisContext& context, QList<Finding>& findings)
{
    unreachable(context, findings);
    challenge(context, findings);
    mcpAnswers(context, findings);
    cors(context, findings);
}

} // namespace TransportRules

} // namespace mcpauth
