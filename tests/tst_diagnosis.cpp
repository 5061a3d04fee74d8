// The diagnosis rules against real HTTP exchanges: a scripted MCP OAuth client (HttpExchange, the
// flow's parsers) runs against the fault server with one fault switched on, and the diagnosis of
// the recorded transcript must name that fault's cause, its evidence and its fix.
#include "FaultServer.h"
#include "diagnosis/Diagnoser.h"
#include "flow/AuthorizationServerMetadata.h"
#include "flow/DiscoveryUrls.h"
#include "flow/FlowEngine.h"
#include "flow/FlowOptions.h"
#include "flow/HttpExchange.h"
#include "flow/PkceChallenge.h"
#include "flow/ProtectedResourceMetadata.h"
#include "flow/SseParser.h"
#include "flow/Transcript.h"
#include "flow/WwwAuthenticate.h"
#include "jose/JwtDecoder.h"
#include "security/SecureRandom.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QTest>
#include <QUrlQuery>

using namespace mcpauth;
using mcpauth::test::FaultServer;

namespace {

// What the scripted client does differently from a correct one (the client-side quirks).
struct ClientQuirks
{
    bool omitScope = false;
    bool omitResource = false;
    bool omitPkce = false;
    bool omitToken = false; // obtains a token and does not send it (Q18)
    QString resource; // sent instead of the server's canonical URI
    QString extraScope; // asked for beside the server's scopes
    QString clientId; // a client registered beforehand: no dynamic registration
    QString redirectUri = QStringLiteral("http://127.0.0.1:47213/callback");
};

// A minimal MCP OAuth client, step by step as PRODUCT.md section 6 describes, recording everything in
// a Transcript. It stops at the first failure like the engine does and fills a FlowResult.
class ScriptedFlow
{
public:
    ScriptedFlow(QString mcpUrl, Transcript& transcript)
        : m_mcpUrl(std::move(mcpUrl))
        , m_transcript(transcript)
    { }

