// The live inspector (ui/inspector) and its models (core/models), offscreen: the transcript table and
// its filter, the JSON tree, saved transcripts, runs against the fault server and against the real
// local server, and a remedy applied through the local backend.
#include "FaultServer.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "TestServer.h"
#include "backend/LocalBackend.h"
#include "flow/Transcript.h"
#include "inspector/ConnectionsPage.h"
#include "inspector/EventDetailsWidget.h"
#include "inspector/FindingsPanel.h"
#include "inspector/InspectorWidget.h"
#include "inspector/ResendDialog.h"
#include "inspector/ToolCallForm.h"
#include "models/JsonTreeModel.h"
#include "models/TranscriptFilterProxyModel.h"
#include "models/TranscriptTableModel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFormLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeView>
#include <QTreeWidget>

using namespace mcpauth;
using mcpauth::test::FaultServer;
using mcpauth::test::openBackend;
using mcpauth::test::saveShot;

namespace {

TranscriptEvent httpEvent(const QString& step, int status, const QByteArray& body = {})
{
    TranscriptEvent e;
    e.step = step;
    e.kind = TranscriptEvent::Kind::Http;
    e.request.method = QStringLiteral("POST");
    e.request.url = QUrl(QStringLiteral("http://127.0.0.1:9/mcp"));
    e.request.headers = {{"Content-Type", "application/json"}};
    e.request.body = R"({"jsonrpc":"2.0","id":1,"method":"initialize"})";
    TranscriptEvent::Response r;
    r.status = status;
    r.reason = status == 200 ? QStringLiteral("OK") : QStringLiteral("Unauthorized");
    r.body = body;
    e.response = r;
    e.startedAt = QDateTime::currentDateTimeUtc();
    e.durationMs = 12;
    return e;
}

TranscriptEvent rpcEvent(TranscriptEvent::Kind kind, const QString& method, const QByteArray& body)
{
    TranscriptEvent e;
    e.step = QStringLiteral("tools-list");
    e.kind = kind;
    e.request.method = method;
    if (kind == TranscriptEvent::Kind::JsonRpcResponse) {
        e.response = TranscriptEvent::Response{};
        e.response->body = body;
    } else {
        e.request.body = body;
    }
    e.startedAt = QDateTime::currentDateTimeUtc();
    return e;
}

QString stateOfStep(QTreeWidget* timeline, FlowStep step)
{
    QString state;
    for (int i = 0; i < timeline->topLevelItemCount(); ++i) {
        if (timeline->topLevelItem(i)->text(0) == flowStepTitle(step))
            state = timeline->topLevelItem(i)->text(1); // the last run of the step
    }
    return state;
}

} // namespace

class TestInspector : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void transcriptModelFollowsTheTranscript();
    void filterByTextKindAndStatus();
    void largeTranscriptFiltersOnWorkers();
    void jsonTree();
    void savedTranscriptRoundTrip();
    void malformedTranscriptIsRefused();
    void detailsDecodeJwts();
    void runAgainstAFaultyServer();
    void runAgainstTheLocalServer();
    void remedyAddsTheRedirectUri();
    void connectionsViewHostsTheInspector();
    void invalidUrlIsSaidInWords();
    void toolFormFromSchema();
    void resendParsesRequests();
    void resendAnyRequest();

private:
    InspectorWidget* runInspector(InspectorWidget& inspector);
    std::optional<SavedApplication> serviceApplication(const QString& name);
    void headlessService(InspectorWidget& inspector, const SavedApplication& service);

    std::unique_ptr<test::RunningServer> m_server;
    QTemporaryDir m_dir;
};

void TestInspector::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    QString why;
    m_server = test::startServer(&why);
    QVERIFY2(m_server, qPrintable(why));
}

void TestInspector::transcriptModelFollowsTheTranscript()
{
    Transcript transcript;
    TranscriptTableModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    transcript.append(httpEvent(QStringLiteral("unauthenticated-request"), 401));
    model.setTranscript(&transcript);
    QCOMPARE(model.rowCount(), 1);
    transcript.append(httpEvent(QStringLiteral("initialize"), 200, R"({"jsonrpc":"2.0","id":1,"result":{}})"));
    transcript.append(rpcEvent(TranscriptEvent::Kind::JsonRpcResponse, QStringLiteral("tools/list"),
        R"({"jsonrpc":"2.0","id":2,"error":{"code":-32601,"message":"no"}})"));
    transcript.addNote(QStringLiteral("token"), QStringLiteral("a note"));
    QCOMPARE(model.rowCount(), 4);
    QCOMPARE(model.index(0, TranscriptTableModel::StatusColumn).data().toString(), QStringLiteral("401 Unauthorized"));
    QCOMPARE(model.index(0, TranscriptTableModel::StepColumn).data().toString(),
        flowStepTitle(FlowStep::UnauthenticatedRequest));
    QCOMPARE(TranscriptTableModel::StatusClass(model.index(0, 0).data(TranscriptTableModel::StatusClassRole).toInt()),
        TranscriptTableModel::StatusClass::ClientError);
    QCOMPARE(TranscriptTableModel::StatusClass(model.index(1, 0).data(TranscriptTableModel::StatusClassRole).toInt()),
        TranscriptTableModel::StatusClass::Success);
    QCOMPARE(model.index(2, TranscriptTableModel::StatusColumn).data().toString(), QStringLiteral("error -32601"));
    QCOMPARE(model.index(3, TranscriptTableModel::SummaryColumn).data().toString(), QStringLiteral("a note"));
    QCOMPARE(model.rowOfSequence(3), 2);
    QCOMPARE(model.rowOfSequence(99), -1);
    transcript.clear();
    QCOMPARE(model.rowCount(), 0);
    transcript.append(httpEvent(QStringLiteral("initialize"), 200));
    QCOMPARE(model.rowCount(), 1);
}

