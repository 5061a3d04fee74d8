// Real MCP peers against the real `mcp-auth serve`: the official MCP TypeScript SDK client with its
// own OAuth client (tests/interop/sdk_client_flow.mjs), mcp-remote, the stdio bridge Claude Desktop
// runs (tests/interop/mcp_remote_smoke.mjs), and headless Chromium on the login and consent pages
// (tests/interop/browser_login_consent.mjs). The store is prepared with the CLI (demo data and user
// alice), the server runs as a child process on a free loopback port, and each node script prints
// one JSON report line and exits 0 only when every step passed.
//
// Needs node and the npm peers in tests/npm/node_modules (npm ci there); without them the test is
// skipped, unless MCPAUTH_REQUIRE_PEERS=1 (CI) makes that a failure.
#include "clientconfig/ConfigFileWriter.h"
#include "clientconfig/ConnectionPlan.h"
#include "flow/ServerDiscovery.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QProcess>
#include <QProcessEnvironment>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>
#include <csignal>
#include <memory>
#include <sys/types.h>

using namespace Qt::StringLiterals;

namespace {

constexpr int kCliTimeoutMs = 60000;
constexpr int kServeStartTimeoutMs = 60000;
constexpr int kServeStopTimeoutMs = 15000;
constexpr int kPeerTimeoutMs = 120000;
// Handed to the scripts, which stop themselves a little earlier and still print their report.
constexpr int kPeerScriptTimeoutSeconds = 100;

const QString kUser = u"alice"_s;
const QByteArray kPassword = "correct horse battery staple";

struct ProcessResult
{
    bool started = false;
    bool finished = false;
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;

    [[nodiscard]] bool ok() const { return finished && status == QProcess::NormalExit && exitCode == 0; }
    [[nodiscard]] QByteArray describe() const
    {
        auto cut = [](const QByteArray& b) { return b.size() > 6000 ? QByteArray("..." + b.right(6000)) : b; };
        return QByteArray("exit code ") + QByteArray::number(exitCode) + (started ? "" : " (did not start)")
            + (finished ? "" : " (timed out)") + (status == QProcess::CrashExit ? " (crashed or killed)" : "")
            + "\n--- stdout:\n" + cut(out) + "\n--- stderr:\n" + cut(err);
    }
};

// The last line of `out` that parses as a JSON object: the scripts' report.
QJsonObject lastJsonLine(const QByteArray& out)
{
    const QList<QByteArray> lines = out.split('\n');
    for (auto it = lines.crbegin(); it != lines.crend(); ++it) {
        const QByteArray line = it->trimmed();
        if (!line.startsWith('{'))
            continue;
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (doc.isObject())
            return doc.object();
    }
    return {};
}

QString jsonText(const QJsonValue& value)
{
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    return value.toVariant().toString();
}

} // namespace

class TestPeers : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sdkClientFlow();
    void mcpRemoteSmoke();
    void browserLoginConsent();
    // What the connection wizard writes for Claude Desktop, started as Claude Desktop starts it.
    void wizardClaudeDesktopEntry();
    // The command the wizard gives for the MCP Inspector, run.
    void wizardInspectorCommand();
    void cleanupTestCase();

private:
    // Runs a process to its end while the event loop keeps turning (the server's output is read
    // meanwhile); never blocks the thread.
    ProcessResult run(const QString& program, const QStringList& args, const QByteArray& input, int timeoutMs,
        const QProcessEnvironment& env);
    ProcessResult runCli(const QStringList& args, const QByteArray& input = {});
    void runPeer(const QString& script, QJsonObject* report, const QStringList& extraArgs = {});
    void onServerOutput();
    [[nodiscard]] QByteArray serverLogTail(int lines = 80) const;
    // The wizard's first steps for `client`: discovery of the built-in server and an application
    // created from the client's template with the discovered scopes (through the CLI here).
    void planForWizard(mcpauth::McpClient client, mcpauth::ConnectionPlan& plan, const QString& appName);

    QString m_sourceDir = QStringLiteral(MCPAUTH_SOURCE_DIR);
    QString m_node;
    QTemporaryDir m_dir;
    QString m_db;
    QProcessEnvironment m_env;
    std::unique_ptr<QProcess> m_server;
    QByteArray m_serverLog;
    QString m_issuer;
};

