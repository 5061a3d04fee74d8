// The connection flow engine end to end against the real local server (tests/TestServer.h): a
// pre-registered confidential client with client_credentials, the discovery and registration path up
// to a sign-in page that headless mode cannot pass, an unreachable server, cancellation, and the
// interactive flow through `mcp-auth probe --browser-command` with headless Chromium signing in as alice,
// the refresh of an expired access token from the credential store (and a full authorization again when
// the refresh token was revoked), and `mcp-auth probe --remember` / `--forget` in the OS keychain.

#include "TestServer.h"
#include "cli/ProbeCommand.h"
#include "flow/FlowCredentialStore.h"
#include "flow/FlowEngine.h"
#include "flow/Transcript.h"
#include "secrets/KeychainSecretStore.h"
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

// Headless Chromium as the person at the browser: signs in as alice and approves on the consent page
// of each authorization URL the engine asks to open. Counts the URLs it was given.
class ChromiumBrowser
{
public:
    ChromiumBrowser(FlowEngine& engine, const QString& logFile)
        : m_logFile(logFile)
    {
        QObject::connect(&engine, &FlowEngine::authorizationUrlReady, &m_context, [this](const QUrl& url) {
            ++m_opened;
            auto* process = new QProcess(&m_context);
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(u"MCPAUTH_PEER_USER"_s, QString::fromLatin1(test::kUser));
            env.insert(u"MCPAUTH_PEER_PASSWORD"_s, QString::fromLatin1(test::kUserPassword));
            env.insert(u"MCPAUTH_PEER_BROWSER_LOG"_s, m_logFile);
            process->setProcessEnvironment(env);
            process->start(QStandardPaths::findExecutable(u"node"_s),
                {QStringLiteral(MCPAUTH_SOURCE_DIR) + u"/tests/interop/chromium_authorize.mjs"_s, url.toString()});
        });
    }
    ~ChromiumBrowser()
    {
        for (QProcess* process : m_context.findChildren<QProcess*>())
            process->waitForFinished(30'000);
    }
    Q_DISABLE_COPY_MOVE(ChromiumBrowser)

    [[nodiscard]] int opened() const { return m_opened; }
    [[nodiscard]] QString log() const
    {
        QFile file(m_logFile);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : u"(no browser log)"_s;
    }
    [[nodiscard]] static bool available()
    {
        return !QStandardPaths::findExecutable(u"node"_s).isEmpty() && QFile::exists(u"/usr/bin/chromium"_s);
    }

private:
    QObject m_context;
    QString m_logFile;
    int m_opened = 0;
};

quint16 freePort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 0;
    return probe.serverPort();
}

