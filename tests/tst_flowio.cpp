// The connection flow's recording and I/O layer: secret masking on real exchange shapes, the
// transcript's JSON and HAR, HTTP exchanges against real local servers, the loopback callback
// listener driven by real HTTP requests, PKCE and state, and the credential store.
#include "flow/AuthorizationState.h"
#include "flow/FlowCredentialStore.h"
#include "flow/HttpExchange.h"
#include "flow/LoopbackCallbackListener.h"
#include "flow/PkceChallenge.h"
#include "flow/SecretMasker.h"
#include "flow/Transcript.h"
#include "http/HttpServer.h"
#include "oauth/Pkce.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/MemorySecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <memory>
#include <optional>

using namespace mcpauth;

namespace {

// Shapes of real secrets: a JWT access token (header {"alg":"RS256","typ":"at+jwt","kid":"k1"}), an
// opaque refresh token, an authorization code and a PKCE verifier (RFC 7636 appendix B).
const QString kJwt = QStringLiteral(
    "eyJhbGciOiJSUzI1NiIsInR5cCI6ImF0K2p3dCIsImtpZCI6ImsxIn0."
    "eyJpc3MiOiJodHRwOi8vMTI3LjAuMC4xOjg0NDMiLCJhdWQiOiJodHRwOi8vMTI3LjAuMC4xOjg0NDMvbWNwIiwiZXhwIjoxOTAwMDAwMDAwfQ."
    "c2lnbmF0dXJlLWJ5dGVzLXRoYXQtYXJlLW5vdC1yZWFsbHktYS1zaWduYXR1cmU");
const QString kRefresh = QStringLiteral("8xLOxBtZp8zQ2rT9vWq1mN4kLs7yHj0uPa3cEb6dFg5");
const QString kCode = QStringLiteral("SplxlOBeZQQYbYS6WxSbIAq9mZ3kR7tL");
const QString kVerifier = QStringLiteral("dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk");
const QString kClientSecret = QStringLiteral("cs_9f8e7d6c5b4a39281706f5e4d3c2b1a0");

// True when none of the secrets occurs in `text` in any encoding a transcript would hold.
bool holdsNoSecret(const QByteArray& text, const QStringList& secrets)
{
    for (const QString& s : secrets) {
        if (text.contains(s.toUtf8()) || text.contains(QUrl::toPercentEncoding(s)))
            return false;
    }
    return true;
}

// A real HTTP server on a free loopback port with the given routes.
struct LocalServer
{
    std::unique_ptr<HttpServer> http = std::make_unique<HttpServer>();
    quint16 port = 0;

    QUrl url(const QString& path) const { return QUrl(QStringLiteral("http://127.0.0.1:%1%2").arg(port).arg(path)); }
    bool start()
    {
        auto p = http->startListening(QHostAddress(QHostAddress::LocalHost), 0);
        if (!p)
            return false;
        port = *p;
        return true;
    }
};

// Runs one exchange and waits for its single finished signal.
struct ExchangeRun
{
    std::optional<Result<HttpResult>> result;
    int finishedCount = 0;
};

ExchangeRun runExchange(QNetworkAccessManager& nam, Transcript* transcript, const QString& step,
    const HttpExchange::Request& request, const HttpExchange::Options& options = {}, int waitMs = 15000)
{
    ExchangeRun run;
    HttpExchange exchange(&nam, transcript);
    QObject::connect(&exchange, &HttpExchange::finished, &exchange, [&run](const Result<HttpResult>& r) {
        run.result = r;
        ++run.finishedCount;
    });
    exchange.start(step, request, options);
    if (!QTest::qWaitFor([&] { return run.result.has_value(); }, waitMs))
        return run;
    QTest::qWait(50); // a second finished would arrive here
    return run;
}

// Every value a signal delivered, in order (QSignalSpy cannot hand out a Result, which has no default
// constructor).
template <typename T>
class Collected
{
public:
    template <typename Sender, typename Signal>
    Collected(Sender* sender, Signal signal)
    {
        QObject::connect(sender, signal, &m_context, [this](const T& value) { m_values.push_back(value); });
    }
    bool wait(int ms = 5000)
    {
        return QTest::qWaitFor([this] { return !m_values.empty(); }, ms);
    }
    [[nodiscard]] int count() const { return int(m_values.size()); }
    [[nodiscard]] const T& first() const { return m_values.front(); }

private:
    QObject m_context;
    std::vector<T> m_values;
};

using CallbackResult = Result<LoopbackCallbackListener::Callback>;

// A browser's GET to the listener: status and page.
struct BrowserHit
{
    int status = 0;
    QByteArray body;
    QString networkError;
};

BrowserHit browserGet(QNetworkAccessManager& nam, const QUrl& url, const QByteArray& host = {})
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (!host.isEmpty())
        request.setRawHeader("Host", host);
    QNetworkReply* reply = nam.get(request);
    QSignalSpy done(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        done.wait(10000);
    BrowserHit hit;
    hit.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    hit.body = reply->readAll();
    if (hit.status == 0)
        hit.networkError = reply->errorString();
    reply->deleteLater();
    return hit;
}

QString callbackQuery(const QList<QPair<QString, QString>>& params)
{
    QStringList parts;
    for (const auto& p : params)
        parts << QString::fromLatin1(QUrl::toPercentEncoding(p.first) + '=' + QUrl::toPercentEncoding(p.second));
    return parts.join(QLatin1Char('&'));
}

// HAR 1.2 (http://www.softwareishard.com/blog/har-12-spec/): the required fields of each object,
// with their types. Returns the first problem, or an empty string.
QString checkHar(const QJsonObject& har)
{
    auto need = [](const QJsonObject& o, const char* key, QJsonValue::Type type, const QString& where) -> QString {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.type() != type)
            return QStringLiteral("%1.%2 is missing or of the wrong type").arg(where, QLatin1String(key));
        return {};
    };
    auto nameValues = [](const QJsonArray& a, const QString& where) -> QString {
        for (const QJsonValue& v : a) {
            if (!v.toObject().value(QStringLiteral("name")).isString()
                || !v.toObject().value(QStringLiteral("value")).isString())
                return where + QStringLiteral(" holds an item without string name and value");
        }
        return {};
    };
#define HAR_NEED(obj, key, type, where)                                                                                \
    if (QString problem = need(obj, key, QJsonValue::type, where); !problem.isEmpty())                                 \
        return problem;
    HAR_NEED(har, "log", Object, QStringLiteral("har"));
    const QJsonObject log = har.value(QStringLiteral("log")).toObject();
    HAR_NEED(log, "version", String, QStringLiteral("log"));
    if (log.value(QStringLiteral("version")).toString() != QLatin1String("1.2"))
        return QStringLiteral("log.version is not 1.2");
    HAR_NEED(log, "creator", Object, QStringLiteral("log"));
    HAR_NEED(log.value(QStringLiteral("creator")).toObject(), "name", String, QStringLiteral("log.creator"));
    HAR_NEED(log.value(QStringLiteral("creator")).toObject(), "version", String, QStringLiteral("log.creator"));
    HAR_NEED(log, "entries", Array, QStringLiteral("log"));
    const QJsonArray entries = log.value(QStringLiteral("entries")).toArray();
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const QString at = QStringLiteral("entries[%1]").arg(i);
        const QJsonObject e = entries.at(i).toObject();
        HAR_NEED(e, "startedDateTime", String, at);
        if (!QDateTime::fromString(e.value(QStringLiteral("startedDateTime")).toString(), Qt::ISODateWithMs).isValid())
            return at + QStringLiteral(".startedDateTime is not ISO 8601");
        HAR_NEED(e, "time", Double, at);
        HAR_NEED(e, "request", Object, at);
        HAR_NEED(e, "response", Object, at);
        HAR_NEED(e, "cache", Object, at);
        HAR_NEED(e, "timings", Object, at);
        const QJsonObject req = e.value(QStringLiteral("request")).toObject();
        for (const char* key : {"method", "url", "httpVersion"})
            HAR_NEED(req, key, String, at + QStringLiteral(".request"));
        for (const char* key : {"cookies", "headers", "queryString"}) {
            HAR_NEED(req, key, Array, at + QStringLiteral(".request"));
            if (QString p = nameValues(
                    req.value(QLatin1String(key)).toArray(), at + QStringLiteral(".request.") + QLatin1String(key));
                !p.isEmpty())
                return p;
        }
        HAR_NEED(req, "headersSize", Double, at + QStringLiteral(".request"));
        HAR_NEED(req, "bodySize", Double, at + QStringLiteral(".request"));
        if (req.contains(QStringLiteral("postData"))) {
            const QJsonObject post = req.value(QStringLiteral("postData")).toObject();
            HAR_NEED(post, "mimeType", String, at + QStringLiteral(".request.postData"));
            HAR_NEED(post, "text", String, at + QStringLiteral(".request.postData"));
        }
        const QJsonObject res = e.value(QStringLiteral("response")).toObject();
        HAR_NEED(res, "status", Double, at + QStringLiteral(".response"));
        for (const char* key : {"statusText", "httpVersion", "redirectURL"})
            HAR_NEED(res, key, String, at + QStringLiteral(".response"));
        for (const char* key : {"cookies", "headers"}) {
            HAR_NEED(res, key, Array, at + QStringLiteral(".response"));
            if (QString p = nameValues(
                    res.value(QLatin1String(key)).toArray(), at + QStringLiteral(".response.") + QLatin1String(key));
                !p.isEmpty())
                return p;
        }
        HAR_NEED(res, "content", Object, at + QStringLiteral(".response"));
        HAR_NEED(
            res.value(QStringLiteral("content")).toObject(), "size", Double, at + QStringLiteral(".response.content"));
        HAR_NEED(res.value(QStringLiteral("content")).toObject(), "mimeType", String,
            at + QStringLiteral(".response.content"));
        HAR_NEED(res, "headersSize", Double, at + QStringLiteral(".response"));
        HAR_NEED(res, "bodySize", Double, at + QStringLiteral(".response"));
        const QJsonObject timings = e.value(QStringLiteral("timings")).toObject();
        for (const char* key : {"send", "wait", "receive"}) {
            HAR_NEED(timings, key, Double, at + QStringLiteral(".timings"));
            if (timings.value(QLatin1String(key)).toDouble() < 0)
                return at + QStringLiteral(".timings.") + QLatin1String(key) + QStringLiteral(" is negative");
        }
    }