void TestInspector::filterByTextKindAndStatus()
{
    Transcript transcript;
    TranscriptTableModel model;
    model.setTranscript(&transcript);
    TranscriptFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    transcript.append(httpEvent(QStringLiteral("unauthenticated-request"), 401));
    transcript.append(httpEvent(QStringLiteral("initialize"), 200, R"({"result":{"serverInfo":"needle"}})"));
    transcript.append(
        rpcEvent(TranscriptEvent::Kind::JsonRpcRequest, QStringLiteral("tools/list"), R"({"jsonrpc":"2.0","id":2})"));
    QCOMPARE(proxy.rowCount(), 3);
    proxy.setText(QStringLiteral("NEEDLE"));
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(TranscriptTableModel::SequenceRole).toLongLong(), qint64(2));
    proxy.setText(QString());
    proxy.setKind(TranscriptEvent::Kind::JsonRpcRequest);
    QCOMPARE(proxy.rowCount(), 1);
    proxy.setKind(std::nullopt);
    proxy.setStatus(TranscriptFilterProxyModel::StatusFilter::Problems);
    QCOMPARE(proxy.rowCount(), 1);
    QCOMPARE(proxy.index(0, 0).data(TranscriptTableModel::SequenceRole).toLongLong(), qint64(1));
    proxy.setStatus(TranscriptFilterProxyModel::StatusFilter::Successes);
    QCOMPARE(proxy.rowCount(), 1);
    // Live appends go through the filter too.
    transcript.append(httpEvent(QStringLiteral("tools-list"), 200));
    QCOMPARE(proxy.rowCount(), 2);
}

// Past kSynchronousRows events a filter change runs on worker threads: the old rows stay until it ends,
// events appended meanwhile are filtered too, a newer change wins over an older one, and non-ASCII text
// is found in bodies.
void TestInspector::largeTranscriptFiltersOnWorkers()
{
    Transcript transcript;
    TranscriptTableModel model;
    model.setTranscript(&transcript);
    TranscriptFilterProxyModel proxy;
    proxy.setSourceModel(&model);
    const int total = TranscriptFilterProxyModel::kSynchronousRows + 5000;
    for (int i = 0; i < total; ++i) {
        transcript.append(i % 1000 == 7
                ? httpEvent(QStringLiteral("token"), 400, R"({"error":"invalid_grant","é":"Ünïcode"})")
                : httpEvent(QStringLiteral("tools-list"), 200));
    }
    QCOMPARE(proxy.rowCount(), total);
    // Attached now: the tester walks the whole model on every change, which is quadratic over the fill.
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSignalSpy filtered(&proxy, &TranscriptFilterProxyModel::filtered);
    proxy.setText(QStringLiteral("no such text"));
    proxy.setText(QStringLiteral("INVALID_GRANT")); // the first change's result is dropped
    QVERIFY(proxy.isFiltering());
    QCOMPARE(proxy.rowCount(), total); // unchanged until the workers are done
    transcript.append(httpEvent(QStringLiteral("token"), 400, R"({"error":"invalid_grant"})"));
    QTRY_VERIFY(!proxy.isFiltering());
    QCOMPARE(filtered.count(), 1);
    const int expected = total / 1000 + 1;
    QCOMPARE(proxy.rowCount(), expected);
    QCOMPARE(proxy.index(expected - 1, 0).data(TranscriptTableModel::SequenceRole).toLongLong(), qint64(total + 1));
    transcript.append(httpEvent(QStringLiteral("token"), 400, R"({"error":"invalid_grant"})"));
    QCOMPARE(proxy.rowCount(), expected + 1); // live appends again, once the filter is done
    proxy.setText(QStringLiteral("üNÏCODE"));
    QTRY_VERIFY(!proxy.isFiltering());
    QCOMPARE(proxy.rowCount(), total / 1000);
    proxy.setText(QString()); // everything: at once
    QVERIFY(!proxy.isFiltering());
    QCOMPARE(proxy.rowCount(), total + 2);
}