    FlowResult run(const ClientQuirks& quirks)
    {
        FlowResult r;
        r.mcpUrl = m_mcpUrl;
        const QString canonical = DiscoveryUrls::canonicalResource(m_mcpUrl).value();
        r.resource = quirks.omitResource ? QString() : (quirks.resource.isEmpty() ? canonical : quirks.resource);
        r.redirectUri = quirks.redirectUri;

        const auto unauthenticated = send(FlowStep::UnauthenticatedRequest, rpc(QStringLiteral("initialize"), {}));
        if (!unauthenticated)
            return fail(r, FlowStep::UnauthenticatedRequest, FlowOutcome::Unreachable, m_error);
        if (unauthenticated->status != 401)
            return fail(r, FlowStep::UnauthenticatedRequest, FlowOutcome::ProtocolError,
                QStringLiteral("Expected 401, got %1.").arg(unauthenticated->status));
        QString headerMetadata;
        QStringList challengeScopes;
        const QList<QByteArray> fields = unauthenticated->headerValues("WWW-Authenticate");
        if (!fields.isEmpty()) {
            const Result<WwwAuthenticate> challenge = WwwAuthenticate::parse(fields);
            if (!challenge)
                return fail(r, FlowStep::UnauthenticatedRequest, FlowOutcome::ProtocolError, challenge.error().message);
            headerMetadata = challenge->resourceMetadata();
            challengeScopes = challenge->scopes();
        }

        const auto candidates = DiscoveryUrls::protectedResourceMetadata(m_mcpUrl, headerMetadata, true);
        std::optional<ProtectedResourceMetadata> prm;
        for (const ResourceMetadataCandidate& candidate : candidates.value()) {
            const auto answer = send(FlowStep::ProtectedResourceMetadata, HttpExchange::Request::get(candidate.url));
            if (!answer || answer->status != 200)
                continue;
            const auto parsed = ProtectedResourceMetadata::parse(answer->body, candidate.acceptedResources, true);
            if (!parsed)
                return fail(r, FlowStep::ProtectedResourceMetadata, FlowOutcome::ProtocolError, parsed.error().message);
            prm = parsed.value();
            r.resourceMetadataUrl = candidate.url.toString();
            break;
        }
        if (!prm)
            return fail(r, FlowStep::ProtectedResourceMetadata, FlowOutcome::ProtocolError,
                QStringLiteral("No protected resource metadata."));
        if (challengeScopes.isEmpty())
            challengeScopes = prm->scopesSupported.value_or(QStringList());

        const QString issuer = prm->authorizationServers.first();
        std::optional<AuthorizationServerMetadata> as;
        const Result<QList<QUrl>> metadataUrls = DiscoveryUrls::authorizationServerMetadata(issuer, true);
        for (const QUrl& url : metadataUrls.value()) {
            const auto answer = send(FlowStep::AuthorizationServerMetadata, HttpExchange::Request::get(url));
            if (!answer || answer->status != 200)
                continue;
            const auto parsed = AuthorizationServerMetadata::parse(answer->body, issuer, true);
            if (!parsed)
                return fail(
                    r, FlowStep::AuthorizationServerMetadata, FlowOutcome::ProtocolError, parsed.error().message);
            as = parsed.value();
            break;
        }
        if (!as)
            return fail(r, FlowStep::AuthorizationServerMetadata, FlowOutcome::ProtocolError,
                QStringLiteral("No authorization server metadata."));
        if (as->pkce != AuthorizationServerMetadata::Pkce::S256)
            return fail(r, FlowStep::AuthorizationServerMetadata, FlowOutcome::ProtocolError,
                QStringLiteral("PKCE is not advertised."));
        r.issuer = as->issuer;

        if (!quirks.clientId.isEmpty()) {
            r.clientId = quirks.clientId;
            r.clientIdentification = QStringLiteral("pre-registered");
        } else {
            if (!as->registrationEndpoint)
                return fail(r, FlowStep::ClientRegistration, FlowOutcome::ProtocolError,
                    QStringLiteral("No registration endpoint and no client ID."));
            const QJsonObject metadata{{QStringLiteral("client_name"), QStringLiteral("tst_diagnosis")},
                {QStringLiteral("redirect_uris"), QJsonArray{quirks.redirectUri}},
                {QStringLiteral("grant_types"), QJsonArray{QStringLiteral("authorization_code")}},
                {QStringLiteral("response_types"), QJsonArray{QStringLiteral("code")}},
                {QStringLiteral("token_endpoint_auth_method"), QStringLiteral("none")}};
            const auto answer = send(FlowStep::ClientRegistration,
                HttpExchange::Request::postJson(*as->registrationEndpoint, QJsonDocument(metadata)));
            if (!answer || (answer->status != 201 && answer->status != 200))
                return fail(r, FlowStep::ClientRegistration, FlowOutcome::AuthorizationFailed,
                    QStringLiteral("Registration refused."));
            r.clientId = QJsonDocument::fromJson(answer->body).object().value(QStringLiteral("client_id")).toString();
            r.clientIdentification = QStringLiteral("dynamic-registration");
        }
        r.tokenEndpointAuthMethod = QStringLiteral("none");

        const PkceChallenge pkce = PkceChallenge::generate().value();
        const QString state = SecureRandom::token(16);
        QUrl authorize = as->authorizationEndpoint;
        QUrlQuery query;
        query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
        query.addQueryItem(QStringLiteral("client_id"), r.clientId);
        query.addQueryItem(QStringLiteral("redirect_uri"), encoded(quirks.redirectUri));
        if (!quirks.extraScope.isEmpty())
            challengeScopes.append(quirks.extraScope);
        if (!quirks.omitScope) {
            r.requestedScopes = challengeScopes;
            query.addQueryItem(QStringLiteral("scope"), encoded(challengeScopes.join(QLatin1Char(' '))));
        }
        query.addQueryItem(QStringLiteral("state"), state);
        if (!quirks.omitPkce) {
            query.addQueryItem(QStringLiteral("code_challenge"), pkce.challenge);
            query.addQueryItem(QStringLiteral("code_challenge_method"), PkceChallenge::method());
        }
        if (!r.resource.isEmpty())
            query.addQueryItem(QStringLiteral("resource"), encoded(r.resource));
        authorize.setQuery(query);
        const auto redirect = send(FlowStep::Authorization, HttpExchange::Request::get(authorize, "text/html"));
        if (!redirect || !redirect->isRedirect())
            return fail(r, FlowStep::Authorization, FlowOutcome::AuthorizationFailed,
                QStringLiteral("The authorize request was refused."));
        const QUrlQuery back(redirect->location());
        const QString code = back.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded);
        if (code.isEmpty() || back.queryItemValue(QStringLiteral("state")) != state)
            return fail(r, FlowStep::Authorization, FlowOutcome::AuthorizationFailed,
                back.queryItemValue(QStringLiteral("error")));