void TestPeers::initTestCase()
{
    const bool required = qEnvironmentVariable("MCPAUTH_REQUIRE_PEERS") == QLatin1String("1");
    m_node = QStandardPaths::findExecutable(u"node"_s);
    const QString modules = m_sourceDir + u"/tests/npm/node_modules"_s;
    QString missing;
    if (m_node.isEmpty())
        missing = u"node is not on PATH"_s;
    else if (!QFileInfo::exists(modules + u"/@modelcontextprotocol/sdk/package.json"_s)
        || !QFileInfo::exists(modules + u"/mcp-remote/package.json"_s))
        missing = u"the npm peers are not installed (run npm ci in tests/npm)"_s;
    if (!missing.isEmpty()) {
        if (required)
            QFAIL(qPrintable(missing + u" and MCPAUTH_REQUIRE_PEERS=1"_s));
        QSKIP(qPrintable(missing));
    }

    QVERIFY(m_dir.isValid());
    m_db = m_dir.filePath(u"store.sqlite"_s);
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(u"MCPAUTH_DATA_DIR"_s, m_dir.path());
    m_env.remove(u"MCPAUTH_DB"_s);
    // Headless server mode: no OS keychain, so the key ring's key goes to a file beside the store
    // and a developer's real keychain is never touched.
    m_env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path=/nonexistent/mcpauth-test-bus"_s);

    ProcessResult demo = runCli({u"--json"_s, u"demo-data"_s});
    QVERIFY2(demo.ok(), demo.describe().constData());
    // An administrator: the SDK flow's step-up asks for application:write, which only administrators
    // may be granted.
    ProcessResult alice = runCli({u"--json"_s, u"user"_s, u"add"_s, kUser, u"--org"_s, u"demo"_s, u"--display-name"_s,
                                     u"Alice Example"_s, u"--admin"_s},
        kPassword + '\n');
    QVERIFY2(alice.ok(), alice.describe().constData());
    QVERIFY2(QJsonDocument::fromJson(alice.out).object().value(u"isAdmin"_s).toBool(), alice.out.constData());

    // A free port, released just before the server takes it.
    quint16 port = 0;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        port = probe.serverPort();
    }

    m_server = std::make_unique<QProcess>();
    m_server->setProcessEnvironment(m_env);
    m_server->setProcessChannelMode(QProcess::MergedChannels);
    connect(m_server.get(), &QProcess::readyReadStandardOutput, this, &TestPeers::onServerOutput);
    QSignalSpy serverErrors(m_server.get(), &QProcess::errorOccurred);
    m_server->start(
        QStringLiteral(MCPAUTH_CLI_PATH), {u"--db"_s, m_db, u"serve"_s, u"--listen"_s, u"127.0.0.1:%1"_s.arg(port)});
    QTRY_VERIFY2_WITH_TIMEOUT(
        !m_issuer.isEmpty() || m_server->state() == QProcess::NotRunning || !serverErrors.isEmpty(),
        "mcp-auth serve printed no URL", kServeStartTimeoutMs);
    if (m_issuer.isEmpty()) {
        QFAIL(qPrintable(u"mcp-auth serve did not start (exit code %1, %2):\n%3"_s.arg(m_server->exitCode())
                             .arg(m_server->errorString(), QString::fromUtf8(m_serverLog))));
    }
    qInfo().noquote() << "mcp-auth serve is up at" << m_issuer;
}

void TestPeers::cleanupTestCase()
{
    if (!m_server || m_server->state() == QProcess::NotRunning)
        return;
    QSignalSpy finished(m_server.get(), &QProcess::finished);
    ::kill(static_cast<pid_t>(m_server->processId()), SIGTERM);
    if (finished.isEmpty() && !finished.wait(kServeStopTimeoutMs)) {
        m_server->kill();
        m_server->waitForFinished(5000);
        QFAIL(qPrintable(u"mcp-auth serve did not stop within %1 s of SIGTERM:\n%2"_s.arg(kServeStopTimeoutMs / 1000)
                             .arg(QString::fromUtf8(serverLogTail()))));
    }
    if (m_server->exitStatus() != QProcess::NormalExit || m_server->exitCode() != 0) {
        qWarning().noquote() << "mcp-auth serve ended with" << m_server->exitCode()
                             << (m_server->exitStatus() == QProcess::CrashExit ? "(signal, no SIGTERM handler?)" : "");
    }
}