void TestInspector::jsonTree()
{
    JsonTreeModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QJsonObject json = QJsonDocument::fromJson(R"({"b":[1,"two",{"c":null}],"a":true,"n":2.5})").object();
    model.setJson(json);
    QCOMPARE(model.rowCount(), 3);
    // QJsonObject keeps its keys sorted.
    QCOMPARE(model.index(0, JsonTreeModel::KeyColumn).data().toString(), QStringLiteral("a"));
    QCOMPARE(model.index(0, JsonTreeModel::ValueColumn).data().toString(), QStringLiteral("true"));
    QCOMPARE(model.index(0, JsonTreeModel::TypeColumn).data().toString(), QStringLiteral("boolean"));
    const QModelIndex b = model.index(1, 0);
    QCOMPARE(model.rowCount(b), 3);
    // "[3 item(s)]" without an English translation loaded, "[3 items]" with it.
    QVERIFY(model.index(1, JsonTreeModel::ValueColumn).data().toString().startsWith(QLatin1String("[3 item")));
    QCOMPARE(model.index(1, JsonTreeModel::ValueColumn, b).data().toString(), QStringLiteral("two"));
    const QModelIndex c = model.index(2, 0, b);
    QCOMPARE(model.parent(c), b);
    QCOMPARE(model.index(0, JsonTreeModel::ValueColumn, c).data().toString(), QStringLiteral("null"));
    QCOMPARE(model.index(2, JsonTreeModel::ValueColumn).data().toString(), QStringLiteral("2.5"));
    QCOMPARE(model.value(b).toArray().size(), 3);
    model.setJson(QJsonValue(QStringLiteral("plain")));
    QCOMPARE(model.rowCount(), 1);
    QCOMPARE(model.index(0, JsonTreeModel::ValueColumn).data().toString(), QStringLiteral("plain"));
    model.clear();
    QCOMPARE(model.rowCount(), 0);
}

void TestInspector::savedTranscriptRoundTrip()
{
    Transcript original;
    original.append(httpEvent(QStringLiteral("unauthenticated-request"), 401));
    original.append(rpcEvent(TranscriptEvent::Kind::JsonRpcRequest, QStringLiteral("tools/list"),
        R"({"jsonrpc":"2.0","id":2,"method":"tools/list"})"));
    Transcript loaded;
    QVERIFY(loaded.loadJson(original.toJson()));
    QCOMPARE(loaded.toJson().value(QStringLiteral("events")), original.toJson().value(QStringLiteral("events")));

    // Through the inspector: export, then open offline.
    InspectorWidget inspector(nullptr);
    const QString path = m_dir.filePath(QStringLiteral("roundtrip.json"));
    QVERIFY(original.save(path));
    const Status opened = inspector.openTranscript(path);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    QCOMPARE(inspector.transcript()->events().size(), 2);
    auto* messages = inspector.findChild<QTableView*>(QStringLiteral("messages"));
    QVERIFY(messages);
    QCOMPARE(messages->model()->rowCount(), 2);
    const QString again = m_dir.filePath(QStringLiteral("again.json"));
    QVERIFY(inspector.saveTranscript(again));
    const QString har = m_dir.filePath(QStringLiteral("again.har"));
    QVERIFY(inspector.saveHar(har));
    QFile harFile(har);
    QVERIFY(harFile.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(harFile.readAll())
                 .object()
                 .value(QStringLiteral("log"))
                 .toObject()
                 .value(QStringLiteral("entries"))
                 .toArray()
                 .size(),
        1);
}

