// The connection wizard (ui/wizard) offscreen, end to end against the local server: Claude Desktop,
// the built-in MCP server, a new application from the template, the configuration written into a
// temporary HOME (merged into a file that was there, with a backup), and the test page's run through
// the flow engine with the system browser replaced by a URL handler that signs in and approves
// (tests/interop/lib/open_browser.mjs over HTTP). Then a broken setup: an application without the
// client's redirect URI fails with the right finding, and its one-click fix makes the next run pass.
// The run logs at debug level into a log file, which must then hold none of the run's secrets.
// Also the core side: ConnectionPlan's choices and ServerDiscovery's summary.
#include "GuiTestSupport.h"
#include "LogFileSupport.h"
#include "MainWindow.h"
#include "TestServer.h"
#include "backend/LocalBackend.h"
#include "clientconfig/ClientConfigWriter.h"
#include "clientconfig/ConnectionPlan.h"
#include "flow/ServerDiscovery.h"
#include "flow/Transcript.h"
#include "inspector/ConnectionsPage.h"
#include "inspector/InspectorWidget.h"
#include "models/TranscriptTableModel.h"
#include "redirect/RedirectUriRules.h"
#include "wizard/ConnectionWizard.h"
#include "wizard/TestPage.h"

#include <QAbstractButton>
#include <QAction>
#include <QComboBox>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QRadioButton>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUrlQuery>

using namespace mcpauth;
using mcpauth::test::openBackend;
using mcpauth::test::readLogs;
using mcpauth::test::saveShot;

namespace {

// The person at the system browser: every http URL the console opens is handed to a script that
// signs in as alice, approves, and follows the redirect to the loopback callback, as a browser would.
class BrowserStandIn : public QObject
{
    Q_OBJECT

public:
    explicit BrowserStandIn(QString logFile)
        : m_logFile(std::move(logFile))
    { }
    ~BrowserStandIn() override
    {
        for (QProcess* process : findChildren<QProcess*>())
            process->waitForFinished(30'000);
    }
    Q_DISABLE_COPY_MOVE(BrowserStandIn)

    [[nodiscard]] int opened() const { return m_opened; }
    [[nodiscard]] QString log() const
    {
        QFile file(m_logFile);
        return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QStringLiteral("(no log)");
    }
    [[nodiscard]] static QString node() { return QStandardPaths::findExecutable(QStringLiteral("node")); }

public Q_SLOTS:
    void openUrl(const QUrl& url)
    {
        ++m_opened;
        auto* process = new QProcess(this);
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("MCPAUTH_PEER_USER"), QString::fromLatin1(test::kUser));
        env.insert(QStringLiteral("MCPAUTH_PEER_PASSWORD"), QString::fromLatin1(test::kUserPassword));
        env.insert(QStringLiteral("MCPAUTH_PEER_BROWSER_LOG"), m_logFile);
        process->setProcessEnvironment(env);
        process->start(
            node(), {QStringLiteral(MCPAUTH_SOURCE_DIR "/tests/interop/lib/open_browser.mjs"), url.toString()});
    }

private:
    QString m_logFile;
    int m_opened = 0;
};

// The secrets a run handled, from its transcript (which keeps bodies as they were; the views mask
// them): the authorization code and PKCE verifier the token request sent, the tokens it got back.
QStringList secretsOf(const Transcript& transcript)
{
    QStringList secrets;
    for (const TranscriptEvent& e : transcript.events()) {
        const QUrlQuery form(QString::fromUtf8(e.request.body));
        if (form.queryItemValue(QStringLiteral("grant_type")) != QLatin1String("authorization_code"))
            continue;
        secrets << form.queryItemValue(QStringLiteral("code"), QUrl::FullyDecoded)
                << form.queryItemValue(QStringLiteral("code_verifier"), QUrl::FullyDecoded);
        const QJsonObject answer = e.response ? QJsonDocument::fromJson(e.response->body).object() : QJsonObject();
        secrets << answer.value(QStringLiteral("access_token")).toString()
                << answer.value(QStringLiteral("refresh_token")).toString();
    }
    return secrets;
}

QAbstractButton* next(ConnectionWizard& wizard)
{
    return wizard.button(QWizard::NextButton);
}

template <typename T>
T* child(QWidget& parent, const char* name)
{
    T* found = parent.findChild<T*>(QString::fromLatin1(name));
    if (!found)
        qWarning("no child %s", name);
    return found;
}

} // namespace

