#include "DiscoveryRules.h"

#include "DiagnosisContext.h"
#include "flow/AuthorizationServerMetadata.h"
#include "flow/DiscoveryUrls.h"
#include "flow/ProtectedResourceMetadata.h"

#include <QJsonDocument>
#include <QUrl>

namespace mcpauth {

namespace {

using Severity = Finding::Severity;

bool isJsonObject(const QByteArray& body)
{
    return QJsonDocument::fromJson(body).isObject();
}

// Every protected resource metadata URL the client tried, with what it got. `tried` and `failed`
// findings share this list.
void protectedResource(const DiagnosisContext& context, QList<Finding>& findings)
{
    const QList<const TranscriptEvent*> probes = context.http(FlowStep::ProtectedResourceMetadata);
    if (probes.isEmpty())
        return;
    const TranscriptEvent* found = nullptr;
    for (const TranscriptEvent* probe : probes) {
        const int status = probe->response ? probe->response->status : 0;
        if (status == 401 || status == 403 || (status >= 300 && status < 400)) {
            const bool redirect = status < 400;
            Finding f = DiagnosisContext::finding(
                redirect ? QStringLiteral("prm-well-known-redirect") : QStringLiteral("prm-well-known-protected"),
                Severity::Warning, FlowStep::ProtectedResourceMetadata,
                redirect ? QStringLiteral("The metadata URL redirects")
                         : QStringLiteral("The metadata URL requires authentication"),
                redirect ? QStringLiteral("%1 answered %2 to %3. Metadata must be served at its URL; many clients do "
                                          "not follow redirects during discovery.")
                               .arg(probe->request.url.toDisplayString(), DiagnosisContext::statusText(*probe),
                                   QString::fromUtf8(probe->response->header("Location")))
                         : QStringLiteral("%1 answered %2: the well-known URL sits behind the same authentication "
                                          "as the MCP endpoint, so a client cannot read how to authenticate.")
                               .arg(probe->request.url.toDisplayString(), DiagnosisContext::statusText(*probe)),
                redirect ? QStringLiteral("Serve the document directly at that URL with 200.")
                         : QStringLiteral("Exempt /.well-known/oauth-protected-resource* from the authentication "
                                          "middleware; the document is public."),
                QStringLiteral("RFC 9728 section 3.1"));
            f.evidence.append({probe->request.url.toDisplayString(), QStringLiteral("200 with JSON"),
                DiagnosisContext::statusText(*probe)});
            f.events.append(probe->sequence);
            findings.append(f);
        }
        if (status == 200)
            found = probe;
    }
    if (!found) {
        Finding f = DiagnosisContext::finding(QStringLiteral("prm-not-found"), Severity::Error,
            FlowStep::ProtectedResourceMetadata, QStringLiteral("No protected resource metadata was found"),
            QStringLiteral("The client looked for the MCP server's OAuth 2.0 protected resource metadata at every "
                           "URL the specification names and none answered with the document, so it cannot learn "
                           "which authorization server to use."),
            QStringLiteral("Serve the metadata ({\"resource\": \"<MCP server URL>\", \"authorization_servers\": "
                           "[\"<issuer>\"]}) at /.well-known/oauth-protected-resource<path of the MCP URL> and name "
                           "it in the 401's WWW-Authenticate resource_metadata parameter."),
            QStringLiteral(
                "RFC 9728 sections 3 and 5.1; MCP 2025-11-25 Authorization, Authorization Server Discovery"));
        if (context.result().failedStep != FlowStep::ProtectedResourceMetadata
            && !context.authorizationServerMetadata().isEmpty())
            f.explanation += QStringLiteral(" This client went on with the 2025-03-26 rules (the authorization server "
                                            "at the MCP server's origin); clients that follow 2025-11-25 stop here.");
        for (const TranscriptEvent* probe : probes) {
            f.evidence.append({probe->request.url.toDisplayString(), QStringLiteral("200 with JSON"),
                DiagnosisContext::statusText(*probe)});
            f.events.append(probe->sequence);
        }
        findings.append(f);
        return;
    }
    const QByteArray& body = found->response->body;
    if (!isJsonObject(body)) {
        const bool html = found->response->contentType().toLower().contains("html");
        Finding f = DiagnosisContext::finding(QStringLiteral("prm-not-json"), Severity::Error,
            FlowStep::ProtectedResourceMetadata, QStringLiteral("The protected resource metadata is not JSON"),
            QStringLiteral("%1 answered 200, but with %2 instead of a JSON object. %3")
                .arg(found->request.url.toDisplayString(), QString::fromUtf8(found->response->contentType()),
                    html ? QStringLiteral("An HTML page usually means a login page or a web application's "
                                          "catch-all route answered for the well-known URL.")
                         : QString()),
            QStringLiteral("Serve the metadata as application/json at that URL, before any login redirect or "
                           "catch-all route."),
            QStringLiteral("RFC 9728 section 3.2"));
        f.evidence.append({QStringLiteral("Content-Type"), QStringLiteral("application/json"),
            QString::fromUtf8(found->response->contentType())});
        f.evidence.append({QStringLiteral("body"), QStringLiteral("{\"resource\": …}"),
            QString::fromUtf8(body.left(120)).simplified()});
        f.events.append(found->sequence);
        findings.append(f);
        return;
    }
    const Result<ProtectedResourceMetadata> parsed = ProtectedResourceMetadata::parse(body, {}, true);
    if (!parsed) {
        Finding f = DiagnosisContext::finding(QStringLiteral("prm-invalid"), Severity::Error,
            FlowStep::ProtectedResourceMetadata, QStringLiteral("The protected resource metadata is not usable"),
            QStringLiteral("The document at %1 is JSON but breaks the rules: %2")
                .arg(found->request.url.toDisplayString(), parsed.error().message),
            QStringLiteral("Fix the member %1: the document needs \"resource\" (the MCP server's URL) and "
                           "\"authorization_servers\" (at least one issuer URL).")
                .arg(parsed.error().field),
            QStringLiteral("RFC 9728 section 2; MCP 2025-11-25 Authorization"));
        f.evidence.append({parsed.error().field, QStringLiteral("valid"), parsed.error().message});
        f.events.append(found->sequence);
        findings.append(f);
        return;
    }
    const QString server = context.canonicalServerUri();
    if (server.isEmpty() || DiscoveryUrls::sameResource(parsed->resource, server))
        return;
    const bool slash = DiagnosisContext::onlyTrailingSlash(parsed->resource, server);
    Finding f = DiagnosisContext::finding(
        slash ? QStringLiteral("resource-trailing-slash-drift") : QStringLiteral("prm-resource-mismatch"),
        slash ? Severity::Warning : Severity::Error, FlowStep::ProtectedResourceMetadata,
        slash ? QStringLiteral("The metadata's resource differs by a trailing slash")
              : QStringLiteral("The metadata names another resource"),
        slash ? QStringLiteral("The protected resource metadata names %1 while the server's URL is %2. Some clients "
                               "compare byte for byte and refuse the metadata, and the token's audience may end up "
                               "with one form while the server checks the other.")
                    .arg(parsed->resource, server)
              : QStringLiteral("The protected resource metadata at %1 names %2, but the client connected to %3. A "
                               "client must refuse metadata for another resource (it could send its token "
                               "elsewhere), and tokens issued for %2 will not be accepted here.")
                    .arg(found->request.url.toDisplayString(), parsed->resource, server),
        QStringLiteral("Set \"resource\" in the metadata to exactly the URL clients use for the MCP server: %1.")
            .arg(server),
        QStringLiteral("RFC 9728 section 3.3; RFC 8707 section 2; MCP 2025-11-25 Authorization, Canonical Server URI"));
    f.evidence.append({QStringLiteral("resource"), server, parsed->resource});
    f.events.append(found->sequence);
    findings.append(f);
}

void authorizationServer(const DiagnosisContext& context, QList<Finding>& findings)
{
    const QList<const TranscriptEvent*> probes = context.http(FlowStep::AuthorizationServerMetadata);
    if (probes.isEmpty())
        return;
    const TranscriptEvent* found = nullptr;
    for (const TranscriptEvent* probe : probes) {
        if (probe->response && probe->response->status == 200 && isJsonObject(probe->response->body))
            found = probe;
    }
    if (!found) {
        const TranscriptEvent* answered = context.lastAnswered(FlowStep::AuthorizationServerMetadata);
        const bool notJson = answered && answered->response->status == 200;
        Finding f = DiagnosisContext::finding(
            notJson ? QStringLiteral("as-metadata-invalid") : QStringLiteral("as-metadata-not-found"), Severity::Error,
            FlowStep::AuthorizationServerMetadata,
            notJson ? QStringLiteral("The authorization server metadata is not JSON")
                    : QStringLiteral("No authorization server metadata was found"),
            QStringLiteral("The client tried every metadata URL the specification names for the issuer "
                           "(RFC 8414 and OpenID Connect discovery, with path insertion) and got no JSON document, "
                           "so it does not know the authorize and token endpoints."),
            QStringLiteral("Publish the metadata at /.well-known/oauth-authorization-server (or "
                           "/.well-known/openid-configuration) of the issuer, with the issuer's path appended after "
                           "the well-known part, and check that the protected resource metadata's "
                           "authorization_servers entry is the issuer itself, not its login page."),
            QStringLiteral("RFC 8414 section 3; OpenID Connect Discovery 1.0 section 4; MCP 2025-11-25 "
                           "Authorization, Authorization Server Metadata Discovery"));
        for (const TranscriptEvent* probe : probes) {
            f.evidence.append({probe->request.url.toDisplayString(), QStringLiteral("200 with JSON"),
                DiagnosisContext::statusText(*probe)});
            f.events.append(probe->sequence);
        }
        findings.append(f);
        return;
    }
    const QStringList servers = DiagnosisContext::stringList(
        context.protectedResourceMetadata().value(QStringLiteral("authorization_servers")));
    const QString expected = servers.isEmpty() ? QString() : servers.first();
    const Result<AuthorizationServerMetadata> parsed
        = AuthorizationServerMetadata::parse(found->response->body, QString(), true);
    const QString issuer = context.authorizationServerMetadata().value(QStringLiteral("issuer")).toString();
    if (!expected.isEmpty() && issuer != expected) {
        Finding f = DiagnosisContext::finding(QStringLiteral("issuer-mismatch"), Severity::Error,
            FlowStep::AuthorizationServerMetadata, QStringLiteral("The metadata's issuer is not the issuer asked for"),
            QStringLiteral("The protected resource metadata names %1 as authorization server, but the metadata "
                           "found for it says its issuer is %2. The two must be identical, character for character "
                           "(scheme, host, port, path, trailing slash), or the client must stop: otherwise a "
                           "document could impersonate another authorization server.")
                .arg(expected, issuer.isEmpty() ? QStringLiteral("(none)") : issuer),
            QStringLiteral("Make the authorization server's configured issuer and the protected resource metadata's "
                           "authorization_servers entry the same string: %1.")
                .arg(issuer.isEmpty() ? expected : issuer),
            QStringLiteral("RFC 8414 section 3.3; OpenID Connect Discovery 1.0 section 4.3"));
        f.evidence.append({QStringLiteral("issuer"), expected, issuer});
        f.events.append(found->sequence);
        findings.append(f);
    }
    if (!parsed) {
        const bool pkce = parsed.error().field == QLatin1String("code_challenge_methods_supported");
        Finding f = DiagnosisContext::finding(
            pkce ? QStringLiteral("pkce-s256-unsupported") : QStringLiteral("as-metadata-invalid"), Severity::Error,
            FlowStep::AuthorizationServerMetadata,
            pkce ? QStringLiteral("The authorization server does not support PKCE S256")
                 : QStringLiteral("The authorization server metadata is not usable"),
            QStringLiteral("The document at %1 breaks the rules: %2")
                .arg(found->request.url.toDisplayString(), parsed.error().message),
            QStringLiteral("Fix the member %1 in the authorization server's metadata.").arg(parsed.error().field),
            QStringLiteral("RFC 8414 section 2; MCP 2025-11-25 Authorization"));
        f.evidence.append({parsed.error().field, QStringLiteral("valid"), parsed.error().message});
        f.events.append(found->sequence);
        findings.append(f);
        return;
    }
    if (parsed->pkce == AuthorizationServerMetadata::Pkce::NotAdvertised) {
        const bool stopped = context.result().failedStep == FlowStep::AuthorizationServerMetadata;
        Finding f = DiagnosisContext::finding(QStringLiteral("pkce-not-advertised"),
            stopped ? Severity::Error : Severity::Warning, FlowStep::AuthorizationServerMetadata,
            QStringLiteral("The authorization server does not advertise PKCE"),
            QStringLiteral("The metadata has no code_challenge_methods_supported. MCP clients must refuse to go on "
                           "without it (some, like the TypeScript SDK, go on anyway). Many servers, Microsoft Entra "
                           "among them, support S256 but do not say so."),
            QStringLiteral("Add \"code_challenge_methods_supported\": [\"S256\"] to the authorization server's "
                           "metadata. If you know the server supports S256, allow the override \"PKCE not "
                           "advertised\" for this connection."),
            QStringLiteral(
                "MCP 2025-11-25 Authorization, Authorization Code Protection; RFC 8414 section 2; RFC 7636"));
        f.evidence.append({QStringLiteral("code_challenge_methods_supported"), QStringLiteral("[\"S256\"]"),
            QStringLiteral("(absent)")});
        f.events.append(found->sequence);
        findings.append(f);
    }
}

} // namespace

namespace DiscoveryRules {

void apply(const DiagnosisContext& context, QList<Finding>& findings)
{
    protectedResource(context, findings);
    authorizationServer(context, findings);
}

} // namespace DiscoveryRules

} // namespace mcpauth
