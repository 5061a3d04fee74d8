// The built-in MCP server at /mcp: Streamable HTTP (versions, sessions, notifications, batches,
// Accept, Content-Type, Origin), bearer-token checks (RFC 9068 JWTs minted here with the server's key
// ring, so the token endpoint is not needed), the 401 and 403 challenges, RFC 9728 metadata, each
// administration tool, and the audit of tool calls. Plus the pieces on their own: the argument schema
// check, the session store and JSON-RPC message kinds.
#include "TestServer.h"
#include "http/HttpRequest.h"
#include "mcp/JsonRpc.h"
#include "mcp/JsonSchemaCheck.h"
#include "mcp/McpCatalog.h"
#include "mcp/McpEndpoint.h"
#include "mcp/McpSessionStore.h"
#include "mcp/McpTools.h"
#include "mcp/VerifiedTokenCache.h"
#include "oauth/AccessTokenVerifier.h"
#include "server/AuditSink.h"
#include "server/ServerContext.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>
#include <QUrlQuery>

using namespace Qt::StringLiterals;
using namespace mcpauth;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

const QString kAllScopes
    = u"application:read application:write token:read token:write consent:read consent:write audit:read"_s;
const QByteArray kAccept = "application/json, text/event-stream";

QByteArray base64url(const QByteArray& data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray compact(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject request(int id, const QString& method, const QJsonObject& params = {})
{
    QJsonObject message{{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, id}, {u"method"_s, method}};
    if (!params.isEmpty())
        message.insert(u"params"_s, params);
    return message;
}

QJsonObject initializeRequest(const QString& version)
{
    return request(1, u"initialize"_s,
        {{u"protocolVersion"_s, version}, {u"capabilities"_s, QJsonObject()},
            {u"clientInfo"_s, QJsonObject{{u"name"_s, u"tst_mcp"_s}, {u"version"_s, u"1"_s}}}});
}

QJsonObject toolCall(int id, const QString& tool, const QJsonObject& arguments)
{
    return request(id, u"tools/call"_s, {{u"name"_s, tool}, {u"arguments"_s, arguments}});
}

QString resultText(const QJsonObject& reply)
{
    return reply.value(u"result"_s)
        .toObject()
        .value(u"content"_s)
        .toArray()
        .at(0)
        .toObject()
        .value(u"text"_s)
        .toString();
}

// Writes the row of a token minted with `claims`, as the token endpoint does for every token it
// issues (the server refuses a JWT it has no row for). Claims that name no registered client, or
// make no valid row, get none, like a forger's token; false only when the store refuses the row.
bool recordMinted(Store& store, const QJsonObject& claims)
{
    const QString clientId = claims.value(u"client_id"_s).toString();
    auto app = store.applications().find(clientId);
    if (clientId.isEmpty() || !app || app->clientId != clientId)
        return true;
    Token row;
    row.id = claims.value(u"jti"_s).toString();
    row.kind = TokenKind::Access;
    row.applicationId = app->id;
    if (const QString sub = claims.value(u"sub"_s).toString(); sub != clientId)
        row.userId = sub;
    row.resource = claims.value(u"aud"_s).toString();
    row.scopes = claims.value(u"scope"_s).toString().split(u' ', Qt::SkipEmptyParts);
    row.issuedAt = qint64(claims.value(u"iat"_s).toDouble()) * 1000;
    row.expiresAt = qint64(claims.value(u"exp"_s).toDouble()) * 1000;
    if (!row.validate().isEmpty())
        return true;
    if (const Status written = store.tokens().insertIssued({row}); !written) {
        qWarning().noquote() << "Could not record a minted token:" << written.error().message;
        return false;
    }
    return true;
}

} // namespace

class TestMcp : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanupTestCase();

    // The parts on their own.
    void schemaCheck_data();
    void schemaCheck();
    void sessionStoreBindsAndExpires();
    void sessionStoreIsBounded();
    void jsonRpcKinds();
    void jsonRpcResultText();
    void catalogue();
    void verifiedTokenCache();

    // The server.
    void prepareKeepsTheResourceInStep();
    void protectedResourceMetadata();
    void localhostAlias();
    void localhostAliasTokens();
    void localhostAliasOnlyUnderTheDefaultIssuer();
    void localhostAliasAtAuthorizeAndToken();
    void trailingSlashNamesTheUrl();
    void missingTokenIsChallenged();
    void refusedTokens_data();
    void refusedTokens();
    void revokedTokenIsRefused();
    void revocationByAnotherProcessIsSeenWithinASecond();
    void tokensOfDeletedOrDisabledUsersAreRefused();
    void unrecordedTokenIsRefused();
    void opaqueTokens();
    void tokenInQueryIsRefused();
    void originIsChecked();
    void acceptAndContentType();
    void malformedBodies();
    void bodyOver1MiB();
    void initializeNegotiates_data();
    void initializeNegotiates();
    void sessionRules();
    void deleteEndsSession();
    void notificationsAndResponses();
    void getIsNotOffered();
    void batches();
    void toolsList();
    void insufficientScope();
    void unknownToolAndMethod();
    void applicationTools();
    void tokenTools();
    void consentTools();
    void auditAndResourceTools();
    void invalidArguments_data();
    void invalidArguments();
    void toolCallsAreAudited();
    void writeToolsAreRateLimited();
    void withdrawnSigningKeyEndsCachedTokens();

    // Administration stays with administrators, within their own organization.
    void administratorScopesNeedAnAdministrator();
    void toolsStayInTheCallersOrganization();
    void clientCannotWidenItsOwnTrust();

private:
    bool ensureServer();
    [[nodiscard]] QString issuer() const { return m_server->issuer; }
    [[nodiscard]] QUrl mcpUrl() const { return QUrl(m_server->url(u"/mcp"_s)); }
    [[nodiscard]] QJsonObject claims(const QString& scope = kAllScopes) const;
    // A token for `subject` (a user id, or the client id itself for client_credentials) and `clientId`.
    [[nodiscard]] QByteArray tokenFor(
        const QString& subject, const QString& clientId, const QString& scope = kAllScopes) const;
    // Signs the claims with the server's key ring and writes the token's row (recordMinted).
    [[nodiscard]] QByteArray mint(const QJsonObject& claims, SigningAlgorithm alg = SigningAlgorithm::RS256) const;
    // The same, never recorded.
    [[nodiscard]] QByteArray mintUnrecorded(
        const QJsonObject& claims, SigningAlgorithm alg = SigningAlgorithm::RS256) const;
    [[nodiscard]] QByteArray token(const QString& scope = kAllScopes) const { return mint(claims(scope)); }
    test::Reply post(const QByteArray& body, const QByteArray& token, const Headers& extra = {},
        const QByteArray& contentType = "application/json", const QByteArray& accept = kAccept);
    test::Reply rpc(const QJsonObject& message, const QByteArray& token, const QByteArray& session = {},
        const QByteArray& version = {});
    // A session id from a successful initialize, or empty (with a test failure recorded).
    QByteArray openSession(const QByteArray& token, const QString& version = u"2025-06-18"_s);
    QJsonObject callTool(const QString& tool, const QJsonObject& arguments, const QByteArray& token = {},
        const QString& version = u"2025-06-18"_s);
    [[nodiscard]] QString challenge401() const;
    [[nodiscard]] QString metadataUrl() const { return issuer() + u"/.well-known/oauth-protected-resource/mcp"_s; }
    [[nodiscard]] quint16 port() const { return quint16(QUrl(issuer()).port()); }
    // The server under its other name: requests go to 127.0.0.1 with this Host header.
    [[nodiscard]] QByteArray localhost() const { return "localhost:" + QByteArray::number(port()); }
    [[nodiscard]] QString aliasResource() const { return u"http://localhost:%1/mcp"_s.arg(port()); }
    // A JSON-RPC message to /mcp as a client configured with `host` sends it.
    test::Reply rpcVia(
        const QByteArray& host, const QJsonObject& message, const QByteArray& token, const QByteArray& session = {});
    QList<AuditEvent> auditEvents(const AuditFilter& filter);

    std::unique_ptr<test::RunningServer> m_server;
    QString m_startError;
    test::HttpClient m_http;
    QString m_aliceId;
    QString m_bobId; // another user of the same organization
    QString m_appId;
    QString m_clientId;
    QByteArray m_token; // every scope, for the tool tests
    QHash<QString, QByteArray> m_sessions; // by protocol version, for m_token
};

bool TestMcp::ensureServer()
{
    if (m_server)
        return true;
    if (!m_startError.isEmpty())
        return false;
    ServerSettings settings;
    m_server = test::startServer(&m_startError, settings);
    if (!m_server) {
        if (m_startError.isEmpty())
            m_startError = u"the server did not start"_s;
        return false;
    }
    auto alice = m_server->store->users().find(QString::fromLatin1(test::kUser));
    auto admin = m_server->store->users().find(u"admin"_s);
    auto app = m_server->store->applications().find(u"claude-desktop"_s);
    if (!alice || !admin || !app) {
        m_startError = u"the demo data lacks alice, admin or claude-desktop"_s;
        m_server.reset();
        return false;
    }
    m_aliceId = alice->id;
    User bob;
    bob.organizationId = alice->organizationId;
    bob.username = u"bob"_s;
    auto createdBob = m_server->store->users().create(bob, u"another long password"_s, {u"test"_s, u"test"_s});
    if (!createdBob) {
        m_startError = createdBob.error().message;
        m_server.reset();
        return false;
    }
    m_bobId = createdBob->id;
    m_appId = app->id;
    m_clientId = app->clientId;
    // The tool tests act as an administrator; the rules for everyone else have tests of their own.
    if (const QString failed = test::setAdministrator(*m_server->store, alice->username, true); !failed.isEmpty()) {
        m_startError = failed;
        m_server.reset();
        return false;
    }
    // A browser origin that only an application's CORS list allows (set before the first request
    // with an Origin, so the server's origin cache starts with it).
    Application changed = *app;
    changed.corsOrigins = {u"https://console.example.com"_s};
    if (auto saved = m_server->store->applications().update(changed, {u"test"_s, u"test"_s}); !saved) {
        m_startError = saved.error().message;
        m_server.reset();
        return false;
    }
    m_token = token();
    return true;
}

#define REQUIRE_SERVER() QVERIFY2(ensureServer(), qPrintable(u"The server did not start: "_s + m_startError))

void TestMcp::cleanupTestCase()
{
    if (m_server)
        m_server->server->context().audit.flush();
    m_server.reset();
}

QJsonObject TestMcp::claims(const QString& scope) const
{
    const qint64 nowMs = ServerContext::now();
    const qint64 now = nowMs / 1000;
    return {{u"iss"_s, issuer()}, {u"sub"_s, m_aliceId}, {u"aud"_s, QString(issuer() + u"/mcp"_s)},
        {u"client_id"_s, m_clientId}, {u"scope"_s, scope}, {u"jti"_s, SecureRandom::timeOrderedId(nowMs)},
        {u"iat"_s, now}, {u"exp"_s, now + 600}};
}

QByteArray TestMcp::tokenFor(const QString& subject, const QString& clientId, const QString& scope) const
{
    QJsonObject c = claims(scope);
    c.insert(u"sub"_s, subject);
    c.insert(u"client_id"_s, clientId);
    return mint(c);
}

QByteArray TestMcp::mint(const QJsonObject& claims, SigningAlgorithm alg) const
{
    const QByteArray jwt = mintUnrecorded(claims, alg);
    if (jwt.isEmpty() || !recordMinted(*m_server->store, claims))
        return {};
    return jwt;
}

QByteArray TestMcp::mintUnrecorded(const QJsonObject& claims, SigningAlgorithm alg) const
{
    auto signed_ = m_server->keys->sign(alg, claims, "at+jwt");
    if (!signed_) {
        qWarning().noquote() << "KeyRing::sign failed:" << signed_.error().message;
        return {};
    }
    return *signed_;
}

test::Reply TestMcp::post(const QByteArray& body, const QByteArray& token, const Headers& extra,
    const QByteArray& contentType, const QByteArray& accept)
{
    Headers headers = extra;
    if (!token.isEmpty())
        headers.append({"Authorization", "Bearer " + token});
    if (!contentType.isEmpty())
        headers.append({"Content-Type", contentType});
    if (!accept.isEmpty())
        headers.append({"Accept", accept});
    return m_http.send("POST", mcpUrl(), body, headers);
}

test::Reply TestMcp::rpc(
    const QJsonObject& message, const QByteArray& token, const QByteArray& session, const QByteArray& version)
{
    Headers headers;
    if (!session.isEmpty())
        headers.append({"Mcp-Session-Id", session});
    if (!version.isEmpty())
        headers.append({"MCP-Protocol-Version", version});
    return post(compact(message), token, headers);
}

test::Reply TestMcp::rpcVia(
    const QByteArray& host, const QJsonObject& message, const QByteArray& token, const QByteArray& session)
{
    Headers headers{{"Host", host}};
    if (!session.isEmpty())
        headers.append({"Mcp-Session-Id", session});
    return post(compact(message), token, headers);
}

QByteArray TestMcp::openSession(const QByteArray& token, const QString& version)
{
    const test::Reply r = rpc(initializeRequest(version), token);
    if (r.status != 200 || r.header("mcp-session-id").isEmpty()) {
        qWarning().noquote() << "initialize answered" << r.status << r.body;
        return {};
    }
    return r.header("mcp-session-id");
}

QJsonObject TestMcp::callTool(
    const QString& tool, const QJsonObject& arguments, const QByteArray& token, const QString& version)
{
    const QByteArray bearer = token.isEmpty() ? m_token : token;
    QByteArray session;
    if (bearer == m_token) {
        session = m_sessions.value(version);
        if (session.isEmpty()) {
            session = openSession(bearer, version);
            m_sessions.insert(version, session);
        }
    } else {
        session = openSession(bearer, version);
    }
    const test::Reply r = rpc(toolCall(7, tool, arguments), bearer, session, version.toLatin1());
    if (r.status != 200)
        qWarning().noquote() << tool << "answered" << r.status << r.body;
    return r.json();
}

QString TestMcp::challenge401() const
{
    return u"Bearer resource_metadata=\"%1\", scope=\"application:read token:read consent:read audit:read\""_s.arg(
        metadataUrl());
}

QList<AuditEvent> TestMcp::auditEvents(const AuditFilter& filter)
{
    m_server->server->context().audit.flush();
    auto events = m_server->store->audit().list(filter, 0, 50);
    return events ? *events : QList<AuditEvent>();
}

// ---------------------------------------------------------------------------------------------
// The parts on their own

