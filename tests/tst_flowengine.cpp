// The connection flow engine end to end against the real local server (tests/TestServer.h): a
// pre-registered confidential client with client_credentials, the discovery and registration path up
// to a sign-in page that headless mode cannot pass, an unreachable server, cancellation, and the
// interactive flow through `mcp-auth probe --browser-command` with headless Chromium signing in as alice.

#include "TestServer.h"
#include "flow/FlowCredentialStore.h"
#include "flow/FlowEngine.h"
#include "flow/Transcript.h"
#include "secrets/MemorySecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTest>

using namespace mcpauth;
using namespace Qt::StringLiterals;

namespace {

struct Run
{
    FlowResult result;
    int finishedCount = 0;
    QList<FlowStep> started;
};

Run runFlow(FlowEngine& engine, const FlowOptions& options, int timeoutMs = 30'000)
{
    Run run;
    QObject context;
    QObject::connect(&engine, &FlowEngine::finished, &context, [&run](const FlowResult& result) {
        run.result = result;
        ++run.finishedCount;
    });
    QObject::connect(&engine, &FlowEngine::stepStarted, &context, [&run](FlowStep step) { run.started << step; });
    engine.start(options);
    if (!QTest::qWaitFor([&run] { return run.finishedCount > 0; }, timeoutMs))
        qWarning("the flow did not finish in time");
    QTest::qWait(50); // a second finished would arrive now
    return run;
}

QList<FlowStep> stepsOf(const FlowResult& result)
{
    QList<FlowStep> steps;
    for (const FlowStepRecord& record : result.steps)
        steps << record.step;
    return steps;
}

} // namespace

class TestFlowEngine : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void clientCredentialsReachesTheTools();
    void headlessStopsAtTheSignInPage();
    void unreachableServer();
    void cancelEndsOnce();
    void credentialStoreReusesAndReplacesTokens();
    void interactiveProbeWithChromium();

private:
    std::unique_ptr<test::RunningServer> m_server;
    QString m_clientId;
    QString m_clientSecret;
};

void TestFlowEngine::initTestCase()
{
    QString why;
    m_server = test::startServer(&why);
    QVERIFY2(m_server, qPrintable(why));
    auto org = m_server->store->organizations().find(QString::fromLatin1(DemoData::kOrganization));
    QVERIFY(org);
    auto resource = m_server->store->resources().find(m_server->url(u"/mcp"_s));
    QVERIFY2(resource, qPrintable(resource ? QString() : resource.error().message));
    Application app;
    app.organizationId = org->id;
    app.name = u"flow-engine-service"_s;
    app.displayName = app.name;
    app.clientType = ClientType::Confidential;
    app.authMethod = TokenEndpointAuthMethod::ClientSecretBasic;
    app.grantTypes = {GrantType::ClientCredentials};
    app.redirectUris.clear();
    app.allowedScopes = resource->scopes;
    auto saved = m_server->store->applications().create(app, {u"test"_s, u"test"_s});
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    m_clientId = saved->application.clientId;
    m_clientSecret = saved->clientSecret;
}

void TestFlowEngine::clientCredentialsReachesTheTools()
{
    Transcript transcript;
    FlowEngine engine(&transcript);
    FlowOptions options;
    options.mcpUrl = m_server->url(u"/mcp"_s);
    options.clientId = m_clientId;
    options.clientSecret = m_clientSecret;
    options.grant = FlowOptions::Grant::ClientCredentials;
    options.toolCall = FlowOptions::ToolCall::Named;
    options.toolName = u"list_applications"_s;
    const Run run = runFlow(engine, options);
    const FlowResult& r = run.result;
    QCOMPARE(run.finishedCount, 1);
    QVERIFY2(r.outcome == FlowOutcome::Success, qPrintable(r.error.message));
    QCOMPARE(stepsOf(r),
        (QList<FlowStep>{FlowStep::UnauthenticatedRequest, FlowStep::ProtectedResourceMetadata,
            FlowStep::AuthorizationServerMetadata, FlowStep::ClientRegistration, FlowStep::TokenRequest,
            FlowStep::Initialize, FlowStep::ToolsList, FlowStep::ToolsCall}));
    QCOMPARE(run.started, stepsOf(r));
    QCOMPARE(r.resource, m_server->url(u"/mcp"_s));
    QCOMPARE(r.resourceMetadataUrl, m_server->url(u"/.well-known/oauth-protected-resource/mcp"_s));
    QCOMPARE(r.issuer, m_server->issuer);
    QCOMPARE(r.clientId, m_clientId);
    QCOMPARE(r.clientIdentification, u"pre-registered"_s);
    QCOMPARE(r.tokenEndpointAuthMethod, u"client_secret_basic"_s);
    QVERIFY(!r.requestedScopes.isEmpty()); // from the 401's scope
    QVERIFY(!r.grantedScopes.isEmpty());
    QVERIFY(!r.protocolVersion.isEmpty());
    QVERIFY(r.tools.size() > 1);
    QCOMPARE(r.stepUps, 0);

    // Every exchange is filed under a step name, the token's claims are on record, and no secret is.
    bool claims = false;
    for (const TranscriptEvent& event : transcript.events()) {
        QVERIFY2(flowStepFromName(event.step).has_value(), qPrintable(event.step));
        if (!event.tokenClaims.isEmpty()) {
            claims = true;
            QCOMPARE(event.tokenClaims.value(u"client_id"_s).toString(), m_clientId);
        }
    }
    QVERIFY(claims);
    const QByteArray saved = QJsonDocument(transcript.toJson()).toJson();
    QVERIFY(!saved.contains(m_clientSecret.toUtf8()));
    QVERIFY(saved.contains("tools/list"));
}