class TestWizard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanupTestCase();
    void planFollowsTheClient();
    void discoverySummarisesTheServer();
    void discoveryFailureIsSaidInWords();
    void wizardConnectsClaudeDesktop();
    void brokenRedirectUriIsFoundAndFixed();
    void mainWindowOpensTheWizard();

private:
    void requireBrowser();
    // Client and server pages: Claude Desktop and the built-in server, discovered.
    void passClientAndServer(ConnectionWizard& wizard);
    void runTest(ConnectionWizard& wizard, FlowResult& result);

    std::unique_ptr<test::RunningServer> m_server;
    std::unique_ptr<BrowserStandIn> m_browser;
    QTemporaryDir m_home;
    QByteArray m_oldHome;
};

void TestWizard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_home.isValid());
    // PlatformDirs reads HOME and XDG_CONFIG_HOME: the client files go into the temporary HOME.
    m_oldHome = qgetenv("HOME");
    qputenv("HOME", m_home.path().toUtf8());
    qunsetenv("XDG_CONFIG_HOME");
    QString why;
    m_server = test::startServer(&why);
    QVERIFY2(m_server, qPrintable(why));
    m_browser = std::make_unique<BrowserStandIn>(m_home.filePath(QStringLiteral("browser.jsonl")));
    QDesktopServices::setUrlHandler(QStringLiteral("http"), m_browser.get(), "openUrl");
    QDesktopServices::setUrlHandler(QStringLiteral("https"), m_browser.get(), "openUrl");
}

void TestWizard::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("http"));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
    m_browser.reset();
    qputenv("HOME", m_oldHome);
}

void TestWizard::requireBrowser()
{
    const bool ok = !BrowserStandIn::node().isEmpty()
        && QFile::exists(QStringLiteral(MCPAUTH_SOURCE_DIR "/tests/interop/lib/open_browser.mjs"));
    if (ok)
        return;
    if (qEnvironmentVariable("MCPAUTH_REQUIRE_PEERS") == QLatin1String("1"))
        QFAIL("node is missing and MCPAUTH_REQUIRE_PEERS=1");
    QSKIP("needs node for the browser stand-in");
}