        QList<QPair<QString, QString>> form{{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
            {QStringLiteral("code"), code}, {QStringLiteral("redirect_uri"), quirks.redirectUri},
            {QStringLiteral("client_id"), r.clientId}, {QStringLiteral("code_verifier"), pkce.verifier}};
        if (!r.resource.isEmpty())
            form.append({QStringLiteral("resource"), r.resource});
        const auto token = send(FlowStep::TokenRequest, HttpExchange::Request::postForm(as->tokenEndpoint, form));
        if (!token || token->status != 200)
            return fail(r, FlowStep::TokenRequest, FlowOutcome::AuthorizationFailed, QStringLiteral("Token refused."));
        const QJsonObject tokenBody = QJsonDocument::fromJson(token->body).object();
        const QString accessToken = tokenBody.value(QStringLiteral("access_token")).toString();
        if (accessToken.isEmpty())
            return fail(r, FlowStep::TokenRequest, FlowOutcome::ProtocolError, QStringLiteral("No access token."));
        r.grantedScopes
            = tokenBody.value(QStringLiteral("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        // What the engine records: the token's decoded claims, never the token.
        const Result<DecodedJwt> decoded = JwtDecoder::decode(accessToken.toLatin1());
        if (decoded) {
            TranscriptEvent note;
            note.kind = TranscriptEvent::Kind::Note;
            note.step = flowStepName(FlowStep::TokenRequest);
            note.note = QStringLiteral("The access token is a JWT.");
            note.startedAt = QDateTime::currentDateTimeUtc();
            note.tokenHeader = decoded->header;
            note.tokenClaims = decoded->claims;
            m_transcript.append(note);
        }
        m_bearer = quirks.omitToken ? QByteArray() : QByteArray("Bearer ") + accessToken.toLatin1();

        const std::pair<FlowStep, QString> calls[] = {{FlowStep::Initialize, QStringLiteral("initialize")},
            {FlowStep::ToolsList, QStringLiteral("tools/list")}, {FlowStep::ToolsCall, QStringLiteral("tools/call")}};
        for (const auto& [step, method] : calls) {
            const QJsonObject params = method == QLatin1String("tools/call")
                ? QJsonObject{{QStringLiteral("name"), QStringLiteral("write_note")},
                    {QStringLiteral("arguments"), QJsonObject()}}
                : QJsonObject();
            const auto answer = send(step, rpc(method, params));
            if (!answer)
                return fail(r, step, FlowOutcome::Unreachable, m_error);
            if (answer->status == 401 || answer->status == 403)
                return fail(r, step, FlowOutcome::AuthorizationFailed, QStringLiteral("Refused with the token."));
            if (answer->status != 200 || !readsAsResult(*answer))
                return fail(r, step, FlowOutcome::ProtocolError, QStringLiteral("Not a JSON-RPC result."));
        }
        r.outcome = FlowOutcome::Success;
        return r;
    }

private:
    static QString encoded(const QString& value) { return QString::fromUtf8(QUrl::toPercentEncoding(value)); }

    static bool readsAsResult(const HttpResult& answer)
    {
        QByteArray json = answer.body;
        if (answer.isEventStream()) {
            SseParser parser;
            const auto events = parser.feed(answer.body);
            if (!events || events->isEmpty())
                return false;
            json = events->first().data.toUtf8();
        }
        return QJsonDocument::fromJson(json).object().contains(QStringLiteral("result"));
    }

    HttpExchange::Request rpc(const QString& method, const QJsonObject& params)
    {
        QJsonObject message{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), ++m_id},
            {QStringLiteral("method"), method}, {QStringLiteral("params"), params}};
        if (method == QLatin1String("initialize"))
            message.insert(QStringLiteral("params"),
                QJsonObject{{QStringLiteral("protocolVersion"), QStringLiteral("2025-11-25")},
                    {QStringLiteral("capabilities"), QJsonObject()},
                    {QStringLiteral("clientInfo"),
                        QJsonObject{{QStringLiteral("name"), QStringLiteral("tst_diagnosis")},
                            {QStringLiteral("version"), QStringLiteral("1")}}}});
        HttpExchange::Request request = HttpExchange::Request::postJson(
            QUrl(m_mcpUrl), QJsonDocument(message), "application/json, text/event-stream");
        if (!m_bearer.isEmpty())
            request.headers.append({"Authorization", m_bearer});
        return request;
    }

    std::optional<HttpResult> send(FlowStep step, const HttpExchange::Request& request)
    {
        HttpExchange exchange(&m_network, &m_transcript);
        std::optional<Result<HttpResult>> outcome;
        QObject::connect(&exchange, &HttpExchange::finished, &exchange,
            [&outcome](const Result<HttpResult>& result) { outcome = result; });
        exchange.start(flowStepName(step), request);
        const QDeadlineTimer deadline(15'000);
        while (!outcome && !deadline.hasExpired())
            QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
        if (!outcome) {
            m_error = QStringLiteral("No answer in time.");
            return std::nullopt;
        }
        if (!*outcome) {
            m_error = outcome->error().message;
            return std::nullopt;
        }
        return outcome->value();
    }

    static FlowResult fail(FlowResult& r, FlowStep step, FlowOutcome outcome, const QString& message)
    {
        r.outcome = outcome;
        r.failedStep = step;
        r.error = Error::make(ErrorCode::InvalidInput, message);
        return r;
    }

    QString m_mcpUrl;
    Transcript& m_transcript;
    QNetworkAccessManager m_network;
    QByteArray m_bearer;
    QString m_error;
    int m_id = 0;
};

const Finding* findById(const QList<Finding>& findings, const QString& id)
{
    for (const Finding& f : findings) {
        if (f.id == id)
            return &f;
    }
    return nullptr;
}

QString ids(const QList<Finding>& findings)
{
    QStringList list;
    for (const Finding& f : findings)
        list.append(QStringLiteral("%1(%2)").arg(f.id, Finding::severityName(f.severity)));
    return list.join(QLatin1String(", "));
}

} // namespace

Q_DECLARE_METATYPE(FaultServer::Fault)
Q_DECLARE_METATYPE(Finding::Severity)

class TestDiagnosis : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void healthyServerHasNoErrors();
    void probePrintsTheFindings();
    void faults_data();
    void faults();
    void engineRuns_data();
    void engineRuns();
    void cachedRegistrationForAnotherPort();
    void unreachableServer();
    void insufficientScopeAsJsonRpcError();
    void savedTranscriptDiagnosesTheSame();
    void corsPerOriginIsNotMissing();
    void findingJson();

private:
    void addRows(bool engine);
    static void checkFinding(const QList<Finding>& findings, qsizetype eventCount, const QString& id,
        Finding::Severity severity, bool first, const QString& actual);
    struct Run
    {
        QList<TranscriptEvent> events;
        FlowResult result;
        QList<Finding> findings;
    };
    Run runAgainst(FaultServer::Fault fault, const ClientQuirks& quirks = {});
};