#undef HAR_NEED
    return {};
}

TranscriptEvent httpEvent(const QString& step, const QString& method, const QUrl& url, int status)
{
    TranscriptEvent e;
    e.step = step;
    e.kind = TranscriptEvent::Kind::Http;
    e.request.method = method;
    e.request.url = url;
    e.startedAt = QDateTime::fromString(QStringLiteral("2025-06-01T10:00:00.125Z"), Qt::ISODateWithMs);
    e.durationMs = 42;
    e.waitMs = 40;
    TranscriptEvent::Response r;
    r.status = status;
    r.reason = QStringLiteral("OK");
    r.httpVersion = QStringLiteral("HTTP/1.1");
    e.response = r;
    return e;
}

} // namespace

class TestFlowIo : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // SecretMasker
    void masksTokenRequestFormBody();
    void masksTokenResponseJson();
    void masksCallbackUrlAndLocation();
    void masksCredentialHeaders();
    void masksJsonInsideStringsAndEventStreams();
    void masksKeysThePatternsMiss();
    void masksNotesAndIsIdempotent();
    void transcriptMasksBeforeStoringOrEmitting();

    // Transcript
    void transcriptRoundTrip();
    void transcriptIgnoresUnknownFields();
    void malformedTranscriptsAreRefusedInWords_data();
    void malformedTranscriptsAreRefusedInWords();
    void harExportIsHar12();
    void saveToUnwritablePlaceFails();

    // HttpExchange
    void exchangePassesStatusThrough();
    void exchangeDoesNotFollowRedirects();
    void exchangeSendsFormJsonAndHeaders();
    void exchangeCapsTheBody();
    void exchangeTimesOut();
    void exchangeReportsRefusedConnection();
    void exchangeKeepsEventStreamBody();
    void exchangeEndsAnOpenStreamWhenComplete();
    void exchangeAbortFinishesOnce();
    void exchangeRefusesUnusableUrl();

    // LoopbackCallbackListener
    void listenerAcceptsTheRightCallback();
    void listenerRefusesWrongState();
    void listenerChecksIssuer();
    void listenerReportsAuthorizationErrorEscaped();
    void listenerIgnoresOtherPathsAndHosts();
    void listenerTimesOut();
    void listenerFixedPortInUse();

    // PKCE and state
    void pkceChallengeIsS256();
    void stateIsRandomAndComparedExactly();

    // FlowCredentialStore
    void credentialStoreRoundTrip();
    void credentialStoreRefusesForeignEntries();
    void credentialStoreWithRealKeychain();
};

// ---------------------------------------------------------------------------------------------------
// SecretMasker

void TestFlowIo::masksTokenRequestFormBody()
{
    SecretMasker masker;
    const QByteArray body = "grant_type=authorization_code&code=" + kCode.toUtf8()
        + "&redirect_uri=http%3A%2F%2F127.0.0.1%3A53117%2Fcallback&code_verifier=" + kVerifier.toUtf8()
        + "&client_id=mcp-client-1&client_secret=" + QUrl::toPercentEncoding(kClientSecret)
        + "&resource=http%3A%2F%2F127.0.0.1%3A8443%2Fmcp";
    const QByteArray masked = masker.maskBody(body, "application/x-www-form-urlencoded; charset=utf-8");
    QVERIFY2(holdsNoSecret(masked, {kCode, kVerifier, kClientSecret}), masked.constData());
    // The rest is kept byte for byte, in order: a diagnosis compares redirect_uri and resource.
    QCOMPARE(masked,
        QByteArray("grant_type=authorization_code&code=[masked,+32+chars]"
                   "&redirect_uri=http%3A%2F%2F127.0.0.1%3A53117%2Fcallback&code_verifier=[masked,+43+chars]"
                   "&client_id=mcp-client-1&client_secret=[masked,+35+chars]"
                   "&resource=http%3A%2F%2F127.0.0.1%3A8443%2Fmcp"));
    // A refresh request, without a content type (the engine's JSON-RPC bodies have none either).
    const QByteArray refresh = "grant_type=refresh_token&refresh_token=" + kRefresh.toUtf8() + "&scope=mcp%3Aread";
    const QByteArray maskedRefresh = masker.maskBody(refresh, {});
    QVERIFY(holdsNoSecret(maskedRefresh, {kRefresh}));
    QVERIFY(maskedRefresh.contains("&scope=mcp%3Aread"));
}

void TestFlowIo::masksTokenResponseJson()
{
    SecretMasker masker;
    const QByteArray body = QStringLiteral("{\n  \"access_token\": \"%1\",\n  \"token_type\": \"Bearer\",\n"
                                           "  \"expires_in\": 3600,\n  \"refresh_token\": \"%2\",\n"
                                           "  \"scope\": \"mcp:read mcp:write\",\n  \"id_token\": \"%1\"\n}")
                                .arg(kJwt, kRefresh)
                                .toUtf8();
    const QByteArray masked = masker.maskBody(body, "application/json;charset=UTF-8");
    QVERIFY2(holdsNoSecret(masked, {kJwt, kRefresh}), masked.constData());
    // Masked in place: layout and key order kept.
    const QByteArray start = "{\n  \"access_token\": \"[masked JWT, " + QByteArray::number(kJwt.size()) + " chars]\",";
    QVERIFY(masked.startsWith(start));
    QVERIFY(masked.contains("\"refresh_token\": \"[masked, 43 chars]\""));
    QVERIFY(masked.contains("\"scope\": \"mcp:read mcp:write\""));
    QVERIFY(masked.contains("\"expires_in\": 3600"));

    // A registration response (RFC 7591): client_secret and registration_access_token.
    const QByteArray registration = QStringLiteral(R"({"client_id":"c-1","client_secret":"%1",)"
                                                   R"("registration_access_token":"%2","client_id_issued_at":1})")
                                        .arg(kClientSecret, kRefresh)
                                        .toUtf8();
    const QByteArray maskedRegistration = masker.maskBody(registration, "application/json");
    QVERIFY(holdsNoSecret(maskedRegistration, {kClientSecret, kRefresh}));
    QVERIFY(maskedRegistration.contains(R"("client_id":"c-1")"));
}

void TestFlowIo::masksCallbackUrlAndLocation()
{
    SecretMasker masker;
    const QUrl callback(
        QStringLiteral("http://127.0.0.1:53117/callback?code=%1&state=st4te&iss=%2")
            .arg(kCode, QString::fromLatin1(QUrl::toPercentEncoding(QStringLiteral("https://as.example")))));
    const QUrl masked = masker.maskUrl(callback);
    QVERIFY(holdsNoSecret(masked.toEncoded(), {kCode}));
    QCOMPARE(masked.toString(),
        QStringLiteral(
            "http://127.0.0.1:53117/callback?code=[masked, 32 chars]&state=st4te&iss=https%3A%2F%2Fas.example"));

    // The authorization server's 302 to the callback, as HttpExchange records it.
    const QByteArray location = callback.toEncoded();
    const QByteArray maskedLocation = masker.maskHeader("Location", location);
    QVERIFY(holdsNoSecret(maskedLocation, {kCode}));
    QVERIFY(maskedLocation.contains("state=st4te"));
    // An implicit-style fragment and a password in the user info.
    const QUrl fragment(
        QStringLiteral("https://user:hunter2hunter2@app.example/cb#access_token=%1&token_type=bearer").arg(kJwt));
    const QByteArray maskedFragment = masker.maskUrl(fragment).toEncoded();
    QVERIFY2(holdsNoSecret(maskedFragment, {kJwt, QStringLiteral("hunter2hunter2")}), maskedFragment.constData());
    QVERIFY(maskedFragment.contains("token_type=bearer"));
    // An authorization URL keeps everything: nothing in it is secret (the challenge is not the verifier).
    const QUrl authorize(QStringLiteral("http://127.0.0.1:8443/authorize?response_type=code&client_id=c&code_challenge="
                                        "E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM&state=abc"));
    QCOMPARE(masker.maskUrl(authorize), authorize);
}

void TestFlowIo::masksCredentialHeaders()
{
    SecretMasker masker;
    masker.addSecretHeader("X-Tenant-Key");
    QCOMPARE(masker.maskHeader("Authorization", "Bearer " + kJwt.toUtf8()),
        QByteArray("Bearer [masked JWT, ") + QByteArray::number(kJwt.size()) + " chars]");
    QCOMPARE(
        masker.maskHeader("authorization", "bearer " + kRefresh.toUtf8()), QByteArray("bearer [masked, 43 chars]"));
    // client_secret_basic: the client id stays (it is public and what invalid_client is about).
    const QByteArray basic = "Basic " + QByteArray("mcp-client-1:" + kClientSecret.toUtf8()).toBase64();
    const QByteArray maskedBasic = masker.maskHeader("Authorization", basic);
    QCOMPARE(maskedBasic,
        QByteArray("Basic [masked, ") + QByteArray::number(basic.size() - 6) + " chars, user \"mcp-client-1\"]");
    QVERIFY(holdsNoSecret(maskedBasic, {kClientSecret, QString::fromLatin1(basic.mid(6))}));
    QCOMPARE(masker.maskHeader("Proxy-Authorization", "Basic Zm9vOmJhcg=="),
        QByteArray("Basic [masked, 12 chars, user \"foo\"]"));
    QCOMPARE(masker.maskHeader("DPoP", kJwt.toUtf8()),
        QByteArray("[masked JWT, ") + QByteArray::number(kJwt.size()) + " chars]");
    QCOMPARE(masker.maskHeader("Cookie", "mcpauth_session=abcdef0123; theme=dark"),
        QByteArray("mcpauth_session=[masked, 10 chars]; theme=[masked, 4 chars]"));
    QCOMPARE(masker.maskHeader("Set-Cookie", "mcpauth_session=abcdef0123; Path=/; HttpOnly; SameSite=Lax"),
        QByteArray("mcpauth_session=[masked, 10 chars]; Path=/; HttpOnly; SameSite=Lax"));
    QCOMPARE(masker.maskHeader("X-Api-Key", "k-123456"), QByteArray("[masked, 8 chars]"));
    QCOMPARE(masker.maskHeader("X-Tenant-Key", "tenant-secret"), QByteArray("[masked, 13 chars]"));
    // What a diagnosis reads stays.
    const QByteArray challenge
        = R"(Bearer resource_metadata="http://127.0.0.1:8443/.well-known/oauth-protected-resource/mcp", scope="mcp:read")";
    QCOMPARE(masker.maskHeader("WWW-Authenticate", challenge), challenge);
    QCOMPARE(masker.maskHeader("Mcp-Session-Id", "3f2a"), QByteArray("3f2a"));
    // A scheme without its token is a client bug worth seeing; a bare word may be a credential.
    QCOMPARE(masker.maskHeader("Authorization", "Bearer"), QByteArray("Bearer"));
    QCOMPARE(masker.maskHeader("Authorization", "rawtoken123"), QByteArray("[masked, 11 chars]"));
    // A Location without secrets keeps its exact bytes.
    QCOMPARE(masker.maskHeader("Location", "/login?return_to=%2Fauthorize%3Fa%3Db"),
        QByteArray("/login?return_to=%2Fauthorize%3Fa%3Db"));
}

