#include "DiagnosisContext.h"

#include "flow/DiscoveryUrls.h"
#include "flow/WwwAuthenticate.h"
#include "http/HttpRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace mcpauth {

namespace {

bool isStep(const TranscriptEvent& event, FlowStep step)
{
    return flowStepFromName(event.step) == step;
}

// An error page's words, without markup, short enough for an evidence line.
QString pageText(const QByteArray& body)
{
    // The head (styles) of a real error page is often longer than the text shown: strip it from the
    // whole page, bounded, before keeping the first words of what a person reads.
    QString text = QString::fromUtf8(body.left(256 * 1024));
    text.remove(QRegularExpression(QStringLiteral("<(head|script|style)\\b[^>]*>.*?</\\1>"),
        QRegularExpression::CaseInsensitiveOption | QRegularExpression::DotMatchesEverythingOption));
    text.replace(QRegularExpression(QStringLiteral("<[^>]*>")), QStringLiteral(" "));
    return text.simplified().left(300);
}

} // namespace

QString DiagnosisContext::statusText(const TranscriptEvent& event)
{
    if (!event.response)
        return event.error.isEmpty() ? QStringLiteral("no answer") : event.error;
    return QStringLiteral("%1 %2").arg(event.response->status).arg(event.response->reason).trimmed();
}

DiagnosisContext::DiagnosisContext(const QList<TranscriptEvent>& events, const FlowResult& result)
    : m_events(events)
    , m_result(result)
{ }

QList<const TranscriptEvent*> DiagnosisContext::http(FlowStep step) const
{
    QList<const TranscriptEvent*> found;
    for (const TranscriptEvent& event : m_events) {
        if (event.kind == TranscriptEvent::Kind::Http && isStep(event, step))
            found.append(&event);
    }
    return found;
}

const TranscriptEvent* DiagnosisContext::lastAnswered(FlowStep step) const
{
    const QList<const TranscriptEvent*> exchanges = http(step);
    for (auto it = exchanges.crbegin(); it != exchanges.crend(); ++it) {
        if ((*it)->response)
            return *it;
    }
    return nullptr;
}

QList<const TranscriptEvent*> DiagnosisContext::mcpRequests() const
{
    QList<const TranscriptEvent*> found;
    for (const TranscriptEvent& event : m_events) {
        if (event.kind != TranscriptEvent::Kind::Http)
            continue;
        const std::optional<FlowStep> step = flowStepFromName(event.step);
        if (step == FlowStep::UnauthenticatedRequest || step == FlowStep::Initialize || step == FlowStep::ToolsList
            || step == FlowStep::ToolsCall || step == FlowStep::Request
            || (step == FlowStep::StepUp && event.request.body.contains("\"jsonrpc\"")))
            found.append(&event);
    }
    return found;
}

const TranscriptEvent* DiagnosisContext::authorizeEvent() const
{
    const TranscriptEvent* found = nullptr;
    for (const TranscriptEvent& event : m_events) {
        if ((event.kind == TranscriptEvent::Kind::Browser || event.kind == TranscriptEvent::Kind::Http)
            && (isStep(event, FlowStep::Authorization) || isStep(event, FlowStep::StepUp))
            && QUrlQuery(event.request.url).hasQueryItem(QStringLiteral("response_type")))
            found = &event;
    }
    return found;
}

QUrlQuery DiagnosisContext::authorizeQuery() const
{
    const TranscriptEvent* event = authorizeEvent();
    return event ? QUrlQuery(event->request.url) : QUrlQuery();
}

std::optional<DiagnosisContext::OAuthError> DiagnosisContext::authorizeError() const
{
    for (auto it = m_events.crbegin(); it != m_events.crend(); ++it) {
        const TranscriptEvent& event = *it;
        const bool authorize = isStep(event, FlowStep::Authorization) || isStep(event, FlowStep::StepUp);
        if (isStep(event, FlowStep::Callback) && event.kind == TranscriptEvent::Kind::Browser) {
            const QUrlQuery query(event.request.url);
            if (query.hasQueryItem(QStringLiteral("error")))
                return OAuthError{query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded),
                    query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded), &event};
        }
        if (!authorize || event.kind != TranscriptEvent::Kind::Http || !event.response)
            continue;
        const TranscriptEvent::Response& response = *event.response;
        if (response.status >= 300 && response.status < 400) {
            const QUrlQuery query(QUrl(QString::fromUtf8(response.header("Location"))));
            if (query.hasQueryItem(QStringLiteral("error")))
                return OAuthError{query.queryItemValue(QStringLiteral("error"), QUrl::FullyDecoded),
                    query.queryItemValue(QStringLiteral("error_description"), QUrl::FullyDecoded), &event};
            return std::nullopt;
        }
        if (response.status >= 400) {
            const QJsonObject body = jsonObject(response.body);
            if (body.contains(QStringLiteral("error")))
                return OAuthError{body.value(QStringLiteral("error")).toString(),
                    body.value(QStringLiteral("error_description")).toString(), &event};
            return OAuthError{QString(), pageText(response.body), &event};
        }
        return std::nullopt;
    }
    return std::nullopt;
}