TestDiagnosis::Run TestDiagnosis::runAgainst(FaultServer::Fault fault, const ClientQuirks& quirks)
{
    Run run;
    FaultServer server(fault);
    const auto port = server.start();
    if (!port)
        qFatal("The fault server did not start: %s", qPrintable(port.error().message));
    Transcript transcript;
    ClientQuirks q = quirks;
    ScriptedFlow flow(server.mcpUrl(), transcript);
    if (q.resource == QLatin1String("other"))
        q.resource = server.origin() + QStringLiteral("/other-mcp");
    run.result = flow.run(q);
    run.events = transcript.events();
    run.findings = Diagnoser::diagnose(run.events, run.result);
    return run;
}

void TestDiagnosis::healthyServerHasNoErrors()
{
    const Run run = runAgainst(FaultServer::Fault::None);
    QCOMPARE(run.result.outcome, FlowOutcome::Success);
    for (const Finding& f : run.findings)
        QVERIFY2(f.severity == Finding::Severity::Info, qPrintable(ids(run.findings)));
    // The fault server issues codes without a page: the one information a healthy run shows.
    QVERIFY(findById(run.findings, QStringLiteral("consent-not-shown")));
}

void TestDiagnosis::addRows(bool engine)
{
    QTest::addColumn<FaultServer::Fault>("fault");
    QTest::addColumn<int>("quirk"); // 0 none, 1 omit scope, 2 omit resource, 3 omit PKCE, 4 omit token, 5 other
                                    // resource, 6 extra scope, 7 offline_access, 8 metadata document client
    QTest::addColumn<QString>("id");
    QTest::addColumn<Finding::Severity>("severity");
    QTest::addColumn<bool>("first"); // the first finding of the diagnosis: the cause
    QTest::addColumn<QString>("actual"); // in the evidence's actual side ("" to skip)

    using F = FaultServer::Fault;
    using S = Finding::Severity;
    QTest::newRow("no-www-authenticate") << F::NoWwwAuthenticate << 0 << "no-www-authenticate" << S::Warning << false
                                         << "(absent)";
    QTest::newRow("malformed-challenge") << F::MalformedChallenge << 0 << "malformed-challenge" << S::Error << true
                                         << "Bearer resource_metadata=\"http";
    QTest::newRow("well-known-protected")
        << F::WellKnownProtected << 0 << "prm-well-known-protected" << S::Warning << false << "401";
    QTest::newRow("prm-not-found") << F::PrmNotFound << 0 << "prm-not-found" << S::Error << true << "404";
    QTest::newRow("prm-resource-mismatch")
        << F::PrmResourceMismatch << 0 << "prm-resource-mismatch" << S::Error << true << "/other-mcp";
    QTest::newRow("prm-trailing-slash") << F::PrmTrailingSlash << 0 << "resource-trailing-slash-drift" << S::Warning
                                        << false << "/mcp/";
    QTest::newRow("prm-html") << F::PrmHtml << 0 << "prm-not-json" << S::Error << true << "text/html";
    QTest::newRow("prm-invalid") << F::PrmInvalid << 0 << "prm-invalid" << S::Error << true << "";
    QTest::newRow("as-metadata-not-found")
        << F::AsMetadataNotFound << 0 << "as-metadata-not-found" << S::Error << true << "404";
    QTest::newRow("issuer-mismatch") << F::IssuerMismatch << 0 << "issuer-mismatch" << S::Error << true
                                     << "http://localhost:";
    QTest::newRow("no-pkce-advertised") << F::NoPkceAdvertised << 0 << "pkce-not-advertised" << S::Error << true
                                        << "(absent)";
    QTest::newRow("no-registration-endpoint")
        << F::NoRegistrationEndpoint << 0 << "no-registration-endpoint" << S::Error << true << "(absent)";
    QTest::newRow("dcr-invalid-redirect-uri")
        << F::DcrInvalidRedirectUri << 0 << "dcr-rejected" << S::Error << true << "invalid_redirect_uri";
    QTest::newRow("dcr-invalid-client-metadata")
        << F::DcrInvalidClientMetadata << 0 << "dcr-rejected" << S::Error << true << "invalid_client_metadata";
    QTest::newRow("redirect-scheme") << F::RedirectScheme << 0 << "redirect-uri-scheme-mismatch" << S::Error << true
                                     << "http";
    QTest::newRow("redirect-host") << F::RedirectHost << 0 << "redirect-uri-host-mismatch" << S::Error << true
                                   << "127.0.0.1";
    QTest::newRow("redirect-port") << F::RedirectPort << 0 << "redirect-uri-port-mismatch" << S::Error << true
                                   << "47213";
    QTest::newRow("redirect-path") << F::RedirectPath << 0 << "redirect-uri-path-mismatch" << S::Error << true
                                   << "/callback";
    QTest::newRow("redirect-trailing-slash")
        << F::RedirectTrailingSlash << 0 << "redirect-uri-trailing-slash" << S::Error << true << "/callback";
    QTest::newRow("redirect-loopback-portless")
        << F::RedirectLoopbackPortless << 0 << "redirect-uri-loopback-portless" << S::Error << true << "47213";
    QTest::newRow("redirect-localhost") << F::RedirectLocalhost << 0 << "redirect-uri-localhost-vs-127" << S::Error
                                        << true << "127.0.0.1";
    QTest::newRow("invalid-target") << F::InvalidTarget << 0 << "invalid-target" << S::Error << true << "/mcp";
    QTest::newRow("access-denied") << F::AccessDenied << 0 << "access-denied" << S::Error << true << "access_denied";
    QTest::newRow("invalid-grant") << F::InvalidGrant << 0 << "token-invalid-grant" << S::Error << true
                                   << "invalid_grant";
    QTest::newRow("invalid-client") << F::InvalidClient << 0 << "token-invalid-client" << S::Error << true
                                    << "invalid_client";
    QTest::newRow("token-cacheable") << F::TokenCacheable << 0 << "token-cacheable" << S::Warning << false << "";
    QTest::newRow("wrong-audience") << F::WrongAudience << 0 << "token-audience-mismatch" << S::Error << true
                                    << "https://other.example/mcp";
    QTest::newRow("expired-token") << F::ExpiredToken << 0 << "token-expired" << S::Error << true << "";
    QTest::newRow("token-issuer-mismatch") << F::TokenIssuerMismatch << 0 << "token-issuer-mismatch" << S::Warning
                                           << false << "https://auth.internal.example";
    QTest::newRow("insufficient-scope") << F::InsufficientScope << 0 << "insufficient-scope" << S::Error << true
                                        << "mcp:read";
    QTest::newRow("cors-missing") << F::CorsMissing << 0 << "cors-missing" << S::Warning << false << "(absent)";
    QTest::newRow("not-acceptable") << F::NotAcceptable << 0 << "accept-header-rejected" << S::Error << true
                                    << "application/json, text/event-stream";
    QTest::newRow("jsonrpc-error") << F::JsonRpcError << 0 << "jsonrpc-error" << S::Error << true
                                   << "Unsupported protocol version";
    QTest::newRow("sse-garbage") << F::SseGarbage << 0 << "sse-malformed" << S::Error << true << "text/event-stream";
    QTest::newRow("no-auth-required") << F::NoAuthRequired << 0 << "server-not-protected" << S::Info << true << "200";
    QTest::newRow("challenge unquoted") << F::ChallengeWithoutResourceMetadata << 0 << "challenge-deviations"
                                        << S::Warning << false << "Bearer scope=mcp:read";
    QTest::newRow("challenge without resource_metadata")
        << F::ChallengeWithoutResourceMetadata << 0 << "challenge-without-resource-metadata" << S::Info << false
        << "(absent)";
    QTest::newRow("prm-redirect") << F::PrmRedirect << 0 << "prm-well-known-redirect" << S::Warning << false << "301";
    QTest::newRow("pkce-s256-unsupported")
        << F::PkceS256Unsupported << 0 << "pkce-s256-unsupported" << S::Error << true << "";
    QTest::newRow("invalid-scope") << F::InvalidScope << 0 << "invalid-scope" << S::Error << true << "mcp:read";
    QTest::newRow("state-mismatch") << F::StateMismatch << 0 << "state-mismatch" << S::Error << true
                                    << "another-attempt";
    QTest::newRow("token-not-json") << F::TokenNotJson << 0 << "token-response-invalid" << S::Error << true
                                    << "Signed in";
    QTest::newRow("mcp-not-json") << F::McpNotJson << 0 << "mcp-response-not-json" << S::Error << true << "OK";
    QTest::newRow("client asks for more scopes")
        << F::None << 6 << "scope-over-broad" << S::Warning << false << "admin";
    QTest::newRow("client asks for offline_access")
        << F::None << 7 << "offline-access-not-supported" << S::Warning << false << "mcp:read mcp:write";
    QTest::newRow("as-metadata-invalid") << F::AsMetadataInvalid << 0 << "as-metadata-invalid" << S::Error << true
                                         << "token_endpoint";
    QTest::newRow("authorize-server-error")
        << F::AuthorizeServerError << 0 << "authorization-error" << S::Error << true << "server_error";
    QTest::newRow("unsupported-grant") << F::UnsupportedGrant << 0 << "token-error" << S::Error << true
                                       << "unsupported_grant_type";
    QTest::newRow("token-revoked") << F::TokenRevoked << 0 << "token-rejected" << S::Error << true << "invalid_token";
    QTest::newRow("cimd-refused") << F::CimdRefused << 8 << "client-metadata-document-refused" << S::Error << true
                                  << "could not be fetched";
    // The client's own mistakes against a correct server.
    QTest::newRow("client omits scope") << F::None << 1 << "scope-omitted" << S::Warning << false << "(absent)";
    QTest::newRow("client omits resource") << F::None << 2 << "resource-omitted" << S::Warning << false << "(absent)";
    QTest::newRow("aud is the client id") << F::None << 2 << "token-audience-mismatch" << S::Error << true << "";
    if (engine)
        return; // the engine always uses PKCE and sends its token
    QTest::newRow("dcr-confidential") << F::DcrConfidential << 0 << "token-auth-method-mismatch" << S::Error << true
                                      << "none";
    QTest::newRow("client omits PKCE") << F::None << 3 << "pkce-missing" << S::Error << true << "(absent)";
    QTest::newRow("client omits token") << F::None << 4 << "missing-authorization-header" << S::Error << true
                                        << "(absent)";
    QTest::newRow("token for another resource")
        << F::None << 5 << "resource-parameter-mismatch" << S::Error << true << "/other-mcp";
}