void TestFlowIo::masksJsonInsideStringsAndEventStreams()
{
    SecretMasker masker;
    // An MCP tools/call result whose text is JSON holding a client secret (add_application does this).
    const QJsonObject inner{
        {QStringLiteral("client_id"), QStringLiteral("c-2")}, {QStringLiteral("client_secret"), kClientSecret}};
    const QJsonObject rpc{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), 3},
        {QStringLiteral("result"),
            QJsonObject{{QStringLiteral("content"),
                QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                    {QStringLiteral("text"),
                        QString::fromUtf8(QJsonDocument(inner).toJson(QJsonDocument::Compact))}}}}}}};
    const QByteArray body = QJsonDocument(rpc).toJson(QJsonDocument::Compact);
    const QByteArray masked = masker.maskBody(body, "application/json");
    QVERIFY2(holdsNoSecret(masked, {kClientSecret}), masked.constData());
    QVERIFY(masked.contains("c-2"));

    // The same answer as a text/event-stream body, and pretty-printed inner JSON (escaped newlines).
    const QByteArray sse = "event: message\nid: 1\ndata: " + body + "\n\n";
    const QByteArray maskedSse = masker.maskBody(sse, "text/event-stream");
    QVERIFY2(holdsNoSecret(maskedSse, {kClientSecret}), maskedSse.constData());
    QVERIFY(maskedSse.startsWith("event: message\nid: 1\ndata: {"));
    QJsonObject pretty = rpc;
    pretty[QStringLiteral("result")] = QJsonObject{
        {QStringLiteral("text"), QString::fromUtf8(QJsonDocument(inner).toJson(QJsonDocument::Indented))}};
    const QByteArray maskedPretty = masker.maskBody(QJsonDocument(pretty).toJson(), "application/json");
    QVERIFY2(holdsNoSecret(maskedPretty, {kClientSecret}), maskedPretty.constData());
}

void TestFlowIo::masksKeysThePatternsMiss()
{
    SecretMasker masker;
    // A key spelled with a \u escape is the same key to a JSON reader; the structural pass finds it.
    const QByteArray body = R"({"acc\u0065ss_token": "plainsecretvalue123", "other": "kept"})";
    const QByteArray masked = masker.maskBody(body, "application/json");
    QVERIFY2(!masked.contains("plainsecretvalue123"), masked.constData());
    const QJsonObject parsed = QJsonDocument::fromJson(masked).object();
    QCOMPARE(parsed.value(QStringLiteral("access_token")).toString(), QStringLiteral("[masked, 19 chars]"));
    QCOMPARE(parsed.value(QStringLiteral("other")).toString(), QStringLiteral("kept"));
    // A value with escaped quotes inside.
    const QByteArray quoted = R"({"password":"pa\"ss\\word"})";
    QCOMPARE(masker.maskBody(quoted, "application/json"), QByteArray(R"({"password":"[masked, 10 chars]"})"));
    // HTML (a form_post page or an error page echoing the request).
    const QByteArray html
        = "<input type=\"hidden\" name=\"x\" value=\"1\"><a href=\"/cb?code=" + kCode.toUtf8() + "&state=s\">";
    QVERIFY(holdsNoSecret(masker.maskBody(html, "text/html"), {kCode}));
    // Binary bodies are left alone.
    const QByteArray binary("\x89PNG\r\n\x1a\n\xff\xfe code=abc", 20);
    QCOMPARE(masker.maskBody(binary, "image/png"), binary);
}

void TestFlowIo::masksNotesAndIsIdempotent()
{
    SecretMasker masker;
    QVERIFY(holdsNoSecret(
        masker.maskText(QStringLiteral("Exchanging code=%1 at the token endpoint").arg(kCode)).toUtf8(), {kCode}));
    TranscriptEvent e = httpEvent(
        QStringLiteral("token"), QStringLiteral("POST"), QUrl(QStringLiteral("http://127.0.0.1:1/token")), 200);
    e.request.headers
        = {{"Authorization", "Bearer " + kJwt.toUtf8()}, {"Content-Type", "application/x-www-form-urlencoded"}};
    e.request.body = "code=" + kCode.toUtf8() + "&code_verifier=" + kVerifier.toUtf8();
    e.response->headers = {{"Content-Type", "application/json"}, {"Set-Cookie", "sid=abc123; Path=/"}};
    e.response->body = R"({"access_token":")" + kJwt.toUtf8() + R"(","refresh_token":")" + kRefresh.toUtf8() + "\"}";
    e.note = QStringLiteral("refresh_token=%1").arg(kRefresh);
    e.tokenClaims = QJsonObject{{QStringLiteral("iss"), QStringLiteral("http://127.0.0.1:8443")},
        {QStringLiteral("scope"), QStringLiteral("mcp:read")}};
    masker.mask(e);
    const QByteArray once = QJsonDocument(e.toJson()).toJson();
    QVERIFY2(holdsNoSecret(once, {kJwt, kRefresh, kCode, kVerifier, QStringLiteral("abc123")}), once.constData());
    QVERIFY(once.contains("mcp:read"));
    masker.mask(e);
    QCOMPARE(QJsonDocument(e.toJson()).toJson(), once);
    QVERIFY(SecretMasker::isMarker(QStringLiteral("[masked, 3 chars]")));
    QVERIFY(!SecretMasker::isMarker(QStringLiteral("[masked, 3 chars] tail")));
}

void TestFlowIo::transcriptMasksBeforeStoringOrEmitting()
{
    Transcript transcript;
    QList<TranscriptEvent> seen;
    connect(&transcript, &Transcript::eventAdded, this, [&seen](const TranscriptEvent& e) { seen.append(e); });
    TranscriptEvent e = httpEvent(QStringLiteral("callback"), QStringLiteral("GET"),
        QUrl(QStringLiteral("http://127.0.0.1:5/callback?code=%1&state=s").arg(kCode)), 200);
    const TranscriptEvent& stored = transcript.append(e);
    QCOMPARE(stored.sequence, qint64(1));
    QCOMPARE(seen.size(), 1);
    QVERIFY(holdsNoSecret(QJsonDocument(seen.first().toJson()).toJson(), {kCode}));
    QVERIFY(holdsNoSecret(QJsonDocument(transcript.toJson()).toJson(), {kCode}));
    QCOMPARE(transcript.addNote(QStringLiteral("token"), QStringLiteral("next")).sequence, qint64(2));
}

// ---------------------------------------------------------------------------------------------------
// Transcript

void TestFlowIo::transcriptRoundTrip()
{
    Transcript transcript;
    TranscriptEvent http = httpEvent(QStringLiteral("initialize-unauthenticated"), QStringLiteral("POST"),
        QUrl(QStringLiteral("http://127.0.0.1:8443/mcp")), 401);
    http.request.headers = {{"Content-Type", "application/json"}, {"Accept", "application/json, text/event-stream"}};
    http.request.body = R"({"jsonrpc":"2.0","id":1,"method":"initialize"})";
    http.response->reason = QStringLiteral("Unauthorized");
    http.response->headers = {{"WWW-Authenticate", R"(Bearer resource_metadata="http://127.0.0.1:8443/x")"}};
    transcript.append(http);
    TranscriptEvent failed;
    failed.step = QStringLiteral("authorization-server-metadata");
    failed.kind = TranscriptEvent::Kind::Http;
    failed.request.method = QStringLiteral("GET");
    failed.request.url = QUrl(QStringLiteral("http://127.0.0.1:9/.well-known/oauth-authorization-server"));
    failed.error = QStringLiteral("The connection to 127.0.0.1:9 was refused.");
    failed.startedAt = QDateTime::currentDateTimeUtc();
    transcript.append(failed);
    TranscriptEvent binary = httpEvent(
        QStringLiteral("tools/call"), QStringLiteral("GET"), QUrl(QStringLiteral("http://127.0.0.1/x.png")), 200);
    binary.response->headers = {{"Content-Type", "image/png"}};
    binary.response->body = QByteArray("\x89PNG\r\n\x1a\n\x00\x01\xff", 11);
    binary.tokenHeader = QJsonObject{{QStringLiteral("alg"), QStringLiteral("ES256")}};
    binary.tokenClaims = QJsonObject{
        {QStringLiteral("aud"), QStringLiteral("http://127.0.0.1:8443/mcp")}, {QStringLiteral("exp"), 1900000000}};
    transcript.append(binary);
    TranscriptEvent rpc;
    rpc.step = QStringLiteral("tools/list");
    rpc.kind = TranscriptEvent::Kind::JsonRpcRequest;
    rpc.request.method = QStringLiteral("tools/list");
    rpc.request.body = R"({"jsonrpc":"2.0","id":2,"method":"tools/list"})";
    transcript.append(rpc);
    transcript.addNote(QStringLiteral("registration"), QStringLiteral("The server offers no registration endpoint."));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.json"));
    const Status saved = transcript.save(path);
    QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));

    Transcript loaded;
    QSignalSpy added(&loaded, &Transcript::eventAdded);
    const Status read = loaded.load(path);
    QVERIFY2(read, read ? "" : qPrintable(read.error().message));
    QCOMPARE(added.count(), 5);
    QCOMPARE(loaded.events().size(), transcript.events().size());
    for (qsizetype i = 0; i < transcript.events().size(); ++i)
        QCOMPARE(loaded.events().at(i).toJson(), transcript.events().at(i).toJson());
    QCOMPARE(loaded.events().at(2).response->body, binary.response->body);
    QCOMPARE(loaded.events().at(1).response.has_value(), false);
    QCOMPARE(loaded.events().at(3).kind, TranscriptEvent::Kind::JsonRpcRequest);
    // Appending continues the numbering.
    QCOMPARE(loaded.addNote(QStringLiteral("x"), QStringLiteral("y")).sequence, qint64(6));
}