void TestInspector::malformedTranscriptIsRefused()
{
    InspectorWidget inspector(nullptr);
    const QString good = m_dir.filePath(QStringLiteral("good.json"));
    Transcript t;
    t.append(httpEvent(QStringLiteral("initialize"), 200));
    QVERIFY(t.save(good));
    QVERIFY(inspector.openTranscript(good));
    const struct
    {
        const char* name;
        QByteArray content;
    } cases[] = {
        {"truncated", R"({"format": "mcp-auth-transcript", )"},
        {"other format", R"({"format": "har", "version": 1, "events": []})"},
        {"future version", R"({"format": "mcp-auth-transcript", "version": 99, "events": []})"},
        {"events not a list", R"({"format": "mcp-auth-transcript", "version": 1, "events": {}})"},
        {"bad event", R"({"format": "mcp-auth-transcript", "version": 1, "events": [{"kind": 5}]})"},
    };
    for (const auto& c : cases) {
        const QString path = m_dir.filePath(QStringLiteral("bad.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        file.write(c.content);
        file.close();
        const Status s = inspector.openTranscript(path);
        QVERIFY2(!s, c.name);
        QVERIFY2(!s.error().message.isEmpty(), c.name);
        // Nothing changed: the earlier transcript is still shown.
        QCOMPARE(inspector.transcript()->events().size(), 1);
    }
    QVERIFY(!inspector.openTranscript(m_dir.filePath(QStringLiteral("missing.json"))));
}

void TestInspector::detailsDecodeJwts()
{
    // An unmasked JWT-shaped value (a software statement) and the engine's decoded access token.
    TranscriptEvent e = httpEvent(QStringLiteral("client-registration"), 200);
    const QByteArray header
        = QByteArray(R"({"alg":"none"})").toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    const QByteArray payload = QByteArray(R"({"iss":"https://issuer.example","exp":2000000000})")
                                   .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
    e.request.body = R"({"software_statement":")" + header + '.' + payload + R"(."})";
    e.tokenClaims = QJsonObject{{QStringLiteral("aud"), QStringLiteral("http://127.0.0.1:9/mcp")}};
    const QString tokens = EventDetailsWidget::tokensText(e);
    QVERIFY2(tokens.contains(QLatin1String("https://issuer.example")), qPrintable(tokens));
    QVERIFY2(tokens.contains(QLatin1String("2033-05-18T03:33:20Z")), qPrintable(tokens));
    QVERIFY2(tokens.contains(QLatin1String("http://127.0.0.1:9/mcp")), qPrintable(tokens));
    EventDetailsWidget details;
    details.setEvent(e);
    auto* tree = details.findChild<QTreeView*>(QStringLiteral("eventJsonTree"));
    QVERIFY(tree);
    QCOMPARE(tree->model()->rowCount(), 2); // the access token's claims and the request body (no response body)
    QCOMPARE(
        tree->model()->index(0, JsonTreeModel::KeyColumn).data().toString(), QStringLiteral("access token claims"));
    const QString raw = EventDetailsWidget::rawText(e);
    QVERIFY(raw.startsWith(QLatin1String("POST http://127.0.0.1:9/mcp")));
    QVERIFY(raw.contains(QLatin1String("Content-Type: application/json")));
}

// A service client (client credentials) of the local server, so that headless mode needs no person to
// sign in; nullopt (and the test failed) when it cannot be made.
std::optional<SavedApplication> TestInspector::serviceApplication(const QString& name)
{
    auto org = m_server->store->organizations().find(QString::fromLatin1(DemoData::kOrganization));
    auto resource = m_server->store->resources().find(m_server->url(QStringLiteral("/mcp")));
    if (!org || !resource) {
        [] { QFAIL("the demo organization or the built-in resource is missing"); }();
        return std::nullopt;
    }
    Application app;
    app.organizationId = org->id;
    app.name = name;
    app.displayName = app.name;
    app.clientType = ClientType::Confidential;
    app.authMethod = TokenEndpointAuthMethod::ClientSecretBasic;
    app.grantTypes = {GrantType::ClientCredentials};
    app.allowedScopes = resource->scopes;
    auto saved = m_server->store->applications().create(app, {QStringLiteral("test"), QStringLiteral("test")});
    if (!saved) {
        [&] { QFAIL(qPrintable(saved.error().message)); }();
        return std::nullopt;
    }
    return *saved;
}

// The inspector's form set for `service` on the local server, headless, client credentials.
void TestInspector::headlessService(InspectorWidget& inspector, const SavedApplication& service)
{
    inspector.findChild<QLineEdit*>(QStringLiteral("serverUrl"))->setText(m_server->url(QStringLiteral("/mcp")));
    auto* mode = inspector.findChild<QComboBox*>(QStringLiteral("authorizationMode"));
    mode->setCurrentIndex(mode->findData(true));
    inspector.findChild<QLineEdit*>(QStringLiteral("clientId"))->setText(service.application.clientId);
    inspector.findChild<QLineEdit*>(QStringLiteral("clientSecret"))->setText(service.clientSecret);
    auto* grant = inspector.findChild<QComboBox*>(QStringLiteral("grant"));
    grant->setCurrentIndex(grant->findData(int(FlowOptions::Grant::ClientCredentials)));
}

InspectorWidget* TestInspector::runInspector(InspectorWidget& inspector)
{
    std::optional<FlowResult> result;
    connect(&inspector, &InspectorWidget::runFinished, this, [&result](const FlowResult& r) { result = r; });
    inspector.findChild<QPushButton*>(QStringLiteral("run"))->click();
    [&] { QTRY_VERIFY_WITH_TIMEOUT(result.has_value(), 60'000); }();
    disconnect(&inspector, &InspectorWidget::runFinished, this, nullptr);
    return &inspector;
}

void TestInspector::runAgainstAFaultyServer()
{
    FaultServer server(FaultServer::Fault::RedirectPort);
    QVERIFY(server.start());
    InspectorWidget inspector(nullptr);
    inspector.resize(1400, 900);
    inspector.show();
    inspector.findChild<QLineEdit*>(QStringLiteral("serverUrl"))->setText(server.mcpUrl());
    auto* mode = inspector.findChild<QComboBox*>(QStringLiteral("authorizationMode"));
    mode->setCurrentIndex(mode->findData(true));
    runInspector(inspector);
    QVERIFY(inspector.result());
    QVERIFY(inspector.result()->outcome != FlowOutcome::Success);

    auto* timeline = inspector.findChild<QTreeWidget*>(QStringLiteral("timeline"));
    QVERIFY(timeline);
    QCOMPARE(stateOfStep(timeline, FlowStep::UnauthenticatedRequest), QStringLiteral("ok"));
    QCOMPARE(stateOfStep(timeline, FlowStep::Authorization), QStringLiteral("failed"));
    QCOMPARE(stateOfStep(timeline, FlowStep::TokenRequest), QStringLiteral("not reached"));

    auto* messages = inspector.findChild<QTableView*>(QStringLiteral("messages"));
    QVERIFY(messages->model()->rowCount() >= 5);
    bool saw401 = false;
    bool sawRegistration = false;
    for (int row = 0; row < messages->model()->rowCount(); ++row) {
        const QString status = messages->model()->index(row, TranscriptTableModel::StatusColumn).data().toString();
        const QString summary = messages->model()->index(row, TranscriptTableModel::SummaryColumn).data().toString();
        saw401 = saw401 || status.startsWith(QLatin1String("401"));
        sawRegistration = sawRegistration || summary.contains(QLatin1String("/register"));
    }
    QVERIFY(saw401);
    QVERIFY(sawRegistration);

    auto* findings = inspector.findChild<QListWidget*>(QStringLiteral("findingsList"));
    QVERIFY(findings && findings->count() > 0);
    QStringList ids;
    for (const Finding& f : inspector.findings())
        ids << f.id;
    QVERIFY2(ids.contains(QStringLiteral("redirect-uri-port-mismatch")), qPrintable(ids.join(u' ')));
    // Clicking the finding selects the exchanges it rests on and shows the first in the details.
    const int row = int(ids.indexOf(QStringLiteral("redirect-uri-port-mismatch")));
    findings->setCurrentRow(row);
    const QList<qint64> related = inspector.findings().at(row).events;
    QVERIFY(!related.isEmpty());
    const QModelIndexList selected = messages->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), related.size());
    QCOMPARE(selected.first().data(TranscriptTableModel::SequenceRole).toLongLong(), related.first());
    auto* heading = inspector.findChild<QLabel*>(QStringLiteral("eventHeading"));
    QVERIFY2(heading->text().startsWith(QStringLiteral("#%1").arg(related.first())), qPrintable(heading->text()));
    // No backend here: the remedy is offered but disabled with the reason.
    auto* remedy = inspector.findChild<QPushButton*>(QStringLiteral("applyRemedy"));
    QVERIFY(remedy->isVisibleTo(&inspector));
    QVERIFY(!remedy->isEnabled());
    const QString shot = m_dir.filePath(QStringLiteral("inspector-failed.png"));
    QVERIFY(inspector.grab().save(shot));
    if (qEnvironmentVariableIsSet("INSPECTOR_SCREENSHOTS"))
        inspector.grab().save(qEnvironmentVariable("INSPECTOR_SCREENSHOTS") + QStringLiteral("/inspector-failed.png"));
}

void TestInspector::runAgainstTheLocalServer()
{
    // A service client (client credentials) so that headless mode needs no person to sign in.
    const auto saved = serviceApplication(QStringLiteral("inspector-service"));
    QVERIFY(saved);

    InspectorWidget inspector(nullptr);
    inspector.resize(1400, 900);
    inspector.show();
    headlessService(inspector, *saved);
    runInspector(inspector);
    QVERIFY2(inspector.result()->outcome == FlowOutcome::Success, qPrintable(inspector.result()->error.message));
    auto* timeline = inspector.findChild<QTreeWidget*>(QStringLiteral("timeline"));
    QCOMPARE(stateOfStep(timeline, FlowStep::ToolsList), QStringLiteral("ok"));
    QCOMPARE(stateOfStep(timeline, FlowStep::ClientRegistration), QStringLiteral("ok"));
    QVERIFY(stateOfStep(timeline, FlowStep::Authorization).isEmpty()); // not part of this grant
    auto* messages = inspector.findChild<QTableView*>(QStringLiteral("messages"));
    bool sawToolsList = false;
    for (int row = 0; row < messages->model()->rowCount(); ++row) {
        const QModelIndex index = messages->model()->index(row, TranscriptTableModel::SummaryColumn);
        sawToolsList = sawToolsList
            || (index.data().toString() == QLatin1String("tools/list")
                && TranscriptEvent::Kind(index.data(TranscriptTableModel::KindRole).toInt())
                    == TranscriptEvent::Kind::JsonRpcResponse);
    }
    QVERIFY(sawToolsList);
    // The secret never reaches the transcript.
    for (const TranscriptEvent& e : inspector.transcript()->events())
        QVERIFY(!QJsonDocument(e.toJson()).toJson().contains(saved->clientSecret.toUtf8()));
    auto* outcome = inspector.findChild<QLabel*>(QStringLiteral("outcome"));
    QVERIFY2(outcome->text().startsWith(QLatin1String("Connected")), qPrintable(outcome->text()));
    // The newest message is in view (followed live).
    QCOMPARE(messages->verticalScrollBar()->value(), messages->verticalScrollBar()->maximum());
    if (qEnvironmentVariableIsSet("INSPECTOR_SCREENSHOTS"))
        inspector.grab().save(qEnvironmentVariable("INSPECTOR_SCREENSHOTS") + QStringLiteral("/inspector-ok.png"));

    // The listed tools can be called from a form: the flow runs again and ends with tools/call.
    auto* tool = inspector.findChild<QComboBox*>(QStringLiteral("toolChoice"));
    QVERIFY(tool->count() > 0);
    const int index = tool->findText(QStringLiteral("list_applications"));
    QVERIFY(index >= 0);
    tool->setCurrentIndex(index);
    std::optional<FlowResult> called;
    connect(&inspector, &InspectorWidget::runFinished, this, [&called](const FlowResult& r) { called = r; });
    inspector.findChild<QPushButton*>(QStringLiteral("callTool"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(called.has_value(), 60'000);
    QVERIFY2(called->outcome == FlowOutcome::Success, qPrintable(called->error.message));
    QCOMPARE(stateOfStep(timeline, FlowStep::ToolsCall), QStringLiteral("ok"));
    const QModelIndex current = messages->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(
        current.siblingAtColumn(TranscriptTableModel::SummaryColumn).data().toString(), QStringLiteral("tools/call"));
    QCOMPARE(TranscriptEvent::Kind(current.data(TranscriptTableModel::KindRole).toInt()),
        TranscriptEvent::Kind::JsonRpcResponse);

    // Re-send the recorded tools/call request after editing its arguments.
    auto* resend = inspector.findChild<QPushButton*>(QStringLiteral("resend"));
    QVERIFY(!resend->isEnabled()); // a response is selected
    messages->setCurrentIndex(current.siblingAtRow(current.row() - 2)); // request, HTTP, response
    QCOMPARE(messages->currentIndex().siblingAtColumn(TranscriptTableModel::SummaryColumn).data().toString(),
        QStringLiteral("tools/call"));
    QVERIFY(resend->isEnabled());
    resend->click();
    auto* dialog = inspector.findChild<ResendDialog*>(QStringLiteral("resendDialog"));
    QVERIFY(dialog);
    auto* text = dialog->findChild<QPlainTextEdit*>(QStringLiteral("resendText"));
    QJsonObject request = QJsonDocument::fromJson(text->toPlainText().toUtf8()).object();
    QCOMPARE(request.value(QStringLiteral("method")).toString(), QStringLiteral("tools/call"));
    QJsonObject params = request.value(QStringLiteral("params")).toObject();
    params.insert(QStringLiteral("arguments"), QJsonObject{{QStringLiteral("limit"), 1}});
    request.insert(QStringLiteral("params"), params);
    text->setPlainText(QString::fromUtf8(QJsonDocument(request).toJson()));
    called.reset();
    dialog->findChild<QPushButton*>(QStringLiteral("resendSend"))->click();
    QTRY_VERIFY_WITH_TIMEOUT(called.has_value(), 60'000);
    QVERIFY2(called->outcome == FlowOutcome::Success, qPrintable(called->error.message));
    bool sentEdited = false;
    for (const TranscriptEvent& e : inspector.transcript()->events()) {
        if (e.kind == TranscriptEvent::Kind::JsonRpcRequest && e.request.method == QLatin1String("tools/call"))
            sentEdited = QJsonDocument::fromJson(e.request.body)
                             .object()
                             .value(QStringLiteral("params"))
                             .toObject()
                             .value(QStringLiteral("arguments"))
                             .toObject()
                             .value(QStringLiteral("limit"))
                             .toInt()
                == 1;
    }
    QVERIFY(sentEdited);

    if (qEnvironmentVariableIsSet("INSPECTOR_SCREENSHOTS")) {
        inspector.findChild<QTabWidget*>(QStringLiteral("resultTabs"))->setCurrentIndex(1);
        inspector.grab().save(qEnvironmentVariable("INSPECTOR_SCREENSHOTS") + QStringLiteral("/inspector-tool.png"));
    }
}

void TestInspector::remedyAddsTheRedirectUri()
{
    // An application of the local server registered with another callback path: authorize refuses the
    // engine's redirect URI, the finding offers to add it, the remedy adds it through the backend.
    auto org = m_server->store->organizations().find(QString::fromLatin1(DemoData::kOrganization));
    QVERIFY(org);
    auto resource = m_server->store->resources().find(m_server->url(QStringLiteral("/mcp")));
    QVERIFY(resource);
    Application app;
    app.organizationId = org->id;
    app.name = QStringLiteral("inspector-public");
    app.displayName = app.name;
    app.clientType = ClientType::Public;
    app.authMethod = TokenEndpointAuthMethod::None;
    app.grantTypes = {GrantType::AuthorizationCode, GrantType::RefreshToken};
    app.redirectUris = {QStringLiteral("http://127.0.0.1/elsewhere")};
    app.allowedScopes = resource->scopes;
    auto saved = m_server->store->applications().create(app, {QStringLiteral("test"), QStringLiteral("test")});
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));

    auto location = DatabaseLocation::parse(m_server->dir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY(location);
    LocalBackend backend(*location, {});
    openBackend(backend);
    InspectorWidget inspector(&backend);
    inspector.findChild<QLineEdit*>(QStringLiteral("serverUrl"))->setText(m_server->url(QStringLiteral("/mcp")));
    auto* mode = inspector.findChild<QComboBox*>(QStringLiteral("authorizationMode"));
    mode->setCurrentIndex(mode->findData(true));
    inspector.findChild<QLineEdit*>(QStringLiteral("clientId"))->setText(saved->application.clientId);
    runInspector(inspector);
    QVERIFY(inspector.result()->outcome != FlowOutcome::Success);
    const FlowResult first = *inspector.result();
    int row = -1;
    QStringList ids;
    for (int i = 0; i < inspector.findings().size(); ++i) {
        ids << inspector.findings().at(i).id;
        if (!inspector.findings().at(i).remedy.isEmpty())
            row = i;
    }
    QVERIFY2(row >= 0, qPrintable(ids.join(u' ')));
    inspector.findChild<QListWidget*>(QStringLiteral("findingsList"))->setCurrentRow(row);
    auto* remedy = inspector.findChild<QPushButton*>(QStringLiteral("applyRemedy"));
    QVERIFY(remedy->isEnabled());
    remedy->click();
    auto* confirm = inspector.findChild<QMessageBox*>(QStringLiteral("remedyConfirmation"));
    QVERIFY(confirm);
    // The engine's callback port changes from run to run: the loopback URI is added without it.
    QUrl portless(first.redirectUri);
    QVERIFY(portless.port() > 0);
    portless.setPort(-1);
    QVERIFY2(confirm->text().contains(portless.toString()), qPrintable(confirm->text()));
    confirm->button(QMessageBox::Yes)->click();
    QTRY_VERIFY_WITH_TIMEOUT(
        m_server->store->applications().find(saved->application.clientId)->redirectUris.contains(portless.toString()),
        10'000);
    auto* run = inspector.findChild<QPushButton*>(QStringLiteral("run"));
    QCOMPARE(run->text(), QStringLiteral("&Run again"));
    // The next run gets past the redirect URI check: authorization now stops only at the sign-in
    // page, which headless mode cannot pass.
    runInspector(inspector);
    for (const Finding& f : inspector.findings())
        QVERIFY2(f.remedy.isEmpty(), qPrintable(f.id));
}

void TestInspector::connectionsViewHostsTheInspector()
{
    auto location = DatabaseLocation::parse(m_server->dir.filePath(QStringLiteral("store.sqlite")));
    QVERIFY(location);
    LocalBackend backend(*location, {});
    openBackend(backend);
    MainWindow window(backend);
    window.showView(MainWindow::View::Connections);
    auto* page = window.findChild<ConnectionsPage*>(QStringLiteral("connectionsPage"));
    QVERIFY(page);
    QVERIFY(page->inspector());
    QCOMPARE(page->title(), QStringLiteral("Connections"));
}

void TestInspector::invalidUrlIsSaidInWords()
{
    InspectorWidget inspector(nullptr);
    auto* url = inspector.findChild<QLineEdit*>(QStringLiteral("serverUrl"));
    url->setText(QStringLiteral("ftp://example.com/mcp"));
    inspector.run();
    QVERIFY(!inspector.isRunning());
    QVERIFY(inspector.findChild<QLabel*>(QStringLiteral("outcome"))->text().contains(QLatin1String("https://")));
    url->setText(QStringLiteral("https://example.com/mcp"));
    inspector.findChild<QLineEdit*>(QStringLiteral("clientSecret"))->setText(QStringLiteral("s"));
    const auto o = inspector.options();
    QVERIFY(!o);
    QCOMPARE(o.error().field, QStringLiteral("clientId"));
}

void TestInspector::toolFormFromSchema()
{
    const QJsonObject tool = QJsonDocument::fromJson(R"({"name": "t", "description": "A test tool.",
        "inputSchema": {"type": "object", "required": ["name", "mode"], "properties": {
            "name": {"type": "string"}, "count": {"type": "integer"}, "ratio": {"type": "number"},
            "force": {"type": "boolean"}, "mode": {"type": "string", "enum": ["fast", "safe"]},
            "tags": {"type": "array"}}}})")
                                 .object();
    ToolCallForm form;
    form.setTools(QJsonArray{tool});
    QCOMPARE(form.toolName(), QStringLiteral("t"));
    auto* name = form.findChild<QLineEdit*>(QStringLiteral("argument_name"));
    auto* count = form.findChild<QLineEdit*>(QStringLiteral("argument_count"));
    auto* ratio = form.findChild<QLineEdit*>(QStringLiteral("argument_ratio"));
    auto* force = form.findChild<QCheckBox*>(QStringLiteral("argument_force"));
    auto* mode = form.findChild<QComboBox*>(QStringLiteral("argument_mode"));
    auto* tags = form.findChild<QLineEdit*>(QStringLiteral("argument_tags"));
    QVERIFY(name && count && ratio && force && mode && tags);
    // Required ones are marked.
    auto* layout = form.findChild<QFormLayout*>();
    QVERIFY(layout);
    auto* nameLabel = qobject_cast<QLabel*>(layout->labelForField(name));
    QVERIFY(nameLabel && nameLabel->text().endsWith(QLatin1Char('*')));
    auto* countLabel = qobject_cast<QLabel*>(layout->labelForField(count));
    QVERIFY(countLabel && !countLabel->text().endsWith(QLatin1Char('*')));
    QCOMPARE(mode->count(), 2); // required: no "not set"

    auto args = form.arguments();
    QVERIFY(!args);
    QCOMPARE(args.error().field, QStringLiteral("name"));
    name->setText(QStringLiteral("x"));
    count->setText(QStringLiteral("1.5"));
    args = form.arguments();
    QVERIFY(!args);
    QCOMPARE(args.error().field, QStringLiteral("count"));
    count->setText(QStringLiteral("3"));
    ratio->setText(QStringLiteral("0.25"));
    force->setChecked(true);
    mode->setCurrentIndex(1);
    tags->setText(QStringLiteral("[\"a\"]"));
    args = form.arguments();
    QVERIFY2(args, args ? "" : qPrintable(args.error().message));
    QCOMPARE(*args,
        (QJsonObject{{QStringLiteral("name"), QStringLiteral("x")}, {QStringLiteral("count"), 3},
            {QStringLiteral("ratio"), 0.25}, {QStringLiteral("force"), true},
            {QStringLiteral("mode"), QStringLiteral("safe")},
            {QStringLiteral("tags"), QJsonArray{QStringLiteral("a")}}}));
    QSignalSpy requested(&form, &ToolCallForm::callRequested);
    form.findChild<QPushButton*>(QStringLiteral("callTool"))->click();
    QCOMPARE(requested.size(), 1);
    QCOMPARE(requested.first().at(0).toString(), QStringLiteral("t"));
}

void TestInspector::resendParsesRequests()
{
    auto ok = ResendDialog::parse(
        QStringLiteral(R"({"jsonrpc":"2.0","id":4,"method":"tools/call","params":{"name":"t","arguments":{"a":1}}})"));
    QVERIFY(ok);
    QCOMPARE(ok->first, QStringLiteral("tools/call"));
    QCOMPARE(ok->second.value(QStringLiteral("arguments")).toObject().value(QStringLiteral("a")).toInt(), 1);
    auto list = ResendDialog::parse(QStringLiteral(R"({"jsonrpc":"2.0","id":5,"method":"resources/list"})"));
    QVERIFY(list);
    QCOMPARE(list->first, QStringLiteral("resources/list"));
    QVERIFY(list->second.isEmpty());
    QCOMPARE(ResendDialog::parse(QStringLiteral("{")).error().field, QStringLiteral("request"));
    QCOMPARE(ResendDialog::parse(QStringLiteral("[1]")).error().field, QStringLiteral("request"));
    QCOMPARE(ResendDialog::parse(QStringLiteral(R"({"id":1})")).error().field, QStringLiteral("method"));
    QCOMPARE(ResendDialog::parse(QStringLiteral(R"({"id":1,"method":"initialize"})")).error().field,
        QStringLiteral("method"));
    QCOMPARE(ResendDialog::parse(QStringLiteral(R"({"method":"ping"})")).error().field, QStringLiteral("id"));
    QCOMPARE(ResendDialog::parse(QStringLiteral(R"({"id":1,"method":"ping","params":[1]})")).error().field,
        QStringLiteral("params"));
    QCOMPARE(ResendDialog::parse(QStringLiteral(R"({"id":1,"method":"tools/call","params":{}})")).error().field,
        QStringLiteral("params.name"));
    QCOMPARE(
        ResendDialog::parse(QStringLiteral(R"({"id":1,"method":"tools/call","params":{"name":"t","arguments":[1]}})"))
            .error()
            .field,
        QStringLiteral("params.arguments"));
}

// A request other than tools/call, re-sent against the local server: the run ends with a "request"
// step whose answer is selected.
void TestInspector::resendAnyRequest()
{
    const auto saved = serviceApplication(QStringLiteral("inspector-resend"));
    QVERIFY(saved);

    InspectorWidget inspector(nullptr);
    headlessService(inspector, *saved);
    QSignalSpy finished(&inspector, &InspectorWidget::runFinished);
    inspector.sendRequest(QStringLiteral("ping"), {});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 1, 30000);
    QVERIFY2(inspector.result()->outcome == FlowOutcome::Success, qPrintable(inspector.result()->error.message));
    QCOMPARE(stateOfStep(inspector.findChild<QTreeWidget*>(QStringLiteral("timeline")), FlowStep::Request),
        QStringLiteral("ok"));
    const TranscriptEvent& last = inspector.transcript()->events().constLast();
    QCOMPARE(last.step, QStringLiteral("request"));
    auto* messages = inspector.findChild<QTableView*>(QStringLiteral("messages"));
    const QModelIndex current = messages->currentIndex();
    QVERIFY(current.isValid());
    QCOMPARE(current.siblingAtColumn(TranscriptTableModel::SummaryColumn).data().toString(), QStringLiteral("ping"));
    QCOMPARE(TranscriptEvent::Kind(current.data(TranscriptTableModel::KindRole).toInt()),
        TranscriptEvent::Kind::JsonRpcResponse);
    // A method the server does not know ends in a protocol error that says so.
    inspector.sendRequest(QStringLiteral("no/such-method"), {});
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 30000);
    QCOMPARE(inspector.result()->outcome, FlowOutcome::ProtocolError);
    QVERIFY2(inspector.result()->error.message.contains(QLatin1String("no/such-method")),
        qPrintable(inspector.result()->error.message));
}

QTEST_MAIN(TestInspector)
#include "tst_inspector.moc"