void TestMcp::schemaCheck_data()
{
    QTest::addColumn<QJsonObject>("arguments");
    QTest::addColumn<QString>("field"); // empty: accepted
    QTest::addColumn<QString>("words"); // part of the message

    QTest::newRow("required only") << QJsonObject{{u"name"_s, u"app"_s}, {u"redirectUris"_s, QJsonArray()}} << QString()
                                   << QString();
    QTest::newRow("all kinds") << QJsonObject{{u"name"_s, u"app"_s},
        {u"redirectUris"_s, QJsonArray{u"http://127.0.0.1/cb"_s}}, {u"clientType"_s, u"confidential"_s},
        {u"pkceRequired"_s, true}, {u"accessTokenLifetime"_s, 600}}
                               << QString() << QString();
    QTest::newRow("missing") << QJsonObject{{u"displayName"_s, u"x"_s}} << u"name"_s << u"is required"_s;
    QTest::newRow("missing redirect URIs") << QJsonObject{{u"name"_s, u"a"_s}} << u"redirectUris"_s << u"is required"_s;
    QTest::newRow("unknown") << QJsonObject{{u"redirectUris"_s, QJsonArray()}, {u"name"_s, u"a"_s},
        {u"colour"_s, u"blue"_s}}
                             << u"colour"_s << u"is not known"_s;
    QTest::newRow("type") << QJsonObject{{u"redirectUris"_s, QJsonArray()}, {u"name"_s, 5}} << u"name"_s
                          << u"must be a string, not an integer"_s;
    QTest::newRow("integer") << QJsonObject{{u"redirectUris"_s, QJsonArray()}, {u"name"_s, u"a"_s},
        {u"accessTokenLifetime"_s, 600.5}}
                             << u"accessTokenLifetime"_s << u"must be an integer, not a number"_s;
    QTest::newRow("range") << QJsonObject{{u"redirectUris"_s, QJsonArray()}, {u"name"_s, u"a"_s},
        {u"accessTokenLifetime"_s, 5}}
                           << u"accessTokenLifetime"_s << u"must be between 60 and 86400"_s;
    QTest::newRow("enum") << QJsonObject{{u"redirectUris"_s, QJsonArray()}, {u"name"_s, u"a"_s},
        {u"clientType"_s, u"secret"_s}}
                          << u"clientType"_s << u"must be one of public, confidential"_s;
    QTest::newRow("item") << QJsonObject{{u"name"_s, u"a"_s}, {u"redirectUris"_s, QJsonArray{u"ok"_s, 3}}}
                          << u"redirectUris[1]"_s << u"must be a string"_s;
    QTest::newRow("empty") << QJsonObject{{u"redirectUris"_s, QJsonArray()}, {u"name"_s, u""_s}} << u"name"_s
                           << u"must not be empty"_s;
    QTest::newRow("boolean") << QJsonObject{{u"redirectUris"_s, QJsonArray()}, {u"name"_s, u"a"_s},
        {u"pkceRequired"_s, u"yes"_s}}
                             << u"pkceRequired"_s << u"must be a boolean, not a string"_s;
}

void TestMcp::schemaCheck()
{
    QFETCH(QJsonObject, arguments);
    QFETCH(QString, field);
    QFETCH(QString, words);
    const McpToolInfo* tool = McpCatalog::tool(u"add_application"_s);
    QVERIFY(tool);
    const Status checked = JsonSchemaCheck::check(tool->inputSchema, arguments);
    if (field.isEmpty()) {
        QVERIFY2(checked, qPrintable(checked ? QString() : checked.error().message));
        return;
    }
    QVERIFY(!checked);
    QCOMPARE(checked.error().code, ErrorCode::InvalidInput);
    QCOMPARE(checked.error().field, field);
    QVERIFY2(checked.error().message.contains(words), qPrintable(checked.error().message));
    QVERIFY2(checked.error().message.contains(u"'%1'"_s.arg(field)), qPrintable(checked.error().message));

    // A date-time filter.
    const McpToolInfo* audit = McpCatalog::tool(u"list_audit_events"_s);
    QVERIFY(JsonSchemaCheck::check(audit->inputSchema, QJsonObject{{u"from"_s, u"2025-06-18T12:00:00Z"_s}}));
    QCOMPARE(
        JsonSchemaCheck::check(audit->inputSchema, QJsonObject{{u"from"_s, u"yesterday"_s}}).error().field, u"from"_s);
}