void TestFlowIo::transcriptIgnoresUnknownFields()
{
    const QByteArray file = R"({"format":"mcp-auth-transcript","version":1,"futureField":{"a":1},
        "events":[{"sequence":1,"step":"token","kind":"http","startedAt":"2025-06-01T10:00:00.000Z","durationMs":5,
                   "newThing":[1,2,3],"request":{"method":"POST","url":"http://127.0.0.1/token","headers":[],"extra":true},
                   "response":{"status":200,"reason":"OK","headers":[],"body":"{}","alsoNew":"x"}}]})";
    Transcript t;
    const Status loaded = t.loadJson(QJsonDocument::fromJson(file).object());
    QVERIFY2(loaded, loaded ? "" : qPrintable(loaded.error().message));
    QCOMPARE(t.events().size(), 1);
    QCOMPARE(t.events().first().response->status, 200);
}

void TestFlowIo::malformedTranscriptsAreRefusedInWords_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("expected");
    const QByteArray event = R"({"sequence":1,"kind":"http","startedAt":"2025-06-01T10:00:00.000Z")";
    QTest::newRow("not json") << QByteArray("{\"format\": \"mcp-auth-transcript\", ")
                              << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[1,2]") << QStringLiteral("holds no JSON object");
    QTest::newRow("other format") << QByteArray(R"({"log":{"version":"1.2"}})")
                                  << QStringLiteral("no \"format\" field");
    QTest::newRow("other format name") << QByteArray(R"({"format":"har","version":1,"events":[]})")
                                       << QStringLiteral("its format is \"har\"");
    QTest::newRow("newer version") << QByteArray(R"({"format":"mcp-auth-transcript","version":7,"events":[]})")
                                   << QStringLiteral("format version 7, written by a newer");
    QTest::newRow("no events") << QByteArray(R"({"format":"mcp-auth-transcript","version":1})")
                               << QStringLiteral("no \"events\" array");
    QTest::newRow("event not object") << QByteArray(R"({"format":"mcp-auth-transcript","version":1,"events":[3]})")
                                      << QStringLiteral("Event 1 of the transcript is not an object");
    QTest::newRow("bad kind") << QByteArray(R"({"format":"mcp-auth-transcript","version":1,"events":[)"
        + QByteArray(event).replace("\"http\"", "\"smoke-signal\"") + "}]}")
                              << QStringLiteral("'kind' is \"smoke-signal\"");
    QTest::newRow("bad type") << QByteArray(
        R"({"format":"mcp-auth-transcript","version":1,"events":[)" + event + R"(,"durationMs":"long"}]})")
                              << QStringLiteral("'durationMs' must be a whole number");
    QTest::newRow("bad date") << QByteArray(
        R"({"format":"mcp-auth-transcript","version":1,"events":[{"sequence":1,"kind":"note","startedAt":"yesterday"}]})")
                              << QStringLiteral("'startedAt' is \"yesterday\"");
    QTest::newRow("bad headers") << QByteArray(
        R"({"format":"mcp-auth-transcript","version":1,"events":[)" + event + R"(,"request":{"headers":{"a":"b"}}}]})")
                                 << QStringLiteral("'request.headers' must be an array");
    QTest::newRow("bad base64") << QByteArray(R"({"format":"mcp-auth-transcript","version":1,"events":[)" + event
        + R"(,"response":{"status":200,"body":"@@@","bodyEncoding":"base64"}}]})")
                                << QStringLiteral("'response.body' is not valid base64");
    QTest::newRow("missing status") << QByteArray(R"({"format":"mcp-auth-transcript","version":1,"events":[)" + event
        + R"(,"response":{}}]})") << QStringLiteral("'response.status' is missing");
}

void TestFlowIo::malformedTranscriptsAreRefusedInWords()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, expected);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("bad.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(file);
    f.close();

    Transcript transcript;
    transcript.addNote(QStringLiteral("keep"), QStringLiteral("this stays"));
    const Status loaded = transcript.load(path);
    QVERIFY(!loaded);
    QVERIFY2(loaded.error().message.contains(expected), qPrintable(loaded.error().message));
    QVERIFY(loaded.error().message.contains(path));
    // A refused file changes nothing.
    QCOMPARE(transcript.events().size(), qsizetype(1));
    QCOMPARE(transcript.events().first().note, QStringLiteral("this stays"));
}

void TestFlowIo::harExportIsHar12()
{
    Transcript transcript;
    TranscriptEvent post = httpEvent(
        QStringLiteral("token"), QStringLiteral("POST"), QUrl(QStringLiteral("http://127.0.0.1:8443/token")), 200);
    post.request.headers = {{"Content-Type", "application/x-www-form-urlencoded"}, {"Cookie", "a=1; b=2"}};
    post.request.body = "grant_type=authorization_code&code=" + kCode.toUtf8();
    post.response->headers = {{"Content-Type", "application/json"}, {"Set-Cookie", "sid=xyz; Path=/; HttpOnly"}};
    post.response->body = R"({"access_token":")" + kJwt.toUtf8() + "\"}";
    transcript.append(post);
    TranscriptEvent redirect = httpEvent(QStringLiteral("authorize"), QStringLiteral("GET"),
        QUrl(QStringLiteral("http://127.0.0.1:8443/authorize?response_type=code&state=s1")), 302);
    redirect.response->reason = QStringLiteral("Found");
    redirect.response->headers = {{"Location", "http://127.0.0.1:5/callback?code=" + kCode.toUtf8() + "&state=s1"}};
    transcript.append(redirect);
    TranscriptEvent failed;
    failed.step = QStringLiteral("protected-resource-metadata");
    failed.kind = TranscriptEvent::Kind::Http;
    failed.request.method = QStringLiteral("GET");
    failed.request.url = QUrl(QStringLiteral("http://127.0.0.1:9/.well-known/oauth-protected-resource"));
    failed.error = QStringLiteral("timed out");
    failed.durationMs = 10000;
    transcript.append(failed);
    TranscriptEvent binary
        = httpEvent(QStringLiteral("x"), QStringLiteral("GET"), QUrl(QStringLiteral("http://127.0.0.1/i")), 200);
    binary.response->body = QByteArray("\xff\x00\xfe", 3);
    transcript.append(binary);
    transcript.addNote(
        QStringLiteral("registration"), QStringLiteral("Dynamic registration skipped: a client id was given."));

    const QJsonObject har = transcript.toHar();
    const QString problem = checkHar(har);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    const QJsonObject log = har.value(QStringLiteral("log")).toObject();
    const QJsonArray entries = log.value(QStringLiteral("entries")).toArray();
    QCOMPARE(entries.size(), qsizetype(4)); // the note is not an entry ...
    QVERIFY(log.value(QStringLiteral("comment"))
                .toString()
                .contains(QStringLiteral("Dynamic registration skipped"))); // ... but listed
    const QJsonObject first = entries.at(0).toObject();
    QCOMPARE(first.value(QStringLiteral("startedDateTime")).toString(), QStringLiteral("2025-06-01T10:00:00.125Z"));
    QCOMPARE(first.value(QStringLiteral("time")).toInt(), 42);
    QCOMPARE(first.value(QStringLiteral("timings")).toObject().value(QStringLiteral("wait")).toInt(), 40);
    QCOMPARE(first.value(QStringLiteral("request"))
                 .toObject()
                 .value(QStringLiteral("postData"))
                 .toObject()
                 .value(QStringLiteral("mimeType"))
                 .toString(),
        QStringLiteral("application/x-www-form-urlencoded"));
    QCOMPARE(first.value(QStringLiteral("request")).toObject().value(QStringLiteral("cookies")).toArray().size(), 2);
    const QJsonObject firstResponse = first.value(QStringLiteral("response")).toObject();
    QCOMPARE(firstResponse.value(QStringLiteral("cookies"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("httpOnly"))
                 .toBool(),
        true);
    QCOMPARE(firstResponse.value(QStringLiteral("content")).toObject().value(QStringLiteral("mimeType")).toString(),
        QStringLiteral("application/json"));
    const QJsonObject second = entries.at(1).toObject();
    QVERIFY(second.value(QStringLiteral("response"))
                .toObject()
                .value(QStringLiteral("redirectURL"))
                .toString()
                .startsWith(QStringLiteral("http://127.0.0.1:5/callback?code=")));
    QCOMPARE(
        second.value(QStringLiteral("request")).toObject().value(QStringLiteral("queryString")).toArray().size(), 2);
    const QJsonObject third = entries.at(2).toObject();
    QCOMPARE(third.value(QStringLiteral("response")).toObject().value(QStringLiteral("status")).toInt(), 0);
    QCOMPARE(third.value(QStringLiteral("_error")).toString(), QStringLiteral("timed out"));
    QCOMPARE(entries.at(3)
                 .toObject()
                 .value(QStringLiteral("response"))
                 .toObject()
                 .value(QStringLiteral("content"))
                 .toObject()
                 .value(QStringLiteral("encoding"))
                 .toString(),
        QStringLiteral("base64"));
    const QByteArray text = QJsonDocument(har).toJson();
    QVERIFY(holdsNoSecret(text, {kCode, kJwt, QStringLiteral("xyz")}));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("t.har"));
    const Status saved = transcript.saveHar(path);
    QVERIFY(saved);
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    QCOMPARE(checkHar(QJsonDocument::fromJson(f.readAll()).object()), QString());
}

