#include "AuthorizationRules.h"

#include "DiagnosisContext.h"
#include "flow/DiscoveryUrls.h"

#include <QHostAddress>
#include <QJsonObject>
#include <QSet>
#include <QUrl>

namespace mcpauth {

namespace {

using Severity = Finding::Severity;

bool isLoopbackHost(const QString& host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

bool mentionsRedirect(const DiagnosisContext::OAuthError& error)
{
    return error.code == QLatin1String("redirect_uri_mismatch") || error.code == QLatin1String("invalid_redirect_uri")
        || error.description.contains(QLatin1String("redirect"), Qt::CaseInsensitive);
}

struct RedirectDiff
{
    QString id;
    QString title;
    QString explanation;
    QString spec = QStringLiteral("RFC 6749 section 3.1.2.3; OAuth 2.1 section 4.1.3 (exact string comparison)");
    FindingEvidence evidence;
};

// How the sent redirect URI differs from one the client registered, from the coarsest difference to the
// finest, since that is the one to fix.
RedirectDiff classify(const QUrl& sent, const QUrl& registered)
{
    RedirectDiff d;
    if (sent.scheme() != registered.scheme()) {
        d.id = QStringLiteral("redirect-uri-scheme-mismatch");
        d.title = QStringLiteral("The redirect URI's scheme differs from the registered one");
        d.explanation = QStringLiteral("The client sent %1 but %2 is registered: http and https are different URIs.");
        d.evidence = {QStringLiteral("scheme"), registered.scheme(), sent.scheme()};
    } else if (sent.host() != registered.host()) {
        if (isLoopbackHost(sent.host()) && isLoopbackHost(registered.host())) {
            d.id = QStringLiteral("redirect-uri-localhost-vs-127");
            d.title = QStringLiteral("localhost and 127.0.0.1 are different redirect URIs");
            d.explanation = QStringLiteral("The client sent %1 but %2 is registered. Both reach this computer, but "
                                           "the authorization server compares the strings. RFC 8252 recommends the "
                                           "IP literal over localhost.");
            d.spec = QStringLiteral("RFC 8252 sections 7.3 and 8.3; RFC 6749 section 3.1.2.3");
        } else {
            d.id = QStringLiteral("redirect-uri-host-mismatch");
            d.title = QStringLiteral("The redirect URI's host differs from the registered one");
            d.explanation = QStringLiteral("The client sent %1 but %2 is registered.");
        }
        d.evidence = {QStringLiteral("host"), registered.host(), sent.host()};
    } else if (sent.port() != registered.port()) {
        if (registered.port() == -1 && isLoopbackHost(registered.host())) {
            d.id = QStringLiteral("redirect-uri-loopback-portless");
            d.title = QStringLiteral("A port-less loopback redirect URI is registered, the client sends a port");
            d.explanation = QStringLiteral("The client sent %1 while %2 is registered without a port. Native clients "
                                           "listen on a port chosen at run time, and RFC 8252 says the "
                                           "authorization server must allow any port for loopback redirect URIs; "
                                           "this one compares the port too.");
            d.spec = QStringLiteral("RFC 8252 section 7.3; MCP 2025-11-25 Authorization, Client ID Metadata Documents");
        } else {
            d.id = QStringLiteral("redirect-uri-port-mismatch");
            d.title = QStringLiteral("The redirect URI's port differs from the registered one");
            d.explanation = QStringLiteral("The client sent %1 but %2 is registered. A client's callback port often "
                                           "changes between runs (the old one was busy) while the registration "
                                           "remembers the first one.");
        }
        d.evidence = {QStringLiteral("port"),
            registered.port() == -1 ? QStringLiteral("(none)") : QString::number(registered.port()),
            sent.port() == -1 ? QStringLiteral("(none)") : QString::number(sent.port())};
    } else if (sent.path() != registered.path()) {
        QString a = sent.path();
        QString b = registered.path();
        if (a + QLatin1Char('/') == b || b + QLatin1Char('/') == a) {
            d.id = QStringLiteral("redirect-uri-trailing-slash");
            d.title = QStringLiteral("The redirect URI differs by a trailing slash");
            d.explanation
                = QStringLiteral("The client sent %1 but %2 is registered: a trailing slash makes another URI.");
        } else {
            d.id = QStringLiteral("redirect-uri-path-mismatch");
            d.title = QStringLiteral("The redirect URI's path differs from the registered one");
            d.explanation = QStringLiteral("The client sent %1 but %2 is registered.");
        }
        d.evidence = {QStringLiteral("path"), b, a};
    } else {
        d.id = QStringLiteral("redirect-uri-mismatch");
        d.title = QStringLiteral("The redirect URI is not registered");
        d.explanation = QStringLiteral("The client sent %1 but %2 is registered.");
        d.evidence = {QStringLiteral("redirect_uri"), registered.toString(), sent.toString()};
    }
    return d;
}

// A measure of how alike two URIs are, to compare the sent one with the closest registered one.
int likeness(const QUrl& a, const QUrl& b)
{
    return (a.scheme() == b.scheme() ? 8 : 0) + (a.host() == b.host() ? 4 : 0) + (a.port() == b.port() ? 2 : 0)
        + (a.path() == b.path() ? 1 : 0);
}

void redirectMismatch(const DiagnosisContext& context, QList<Finding>& findings)
{
    const std::optional<DiagnosisContext::OAuthError> error = context.authorizeError();
    if (!error || !mentionsRedirect(*error))
        return;
    const QUrlQuery query = context.authorizeQuery();
    const QString sentText = query.queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
    const QString clientId = query.queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    QStringList registered
        = DiagnosisContext::stringList(context.registrationResponse().value(QStringLiteral("redirect_uris")));
    if (registered.isEmpty())
        registered = DiagnosisContext::stringList(context.registrationRequest().value(QStringLiteral("redirect_uris")));
    const QUrl sent(sentText);
    const QString says = error->description.isEmpty() ? error->code : error->description;
    Finding f;
    if (registered.isEmpty() || registered.contains(sentText)) {
        // The registration is not in this transcript (a pre-registered or cached client), or the server
        // lost it: the client ID and the URI are all there is to go on.
        const bool cached = context.http(FlowStep::ClientRegistration).isEmpty();
        f = DiagnosisContext::finding(QStringLiteral("redirect-uri-not-registered"), Severity::Error,
            FlowStep::Authorization, QStringLiteral("The authorization server does not know this redirect URI"),
            QStringLiteral("The authorize request was refused because of its redirect URI (%1). %2")
                .arg(says,
                    cached ? QStringLiteral("The client used a client ID it already had; when that registration was "
                                            "made for another callback port or path (a cached dynamic "
                                            "registration), the server refuses the current one.")
                           : QString()),
            QStringLiteral("Add %1 to the application %2's redirect URIs exactly as sent, or, for a cached dynamic "
                           "registration, delete the cached client and register again.")
                .arg(sentText, clientId),
            QStringLiteral("RFC 6749 section 3.1.2.3; OAuth 2.1 section 4.1.3"));
        f.evidence.append(
            {QStringLiteral("redirect_uri"), QStringLiteral("registered for %1").arg(clientId), sentText});
    } else {
        QUrl closest(registered.first());
        for (const QString& candidate : registered) {
            if (likeness(sent, QUrl(candidate)) > likeness(sent, closest))
                closest = QUrl(candidate);
        }
        const RedirectDiff d = classify(sent, closest);
        f = DiagnosisContext::finding(d.id, Severity::Error, FlowStep::Authorization, d.title,
            d.explanation.arg(sentText, closest.toString()) + QStringLiteral(" The server said: %1").arg(says),
            QStringLiteral("Register %1 for the application %2 character for character, or make the client send %3.")
                .arg(sentText, clientId, closest.toString()),
            d.spec);
        f.evidence.append(d.evidence);
        f.evidence.append({QStringLiteral("redirect_uri"), closest.toString(), sentText});
    }
    // One click in the console when the issuer is our local server; the GUI compares the issuer.
    QString issuer = context.authorizationServerMetadata().value(QStringLiteral("issuer")).toString();
    if (issuer.isEmpty())
        issuer = context.result().issuer;
    f.remedy = QJsonObject{{QStringLiteral("remedy"), QStringLiteral("add-redirect-uri")},
        {QStringLiteral("issuer"), issuer}, {QStringLiteral("application"), clientId},
        {QStringLiteral("value"), sentText}};
    if (const TranscriptEvent* event = context.authorizeEvent())
        f.events.append(event->sequence);
    if (error->event && !f.events.contains(error->event->sequence))
        f.events.append(error->event->sequence);
    findings.append(f);
}

void authorizeErrors(const DiagnosisContext& context, QList<Finding>& findings)
{
    const std::optional<DiagnosisContext::OAuthError> error = context.authorizeError();
    if (!error || mentionsRedirect(*error) || error->code == QLatin1String("invalid_target")
        || error->code == QLatin1String("invalid_scope"))
        return;
    // A request without PKCE has its own finding (pkce-missing), which says what to change.
    if (error->code == QLatin1String("invalid_request")
        && context.authorizeQuery().queryItemValue(QStringLiteral("code_challenge_method")) != QLatin1String("S256"))
        return;
    Finding f;
    const QString clientId = context.authorizeQuery().queryItemValue(QStringLiteral("client_id"), QUrl::FullyDecoded);
    const bool metadataDocument = clientId.startsWith(QLatin1String("https://"));
    const bool clientRefused = error->code == QLatin1String("invalid_client")
        || error->code == QLatin1String("invalid_client_metadata")
        || error->code == QLatin1String("unauthorized_client")
        || error->description.contains(QLatin1String("invalid_client"))
        || error->description.contains(QLatin1String("metadata"));
    if (metadataDocument && clientRefused) {
        f = DiagnosisContext::finding(QStringLiteral("client-metadata-document-refused"), Severity::Error,
            FlowStep::Authorization, QStringLiteral("The authorization server refused the client ID metadata document"),
            QStringLiteral("The client identified itself with the URL %1 (a client ID metadata document), and the "
                           "authorization server refused it: %2 The server fetches that URL itself; it must answer "
                           "200 with JSON whose client_id is exactly the URL and whose redirect_uris contain the "
                           "redirect URI sent.")
                .arg(clientId, error->description.isEmpty() ? error->code : error->description),
            QStringLiteral("Open %1 and check that it answers 200 with application/json, that \"client_id\" is that "
                           "URL, and that \"redirect_uris\" lists the redirect URI (with its port for loopback "
                           "clients, or ask the server to follow RFC 8252 section 7.3); check that the document is on "
                           "the domain the client is published under.")
                .arg(clientId),
            QStringLiteral("MCP 2025-11-25 Authorization, Client ID Metadata Documents; "
                           "draft-ietf-oauth-client-id-metadata-document"));
    } else if (error->code == QLatin1String("access_denied") || error->code == QLatin1String("consent_required")) {
        const bool admin = error->description.contains(QLatin1String("admin"), Qt::CaseInsensitive)
            || error->description.contains(QLatin1String("AADSTS90094"));
        f = DiagnosisContext::finding(QStringLiteral("access-denied"), Severity::Error, FlowStep::Authorization,
            QStringLiteral("The authorization was denied"),
            admin ? QStringLiteral("The authorization server needs an administrator's consent for the requested "
                                   "scopes (%1). Forcing prompt=consent or asking for offline_access often "
                                   "triggers this on Microsoft Entra tenants.")
                        .arg(error->description)
                  : QStringLiteral("The user declined, or a policy of the authorization server refused, the "
                                   "consent: %1")
                        .arg(error->description.isEmpty() ? error->code : error->description),
            admin ? QStringLiteral("Ask a tenant administrator to grant consent for the application, or request "
                                   "fewer scopes.")
                  : QStringLiteral("Try again and approve the request, or check the application's consent policy and "
                                   "the user's permissions."),
            QStringLiteral("RFC 6749 section 4.1.2.1"));
    } else {
        f = DiagnosisContext::finding(QStringLiteral("authorization-error"), Severity::Error, FlowStep::Authorization,
            QStringLiteral("The authorize request was refused (%1)")
                .arg(error->code.isEmpty() ? QStringLiteral("error page") : error->code),
            QStringLiteral("The authorization server refused the authorize request: %1")
                .arg(error->description.isEmpty() ? error->code : error->description),
            QStringLiteral("Read the server's description above; check the client ID, the response_type=code, the "
                           "PKCE parameters and the scopes."),
            QStringLiteral("RFC 6749 section 4.1.2.1"));
    }
    f.evidence.append({QStringLiteral("authorize answer"), QStringLiteral("a redirect with code"),
        QStringLiteral("%1 %2").arg(error->code, error->description).trimmed()});
    if (error->event)
        f.events.append(error->event->sequence);
    findings.append(f);
}

void invalidTarget(const DiagnosisContext& context, QList<Finding>& findings)
{
    std::optional<DiagnosisContext::OAuthError> error = context.authorizeError();
    FlowStep step = FlowStep::Authorization;
    if (!error || error->code != QLatin1String("invalid_target")) {
        error = context.oauthError(FlowStep::TokenRequest);
        step = FlowStep::TokenRequest;
    }
    if (!error || (error->code != QLatin1String("invalid_target") && error->code != QLatin1String("invalid_resource")))
        return;
    const QString sent = context.authorizeQuery().queryItemValue(QStringLiteral("resource"), QUrl::FullyDecoded);
    const QString issuer = context.authorizationServerMetadata().value(QStringLiteral("issuer")).toString();
    const bool entra = issuer.contains(QLatin1String("login.microsoftonline.com"));
    Finding f = DiagnosisContext::finding(QStringLiteral("invalid-target"), Severity::Error, step,
        QStringLiteral("The authorization server refused the resource parameter"),
        QStringLiteral("The authorization server does not accept %1 as a resource (%2). The resource must be the MCP "
                       "server's canonical URI, an absolute URL with scheme, and the authorization server must know "
                       "it as an audience.%3")
            .arg(sent.isEmpty() ? QStringLiteral("the resource") : sent,
                error->description.isEmpty() ? error->code : error->description,
                entra ? QStringLiteral(" Microsoft Entra does not support RFC 8707 resource indicators for most "
                                       "applications.")
                      : QString()),
        entra ? QStringLiteral("Allow the override \"omit resource\" for this connection (the token is then not bound "
                               "to this server), or use a scope of the API (api://…/.default).")
              : QStringLiteral("Register %1 as a resource (API, audience) at the authorization server, or correct the "
                               "MCP server's URL so that the resource matches a registered one.")
                    .arg(context.canonicalServerUri()),
        QStringLiteral("RFC 8707 section 2; MCP 2025-11-25 Authorization, Resource Parameter Implementation"));
    f.evidence.append({QStringLiteral("resource"), context.canonicalServerUri(), sent});
    if (error->event)
        f.events.append(error->event->sequence);
    findings.append(f);
}

// Q1, Q2: the scope sent on the authorize request against what the server asked for.
void scopes(const DiagnosisContext& context, QList<Finding>& findings)
{
    const TranscriptEvent* event = context.authorizeEvent();
    if (!event)
        return;
    const QUrlQuery query(event->request.url);
    const QStringList offered = context.challengeScopes();
    const QStringList requested
        = query.queryItemValue(QStringLiteral("scope"), QUrl::FullyDecoded).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    const std::optional<DiagnosisContext::OAuthError> error = context.authorizeError();
    const bool scopeError = error && error->code == QLatin1String("invalid_scope");
    if (requested.isEmpty() && !offered.isEmpty()) {
        Finding f = DiagnosisContext::finding(QStringLiteral("scope-omitted"),
            scopeError ? Severity::Error : Severity::Warning, FlowStep::Authorization,
            QStringLiteral("The authorize request has no scope"),
            QStringLiteral("The server asks for scopes (%1) but the authorize request sent none. Some authorization "
                           "servers then refuse (Entra AADSTS900144) or issue a token the server rejects.")
                .arg(offered.join(QLatin1Char(' '))),
            QStringLiteral("Send scope=\"%1\": the scope of the 401 challenge, else the protected resource "
                           "metadata's scopes_supported.")
                .arg(offered.join(QLatin1Char(' '))),
            QStringLiteral("MCP 2025-11-25 Authorization, Scope Selection Strategy"));
        f.evidence.append({QStringLiteral("scope"), offered.join(QLatin1Char(' ')), QStringLiteral("(absent)")});
        f.events.append(event->sequence);
        findings.append(f);
        return;
    }
    QStringList extra;
    for (const QString& scope : requested) {
        if (!offered.isEmpty() && !offered.contains(scope))
            extra.append(scope);
    }
    if (!extra.isEmpty() || scopeError) {
        Finding f = DiagnosisContext::finding(
            scopeError ? QStringLiteral("invalid-scope") : QStringLiteral("scope-over-broad"),
            scopeError ? Severity::Error : Severity::Warning, FlowStep::Authorization,
            scopeError ? QStringLiteral("The authorization server refused the requested scope")
                       : QStringLiteral("The client asks for scopes the server did not ask for"),
            QStringLiteral("The authorize request asked for %1; the server offered %2.%3")
                .arg(requested.join(QLatin1Char(' ')),
                    offered.isEmpty() ? QStringLiteral("no scopes") : offered.join(QLatin1Char(' ')),
                    scopeError ? QStringLiteral(" The authorization server answered: %1").arg(error->description)
                               : QStringLiteral(" Requesting every scope the authorization server supports (or "
                                                "offline_access it does not list) makes strict servers refuse.")),
            QStringLiteral("Request only the scopes of the 401 challenge or the protected resource metadata."),
            QStringLiteral("MCP 2025-11-25 Authorization, Scope Selection Strategy; RFC 6749 section 3.3"));
        f.evidence.append({QStringLiteral("scope"), offered.join(QLatin1Char(' ')), requested.join(QLatin1Char(' '))});
        f.events.append(event->sequence);
        findings.append(f);
    }
    const QJsonObject metadata = context.authorizationServerMetadata();
    const QStringList supported = DiagnosisContext::stringList(metadata.value(QStringLiteral("scopes_supported")));
    if (requested.contains(QLatin1String("offline_access")) && metadata.contains(QStringLiteral("scopes_supported"))
        && !supported.contains(QLatin1String("offline_access"))) {
        Finding f = DiagnosisContext::finding(QStringLiteral("offline-access-not-supported"), Severity::Warning,
            FlowStep::Authorization, QStringLiteral("offline_access is requested but not supported"),
            QStringLiteral("The authorize request asks for offline_access, which the authorization server's "
                           "scopes_supported does not list; strict servers refuse the whole request with "
                           "invalid_scope."),
            QStringLiteral("Ask for offline_access only when the authorization server lists it; refresh tokens come "
                           "with the refresh_token grant otherwise."),
            QStringLiteral(
                "MCP 2025-11-25 Authorization, Scope Selection Strategy; OpenID Connect Core 1.0 section 11"));
        f.evidence.append({QStringLiteral("scopes_supported"), QStringLiteral("contains offline_access"),
            supported.join(QLatin1Char(' '))});
        f.events.append(event->sequence);
        findings.append(f);
    }
}

// Q3 and the seed's "token for a different resource": the resource sent against the server's URI.
void resource(const DiagnosisContext& context, QList<Finding>& findings)
{
    const TranscriptEvent* event = context.authorizeEvent();
    const QString server = context.canonicalServerUri();
    if (!event || server.isEmpty())
        return;
    const QUrlQuery query(event->request.url);
    if (!query.hasQueryItem(QStringLiteral("resource"))) {
        Finding f = DiagnosisContext::finding(QStringLiteral("resource-omitted"), Severity::Warning,
            FlowStep::Authorization, QStringLiteral("The authorize request has no resource parameter"),
            QStringLiteral("Without resource the token is not bound to this MCP server: the authorization server may "
                           "set its audience to the client ID or to a default API, and a strict MCP server then "
                           "rejects it."),
            QStringLiteral("Send resource=%1 on the authorize and token requests (and on refresh).").arg(server),
            QStringLiteral("RFC 8707 section 2; MCP 2025-11-25 Authorization, Resource Parameter Implementation"));
        f.evidence.append({QStringLiteral("resource"), server, QStringLiteral("(absent)")});
        f.events.append(event->sequence);
        findings.append(f);
        return;
    }
    const QString sent = query.queryItemValue(QStringLiteral("resource"), QUrl::FullyDecoded);
    if (DiscoveryUrls::sameResource(sent, server))
        return;
    const bool slash = DiagnosisContext::onlyTrailingSlash(sent, server);
    Finding f = DiagnosisContext::finding(
        slash ? QStringLiteral("resource-parameter-trailing-slash") : QStringLiteral("resource-parameter-mismatch"),
        slash ? Severity::Warning : Severity::Error, FlowStep::Authorization,
        slash ? QStringLiteral("The resource parameter differs from the server's URI by a trailing slash")
              : QStringLiteral("The token is requested for another resource"),
        QStringLiteral("The authorize request's resource is %1 but the MCP server is %2; the token's audience will "
                       "be %1, which the server %3.")
            .arg(sent, server, slash ? QStringLiteral("may not accept") : QStringLiteral("will not accept")),
        QStringLiteral("Send resource=%1 exactly: the canonical URI of the MCP server as the protected resource "
                       "metadata names it.")
            .arg(server),
        QStringLiteral("RFC 8707 section 2; RFC 9728 section 3.3; MCP 2025-11-25 Authorization, Canonical Server URI"));
    f.evidence.append({QStringLiteral("resource"), server, sent});
    f.events.append(event->sequence);
    findings.append(f);
}

void pkceAndConsent(const DiagnosisContext& context, QList<Finding>& findings)
{
    const TranscriptEvent* event = context.authorizeEvent();
    if (!event)
        return;
    const QUrlQuery query(event->request.url);
    const QString method = query.queryItemValue(QStringLiteral("code_challenge_method"));
    if (!query.hasQueryItem(QStringLiteral("code_challenge")) || method != QLatin1String("S256")) {
        Finding f = DiagnosisContext::finding(QStringLiteral("pkce-missing"), Severity::Error, FlowStep::Authorization,
            QStringLiteral("The authorize request does not use PKCE S256"),
            QStringLiteral("MCP clients must protect the authorization code with PKCE using S256; without it a "
                           "stolen code can be redeemed."),
            QStringLiteral("Send code_challenge and code_challenge_method=S256 with the authorize request and the "
                           "code_verifier with the token request."),
            QStringLiteral("MCP 2025-11-25 Authorization, Authorization Code Protection; RFC 7636; OAuth 2.1 "
                           "section 4.1.1"));
        f.evidence.append({QStringLiteral("code_challenge_method"), QStringLiteral("S256"),
            method.isEmpty() ? QStringLiteral("(absent)") : method});
        f.events.append(event->sequence);
        findings.append(f);
    }
    // A code straight from the authorize request: no login or consent page was shown.
    if (event->kind == TranscriptEvent::Kind::Http && event->response && event->response->status >= 300
        && event->response->status < 400) {
        const QUrlQuery back(QUrl(QString::fromUtf8(event->response->header("Location"))));
        if (back.hasQueryItem(QStringLiteral("code"))) {
            Finding f = DiagnosisContext::finding(QStringLiteral("consent-not-shown"), Severity::Info,
                FlowStep::Authorization,
                QStringLiteral("The authorization server issued a code without a consent page"),
                QStringLiteral("The authorize request was answered at once with a code: no login and no consent "
                               "page. That is expected when the user has already consented or the application's "
                               "consent policy is \"never\"; if users should see what they grant, it is not."),
                QStringLiteral("Set the application's consent policy to \"always\" or \"once\", or revoke the "
                               "user's earlier consent to see the page again."),
                QStringLiteral("RFC 6749 section 10.2; MCP 2025-11-25 Security Best Practices, Confused Deputy"));
            f.evidence.append({QStringLiteral("authorize answer"), QStringLiteral("a login or consent page"),
                QStringLiteral("%1 redirect with a code").arg(event->response->status)});
            f.events.append(event->sequence);
            findings.append(f);
        }
    }
}

void state(const DiagnosisContext& context, QList<Finding>& findings)
{
    const TranscriptEvent* authorize = context.authorizeEvent();
    if (!authorize)
        return;
    const QString sent = QUrlQuery(authorize->request.url).queryItemValue(QStringLiteral("state"));
    for (const TranscriptEvent& event : context.events()) {
        // The redirect back: delivered by the browser, or read from the authorize answer (headless).
        QUrl callback;
        if (flowStepFromName(event.step) == FlowStep::Callback && event.kind == TranscriptEvent::Kind::Browser)
            callback = event.request.url;
        else if (&event == authorize && event.response && event.response->status >= 300 && event.response->status < 400)
            callback = QUrl(QString::fromUtf8(event.response->header("Location")));
        if (callback.isEmpty())
            continue;
        const QUrlQuery back(callback);
        if (back.hasQueryItem(QStringLiteral("error")) || back.queryItemValue(QStringLiteral("state")) == sent)
            continue;
        Finding f = DiagnosisContext::finding(QStringLiteral("state-mismatch"), Severity::Error, FlowStep::Callback,
            QStringLiteral("The callback's state is not the one sent"),
            QStringLiteral("The redirect back carried another state than the authorize request: it answers another "
                           "attempt (a second client process, an old browser tab) or was forged."),
            QStringLiteral("Finish one connection attempt at a time and close old authorization tabs."),
            QStringLiteral("RFC 6749 section 10.12; OAuth 2.1 section 4.1.2"));
        f.evidence.append({QStringLiteral("state"), sent, back.queryItemValue(QStringLiteral("state"))});
        f.events.append(event.sequence);
        findings.append(f);
    }
}

} // namespace

namespace AuthorizationRules {

void apply(const DiagnosisContext& context, QList<Finding>& findings)
{
    redirectMismatch(context, findings);
    authorizeErrors(context, findings);
    invalidTarget(context, findings);
    scopes(context, findings);
    resource(context, findings);
    pkceAndConsent(context, findings);
    state(context, findings);
}

} // namespace AuthorizationRules

} // namespace mcpauth
