#include "TokenRules.h"

#include "DiagnosisContext.h"

#include <QJsonDocument>
#include <QUrl>

namespace mcpauth {

namespace {

using Severity = Finding::Severity;

void tokenErrors(const DiagnosisContext& context, FlowStep step, QList<Finding>& findings)
{
    const std::optional<DiagnosisContext::OAuthError> error = context.oauthError(step);
    if (!error || error->code == QLatin1String("invalid_target") || error->code == QLatin1String("invalid_resource"))
        return;
    const TranscriptEvent& event = *error->event;
    const QMap<QString, QString> form = context.formOf(event);
    const QString says = error->description.isEmpty() ? error->code : error->description;
    Finding f;
    if (error->code == QLatin1String("invalid_grant")) {
        const bool refresh
            = step == FlowStep::Refresh || form.value(QStringLiteral("grant_type")) == QLatin1String("refresh_token");
        f = DiagnosisContext::finding(QStringLiteral("token-invalid-grant"), Severity::Error, step,
            refresh ? QStringLiteral("The refresh token was refused")
                    : QStringLiteral("The authorization code was refused"),
            refresh
                ? QStringLiteral("The token endpoint refused the refresh token (%1). It expired, was revoked, or was "
                                 "already used: servers that rotate refresh tokens revoke the whole family when an "
                                 "old one is replayed, which happens when a client does not save the rotated one "
                                 "or two processes refresh at once.")
                      .arg(says)
                : QStringLiteral("The token endpoint refused the code (%1). The code was used twice or expired, the "
                                 "redirect_uri differs from the authorize request's, or the code_verifier does not "
                                 "match the code_challenge (another attempt overwrote it).")
                      .arg(says),
            refresh ? QStringLiteral("Authorize again to get a new refresh token, and store each rotated refresh token "
                                     "before using it.")
                    : QStringLiteral("Authorize again and exchange the code once, at once, with the same redirect_uri "
                                     "and the verifier of the same attempt."),
            QStringLiteral("RFC 6749 section 5.2; RFC 7636 section 4.6; OAuth 2.1 section 4.3.1"));
        const QString authorizeRedirect
            = context.authorizeQuery().queryItemValue(QStringLiteral("redirect_uri"), QUrl::FullyDecoded);
        if (!refresh && !authorizeRedirect.isEmpty())
            f.evidence.append(
                {QStringLiteral("redirect_uri"), authorizeRedirect, form.value(QStringLiteral("redirect_uri"))});
        f.evidence.append({QStringLiteral("token answer"), QStringLiteral("200 with an access token"),
            QStringLiteral("%1 %2").arg(event.response->status).arg(error->code)});
    } else if (error->code == QLatin1String("invalid_client")) {
        f = DiagnosisContext::finding(QStringLiteral("token-invalid-client"), Severity::Error, step,
            QStringLiteral("The token endpoint did not accept the client's authentication"),
            QStringLiteral("The token endpoint refused the client (%1): the client ID is unknown there, the secret is "
                           "wrong or missing, or the client authenticated in another way than registered (some "
                           "servers demand a client_secret from a public client using PKCE).")
                .arg(says),
            QStringLiteral("Check the client ID and secret, and use the application's token_endpoint_auth_method "
                           "(none, client_secret_basic or client_secret_post)."),
            QStringLiteral("RFC 6749 sections 2.3 and 5.2"));
        f.evidence.append({QStringLiteral("token answer"), QStringLiteral("200 with an access token"),
            QStringLiteral("%1 %2").arg(event.response->status).arg(error->code)});
    } else {
        const bool json = !error->code.isEmpty();
        f = DiagnosisContext::finding(QStringLiteral("token-error"), Severity::Error, step,
            QStringLiteral("The token request was refused (%1)")
                .arg(json ? error->code : QString::number(event.response->status)),
            QStringLiteral("The token endpoint answered %1: %2")
                .arg(event.response->status)
                .arg(json ? says : QString::fromUtf8(event.response->body.left(200)).simplified()),
            QStringLiteral("Read the server's description; check grant_type, the client's allowed grants and the "
                           "parameters the request sent."),
            QStringLiteral("RFC 6749 section 5.2"));
        f.evidence.append({QStringLiteral("token answer"), QStringLiteral("200 with an access token"),
            QStringLiteral("%1 %2").arg(event.response->status).arg(error->code).trimmed()});
    }
    f.events.append(event.sequence);
    findings.append(f);
}

void tokenAnswer(const DiagnosisContext& context, QList<Finding>& findings)
{
    const TranscriptEvent* event = context.lastAnswered(FlowStep::TokenRequest);
    if (!event || event->response->status != 200)
        return;
    const QJsonObject body = DiagnosisContext::jsonObject(event->response->body);
    if (body.value(QStringLiteral("access_token")).toString().isEmpty()
        || body.value(QStringLiteral("token_type")).toString().compare(QLatin1String("bearer"), Qt::CaseInsensitive)
            != 0) {
        Finding f = DiagnosisContext::finding(QStringLiteral("token-response-invalid"), Severity::Error,
            FlowStep::TokenRequest, QStringLiteral("The token answer has no bearer access token"),
            QStringLiteral("The token endpoint answered 200, but the body is not a JSON object with access_token and "
                           "token_type \"Bearer\"."),
            QStringLiteral("Make the token endpoint answer with application/json {\"access_token\": …, "
                           "\"token_type\": \"Bearer\", \"expires_in\": …}."),
            QStringLiteral("RFC 6749 section 5.1"));
        f.evidence.append({QStringLiteral("body"), QStringLiteral("{\"access_token\": …, \"token_type\": \"Bearer\"}"),
            QString::fromUtf8(event->response->body.left(200)).simplified()});
        f.events.append(event->sequence);
        findings.append(f);
        return;
    }
    if (!event->response->header("Cache-Control").toLower().contains("no-store")) {
        Finding f = DiagnosisContext::finding(QStringLiteral("token-cacheable"), Severity::Warning,
            FlowStep::TokenRequest, QStringLiteral("The token answer may be cached"),
            QStringLiteral("The token endpoint's answer has no Cache-Control: no-store, so a proxy or cache may keep "
                           "the tokens."),
            QStringLiteral("Send Cache-Control: no-store with every answer that holds a token."),
            QStringLiteral("RFC 6749 section 5.1"));
        f.evidence.append({QStringLiteral("Cache-Control"), QStringLiteral("no-store"),
            QString::fromUtf8(event->response->header("Cache-Control"))});
        f.events.append(event->sequence);
        findings.append(f);
    }
}

// Q19: the token says it comes from another issuer than the one the client discovered.
void issuer(const DiagnosisContext& context, QList<Finding>& findings)
{
    const QJsonObject claims = context.tokenClaims();
    const QString tokenIssuer = claims.value(QStringLiteral("iss")).toString();
    QString expected = context.authorizationServerMetadata().value(QStringLiteral("issuer")).toString();
    if (expected.isEmpty())
        expected = context.result().issuer;
    if (tokenIssuer.isEmpty() || expected.isEmpty() || tokenIssuer == expected)
        return;
    Finding f = DiagnosisContext::finding(QStringLiteral("token-issuer-mismatch"), Severity::Warning,
        FlowStep::TokenRequest, QStringLiteral("The token's issuer is not the discovered issuer"),
        QStringLiteral("The access token says it was issued by %1, but the authorization server's metadata says %2. "
                       "A resource server that checks iss against its configured issuer rejects it with an opaque "
                       "invalid_token, and it may fetch keys from the wrong host.")
            .arg(tokenIssuer, expected),
        QStringLiteral("Configure the authorization server's issuer (the public URL behind proxies) so that the "
                       "metadata and the tokens say the same, and the MCP server expects that issuer."),
        QStringLiteral("RFC 9068 section 4; RFC 8414 section 3.3"));
    f.evidence.append({QStringLiteral("iss"), expected, tokenIssuer});
    if (const TranscriptEvent* event = context.tokenEvent())
        f.events.append(event->sequence);
    findings.append(f);
}

} // namespace

namespace TokenRules {

void apply(const DiagnosisContext& context, QList<Finding>& findings)
{
    tokenErrors(context, FlowStep::TokenRequest, findings);
    tokenErrors(context, FlowStep::Refresh, findings);
    tokenAnswer(context, findings);
    issuer(context, findings);
}

} // namespace TokenRules

} // namespace mcpauth