void TestFlowIo::saveToUnwritablePlaceFails()
{
    Transcript transcript;
    transcript.addNote(QStringLiteral("a"), QStringLiteral("b"));
    const Status saved = transcript.save(QStringLiteral("/nonexistent-dir-for-mcpauth-test/t.json"));
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, ErrorCode::Io);
    QVERIFY(saved.error().message.contains(QStringLiteral("/nonexistent-dir-for-mcpauth-test/t.json")));
}

// ---------------------------------------------------------------------------------------------------
// HttpExchange

void TestFlowIo::exchangePassesStatusThrough()
{
    LocalServer server;
    server.http->route("POST", QStringLiteral("/mcp"), [](const HttpRequest&) -> HttpReply {
        HttpResponse r
            = HttpResponse::json(QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_token")}}, 401);
        r.setHeader("WWW-Authenticate", R"(Bearer error="invalid_token", resource_metadata="http://x/prm")");
        return r;
    });
    server.http->route("GET", QStringLiteral("/boom"),
        [](const HttpRequest&) -> HttpReply { return HttpResponse::text("internal trouble", 500); });
    QVERIFY(server.start());
    QNetworkAccessManager nam;
    Transcript transcript;
    const auto run = runExchange(nam, &transcript, QStringLiteral("initialize-unauthenticated"),
        HttpExchange::Request::postJson(server.url(QStringLiteral("/mcp")),
            QJsonDocument(QJsonObject{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}}),
            "application/json, text/event-stream"));
    QVERIFY(run.result);
    QCOMPARE(run.finishedCount, 1);
    QVERIFY2(*run.result, run.result->isOk() ? "" : qPrintable(run.result->error().message));
    QCOMPARE(run.result->value().status, 401);
    QCOMPARE(run.result->value().reason, QStringLiteral("Unauthorized"));
    QVERIFY(run.result->value().header("www-authenticate").contains("resource_metadata"));
    QCOMPARE(run.result->value().mediaType(), QByteArray("application/json"));
    QVERIFY(run.result->value().body.contains("invalid_token"));

    const auto boom = runExchange(
        nam, &transcript, QStringLiteral("x"), HttpExchange::Request::get(server.url(QStringLiteral("/boom"))));
    QVERIFY(boom.result && *boom.result);
    QCOMPARE(boom.result->value().status, 500);
    QCOMPARE(boom.result->value().body, QByteArray("internal trouble"));

    // 400 and 407, which Qt reports outside its content and server error ranges, are answers too.
    for (const int status : {400, 407, 418}) {
        const QString path = QStringLiteral("/status%1").arg(status);
        server.http->route("POST", path, [status](const HttpRequest&) -> HttpReply {
            return HttpResponse::json(
                QJsonObject{{QStringLiteral("error"), QStringLiteral("invalid_request")}}, status);
        });
        const auto refused = runExchange(nam, nullptr, QStringLiteral("x"),
            HttpExchange::Request::postForm(server.url(path), {{QStringLiteral("a"), QStringLiteral("b")}}));
        QVERIFY(refused.result);
        QVERIFY2(*refused.result, refused.result->isOk() ? "" : qPrintable(refused.result->error().message));
        QCOMPARE(refused.result->value().status, status);
        QVERIFY(refused.result->value().body.contains("invalid_request"));
    }

    QCOMPARE(transcript.events().size(), qsizetype(2));
    const TranscriptEvent& e = transcript.events().first();
    QCOMPARE(e.kind, TranscriptEvent::Kind::Http);
    QCOMPARE(e.step, QStringLiteral("initialize-unauthenticated"));
    QCOMPARE(e.request.method, QStringLiteral("POST"));
    QCOMPARE(e.response->status, 401);
    QVERIFY(e.error.isEmpty());
    QVERIFY(e.startedAt.isValid());
    QCOMPARE(e.startedAt.timeSpec(), Qt::UTC);
    QVERIFY(e.waitMs >= 0 && e.waitMs <= e.durationMs);
}

void TestFlowIo::exchangeDoesNotFollowRedirects()
{
    LocalServer server;
    int targetHits = 0;
    server.http->route("GET", QStringLiteral("/authorize"), [](const HttpRequest&) -> HttpReply {
        return HttpResponse::redirect(QUrl(QStringLiteral("/target?code=") + kCode + QStringLiteral("&state=s")), 302);
    });
    server.http->route("GET", QStringLiteral("/target"), [&targetHits](const HttpRequest&) -> HttpReply {
        ++targetHits;
        return HttpResponse::text("reached");
    });
    QVERIFY(server.start());
    QNetworkAccessManager nam;
    Transcript transcript;
    const auto run = runExchange(nam, &transcript, QStringLiteral("authorize"),
        HttpExchange::Request::get(server.url(QStringLiteral("/authorize")), "text/html"));
    QVERIFY(run.result && *run.result);
    QCOMPARE(run.result->value().status, 302);
    QVERIFY(run.result->value().isRedirect());
    QCOMPARE(run.result->value().location(),
        server.url(QStringLiteral("/target?code=") + kCode + QStringLiteral("&state=s")));
    QCOMPARE(targetHits, 0);
    // The engine gets the code; the transcript does not.
    QVERIFY(run.result->value().header("Location").contains(kCode.toUtf8()));
    QVERIFY(holdsNoSecret(QJsonDocument(transcript.toJson()).toJson(), {kCode}));
}

void TestFlowIo::exchangeSendsFormJsonAndHeaders()
{
    LocalServer server;
    auto echo = [](const HttpRequest& request) -> HttpReply {
        return HttpResponse::json(QJsonObject{
            {QStringLiteral("method"), QString::fromLatin1(request.method)},
            {QStringLiteral("contentType"), QString::fromLatin1(request.header("content-type"))},
            {QStringLiteral("accept"), QString::fromLatin1(request.header("accept"))},
            {QStringLiteral("userAgent"), QString::fromLatin1(request.header("user-agent"))},
            {QStringLiteral("extra"), QString::fromLatin1(request.header("x-extra"))},
            {QStringLiteral("authorization"), QString::fromLatin1(request.header("authorization"))},
            {QStringLiteral("cookie"), QString::fromLatin1(request.header("cookie"))},
            {QStringLiteral("body"), QString::fromUtf8(request.body)},
        });
    };
    server.http->route("POST", QStringLiteral("/echo"), echo);
    server.http->route("GET", QStringLiteral("/echo"), echo);
    QVERIFY(server.start());
    QNetworkAccessManager nam;
    Transcript transcript;
    HttpExchange::Options options;
    options.extraHeaders = {{"X-Extra", "from-user"}, {"Authorization", "Bearer user-given"}};

    auto form = HttpExchange::Request::postForm(server.url(QStringLiteral("/echo")),
        {{QStringLiteral("grant_type"), QStringLiteral("authorization_code")}, {QStringLiteral("code"), kCode},
            {QStringLiteral("resource"), QStringLiteral("http://a/mcp")},
            {QStringLiteral("resource"), QStringLiteral("http://b/mcp")},
            {QStringLiteral("scope"), QStringLiteral("mcp:read mcp:write")}});
    form.headers = {{"Authorization", "Basic " + QByteArray("c:s").toBase64()}};
    const auto formRun = runExchange(nam, &transcript, QStringLiteral("token"), form, options);
    QVERIFY(formRun.result && *formRun.result);
    const QJsonObject sent = QJsonDocument::fromJson(formRun.result->value().body).object();
    QCOMPARE(sent.value(QStringLiteral("method")).toString(), QStringLiteral("POST"));
    QCOMPARE(sent.value(QStringLiteral("contentType")).toString(), QStringLiteral("application/x-www-form-urlencoded"));
    QCOMPARE(sent.value(QStringLiteral("accept")).toString(), QStringLiteral("application/json"));
    QCOMPARE(sent.value(QStringLiteral("userAgent")).toString(), QString::fromLatin1(HttpExchange::defaultUserAgent()));
    QCOMPARE(sent.value(QStringLiteral("extra")).toString(), QStringLiteral("from-user"));
    // The request's own header wins over the user's extra header of the same name.
    QCOMPARE(sent.value(QStringLiteral("authorization")).toString(), QStringLiteral("Basic Yzpz"));
    QCOMPARE(sent.value(QStringLiteral("body")).toString(),
        QStringLiteral(
            "grant_type=authorization_code&code=%1&resource=http%3A%2F%2Fa%2Fmcp&resource=http%3A%2F%2Fb%2Fmcp"
            "&scope=mcp%3Aread%20mcp%3Awrite")
            .arg(kCode));

    const auto jsonRun = runExchange(nam, &transcript, QStringLiteral("tools/list"),
        HttpExchange::Request::postJson(server.url(QStringLiteral("/echo")),
            QJsonDocument(QJsonObject{{QStringLiteral("method"), QStringLiteral("tools/list")}}),
            "application/json, text/event-stream"));
    QVERIFY(jsonRun.result && *jsonRun.result);
    const QJsonObject sentJson = QJsonDocument::fromJson(jsonRun.result->value().body).object();
    QCOMPARE(sentJson.value(QStringLiteral("contentType")).toString(), QStringLiteral("application/json"));
    QCOMPARE(
        sentJson.value(QStringLiteral("accept")).toString(), QStringLiteral("application/json, text/event-stream"));
    QCOMPARE(sentJson.value(QStringLiteral("body")).toString(), QStringLiteral(R"({"method":"tools/list"})"));
    QCOMPARE(sentJson.value(QStringLiteral("cookie")).toString(), QString()); // no cookie jar

    const auto getRun = runExchange(nam, &transcript, QStringLiteral("protected-resource-metadata"),
        HttpExchange::Request::get(server.url(QStringLiteral("/echo"))));
    QVERIFY(getRun.result && *getRun.result);
    QCOMPARE(QJsonDocument::fromJson(getRun.result->value().body).object().value(QStringLiteral("method")).toString(),
        QStringLiteral("GET"));

    // The transcript shows what was sent, masked.
    const TranscriptEvent& tokenEvent = transcript.events().first();
    QCOMPARE(tokenEvent.request.header("Authorization"), QByteArray("Basic [masked, 4 chars, user \"c\"]"));
    QCOMPARE(tokenEvent.request.header("X-Extra"), QByteArray("from-user"));
    QCOMPARE(tokenEvent.request.header("Host"), QStringLiteral("127.0.0.1:%1").arg(server.port).toUtf8());
    QVERIFY(tokenEvent.request.body.contains("code=[masked,+32+chars]"));
    QVERIFY(holdsNoSecret(QJsonDocument(transcript.toJson()).toJson(), {kCode}));
}

void TestFlowIo::exchangeCapsTheBody()
{
    LocalServer server;
    server.http->route("GET", QStringLiteral("/big"),
        [](const HttpRequest&) -> HttpReply { return HttpResponse::text(QByteArray(64 * 1024, 'x')); });
    QVERIFY(server.start());
    QNetworkAccessManager nam;
    Transcript transcript;
    HttpExchange::Options options;
    options.maxBodyBytes = 16 * 1024;
    const auto run = runExchange(
        nam, &transcript, QStringLiteral("x"), HttpExchange::Request::get(server.url(QStringLiteral("/big"))), options);
    QVERIFY(run.result);
    QCOMPARE(run.finishedCount, 1);
    QVERIFY(!*run.result);
    QCOMPARE(run.result->error().field, QString::fromLatin1(HttpExchange::kBodyTooLarge));
    QVERIFY2(run.result->error().message.contains(QStringLiteral("larger than 16 KiB")),
        qPrintable(run.result->error().message));
    // The status that did arrive is evidence, kept in the transcript with the error.
    QCOMPARE(transcript.events().size(), qsizetype(1));
    QCOMPARE(transcript.events().first().error, run.result->error().message);
    QVERIFY(transcript.events().first().response);
    QCOMPARE(transcript.events().first().response->status, 200);

    // Within the limit it is read whole.
    options.maxBodyBytes = 64 * 1024;
    const auto fits = runExchange(
        nam, nullptr, QStringLiteral("x"), HttpExchange::Request::get(server.url(QStringLiteral("/big"))), options);
    QVERIFY(fits.result && *fits.result);
    QCOMPARE(fits.result->value().body.size(), qsizetype(64 * 1024));
}

void TestFlowIo::exchangeTimesOut()
{
    // Accepts connections and never answers.
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QNetworkAccessManager nam;
    Transcript transcript;
    HttpExchange::Options options;
    options.timeoutMs = 500;
    QElapsedTimer timer;
    timer.start();
    const auto run = runExchange(nam, &transcript, QStringLiteral("token"),
        HttpExchange::Request::get(QUrl(QStringLiteral("http://127.0.0.1:%1/slow").arg(silent.serverPort()))), options);
    QVERIFY(run.result);
    QCOMPARE(run.finishedCount, 1);
    QVERIFY(!*run.result);
    QCOMPARE(run.result->error().field, QString::fromLatin1(HttpExchange::kTimeout));
    QCOMPARE(run.result->error().message,
        QStringLiteral("127.0.0.1:%1 did not answer within 0.5 s (timed out).").arg(silent.serverPort()));
    QVERIFY(timer.elapsed() < 5000);
    QCOMPARE(transcript.events().first().error, run.result->error().message);
    QVERIFY(!transcript.events().first().response);
}

void TestFlowIo::exchangeReportsRefusedConnection()
{
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }
    QNetworkAccessManager nam;
    const auto run = runExchange(nam, nullptr, QStringLiteral("initialize-unauthenticated"),
        HttpExchange::Request::get(QUrl(QStringLiteral("http://127.0.0.1:%1/mcp").arg(port))));
    QVERIFY(run.result);
    QVERIFY(!*run.result);
    QCOMPARE(run.result->error().field, QString::fromLatin1(HttpExchange::kRefused));
    QVERIFY2(
        run.result->error().message.startsWith(QStringLiteral("The connection to 127.0.0.1:%1 was refused").arg(port)),
        qPrintable(run.result->error().message));

    const auto dns = runExchange(nam, nullptr, QStringLiteral("x"),
        HttpExchange::Request::get(QUrl(QStringLiteral("http://no-such-host.invalid/mcp"))));
    QVERIFY(dns.result && !*dns.result);
    QCOMPARE(dns.result->error().field, QString::fromLatin1(HttpExchange::kHostNotFound));
    QVERIFY(dns.result->error().message.contains(QStringLiteral("no-such-host.invalid")));
}