void TestWizard::planFollowsTheClient()
{
    ConnectionPlan plan;
    plan.client = McpClient::ClaudeDesktop;
    plan.os = TargetOs::Linux;
    plan.serverUrl = QStringLiteral("http://127.0.0.1:8765/mcp");
    plan.identity = ConnectionPlan::Identity::NewApplication;
    plan.clientId = QStringLiteral("abc");
    // mcp-remote's redirect: 127.0.0.1, /oauth/callback, any port (the template's wildcard).
    QVERIFY(plan.redirectUris().contains(QStringLiteral("http://127.0.0.1:*/oauth/callback")));
    const Application app = plan.newApplication(
        QStringLiteral("org"), QStringLiteral("claude-desktop"), {QStringLiteral("a"), QStringLiteral("b")});
    QCOMPARE(app.clientType, ClientType::Public);
    QCOMPARE(app.allowedScopes, (QStringList{QStringLiteral("a"), QStringLiteral("b")}));
    QCOMPARE(app.redirectUris, plan.redirectUris());
    FlowOptions test = plan.testOptions();
    QCOMPARE(test.clientId, QStringLiteral("abc"));
    QCOMPARE(test.callbackHost, QStringLiteral("127.0.0.1"));
    QCOMPARE(test.callbackPath, QStringLiteral("/oauth/callback"));
    QCOMPARE(test.callbackPort, quint16(0));
    QVERIFY(test.checkAuthorizationRequest);
    QVERIFY(!test.headless);
    // The engine's redirect URI for that run is one the application accepts.
    QVERIFY(RedirectUriRules::match(app.redirectUris, QStringLiteral("http://127.0.0.1:50123/oauth/callback")).matched);
    auto config = plan.config();
    QVERIFY(config);
    QVERIFY(config->command->argv.contains(QStringLiteral("--static-oauth-client-info")));
    plan.callbackPort = 4711;
    QCOMPARE(plan.testOptions().callbackPort, quint16(4711));

    // The MCP Inspector's CLI calls back on a fixed port.
    plan.client = McpClient::McpInspector;
    plan.callbackPort = 0;
    QCOMPARE(plan.testOptions().callbackPort, quint16(6276));
    QCOMPARE(plan.testOptions().callbackPath, QStringLiteral("/oauth/callback"));
    // Cursor's cursor:// redirect cannot be received here: the test registers its own client.
    plan.client = McpClient::Cursor;
    QVERIFY(plan.testOptions().clientId.isEmpty());
    QVERIFY(!plan.testNote().isEmpty());
    // Another client: no file format, a public client with port-less loopback redirects.
    plan.client.reset();
    QCOMPARE(plan.config().error().code, ErrorCode::NotFound);
    QCOMPARE(plan.testOptions().callbackPath, QStringLiteral("/callback"));
    QCOMPARE(plan.testOptions().clientId, QStringLiteral("abc"));
    // Self-registration sends no client id, and says what it registers.
    plan.client = McpClient::ClaudeDesktop;
    plan.identity = ConnectionPlan::Identity::SelfRegistration;
    QVERIFY(plan.configRequest().clientId.isEmpty());
    QVERIFY(plan.testOptions().clientId.isEmpty());
    DiscoverySummary dcr;
    dcr.registrationEndpoint = QStringLiteral("http://127.0.0.1:8765/register");
    const QString said = plan.selfRegistration(dcr).join(QLatin1Char(' '));
    QVERIFY2(said.contains(dcr.registrationEndpoint), qPrintable(said));
    QVERIFY2(said.contains(QLatin1String("http://127.0.0.1:<port>/oauth/callback")), qPrintable(said));
    QVERIFY(plan.selfRegistration(DiscoverySummary{}).join(QLatin1Char(' ')).contains(QLatin1String("cannot")));
    QCOMPARE(ConnectionPlan::freeName(QStringLiteral("cursor"), {QStringLiteral("cursor"), QStringLiteral("cursor-2")}),
        QStringLiteral("cursor-3"));
}