Result<FlowCredentials> loadCredentials(FlowCredentialStore& store, const FlowResult& result)
{
    std::optional<Result<FlowCredentials>> loaded;
    store.load(result.issuer, result.resource, result.redirectUri, nullptr,
        [&loaded](const Result<FlowCredentials>& c) { loaded = c; });
    if (!QTest::qWaitFor([&loaded] { return loaded.has_value(); }, 5'000))
        return Error::make(ErrorCode::Internal, u"The credential store did not answer."_s);
    return *loaded;
}

Status saveCredentials(FlowCredentialStore& store, const FlowCredentials& credentials)
{
    std::optional<Status> saved;
    store.save(credentials, nullptr, [&saved](const Status& s) { saved = s; });
    if (!QTest::qWaitFor([&saved] { return saved.has_value(); }, 5'000))
        return Error::make(ErrorCode::Internal, u"The credential store did not answer."_s);
    return *saved;
}

bool keyringAvailable()
{
    return qEnvironmentVariableIntValue("MCPAUTH_TEST_KEYRING") == 1;
}

// Under tests/scripts/with-services.sh the secret service is required: a broken one fails, not skips.
bool keyringRequired()
{
    return qEnvironmentVariableIntValue("MCPAUTH_REQUIRE_KEYRING") == 1;
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
    void expiredAccessTokenIsRefreshed();
    void refusedRefreshAuthorizesAgain();
    void probeRemembersCredentialsInTheKeychain();
    void probeWithoutKeychainCarriesOn();

private:
    // A full authorization code flow through Chromium into `store`; the options it used.
    void authorizeIntoStore(FlowEngine& engine, ChromiumBrowser& browser, FlowOptions& options, FlowResult& first);

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

void TestFlowEngine::authorizeIntoStore(
    FlowEngine& engine, ChromiumBrowser& browser, FlowOptions& options, FlowResult& first)
{
    options.mcpUrl = m_server->url(u"/mcp"_s);
    // The stored client is registered for one redirect URI: a later run must listen on the same port.
    options.callbackPort = freePort();
    QVERIFY(options.callbackPort != 0);
    options.callbackTimeoutMs = 120'000;
    const Run run = runFlow(engine, options, 150'000);
    first = run.result;
    QVERIFY2(first.outcome == FlowOutcome::Success, qPrintable(first.error.message + u'\n' + browser.log()));
    QCOMPARE(first.clientIdentification, u"dynamic-registration"_s);
    QVERIFY(stepsOf(first).contains(FlowStep::Authorization));
    QCOMPARE(browser.opened(), 1);
}

void TestFlowEngine::expiredAccessTokenIsRefreshed()
{
    if (!ChromiumBrowser::available())
        QSKIP("needs node and /usr/bin/chromium");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MemorySecretStore secrets;
    FlowCredentialStore store(secrets);
    Transcript transcript;
    FlowEngine engine(&transcript);
    engine.setCredentialStore(&store);
    ChromiumBrowser browser(engine, dir.filePath(u"browser.jsonl"_s));
    FlowOptions options;
    FlowResult first;
    authorizeIntoStore(engine, browser, options, first);
    if (QTest::currentTestFailed())
        return;

    auto stored = loadCredentials(store, first);
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
    FlowCredentials expired = *stored;
    QVERIFY(!expired.accessToken.isEmpty());
    QVERIFY(!expired.refreshToken.isEmpty());
    expired.accessTokenExpiresAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    QVERIFY(saveCredentials(store, expired));

    transcript.clear();
    const Run second = runFlow(engine, options);
    const FlowResult& r = second.result;
    QCOMPARE(second.finishedCount, 1);
    QVERIFY2(r.outcome == FlowOutcome::Success, qPrintable(r.error.message));
    QCOMPARE(stepsOf(r),
        (QList<FlowStep>{FlowStep::UnauthenticatedRequest, FlowStep::ProtectedResourceMetadata,
            FlowStep::AuthorizationServerMetadata, FlowStep::ClientRegistration, FlowStep::Refresh,
            FlowStep::Initialize, FlowStep::ToolsList}));
    QCOMPARE(r.steps.at(4).state, FlowStepRecord::State::Succeeded);
    QCOMPARE(browser.opened(), 1); // no second browser
    QCOMPARE(r.clientIdentification, u"stored"_s);
    QCOMPARE(r.clientId, first.clientId);
    QVERIFY(!r.tools.isEmpty());

    auto renewed = loadCredentials(store, r);
    QVERIFY2(renewed, qPrintable(renewed ? QString() : renewed.error().message));
    QVERIFY(!renewed->accessToken.isEmpty());
    QVERIFY(renewed->accessToken != expired.accessToken);
    QVERIFY(renewed->hasUsableAccessToken(QDateTime::currentDateTimeUtc()));
    QVERIFY(!renewed->refreshToken.isEmpty());
    QCOMPARE(renewed->clientId, first.clientId);

    // The refresh is on record, with every token masked.
    bool refreshExchange = false;
    for (const TranscriptEvent& event : transcript.events())
        refreshExchange = refreshExchange || event.step == flowStepName(FlowStep::Refresh);
    QVERIFY(refreshExchange);
    const QByteArray saved = QJsonDocument(transcript.toJson()).toJson();
    for (const QString& secret :
        {expired.accessToken, expired.refreshToken, renewed->accessToken, renewed->refreshToken})
        QVERIFY(!saved.contains(secret.toUtf8()));
}

void TestFlowEngine::refusedRefreshAuthorizesAgain()
{
    if (!ChromiumBrowser::available())
        QSKIP("needs node and /usr/bin/chromium");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    MemorySecretStore secrets;
    FlowCredentialStore store(secrets);
    Transcript transcript;
    FlowEngine engine(&transcript);
    engine.setCredentialStore(&store);
    ChromiumBrowser browser(engine, dir.filePath(u"browser.jsonl"_s));
    FlowOptions options;
    FlowResult first;
    authorizeIntoStore(engine, browser, options, first);
    if (QTest::currentTestFailed())
        return;

    auto stored = loadCredentials(store, first);
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
    FlowCredentials expired = *stored;
    QVERIFY(!expired.refreshToken.isEmpty());
    // Revoked at the authorization server (RFC 7009), as a user signing out elsewhere would.
    test::HttpClient http;
    const test::Reply revoked = http.postForm(QUrl(m_server->url(u"/revoke"_s)),
        "token=" + QUrl::toPercentEncoding(expired.refreshToken)
            + "&client_id=" + QUrl::toPercentEncoding(expired.clientId));
    QVERIFY2(revoked.status == 200, revoked.body.constData());
    expired.accessTokenExpiresAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    QVERIFY(saveCredentials(store, expired));

    const Run second = runFlow(engine, options, 150'000);
    const FlowResult& r = second.result;
    QCOMPARE(second.finishedCount, 1);
    QVERIFY2(r.outcome == FlowOutcome::Success, qPrintable(r.error.message + u'\n' + browser.log()));
    QCOMPARE(stepsOf(r),
        (QList<FlowStep>{FlowStep::UnauthenticatedRequest, FlowStep::ProtectedResourceMetadata,
            FlowStep::AuthorizationServerMetadata, FlowStep::ClientRegistration, FlowStep::Refresh,
            FlowStep::Authorization, FlowStep::Callback, FlowStep::TokenRequest, FlowStep::Initialize,
            FlowStep::ToolsList}));
    const FlowStepRecord& refresh = r.steps.at(4);
    QCOMPARE(refresh.state, FlowStepRecord::State::Warning);
    QVERIFY2(refresh.warnings.join(u' ').contains(u"invalid_grant"_s), qPrintable(refresh.warnings.join(u' ')));
    QCOMPARE(browser.opened(), 2); // the person signs in again
    QCOMPARE(r.clientId, first.clientId); // with the stored client

    auto renewed = loadCredentials(store, r);
    QVERIFY2(renewed, qPrintable(renewed ? QString() : renewed.error().message));
    QVERIFY(!renewed->refreshToken.isEmpty());
    QVERIFY(renewed->refreshToken != expired.refreshToken);
    QVERIFY(renewed->hasUsableAccessToken(QDateTime::currentDateTimeUtc()));

    // A stored client the server no longer knows (deleted, database reset): the refresh is refused
    // with invalid_client, and the client registers anew before the person signs in again.
    FlowCredentials unknownClient = *renewed;
    unknownClient.clientId = u"client-the-server-forgot"_s;
    unknownClient.accessTokenExpiresAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    QVERIFY(saveCredentials(store, unknownClient));
    const Run third = runFlow(engine, options, 150'000);
    QVERIFY2(
        third.result.outcome == FlowOutcome::Success, qPrintable(third.result.error.message + u'\n' + browser.log()));
    QCOMPARE(stepsOf(third.result),
        (QList<FlowStep>{FlowStep::UnauthenticatedRequest, FlowStep::ProtectedResourceMetadata,
            FlowStep::AuthorizationServerMetadata, FlowStep::ClientRegistration, FlowStep::Refresh,
            FlowStep::ClientRegistration, FlowStep::Authorization, FlowStep::Callback, FlowStep::TokenRequest,
            FlowStep::Initialize, FlowStep::ToolsList}));
    QVERIFY2(third.result.steps.at(4).warnings.join(u' ').contains(u"invalid_client"_s),
        qPrintable(third.result.steps.at(4).warnings.join(u' ')));
    QCOMPARE(third.result.clientIdentification, u"dynamic-registration"_s);
    QVERIFY(third.result.clientId != unknownClient.clientId);
    QCOMPARE(browser.opened(), 3);
    auto registered = loadCredentials(store, third.result);
    QVERIFY2(registered, qPrintable(registered ? QString() : registered.error().message));
    QCOMPARE(registered->clientId, third.result.clientId);
}

void TestFlowEngine::probeRemembersCredentialsInTheKeychain()
{
    if (!keyringAvailable() && keyringRequired())
        QFAIL("the test fixture could not start its secret service (see its first line)");
    if (!keyringAvailable())
        QSKIP("no secret service (run under tests/scripts/with-services.sh)");
    if (!ChromiumBrowser::available())
        QSKIP("needs node and /usr/bin/chromium");
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString browserLog = dir.filePath(u"browser.jsonl"_s);
    const QString browserCommand = u"%1 %2"_s.arg(QStandardPaths::findExecutable(u"node"_s),
        QStringLiteral(MCPAUTH_SOURCE_DIR) + u"/tests/interop/chromium_authorize.mjs"_s);
    struct Probe
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
        QJsonObject json;
        QStringList steps;
    };
    auto probe = [&](const QStringList& arguments) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"MCPAUTH_PEER_USER"_s, QString::fromLatin1(test::kUser));
        env.insert(u"MCPAUTH_PEER_PASSWORD"_s, QString::fromLatin1(test::kUserPassword));
        env.insert(u"MCPAUTH_PEER_BROWSER_LOG"_s, browserLog);
        env.remove(u"MCP_CONFORMANCE_CONTEXT"_s);
        env.remove(u"MCP_AUTH_CLIENT_SECRET"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(MCPAUTH_CLI_PATH), QStringList{u"probe"_s, m_server->url(u"/mcp"_s)} + arguments);
        Probe p;
        if (!process.waitForStarted())
            return p;
        // The server runs on this thread: wait with the event loop turning.
        if (!QTest::qWaitFor([&process] { return process.state() == QProcess::NotRunning; }, 150'000)) {
            process.kill();
            process.waitForFinished();
        }
        p.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
        p.out = process.readAllStandardOutput();
        p.err = process.readAllStandardError();
        p.json = QJsonDocument::fromJson(p.out).object();
        for (const QJsonValue& step : p.json.value(u"steps"_s).toArray())
            p.steps << step.toObject().value(u"step"_s).toString();
        return p;
    };
    auto describe = [&browserLog](const Probe& p) {
        QFile log(browserLog);
        return QString::fromUtf8(p.out + p.err + (log.open(QIODevice::ReadOnly) ? log.readAll() : QByteArray()));
    };
    KeychainSecretStore keychain;
    FlowCredentialStore store(keychain);
    FlowResult key;
    key.issuer = m_server->issuer;
    key.resource = m_server->url(u"/mcp"_s);
    key.redirectUri = u"http://127.0.0.1:%1/callback"_s.arg(ProbeCommand::rememberedCallbackPort(key.resource));

    // Without --remember nothing is stored, even on the port --remember would use.
    const Probe plain = probe({u"--json"_s, u"--browser-command"_s, browserCommand, u"--callback-timeout"_s, u"120"_s,
        u"--callback-port"_s, QString::number(ProbeCommand::rememberedCallbackPort(key.resource))});
    QVERIFY2(plain.exitCode == 0, qPrintable(describe(plain)));
    QCOMPARE(plain.json.value(u"redirectUri"_s).toString(), key.redirectUri);
    auto none = loadCredentials(store, key);
    QVERIFY(!none);
    QCOMPARE(none.error().code, ErrorCode::NotFound);

    // The first --remember probe signs in through the browser and keeps what it obtained.
    const QString firstTranscript = dir.filePath(u"first.json"_s);
    const Probe first = probe({u"--json"_s, u"--remember"_s, u"--browser-command"_s, browserCommand,
        u"--callback-timeout"_s, u"120"_s, u"--transcript"_s, firstTranscript});
    QVERIFY2(first.exitCode == 0, qPrintable(describe(first)));
    QCOMPARE(first.json.value(u"clientIdentification"_s).toString(), u"dynamic-registration"_s);
    QVERIFY(first.steps.contains(u"authorization"_s));
    QCOMPARE(first.json.value(u"redirectUri"_s).toString(), key.redirectUri);
    auto stored = loadCredentials(store, key);
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
    QCOMPARE(stored->clientId, first.json.value(u"clientId"_s).toString());
    QVERIFY(!stored->accessToken.isEmpty());
    QVERIFY(!stored->refreshToken.isEmpty());

    // The second needs no browser: the stored access token is still good.
    const QString secondTranscript = dir.filePath(u"second.json"_s);
    const Probe second
        = probe({u"--json"_s, u"--remember"_s, u"--callback-timeout"_s, u"5"_s, u"--transcript"_s, secondTranscript});
    QVERIFY2(second.exitCode == 0, qPrintable(describe(second)));
    QCOMPARE(second.json.value(u"clientIdentification"_s).toString(), u"stored"_s);
    QCOMPARE(second.steps,
        (QStringList{u"unauthenticated-request"_s, u"protected-resource-metadata"_s, u"authorization-server-metadata"_s,
            u"client-registration"_s, u"initialize"_s, u"tools-list"_s}));
    QVERIFY(!second.err.contains("Open this URL"));

    // An expired access token is refreshed, still without a browser.
    FlowCredentials expired = *stored;
    expired.accessTokenExpiresAt = QDateTime::currentDateTimeUtc().addSecs(-60);
    QVERIFY(saveCredentials(store, expired));
    const QString thirdTranscript = dir.filePath(u"third.json"_s);
    const Probe third
        = probe({u"--json"_s, u"--remember"_s, u"--callback-timeout"_s, u"5"_s, u"--transcript"_s, thirdTranscript});
    QVERIFY2(third.exitCode == 0, qPrintable(describe(third)));
    QCOMPARE(third.steps,
        (QStringList{u"unauthenticated-request"_s, u"protected-resource-metadata"_s, u"authorization-server-metadata"_s,
            u"client-registration"_s, u"refresh"_s, u"initialize"_s, u"tools-list"_s}));
    auto refreshed = loadCredentials(store, key);
    QVERIFY2(refreshed, qPrintable(refreshed ? QString() : refreshed.error().message));
    QVERIFY(refreshed->accessToken != stored->accessToken);
    QVERIFY(refreshed->hasUsableAccessToken(QDateTime::currentDateTimeUtc()));

    // No token reached the output or a transcript.
    const QStringList secrets{
        stored->accessToken, stored->refreshToken, refreshed->accessToken, refreshed->refreshToken};
    for (const Probe* p : {&first, &second, &third}) {
        for (const QString& secret : secrets)
            QVERIFY(!p->out.contains(secret.toUtf8()) && !p->err.contains(secret.toUtf8()));
    }
    for (const QString& file : {firstTranscript, secondTranscript, thirdTranscript}) {
        QFile transcript(file);
        QVERIFY2(transcript.open(QIODevice::ReadOnly), qPrintable(file));
        const QByteArray text = transcript.readAll();
        for (const QString& secret : secrets)
            QVERIFY2(!text.contains(secret.toUtf8()), qPrintable(file));
    }

    // --forget removes the entry without connecting.
    const Probe forget = probe({u"--forget"_s});
    QVERIFY2(forget.exitCode == 0, qPrintable(describe(forget)));
    QVERIFY2(forget.out.contains("any more"), forget.out.constData());
    QVERIFY(!forget.out.contains("initialize"));
    auto gone = loadCredentials(store, key);
    QVERIFY(!gone);
    QCOMPARE(gone.error().code, ErrorCode::NotFound);
}

void TestFlowEngine::probeWithoutKeychainCarriesOn()
{
    // A session bus that leads nowhere: --remember says so in one line and the probe still connects;
    // --forget cannot do its one job and says that instead.
    auto probe = [this](const QStringList& arguments, int& exitCode, QByteArray& out, QByteArray& err) {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/mcpauth-test-bus"_s);
        env.insert(u"MCP_AUTH_CLIENT_SECRET"_s, m_clientSecret);
        env.remove(u"MCP_CONFORMANCE_CONTEXT"_s);
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(MCPAUTH_CLI_PATH),
            QStringList{u"probe"_s, m_server->url(u"/mcp"_s), u"--client-id"_s, m_clientId} + arguments);
        QVERIFY(process.waitForStarted());
        QTRY_VERIFY_WITH_TIMEOUT(process.state() == QProcess::NotRunning, 60'000);
        exitCode = process.exitCode();
        out = process.readAllStandardOutput();
        err = process.readAllStandardError();
    };
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
    probe({u"--client-credentials"_s, u"--remember"_s, u"--json"_s}, exitCode, out, err);
    QVERIFY2(exitCode == 0, QByteArray(out + err).constData());
    QCOMPARE(QJsonDocument::fromJson(out).object().value(u"outcome"_s).toString(), u"success"_s);
    const QList<QByteArray> lines = err.split('\n');
    QCOMPARE(std::count_if(lines.begin(), lines.end(),
                 [](const QByteArray& line) { return line.contains("keychain is not available"); }),
        1);
    QVERIFY(!out.contains(m_clientSecret.toUtf8()) && !err.contains(m_clientSecret.toUtf8()));

    probe({u"--client-credentials"_s, u"--forget"_s}, exitCode, out, err);
    QCOMPARE(exitCode, ProbeCommand::kExitNoKeychain);
    QVERIFY2(err.contains("nothing was forgotten"), err.constData());
}

QTEST_GUILESS_MAIN(TestFlowEngine)
#include "tst_flowengine.moc"