void TestFlowIo::exchangeKeepsEventStreamBody()
{
    const QByteArray stream = "event: message\nid: 7\ndata: {\"jsonrpc\":\"2.0\",\"id\":1,\n"
                              "data: \"result\":{\"tools\":[]}}\n\n";
    LocalServer server;
    server.http->route("POST", QStringLiteral("/mcp"), [stream](const HttpRequest&) -> HttpReply {
        HttpResponse r;
        r.status = 200;
        r.body = stream;
        r.setHeader("Content-Type", "text/event-stream");
        return r;
    });
    QVERIFY(server.start());
    QNetworkAccessManager nam;
    Transcript transcript;
    const auto run = runExchange(nam, &transcript, QStringLiteral("tools/list"),
        HttpExchange::Request::postJson(
            server.url(QStringLiteral("/mcp")), QJsonDocument(QJsonObject()), "application/json, text/event-stream"));
    QVERIFY(run.result && *run.result);
    QVERIFY(run.result->value().isEventStream());
    QCOMPARE(run.result->value().body, stream);
    QCOMPARE(transcript.events().first().response->body, stream);
}

void TestFlowIo::exchangeEndsAnOpenStreamWhenComplete()
{
    // An SSE answer without a length that stays open after the JSON-RPC response.
    QTcpServer raw;
    QVERIFY(raw.listen(QHostAddress::LocalHost, 0));
    QList<QTcpSocket*> sockets;
    connect(&raw, &QTcpServer::newConnection, this, [&] {
        QTcpSocket* s = raw.nextPendingConnection();
        sockets << s;
        connect(s, &QTcpSocket::readyRead, s, [s] {
            if (!s->readAll().contains("\r\n\r\n") || s->property("answered").toBool())
                return;
            s->setProperty("answered", true);
            s->write("HTTP/1.1 200 OK\r\nContent-Type: text/event-stream\r\nCache-Control: no-cache\r\n\r\n"
                     "event: message\ndata: {\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}\n\n");
        });
    });
    QNetworkAccessManager nam;
    HttpExchange::Options options;
    options.timeoutMs = 8000;
    options.streamComplete = [](const QByteArray& body) { return body.contains("\"id\":1") && body.endsWith("\n\n"); };
    QElapsedTimer timer;
    timer.start();
    const auto run = runExchange(nam, nullptr, QStringLiteral("initialize"),
        HttpExchange::Request::postJson(QUrl(QStringLiteral("http://127.0.0.1:%1/mcp").arg(raw.serverPort())),
            QJsonDocument(QJsonObject()), "application/json, text/event-stream"),
        options);
    QVERIFY(run.result);
    QVERIFY2(*run.result, run.result->isOk() ? "" : qPrintable(run.result->error().message));
    QCOMPARE(run.finishedCount, 1);
    QVERIFY(run.result->value().body.contains("\"result\":{}"));
    QVERIFY(timer.elapsed() < 4000);
    qDeleteAll(sockets);
}

void TestFlowIo::exchangeAbortFinishesOnce()
{
    QTcpServer silent;
    QVERIFY(silent.listen(QHostAddress::LocalHost, 0));
    QNetworkAccessManager nam;
    Transcript transcript;
    HttpExchange exchange(&nam, &transcript);
    Collected<Result<HttpResult>> finished(&exchange, &HttpExchange::finished);
    exchange.start(QStringLiteral("token"),
        HttpExchange::Request::get(QUrl(QStringLiteral("http://127.0.0.1:%1/").arg(silent.serverPort()))));
    QVERIFY(exchange.isRunning());
    QTest::qWait(100);
    exchange.abort();
    QCOMPARE(finished.count(), 1);
    const Result<HttpResult> result = finished.first();
    QVERIFY(!result);
    QCOMPARE(result.error().field, QString::fromLatin1(HttpExchange::kCancelled));
    exchange.abort();
    QTest::qWait(100);
    QCOMPARE(finished.count(), 1);
    QCOMPARE(transcript.events().size(), qsizetype(1));
    QVERIFY(transcript.events().first().error.contains(QStringLiteral("cancelled")));
}

void TestFlowIo::exchangeRefusesUnusableUrl()
{
    QNetworkAccessManager nam;
    HttpExchange exchange(&nam, nullptr);
    Collected<Result<HttpResult>> finished(&exchange, &HttpExchange::finished);
    exchange.start(QStringLiteral("x"), HttpExchange::Request::get(QUrl(QStringLiteral("file:///etc/passwd"))));
    QCOMPARE(finished.count(), 0); // never from inside start()
    QVERIFY(finished.wait(2000));
    const Result<HttpResult> result = finished.first();
    QVERIFY(!result);
    QVERIFY(result.error().message.contains(QStringLiteral("only http and https")));
}

// ---------------------------------------------------------------------------------------------------
// LoopbackCallbackListener