void TestMcp::sessionStoreBindsAndExpires()
{
    McpSessionStore store(1000, 10, 10);
    const McpSession s = store.create(u"alice"_s, u"client-a"_s, u"2025-06-18"_s, 10'000);
    QCOMPARE(s.id.size(), 43); // 256 bits, base64url
    for (const QChar c : s.id)
        QVERIFY(c.unicode() >= 0x21 && c.unicode() <= 0x7E);
    QVERIFY(store.create(u"alice"_s, u"client-a"_s, u"2025-06-18"_s, 10'000).id != s.id);

    QVERIFY(store.find(s.id, u"alice"_s, u"client-a"_s, 10'500));
    QCOMPARE(store.find(s.id, u"alice"_s, u"client-a"_s, 10'500)->protocolVersion, u"2025-06-18"_s);
    QVERIFY(!store.find(s.id, u"bob"_s, u"client-a"_s, 10'500)); // another user's token
    QVERIFY(!store.find(s.id, u"alice"_s, u"client-b"_s, 10'500)); // another client
    QVERIFY(!store.find(u"unknown"_s, u"alice"_s, u"client-a"_s, 10'500));
    // Used at 10.5 s: idle until 11.5 s is fine, past it the session is gone for good.
    QVERIFY(store.find(s.id, u"alice"_s, u"client-a"_s, 11'500));
    QVERIFY(!store.find(s.id, u"alice"_s, u"client-a"_s, 12'501));
    QVERIFY(!store.find(s.id, u"alice"_s, u"client-a"_s, 12'502));

    const McpSession t = store.create(u"alice"_s, u"client-a"_s, u"2025-11-25"_s, 20'000);
    QVERIFY(!store.remove(t.id, u"bob"_s, u"client-a"_s, 20'000));
    QVERIFY(store.remove(t.id, u"alice"_s, u"client-a"_s, 20'000));
    QVERIFY(!store.find(t.id, u"alice"_s, u"client-a"_s, 20'000));
}

void TestMcp::sessionStoreIsBounded()
{
    McpSessionStore store(1'000'000, 4, 2);
    const McpSession a1 = store.create(u"a"_s, u"c"_s, u"2025-06-18"_s, 1);
    const McpSession a2 = store.create(u"a"_s, u"c"_s, u"2025-06-18"_s, 2);
    QVERIFY(store.find(a1.id, u"a"_s, u"c"_s, 3)); // a1 now used more recently than a2
    const McpSession a3 = store.create(u"a"_s, u"c"_s, u"2025-06-18"_s, 4);
    // Per subject: the least recently used of a's sessions made room.
    QVERIFY(!store.find(a2.id, u"a"_s, u"c"_s, 5));
    QVERIFY(store.find(a1.id, u"a"_s, u"c"_s, 5));
    QVERIFY(store.find(a3.id, u"a"_s, u"c"_s, 5));
    QCOMPARE(store.size(), 2);

    const McpSession b1 = store.create(u"b"_s, u"c"_s, u"2025-06-18"_s, 6);
    QVERIFY(store.find(a1.id, u"a"_s, u"c"_s, 7));
    QVERIFY(store.find(b1.id, u"b"_s, u"c"_s, 8));
    const McpSession c1 = store.create(u"c"_s, u"c"_s, u"2025-06-18"_s, 9);
    QCOMPARE(store.size(), 4);
    // Full: the least recently used of all (a3, used at 5) ends.
    const McpSession d1 = store.create(u"d"_s, u"c"_s, u"2025-06-18"_s, 10);
    QCOMPARE(store.size(), 4);
    QVERIFY(!store.find(a3.id, u"a"_s, u"c"_s, 11));
    for (const McpSession& s : {a1, b1, c1, d1})
        QVERIFY(store.find(s.id, s.subject, u"c"_s, 11));
}

void TestMcp::jsonRpcKinds()
{
    const auto kind = [](const char* json) { return JsonRpc::kind(QJsonDocument::fromJson(json).object()); };
    QCOMPARE(kind(R"({"jsonrpc":"2.0","id":1,"method":"ping"})"), JsonRpc::Kind::Request);
    QCOMPARE(kind(R"({"jsonrpc":"2.0","id":"a","method":"ping","params":{}})"), JsonRpc::Kind::Request);
    QCOMPARE(kind(R"({"jsonrpc":"2.0","method":"notifications/initialized"})"), JsonRpc::Kind::Notification);
    QCOMPARE(kind(R"({"jsonrpc":"2.0","id":1,"result":{}})"), JsonRpc::Kind::Response);
    QCOMPARE(kind(R"({"jsonrpc":"2.0","id":1,"error":{"code":1,"message":"x"}})"), JsonRpc::Kind::Response);
    QCOMPARE(kind(R"({"id":1,"method":"ping"})"), JsonRpc::Kind::Invalid); // no jsonrpc
    QCOMPARE(kind(R"({"jsonrpc":"1.0","id":1,"method":"ping"})"), JsonRpc::Kind::Invalid);
    QCOMPARE(kind(R"({"jsonrpc":"2.0","id":null,"method":"ping"})"), JsonRpc::Kind::Invalid); // MCP: no null id
    QCOMPARE(kind(R"({"jsonrpc":"2.0","id":1.5,"method":"ping"})"), JsonRpc::Kind::Invalid);
    QCOMPARE(kind(R"({"jsonrpc":"2.0","id":{},"method":"ping"})"), JsonRpc::Kind::Invalid);
    QCOMPARE(kind(R"({"jsonrpc":"2.0","id":1,"method":5})"), JsonRpc::Kind::Invalid);
    QCOMPARE(kind(R"({"jsonrpc":"2.0","id":1,"method":"x","params":3})"), JsonRpc::Kind::Invalid);
    QCOMPARE(kind(R"({"jsonrpc":"2.0","id":1,"result":{},"error":{}})"), JsonRpc::Kind::Invalid);
    QCOMPARE(kind(R"({"jsonrpc":"2.0","id":1})"), JsonRpc::Kind::Invalid);
}

void TestMcp::jsonRpcResultText()
{
    // Every character a tool's JSON can hold survives quoting: controls, quotes, backslashes,
    // non-ASCII and a lone NUL; Qt's parser reads back exactly the string that went in.
    QString tricky = u"a\"b\\c/d\n\r\t\b\f"_s + QChar(0x01) + QChar(0x1f) + QChar(0) + u"é€😀 </script>"_s;
    const QByteArray quoted = JsonRpc::quoted(tricky.toUtf8());
    const QJsonDocument round = QJsonDocument::fromJson("[" + quoted + "]");
    QVERIFY(round.isArray());
    QCOMPARE(round.array().at(0).toString(), tricky);

    const QByteArray result = R"({"content":[{"text":"x","type":"text"}],"isError":false})";
    for (const QJsonValue& id : {QJsonValue(7), QJsonValue(-9007199254740991.0), QJsonValue(u"req-\"1\""_s)}) {
        const QJsonObject message = QJsonDocument::fromJson(JsonRpc::resultText(id, result)).object();
        QCOMPARE(message, JsonRpc::result(id, QJsonDocument::fromJson(result).object()));
        QCOMPARE(JsonRpc::kind(message), JsonRpc::Kind::Response);
    }
}

void TestMcp::catalogue()
{
    const QStringList expected{u"list_applications"_s, u"get_application"_s, u"add_application"_s,
        u"update_application"_s, u"delete_application"_s, u"list_tokens"_s, u"revoke_token"_s, u"list_consents"_s,
        u"revoke_consent"_s, u"list_audit_events"_s, u"list_resources"_s};
    QStringList names;
    for (const McpToolInfo& tool : McpCatalog::tools()) {
        names << tool.name;
        QVERIFY2(McpCatalog::scopeNames().contains(tool.scope), qPrintable(tool.name));
        QVERIFY2(tool.description.contains(u"Requires the scope "_s + tool.scope), qPrintable(tool.name));
        QCOMPARE(tool.inputSchema.value(u"type"_s).toString(), u"object"_s);
        QCOMPARE(tool.inputSchema.value(u"additionalProperties"_s).toBool(true), false);
        QVERIFY(tool.readOnly == tool.scope.endsWith(u":read"_s));
    }
    QCOMPARE(names, expected);
    QCOMPARE(McpCatalog::readScopeNames(),
        QStringList({u"application:read"_s, u"token:read"_s, u"consent:read"_s, u"audit:read"_s}));
    // Changing the server, and reading everyone's activity, are administrators' scopes; the tools that
    // need them say so.
    QCOMPARE(McpCatalog::administratorScopeNames(),
        QStringList({u"application:write"_s, u"token:write"_s, u"consent:write"_s, u"audit:read"_s}));
    for (const McpToolInfo& tool : McpCatalog::tools()) {
        QCOMPARE(tool.description.contains(u"only administrators"_s),
            McpCatalog::administratorScopeNames().contains(tool.scope));
    }
    QVERIFY(!McpCatalog::scopeNames().contains(u"offline_access"_s));
}

void TestMcp::verifiedTokenCache()
{
    VerifiedTokenCache cache(2);
    const QByteArray a = VerifiedTokenCache::keyOf("token-a");
    QCOMPARE(a.size(), 32);
    QVERIFY(a != VerifiedTokenCache::keyOf("token-b"));
    VerifiedAccessToken token;
    token.jti = u"a"_s;
    token.expiresAt = 10'000;
    cache.insert(a, token);
    QVERIFY(cache.find(a, 9'999));
    QCOMPARE(cache.find(a, 9'999)->jti, u"a"_s);
    // Expired: gone, even though the validator would still allow its clock skew.
    QVERIFY(!cache.find(a, 10'000));
    QCOMPARE(cache.size(), 0);
    // Bounded: the least recently used goes first.
    for (const char* name : {"1", "2", "3"}) {
        token.jti = QString::fromLatin1(name);
        token.expiresAt = 100'000;
        cache.insert(VerifiedTokenCache::keyOf(name), token);
        if (qstrcmp(name, "2") == 0)
            QVERIFY(cache.find(VerifiedTokenCache::keyOf("1"), 0));
    }
    QCOMPARE(cache.size(), 2);
    QVERIFY(cache.find(VerifiedTokenCache::keyOf("1"), 0));
    QVERIFY(!cache.find(VerifiedTokenCache::keyOf("2"), 0));
    QVERIFY(cache.find(VerifiedTokenCache::keyOf("3"), 0));
}

// ---------------------------------------------------------------------------------------------
// The server

void TestMcp::prepareKeepsTheResourceInStep()
{
    REQUIRE_SERVER();
    Store& store = *m_server->store;
    const QString uri = issuer() + u"/mcp"_s;
    auto resource = store.resources().find(uri);
    QVERIFY2(resource, qPrintable(resource ? QString() : resource.error().message));
    QCOMPARE(resource->uri, uri);
    QCOMPARE(resource->toolScopes, McpCatalog::toolScopes());
    for (const QString& scope : McpCatalog::scopeNames()) {
        QVERIFY(resource->scopes.contains(scope));
        auto stored = store.scopes().find(scope, resource->organizationId);
        QVERIFY2(stored, qPrintable(scope));
        QVERIFY(!stored->displayName.isEmpty());
        QVERIFY(!stored->description.isEmpty());
        QCOMPARE(stored->administratorOnly, McpCatalog::administratorScopeNames().contains(scope));
    }
    // The demo data's resource (default port) carries the same tool map.
    auto demo = store.resources().find(QString::fromLatin1(DemoData::kResourceUri));
    QVERIFY(demo);
    QCOMPARE(demo->toolScopes, McpCatalog::toolScopes());

    // A second prepare() changes nothing and writes no audit event.
    const qint64 before = *store.audit().count({});
    McpEndpoint again(m_server->server->context());
    QVERIFY(again.prepare());
    QCOMPARE(*store.audit().count({}), before);

    // A hand-edited tool map is put right, an administrator's extra scope stays, and the fix is audited.
    Resource edited = *resource;
    edited.toolScopes.insert(u"delete_application"_s, u"application:read"_s);
    edited.toolScopes.insert(u"retired_tool"_s, u"audit:read"_s);
    auto extra = store.scopes().create(
        Scope{{}, resource->organizationId, u"reports:read"_s, u"Reports"_s, u"Read reports."_s}, {u"test"_s, u"t"_s});
    QVERIFY(extra);
    edited.scopes << u"reports:read"_s;
    QVERIFY(store.resources().update(edited, {u"test"_s, u"test"_s}));
    QVERIFY(again.prepare());
    resource = store.resources().find(uri);
    QCOMPARE(resource->toolScopes, McpCatalog::toolScopes());
    QVERIFY(resource->scopes.contains(u"reports:read"_s));
    AuditFilter fix;
    fix.action = u"resource.update"_s;
    fix.actor = u"server"_s;
    QCOMPARE(*store.audit().count(fix), 1);

    // Who may hold a scope of these tools is the tools' to say: a scope made open to everyone by hand
    // (or by a store from before administrators) is marked again, audited as the server.
    auto tokenWrite = store.scopes().find(u"token:write"_s, resource->organizationId);
    QVERIFY(tokenWrite && tokenWrite->administratorOnly);
    Scope opened = *tokenWrite;
    opened.administratorOnly = false;
    QVERIFY(store.scopes().update(opened, {u"test"_s, u"test"_s}));
    AuditFilter marked;
    marked.action = u"scope.update"_s;
    marked.actor = u"server"_s;
    marked.targetId = tokenWrite->id;
    QCOMPARE(*store.audit().count(marked), 0);
    QVERIFY(again.prepare());
    QCOMPARE(store.scopes().find(tokenWrite->id)->administratorOnly, true);
    QCOMPARE(*store.audit().count(marked), 1);
}

void TestMcp::protectedResourceMetadata()
{
    REQUIRE_SERVER();
    for (const QString& path :
        {u"/.well-known/oauth-protected-resource"_s, u"/.well-known/oauth-protected-resource/mcp"_s}) {
        const test::Reply r = m_http.get(QUrl(m_server->url(path)), {{"Origin", "http://localhost:6274"}});
        QCOMPARE(r.status, 200);
        QVERIFY(r.header("content-type").startsWith("application/json"));
        QCOMPARE(r.header("access-control-allow-origin"), QByteArray("http://localhost:6274"));
        const QJsonObject prm = r.json();
        QCOMPARE(prm.value(u"resource"_s).toString(), issuer() + u"/mcp"_s);
        QVERIFY(!prm.value(u"resource"_s).toString().endsWith(u'/'));
        QCOMPARE(prm.value(u"authorization_servers"_s).toArray(), QJsonArray{issuer()});
        QCOMPARE(prm.value(u"bearer_methods_supported"_s).toArray(), QJsonArray{u"header"_s});
        QCOMPARE(prm.value(u"scopes_supported"_s).toArray(), QJsonArray::fromStringList(McpCatalog::scopeNames()));
        QVERIFY(!prm.value(u"resource_name"_s).toString().isEmpty());
    }
    // The challenge points at the path-scoped document.
    const test::Reply r = rpc(initializeRequest(u"2025-06-18"_s), {});
    QVERIFY(r.header("www-authenticate").contains(metadataUrl().toUtf8()));
}

void TestMcp::localhostAlias()
{
    REQUIRE_SERVER();
    // Through localhost:PORT (any case) the metadata names the resource so, as clients configured with
    // that URL require; the authorization server stays the one issuer.
    const QString aliasMetadata = u"http://localhost:%1/.well-known/oauth-protected-resource/mcp"_s.arg(port());
    for (const QByteArray& host : {localhost(), QByteArray("LocalHost:" + QByteArray::number(port()))}) {
        for (const QString& path :
            {u"/.well-known/oauth-protected-resource"_s, u"/.well-known/oauth-protected-resource/mcp"_s}) {
            const test::Reply r = m_http.get(QUrl(m_server->url(path)), {{"Host", host}});
            QCOMPARE(r.status, 200);
            QCOMPARE(r.json().value(u"resource"_s).toString(), aliasResource());
            QCOMPARE(r.json().value(u"authorization_servers"_s).toArray(), QJsonArray{issuer()});
        }
        // The 401 points at that document and names that URL.
        const test::Reply challenged = rpcVia(host, initializeRequest(u"2025-06-18"_s), {});
        QCOMPARE(challenged.status, 401);
        QCOMPARE(QString::fromLatin1(challenged.header("www-authenticate")),
            u"Bearer resource_metadata=\"%1\", scope=\"application:read token:read consent:read audit:read\""_s.arg(
                aliasMetadata));
        QVERIFY2(
            challenged.json().value(u"error"_s).toObject().value(u"message"_s).toString().contains(aliasResource()),
            challenged.body.constData());
    }
    // Any other name, or localhost on another port, is the canonical resource.
    for (const QByteArray& host :
        {QByteArray("localhost"), QByteArray("localhost:1"), QByteArray("127.0.0.1:" + QByteArray::number(port())),
            QByteArray("localhost.example:" + QByteArray::number(port()))}) {
        const test::Reply r
            = m_http.get(QUrl(m_server->url(u"/.well-known/oauth-protected-resource/mcp"_s)), {{"Host", host}});
        QCOMPARE(r.status, 200);
        QVERIFY2(r.json().value(u"resource"_s).toString() == issuer() + u"/mcp"_s, host.constData());
        QVERIFY2(rpcVia(host, initializeRequest(u"2025-06-18"_s), {})
                     .header("www-authenticate")
                     .contains(metadataUrl().toUtf8()),
            host.constData());
    }
    // The console lists one resource: the alias is a name, not a row.
    QVERIFY(!m_server->store->resources().find(aliasResource()));
}

void TestMcp::localhostAliasTokens()
{
    REQUIRE_SERVER();
    QJsonObject aliasClaims = claims(u"application:read token:read"_s);
    aliasClaims.insert(u"aud"_s, aliasResource());
    const QByteArray aliasToken = mint(aliasClaims);
    const QByteArray canonicalToken = token(u"application:read token:read"_s);

    // Each token works under the name it was issued for, and only there: also once it is in the
    // cache of verified tokens, which a request under the other name must not reuse.
    for (int round = 0; round < 2; ++round) {
        const test::Reply viaAlias = rpcVia(localhost(), initializeRequest(u"2025-06-18"_s), aliasToken);
        QVERIFY2(viaAlias.status == 200, viaAlias.body.constData());
        const test::Reply canonical = rpc(initializeRequest(u"2025-06-18"_s), canonicalToken);
        QVERIFY2(canonical.status == 200, canonical.body.constData());

        const test::Reply aliasOnCanonical = rpc(initializeRequest(u"2025-06-18"_s), aliasToken);
        QCOMPARE(aliasOnCanonical.status, 401);
        QVERIFY2(aliasOnCanonical.header("www-authenticate").startsWith("Bearer error=\"invalid_token\""),
            aliasOnCanonical.header("www-authenticate").constData());
        QVERIFY(aliasOnCanonical.header("www-authenticate").contains("aud"));
        const test::Reply canonicalOnAlias = rpcVia(localhost(), initializeRequest(u"2025-06-18"_s), canonicalToken);
        QCOMPARE(canonicalOnAlias.status, 401);
        QVERIFY(canonicalOnAlias.header("www-authenticate")
                    .contains(QByteArray("resource_metadata=\"http://localhost:" + QByteArray::number(port()))));
    }
    // Never a token for localhost on another port or another host, whatever the Host header says.
    for (const QString& aud : {u"http://localhost:1/mcp"_s, u"http://localhost/mcp"_s,
             u"http://localhost:%1/mcp/"_s.arg(port()), u"http://[::1]:%1/mcp"_s.arg(port())}) {
        QJsonObject c = claims();
        c.insert(u"aud"_s, aud);
        const QByteArray other = mint(c);
        QVERIFY2(rpcVia(localhost(), initializeRequest(u"2025-06-18"_s), other).status == 401, qPrintable(aud));
        QVERIFY2(rpcVia("localhost:1", initializeRequest(u"2025-06-18"_s), other).status == 401, qPrintable(aud));
        QVERIFY2(rpc(initializeRequest(u"2025-06-18"_s), other).status == 401, qPrintable(aud));
    }

    // Opaque tokens: the row's resource is the name.
    const QByteArray value = SecureRandom::token(32).toLatin1();
    const qint64 now = ServerContext::now();
    Token row;
    row.id = SecureRandom::timeOrderedId(now);
    row.kind = TokenKind::Access;
    row.applicationId = m_appId;
    row.userId = m_aliceId;
    row.resource = aliasResource();
    row.scopes = {u"application:read"_s};
    row.issuedAt = now;
    row.expiresAt = now + 600'000;
    row.valueHash = AccessTokenVerifier::valueHash(value);
    QVERIFY(m_server->store->tokens().insert(row, {u"test"_s, u"test"_s}));
    QCOMPARE(rpcVia(localhost(), initializeRequest(u"2025-06-18"_s), value).status, 200);
    QCOMPARE(rpc(initializeRequest(u"2025-06-18"_s), value).status, 401);

    // The step-up challenge points at the metadata under the name in use, and the tools run.
    const test::Reply opened = rpcVia(localhost(), initializeRequest(u"2025-06-18"_s), aliasToken);
    const QByteArray session = opened.header("mcp-session-id");
    QVERIFY(!session.isEmpty());
    const test::Reply forbidden = rpcVia(
        localhost(), toolCall(3, u"add_application"_s, {{u"name"_s, u"never-created"_s}}), aliasToken, session);
    QCOMPARE(forbidden.status, 403);
    QCOMPARE(QString::fromLatin1(forbidden.header("www-authenticate")),
        u"Bearer error=\"insufficient_scope\", scope=\"application:read token:read application:write\", "
        "resource_metadata=\"http://localhost:%1/.well-known/oauth-protected-resource/mcp\""_s.arg(port()));
    const test::Reply listed = rpcVia(localhost(), toolCall(4, u"list_applications"_s, {}), aliasToken, session);
    QCOMPARE(listed.status, 200);
    QCOMPARE(listed.json().value(u"result"_s).toObject().value(u"isError"_s).toBool(true), false);
}

void TestMcp::localhostAliasOnlyUnderTheDefaultIssuer()
{
    REQUIRE_SERVER();
    const ServerContext& running = m_server->server->context();
    QCOMPARE(running.mcpResourceAlias(), aliasResource());
    // With --issuer the administrator chose the one URL clients use; off loopback, localhost is not
    // this server.
    ServerContext withIssuer = running;
    withIssuer.settings.issuer = issuer();
    QVERIFY(withIssuer.mcpResourceAlias().isEmpty());
    ServerContext elsewhere = running;
    elsewhere.settings.address = QHostAddress(u"192.0.2.10"_s);
    QVERIFY(elsewhere.mcpResourceAlias().isEmpty());
    HttpRequest viaLocalhost;
    viaLocalhost.url = QUrl(aliasResource());
    QCOMPARE(running.mcpResourceFor(viaLocalhost), aliasResource());
    QCOMPARE(withIssuer.mcpResourceFor(viaLocalhost), issuer() + u"/mcp"_s);
}

void TestMcp::localhostAliasAtAuthorizeAndToken()
{
    REQUIRE_SERVER();
    using Form = QMap<QString, QString>;
    const QString alias = aliasResource();
    const QString canonical = issuer() + u"/mcp"_s;
    const AuditContext ctx{u"test"_s, u"test"_s};
    auto org = m_server->store->organizations().find(QString::fromLatin1(DemoData::kOrganization));
    QVERIFY(org);
    const auto audOf = [](const QString& jwt) {
        const QByteArray payload = QByteArray::fromBase64(
            jwt.section(u'.', 1, 1).toLatin1(), QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
        return QJsonDocument::fromJson(payload).object().value(u"aud"_s).toString();
    };
    const auto initializeWorks = [this](const QByteArray& host, const QString& accessToken) {
        const test::Reply r = host.isEmpty() ? rpc(initializeRequest(u"2025-06-18"_s), accessToken.toLatin1())
                                             : rpcVia(host, initializeRequest(u"2025-06-18"_s), accessToken.toLatin1());
        return r.status == 200;
    };

    // client_credentials: aud is the name asked for, accepted only on requests under that name.
    Application service;
    service.organizationId = org->id;
    service.name = u"alias-service"_s;
    service.clientType = ClientType::Confidential;
    service.authMethod = TokenEndpointAuthMethod::ClientSecretBasic;
    service.grantTypes = {GrantType::ClientCredentials};
    service.redirectUris.clear();
    service.allowedScopes = {u"application:read"_s};
    auto saved = m_server->store->applications().create(service, ctx);
    QVERIFY(saved);
    const QByteArray credentials
        = QUrl::toPercentEncoding(saved->application.clientId) + ':' + QUrl::toPercentEncoding(saved->clientSecret);
    const QByteArray basic = "Basic " + credentials.toBase64();
    const QUrl tokenUrl(m_server->url(u"/token"_s));
    const auto clientCredentials = [&](const QString& resource) {
        return m_http.postForm(tokenUrl,
            FormData::encode({{u"grant_type"_s, u"client_credentials"_s}, {u"resource"_s, resource}}),
            {{"Authorization", basic}});
    };
    test::Reply r = clientCredentials(alias);
    QVERIFY2(r.status == 200, r.body.constData());
    QString access = r.json().value(u"access_token"_s).toString();
    QCOMPARE(audOf(access), alias);
    QVERIFY(initializeWorks(localhost(), access));
    QVERIFY(!initializeWorks({}, access));
    r = clientCredentials(canonical);
    QCOMPARE(audOf(r.json().value(u"access_token"_s).toString()), canonical);
    // Only this port's localhost, and only loopback names of this server.
    for (const QString& other : {u"http://localhost:1/mcp"_s, u"http://localhost/mcp"_s,
             u"http://localhost:%1/mcp/"_s.arg(port()), u"http://localhost.example:%1/mcp"_s.arg(port())}) {
        r = clientCredentials(other);
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_target"_s);
    }

    // authorization_code and refresh_token: the code, its tokens and their refreshes are for the alias.
    Application desktop;
    desktop.organizationId = org->id;
    desktop.name = u"alias-desktop"_s;
    desktop.clientType = ClientType::Public;
    desktop.authMethod = TokenEndpointAuthMethod::None;
    desktop.grantTypes = {GrantType::AuthorizationCode, GrantType::RefreshToken};
    const QString redirectUri = u"http://127.0.0.1:43123/callback"_s;
    desktop.redirectUris = {redirectUri};
    desktop.allowedScopes = {u"application:read"_s};
    desktop.consentPolicy = ConsentPolicy::Never;
    auto publicApp = m_server->store->applications().create(desktop, ctx);
    QVERIFY(publicApp);
    const QString clientId = publicApp->application.clientId;
    const QString verifier = SecureRandom::token(32);
    const QString challenge
        = QString::fromLatin1(QCryptographicHash::hash(verifier.toLatin1(), QCryptographicHash::Sha256)
                                  .toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
    const auto authorizeUrl = [&](const QString& resource) {
        QUrlQuery query;
        query.addQueryItem(u"response_type"_s, u"code"_s);
        query.addQueryItem(u"client_id"_s, clientId);
        query.addQueryItem(u"redirect_uri"_s, redirectUri);
        query.addQueryItem(u"code_challenge"_s, challenge);
        query.addQueryItem(u"code_challenge_method"_s, u"S256"_s);
        query.addQueryItem(u"state"_s, u"s1"_s);
        query.addQueryItem(u"resource"_s, resource);
        query.addQueryItem(u"scope"_s, u"application:read"_s);
        QUrl url(m_server->url(u"/authorize"_s));
        url.setQuery(query);
        return url;
    };
    test::HttpClient browser;
    r = browser.get(authorizeUrl(u"http://localhost:1/mcp"_s));
    QCOMPARE(r.status, 302);
    QCOMPARE(QUrlQuery(QUrl(QString::fromUtf8(r.header("location")))).queryItemValue(u"error"_s), u"invalid_target"_s);

    r = browser.get(authorizeUrl(alias));
    QCOMPARE(r.status, 200); // the login page
    const auto hidden = [](const QByteArray& page, const QString& name) {
        return QRegularExpression(u"name=\"%1\" value=\"([^\"]*)\""_s.arg(name))
            .match(QString::fromUtf8(page))
            .captured(1);
    };
    const Form login{{u"request"_s, hidden(r.body, u"request"_s)}, {u"csrf_token"_s, hidden(r.body, u"csrf_token"_s)},
        {u"username"_s, QString::fromLatin1(test::kUser)}, {u"password"_s, QString::fromLatin1(test::kUserPassword)}};
    r = browser.postForm(QUrl(m_server->url(u"/authorize/login"_s)), FormData::encode(login));
    QCOMPARE(r.status, 303);
    r = browser.get(QUrl(m_server->url(u"/"_s)).resolved(QUrl(QString::fromUtf8(r.header("location")))));
    QCOMPARE(r.status, 302); // consent policy "never": straight back to the client
    const QUrl back(QString::fromUtf8(r.header("location")));
    QVERIFY2(back.toString().startsWith(redirectUri), r.header("location").constData());
    const QString code = QUrlQuery(back).queryItemValue(u"code"_s, QUrl::FullyDecoded);
    QVERIFY(!code.isEmpty());

    Form redeem{{u"grant_type"_s, u"authorization_code"_s}, {u"code"_s, code}, {u"redirect_uri"_s, redirectUri},
        {u"code_verifier"_s, verifier}, {u"client_id"_s, clientId}, {u"resource"_s, alias}};
    r = m_http.postForm(tokenUrl, FormData::encode(redeem));
    QVERIFY2(r.status == 200, r.body.constData());
    access = r.json().value(u"access_token"_s).toString();
    QCOMPARE(audOf(access), alias);
    QVERIFY(initializeWorks(localhost(), access));
    QVERIFY(!initializeWorks({}, access));

    // The refresh stays bound to the alias: the canonical name is another resource for it.
    const QString refreshToken = r.json().value(u"refresh_token"_s).toString();
    Form refresh{{u"grant_type"_s, u"refresh_token"_s}, {u"refresh_token"_s, refreshToken}, {u"client_id"_s, clientId},
        {u"resource"_s, canonical}};
    r = m_http.postForm(tokenUrl, FormData::encode(refresh));
    QCOMPARE(r.json().value(u"error"_s).toString(), u"invalid_target"_s);
    refresh.insert(u"resource"_s, alias);
    r = m_http.postForm(tokenUrl, FormData::encode(refresh));
    QVERIFY2(r.status == 200, r.body.constData());
    QCOMPARE(audOf(r.json().value(u"access_token"_s).toString()), alias);
    QVERIFY(initializeWorks(localhost(), r.json().value(u"access_token"_s).toString()));
}

void TestMcp::trailingSlashNamesTheUrl()
{
    REQUIRE_SERVER();
    QUrl slashed = mcpUrl();
    slashed.setPath(u"/mcp/"_s);
    const QByteArray body = compact(initializeRequest(u"2025-06-18"_s));
    const Headers json{{"Content-Type", "application/json"}, {"Accept", kAccept}};
    // Without a token: no error code (RFC 6750 section 3.1), but the description names the URL.
    const test::Reply bare = m_http.send("POST", slashed, body, json);
    QCOMPARE(bare.status, 401);
    const QString expected = u"Bearer error_description=\"This MCP server's URL is %1/mcp, without a trailing "
                             "slash. Configure the client with exactly that URL: it is the resource its access "
                             "tokens are issued for.\", resource_metadata=\"%2\", scope=\"application:read "
                             "token:read consent:read audit:read\""_s.arg(issuer(), metadataUrl());
    QCOMPARE(QString::fromLatin1(bare.header("www-authenticate")), expected);
    QVERIFY(bare.json().value(u"error"_s).toObject().value(u"message"_s).toString().contains(issuer() + u"/mcp,"_s));
    // A token, even a good one, is not served there.
    const test::Reply withToken
        = m_http.send("POST", slashed, body, json + Headers{{"Authorization", "Bearer " + m_token}});
    QCOMPARE(withToken.status, 401);
    QVERIFY(withToken.header("www-authenticate").startsWith("Bearer error=\"invalid_token\", error_description=\""));
    QVERIFY(withToken.header("mcp-session-id").isEmpty());
    for (const QByteArray& method : {QByteArray("GET"), QByteArray("DELETE")})
        QCOMPARE(m_http.send(method, slashed, {}, {{"Authorization", "Bearer " + m_token}}).status, 401);
    // Under the localhost name it names that URL.
    const test::Reply alias = m_http.send("POST", slashed, body, json + Headers{{"Host", localhost()}});
    QCOMPARE(alias.status, 401);
    QVERIFY2(
        alias.header("www-authenticate").contains(QString(u"URL is "_s + aliasResource() + u", without"_s).toUtf8()),
        alias.header("www-authenticate").constData());
}

void TestMcp::missingTokenIsChallenged()
{
    REQUIRE_SERVER();
    const test::Reply r = rpc(initializeRequest(u"2025-06-18"_s), {});
    QCOMPARE(r.status, 401);
    QCOMPARE(QString::fromLatin1(r.header("www-authenticate")), challenge401());
    QCOMPARE(r.json().value(u"error"_s).toObject().value(u"code"_s).toInt(), JsonRpc::kUnauthorized);
    // Another scheme counts as no bearer token (RFC 6750 section 3: no error code).
    const test::Reply basic = m_http.send("POST", mcpUrl(), compact(initializeRequest(u"2025-06-18"_s)),
        {{"Authorization", "Basic YWxpY2U6cGFzc3dvcmQ="}, {"Content-Type", "application/json"}, {"Accept", kAccept}});
    QCOMPARE(basic.status, 401);
    QCOMPARE(QString::fromLatin1(basic.header("www-authenticate")), challenge401());
    // DELETE is authorized too.
    const test::Reply del = m_http.send("DELETE", mcpUrl(), {}, {{"Mcp-Session-Id", "whatever"}});
    QCOMPARE(del.status, 401);
    // "Bearer" with no token or two tokens is a malformed request.
    const test::Reply malformed = post(compact(initializeRequest(u"2025-06-18"_s)), "a b");
    QCOMPARE(malformed.status, 400);
    QVERIFY(malformed.header("www-authenticate").startsWith("Bearer error=\"invalid_request\""));
}

void TestMcp::refusedTokens_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("words"); // part of error_description
    QTest::newRow("expired") << u"expired"_s << u"expired"_s;
    QTest::newRow("not yet valid") << u"nbf"_s << u"not valid before"_s;
    QTest::newRow("aud with trailing slash") << u"aud/"_s << u"aud"_s;
    QTest::newRow("aud of another resource") << u"aud-other"_s << u"aud"_s;
    QTest::newRow("wrong iss") << u"iss"_s << u"iss"_s;
    QTest::newRow("alg none") << u"none"_s << u"alg none"_s;
    QTest::newRow("unknown kid") << u"kid"_s << u"no-such-key"_s;
    QTest::newRow("bad signature") << u"signature"_s << u"signature"_s;
    QTest::newRow("typ JWT") << u"typ"_s << u"at+jwt"_s;
    QTest::newRow("no client_id") << u"client_id"_s << u"client_id"_s;
    QTest::newRow("garbage") << u"garbage"_s << QString();
}

void TestMcp::refusedTokens()
{
    REQUIRE_SERVER();
    QFETCH(QString, change);
    QFETCH(QString, words);
    QJsonObject c = claims();
    const qint64 now = ServerContext::now() / 1000;
    QByteArray bad;
    if (change == u"expired"_s) {
        c.insert(u"iat"_s, now - 7200);
        c.insert(u"exp"_s, now - 3600);
    } else if (change == u"nbf"_s) {
        c.insert(u"nbf"_s, now + 3600);
    } else if (change == u"aud/"_s) {
        c.insert(u"aud"_s, QString(issuer() + u"/mcp/"_s));
    } else if (change == u"aud-other"_s) {
        c.insert(u"aud"_s, u"https://other.example.com/mcp"_s);
    } else if (change == u"iss"_s) {
        c.insert(u"iss"_s, QString(issuer() + u"/"_s));
    } else if (change == u"client_id"_s) {
        c.remove(u"client_id"_s);
    }
    const QByteArray good = mint(claims());
    QVERIFY(!good.isEmpty());
    const QList<QByteArray> parts = good.split('.');
    if (change == u"none"_s) {
        bad = base64url(R"({"alg":"none","typ":"at+jwt"})") + '.' + base64url(compact(c)) + '.';
    } else if (change == u"kid"_s) {
        bad = base64url(R"({"alg":"RS256","kid":"no-such-key","typ":"at+jwt"})") + '.' + base64url(compact(c)) + '.'
            + parts.at(2);
    } else if (change == u"signature"_s) {
        // The claims of one token under the signature of another.
        bad = parts.at(0) + '.' + base64url(compact(claims(u"application:read"_s))) + '.' + parts.at(2);
    } else if (change == u"typ"_s) {
        auto plain = m_server->keys->sign(SigningAlgorithm::RS256, c, "JWT");
        QVERIFY(plain);
        bad = *plain;
    } else if (change == u"garbage"_s) {
        bad = "not.a.jwt";
    } else {
        bad = mint(c);
    }
    QVERIFY(!bad.isEmpty());

    const test::Reply r = rpc(initializeRequest(u"2025-06-18"_s), bad);
    QCOMPARE(r.status, 401);
    const QString header = QString::fromLatin1(r.header("www-authenticate"));
    QVERIFY2(header.startsWith(u"Bearer error=\"invalid_token\", error_description=\""_s), qPrintable(header));
    QVERIFY2(header.endsWith(
                 u"resource_metadata=\"%1\", scope=\"application:read token:read consent:read audit:read\""_s.arg(
                     metadataUrl())),
        qPrintable(header));
    if (!words.isEmpty())
        QVERIFY2(header.contains(words, Qt::CaseInsensitive), qPrintable(header));
    QVERIFY2(!header.contains(QString::fromLatin1(bad.left(20))), "the challenge must not echo the token");
    // Never a session for a refused token.
    QVERIFY(r.header("mcp-session-id").isEmpty());
}

void TestMcp::revokedTokenIsRefused()
{
    REQUIRE_SERVER();
    const QJsonObject c = claims();
    const QByteArray bearer = mint(c);
    const QByteArray session = openSession(bearer);
    QVERIFY(!session.isEmpty());
    QCOMPARE(rpc(request(2, u"ping"_s), bearer, session).status, 200);
    QVERIFY(m_server->store->tokens().revoke(c.value(u"jti"_s).toString(), {u"test"_s, u"test"_s}));

    // Revocation works at once, in the middle of a session.
    const test::Reply r = rpc(request(3, u"ping"_s), bearer, session);
    QCOMPARE(r.status, 401);
    QVERIFY2(r.header("www-authenticate").contains("revoked"), r.header("www-authenticate").constData());
}

void TestMcp::revocationByAnotherProcessIsSeenWithinASecond()
{
    REQUIRE_SERVER();
    const QJsonObject c = claims();
    const QByteArray bearer = mint(c);
    const QByteArray session = openSession(bearer);
    QVERIFY(!session.isEmpty());
    QCOMPARE(rpc(request(2, u"ping"_s), bearer, session).status, 200); // the verdict on the token is cached

    // The CLI or the console revokes through a connection of its own, which this server cannot hear:
    // it reads the token's row again once its cached verdict is older than kTokenReloadIntervalMs.
    auto location = DatabaseLocation::parse(m_server->dir.filePath(u"store.sqlite"_s));
    QVERIFY(location);
    auto other = Store::open(*location);
    QVERIFY2(other, qPrintable(other ? QString() : other.error().message));
    QVERIFY((*other)->tokens().revoke(c.value(u"jti"_s).toString(), {u"cli"_s, u"test"_s}));
    QElapsedTimer elapsed;
    elapsed.start();
    test::Reply r = rpc(request(3, u"ping"_s), bearer, session);
    for (int id = 4; r.status == 200 && elapsed.elapsed() < 3000; ++id) {
        QTest::qWait(50);
        r = rpc(request(id, u"ping"_s), bearer, session);
    }
    QCOMPARE(r.status, 401);
    QVERIFY2(r.header("www-authenticate").contains("revoked"), r.header("www-authenticate").constData());
    QVERIFY2(elapsed.elapsed() <= AccessTokenVerifier::kTokenReloadIntervalMs + 500,
        qPrintable(u"refused after %1 ms"_s.arg(elapsed.elapsed())));
}

void TestMcp::tokensOfDeletedOrDisabledUsersAreRefused()
{
    REQUIRE_SERVER();
    const AuditContext ctx{u"test"_s, u"test"_s};
    for (const bool deleteUser : {false, true}) {
        User user;
        user.organizationId = m_server->store->users().find(m_aliceId)->organizationId;
        user.username = deleteUser ? u"doomed"_s : u"disabled"_s;
        auto created = m_server->store->users().create(user, u"another long password"_s, ctx);
        QVERIFY(created);
        QJsonObject c = claims();
        c.insert(u"sub"_s, created->id);
        const QByteArray bearer = mint(c);
        const QByteArray session = openSession(bearer);
        QVERIFY(!session.isEmpty());
        QCOMPARE(rpc(request(2, u"ping"_s), bearer, session).status, 200);

        if (deleteUser) {
            QVERIFY(m_server->store->users().remove(created->id, ctx));
        } else {
            User disabled = *created;
            disabled.disabled = true;
            QVERIFY(m_server->store->users().update(disabled, ctx));
        }
        // At once, in the middle of the session: the row is gone or revoked with the user.
        const test::Reply r = rpc(request(3, u"ping"_s), bearer, session);
        QVERIFY2(r.status == 401, deleteUser ? "deleted" : "disabled");
        QVERIFY(r.header("www-authenticate").startsWith("Bearer error=\"invalid_token\""));
        // And the same token, fresh at another session, too.
        QCOMPARE(rpc(initializeRequest(u"2025-06-18"_s), bearer).status, 401);
    }
}

void TestMcp::unrecordedTokenIsRefused()
{
    REQUIRE_SERVER();
    // Signed with our key and valid in every claim, but the server never issued it (no row): refused.
    const test::Reply r = rpc(initializeRequest(u"2025-06-18"_s), mintUnrecorded(claims()));
    QCOMPARE(r.status, 401);
    QVERIFY2(r.header("www-authenticate").contains("not on record"), r.header("www-authenticate").constData());
    // A client_credentials token (no user) likewise.
    QJsonObject c = claims();
    c.insert(u"sub"_s, m_clientId);
    QCOMPARE(rpc(initializeRequest(u"2025-06-18"_s), mintUnrecorded(c)).status, 401);
    QCOMPARE(rpc(initializeRequest(u"2025-06-18"_s), mint(c)).status, 200);
}

void TestMcp::opaqueTokens()
{
    REQUIRE_SERVER();
    // An opaque access token is found by its hash in the store (main thread path).
    const QByteArray value = SecureRandom::token(32).toLatin1();
    const qint64 now = ServerContext::now();
    Token row;
    row.id = SecureRandom::timeOrderedId(now);
    row.kind = TokenKind::Access;
    row.applicationId = m_appId;
    row.userId = m_aliceId;
    row.resource = issuer() + u"/mcp"_s;
    row.scopes = {u"application:read"_s};
    row.issuedAt = now;
    row.expiresAt = now + 600'000;
    row.valueHash = AccessTokenVerifier::valueHash(value);
    QVERIFY(m_server->store->tokens().insert(row, {u"test"_s, u"test"_s}));
    const QByteArray session = openSession(value);
    QVERIFY(!session.isEmpty());
    const test::Reply ok = rpc(toolCall(2, u"list_applications"_s, {}), value, session);
    QCOMPARE(ok.status, 200);
    QCOMPARE(ok.json().value(u"result"_s).toObject().value(u"isError"_s).toBool(true), false);
    // Opaque, for another resource: refused.
    const QByteArray other = SecureRandom::token(32).toLatin1();
    row.id = SecureRandom::timeOrderedId(now + 1);
    row.resource = u"https://other.example.com/mcp"_s;
    row.valueHash = AccessTokenVerifier::valueHash(other);
    QVERIFY(m_server->store->tokens().insert(row, {u"test"_s, u"test"_s}));
    QCOMPARE(rpc(initializeRequest(u"2025-06-18"_s), other).status, 401);
    // Unknown opaque token.
    QCOMPARE(rpc(initializeRequest(u"2025-06-18"_s), "unknownopaquetokenvalue").status, 401);
}

void TestMcp::tokenInQueryIsRefused()
{
    REQUIRE_SERVER();
    QUrl url = mcpUrl();
    url.setQuery(u"access_token="_s + QString::fromLatin1(m_token));
    const test::Reply r = m_http.send("POST", url, compact(initializeRequest(u"2025-06-18"_s)),
        {{"Content-Type", "application/json"}, {"Accept", kAccept}});
    QCOMPARE(r.status, 400);
    QVERIFY(r.header("www-authenticate").startsWith("Bearer error=\"invalid_request\""));
    // Even with a valid header token as well: the URL copy is refused, not ignored.
    const test::Reply both = m_http.send("POST", url, compact(initializeRequest(u"2025-06-18"_s)),
        {{"Authorization", "Bearer " + m_token}, {"Content-Type", "application/json"}, {"Accept", kAccept}});
    QCOMPARE(both.status, 400);
    QVERIFY(both.header("mcp-session-id").isEmpty());
}

void TestMcp::originIsChecked()
{
    REQUIRE_SERVER();
    const QByteArray body = compact(initializeRequest(u"2025-06-18"_s));
    for (const QByteArray& refused : {QByteArray("https://evil.example"), QByteArray("null"),
             QByteArray("http://127.0.0.1.evil.example:8080"), QByteArray("https://console.example.com.evil")}) {
        const test::Reply r = post(body, m_token, {{"Origin", refused}});
        QVERIFY2(r.status == 403, refused.constData());
        QVERIFY(r.header("mcp-session-id").isEmpty());
        QCOMPARE(r.json().value(u"id"_s).type(), QJsonValue::Null);
        QCOMPARE(r.json().value(u"error"_s).toObject().value(u"code"_s).toInt(), JsonRpc::kForbidden);
    }
    // Even without a token the origin is refused first.
    QCOMPARE(post(body, {}, {{"Origin", "https://evil.example"}}).status, 403);
    for (const QByteArray& allowed : {QByteArray("http://localhost:6274"), QByteArray("http://127.0.0.1:3000"),
             QByteArray("http://[::1]:8080"), QByteArray("https://console.example.com")}) {
        const test::Reply r = post(body, m_token, {{"Origin", allowed}});
        QVERIFY2(r.status == 200, allowed.constData());
        QCOMPARE(r.header("access-control-allow-origin"), allowed);
        QVERIFY(r.header("access-control-expose-headers").contains("Mcp-Session-Id"));
    }
    // DELETE checks it too.
    const test::Reply del = m_http.send("DELETE", mcpUrl(), {},
        {{"Authorization", "Bearer " + m_token}, {"Origin", "https://evil.example"},
            {"Mcp-Session-Id", openSession(m_token)}});
    QCOMPARE(del.status, 403);
    // The CORS preflight of /mcp names the MCP headers.
    const test::Reply preflight = m_http.send("OPTIONS", mcpUrl(), {},
        {{"Origin", "http://localhost:6274"}, {"Access-Control-Request-Method", "POST"},
            {"Access-Control-Request-Headers", "authorization, content-type, mcp-session-id"}});
    QCOMPARE(preflight.status, 204);
    QVERIFY(preflight.header("access-control-allow-headers").contains("Mcp-Session-Id"));
    QVERIFY(preflight.header("access-control-allow-methods").contains("DELETE"));
}

void TestMcp::acceptAndContentType()
{
    REQUIRE_SERVER();
    const QByteArray body = compact(initializeRequest(u"2025-06-18"_s));
    // Accepted: what the spec has clients send, JSON alone, wildcards, and no Accept at all (RFC 9110:
    // any type).
    for (const QByteArray& accept :
        {kAccept, QByteArray("application/json"), QByteArray("*/*"), QByteArray("application/*;q=0.5"),
            QByteArray("text/event-stream, application/json;q=0.1"), QByteArray("")}) {
        const test::Reply r = post(body, m_token, {}, "application/json", accept);
        QVERIFY2(r.status == 200, accept.constData());
        QVERIFY(r.header("content-type").startsWith("application/json"));
    }
    // Refused: only event streams, or JSON explicitly refused.
    for (const QByteArray& accept : {QByteArray("text/event-stream"), QByteArray("text/html"),
             QByteArray("application/json;q=0, */*"), QByteArray("application/xml")}) {
        const test::Reply r = post(body, m_token, {}, "application/json", accept);
        QVERIFY2(r.status == 406, accept.constData());
    }
    // Content types: JSON with a charset is fine; anything else is 415.
    QCOMPARE(post(body, m_token, {}, "application/json; charset=utf-8").status, 200);
    for (const QByteArray& type :
        {QByteArray("text/plain"), QByteArray("application/x-www-form-urlencoded"), QByteArray("text/json")}) {
        const test::Reply r = post(body, m_token, {}, type);
        QVERIFY2(r.status == 415, type.constData());
        QCOMPARE(r.json().value(u"error"_s).toObject().value(u"code"_s).toInt(), JsonRpc::kTransportError);
    }
}

void TestMcp::malformedBodies()
{
    REQUIRE_SERVER();
    const QByteArray session = openSession(m_token);
    const Headers headers{{"Mcp-Session-Id", session}};
    const test::Reply parse = post("{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": ", m_token, headers);
    QCOMPARE(parse.status, 400);
    QCOMPARE(parse.json().value(u"error"_s).toObject().value(u"code"_s).toInt(), JsonRpc::kParseError);
    QCOMPARE(parse.json().value(u"id"_s).type(), QJsonValue::Null);
    QVERIFY(!parse.json().value(u"error"_s).toObject().value(u"message"_s).toString().isEmpty());
    // Malformed JSON without a token is still a 401: nothing is read before the token is checked.
    QCOMPARE(post("{", {}, headers).status, 401);

    for (const QByteArray& body : {QByteArray("42"), QByteArray("\"ping\""), QByteArray(R"({"id":1,"method":"ping"})"),
             QByteArray(R"({"jsonrpc":"2.0","id":true,"method":"ping"})"), QByteArray(R"({"jsonrpc":"2.0"})")}) {
        const test::Reply r = post(body, m_token, headers);
        QVERIFY2(r.status == 400, body.constData());
        QCOMPARE(r.json().value(u"error"_s).toObject().value(u"code"_s).toInt(), JsonRpc::kInvalidRequest);
    }
    // A JSON-RPC error in words for a request the server cannot run: invalid params, with its id.
    const test::Reply params = rpc(request(9, u"tools/call"_s), m_token, session);
    QCOMPARE(params.status, 200);
    QCOMPARE(params.json().value(u"id"_s).toInt(), 9);
    QCOMPARE(params.json().value(u"error"_s).toObject().value(u"code"_s).toInt(), JsonRpc::kInvalidParams);
}

void TestMcp::bodyOver1MiB()
{
    REQUIRE_SERVER();
    QByteArray big = R"({"jsonrpc":"2.0","id":1,"method":"ping","params":{"pad":")";
    big += QByteArray(1024 * 1024 + 16, 'a');
    big += "\"}}";
    const test::Reply r = post(big, m_token, {{"Mcp-Session-Id", openSession(m_token)}});
    QCOMPARE(r.status, 413);
}

void TestMcp::initializeNegotiates_data()
{
    QTest::addColumn<QString>("asked");
    QTest::addColumn<QString>("answered");
    QTest::newRow("2025-03-26") << u"2025-03-26"_s << u"2025-03-26"_s;
    QTest::newRow("2025-06-18") << u"2025-06-18"_s << u"2025-06-18"_s;
    QTest::newRow("2025-11-25") << u"2025-11-25"_s << u"2025-11-25"_s;
    QTest::newRow("older") << u"2024-11-05"_s << u"2025-11-25"_s;
    QTest::newRow("newer") << u"2026-07-28"_s << u"2025-11-25"_s;
}

void TestMcp::initializeNegotiates()
{
    REQUIRE_SERVER();
    QFETCH(QString, asked);
    QFETCH(QString, answered);
    const test::Reply r = rpc(initializeRequest(asked), m_token);
    QCOMPARE(r.status, 200);
    QVERIFY(r.header("content-type").startsWith("application/json"));
    QCOMPARE(r.header("cache-control"), QByteArray("no-store"));
    const QJsonObject reply = r.json();
    QCOMPARE(reply.value(u"jsonrpc"_s).toString(), u"2.0"_s);
    QCOMPARE(reply.value(u"id"_s).toInt(), 1);
    const QJsonObject result = reply.value(u"result"_s).toObject();
    QCOMPARE(result.value(u"protocolVersion"_s).toString(), answered);
    QVERIFY(result.value(u"capabilities"_s).toObject().contains(u"tools"_s));
    QCOMPARE(result.value(u"serverInfo"_s).toObject().value(u"name"_s).toString(), u"mcp-auth"_s);
    QVERIFY(!result.value(u"serverInfo"_s).toObject().value(u"version"_s).toString().isEmpty());

    const QByteArray session = r.header("mcp-session-id");
    QVERIFY(session.size() >= 32);
    for (const char c : session)
        QVERIFY(c >= 0x21 && c <= 0x7E);
    // The negotiated version is the session's: requests without the header speak it.
    QCOMPARE(rpc(request(2, u"ping"_s), m_token, session).status, 200);
    QCOMPARE(rpc(request(3, u"ping"_s), m_token, session, answered.toLatin1()).status, 200);

    // initialize without a protocol version is invalid params.
    const test::Reply missing = rpc(request(4, u"initialize"_s, {{u"capabilities"_s, QJsonObject()}}), m_token);
    QCOMPARE(missing.json().value(u"error"_s).toObject().value(u"code"_s).toInt(), JsonRpc::kInvalidParams);
    QVERIFY(missing.header("mcp-session-id").isEmpty());
}

void TestMcp::sessionRules()
{
    REQUIRE_SERVER();
    const QByteArray session = openSession(m_token);
    QVERIFY(!session.isEmpty());
    // No session header: 400; an unknown one: 404.
    const test::Reply none = rpc(request(2, u"tools/list"_s), m_token);
    QCOMPARE(none.status, 400);
    QCOMPARE(none.json().value(u"id"_s).toInt(), 2);
    const test::Reply unknown = rpc(request(3, u"tools/list"_s), m_token, "no-such-session");
    QCOMPARE(unknown.status, 404);
    QCOMPARE(unknown.json().value(u"error"_s).toObject().value(u"code"_s).toInt(), JsonRpc::kSessionNotFound);
    // Another user's token (same client) with this session: as if it did not exist.
    QJsonObject bob = claims();
    bob.insert(u"sub"_s, m_bobId);
    QCOMPARE(rpc(request(4, u"tools/list"_s), mint(bob), session).status, 404);
    // Another client of the same user: the same.
    auto other = m_server->store->applications().find(u"cursor"_s);
    QVERIFY(other);
    QJsonObject viaCursor = claims();
    viaCursor.insert(u"client_id"_s, other->clientId);
    QCOMPARE(rpc(request(5, u"tools/list"_s), mint(viaCursor), session).status, 404);
    // A fresh token of the same user and client keeps the session (tokens are refreshed mid-session).
    QCOMPARE(rpc(request(6, u"tools/list"_s), token(), session).status, 200);
    // initialize with a session header is refused; it starts sessions, it does not join them.
    QCOMPARE(rpc(initializeRequest(u"2025-06-18"_s), m_token, session).status, 400);

    // MCP-Protocol-Version: supported values pass, anything else is 400.
    for (const QString& v : McpEndpoint::protocolVersions())
        QCOMPARE(rpc(request(7, u"ping"_s), m_token, session, v.toLatin1()).status, 200);
    for (const QByteArray& v : {QByteArray("2024-11-05"), QByteArray("2026-07-28"), QByteArray("latest")}) {
        const test::Reply r = rpc(request(8, u"ping"_s), m_token, session, v);
        QVERIFY2(r.status == 400, v.constData());
        QVERIFY(r.json().value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"2025-06-18"_s));
    }
}

void TestMcp::deleteEndsSession()
{
    REQUIRE_SERVER();
    const QByteArray session = openSession(m_token);
    const Headers auth{{"Authorization", "Bearer " + m_token}};
    // Someone else cannot end it.
    QJsonObject bob = claims();
    bob.insert(u"sub"_s, m_bobId);
    QCOMPARE(
        m_http.send("DELETE", mcpUrl(), {}, {{"Authorization", "Bearer " + mint(bob)}, {"Mcp-Session-Id", session}})
            .status,
        404);
    QCOMPARE(m_http.send("DELETE", mcpUrl(), {}, auth).status, 400); // which session?
    QCOMPARE(m_http.send("DELETE", mcpUrl(), {}, auth + Headers{{"Mcp-Session-Id", session}}).status, 204);
    QCOMPARE(rpc(request(2, u"ping"_s), m_token, session).status, 404);
    QCOMPARE(m_http.send("DELETE", mcpUrl(), {}, auth + Headers{{"Mcp-Session-Id", session}}).status, 404);
}

void TestMcp::notificationsAndResponses()
{
    REQUIRE_SERVER();
    const QByteArray session = openSession(m_token);
    for (const QJsonObject& message :
        {QJsonObject{{u"jsonrpc"_s, u"2.0"_s}, {u"method"_s, u"notifications/initialized"_s}},
            QJsonObject{{u"jsonrpc"_s, u"2.0"_s}, {u"method"_s, u"notifications/cancelled"_s},
                {u"params"_s, QJsonObject{{u"requestId"_s, 3}}}},
            QJsonObject{{u"jsonrpc"_s, u"2.0"_s}, {u"id"_s, 5}, {u"result"_s, QJsonObject()}}}) {
        const test::Reply r = rpc(message, m_token, session);
        QCOMPARE(r.status, 202);
        QVERIFY(r.body.isEmpty());
    }
    // A notification still needs a session and a token.
    const QJsonObject initialized{{u"jsonrpc"_s, u"2.0"_s}, {u"method"_s, u"notifications/initialized"_s}};
    QCOMPARE(rpc(initialized, m_token).status, 400);
    QCOMPARE(rpc(initialized, {}, session).status, 401);
}

void TestMcp::getIsNotOffered()
{
    REQUIRE_SERVER();
    const test::Reply r = m_http.get(mcpUrl(),
        {{"Authorization", "Bearer " + m_token}, {"Accept", "text/event-stream"},
            {"Mcp-Session-Id", openSession(m_token)}});
    QCOMPARE(r.status, 405);
    const QByteArray allow = r.header("allow");
    QVERIFY2(allow.contains("POST") && allow.contains("DELETE") && !allow.contains("GET"), allow.constData());
}

void TestMcp::batches()
{
    REQUIRE_SERVER();
    const QJsonArray twoPings{request(1, u"ping"_s), request(2, u"tools/list"_s)};
    const QByteArray body = QJsonDocument(twoPings).toJson(QJsonDocument::Compact);

    // 2025-06-18 and later: refused with a JSON-RPC error.
    for (const QString& version : {u"2025-06-18"_s, u"2025-11-25"_s}) {
        const QByteArray session = openSession(m_token, version);
        const test::Reply r = post(body, m_token, {{"Mcp-Session-Id", session}});
        QCOMPARE(r.status, 400);
        QCOMPARE(r.json().value(u"error"_s).toObject().value(u"code"_s).toInt(), JsonRpc::kInvalidRequest);
    }

    // 2025-03-26: a batch of requests and notifications gets one answer per request.
    const QByteArray session = openSession(m_token, u"2025-03-26"_s);
    QJsonArray mixed = twoPings;
    mixed.append(QJsonObject{{u"jsonrpc"_s, u"2.0"_s}, {u"method"_s, u"notifications/initialized"_s}});
    mixed.append(toolCall(3, u"list_applications"_s, {}));
    mixed.append(QJsonValue(7));
    const test::Reply r
        = post(QJsonDocument(mixed).toJson(QJsonDocument::Compact), m_token, {{"Mcp-Session-Id", session}});
    QCOMPARE(r.status, 200);
    const QJsonArray answers = QJsonDocument::fromJson(r.body).array();
    QCOMPARE(answers.size(), 4);
    QCOMPARE(answers.at(0).toObject().value(u"id"_s).toInt(), 1);
    QCOMPARE(answers.at(1).toObject().value(u"id"_s).toInt(), 2);
    QVERIFY(answers.at(1).toObject().value(u"result"_s).toObject().contains(u"tools"_s));
    QCOMPARE(answers.at(2).toObject().value(u"id"_s).toInt(), 3);
    QVERIFY(!answers.at(2).toObject().value(u"result"_s).toObject().value(u"isError"_s).toBool(true));
    // 2025-03-26 has no structuredContent.
    QVERIFY(!answers.at(2).toObject().value(u"result"_s).toObject().contains(u"structuredContent"_s));
    QCOMPARE(answers.at(3).toObject().value(u"error"_s).toObject().value(u"code"_s).toInt(), JsonRpc::kInvalidRequest);

    // Only notifications: 202.
    const QJsonArray notes{QJsonObject{{u"jsonrpc"_s, u"2.0"_s}, {u"method"_s, u"notifications/initialized"_s}}};
    QCOMPARE(
        post(QJsonDocument(notes).toJson(QJsonDocument::Compact), m_token, {{"Mcp-Session-Id", session}}).status, 202);
    // Empty: invalid request. initialize inside: an error for that entry.
    QCOMPARE(post("[]", m_token, {{"Mcp-Session-Id", session}}).status, 400);
    const QJsonArray withInit{initializeRequest(u"2025-03-26"_s)};
    const test::Reply init
        = post(QJsonDocument(withInit).toJson(QJsonDocument::Compact), m_token, {{"Mcp-Session-Id", session}});
    QCOMPARE(QJsonDocument::fromJson(init.body)
                 .array()
                 .at(0)
                 .toObject()
                 .value(u"error"_s)
                 .toObject()
                 .value(u"code"_s)
                 .toInt(),
        JsonRpc::kInvalidRequest);

    // A batch with a call the token lacks the scope for runs nothing and is answered 403.
    const QByteArray readOnly = token(u"application:read"_s);
    const QByteArray readSession = openSession(readOnly, u"2025-03-26"_s);
    const QJsonArray write{toolCall(1, u"add_application"_s, {{u"name"_s, u"batch-app"_s}}),
        toolCall(2, u"revoke_token"_s, {{u"token"_s, u"x"_s}})};
    const test::Reply refused
        = post(QJsonDocument(write).toJson(QJsonDocument::Compact), readOnly, {{"Mcp-Session-Id", readSession}});
    QCOMPARE(refused.status, 403);
    QCOMPARE(QString::fromLatin1(refused.header("www-authenticate")),
        u"Bearer error=\"insufficient_scope\", scope=\"application:read application:write token:write\", "
        "resource_metadata=\"%1\""_s.arg(metadataUrl()));
    QVERIFY(!m_server->store->applications().find(u"batch-app"_s));
}

void TestMcp::toolsList()
{
    REQUIRE_SERVER();
    // Every tool is listed whatever the token's scopes, so a client can see what a step-up would allow.
    const QByteArray readOnly = token(u"audit:read"_s);
    const test::Reply r = rpc(request(2, u"tools/list"_s), readOnly, openSession(readOnly));
    QCOMPARE(r.status, 200);
    const QJsonArray tools = r.json().value(u"result"_s).toObject().value(u"tools"_s).toArray();
    QCOMPARE(tools.size(), McpCatalog::tools().size());
    for (const QJsonValue& value : tools) {
        const QJsonObject tool = value.toObject();
        const McpToolInfo* info = McpCatalog::tool(tool.value(u"name"_s).toString());
        QVERIFY(info);
        QVERIFY(tool.value(u"description"_s).toString().contains(info->scope));
        QCOMPARE(tool.value(u"inputSchema"_s).toObject(), info->inputSchema);
        QCOMPARE(tool.value(u"annotations"_s).toObject().value(u"readOnlyHint"_s).toBool(), info->readOnly);
    }
    // A cursor this server never gave is invalid params.
    const test::Reply cursor
        = rpc(request(3, u"tools/list"_s, {{u"cursor"_s, u"abc"_s}}), readOnly, openSession(readOnly));
    QCOMPARE(cursor.json().value(u"error"_s).toObject().value(u"code"_s).toInt(), JsonRpc::kInvalidParams);
}

void TestMcp::insufficientScope()
{
    REQUIRE_SERVER();
    const QByteArray readOnly = token(u"application:read token:read"_s);
    const QByteArray session = openSession(readOnly);
    const test::Reply r = rpc(toolCall(11, u"add_application"_s, {{u"name"_s, u"never-created"_s}}), readOnly, session);
    QCOMPARE(r.status, 403);
    QCOMPARE(QString::fromLatin1(r.header("www-authenticate")),
        u"Bearer error=\"insufficient_scope\", scope=\"application:read token:read application:write\", "
        "resource_metadata=\"%1\""_s.arg(metadataUrl()));
    const QJsonObject reply = r.json();
    QCOMPARE(reply.value(u"id"_s).toInt(), 11);
    const QJsonObject error = reply.value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toInt(), JsonRpc::kForbidden);
    QVERIFY(error.value(u"message"_s).toString().contains(u"application:write"_s));
    const QJsonObject data = error.value(u"data"_s).toObject();
    QCOMPARE(data.value(u"tool"_s).toString(), u"add_application"_s);
    QCOMPARE(data.value(u"required_scope"_s).toString(), u"application:write"_s);
    QCOMPARE(data.value(u"granted_scopes"_s).toArray(), QJsonArray({u"application:read"_s, u"token:read"_s}));
    QVERIFY(!m_server->store->applications().find(u"never-created"_s));
    // The scope is checked before the arguments: a bad call without the scope is still a 403.
    QCOMPARE(rpc(toolCall(12, u"revoke_token"_s, {{u"bogus"_s, 1}}), readOnly, session).status, 403);
    // With the scope the same tool runs.
    QCOMPARE(rpc(toolCall(13, u"list_tokens"_s, {}), readOnly, session).status, 200);
}

void TestMcp::unknownToolAndMethod()
{
    REQUIRE_SERVER();
    const QByteArray session = openSession(m_token);
    const test::Reply tool = rpc(toolCall(2, u"format_disk"_s, {}), m_token, session);
    QCOMPARE(tool.status, 200);
    QCOMPARE(tool.json().value(u"error"_s).toObject().value(u"code"_s).toInt(), JsonRpc::kInvalidParams);
    QVERIFY(tool.json().value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"format_disk"_s));
    const test::Reply method = rpc(request(3, u"resources/list"_s), m_token, session);
    QCOMPARE(method.status, 200);
    QCOMPARE(method.json().value(u"error"_s).toObject().value(u"code"_s).toInt(), JsonRpc::kMethodNotFound);
    QVERIFY(method.json().value(u"error"_s).toObject().value(u"message"_s).toString().contains(u"resources/list"_s));
    const test::Reply args
        = rpc(request(4, u"tools/call"_s, {{u"name"_s, u"list_tokens"_s}, {u"arguments"_s, 5}}), m_token, session);
    QCOMPARE(args.json().value(u"error"_s).toObject().value(u"code"_s).toInt(), JsonRpc::kInvalidParams);
}

void TestMcp::applicationTools()
{
    REQUIRE_SERVER();
    QJsonObject reply = callTool(u"list_applications"_s, {});
    QJsonObject result = reply.value(u"result"_s).toObject();
    QCOMPARE(result.value(u"isError"_s).toBool(true), false);
    const QJsonObject listed = result.value(u"structuredContent"_s).toObject();
    QVERIFY(listed.value(u"count"_s).toInt() >= 4);
    QStringList names;
    for (const QJsonValue& a : listed.value(u"applications"_s).toArray())
        names << a.toObject().value(u"name"_s).toString();
    QVERIFY(names.contains(u"claude-desktop"_s));
    // The text block holds the same JSON.
    QCOMPARE(QJsonDocument::fromJson(resultText(reply).toUtf8()).object(), listed);

    reply = callTool(u"get_application"_s, {{u"application"_s, u"claude-desktop"_s}});
    const QJsonObject shown = reply.value(u"result"_s).toObject().value(u"structuredContent"_s).toObject();
    QCOMPARE(shown.value(u"application"_s).toObject().value(u"clientId"_s).toString(), m_clientId);

    // Unknown application: a tool error the model can read, not a protocol error.
    reply = callTool(u"get_application"_s, {{u"application"_s, u"no-such-app"_s}});
    QCOMPARE(reply.value(u"result"_s).toObject().value(u"isError"_s).toBool(), true);
    QVERIFY(resultText(reply).contains(u"no-such-app"_s));

    reply = callTool(u"add_application"_s,
        {{u"name"_s, u"mcp-made"_s}, {u"template"_s, u"claude-code"_s}, {u"redirectUris"_s, QJsonArray()},
            {u"displayName"_s, u"Made over MCP"_s}, {u"allowedScopes"_s, QJsonArray{u"application:read"_s}},
            {u"consentPolicy"_s, u"always"_s}});
    result = reply.value(u"result"_s).toObject();
    QVERIFY2(!result.value(u"isError"_s).toBool(true), qPrintable(resultText(reply)));
    auto made = m_server->store->applications().find(u"mcp-made"_s);
    QVERIFY(made);
    QCOMPARE(made->displayName, u"Made over MCP"_s);
    QCOMPARE(made->consentPolicy, ConsentPolicy::Always);
    QVERIFY(!made->redirectUris.isEmpty()); // from the template
    QCOMPARE(made->organizationId, m_server->store->resources().find(issuer() + u"/mcp"_s)->organizationId);
    // The repository's audit event names the MCP caller.
    AuditFilter created;
    created.action = u"application.create"_s;
    created.targetId = made->id;
    const QList<AuditEvent> events = auditEvents(created);
    QCOMPARE(events.size(), 1);
    QCOMPARE(events.first().actor, m_aliceId);
    QVERIFY(events.first().source.startsWith(u"server "_s));

    // A confidential client gets a secret, which is never sent over MCP.
    reply = callTool(u"add_application"_s,
        {{u"name"_s, u"mcp-confidential"_s}, {u"clientType"_s, u"confidential"_s}, {u"redirectUris"_s, QJsonArray()},
            {u"grantTypes"_s, QJsonArray{u"client_credentials"_s}}});
    result = reply.value(u"result"_s).toObject();
    QVERIFY2(!result.value(u"isError"_s).toBool(true), qPrintable(resultText(reply)));
    const QString text = QString::fromUtf8(QJsonDocument(result).toJson());
    QVERIFY(text.contains(u"clientSecretNote"_s));
    QVERIFY(!text.contains(u"\"clientSecret\""_s));
    QVERIFY(!text.contains(u"hash"_s, Qt::CaseInsensitive));

    // A domain rule refused: the repository's sentence, as a tool error.
    reply = callTool(u"add_application"_s,
        {{u"name"_s, u"mcp-bad-redirect"_s}, {u"redirectUris"_s, QJsonArray{u"http://example.com/callback"_s}}});
    QCOMPARE(reply.value(u"result"_s).toObject().value(u"isError"_s).toBool(), true);
    QVERIFY(!resultText(reply).isEmpty());
    QVERIFY(!m_server->store->applications().find(u"mcp-bad-redirect"_s));

    reply = callTool(u"update_application"_s,
        {{u"application"_s, u"mcp-made"_s}, {u"displayName"_s, u"Renamed"_s}, {u"accessTokenLifetime"_s, 900}});
    QVERIFY2(!reply.value(u"result"_s).toObject().value(u"isError"_s).toBool(true), qPrintable(resultText(reply)));
    made = m_server->store->applications().find(u"mcp-made"_s);
    QCOMPARE(made->displayName, u"Renamed"_s);
    QCOMPARE(made->accessTokenLifetime, 900);
    QCOMPARE(made->consentPolicy, ConsentPolicy::Always); // untouched

    reply = callTool(u"delete_application"_s, {{u"application"_s, u"mcp-made"_s}});
    QVERIFY2(!reply.value(u"result"_s).toObject().value(u"isError"_s).toBool(true), qPrintable(resultText(reply)));
    QCOMPARE(reply.value(u"result"_s)
                 .toObject()
                 .value(u"structuredContent"_s)
                 .toObject()
                 .value(u"deleted"_s)
                 .toObject()
                 .value(u"name"_s)
                 .toString(),
        u"mcp-made"_s);
    QVERIFY(!m_server->store->applications().find(u"mcp-made"_s));
}

void TestMcp::tokenTools()
{
    REQUIRE_SERVER();
    const qint64 now = ServerContext::now();
    Token row;
    row.id = SecureRandom::timeOrderedId(now);
    row.kind = TokenKind::Access;
    row.applicationId = m_appId;
    row.userId = m_aliceId;
    row.resource = issuer() + u"/mcp"_s;
    row.scopes = {u"token:read"_s};
    row.issuedAt = now;
    row.expiresAt = now + 600'000;
    QVERIFY(m_server->store->tokens().insert(row, {u"test"_s, u"test"_s}));
    Token older = row;
    older.id = SecureRandom::timeOrderedId(now - 1000);
    older.issuedAt = now - 1000;
    QVERIFY(m_server->store->tokens().insert(older, {u"test"_s, u"test"_s}));

    QJsonObject reply
        = callTool(u"list_tokens"_s, {{u"application"_s, u"claude-desktop"_s}, {u"state"_s, u"active"_s}});
    QJsonObject listed = reply.value(u"result"_s).toObject().value(u"structuredContent"_s).toObject();
    QStringList ids;
    for (const QJsonValue& t : listed.value(u"tokens"_s).toArray())
        ids << t.toObject().value(u"id"_s).toString();
    QVERIFY2(ids.contains(row.id), qPrintable(resultText(reply)));
    QVERIFY(!resultText(reply).contains(u"valueHash"_s));

    // Paging: one at a time, the cursor continues.
    reply = callTool(u"list_tokens"_s, {{u"limit"_s, 1}});
    listed = reply.value(u"result"_s).toObject().value(u"structuredContent"_s).toObject();
    QCOMPARE(listed.value(u"count"_s).toInt(), 1);
    const QString cursor = listed.value(u"nextCursor"_s).toString();
    QVERIFY(!cursor.isEmpty());
    reply = callTool(u"list_tokens"_s, {{u"limit"_s, 1}, {u"cursor"_s, cursor}});
    const QJsonObject next = reply.value(u"result"_s).toObject().value(u"structuredContent"_s).toObject();
    QVERIFY(next.value(u"tokens"_s).toArray().at(0).toObject().value(u"id"_s)
        != listed.value(u"tokens"_s).toArray().at(0).toObject().value(u"id"_s));
    reply = callTool(u"list_tokens"_s, {{u"cursor"_s, u"garbage"_s}});
    QCOMPARE(reply.value(u"result"_s).toObject().value(u"isError"_s).toBool(), true);

    reply = callTool(u"revoke_token"_s, {{u"token"_s, row.id}});
    QVERIFY2(!reply.value(u"result"_s).toObject().value(u"isError"_s).toBool(true), qPrintable(resultText(reply)));
    QCOMPARE(
        reply.value(u"result"_s).toObject().value(u"structuredContent"_s).toObject().value(u"revoked"_s).toInt(), 1);
    QVERIFY(m_server->store->tokens().find(row.id)->revokedAt != 0);
    reply = callTool(u"revoke_token"_s, {{u"token"_s, u"no-such-token"_s}});
    QCOMPARE(reply.value(u"result"_s).toObject().value(u"isError"_s).toBool(), true);
}

void TestMcp::consentTools()
{
    REQUIRE_SERVER();
    // Bob's: revoking a consent revokes the tokens of that user and application, and alice's are
    // the ones this test calls the tools with.
    Consent consent;
    consent.userId = m_bobId;
    consent.applicationId = m_appId;
    consent.resource = issuer() + u"/mcp"_s;
    consent.scopes = {u"application:read"_s};
    auto granted = m_server->store->consents().grant(consent, {u"test"_s, u"test"_s});
    QVERIFY2(granted, qPrintable(granted ? QString() : granted.error().message));

    QJsonObject reply = callTool(u"list_consents"_s, {{u"user"_s, u"bob"_s}});
    const QJsonArray consents
        = reply.value(u"result"_s).toObject().value(u"structuredContent"_s).toObject().value(u"consents"_s).toArray();
    bool found = false;
    for (const QJsonValue& c : consents)
        found = found || c.toObject().value(u"id"_s).toString() == granted->id;
    QVERIFY2(found, qPrintable(resultText(reply)));

    reply = callTool(u"revoke_consent"_s, {{u"consent"_s, granted->id}});
    QVERIFY2(!reply.value(u"result"_s).toObject().value(u"isError"_s).toBool(true), qPrintable(resultText(reply)));
    QVERIFY(m_server->store->consents().find(granted->id)->isRevoked());
    reply = callTool(u"list_consents"_s, {{u"user"_s, u"bob"_s}});
    QVERIFY(!resultText(reply).contains(granted->id));
    reply = callTool(u"list_consents"_s, {{u"user"_s, u"bob"_s}, {u"includeRevoked"_s, true}});
    QVERIFY(resultText(reply).contains(granted->id));
}

void TestMcp::auditAndResourceTools()
{
    REQUIRE_SERVER();
    QJsonObject reply = callTool(u"list_audit_events"_s, {{u"action"_s, u"application."_s}, {u"limit"_s, 5}});
    const QJsonObject events = reply.value(u"result"_s).toObject().value(u"structuredContent"_s).toObject();
    QVERIFY2(events.value(u"count"_s).toInt() > 0, qPrintable(resultText(reply)));
    for (const QJsonValue& e : events.value(u"events"_s).toArray())
        QVERIFY(e.toObject().value(u"action"_s).toString().startsWith(u"application."_s));
    reply = callTool(
        u"list_audit_events"_s, {{u"from"_s, u"2000-01-01T00:00:00Z"_s}, {u"to"_s, u"1999-01-01T00:00:00Z"_s}});
    QCOMPARE(reply.value(u"result"_s).toObject().value(u"isError"_s).toBool(), true);

    reply = callTool(u"list_resources"_s, {});
    const QJsonArray resources
        = reply.value(u"result"_s).toObject().value(u"structuredContent"_s).toObject().value(u"resources"_s).toArray();
    QJsonObject ours;
    for (const QJsonValue& r : resources) {
        if (r.toObject().value(u"uri"_s).toString() == issuer() + u"/mcp"_s)
            ours = r.toObject();
    }
    QVERIFY2(!ours.isEmpty(), qPrintable(resultText(reply)));
    QCOMPARE(ours.value(u"toolScopes"_s).toObject().value(u"add_application"_s).toString(), u"application:write"_s);
    const QJsonArray details = ours.value(u"scopeDetails"_s).toArray();
    QVERIFY(details.size() >= McpCatalog::scopes().size());
    QVERIFY(!details.at(0).toObject().value(u"displayName"_s).toString().isEmpty());

    // The listing is reused for a moment: a change made in the console or the CLI shows within
    // McpTools::kReloadIntervalMs.
    Store& store = *m_server->store;
    Resource edited = *store.resources().find(issuer() + u"/mcp"_s);
    const QString description = edited.description;
    edited.description = u"Edited while listed."_s;
    QVERIFY(store.resources().update(edited, {u"test"_s, u"test"_s}));
    const auto listedDescription = [&] {
        const QJsonArray listed = callTool(u"list_resources"_s, {})
                                      .value(u"result"_s)
                                      .toObject()
                                      .value(u"structuredContent"_s)
                                      .toObject()
                                      .value(u"resources"_s)
                                      .toArray();
        for (const QJsonValue& r : listed) {
            if (r.toObject().value(u"uri"_s).toString() == issuer() + u"/mcp"_s)
                return r.toObject().value(u"description"_s).toString();
        }
        return QString();
    };
    QTRY_COMPARE_WITH_TIMEOUT(listedDescription(), edited.description, int(McpTools::kReloadIntervalMs) * 3);
    edited.description = description;
    QVERIFY(store.resources().update(edited, {u"test"_s, u"test"_s}));
}

void TestMcp::invalidArguments_data()
{
    QTest::addColumn<QString>("tool");
    QTest::addColumn<QJsonObject>("arguments");
    QTest::addColumn<QString>("field");
    QTest::newRow("list_applications") << u"list_applications"_s << QJsonObject{{u"limit"_s, 0}} << u"limit"_s;
    QTest::newRow("get_application") << u"get_application"_s << QJsonObject() << u"application"_s;
    QTest::newRow("add_application") << u"add_application"_s
                                     << QJsonObject{{u"name"_s, u"x"_s}, {u"redirectUris"_s, QJsonArray()},
                                            {u"colour"_s, u"blue"_s}}
                                     << u"colour"_s;
    QTest::newRow("update_application") << u"update_application"_s
                                        << QJsonObject{{u"application"_s, u"claude-desktop"_s},
                                               {u"accessTokenLifetime"_s, u"long"_s}}
                                        << u"accessTokenLifetime"_s;
    QTest::newRow("delete_application") << u"delete_application"_s << QJsonObject{{u"application"_s, 5}}
                                        << u"application"_s;
    QTest::newRow("list_tokens") << u"list_tokens"_s << QJsonObject{{u"state"_s, u"bogus"_s}} << u"state"_s;
    QTest::newRow("revoke_token") << u"revoke_token"_s << QJsonObject() << u"token"_s;
    QTest::newRow("list_consents") << u"list_consents"_s << QJsonObject{{u"includeRevoked"_s, u"yes"_s}}
                                   << u"includeRevoked"_s;
    QTest::newRow("revoke_consent") << u"revoke_consent"_s << QJsonObject{{u"consent"_s, u""_s}} << u"consent"_s;
    QTest::newRow("list_audit_events") << u"list_audit_events"_s << QJsonObject{{u"from"_s, u"yesterday"_s}}
                                       << u"from"_s;
    QTest::newRow("list_resources") << u"list_resources"_s << QJsonObject{{u"foo"_s, 1}} << u"foo"_s;
}

void TestMcp::invalidArguments()
{
    REQUIRE_SERVER();
    QFETCH(QString, tool);
    QFETCH(QJsonObject, arguments);
    QFETCH(QString, field);
    // Up to 2025-06-18: JSON-RPC invalid params naming the field.
    QJsonObject reply = callTool(tool, arguments, {}, u"2025-06-18"_s);
    const QJsonObject error = reply.value(u"error"_s).toObject();
    QCOMPARE(error.value(u"code"_s).toInt(), JsonRpc::kInvalidParams);
    QCOMPARE(error.value(u"data"_s).toObject().value(u"field"_s).toString(), field);
    QVERIFY2(error.value(u"message"_s).toString().contains(u"'%1'"_s.arg(field)),
        qPrintable(error.value(u"message"_s).toString()));
    // From 2025-11-25: a tool execution error the model can correct (MCP tools, error handling).
    reply = callTool(tool, arguments, {}, u"2025-11-25"_s);
    QVERIFY(!reply.contains(u"error"_s));
    QCOMPARE(reply.value(u"result"_s).toObject().value(u"isError"_s).toBool(), true);
    QVERIFY2(resultText(reply).contains(u"'%1'"_s.arg(field)), qPrintable(resultText(reply)));
}

void TestMcp::toolCallsAreAudited()
{
    REQUIRE_SERVER();
    AuditFilter filter;
    filter.action = u"mcp.tool_call"_s;
    filter.targetId = u"get_application"_s;
    const auto count = [&](const AuditFilter& f) {
        m_server->server->context().audit.flush();
        return *m_server->store->audit().count(f);
    };
    const qint64 before = count(filter);
    callTool(u"get_application"_s, {{u"application"_s, u"claude-desktop"_s}});
    callTool(u"get_application"_s, {{u"application"_s, u"no-such-app"_s}});
    QCOMPARE(count(filter), before + 2);
    QList<AuditEvent> events = auditEvents(filter);
    // Newest first.
    QCOMPARE(events.at(0).outcome, AuditOutcome::Failure);
    QCOMPARE(events.at(1).outcome, AuditOutcome::Success);
    for (const AuditEvent& e : events.mid(0, 2)) {
        QCOMPARE(e.actor, m_aliceId);
        QCOMPARE(e.targetType, u"tool"_s);
        QCOMPARE(e.details.value(u"clientId"_s).toString(), m_clientId);
        QCOMPARE(e.details.value(u"tool"_s).toString(), u"get_application"_s);
        QVERIFY(e.source.startsWith(u"server "_s));
        // No token, session id or secret in the event.
        const QString text = QString::fromUtf8(QJsonDocument(e.details).toJson());
        QVERIFY(!text.contains(QString::fromLatin1(m_token.left(30))));
        for (const QByteArray& s : std::as_const(m_sessions))
            QVERIFY(!text.contains(QString::fromLatin1(s)));
    }
    QVERIFY(events.at(0).details.value(u"error"_s).toString().contains(u"no-such-app"_s));

    // Denied calls are audited as such.
    filter.targetId = u"revoke_consent"_s;
    filter.outcome = AuditOutcome::Denied;
    const qint64 deniedBefore = count(filter);
    const QByteArray readOnly = token(u"consent:read"_s);
    QCOMPARE(
        rpc(toolCall(1, u"revoke_consent"_s, {{u"consent"_s, u"x"_s}}), readOnly, openSession(readOnly)).status, 403);
    QCOMPARE(count(filter), deniedBefore + 1);
    events = auditEvents(filter);
    QCOMPARE(events.first().details.value(u"requiredScope"_s).toString(), u"consent:write"_s);

    // A call refused before any tool runs (unknown tool) is audited as a failure.
    AuditFilter unknown;
    unknown.action = u"mcp.tool_call"_s;
    unknown.targetId = u"format_disk"_s;
    const qint64 unknownBefore = count(unknown);
    const QJsonObject reply = callTool(u"format_disk"_s, {});
    QCOMPARE(reply.value(u"error"_s).toObject().value(u"code"_s).toInt(), JsonRpc::kInvalidParams);
    QCOMPARE(count(unknown), unknownBefore + 1);
    QCOMPARE(auditEvents(unknown).first().outcome, AuditOutcome::Failure);
}

void TestMcp::writeToolsAreRateLimited()
{
    // A server of its own, allowing two changes a minute.
    ServerSettings settings;
    settings.mcpChangesPerMinute = 2;
    QString why;
    auto limited = test::startServer(&why, settings);
    QVERIFY2(limited, qPrintable(why));
    QCOMPARE(test::setAdministrator(*limited->store, QString::fromLatin1(test::kUser), true), QString());
    auto alice = limited->store->users().find(QString::fromLatin1(test::kUser));
    auto app = limited->store->applications().find(u"claude-desktop"_s);
    QVERIFY(alice && app);
    const qint64 now = ServerContext::now();
    QJsonObject c{{u"iss"_s, limited->issuer}, {u"sub"_s, alice->id}, {u"aud"_s, limited->url(u"/mcp"_s)},
        {u"client_id"_s, app->clientId}, {u"scope"_s, kAllScopes}, {u"jti"_s, SecureRandom::timeOrderedId(now)},
        {u"iat"_s, now / 1000}, {u"exp"_s, now / 1000 + 600}};
    auto bearer = limited->keys->sign(SigningAlgorithm::ES256, c, "at+jwt");
    QVERIFY(bearer);
    QVERIFY(recordMinted(*limited->store, c));
    const Headers auth{
        {"Authorization", "Bearer " + *bearer}, {"Content-Type", "application/json"}, {"Accept", kAccept}};
    const QUrl url(limited->url(u"/mcp"_s));
    const test::Reply init = m_http.send("POST", url, compact(initializeRequest(u"2025-06-18"_s)), auth);
    QCOMPARE(init.status, 200);
    const Headers withSession = auth + Headers{{"Mcp-Session-Id", init.header("mcp-session-id")}};
    const auto call = [&](const QString& tool, const QJsonObject& args) {
        return m_http.send("POST", url, compact(toolCall(5, tool, args)), withSession).json();
    };
    // Two changes go through (the second fails on its own merits, and still counts).
    QJsonObject r = call(u"revoke_token"_s, {{u"token"_s, u"no-such-token-1"_s}});
    QVERIFY(resultText(r).contains(u"no-such-token-1"_s));
    r = call(u"revoke_token"_s, {{u"token"_s, u"no-such-token-2"_s}});
    QVERIFY(resultText(r).contains(u"no-such-token-2"_s));
    // The third is refused before it runs, as a tool error that says when to try again.
    r = call(u"add_application"_s,
        {{u"name"_s, u"limited-app"_s}, {u"redirectUris"_s, QJsonArray{u"http://127.0.0.1/cb"_s}}});
    QCOMPARE(r.value(u"result"_s).toObject().value(u"isError"_s).toBool(), true);
    QVERIFY2(resultText(r).contains(u"Too many changes"_s), qPrintable(resultText(r)));
    QVERIFY(!limited->store->applications().find(u"limited-app"_s));
    // Reading is not limited.
    for (int i = 0; i < 5; ++i)
        QCOMPARE(
            call(u"list_applications"_s, {}).value(u"result"_s).toObject().value(u"isError"_s).toBool(true), false);
    limited->server->context().audit.flush();
    AuditFilter denied;
    denied.action = u"mcp.tool_call"_s;
    denied.targetId = u"add_application"_s;
    denied.outcome = AuditOutcome::Denied;
    auto events = limited->store->audit().list(denied, 0, 5);
    QVERIFY(events && events->size() == 1);
    QCOMPARE(events->first().details.value(u"reason"_s).toString(), u"rate_limited"_s);
}

void TestMcp::withdrawnSigningKeyEndsCachedTokens()
{
    // A server of its own that looks at the signing keys often.
    ServerSettings settings;
    settings.signingKeyCheckMs = 50;
    QString why;
    auto own = test::startServer(&why, settings);
    QVERIFY2(own, qPrintable(why));
    auto alice = own->store->users().find(QString::fromLatin1(test::kUser));
    auto app = own->store->applications().find(u"claude-desktop"_s);
    QVERIFY(alice && app);
    const qint64 now = ServerContext::now();
    QJsonObject c{{u"iss"_s, own->issuer}, {u"sub"_s, alice->id}, {u"aud"_s, own->url(u"/mcp"_s)},
        {u"client_id"_s, app->clientId}, {u"scope"_s, kAllScopes}, {u"jti"_s, SecureRandom::timeOrderedId(now)},
        {u"iat"_s, now / 1000}, {u"exp"_s, now / 1000 + 600}};
    const QString kid = own->keys->activeKid(SigningAlgorithm::ES256);
    auto bearer = own->keys->sign(SigningAlgorithm::ES256, c, "at+jwt");
    QVERIFY(bearer);
    QVERIFY(recordMinted(*own->store, c));
    const Headers auth{
        {"Authorization", "Bearer " + *bearer}, {"Content-Type", "application/json"}, {"Accept", kAccept}};
    const QUrl url(own->url(u"/mcp"_s));
    const test::Reply init = m_http.send("POST", url, compact(initializeRequest(u"2025-06-18"_s)), auth);
    QCOMPARE(init.status, 200);
    const Headers withSession = auth + Headers{{"Mcp-Session-Id", init.header("mcp-session-id")}};
    QCOMPARE(m_http.send("POST", url, compact(request(2, u"ping"_s)), withSession).status, 200); // verified before

    // Another program withdraws the key from the JWKS (a compromised key): its tokens stop working,
    // also those this server had verified already.
    const QVariantList values{now - 1000, now - 1000, kid};
    QVERIFY(own->store->database().exec(
        u"UPDATE signing_keys SET state = 'retired', retired_at = ?, publish_until = ? WHERE kid = ?"_s, values));
    QTRY_COMPARE(m_http.send("POST", url, compact(request(3, u"ping"_s)), withSession).status, 401);
    QVERIFY(own->keys->activeKid(SigningAlgorithm::ES256).isEmpty());
}

// ---------------------------------------------------------------------------------------------
// Administration stays with administrators, within their own organization

namespace {

bool isToolError(const QJsonObject& reply)
{
    return reply.value(u"result"_s).toObject().value(u"isError"_s).toBool();
}

QJsonObject structured(const QJsonObject& reply)
{
    return reply.value(u"result"_s).toObject().value(u"structuredContent"_s).toObject();
}

QStringList valuesOf(const QJsonArray& list, const QString& key)
{
    QStringList out;
    for (const QJsonValue& v : list)
        out << v.toObject().value(key).toString();
    return out;
}

} // namespace

void TestMcp::administratorScopesNeedAnAdministrator()
{
    REQUIRE_SERVER();
    Store& store = *m_server->store;
    auto demo = store.organizations().find(QString::fromLatin1(DemoData::kOrganization));
    QVERIFY(demo);
    User carol;
    carol.organizationId = demo->id;
    carol.username = u"carol"_s;
    auto created = store.users().create(carol, u"carol's long password"_s, {u"test"_s, u"test"_s});
    QVERIFY2(created, qPrintable(created ? QString() : created.error().message));
    // A token that carries every scope, as one from before a demotion would: the tools ask the store.
    const QByteArray bearer = tokenFor(created->id, m_clientId);

    QJsonObject reply = callTool(u"list_applications"_s, {}, bearer);
    QVERIFY2(!isToolError(reply), qPrintable(resultText(reply)));

    const QList<QPair<QString, QJsonObject>> adminCalls{
        {u"add_application"_s,
            {{u"name"_s, u"carol-app"_s}, {u"redirectUris"_s, QJsonArray{u"http://127.0.0.1/cb"_s}}}},
        {u"update_application"_s, {{u"application"_s, u"claude-code"_s}, {u"displayName"_s, u"Carol's"_s}}},
        {u"delete_application"_s, {{u"application"_s, u"vscode"_s}}},
        {u"revoke_token"_s, {{u"token"_s, u"some-token"_s}}},
        {u"revoke_consent"_s, {{u"consent"_s, u"some-consent"_s}}},
        {u"list_audit_events"_s, {}},
    };
    for (const auto& [tool, args] : adminCalls) {
        reply = callTool(tool, args, bearer);
        QVERIFY2(isToolError(reply), qPrintable(tool));
        QVERIFY2(resultText(reply).contains(u"only administrators"_s) && resultText(reply).contains(u"carol"_s),
            qPrintable(tool + u": "_s + resultText(reply)));
    }
    QVERIFY(!store.applications().find(u"carol-app"_s));
    QVERIFY(store.applications().find(u"vscode"_s));
    QVERIFY(store.applications().find(u"claude-code"_s)->displayName != u"Carol's"_s);
    AuditFilter refused;
    refused.action = u"mcp.tool_call"_s;
    refused.actor = created->id;
    refused.outcome = AuditOutcome::Failure;
    m_server->server->context().audit.flush();
    QCOMPARE(*store.audit().count(refused), qint64(adminCalls.size()));

    // Made an administrator, the same token works at once (refusals are not cached); demoted, it stops
    // within McpTools::kReloadIntervalMs.
    QCOMPARE(test::setAdministrator(store, u"carol"_s, true), QString());
    reply = callTool(u"list_audit_events"_s, {{u"limit"_s, 1}}, bearer);
    QVERIFY2(!isToolError(reply), qPrintable(resultText(reply)));
    QCOMPARE(test::setAdministrator(store, u"carol"_s, false), QString());
    QTRY_VERIFY_WITH_TIMEOUT(
        isToolError(callTool(u"list_audit_events"_s, {{u"limit"_s, 1}}, bearer)), int(McpTools::kReloadIntervalMs) * 3);

    // A client acting for itself (client_credentials) has what an administrator allowed its application.
    reply = callTool(u"list_audit_events"_s, {{u"limit"_s, 1}}, tokenFor(m_clientId, m_clientId, u"audit:read"_s));
    QVERIFY2(!isToolError(reply), qPrintable(resultText(reply)));
}

void TestMcp::toolsStayInTheCallersOrganization()
{
    REQUIRE_SERVER();
    Store& store = *m_server->store;
    const AuditContext ctx{u"test"_s, u"test"_s};
    auto other = store.organizations().create(Organization{{}, u"elsewhere"_s, u"Elsewhere"_s, 0}, ctx);
    QVERIFY(other);
    QVERIFY(store.scopes().create(Scope{{}, other->id, u"data:read"_s, u"Read data"_s, u"Read the data."_s}, ctx));
    Resource resource;
    resource.organizationId = other->id;
    resource.uri = u"https://elsewhere.example/mcp"_s;
    resource.scopes = {u"data:read"_s};
    QVERIFY(store.resources().create(resource, ctx));
    Application app;
    app.organizationId = other->id;
    app.name = u"elsewhere-app"_s;
    app.redirectUris = {u"http://127.0.0.1/cb"_s};
    app.allowedScopes = {u"data:read"_s};
    auto saved = store.applications().create(app, ctx);
    QVERIFY(saved);
    const Application foreign = saved->application;
    User bob;
    bob.organizationId = other->id;
    bob.username = u"bob-elsewhere"_s;
    auto bobSaved = store.users().create(bob, u"bob's long password"_s, ctx);
    QVERIFY(bobSaved);
    const qint64 now = ServerContext::now();
    Token row;
    row.id = SecureRandom::timeOrderedId(now);
    row.kind = TokenKind::Access;
    row.applicationId = foreign.id;
    row.userId = bobSaved->id;
    row.resource = resource.uri;
    row.scopes = {u"data:read"_s};
    row.issuedAt = now;
    row.expiresAt = now + 600'000;
    QVERIFY(store.tokens().insert(row, ctx));
    auto consent
        = store.consents().grant(Consent{{}, bobSaved->id, foreign.id, resource.uri, {u"data:read"_s}, 0, 0}, ctx);
    QVERIFY(consent);

    // Naming another organization is refused, by every tool that takes one; our own is accepted.
    const QList<QPair<QString, QJsonObject>> elsewhere{
        {u"list_applications"_s, {{u"organization"_s, u"elsewhere"_s}}},
        {u"list_resources"_s, {{u"organization"_s, other->id}}},
        {u"add_application"_s,
            {{u"name"_s, u"sneaky"_s}, {u"redirectUris"_s, QJsonArray{u"http://127.0.0.1/cb"_s}},
                {u"organization"_s, u"elsewhere"_s}}},
    };
    for (const auto& [tool, args] : elsewhere) {
        const QJsonObject reply = callTool(tool, args);
        QVERIFY2(isToolError(reply), qPrintable(tool));
        QVERIFY2(resultText(reply).contains(u"only within your own organization"_s), qPrintable(resultText(reply)));
    }
    QVERIFY(!store.applications().find(u"sneaky"_s));
    QJsonObject reply
        = callTool(u"list_applications"_s, {{u"organization"_s, QString::fromLatin1(DemoData::kOrganization)}});
    QVERIFY2(!isToolError(reply), qPrintable(resultText(reply)));

    // Listings show the caller's organization only.
    QVERIFY(!valuesOf(structured(callTool(u"list_applications"_s, {})).value(u"applications"_s).toArray(), u"name"_s)
                 .contains(u"elsewhere-app"_s));
    QVERIFY(!valuesOf(structured(callTool(u"list_resources"_s, {})).value(u"resources"_s).toArray(), u"uri"_s)
                 .contains(resource.uri));
    QVERIFY(!valuesOf(structured(callTool(u"list_tokens"_s, {{u"limit"_s, 500}})).value(u"tokens"_s).toArray(), u"id"_s)
                 .contains(row.id));
    QVERIFY(!valuesOf(structured(callTool(u"list_consents"_s, {})).value(u"consents"_s).toArray(), u"id"_s)
                 .contains(consent->id));
    AuditFilter aboutForeign;
    aboutForeign.targetId = foreign.id;
    QVERIFY(*store.audit().count(aboutForeign) >= 1);
    reply = callTool(u"list_audit_events"_s, {{u"targetId"_s, foreign.id}});
    QVERIFY2(!isToolError(reply), qPrintable(resultText(reply)));
    QCOMPARE(structured(reply).value(u"count"_s).toInt(-1), 0);
    reply = callTool(u"list_audit_events"_s, {{u"actor"_s, bobSaved->id}});
    QCOMPARE(structured(reply).value(u"count"_s).toInt(-1), 0);
    reply = callTool(u"list_audit_events"_s, {{u"targetId"_s, m_appId}});
    QVERIFY2(structured(reply).value(u"count"_s).toInt() >= 1, qPrintable(resultText(reply)));

    // Another organization's entities read as unknown: not shown, changed, revoked or deleted.
    const QList<QPair<QString, QJsonObject>> unknown{
        {u"get_application"_s, {{u"application"_s, foreign.clientId}}},
        {u"update_application"_s,
            {{u"application"_s, foreign.id}, {u"redirectUris"_s, QJsonArray{u"http://127.0.0.1:9/steal"_s}}}},
        {u"delete_application"_s, {{u"application"_s, u"elsewhere-app"_s}}},
        {u"list_tokens"_s, {{u"application"_s, foreign.id}}},
        {u"list_tokens"_s, {{u"user"_s, u"bob-elsewhere"_s}}},
        {u"list_consents"_s, {{u"user"_s, bobSaved->id}}},
        {u"revoke_token"_s, {{u"token"_s, row.id}}},
        {u"revoke_consent"_s, {{u"consent"_s, consent->id}}},
    };
    for (const auto& [tool, args] : unknown) {
        reply = callTool(tool, args);
        QVERIFY2(isToolError(reply), qPrintable(tool));
        QVERIFY2(resultText(reply).startsWith(u"No "_s), qPrintable(tool + u": "_s + resultText(reply)));
    }
    auto after = store.applications().find(foreign.id);
    QVERIFY(after);
    QCOMPARE(after->redirectUris, foreign.redirectUris);
    QCOMPARE(store.tokens().find(row.id)->revokedAt, 0);
    QVERIFY(!store.consents().find(consent->id)->isRevoked());
}

void TestMcp::clientCannotWidenItsOwnTrust()
{
    REQUIRE_SERVER();
    Store& store = *m_server->store;
    // m_token: an administrator, through claude-desktop.
    const auto before = store.applications().find(m_appId);
    QVERIFY(before);
    // Its own application is not the client's to change, whatever the setting and however it is named.
    const QList<QPair<QString, QJsonValue>> changes{
        {u"allowedScopes"_s, QJsonArray::fromStringList(McpCatalog::scopeNames())},
        {u"consentPolicy"_s, before->consentPolicy == ConsentPolicy::Always ? u"once"_s : u"always"_s},
        {u"redirectUris"_s, QJsonArray{u"http://127.0.0.1/mine"_s}},
        {u"grantTypes"_s, QJsonArray{u"authorization_code"_s}},
        {u"displayName"_s, u"Claude Desktop (renamed over MCP)"_s},
    };
    const QStringList names{u"claude-desktop"_s, m_clientId, m_appId};
    for (const auto& [field, value] : changes) {
        for (const QString& name : names) {
            const QJsonObject reply = callTool(u"update_application"_s, {{u"application"_s, name}, {field, value}});
            QVERIFY2(isToolError(reply), qPrintable(field));
            QVERIFY2(resultText(reply).contains(u"cannot change its own application"_s), qPrintable(resultText(reply)));
        }
    }
    auto after = store.applications().find(m_appId);
    QCOMPARE(after->allowedScopes, before->allowedScopes);
    QCOMPARE(after->consentPolicy, before->consentPolicy);
    QCOMPARE(after->redirectUris, before->redirectUris);
    QCOMPARE(after->grantTypes, before->grantTypes);
    QCOMPARE(after->displayName, before->displayName);

    // Another application of the organization is the administrator's to change.
    const QString codeName = store.applications().find(u"claude-code"_s)->displayName;
    QJsonObject reply = callTool(u"update_application"_s,
        {{u"application"_s, u"claude-code"_s}, {u"displayName"_s, u"Claude Code (renamed over MCP)"_s}});
    QVERIFY2(!isToolError(reply), qPrintable(resultText(reply)));
    QCOMPARE(store.applications().find(u"claude-code"_s)->displayName, u"Claude Code (renamed over MCP)"_s);
    reply = callTool(u"update_application"_s, {{u"application"_s, u"claude-code"_s}, {u"displayName"_s, codeName}});
    QVERIFY2(!isToolError(reply), qPrintable(resultText(reply)));

    reply = callTool(u"delete_application"_s, {{u"application"_s, m_clientId}});
    QVERIFY(isToolError(reply));
    QVERIFY2(resultText(reply).contains(u"cannot delete its own application"_s), qPrintable(resultText(reply)));
    QVERIFY(store.applications().find(m_appId));

    // No consent page ("never") is a person's decision: not over MCP, for a new application or another.
    reply = callTool(u"add_application"_s,
        {{u"name"_s, u"trusted-by-mcp"_s}, {u"redirectUris"_s, QJsonArray{u"http://127.0.0.1/cb"_s}},
            {u"consentPolicy"_s, u"never"_s},
            {u"allowedScopes"_s, QJsonArray::fromStringList(McpCatalog::scopeNames())}});
    QVERIFY(isToolError(reply));
    QVERIFY2(resultText(reply).contains(u"'never'"_s), qPrintable(resultText(reply)));
    QVERIFY(!store.applications().find(u"trusted-by-mcp"_s));
    const ConsentPolicy codePolicy = store.applications().find(u"claude-code"_s)->consentPolicy;
    reply = callTool(u"update_application"_s, {{u"application"_s, u"claude-code"_s}, {u"consentPolicy"_s, u"never"_s}});
    QVERIFY(isToolError(reply));
    QCOMPARE(store.applications().find(u"claude-code"_s)->consentPolicy, codePolicy);

    // An application a person made trusted keeps its redirect URIs and scopes until a person changes them.
    Application cursor = *store.applications().find(u"cursor"_s);
    const ConsentPolicy cursorPolicy = cursor.consentPolicy;
    cursor.consentPolicy = ConsentPolicy::Never;
    QVERIFY(store.applications().update(cursor, {u"test"_s, u"test"_s}));
    reply = callTool(u"update_application"_s,
        {{u"application"_s, u"cursor"_s}, {u"redirectUris"_s, QJsonArray{u"http://127.0.0.1:9/steal"_s}}});
    QVERIFY(isToolError(reply));
    QVERIFY2(resultText(reply).contains(u"'never'"_s), qPrintable(resultText(reply)));
    QCOMPARE(store.applications().find(u"cursor"_s)->redirectUris, cursor.redirectUris);
    reply = callTool(u"update_application"_s, {{u"application"_s, u"cursor"_s}, {u"description"_s, u"Trusted."_s}});
    QVERIFY2(!isToolError(reply), qPrintable(resultText(reply)));
    cursor = *store.applications().find(u"cursor"_s);
    cursor.consentPolicy = cursorPolicy;
    QVERIFY(store.applications().update(cursor, {u"test"_s, u"test"_s}));
}

QTEST_GUILESS_MAIN(TestMcp)
#include "tst_mcp.moc"