void TestPeers::onServerOutput()
{
    const QByteArray chunk = m_server->readAllStandardOutput();
    m_serverLog += chunk;
    if (!m_issuer.isEmpty())
        return;
    // The first line naming an http URL is the base URL ("… local server at http://127.0.0.1:PORT …").
    for (const QByteArray& line : m_serverLog.split('\n')) {
        static const QRegularExpression url(u"https?://[^\\s\"'<>]+"_s);
        const QRegularExpressionMatch m = url.match(QString::fromUtf8(line));
        if (!m.hasMatch())
            continue;
        QString found = m.captured();
        while (!found.isEmpty() && QStringView(u".,;:)/").contains(found.back()))
            found.chop(1);
        m_issuer = found;
        return;
    }
}

QByteArray TestPeers::serverLogTail(int lines) const
{
    const QList<QByteArray> all = m_serverLog.split('\n');
    return all.mid(qMax(0, all.size() - lines)).join('\n');
}

ProcessResult TestPeers::run(const QString& program, const QStringList& args, const QByteArray& input, int timeoutMs,
    const QProcessEnvironment& env)
{
    ProcessResult r;
    QProcess p;
    p.setProcessEnvironment(env);
    QSignalSpy finished(&p, &QProcess::finished);
    QSignalSpy errors(&p, &QProcess::errorOccurred);
    p.start(program, args);
    if (!input.isEmpty())
        p.write(input);
    p.closeWriteChannel();
    QElapsedTimer clock;
    clock.start();
    while (finished.isEmpty() && (errors.isEmpty() || p.state() != QProcess::NotRunning) && clock.elapsed() < timeoutMs)
        finished.wait(qMax<qint64>(1, qMin<qint64>(1000, timeoutMs - clock.elapsed())));
    r.started = errors.isEmpty() || errors.first().first().value<QProcess::ProcessError>() != QProcess::FailedToStart;
    r.finished = !finished.isEmpty();
    if (!r.finished && p.state() != QProcess::NotRunning) {
        p.kill();
        p.waitForFinished(5000);
    }
    r.exitCode = p.exitCode();
    r.status = p.exitStatus();
    r.out = p.readAllStandardOutput();
    r.err = p.readAllStandardError();
    return r;
}

ProcessResult TestPeers::runCli(const QStringList& args, const QByteArray& input)
{
    return run(QStringLiteral(MCPAUTH_CLI_PATH), QStringList{u"--db"_s, m_db} + args, input, kCliTimeoutMs, m_env);
}

void TestPeers::runPeer(const QString& script, QJsonObject* report, const QStringList& extraArgs)
{
    QProcessEnvironment env = m_env;
    env.insert(u"MCPAUTH_PEER_PASSWORD"_s, QString::fromUtf8(kPassword));
    const QString path = m_sourceDir + u"/tests/interop/"_s + script;
    QVERIFY2(QFileInfo::exists(path), qPrintable(path));
    const qsizetype logMark = m_serverLog.size();
    const ProcessResult r = run(m_node,
        QStringList{path, u"--issuer"_s, m_issuer, u"--user"_s, kUser, u"--timeout"_s,
            QString::number(kPeerScriptTimeoutSeconds)}
            + extraArgs,
        {}, kPeerTimeoutMs, env);
    *report = lastJsonLine(r.out);
    if (!r.ok()) {
        QByteArray why = script.toUtf8() + " failed: " + r.describe();
        const QJsonArray failures = report->value(u"failures"_s).toArray();
        for (const QJsonValue& f : failures)
            why += "\n  failure: " + f.toString().toUtf8();
        why += "\n--- server log during the run:\n" + m_serverLog.mid(logMark).right(12000);
        QFAIL(why.constData());
    }
    QVERIFY2(!report->isEmpty(), qPrintable(script + u" printed no JSON report:\n"_s + QString::fromUtf8(r.out)));
    QVERIFY2(report->value(u"ok"_s).toBool(), qPrintable(jsonText(*report)));
}