void TestFlowIo::listenerAcceptsTheRightCallback()
{
    Transcript transcript;
    LoopbackCallbackListener listener(&transcript);
    auto uri = listener.listen();
    QVERIFY2(uri, uri ? "" : qPrintable(uri.error().message));
    QCOMPARE(uri->scheme(), QStringLiteral("http"));
    QCOMPARE(uri->host(), QStringLiteral("127.0.0.1"));
    QCOMPARE(uri->path(), QStringLiteral("/callback"));
    QVERIFY(uri->port() > 0);
    QCOMPARE(listener.redirectUri(), *uri);

    const QString state = AuthorizationState::generate();
    listener.expect({state, QStringLiteral("http://127.0.0.1:8443"), true, 10000});
    Collected<CallbackResult> finished(&listener, &LoopbackCallbackListener::finished);
    QNetworkAccessManager nam;
    QUrl callback = *uri;
    callback.setQuery(callbackQuery({{QStringLiteral("code"), kCode}, {QStringLiteral("state"), state},
                          {QStringLiteral("iss"), QStringLiteral("http://127.0.0.1:8443")}}),
        QUrl::StrictMode);
    const BrowserHit hit = browserGet(nam, callback);
    QCOMPARE(hit.status, 200);
    QVERIFY(hit.body.contains("You can close this window"));
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    const CallbackResult result = finished.first();
    QVERIFY2(result, result ? "" : qPrintable(result.error().message));
    QCOMPARE(result->code, kCode);
    QCOMPARE(result->iss, QStringLiteral("http://127.0.0.1:8443"));

    // One shot: nothing listens any more, and no second finished.
    QVERIFY(!listener.isListening());
    const BrowserHit again = browserGet(nam, callback);
    QCOMPARE(again.status, 0);
    QTest::qWait(50);
    QCOMPARE(finished.count(), 1);

    // The browser step is in the transcript, without the code.
    QCOMPARE(transcript.events().size(), qsizetype(1));
    const TranscriptEvent& e = transcript.events().first();
    QCOMPARE(e.kind, TranscriptEvent::Kind::Browser);
    QCOMPARE(e.step, QStringLiteral("callback"));
    QCOMPARE(e.response->status, 200);
    QVERIFY(e.request.url.toString().contains(QStringLiteral("state=") + state));
    QVERIFY(holdsNoSecret(QJsonDocument(transcript.toJson()).toJson(), {kCode}));
}

void TestFlowIo::listenerRefusesWrongState()
{
    LoopbackCallbackListener listener;
    auto uri = listener.listen();
    QVERIFY(uri);
    listener.expect({AuthorizationState::generate(), {}, false, 10000});
    Collected<CallbackResult> finished(&listener, &LoopbackCallbackListener::finished);
    QNetworkAccessManager nam;
    QUrl callback = *uri;
    callback.setQuery(
        callbackQuery({{QStringLiteral("code"), kCode}, {QStringLiteral("state"), AuthorizationState::generate()}}));
    const BrowserHit hit = browserGet(nam, callback);
    QCOMPARE(hit.status, 400);
    QVERIFY(hit.body.contains("does not match"));
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    const CallbackResult result = finished.first();
    QVERIFY(!result);
    QCOMPARE(result.error().field, QString::fromLatin1(LoopbackCallbackListener::kStateMismatch));

    // No state at all is refused the same way.
    LoopbackCallbackListener second;
    auto uri2 = second.listen();
    QVERIFY(uri2);
    second.expect({QStringLiteral("expected"), {}, false, 10000});
    Collected<CallbackResult> finished2(&second, &LoopbackCallbackListener::finished);
    QUrl noState = *uri2;
    noState.setQuery(callbackQuery({{QStringLiteral("code"), kCode}}));
    QCOMPARE(browserGet(nam, noState).status, 400);
    QVERIFY(finished2.count() == 1 || finished2.wait(5000));
    QCOMPARE(finished2.first().error().field, QString::fromLatin1(LoopbackCallbackListener::kStateMismatch));
}

void TestFlowIo::listenerChecksIssuer()
{
    QNetworkAccessManager nam;
    struct Case
    {
        const char* name;
        bool required;
        std::optional<QString> iss;
        bool accepted;
    };
    const QString issuer = QStringLiteral("https://as.example/tenant");
    const QList<Case> cases{
        {"iss matches", true, issuer, true},
        {"iss of another server", true, QStringLiteral("https://evil.example"), false},
        {"iss with a trailing slash", false, issuer + QLatin1Char('/'), false}, // compared even when not required
        {"iss missing but required", true, std::nullopt, false},
        {"iss missing, not required", false, std::nullopt, true},
    };
    for (const Case& c : cases) {
        LoopbackCallbackListener listener;
        auto uri = listener.listen();
        QVERIFY(uri);
        listener.expect({QStringLiteral("s-1"), issuer, c.required, 10000});
        Collected<CallbackResult> finished(&listener, &LoopbackCallbackListener::finished);
        QList<QPair<QString, QString>> params{
            {QStringLiteral("code"), kCode}, {QStringLiteral("state"), QStringLiteral("s-1")}};
        if (c.iss)
            params.append({QStringLiteral("iss"), *c.iss});
        QUrl callback = *uri;
        callback.setQuery(callbackQuery(params));
        const BrowserHit hit = browserGet(nam, callback);
        QVERIFY(finished.count() == 1 || finished.wait(5000));
        const CallbackResult result = finished.first();
        QVERIFY2(result.isOk() == c.accepted, c.name);
        QCOMPARE(hit.status, c.accepted ? 200 : 400);
        if (!c.accepted)
            QCOMPARE(result.error().field, QString::fromLatin1(LoopbackCallbackListener::kIssuerMismatch));
    }
}

void TestFlowIo::listenerReportsAuthorizationErrorEscaped()
{
    LoopbackCallbackListener listener;
    auto uri = listener.listen();
    QVERIFY(uri);
    listener.expect({QStringLiteral("s-2"), {}, false, 10000});
    Collected<CallbackResult> finished(&listener, &LoopbackCallbackListener::finished);
    QNetworkAccessManager nam;
    QUrl callback = *uri;
    callback.setQuery(callbackQuery({{QStringLiteral("error"), QStringLiteral("access_denied")},
        {QStringLiteral("error_description"), QStringLiteral("The user said <script>alert(1)</script> no")},
        {QStringLiteral("state"), QStringLiteral("s-2")}}));
    const BrowserHit hit = browserGet(nam, callback);
    QCOMPARE(hit.status, 400);
    QVERIFY(!hit.body.contains("<script>"));
    QVERIFY(hit.body.contains("&lt;script&gt;"));
    QVERIFY(hit.body.contains("access_denied"));
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    const CallbackResult result = finished.first();
    QVERIFY(!result);
    QCOMPARE(result.error().field, QString::fromLatin1(LoopbackCallbackListener::kAuthorizationError));
    QVERIFY(result.error().message.contains(QStringLiteral("access_denied")));
    QCOMPARE(listener.authorizationError().error, QStringLiteral("access_denied"));
    QCOMPARE(listener.authorizationError().description, QStringLiteral("The user said <script>alert(1)</script> no"));
}

void TestFlowIo::listenerIgnoresOtherPathsAndHosts()
{
    LoopbackCallbackListener listener;
    auto uri = listener.listen(0, QStringLiteral("localhost"));
    QVERIFY(uri);
    QCOMPARE(uri->host(), QStringLiteral("localhost"));
    Collected<CallbackResult> finished(&listener, &LoopbackCallbackListener::finished);
    QNetworkAccessManager nam;
    QUrl callback(QStringLiteral("http://127.0.0.1:%1/callback").arg(uri->port()));
    callback.setQuery(
        callbackQuery({{QStringLiteral("code"), kCode}, {QStringLiteral("state"), QStringLiteral("s-3")}}));

    // Before expect(): not ready, nothing taken.
    QCOMPARE(browserGet(nam, callback).status, 503);
    listener.expect({QStringLiteral("s-3"), {}, false, 10000});

    QCOMPARE(browserGet(nam, QUrl(QStringLiteral("http://127.0.0.1:%1/favicon.ico").arg(uri->port()))).status, 404);
    QCOMPARE(browserGet(nam, QUrl(QStringLiteral("http://127.0.0.1:%1/callback").arg(uri->port()))).status,
        400); // no parameters
    QCOMPARE(browserGet(nam, callback, "attacker.example:80").status, 400); // DNS rebinding
    {
        QNetworkRequest head(callback);
        QNetworkReply* reply = nam.head(head);
        QSignalSpy done(reply, &QNetworkReply::finished);
        QVERIFY(reply->isFinished() || done.wait(5000));
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 405); // only GET delivers
        reply->deleteLater();
    }
    QTest::qWait(50);
    QCOMPARE(finished.count(), 0);
    QVERIFY(listener.isListening());

    const BrowserHit hit = browserGet(nam, callback);
    QCOMPARE(hit.status, 200);
    QVERIFY(finished.count() == 1 || finished.wait(5000));
    const CallbackResult result = finished.first();
    QVERIFY(result);
    QCOMPARE(result->code, kCode);
}

void TestFlowIo::listenerTimesOut()
{
    LoopbackCallbackListener listener;
    auto uri = listener.listen();
    QVERIFY(uri);
    Collected<CallbackResult> finished(&listener, &LoopbackCallbackListener::finished);
    listener.expect({QStringLiteral("s"), {}, false, 300});
    QVERIFY(finished.wait(5000));
    QCOMPARE(finished.count(), 1);
    const CallbackResult result = finished.first();
    QVERIFY(!result);
    QCOMPARE(result.error().field, QString::fromLatin1(LoopbackCallbackListener::kTimeout));
    QVERIFY(result.error().message.contains(uri->toString()));
    QVERIFY(!listener.isListening());

    // cancel() while waiting finishes at once, once.
    LoopbackCallbackListener other;
    QVERIFY(other.listen());
    Collected<CallbackResult> cancelled(&other, &LoopbackCallbackListener::finished);
    other.expect({QStringLiteral("s"), {}, false, 10000});
    other.cancel();
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(cancelled.first().error().field, QString::fromLatin1(LoopbackCallbackListener::kCancelled));
    other.cancel();
    QCOMPARE(cancelled.count(), 1);
}