void TestDiagnosis::faults_data()
{
    addRows(false);
}

void TestDiagnosis::faults()
{
    QFETCH(FaultServer::Fault, fault);
    QFETCH(int, quirk);
    QFETCH(QString, id);
    QFETCH(Finding::Severity, severity);
    QFETCH(bool, first);
    QFETCH(QString, actual);

    ClientQuirks quirks;
    quirks.omitScope = quirk == 1;
    quirks.omitResource = quirk == 2;
    quirks.omitPkce = quirk == 3;
    quirks.omitToken = quirk == 4;
    if (quirk == 5)
        quirks.resource = QStringLiteral("other");
    if (quirk == 6)
        quirks.extraScope = QStringLiteral("admin");
    if (quirk == 7)
        quirks.extraScope = QStringLiteral("offline_access");
    if (quirk == 8)
        quirks.clientId = QStringLiteral("https://client.example/oauth/metadata.json");
    const Run run = runAgainst(fault, quirks);
    checkFinding(run.findings, run.events.size(), id, severity, first, actual);
    // An error a run stopped at is explained by an error finding.
    if (run.result.outcome != FlowOutcome::Success && severity == Finding::Severity::Error)
        QCOMPARE(run.findings.first().severity, Finding::Severity::Error);
}

void TestDiagnosis::checkFinding(const QList<Finding>& findings, qsizetype eventCount, const QString& id,
    Finding::Severity severity, bool first, const QString& actual)
{
    const QString all = ids(findings);
    if (qEnvironmentVariableIsSet("TST_DIAGNOSIS_SHOW"))
        qInfo("%s", qPrintable(all));
    const Finding* f = findById(findings, id);
    QVERIFY2(f, qPrintable(QStringLiteral("%1 not in: %2").arg(id, all)));
    QCOMPARE(f->severity, severity);
    if (first)
        QVERIFY2(findings.first().id == id, qPrintable(all));
    QVERIFY(!f->title.isEmpty());
    QVERIFY(!f->explanation.isEmpty());
    QVERIFY(!f->fix.isEmpty());
    QVERIFY(!f->specReference.isEmpty());
    QVERIFY(!f->evidence.isEmpty());
    QVERIFY2(!f->events.isEmpty(), "a finding points at the exchanges that show it");
    for (const qint64 sequence : f->events)
        QVERIFY(sequence >= 1 && sequence <= eventCount);
    if (!actual.isEmpty()) {
        bool shown = false;
        for (const FindingEvidence& line : f->evidence)
            shown = shown || line.actual.contains(actual) || line.label.contains(actual);
        QVERIFY2(shown, qPrintable(QStringLiteral("evidence of %1 does not show %2").arg(id, actual)));
    }
}