void TestFlowEngine::headlessStopsAtTheSignInPage()
{
    // Discovery, the metadata and dynamic registration all succeed; the local server then asks a
    // person to sign in, which headless mode cannot do, and says so.
    Transcript transcript;
    FlowEngine engine(&transcript);
    FlowOptions options;
    options.mcpUrl = m_server->url(u"/mcp"_s);
    options.headless = true;
    const Run run = runFlow(engine, options);
    const FlowResult& r = run.result;
    QCOMPARE(run.finishedCount, 1);
    QCOMPARE(r.outcome, FlowOutcome::AuthorizationFailed);
    QCOMPARE(r.failedStep, std::optional<FlowStep>(FlowStep::Authorization));
    QVERIFY2(r.error.message.contains(u"headless"_s), qPrintable(r.error.message));
    QCOMPARE(r.clientIdentification, u"dynamic-registration"_s);
    QVERIFY(!r.clientId.isEmpty());
    QVERIFY(r.redirectUri.startsWith(u"http://127.0.0.1:"_s));
    QCOMPARE(r.steps.last().state, FlowStepRecord::State::Failed);
}

void TestFlowEngine::unreachableServer()
{
    QTcpServer closed;
    QVERIFY(closed.listen(QHostAddress::LocalHost));
    const quint16 port = closed.serverPort();
    closed.close();
    Transcript transcript;
    FlowEngine engine(&transcript);
    FlowOptions options;
    options.mcpUrl = u"http://127.0.0.1:%1/mcp"_s.arg(port);
    const Run run = runFlow(engine, options);
    QCOMPARE(run.result.outcome, FlowOutcome::Unreachable);
    QCOMPARE(run.result.failedStep, std::optional<FlowStep>(FlowStep::UnauthenticatedRequest));
    QVERIFY(!run.result.error.message.isEmpty());

    options.mcpUrl = u"http://example.com/mcp"_s; // plain http to a non-loopback host
    const Run refused = runFlow(engine, options);
    QCOMPARE(refused.result.outcome, FlowOutcome::ProtocolError);
}

void TestFlowEngine::cancelEndsOnce()
{
    Transcript transcript;
    FlowEngine engine(&transcript);
    int finished = 0;
    FlowResult last;
    connect(&engine, &FlowEngine::finished, this, [&](const FlowResult& r) {
        ++finished;
        last = r;
    });
    FlowOptions options;
    options.mcpUrl = m_server->url(u"/mcp"_s);
    options.headless = true;
    engine.start(options);
    QTRY_VERIFY(engine.isRunning());
    QTest::qWait(5);
    engine.cancel();
    QCOMPARE(finished, 1);
    QCOMPARE(last.outcome, FlowOutcome::Cancelled);
    QTest::qWait(200);
    QCOMPARE(finished, 1);
    QVERIFY(!engine.isRunning());
}

void TestFlowEngine::credentialStoreReusesAndReplacesTokens()
{
    MemorySecretStore secrets;
    FlowCredentialStore store(secrets);
    Transcript transcript;
    FlowEngine engine(&transcript);
    engine.setCredentialStore(&store);
    FlowOptions options;
    options.mcpUrl = m_server->url(u"/mcp"_s);
    options.clientId = m_clientId;
    options.clientSecret = m_clientSecret;
    options.grant = FlowOptions::Grant::ClientCredentials;

    const Run first = runFlow(engine, options);
    QVERIFY2(first.result.outcome == FlowOutcome::Success, qPrintable(first.result.error.message));
    QCOMPARE(first.result.clientIdentification, u"pre-registered"_s);
    QVERIFY(stepsOf(first.result).contains(FlowStep::TokenRequest));

    // The saved access token is used again: no token request.
    const Run second = runFlow(engine, options);
    QVERIFY2(second.result.outcome == FlowOutcome::Success, qPrintable(second.result.error.message));
    QCOMPARE(second.result.clientIdentification, u"stored"_s);
    QVERIFY(!stepsOf(second.result).contains(FlowStep::TokenRequest));

    // A stored token the server refuses is dropped and a new one obtained.
    std::optional<Result<FlowCredentials>> loaded;
    store.load(first.result.issuer, first.result.resource, QString(), this,
        [&loaded](const Result<FlowCredentials>& c) { loaded = c; });
    QTRY_VERIFY(loaded.has_value());
    QVERIFY2(*loaded, qPrintable(*loaded ? QString() : loaded->error().message));
    FlowCredentials broken = loaded->value();
    broken.accessToken = u"revoked-or-forged"_s;
    std::optional<Status> saved;
    store.save(broken, this, [&saved](const Status& s) { saved = s; });
    QTRY_VERIFY(saved.has_value());
    QVERIFY(*saved);
    const Run third = runFlow(engine, options);
    QVERIFY2(third.result.outcome == FlowOutcome::Success, qPrintable(third.result.error.message));
    const QList<FlowStep> steps = stepsOf(third.result);
    QVERIFY(steps.indexOf(FlowStep::Initialize) < steps.indexOf(FlowStep::TokenRequest));
    QCOMPARE(steps.count(FlowStep::Initialize), 2);
    QCOMPARE(third.result.steps.at(steps.indexOf(FlowStep::Initialize)).state, FlowStepRecord::State::Warning);
}