void TestFlowIo::listenerFixedPortInUse()
{
    QTcpServer taken;
    QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
    LoopbackCallbackListener listener;
    auto uri = listener.listen(taken.serverPort());
    QVERIFY(!uri);
    QCOMPARE(uri.error().code, ErrorCode::Conflict);
    QVERIFY(uri.error().message.contains(QString::number(taken.serverPort())));

    const quint16 port = taken.serverPort();
    taken.close();
    LoopbackCallbackListener fixed;
    auto fixedUri = fixed.listen(port);
    QVERIFY2(fixedUri, fixedUri ? "" : qPrintable(fixedUri.error().message));
    QCOMPARE(fixedUri->toString(), QStringLiteral("http://127.0.0.1:%1/callback").arg(port));

    LoopbackCallbackListener elsewhere;
    auto refused = elsewhere.listen(0, QStringLiteral("0.0.0.0"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().field, QStringLiteral("host"));
}

// ---------------------------------------------------------------------------------------------------
// PKCE and state

void TestFlowIo::pkceChallengeIsS256()
{
    // RFC 7636 appendix B.
    QCOMPARE(Pkce::s256Challenge(kVerifier), QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM"));
    QVERIFY(Pkce::verifierMatches(kVerifier, QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cM")));
    QVERIFY(!Pkce::verifierMatches(kVerifier, QStringLiteral("E9Melhoa2OwvFrEMTJguCHaoeK1t8URWbuGJSstw-cN")));

    auto pkce = PkceChallenge::generate();
    QVERIFY(pkce);
    QCOMPARE(pkce->verifier.size(), PkceChallenge::kDefaultLength);
    QVERIFY(Pkce::isCodeVerifier(pkce->verifier));
    QCOMPARE(pkce->challenge, Pkce::s256Challenge(pkce->verifier));
    QCOMPARE(PkceChallenge::method(), QStringLiteral("S256"));
    for (int length : {43, 44, 45, 100, 128}) {
        auto p = PkceChallenge::generate(length);
        QVERIFY(p);
        QCOMPARE(p->verifier.size(), length);
        QVERIFY(Pkce::isCodeVerifier(p->verifier));
    }
    QVERIFY(!PkceChallenge::generate(42));
    QVERIFY(!PkceChallenge::generate(129));
    QSet<QString> seen;
    for (int i = 0; i < 50; ++i)
        seen.insert(PkceChallenge::generate()->verifier);
    QCOMPARE(seen.size(), 50);
}

void TestFlowIo::stateIsRandomAndComparedExactly()
{
    const QString a = AuthorizationState::generate();
    const QString b = AuthorizationState::generate();
    QCOMPARE(a.size(), 43);
    QVERIFY(a != b);
    QVERIFY(AuthorizationState::matches(a, a));
    QVERIFY(!AuthorizationState::matches(a, b));
    QVERIFY(!AuthorizationState::matches(a, a.left(42)));
    QVERIFY(!AuthorizationState::matches(a, a + QLatin1Char('x')));
    QVERIFY(!AuthorizationState::matches(QString(), QString()));
}

// ---------------------------------------------------------------------------------------------------
// FlowCredentialStore

namespace {

FlowCredentials sampleCredentials()
{
    FlowCredentials c;
    c.issuer = QStringLiteral("http://127.0.0.1:8443");
    c.resource = QStringLiteral("http://127.0.0.1:8443/mcp");
    c.redirectUri = QStringLiteral("http://127.0.0.1:53117/callback");
    c.clientId = QStringLiteral("c-1");
    c.clientSecret = kClientSecret;
    c.tokenEndpointAuthMethod = QStringLiteral("client_secret_basic");
    c.registrationAccessToken = kRefresh;
    c.registrationClientUri = QStringLiteral("http://127.0.0.1:8443/register/c-1");
    c.accessToken = kJwt;
    c.tokenType = QStringLiteral("Bearer");
    c.accessTokenExpiresAt = QDateTime::fromString(QStringLiteral("2030-01-01T00:00:00.000Z"), Qt::ISODateWithMs);
    c.refreshToken = kRefresh;
    c.grantedScopes = {QStringLiteral("mcp:read"), QStringLiteral("mcp:write")};
    c.obtainedAt = QDateTime::fromString(QStringLiteral("2025-06-01T10:00:00.000Z"), Qt::ISODateWithMs);
    return c;
}

template <typename T>
std::optional<T> await(const std::function<void(std::function<void(const T&)>)>& call)
{
    std::optional<T> answer;
    call([&answer](const T& value) { answer = value; });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, 15000))
        return std::nullopt;
    return answer;
}

void storeRoundTrip(SecretStore& secrets)
{
    FlowCredentialStore store(secrets);
    FlowCredentials c = sampleCredentials();
    // A per-run redirect URI, so that a real keychain shared with other runs holds no stale entry.
    c.redirectUri
        = QStringLiteral("http://127.0.0.1:%1/callback").arg(QDateTime::currentMSecsSinceEpoch() % 60000 + 1024);
    auto saved = await<Status>([&](auto done) { store.save(c, nullptr, done); });
    QVERIFY(saved);
    QVERIFY2(*saved, saved->isOk() ? "" : qPrintable(saved->error().message));

    auto loaded = await<Result<FlowCredentials>>(
        [&](auto done) { store.load(c.issuer, c.resource, c.redirectUri, nullptr, done); });
    QVERIFY(loaded);
    QVERIFY2(*loaded, loaded->isOk() ? "" : qPrintable(loaded->error().message));
    QCOMPARE(loaded->value().toJson(), c.toJson());
    QCOMPARE(loaded->value().accessToken, kJwt);
    QVERIFY(loaded->value().hasUsableAccessToken(
        QDateTime::fromString(QStringLiteral("2029-12-31T23:00:00Z"), Qt::ISODate)));
    QVERIFY(!loaded->value().hasUsableAccessToken(
        QDateTime::fromString(QStringLiteral("2029-12-31T23:59:50Z"), Qt::ISODate)));

    // Another redirect URI (an old port) is another entry.
    auto other = await<Result<FlowCredentials>>([&](auto done) {
        store.load(c.issuer, c.resource, QStringLiteral("http://127.0.0.1:1/callback"), nullptr, done);
    });
    QVERIFY(other && !*other);
    QCOMPARE(other->error().code, ErrorCode::NotFound);

    auto forgotten
        = await<Status>([&](auto done) { store.forget(c.issuer, c.resource, c.redirectUri, nullptr, done); });
    QVERIFY(forgotten && *forgotten);
    auto gone = await<Result<FlowCredentials>>(
        [&](auto done) { store.load(c.issuer, c.resource, c.redirectUri, nullptr, done); });
    QVERIFY(gone && !*gone);
    QCOMPARE(gone->error().code, ErrorCode::NotFound);
    // Forgetting twice is fine.
    auto again = await<Status>([&](auto done) { store.forget(c.issuer, c.resource, c.redirectUri, nullptr, done); });
    QVERIFY(again && *again);
}

} // namespace

void TestFlowIo::credentialStoreRoundTrip()
{
    MemorySecretStore secrets;
    storeRoundTrip(secrets);
    QVERIFY(FlowCredentialStore::keyFor(QStringLiteral("a b"), QStringLiteral("c"), QStringLiteral("d"))
        != FlowCredentialStore::keyFor(QStringLiteral("a"), QStringLiteral("b c"), QStringLiteral("d")));
    QCOMPARE(FlowCredentialStore::keyFor(QStringLiteral("http://127.0.0.1:8443"),
                 QStringLiteral("http://127.0.0.1:8443/mcp"), QStringLiteral("http://127.0.0.1:5/callback")),
        QStringLiteral("flow:http://127.0.0.1:8443 http://127.0.0.1:8443/mcp http://127.0.0.1:5/callback"));

    // A destroyed context is not called back.
    FlowCredentialStore store(secrets);
    bool called = false;
    auto context = std::make_unique<QObject>();
    store.save(sampleCredentials(), context.get(), [&called](const Status&) { called = true; });
    context.reset();
    QTest::qWait(50);
    QVERIFY(!called);
    // Without an issuer nothing is saved.
    FlowCredentials noIssuer = sampleCredentials();
    noIssuer.issuer.clear();
    auto refused = await<Status>([&](auto done) { store.save(noIssuer, nullptr, done); });
    QVERIFY(refused && !*refused);
}

void TestFlowIo::credentialStoreRefusesForeignEntries()
{
    MemorySecretStore secrets;
    FlowCredentialStore store(secrets);
    const FlowCredentials c = sampleCredentials();
    // An entry whose content names another server, under this key.
    FlowCredentials foreign = c;
    foreign.issuer = QStringLiteral("https://other.example");
    const QString key = FlowCredentialStore::keyFor(c.issuer, c.resource, c.redirectUri);
    auto written = await<Status>(
        [&](auto done) { secrets.write(key, QString::fromUtf8(QJsonDocument(foreign.toJson()).toJson()), done); });
    QVERIFY(written && *written);
    auto loaded = await<Result<FlowCredentials>>(
        [&](auto done) { store.load(c.issuer, c.resource, c.redirectUri, nullptr, done); });
    QVERIFY(loaded && !*loaded);
    QCOMPARE(loaded->error().code, ErrorCode::Integrity);
    QVERIFY(!loaded->error().message.contains(kClientSecret));

    // Garbage and a newer version are refused in words.
    written = await<Status>([&](auto done) { secrets.write(key, QStringLiteral("not json"), done); });
    loaded = await<Result<FlowCredentials>>(
        [&](auto done) { store.load(c.issuer, c.resource, c.redirectUri, nullptr, done); });
    QVERIFY(loaded && !*loaded);
    QCOMPARE(loaded->error().code, ErrorCode::Integrity);
    QJsonObject newer = c.toJson();
    newer[QStringLiteral("version")] = 9;
    written
        = await<Status>([&](auto done) { secrets.write(key, QString::fromUtf8(QJsonDocument(newer).toJson()), done); });
    loaded = await<Result<FlowCredentials>>(
        [&](auto done) { store.load(c.issuer, c.resource, c.redirectUri, nullptr, done); });
    QVERIFY(loaded && !*loaded);
    QVERIFY(loaded->error().message.contains(QStringLiteral("newer")));
}

void TestFlowIo::credentialStoreWithRealKeychain()
{
    const bool available = qEnvironmentVariableIntValue("MCPAUTH_TEST_KEYRING") == 1;
    if (!available && qEnvironmentVariableIntValue("MCPAUTH_REQUIRE_KEYRING") == 1)
        QFAIL("the test fixture could not start its secret service (see its first line)");
    if (!available)
        QSKIP("no secret service (run under tests/scripts/with-services.sh)");
    KeychainSecretStore secrets;
    storeRoundTrip(secrets);
}

QTEST_GUILESS_MAIN(TestFlowIo)
#include "tst_flowio.moc"
