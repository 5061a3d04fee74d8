#pragma once

#include "Finding.h"
#include "flow/FlowResult.h"
#include "flow/TranscriptEvent.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <QUrlQuery>
#include <optional>

namespace mcpauth {

// What every diagnosis rule reads: the transcript's events and the flow's result, with the look-ups
// the rules share (the exchanges of a step, the parameters of the authorize request, the token's
// claims). Holds references: it lives only while Diagnoser::diagnose runs.
class DiagnosisContext
{
public:
    DiagnosisContext(const QList<TranscriptEvent>& events, const FlowResult& result);

    [[nodiscard]] const QList<TranscriptEvent>& events() const { return m_events; }
    [[nodiscard]] const FlowResult& result() const { return m_result; }

    // The HTTP exchanges filed under `step`, in order.
    [[nodiscard]] QList<const TranscriptEvent*> http(FlowStep step) const;
    // The last one that got an answer; nullptr when none did.
    [[nodiscard]] const TranscriptEvent* lastAnswered(FlowStep step) const;
    // The MCP requests (the unauthenticated one, initialize, tools/list, tools/call, step-up retries).
    [[nodiscard]] QList<const TranscriptEvent*> mcpRequests() const;

    // The authorize request's query (from the browser event or the headless HTTP exchange); empty
    // when the flow never got there. Its event, or nullptr.
    [[nodiscard]] const TranscriptEvent* authorizeEvent() const;
    [[nodiscard]] QUrlQuery authorizeQuery() const;
    // The error an authorize attempt ended with: `error` of the redirect back (Location or the
    // browser's callback) or of a JSON/HTML error answer, with its description; nullopt when none.
    struct OAuthError
    {
        QString code;
        QString description;
        const TranscriptEvent* event = nullptr;
    };
    [[nodiscard]] std::optional<OAuthError> authorizeError() const;
    // The RFC 6749 error body of the last answered exchange of `step` with status >= 400.
    [[nodiscard]] std::optional<OAuthError> oauthError(FlowStep step) const;

    // The form fields of the last token request of `step` (token or refresh).
    [[nodiscard]] QMap<QString, QString> formOf(const TranscriptEvent& event) const;

    // The newest decoded access token claims and the event that holds them; empty when the flow never
    // had a JWT access token.
    [[nodiscard]] QJsonObject tokenClaims() const;
    [[nodiscard]] const TranscriptEvent* tokenEvent() const;

    // The scopes the server asked for: the 401 or 403 challenge's scope, else the protected resource
    // metadata's scopes_supported; empty when neither says.
    [[nodiscard]] QStringList challengeScopes() const;
    // The protected resource metadata document the flow read (the last 200 JSON answer), or empty.
    [[nodiscard]] QJsonObject protectedResourceMetadata() const;
    [[nodiscard]] QJsonObject authorizationServerMetadata() const;
    // The registration request's and answer's JSON (dynamic client registration); empty when none.
    [[nodiscard]] QJsonObject registrationRequest() const;
    [[nodiscard]] QJsonObject registrationResponse() const;

    // The canonical URI of the MCP server the flow was given (FlowResult::mcpUrl, else the URL of the
    // first unauthenticated request); empty when neither is usable.
    [[nodiscard]] QString canonicalServerUri() const;

    // A finding with the common fields set.
    [[nodiscard]] static Finding finding(const QString& id, Finding::Severity severity, FlowStep step,
        const QString& title, const QString& explanation, const QString& fix, const QString& specReference);

    [[nodiscard]] static QJsonObject jsonObject(const QByteArray& body);
    // "404 Not Found", or why no answer came, for evidence lines.
    [[nodiscard]] static QString statusText(const TranscriptEvent& event);
    [[nodiscard]] static QStringList stringList(const QJsonValue& value);
    // The `aud` claim as a list (a string or an array of strings).
    [[nodiscard]] static QStringList audiences(const QJsonObject& claims);
    [[nodiscard]] static QString scopeClaim(const QJsonObject& claims); // "scope" or "scp"
    // Two different URIs that are the same once trailing slashes are dropped (URL normalization added or
    // removed one: MCP-AUTH.md section 5, Q5).
    [[nodiscard]] static bool onlyTrailingSlash(const QString& a, const QString& b);

private:
    const QList<TranscriptEvent>& m_events;
    const FlowResult& m_result;
};

} // namespace mcpauth