void TestDiagnosis::engineRuns_data()
{
    addRows(true);
}

// The same faults, with the flow engine as the client (headless: it reads the authorize redirect).
void TestDiagnosis::engineRuns()
{
    QFETCH(FaultServer::Fault, fault);
    QFETCH(int, quirk);
    QFETCH(QString, id);
    QFETCH(Finding::Severity, severity);
    QFETCH(bool, first);

    FaultServer server(fault);
    QVERIFY(server.start());
    Transcript transcript;
    FlowEngine engine(&transcript);
    FlowOptions options;
    options.mcpUrl = server.mcpUrl();
    options.headless = true;
    options.useCredentialStore = false;
    options.stepTimeoutMs = 5'000;
    options.toolCall = FlowOptions::ToolCall::Named;
    options.toolName = QStringLiteral("write_note");
    options.callbackPort = 47213;
    if (quirk == 1)
        options.scopes = QStringList();
    options.omitResource = quirk == 2;
    if (quirk == 6)
        options.scopes = QStringList{QStringLiteral("mcp:read"), QStringLiteral("admin")};
    if (quirk == 7)
        options.scopes = QStringList{QStringLiteral("mcp:read"), QStringLiteral("offline_access")};
    if (quirk == 8)
        options.clientMetadataUrl = QStringLiteral("https://client.example/oauth/metadata.json");
    if (quirk == 5)
        options.resourceOverride = server.endpoint(QStringLiteral("/other-mcp"));
    std::optional<FlowResult> result;
    connect(&engine, &FlowEngine::finished, this, [&result](const FlowResult& r) { result = r; });
    engine.start(options);
    QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60'000);
    const QList<Finding> findings = Diagnoser::diagnose(transcript.events(), *result);
    // Evidence values depend on the engine's callback URL; the cause and its place are what count.
    checkFinding(findings, transcript.events().size(), id, severity, first, QString());
}