void TestPeers::planForWizard(mcpauth::McpClient client, mcpauth::ConnectionPlan& plan, const QString& appName)
{
    using namespace mcpauth;
    const QString mcpUrl = m_issuer + u"/mcp"_s;
    ServerDiscovery discovery;
    std::optional<DiscoverySummary> found;
    connect(&discovery, &ServerDiscovery::finished, this, [&found](const DiscoverySummary& s) { found = s; });
    discovery.start(mcpUrl);
    QTRY_VERIFY_WITH_TIMEOUT(found.has_value(), 30'000);
    QVERIFY2(found->succeeded, qPrintable(found->error));
    plan.client = client;
    plan.os = currentTargetOs();
    plan.serverUrl = mcpUrl;
    plan.identity = ConnectionPlan::Identity::NewApplication;
    const Application app = plan.newApplication(QString(), appName, found->scopes);
    QStringList args{u"--json"_s, u"app"_s, u"add"_s, app.name, u"--org"_s, u"demo"_s, u"--template"_s,
        ConnectionPlan::templateId(client)};
    for (const QString& uri : app.redirectUris)
        args << u"--redirect-uri"_s << uri;
    for (const QString& scope : app.allowedScopes)
        args << u"--scope"_s << scope;
    const ProcessResult created = runCli(args);
    QVERIFY2(created.ok(), created.describe().constData());
    plan.clientId = QJsonDocument::fromJson(created.out).object().value(u"clientId"_s).toString();
    QVERIFY2(!plan.clientId.isEmpty(), created.out.constData());
}

void TestPeers::wizardClaudeDesktopEntry()
{
    using namespace mcpauth;
    ConnectionPlan plan;
    planForWizard(McpClient::ClaudeDesktop, plan, u"wizard-claude-desktop"_s);
    if (QTest::currentTestFailed())
        return;
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        plan.callbackPort = probe.serverPort();
    }
    // The wizard's configuration page: ConnectionPlan::config, merged into the file by ConfigFileWriter.
    const auto config = plan.config();
    QVERIFY2(config, qPrintable(config ? QString() : config.error().message));
    QTemporaryDir dir;
    const QString path = dir.filePath(u"claude_desktop_config.json"_s);
    const auto filePlan = ConfigFileWriter::plan(path, *config, true);
    QVERIFY2(filePlan, qPrintable(filePlan ? QString() : filePlan.error().message));
    const auto written = ConfigFileWriter::write(*filePlan);
    QVERIFY2(written, qPrintable(written ? QString() : written.error().message));

    QJsonObject report;
    runPeer(u"mcp_remote_smoke.mjs"_s, &report, {u"--config"_s, path, u"--entry"_s, plan.name});
    if (QTest::currentTestFailed())
        return;
    // mcp-remote ran the file's command and arguments, as they are, and used the application.
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QJsonObject entry = QJsonDocument::fromJson(file.readAll())
                                  .object()
                                  .value(u"mcpServers"_s)
                                  .toObject()
                                  .value(plan.name)
                                  .toObject();
    QCOMPARE(report.value(u"claudeDesktopConfig"_s).toObject().value(u"mcpServers"_s).toObject().value(plan.name),
        QJsonValue(entry));
    QCOMPARE(entry.value(u"command"_s).toString(), config->command->argv.constFirst());
    QCOMPARE(report.value(u"clientId"_s).toString(), plan.clientId);
    QVERIFY(report.value(u"toolsCount"_s).toInt() > 0);
    QVERIFY(report.value(u"read"_s).toObject().value(u"ok"_s).toBool());
    qInfo().noquote() << "the wizard's Claude Desktop entry connected:" << jsonText(entry);
}