void TestFlowEngine::interactiveProbeWithChromium()
{
    const QString node = QStandardPaths::findExecutable(u"node"_s);
    if (node.isEmpty() || !QFile::exists(u"/usr/bin/chromium"_s))
        QSKIP("needs node and /usr/bin/chromium");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString browserLog = dir.filePath(u"browser.jsonl"_s);
    QProcess probe;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(u"MCPAUTH_PEER_USER"_s, QString::fromLatin1(test::kUser));
    env.insert(u"MCPAUTH_PEER_PASSWORD"_s, QString::fromLatin1(test::kUserPassword));
    env.insert(u"MCPAUTH_PEER_BROWSER_LOG"_s, browserLog);
    env.remove(u"MCP_CONFORMANCE_CONTEXT"_s);
    env.remove(u"MCP_AUTH_CLIENT_SECRET"_s);
    probe.setProcessEnvironment(env);
    const QString script = QStringLiteral(MCPAUTH_SOURCE_DIR) + u"/tests/interop/chromium_authorize.mjs"_s;
    probe.start(QStringLiteral(MCPAUTH_CLI_PATH),
        {u"probe"_s, m_server->url(u"/mcp"_s), u"--json"_s, u"--browser-command"_s, u"%1 %2"_s.arg(node, script),
            u"--callback-timeout"_s, u"120"_s, u"--call"_s, u"list_resources"_s, u"--transcript"_s,
            dir.filePath(u"transcript.json"_s)});
    QVERIFY(probe.waitForStarted());
    // The server runs on this thread: wait with the event loop turning.
    QTRY_VERIFY_WITH_TIMEOUT(probe.state() == QProcess::NotRunning, 150'000);
    const QByteArray out = probe.readAllStandardOutput();
    QFile logFile(browserLog);
    const QByteArray browser = logFile.open(QIODevice::ReadOnly) ? logFile.readAll() : QByteArray("(no browser log)");
    const QString context = QString::fromUtf8(out + probe.readAllStandardError() + browser);
    QVERIFY2(probe.exitCode() == 0, qPrintable(context));
    const QJsonObject result = QJsonDocument::fromJson(out).object();
    QCOMPARE(result.value(u"outcome"_s).toString(), u"success"_s);
    QCOMPARE(result.value(u"clientIdentification"_s).toString(), u"dynamic-registration"_s);
    QVERIFY(!result.value(u"tools"_s).toArray().isEmpty());
    QStringList steps;
    for (const QJsonValue& step : result.value(u"steps"_s).toArray())
        steps << step.toObject().value(u"step"_s).toString();
    QCOMPARE(steps,
        (QStringList{u"unauthenticated-request"_s, u"protected-resource-metadata"_s, u"authorization-server-metadata"_s,
            u"client-registration"_s, u"authorization"_s, u"callback"_s, u"token"_s, u"initialize"_s, u"tools-list"_s,
            u"tools-call"_s}));
    // The browser writes its record after it closed, which may be after the probe ended.
    QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(browserLog), 30'000);
    QFile finalLog(browserLog);
    QVERIFY(finalLog.open(QIODevice::ReadOnly));
    const QByteArray record = finalLog.readAll();
    QVERIFY2(
        record.contains("\"login\",\"consent\"") && record.contains("\"reachedRedirect\":true"), record.constData());

    Transcript transcript;
    QVERIFY(transcript.load(dir.filePath(u"transcript.json"_s)));
    bool callback = false;
    for (const TranscriptEvent& event : transcript.events())
        callback = callback || (event.kind == TranscriptEvent::Kind::Browser && event.step == u"callback"_s);
    QVERIFY(callback);
}

QTEST_GUILESS_MAIN(TestFlowEngine)
#include "tst_flowengine.moc"