void TestDiagnosis::cachedRegistrationForAnotherPort()
{
    // Q6: a client ID registered when the callback listened on 40001, used now with 40002.
    FaultServer server(FaultServer::Fault::None);
    QVERIFY(server.start());
    const QString clientId = server.registerClient({QStringLiteral("http://127.0.0.1:40001/callback")});
    Transcript transcript;
    ScriptedFlow flow(server.mcpUrl(), transcript);
    ClientQuirks quirks;
    quirks.clientId = clientId;
    quirks.redirectUri = QStringLiteral("http://127.0.0.1:40002/callback");
    const FlowResult result = flow.run(quirks);
    QCOMPARE(result.failedStep, FlowStep::Authorization);
    const QList<Finding> findings = Diagnoser::diagnose(transcript.events(), result);
    QVERIFY2(!findings.isEmpty(), "no finding");
    const Finding& f = findings.first();
    QCOMPARE(f.id, QStringLiteral("redirect-uri-not-registered"));
    QVERIFY(f.explanation.contains(QLatin1String("cached")));
    QCOMPARE(f.remedy.value(QStringLiteral("remedy")).toString(), QStringLiteral("add-redirect-uri"));
    QCOMPARE(f.remedy.value(QStringLiteral("application")).toString(), clientId);
    QCOMPARE(f.remedy.value(QStringLiteral("issuer")).toString(), server.origin());
    QCOMPARE(f.remedy.value(QStringLiteral("value")).toString(), quirks.redirectUri);
}

void TestDiagnosis::unreachableServer()
{
    quint16 port = 0;
    {
        FaultServer server(FaultServer::Fault::None);
        port = server.start().value();
    }
    Transcript transcript;
    ScriptedFlow flow(QStringLiteral("http://127.0.0.1:%1/mcp").arg(port), transcript);
    const FlowResult result = flow.run({});
    QCOMPARE(result.outcome, FlowOutcome::Unreachable);
    const QList<Finding> findings = Diagnoser::diagnose(transcript.events(), result);
    QVERIFY(!findings.isEmpty());
    QCOMPARE(findings.first().id, QStringLiteral("endpoint-unreachable"));
    QCOMPARE(findings.first().step, FlowStep::UnauthenticatedRequest);
}

void TestDiagnosis::insufficientScopeAsJsonRpcError()
{
    // The seed's shape: 200 with a JSON-RPC error naming granted and required scopes.
    TranscriptEvent call;
    call.sequence = 1;
    call.kind = TranscriptEvent::Kind::Http;
    call.step = flowStepName(FlowStep::ToolsCall);
    call.request.method = QStringLiteral("POST");
    call.request.url = QUrl(QStringLiteral("https://mcp.example.com/mcp"));
    call.request.headers = {{"Authorization", "Bearer [masked, 40 chars]"}};
    call.request.body = R"({"jsonrpc":"2.0","id":3,"method":"tools/call"})";
    TranscriptEvent::Response response;
    response.status = 200;
    response.headers = {{"Content-Type", "application/json"}};
    response.body = R"({"jsonrpc":"2.0","id":3,"error":{"code":-32001,"message":"insufficient_scope",)"
                    R"("data":{"tool":"add_application","granted_scopes":["read:application"],)"
                    R"("required_scope":"write:application"}}})";
    call.response = response;
    FlowResult result;
    result.mcpUrl = QStringLiteral("https://mcp.example.com/mcp");
    const QList<Finding> findings = Diagnoser::diagnose({call}, result);
    const Finding* f = findById(findings, QStringLiteral("insufficient-scope"));
    QVERIFY2(f, qPrintable(ids(findings)));
    QCOMPARE(f->evidence.first().expected, QStringLiteral("write:application"));
    QCOMPARE(f->evidence.first().actual, QStringLiteral("read:application"));
    QVERIFY(f->fix.contains(QLatin1String("read:application write:application")));
    QVERIFY2(!findById(findings, QStringLiteral("jsonrpc-error")), "scope errors have their own rule");
}