void TestPeers::wizardInspectorCommand()
{
    using namespace mcpauth;
    const QString nodeModules
        = qEnvironmentVariable("MCPAUTH_NODE_MODULES", m_sourceDir + u"/tests/npm/node_modules"_s);
    if (!QFileInfo::exists(nodeModules + u"/@modelcontextprotocol/inspector/package.json"_s)) {
        if (qEnvironmentVariable("MCPAUTH_REQUIRE_PEERS") == QLatin1String("1"))
            QFAIL("the MCP Inspector is not installed in tests/npm and MCPAUTH_REQUIRE_PEERS=1");
        QSKIP("the MCP Inspector is not installed (npm ci in tests/npm)");
    }
    // The Inspector's command line (v0.16, the last that runs on Node 20) has no OAuth: the wizard's
    // command is run with a bearer token obtained from our token endpoint (client credentials of a
    // service application) in its --header option.
    const QString mcpUrl = m_issuer + u"/mcp"_s;
    const ProcessResult service
        = runCli({u"--json"_s, u"app"_s, u"add"_s, u"wizard-inspector-service"_s, u"--org"_s, u"demo"_s,
            u"--template"_s, u"custom"_s, u"--grant"_s, u"client_credentials"_s, u"--scope"_s, u"application:read"_s});
    QVERIFY2(service.ok(), service.describe().constData());
    const QJsonObject created = QJsonDocument::fromJson(service.out).object();
    const QString clientId = created.value(u"clientId"_s).toString();
    const QString secret = created.value(u"clientSecret"_s).toString();
    QVERIFY2(!clientId.isEmpty() && !secret.isEmpty(), service.out.constData());
    QNetworkAccessManager network;
    QNetworkRequest tokenRequest(QUrl(m_issuer + u"/token"_s));
    tokenRequest.setHeader(QNetworkRequest::ContentTypeHeader, u"application/x-www-form-urlencoded"_s);
    const QByteArray basic = QUrl::toPercentEncoding(clientId) + ':' + QUrl::toPercentEncoding(secret);
    tokenRequest.setRawHeader("Authorization", "Basic " + basic.toBase64());
    QUrlQuery form;
    form.addQueryItem(u"grant_type"_s, u"client_credentials"_s);
    form.addQueryItem(u"resource"_s, mcpUrl);
    form.addQueryItem(u"scope"_s, u"application:read"_s);
    QNetworkReply* reply = network.post(tokenRequest, form.toString(QUrl::FullyEncoded).toUtf8());
    QSignalSpy done(reply, &QNetworkReply::finished);
    QVERIFY(done.wait(15'000));
    const QByteArray tokenBody = reply->readAll();
    reply->deleteLater();
    const QString token = QJsonDocument::fromJson(tokenBody).object().value(u"access_token"_s).toString();
    QVERIFY2(!token.isEmpty(), tokenBody.constData());

    ConnectionPlan plan;
    plan.client = McpClient::McpInspector;
    plan.serverUrl = mcpUrl;
    plan.identity = ConnectionPlan::Identity::SelfRegistration;
    const auto config = plan.config();
    QVERIFY2(config && config->command, qPrintable(config ? QString() : config.error().message));
    QStringList argv = config->command->argv;
    QCOMPARE(argv.constFirst(), u"npx"_s);
    QVERIFY(argv.contains(u"--cli"_s) && argv.contains(u"tools/list"_s));
    argv << u"--header"_s << u"Authorization: Bearer %1"_s.arg(token);
    // npx in tests/npm runs the installed Inspector, as it would a downloaded one.
    QProcessEnvironment env = m_env;
    QProcess npx;
    npx.setProcessEnvironment(env);
    npx.setWorkingDirectory(QFileInfo(nodeModules).absolutePath());
    QSignalSpy finished(&npx, &QProcess::finished);
    npx.start(QStandardPaths::findExecutable(argv.takeFirst()), argv);
    QVERIFY2(finished.wait(kPeerTimeoutMs), "the Inspector did not finish");
    const QByteArray out = npx.readAllStandardOutput();
    QVERIFY2(npx.exitCode() == 0, QByteArray(out + npx.readAllStandardError()).constData());
    const QJsonArray tools = QJsonDocument::fromJson(out).object().value(u"tools"_s).toArray();
    QStringList names;
    for (const QJsonValue& t : tools)
        names << t.toObject().value(u"name"_s).toString();
    QVERIFY2(names.contains(u"list_applications"_s), out.constData());
    qInfo().noquote() << "the wizard's MCP Inspector command listed" << names.size() << "tools";
}

void TestPeers::sdkClientFlow()
{
    QJsonObject report;
    runPeer(u"sdk_client_flow.mjs"_s, &report);
    if (QTest::currentTestFailed())
        return;
    // The script checks every step; these repeat the essentials so a script that silently skipped
    // one cannot pass.
    const QString mcpUrl = m_issuer + u"/mcp"_s;
    QVERIFY(!report.value(u"registration"_s).toObject().value(u"client_id"_s).toString().isEmpty());
    const QJsonArray auths = report.value(u"authorizations"_s).toArray();
    QCOMPARE(auths.size(), 2);
    for (const QJsonValue& a : auths) {
        const QJsonObject o = a.toObject();
        QCOMPARE(o.value(u"resource"_s).toString(), mcpUrl);
        QCOMPARE(o.value(u"code_challenge_method"_s).toString(), u"S256"_s);
        QVERIFY(o.value(u"stateOk"_s).toBool());
        QCOMPARE(o.value(u"iss"_s).toString(), m_issuer);
        QVERIFY(o.value(u"consentPages"_s).toInt() >= 1);
    }
    const auto scopes = [&](const QString& key) {
        QStringList out;
        for (const QJsonValue& v : report.value(key).toArray())
            out << v.toString();
        return out;
    };
    QVERIFY2(!scopes(u"firstScopes"_s).contains(u"application:write"_s), qPrintable(jsonText(report)));
    QVERIFY2(scopes(u"stepUpScopes"_s).contains(u"application:write"_s), qPrintable(jsonText(report)));
    QVERIFY(report.value(u"tools"_s).toObject().value(u"count"_s).toInt() > 0);
    QVERIFY(report.value(u"read"_s).toObject().value(u"ok"_s).toBool());
    const QJsonObject stepUp = report.value(u"stepUp"_s).toObject();
    QVERIFY(stepUp.value(u"seen"_s).toBool());
    QCOMPARE(stepUp.value(u"error"_s).toString(), u"insufficient_scope"_s);
    QVERIFY(report.value(u"write"_s).toObject().value(u"ok"_s).toBool());
    qInfo().noquote() << "SDK step-up handled by" << stepUp.value(u"handledBy"_s).toString()
                      << "; SDK said:" << stepUp.value(u"sdkError"_s).toString();
}

void TestPeers::mcpRemoteSmoke()
{
    QJsonObject report;
    runPeer(u"mcp_remote_smoke.mjs"_s, &report);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(report.value(u"toolsCount"_s).toInt() > 0);
    QVERIFY(!report.value(u"initialize"_s).toObject().value(u"serverInfo"_s).toObject().isEmpty());
    const QJsonArray browser = report.value(u"browser"_s).toArray();
    QVERIFY(!browser.isEmpty());
    QCOMPARE(browser.first().toObject().value(u"iss"_s).toString(), m_issuer);
    QCOMPARE(browser.first().toObject().value(u"callbackStatus"_s).toInt(), 200);
    QVERIFY2(report.value(u"homeTouched"_s).toArray().isEmpty(), qPrintable(jsonText(report)));
    qInfo().noquote() << "claude_desktop_config.json entry verified:"
                      << jsonText(report.value(u"claudeDesktopConfig"_s));
}

void TestPeers::browserLoginConsent()
{
    const QString chromium = qEnvironmentVariable("MCPAUTH_CHROMIUM", u"/usr/bin/chromium"_s);
    if (!QFileInfo(chromium).isExecutable()
        || !QFileInfo::exists(m_sourceDir + u"/tests/npm/node_modules/playwright-core/package.json"_s)) {
        const QString missing = u"Chromium (%1) or playwright-core is not installed"_s.arg(chromium);
        if (qEnvironmentVariable("MCPAUTH_REQUIRE_PEERS") == QLatin1String("1"))
            QFAIL(qPrintable(missing + u" and MCPAUTH_REQUIRE_PEERS=1"_s));
        QSKIP(qPrintable(missing));
    }
    // A resource and a client of our own, registered with the CLI as an administrator would: a public
    // client whose port-less loopback redirect accepts the port the script's listener gets (RFC 8252).
    const QString resource = u"https://browser-peer.test.example/mcp"_s;
    ProcessResult added = runCli({u"resource"_s, u"add"_s, resource, u"--org"_s, u"demo"_s, u"--display-name"_s,
        u"Browser test server"_s, u"--scope"_s, u"application:read"_s, u"--scope"_s, u"token:read"_s});
    QVERIFY2(added.ok(), added.describe().constData());
    added = runCli({u"--json"_s, u"app"_s, u"add"_s, u"chromium-peer"_s, u"--org"_s, u"demo"_s, u"--display-name"_s,
        u"Chromium Test Client"_s, u"--redirect-uri"_s, u"http://127.0.0.1/callback"_s, u"--consent"_s, u"always"_s,
        u"--scope"_s, u"application:read"_s, u"--scope"_s, u"token:read"_s});
    QVERIFY2(added.ok(), added.describe().constData());
    const QString clientId = QJsonDocument::fromJson(added.out).object().value(u"clientId"_s).toString();
    QVERIFY2(!clientId.isEmpty(), added.out.constData());

    // Screenshots go where a developer can look at them: $MCPAUTH_SCREENSHOT_DIR, else the test's
    // temporary directory (kept for the test's lifetime, printed below).
    const QString screenshots = qEnvironmentVariable("MCPAUTH_SCREENSHOT_DIR", m_dir.filePath(u"screenshots"_s));
    QJsonObject report;
    runPeer(u"browser_login_consent.mjs"_s, &report,
        {u"--client-id"_s, clientId, u"--resource"_s, resource, u"--scope"_s, u"application:read token:read"_s,
            u"--screenshots"_s, screenshots, u"--chromium"_s, chromium});
    if (QTest::currentTestFailed())
        return;

    // The script checks each step; the essentials again, so a script that skipped one cannot pass.
    const QJsonObject callback = report.value(u"callback"_s).toObject();
    QVERIFY2(callback.value(u"hasCode"_s).toBool(), qPrintable(jsonText(report)));
    QVERIFY(callback.value(u"stateOk"_s).toBool());
    QCOMPARE(callback.value(u"iss"_s).toString(), m_issuer);
    QCOMPARE(report.value(u"landedOn"_s).toString(), u"redirect_uri"_s);
    const QString consent = report.value(u"consentText"_s).toString();
    for (const QString& shown : {u"Chromium Test Client wants to access Browser test server"_s, u"Read applications"_s,
             u"List and show OAuth applications and their settings."_s, u"Read tokens"_s,
             u"Signed in as Alice Example (alice)"_s, resource})
        QVERIFY2(consent.contains(shown), qPrintable(shown + u" not on the consent page: "_s + consent));
    QVERIFY(report.value(u"redirectHostShown"_s).toString().startsWith(u"127.0.0.1:"_s));
    const QJsonObject cookie = report.value(u"cookie"_s).toObject();
    QVERIFY(cookie.value(u"httpOnly"_s).toBool());
    QCOMPARE(cookie.value(u"sameSite"_s).toString(), u"Lax"_s);
    const QJsonArray pages = report.value(u"pages"_s).toArray();
    QVERIFY(pages.size() >= 4);
    for (const QJsonValue& v : pages) {
        const QJsonObject page = v.toObject();
        QCOMPARE(page.value(u"xFrameOptions"_s).toString(), u"DENY"_s);
        QVERIFY(page.value(u"csp"_s).toString().contains(u"frame-ancestors 'none'"_s));
        QCOMPARE(page.value(u"cacheControl"_s).toString(), u"no-store"_s);
    }
    QCOMPARE(report.value(u"framing"_s).toObject().value(u"passwordFieldsShown"_s).toInt(), 0);
    QCOMPARE(report.value(u"errorPage"_s).toObject().value(u"status"_s).toInt(), 400);
    const QJsonObject shots = report.value(u"screenshots"_s).toObject();
    for (const QString& name : {u"login"_s, u"consent"_s, u"error"_s}) {
        const QFileInfo file(shots.value(name).toString());
        QVERIFY2(file.exists() && file.size() > 5000, qPrintable(name));
    }
    qInfo().noquote() << "Chromium" << report.value(u"browserVersion"_s).toString()
                      << "signed in and consented; screenshots in" << screenshots;
}

QTEST_GUILESS_MAIN(TestPeers)
#include "tst_peers.moc"