std::optional<DiagnosisContext::OAuthError> DiagnosisContext::oauthError(FlowStep step) const
{
    const TranscriptEvent* event = lastAnswered(step);
    if (!event || event->response->status < 400)
        return std::nullopt;
    const QJsonObject body = jsonObject(event->response->body);
    return OAuthError{body.value(QStringLiteral("error")).toString(),
        body.value(QStringLiteral("error_description")).toString(), event};
}

QMap<QString, QString> DiagnosisContext::formOf(const TranscriptEvent& event) const
{
    const Result<QMap<QString, QString>> form = FormData::parse(event.request.body);
    return form ? form.value() : QMap<QString, QString>();
}

QJsonObject DiagnosisContext::tokenClaims() const
{
    const TranscriptEvent* event = tokenEvent();
    return event ? event->tokenClaims : QJsonObject();
}

const TranscriptEvent* DiagnosisContext::tokenEvent() const
{
    for (auto it = m_events.crbegin(); it != m_events.crend(); ++it) {
        if (!it->tokenClaims.isEmpty())
            return &*it;
    }
    return nullptr;
}

QStringList DiagnosisContext::challengeScopes() const
{
    for (auto it = m_events.crbegin(); it != m_events.crend(); ++it) {
        if (it->kind != TranscriptEvent::Kind::Http || !it->response)
            continue;
        const int status = it->response->status;
        if (status != 401 && status != 403)
            continue;
        const QByteArray field = it->response->header("WWW-Authenticate");
        if (field.isEmpty())
            continue;
        const Result<WwwAuthenticate> challenge = WwwAuthenticate::parse(field);
        if (challenge && !challenge->scopes().isEmpty())
            return challenge->scopes();
    }
    return stringList(protectedResourceMetadata().value(QStringLiteral("scopes_supported")));
}

QJsonObject DiagnosisContext::protectedResourceMetadata() const
{
    const TranscriptEvent* event = lastAnswered(FlowStep::ProtectedResourceMetadata);
    return event && event->response->status == 200 ? jsonObject(event->response->body) : QJsonObject();
}

QJsonObject DiagnosisContext::authorizationServerMetadata() const
{
    const TranscriptEvent* event = lastAnswered(FlowStep::AuthorizationServerMetadata);
    return event && event->response->status == 200 ? jsonObject(event->response->body) : QJsonObject();
}

QJsonObject DiagnosisContext::registrationRequest() const
{
    for (const TranscriptEvent* event : http(FlowStep::ClientRegistration)) {
        if (event->request.method == QLatin1String("POST"))
            return jsonObject(event->request.body);
    }
    return {};
}

QJsonObject DiagnosisContext::registrationResponse() const
{
    const TranscriptEvent* event = lastAnswered(FlowStep::ClientRegistration);
    return event && event->response->status < 300 ? jsonObject(event->response->body) : QJsonObject();
}

QString DiagnosisContext::canonicalServerUri() const
{
    QString url = m_result.mcpUrl;
    if (url.isEmpty()) {
        const QList<const TranscriptEvent*> first = http(FlowStep::UnauthenticatedRequest);
        if (!first.isEmpty())
            url = first.first()->request.url.toString();
    }
    const Result<QString> canonical = DiscoveryUrls::canonicalResource(url);
    return canonical ? canonical.value() : QString();
}

Finding DiagnosisContext::finding(const QString& id, Finding::Severity severity, FlowStep step, const QString& title,
    const QString& explanation, const QString& fix, const QString& specReference)
{
    Finding f;
    f.id = id;
    f.severity = severity;
    f.step = step;
    f.title = title;
    f.explanation = explanation;
    f.fix = fix;
    f.specReference = specReference;
    return f;
}

QJsonObject DiagnosisContext::jsonObject(const QByteArray& body)
{
    const QJsonDocument document = QJsonDocument::fromJson(body);
    return document.isObject() ? document.object() : QJsonObject();
}

QStringList DiagnosisContext::stringList(const QJsonValue& value)
{
    QStringList list;
    if (value.isString()) {
        list.append(value.toString());
        return list;
    }
    for (const QJsonValue& entry : value.toArray()) {
        if (entry.isString())
            list.append(entry.toString());
    }
    return list;
}

QStringList DiagnosisContext::audiences(const QJsonObject& claims)
{
    return stringList(claims.value(QStringLiteral("aud")));
}

QString DiagnosisContext::scopeClaim(const QJsonObject& claims)
{
    if (claims.value(QStringLiteral("scope")).isString())
        return claims.value(QStringLiteral("scope")).toString();
    return stringList(claims.value(QStringLiteral("scp"))).join(QLatin1Char(' '));
}

bool DiagnosisContext::onlyTrailingSlash(const QString& a, const QString& b)
{
    if (a == b)
        return false;
    QString x = a;
    QString y = b;
    while (x.endsWith(QLatin1Char('/')))
        x.chop(1);
    while (y.endsWith(QLatin1Char('/')))
        y.chop(1);
    return x == y || DiscoveryUrls::sameResource(x, y);
}

} // namespace mcpauth