void TestDiagnosis::savedTranscriptDiagnosesTheSame()
{
    const Run run = runAgainst(FaultServer::Fault::RedirectPort);
    QVERIFY(!run.findings.isEmpty());
    Transcript original;
    for (const TranscriptEvent& event : run.events)
        original.append(event);
    Transcript loaded;
    QVERIFY(loaded.loadJson(original.toJson()));
    const QList<Finding> again = Diagnoser::diagnose(loaded.events(), run.result);
    QCOMPARE(again.size(), run.findings.size());
    for (qsizetype i = 0; i < again.size(); ++i)
        QCOMPARE(again.at(i).toJson(), run.findings.at(i).toJson());
}

// A server that decides CORS per origin answers "Vary: Origin" and, to a request without Origin (the
// probe's), no Access-Control-Allow-Origin: that is not a missing CORS policy. Without Vary it is.
void TestDiagnosis::corsPerOriginIsNotMissing()
{
    TranscriptEvent prm;
    prm.sequence = 1;
    prm.kind = TranscriptEvent::Kind::Http;
    prm.step = flowStepName(FlowStep::ProtectedResourceMetadata);
    prm.request.method = QStringLiteral("GET");
    prm.request.url = QUrl(QStringLiteral("http://127.0.0.1:8765/.well-known/oauth-protected-resource/mcp"));
    TranscriptEvent::Response response;
    response.status = 200;
    response.headers = {{"Content-Type", "application/json"}, {"Vary", "Accept-Encoding, Origin"}};
    response.body = R"({"resource":"http://127.0.0.1:8765/mcp","authorization_servers":["http://127.0.0.1:8765"]})";
    prm.response = response;
    FlowResult result;
    result.mcpUrl = QStringLiteral("http://127.0.0.1:8765/mcp");
    QVERIFY2(!findById(Diagnoser::diagnose({prm}, result), QStringLiteral("cors-missing")), "Vary: Origin");

    prm.response->headers = {{"Content-Type", "application/json"}};
    QVERIFY(findById(Diagnoser::diagnose({prm}, result), QStringLiteral("cors-missing")));
}

void TestDiagnosis::findingJson()
{
    Finding f;
    f.id = QStringLiteral("redirect-uri-port-mismatch");
    f.severity = Finding::Severity::Warning;
    f.title = QStringLiteral("t");
    f.step = FlowStep::Authorization;
    f.evidence.append({QStringLiteral("port"), QStringLiteral("1"), QStringLiteral("2")});
    f.events = {3, 4};
    const QJsonObject json = f.toJson();
    QCOMPARE(json.value(QStringLiteral("severity")).toString(), QStringLiteral("warning"));
    QCOMPARE(json.value(QStringLiteral("step")).toString(), QStringLiteral("authorization"));
    QCOMPARE(
        json.value(QStringLiteral("evidence")).toArray().first().toObject().value(QStringLiteral("actual")).toString(),
        QStringLiteral("2"));
    QCOMPARE(json.value(QStringLiteral("events")).toArray().size(), 2);
    QVERIFY(!json.contains(QStringLiteral("remedy")));
}

QTEST_GUILESS_MAIN(TestDiagnosis)
void TestDiagnosis::probePrintsTheFindings()
{
    // `mcp-auth probe` ends with the diagnosis: in words, and as `findings` with --json.
    FaultServer server(FaultServer::Fault::RedirectPort);
    QVERIFY(server.start());
    for (const bool json : {false, true}) {
        QProcess probe;
        QStringList arguments{QStringLiteral("probe"), server.mcpUrl(), QStringLiteral("--headless")};
        if (json)
            arguments << QStringLiteral("--json");
        probe.start(QStringLiteral(MCPAUTH_CLI_PATH), arguments);
        QVERIFY(probe.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(probe.state() == QProcess::NotRunning, 60'000);
        QCOMPARE(probe.exitCode(), 10); // authorization failed
        const QByteArray out = probe.readAllStandardOutput();
        if (json) {
            const QJsonArray findings
                = QJsonDocument::fromJson(out).object().value(QStringLiteral("findings")).toArray();
            QVERIFY2(!findings.isEmpty(), out.constData());
            QCOMPARE(findings.first().toObject().value(QStringLiteral("id")).toString(),
                QStringLiteral("redirect-uri-port-mismatch"));
            QVERIFY(!findings.first().toObject().value(QStringLiteral("fix")).toString().isEmpty());
        } else {
            QVERIFY2(out.contains("[error] ") && out.contains("(redirect-uri-port-mismatch, step authorization)"),
                out.constData());
            QVERIFY2(out.contains("      expected: ") && out.contains("    fix: "), out.constData());
        }
    }
}

#include "tst_diagnosis.moc"