void TestWizard::discoverySummarisesTheServer()
{
    ServerDiscovery discovery;
    QList<FlowStep> steps;
    std::optional<DiscoverySummary> summary;
    connect(&discovery, &ServerDiscovery::stepStarted, this, [&steps](FlowStep s) { steps << s; });
    connect(&discovery, &ServerDiscovery::finished, this, [&summary](const DiscoverySummary& s) { summary = s; });
    discovery.start(m_server->url(QStringLiteral("/mcp")));
    QTRY_VERIFY_WITH_TIMEOUT(summary.has_value(), 30'000);
    QVERIFY2(summary->succeeded, qPrintable(summary->error));
    QCOMPARE(steps.constFirst(), FlowStep::UnauthenticatedRequest);
    QVERIFY(!steps.contains(FlowStep::ClientRegistration)); // nothing registered
    QCOMPARE(summary->issuer, m_server->issuer);
    QVERIFY(summary->resourceMetadataUrl.contains(QLatin1String("/.well-known/oauth-protected-resource")));
    QCOMPARE(summary->resource, m_server->url(QStringLiteral("/mcp")));
    QVERIFY(summary->supportsDynamicRegistration());
    QVERIFY(!summary->scopes.isEmpty());
    QCOMPARE(summary->scopesSource, QStringLiteral("protected-resource-metadata"));
}

void TestWizard::discoveryFailureIsSaidInWords()
{
    ServerDiscovery discovery;
    std::optional<DiscoverySummary> summary;
    connect(&discovery, &ServerDiscovery::finished, this, [&summary](const DiscoverySummary& s) { summary = s; });
    // A path the server does not serve: no MCP endpoint, no metadata.
    discovery.start(m_server->url(QStringLiteral("/nothing-here")));
    QTRY_VERIFY_WITH_TIMEOUT(summary.has_value(), 30'000);
    QVERIFY(!summary->succeeded);
    QVERIFY(!summary->error.isEmpty());
    QVERIFY(summary->failedStep.has_value());
}

void TestWizard::passClientAndServer(ConnectionWizard& wizard)
{
    QCOMPARE(wizard.currentId(), int(ConnectionWizard::ClientPageId));
    auto* desktop = child<QRadioButton>(wizard, "client_claude-desktop");
    QVERIFY(desktop && desktop->isChecked());
    next(wizard)->click();
    QCOMPARE(wizard.currentId(), int(ConnectionWizard::ServerPageId));
    QVERIFY(child<QRadioButton>(wizard, "serverBuiltIn")->isChecked());
    QTRY_VERIFY_WITH_TIMEOUT(next(wizard)->isEnabled(), 30'000);
    QCOMPARE(child<QLabel>(wizard, "discoveredIssuer")->text(), m_server->issuer);
    QVERIFY(child<QLabel>(wizard, "discoveredRegistration")->text().contains(QLatin1String("DCR")));
    QVERIFY(child<QLabel>(wizard, "discoveredResourceMetadata")->text().contains(QLatin1String("oauth-protected")));
    QVERIFY(!child<QLabel>(wizard, "discoveredScopes")->text().isEmpty());
    next(wizard)->click();
    QCOMPARE(wizard.currentId(), int(ConnectionWizard::IdentityPageId));
}

void TestWizard::runTest(ConnectionWizard& wizard, FlowResult& result)
{
    auto* page = qobject_cast<TestPage*>(wizard.currentPage());
    QVERIFY(page);
    std::optional<FlowResult> finished;
    QMetaObject::Connection c = connect(
        page->inspector(), &InspectorWidget::runFinished, this, [&finished](const FlowResult& r) { finished = r; });
    child<QPushButton>(wizard, "testConnection")->click();
    QTRY_VERIFY_WITH_TIMEOUT(finished.has_value(), 90'000);
    disconnect(c);
    result = *finished;
}

void TestWizard::wizardConnectsClaudeDesktop()
{
    requireBrowser();
    // A Claude Desktop file with another server and a key of its own: both stay.
    const QString configPath = m_home.filePath(QStringLiteral(".config/Claude/claude_desktop_config.json"));
    QVERIFY(QDir().mkpath(QFileInfo(configPath).absolutePath()));
    {
        QFile file(configPath);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("{\n  \"mcpServers\": {\n    \"other\": {\"command\": \"other-server\"}\n  },\n"
                   "  \"globalShortcut\": \"Ctrl+Space\"\n}\n");
    }

    // Everything the console and the in-process server log, at debug level, as Preferences would set it.
    const QString logPath = m_home.filePath(QStringLiteral("log/mcpauth-console.log"));
    FileLogger logger(logPath);
    QLoggingCategory::setFilterRules(FileLogger::filterRules(LogLevel::Debug));
    auto restoreRules = qScopeGuard([] { QLoggingCategory::setFilterRules(QString()); });

    auto location = DatabaseLocation::parse(m_server->dir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY(location);
    LocalBackend backend(*location, {});
    openBackend(backend);
    const QString mcpUrl = m_server->url(QStringLiteral("/mcp"));
    ConnectionWizard wizard(backend, mcpUrl);
    wizard.show();
    QVERIFY(QTest::qWaitForWindowExposed(&wizard));
    passClientAndServer(wizard);
    if (QTest::currentTestFailed())
        return;

    // Identity: a new application from the Claude Desktop template, created when going on.
    QVERIFY(child<QRadioButton>(wizard, "identityCreate")->isChecked());
    QTRY_VERIFY(!child<QLineEdit>(wizard, "applicationName")->text().isEmpty());
    const QString appName = child<QLineEdit>(wizard, "applicationName")->text();
    QVERIFY(appName.startsWith(QLatin1String("claude-desktop")));
    QVERIFY(child<QPlainTextEdit>(wizard, "identityDetails")->toPlainText().contains(QLatin1String("/oauth/callback")));
    next(wizard)->click();
    QTRY_COMPARE_WITH_TIMEOUT(wizard.currentId(), int(ConnectionWizard::ScopesPageId), 10'000);
    auto created = m_server->store->applications().find(wizard.plan().clientId);
    QVERIFY2(created, qPrintable(wizard.plan().clientId));
    QCOMPARE(created->name, appName);
    QCOMPARE(created->redirectUris, wizard.plan().redirectUris());
    QVERIFY(created->redirectUris.contains(QStringLiteral("http://127.0.0.1:*/oauth/callback")));
    QVERIFY(!created->isConfidential());

    // Scopes: every offered scope listed with a checkbox; none checked leaves the choice to the client.
    auto* scopes = child<QListWidget>(wizard, "scopeList");
    QVERIFY(scopes->count() > 0);
    QVERIFY(scopes->item(0)->flags() & Qt::ItemIsUserCheckable);
    QTRY_VERIFY2(scopes->item(0)->text().contains(QStringLiteral(" — ")),
        qPrintable(scopes->item(0)->text())); // the description arrived
    next(wizard)->click();
    QCOMPARE(wizard.currentId(), int(ConnectionWizard::ConfigPageId));

    // Configuration: the exact entry, the file in the temporary HOME, the diff, the command flagged.
    auto* os = child<QComboBox>(wizard, "targetOs");
    os->setCurrentIndex(os->findData(int(TargetOs::Linux)));
    QCOMPARE(child<QLineEdit>(wizard, "configFile")->text(), configPath);
    auto expected = ClientConfigWriter::generate(wizard.plan().configRequest());
    QVERIFY(expected);
    QCOMPARE(child<QPlainTextEdit>(wizard, "configSnippet")->toPlainText(), expected->snippet());
    QVERIFY(
        child<QPlainTextEdit>(wizard, "commandText")->toPlainText().startsWith(QLatin1String("npx -y mcp-remote ")));
    QVERIFY(child<QLabel>(wizard, "commandWarning")->isVisible());
    QVERIFY(child<QLabel>(wizard, "commandWarning")->text().contains(QLatin1String("Code execution")));
    const QString diff = child<QPlainTextEdit>(wizard, "configDiff")->toPlainText();
    QVERIFY2(diff.contains(QLatin1String("+    \"mcp-auth\"")), qPrintable(diff));
    saveShot(&wizard, QStringLiteral("wizard-config"));
    auto* write = child<QPushButton>(wizard, "writeConfig");
    QVERIFY(write->isEnabled());
    write->click();
    QVERIFY2(child<QLabel>(wizard, "configStatus")->text().startsWith(QLatin1String("Wrote")),
        qPrintable(child<QLabel>(wizard, "configStatus")->text()));
    QFile written(configPath);
    QVERIFY(written.open(QIODevice::ReadOnly));
    const QJsonObject root = QJsonDocument::fromJson(written.readAll()).object();
    QCOMPARE(root.value(QStringLiteral("globalShortcut")).toString(), QStringLiteral("Ctrl+Space"));
    const QJsonObject servers = root.value(QStringLiteral("mcpServers")).toObject();
    QVERIFY(servers.contains(QStringLiteral("other")));
    const QJsonObject entry = servers.value(QStringLiteral("mcp-auth")).toObject();
    QCOMPARE(entry.value(QStringLiteral("command")).toString(), QStringLiteral("npx"));
    const QJsonArray args = entry.value(QStringLiteral("args")).toArray();
    const QStringList expectedArgs{QStringLiteral("-y"), QStringLiteral("mcp-remote"), mcpUrl, QStringLiteral("--host"),
        QStringLiteral("127.0.0.1"), QStringLiteral("--allow-http"), QStringLiteral("--static-oauth-client-info"),
        QStringLiteral("{\"client_id\":\"%1\"}").arg(created->clientId)};
    QStringList actualArgs;
    for (const QJsonValue& v : args)
        actualArgs << v.toString();
    QCOMPARE(actualArgs, expectedArgs);
    // The file before is kept beside it.
    const QStringList backups = QDir(QFileInfo(configPath).absolutePath())
                                    .entryList({QStringLiteral("claude_desktop_config.json.bak-*")}, QDir::Files);
    QCOMPARE(backups.size(), 1);
    QVERIFY(!write->isEnabled()); // written: nothing left to write

    // Test: the whole flow through the system browser (the stand-in) and the loopback callback.
    next(wizard)->click();
    QCOMPARE(wizard.currentId(), int(ConnectionWizard::TestPageId));
    const int openedBefore = m_browser->opened();
    FlowResult result;
    runTest(wizard, result);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(result.outcome == FlowOutcome::Success,
        qPrintable(result.error.message + QLatin1Char('\n') + m_browser->log()));
    QCOMPARE(m_browser->opened(), openedBefore + 1);
    QCOMPARE(result.clientId, created->clientId);
    QVERIFY2(result.redirectUri.startsWith(QLatin1String("http://127.0.0.1:"))
            && result.redirectUri.endsWith(QLatin1String("/oauth/callback")),
        qPrintable(result.redirectUri));
    // The inspector's messages: tools/list answered in the transcript and in the table.
    auto* page = qobject_cast<TestPage*>(wizard.currentPage());
    bool listed = false;
    for (const TranscriptEvent& e : page->inspector()->transcript()->events())
        listed = listed
            || (e.kind == TranscriptEvent::Kind::JsonRpcResponse && e.request.method == QLatin1String("tools/list"));
    QVERIFY(listed);
    auto* messages = page->inspector()->findChild<QTableView*>(QStringLiteral("messages"));
    bool inTable = false;
    for (int row = 0; row < messages->model()->rowCount(); ++row)
        inTable = inTable
            || messages->model()->index(row, TranscriptTableModel::SummaryColumn).data().toString()
                == QLatin1String("tools/list");
    QVERIFY(inTable);
    // The last page ends on the tools.
    auto* tools = child<QListWidget>(wizard, "toolsList");
    QCOMPARE(tools->count(), int(result.tools.size()));
    QVERIFY(tools->count() > 0);
    QStringList names;
    for (int row = 0; row < tools->count(); ++row)
        names << tools->item(row)->data(Qt::UserRole).toString();
    QVERIFY2(names.contains(QStringLiteral("list_applications")), qPrintable(names.join(u' ')));
    QVERIFY(child<QLabel>(wizard, "testOutcome")->text().startsWith(QLatin1String("Connected")));
    // The selected tool's description is shown beside the list.
    QCOMPARE(child<QLabel>(wizard, "toolDescription")->text(),
        result.tools.at(0).toObject().value(QStringLiteral("description")).toString());
    saveShot(&wizard, QStringLiteral("wizard-test"));
    QVERIFY(wizard.button(QWizard::FinishButton)->isEnabled());

    // No secret of the run in the log: the code, the verifier, both tokens, and alice's password
    // (the server read it from the login form in this process).
    QStringList secrets = secretsOf(*page->inspector()->transcript());
    QCOMPARE(secrets.size(), 4);
    const QString password = QString::fromLatin1(test::kUserPassword);
    secrets << password << QString(password).replace(u' ', u'+') // as the form sent it
            << QString::fromLatin1(QUrl::toPercentEncoding(password));
    const QByteArray log = readLogs(logPath);
    QVERIFY2(log.contains(" mcpauth.core.flow: step"), log.left(2000).constData()); // the run was logged
    QVERIFY(log.contains(" D mcpauth."));
    for (const QString& secret : std::as_const(secrets)) {
        QVERIFY2(secret.size() >= 8, qPrintable(QStringLiteral("a secret of %1 characters").arg(secret.size())));
        QVERIFY2(!log.contains(secret.toUtf8()),
            qPrintable(QStringLiteral("a secret of %1 characters is in the log").arg(secret.size())));
    }
}

void TestWizard::brokenRedirectUriIsFoundAndFixed()
{
    requireBrowser();
    // An application registered for another callback: what Claude Desktop sends is refused.
    auto org = m_server->store->organizations().find(QString::fromLatin1(DemoData::kOrganization));
    QVERIFY(org);
    auto resource = m_server->store->resources().find(m_server->url(QStringLiteral("/mcp")));
    QVERIFY(resource);
    Application app;
    app.organizationId = org->id;
    app.name = QStringLiteral("desktop-broken");
    app.displayName = QStringLiteral("Desktop (broken)");
    app.clientType = ClientType::Public;
    app.authMethod = TokenEndpointAuthMethod::None;
    app.grantTypes = {GrantType::AuthorizationCode, GrantType::RefreshToken};
    app.redirectUris = {QStringLiteral("http://127.0.0.1/elsewhere")};
    app.allowedScopes = resource->scopes;
    auto saved = m_server->store->applications().create(app, {QStringLiteral("test"), QStringLiteral("test")});
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    const QString clientId = saved->application.clientId;

    auto location = DatabaseLocation::parse(m_server->dir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY(location);
    LocalBackend backend(*location, {});
    openBackend(backend);
    ConnectionWizard wizard(backend, m_server->url(QStringLiteral("/mcp")));
    wizard.show();
    passClientAndServer(wizard);
    if (QTest::currentTestFailed())
        return;
    child<QRadioButton>(wizard, "identityReuse")->click();
    auto* existing = child<QComboBox>(wizard, "existingApplication");
    QTRY_VERIFY(existing->findData(clientId) >= 0);
    existing->setCurrentIndex(existing->findData(clientId));
    // The page warns before anything runs.
    QVERIFY2(child<QPlainTextEdit>(wizard, "identityDetails")->toPlainText().contains(QLatin1String("Warning")),
        qPrintable(child<QPlainTextEdit>(wizard, "identityDetails")->toPlainText()));
    next(wizard)->click();
    QCOMPARE(wizard.currentId(), int(ConnectionWizard::ScopesPageId));
    next(wizard)->click();
    QCOMPARE(wizard.currentId(), int(ConnectionWizard::ConfigPageId));
    next(wizard)->click();
    QCOMPARE(wizard.currentId(), int(ConnectionWizard::TestPageId));

    // The first run stops at the authorization request, before any browser opens.
    const int openedBefore = m_browser->opened();
    FlowResult result;
    runTest(wizard, result);
    if (QTest::currentTestFailed())
        return;
    QVERIFY(result.outcome == FlowOutcome::AuthorizationFailed);
    QCOMPARE(result.failedStep, std::optional<FlowStep>(FlowStep::Authorization));
    QCOMPARE(m_browser->opened(), openedBefore);
    auto* page = qobject_cast<TestPage*>(wizard.currentPage());
    InspectorWidget* inspector = page->inspector();
    int row = -1;
    QStringList ids;
    for (int i = 0; i < inspector->findings().size(); ++i) {
        const Finding& f = inspector->findings().at(i);
        ids << f.id;
        if (f.id.startsWith(QLatin1String("redirect-uri")) && !f.remedy.isEmpty())
            row = i;
    }
    QVERIFY2(row >= 0, qPrintable(ids.join(u' ')));
    QCOMPARE(inspector->findings().at(row).remedy.value(QStringLiteral("application")).toString(), clientId);
    QVERIFY(child<QLabel>(wizard, "testOutcome")->text().contains(QLatin1String("findings")));
    QCOMPARE(child<QListWidget>(wizard, "toolsList")->count(), 0);
    saveShot(&wizard, QStringLiteral("wizard-test-failed"));

    // One click: the redirect URI is added (without its port: the callback port changes per run).
    inspector->findChild<QListWidget*>(QStringLiteral("findingsList"))->setCurrentRow(row);
    auto* remedy = inspector->findChild<QPushButton*>(QStringLiteral("applyRemedy"));
    QVERIFY(remedy->isEnabled());
    remedy->click();
    auto* confirm = inspector->findChild<QMessageBox*>(QStringLiteral("remedyConfirmation"));
    QVERIFY(confirm);
    confirm->button(QMessageBox::Yes)->click();
    const QString fixed = QStringLiteral("http://127.0.0.1/oauth/callback");
    QTRY_VERIFY_WITH_TIMEOUT(m_server->store->applications().find(clientId)->redirectUris.contains(fixed), 10'000);

    // The next run passes and ends on the tools.
    runTest(wizard, result);
    if (QTest::currentTestFailed())
        return;
    QVERIFY2(result.outcome == FlowOutcome::Success,
        qPrintable(result.error.message + QLatin1Char('\n') + m_browser->log()));
    QVERIFY(child<QListWidget>(wizard, "toolsList")->count() > 0);
}

void TestWizard::mainWindowOpensTheWizard()
{
    auto location = DatabaseLocation::parse(m_server->dir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY(location);
    LocalBackend backend(*location, {});
    openBackend(backend);
    MainWindow window(backend);
    window.show();
    auto* action = window.findChild<QAction*>(QStringLiteral("newConnectionAction"));
    QVERIFY(action);
    QCOMPARE(action->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    action->trigger();
    auto* wizard = window.findChild<ConnectionWizard*>(QStringLiteral("connectionWizard"));
    QVERIFY(wizard);
    QTRY_VERIFY(wizard->isVisible());
    QVERIFY(wizard->testAttribute(Qt::WA_DeleteOnClose));
    // No local server in this window: the built-in choice says so and is off.
    QVERIFY(!wizard->findChild<QRadioButton*>(QStringLiteral("serverBuiltIn"))->isEnabled());
    wizard->reject();
    QTRY_VERIFY(!window.findChild<ConnectionWizard*>(QStringLiteral("connectionWizard")));

    // And from the Connections view's button.
    window.showView(MainWindow::View::Connections);
    auto* page = window.findChild<ConnectionsPage*>(QStringLiteral("connectionsPage"));
    QVERIFY(page);
    page->findChild<QPushButton*>(QStringLiteral("newConnection"))->click();
    QTRY_VERIFY(window.findChild<ConnectionWizard*>(QStringLiteral("connectionWizard")));
    window.findChild<ConnectionWizard*>(QStringLiteral("connectionWizard"))->reject();

    // Every control of every page has an object name and an accessible name.
    ConnectionWizard check(backend, QString());
    // (The embedded inspector is InspectorWidget's own, tested with it.)
    const auto insideInspector = [](QWidget* w) {
        for (QWidget* p = w; p; p = p->parentWidget()) {
            if (qobject_cast<InspectorWidget*>(p))
                return true;
        }
        return false;
    };
    int checked = 0;
    for (QWidget* w : check.findChildren<QWidget*>()) {
        if (insideInspector(w) || w->focusPolicy() == Qt::NoFocus || w->inherits("QScrollBar"))
            continue;
        if (w->inherits("QAbstractButton") || w->inherits("QLineEdit") || w->inherits("QComboBox")
            || w->inherits("QAbstractItemView") || w->inherits("QPlainTextEdit")) {
            QVERIFY2(!w->objectName().isEmpty(), w->metaObject()->className());
            QVERIFY2(!w->accessibleName().isEmpty(), qPrintable(w->objectName()));
            ++checked;
        }
    }
    QVERIFY(checked > 30);
}

QTEST_MAIN(TestWizard)
#include "tst_wizard.moc"
