#include "RegistrationRules.h"

#include "DiagnosisContext.h"

#include <QJsonArray>

namespace mcpauth {

namespace {

using Severity = Finding::Severity;

// How the token request authenticated the client, from what it sent.
QString sentAuthMethod(const DiagnosisContext& context, const TranscriptEvent& event)
{
    if (event.request.header("Authorization").toLower().startsWith("basic"))
        return QStringLiteral("client_secret_basic");
    if (context.formOf(event).contains(QStringLiteral("client_secret")))
        return QStringLiteral("client_secret_post");
    return QStringLiteral("none");
}

void noRegistrationEndpoint(const DiagnosisContext& context, QList<Finding>& findings)
{
    const QJsonObject metadata = context.authorizationServerMetadata();
    if (metadata.isEmpty() || metadata.contains(QStringLiteral("registration_endpoint"))
        || metadata.value(QStringLiteral("client_id_metadata_document_supported")).toBool()
        || context.result().clientIdentification == QLatin1String("pre-registered"))
        return;
    const bool stopped = context.result().failedStep == FlowStep::ClientRegistration;
    Finding f = DiagnosisContext::finding(QStringLiteral("no-registration-endpoint"),
        stopped ? Severity::Error : Severity::Info, FlowStep::ClientRegistration,
        QStringLiteral("The authorization server offers no way to register automatically"),
        QStringLiteral("Its metadata has neither registration_endpoint (dynamic client registration) nor "
                       "client_id_metadata_document_supported, so a client needs a client ID registered by hand. "
                       "Clients that insist on dynamic registration (\"Incompatible auth server: does not support "
                       "dynamic client registration\") cannot connect at all."),
        QStringLiteral("Register an application at the authorization server with the client's redirect URI and give "
                       "its client ID (and secret, for a confidential client) to the client, for example "
                       "--client-id; or enable dynamic client registration on the authorization server."),
        QStringLiteral("MCP 2025-11-25 Authorization, Client Registration Approaches; RFC 7591"));
    f.evidence.append({QStringLiteral("registration_endpoint"), QStringLiteral("a URL, or a pre-registered client"),
        QStringLiteral("(absent)")});
    if (const TranscriptEvent* event = context.lastAnswered(FlowStep::AuthorizationServerMetadata))
        f.events.append(event->sequence);
    findings.append(f);
}

void rejected(const DiagnosisContext& context, QList<Finding>& findings)
{
    const std::optional<DiagnosisContext::OAuthError> error = context.oauthError(FlowStep::ClientRegistration);
    if (!error)
        return;
    const QJsonObject request = context.registrationRequest();
    const QString code
        = error->code.isEmpty() ? QStringLiteral("HTTP %1").arg(error->event->response->status) : error->code;
    QString why;
    if (error->code == QLatin1String("invalid_redirect_uri"))
        why = QStringLiteral("It refused the redirect URIs: its policy allows other schemes, hosts or ports "
                             "(many servers accept only https, or only loopback http with specific paths).");
    else if (error->code == QLatin1String("invalid_client_metadata"))
        why = QStringLiteral("It refused a metadata value (grant types, token_endpoint_auth_method, client_uri on "
                             "another origin than the redirect URIs, a missing field).");
    else if (error->event->response->status == 401 || error->event->response->status == 403)
        why = QStringLiteral("Registration needs an initial access token, or is disabled for this tenant or "
                             "organization.");
    else
        why = QStringLiteral("Registration may be disabled, rate limited, or missing a field the server requires.");
    Finding f = DiagnosisContext::finding(QStringLiteral("dcr-rejected"), Severity::Error, FlowStep::ClientRegistration,
        QStringLiteral("Dynamic client registration was refused (%1)").arg(code),
        QStringLiteral("The authorization server refused to register the client: %1 %2")
            .arg(error->description.isEmpty() ? code : error->description, why),
        QStringLiteral("Enable dynamic client registration and allow these redirect URIs in the authorization "
                       "server's policy, or register the client by hand and use its client ID."),
        QStringLiteral("RFC 7591 sections 3.2.2 and 2"));
    f.evidence.append({QStringLiteral("registration answer"), QStringLiteral("201 Created"),
        QStringLiteral("%1 %2").arg(error->event->response->status).arg(code)});
    f.evidence.append({QStringLiteral("redirect_uris sent"), QString(),
        DiagnosisContext::stringList(request.value(QStringLiteral("redirect_uris"))).join(QLatin1String(", "))});
    f.events.append(error->event->sequence);
    findings.append(f);
}

// Q15: the server registered something else than what was asked; Q16: the client authenticates at
// the token endpoint in another way than it registered.
void changedMetadata(const DiagnosisContext& context, QList<Finding>& findings)
{
    const QJsonObject request = context.registrationRequest();
    const QJsonObject response = context.registrationResponse();
    if (request.isEmpty() || response.isEmpty())
        return;
    const TranscriptEvent* event = context.lastAnswered(FlowStep::ClientRegistration);
    const QStringList asked = DiagnosisContext::stringList(request.value(QStringLiteral("redirect_uris")));
    const QStringList got = DiagnosisContext::stringList(response.value(QStringLiteral("redirect_uris")));
    if (!got.isEmpty() && asked != got) {
        Finding f = DiagnosisContext::finding(QStringLiteral("dcr-metadata-changed"), Severity::Warning,
            FlowStep::ClientRegistration, QStringLiteral("The server registered other redirect URIs than requested"),
            QStringLiteral("The registration answer lists other redirect URIs than the request. The authorize request "
                           "will use the requested one and may be refused; gateways and strict servers rewrite them."),
            QStringLiteral("Make the authorization server keep the requested redirect URIs, or configure the client "
                           "to use one the server registers."),
            QStringLiteral("RFC 7591 section 3.2.1"));
        f.evidence.append(
            {QStringLiteral("redirect_uris"), asked.join(QLatin1String(", ")), got.join(QLatin1String(", "))});
        f.events.append(event->sequence);
        findings.append(f);
    }
    const QString registered = response.value(QStringLiteral("token_endpoint_auth_method")).toString();
    const TranscriptEvent* token = context.lastAnswered(FlowStep::TokenRequest);
    if (registered.isEmpty() || !token)
        return;
    const QString sent = sentAuthMethod(context, *token);
    if (sent == registered)
        return;
    const std::optional<DiagnosisContext::OAuthError> error = context.oauthError(FlowStep::TokenRequest);
    const bool refused = error && error->code == QLatin1String("invalid_client");
    Finding f = DiagnosisContext::finding(QStringLiteral("token-auth-method-mismatch"),
        refused ? Severity::Error : Severity::Warning, FlowStep::TokenRequest,
        QStringLiteral("The client authenticates differently from how it registered"),
        QStringLiteral("The registration answer says token_endpoint_auth_method is %1, but the token request used "
                       "%2. Some servers demand a client_secret even from a public client using PKCE.")
            .arg(registered, sent),
        QStringLiteral("Authenticate at the token endpoint with %1 (use the client_secret from the registration "
                       "answer), or register with the method the client uses.")
            .arg(registered),
        QStringLiteral("RFC 7591 section 2; RFC 6749 section 2.3"));
    f.evidence.append({QStringLiteral("token_endpoint_auth_method"), registered, sent});
    f.events.append(event->sequence);
    f.events.append(token->sequence);
    findings.append(f);
}

} // namespace

namespace RegistrationRules {

void apply(const DiagnosisContext& context, QList<Finding>& findings)
{
    noRegistrationEndpoint(context, findings);
    rejected(context, findings);
    changedMetadata(context, findings);
}

} // namespace RegistrationRules

} // namespace mcpauth
