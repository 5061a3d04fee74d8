#include "ResourceRules.h"

#include "DiagnosisContext.h"
#include "flow/DiscoveryUrls.h"
#include "flow/WwwAuthenticate.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace mcpauth {

namespace {

using Severity = Finding::Severity;

// The MCP requests sent after the flow had a token (those with a token, or sent after the token step).
QList<const TranscriptEvent*> afterToken(const DiagnosisContext& context)
{
    QList<const TranscriptEvent*> found;
    const TranscriptEvent* token = context.lastAnswered(FlowStep::TokenRequest);
    for (const TranscriptEvent* event : context.mcpRequests()) {
        if (!event->request.header("Authorization").isEmpty() || (token && event->sequence > token->sequence))
            found.append(event);
    }
    return found;
}

QString challengeOf(const TranscriptEvent& event, QString* error = nullptr, QString* description = nullptr,
    QStringList* scopes = nullptr)
{
    const QByteArray field = event.response ? event.response->header("WWW-Authenticate") : QByteArray();
    const Result<WwwAuthenticate> parsed = WwwAuthenticate::parse(field);
    if (parsed) {
        if (error)
            *error = parsed->error();
        if (description)
            *description = parsed->errorDescription();
        if (scopes)
            *scopes = parsed->scopes();
    }
    return QString::fromUtf8(field);
}

QString when(qint64 secondsSinceEpoch)
{
    return QDateTime::fromSecsSinceEpoch(secondsSinceEpoch, Qt::UTC).toString(Qt::ISODate);
}

void rejected(const DiagnosisContext& context, QList<Finding>& findings)
{
    const QList<const TranscriptEvent*> requests = afterToken(context);
    const TranscriptEvent* refused = nullptr;
    for (const TranscriptEvent* event : requests) {
        if (event->response && event->response->status == 401) {
            refused = event;
            break;
        }
    }
    const FlowStep step
        = refused ? flowStepFromName(refused->step).value_or(FlowStep::Initialize) : FlowStep::Initialize;
    const QJsonObject claims = context.tokenClaims();
    const QString server = context.canonicalServerUri();
    bool explained = false;

    for (const TranscriptEvent* event : requests) {
        if (!event->request.header("Authorization").isEmpty())
            continue;
        Finding f = DiagnosisContext::finding(QStringLiteral("missing-authorization-header"), Severity::Error,
            flowStepFromName(event->step).value_or(FlowStep::Initialize),
            QStringLiteral("The MCP request was sent without the access token"),
            QStringLiteral("The flow obtained a token, but the request to %1 carries no Authorization header, so the "
                           "server treats it as anonymous%2.")
                .arg(event->request.url.toDisplayString(),
                    event->response && event->response->status == 401 ? QStringLiteral(" and answers 401") : QString()),
            QStringLiteral("Send Authorization: Bearer <access token> with every request to the MCP server; check "
                           "that the client stores the token after authorizing and that no proxy strips the header."),
            QStringLiteral("MCP 2025-11-25 Authorization, Token Requirements; RFC 6750 section 2.1"));
        f.evidence.append({QStringLiteral("Authorization"), QStringLiteral("Bearer …"), QStringLiteral("(absent)")});
        f.events.append(event->sequence);
        findings.append(f);
        explained = true;
        break;
    }

    const qint64 exp = claims.value(QStringLiteral("exp")).toInteger(0);
    if (exp > 0) {
        const TranscriptEvent* used = refused ? refused : (requests.isEmpty() ? nullptr : requests.last());
        if (used && used->startedAt.isValid() && used->startedAt.toSecsSinceEpoch() >= exp) {
            Finding f = DiagnosisContext::finding(QStringLiteral("token-expired"),
                refused ? Severity::Error : Severity::Warning, refused ? step : FlowStep::Initialize,
                QStringLiteral("The access token had expired"),
                QStringLiteral("The token's exp is %1, but it was sent at %2. Servers reject expired tokens with 401 "
                               "invalid_token.")
                    .arg(when(exp), used->startedAt.toUTC().toString(Qt::ISODate)),
                QStringLiteral("Refresh the token (refresh_token grant) before it expires, or authorize again; check "
                               "that the clocks of the client, the authorization server and the MCP server agree."),
                QStringLiteral("RFC 9068 section 4; RFC 7519 section 4.1.4; RFC 6750 section 3.1"));
            f.evidence.append({QStringLiteral("exp"),
                QStringLiteral("after %1").arg(used->startedAt.toUTC().toString(Qt::ISODate)), when(exp)});
            f.events.append(used->sequence);
            if (const TranscriptEvent* token = context.tokenEvent())
                f.events.append(token->sequence);
            findings.append(f);
            explained = true;
        }
    }

    const QStringList audiences = DiagnosisContext::audiences(claims);
    if (!claims.isEmpty() && !server.isEmpty()) {
        bool matches = false;
        for (const QString& audience : audiences)
            matches = matches || DiscoveryUrls::sameResource(audience, server);
        if (!matches) {
            const QString clientId = claims.value(QStringLiteral("client_id")).toString();
            const bool toClient = !clientId.isEmpty() && audiences.contains(clientId);
            bool slashOnly = false;
            for (const QString& audience : audiences)
                slashOnly = slashOnly || DiagnosisContext::onlyTrailingSlash(audience, server);
            Finding f = DiagnosisContext::finding(QStringLiteral("token-audience-mismatch"),
                refused ? Severity::Error : Severity::Warning, refused ? step : FlowStep::TokenRequest,
                QStringLiteral("The token's audience is not this MCP server"),
                QStringLiteral("The access token's aud is %1, but the MCP server is %2. MCP servers must only accept "
                               "tokens issued for them.%3")
                    .arg(audiences.isEmpty() ? QStringLiteral("(absent)") : audiences.join(QLatin1String(", ")), server,
                        toClient ? QStringLiteral(" The audience is the client ID: the authorization server got no "
                                                  "resource parameter or ignored it.")
                                 : (slashOnly ? QStringLiteral(" They differ only by a trailing slash: the resource "
                                                               "was taken from a URL that gained or lost one.")
                                              : QString())),
                QStringLiteral("Send resource=%1 on the authorize and token requests and make the authorization "
                               "server put it in aud exactly (scheme, host, port, path); or configure the MCP server "
                               "to expect the audience the authorization server issues.")
                    .arg(server),
                QStringLiteral("RFC 8707 section 2; RFC 9068 section 4; MCP 2025-11-25 Authorization, Token Audience "
                               "Binding and Validation"));
            f.evidence.append({QStringLiteral("aud"), server, audiences.join(QLatin1String(", "))});
            if (const TranscriptEvent* token = context.tokenEvent())
                f.events.append(token->sequence);
            if (refused)
                f.events.append(refused->sequence);
            findings.append(f);
            explained = explained || refused;
        }
    }

    if (refused && !explained) {
        QString error;
        QString description;
        const QString field = challengeOf(*refused, &error, &description);
        Finding f = DiagnosisContext::finding(QStringLiteral("token-rejected"), Severity::Error, step,
            QStringLiteral("The MCP server rejected the access token"),
            QStringLiteral("The request carried a token, and the server still answered 401%1. The token's expiry and "
                           "audience look right, so the server probably does not trust its issuer or signing key, "
                           "or the token was revoked.")
                .arg(description.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(description)),
            QStringLiteral("Check the MCP server's configured issuer and JWKS URL against the authorization server's "
                           "metadata, and its logs for the reason."),
            QStringLiteral("RFC 6750 section 3.1; MCP 2025-11-25 Authorization, Token Handling"));
        f.evidence.append(
            {QStringLiteral("status with the token"), QStringLiteral("200"), QStringLiteral("401 %1").arg(field)});
        f.events.append(refused->sequence);
        findings.append(f);
    }
}

QStringList scopesOf(const QJsonValue& value)
{
    if (value.isString())
        return value.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    return DiagnosisContext::stringList(value);
}

void insufficientScope(const DiagnosisContext& context, QList<Finding>& findings)
{
    QStringList granted = context.result().grantedScopes;
    if (granted.isEmpty())
        granted = DiagnosisContext::scopeClaim(context.tokenClaims()).split(QLatin1Char(' '), Qt::SkipEmptyParts);
    for (const TranscriptEvent* event : afterToken(context)) {
        if (!event->response)
            continue;
        QStringList required;
        QString description;
        bool found = false;
        if (event->response->status == 403) {
            QString error;
            challengeOf(*event, &error, &description, &required);
            found = error == QLatin1String("insufficient_scope");
        } else if (event->response->status == 200) {
            // The seed's shape: a JSON-RPC error whose message is insufficient_scope, data naming the scopes.
            const QJsonObject error
                = DiagnosisContext::jsonObject(event->response->body).value(QStringLiteral("error")).toObject();
            if (error.value(QStringLiteral("message")).toString().contains(QLatin1String("insufficient_scope"))) {
                found = true;
                const QJsonObject data = error.value(QStringLiteral("data")).toObject();
                required = scopesOf(data.value(QStringLiteral("required_scope")));
                if (required.isEmpty())
                    required = scopesOf(data.value(QStringLiteral("required_scopes")));
                const QStringList said = scopesOf(data.value(QStringLiteral("granted_scopes")));
                if (!said.isEmpty())
                    granted = said;
            }
        }
        if (!found)
            continue;
        QStringList missing;
        for (const QString& scope : required) {
            if (!granted.contains(scope))
                missing.append(scope);
        }
        QStringList both = granted;
        for (const QString& scope : required) {
            if (!both.contains(scope))
                both.append(scope);
        }
        Finding f = DiagnosisContext::finding(QStringLiteral("insufficient-scope"), Severity::Error,
            flowStepFromName(event->step).value_or(FlowStep::ToolsCall),
            QStringLiteral("The token lacks a scope the server requires"),
            QStringLiteral("The MCP server refused the request with insufficient_scope%1: the token grants %2 but the "
                           "request needs %3.%4")
                .arg(description.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(description),
                    granted.isEmpty() ? QStringLiteral("no scopes") : granted.join(QLatin1Char(' ')),
                    required.isEmpty() ? QStringLiteral("more") : required.join(QLatin1Char(' ')),
                    context.result().stepUps > 0
                        ? QStringLiteral(" The client re-authorized %1 time(s) and still did not get it.")
                              .arg(context.result().stepUps)
                        : QString()),
            QStringLiteral("Authorize again with scope=\"%1\" (what was granted plus what is required); if the "
                           "authorization server does not grant it, allow the scope for this application or user.")
                .arg(both.join(QLatin1Char(' '))),
            QStringLiteral("RFC 6750 section 3.1; MCP 2025-11-25 Authorization, Scope Challenge Handling"));
        f.evidence.append({QStringLiteral("scope"), required.join(QLatin1Char(' ')), granted.join(QLatin1Char(' '))});
        if (!missing.isEmpty())
            f.evidence.append({QStringLiteral("missing"), missing.join(QLatin1Char(' ')), QString()});
        f.events.append(event->sequence);
        findings.append(f);
        return;
    }
}

} // namespace

namespace ResourceRules {

void apply(const DiagnosisContext& context, QList<Finding>& findings)
{
    rejected(context, findings);
    insufficientScope(context, findings);
}

} // namespace ResourceRules

} // namespace mcpauth
