// The standards-based backend (OAuthServerBackend) live against node-oidc-provider started on
// loopback: discovery, RFC 7591/7592 register, update, read back and delete, a token of the registered
// client introspected (RFC 7662) and revoked (RFC 7009); failures (wrong credentials, an unknown
// client, a refused update that must leave the registration as it was, a server that is down, malformed
// metadata); and `mcp-auth --backend oauth:ISSUER app add/list/show/delete` as a process.

#include "OidcProviderPeer.h"
#include "backend/ConnectionProfileStore.h"
#include "backend/oauth/ClientRegistration.h"
#include "backend/oauth/OAuthServerBackend.h"
#include "secrets/MemorySecretStore.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSettings>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpauth;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 20000;

// Calls `start(context, done)` and waits (in the test only) for the answer.
template <typename T, typename Start>
Result<T> await(Start start)
{
    QObject context;
    std::optional<Result<T>> answer;
    start(&context, [&](Result<T> r) { answer = std::move(r); });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, kWaitMs))
        return Error::make(ErrorCode::Internal, u"no answer within the test's wait"_s);
    return *answer;
}

Status awaitStatus(const std::function<void(QObject*, Backend::Done)>& start)
{
    QObject context;
    std::optional<Status> answer;
    start(&context, [&](Status s) { answer = std::move(s); });
    if (!QTest::qWaitFor([&] { return answer.has_value(); }, kWaitMs))
        return Error::make(ErrorCode::Internal, u"no answer within the test's wait"_s);
    return *answer;
}

// A server that answers every request with the same bytes: for metadata that is not usable.
class CannedServer : public QTcpServer
{
public:
    explicit CannedServer(QByteArray answer)
        : m_answer(std::move(answer))
    {
        connect(this, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket* s = nextPendingConnection()) {
                connect(s, &QTcpSocket::readyRead, s, [this, s] {
                    if (!s->readAll().contains("\r\n\r\n"))
                        return;
                    s->write(m_answer);
                    s->disconnectFromHost();
                });
                connect(s, &QTcpSocket::disconnected, s, &QObject::deleteLater);
            }
        });
    }
    [[nodiscard]] QString issuer() const { return u"http://127.0.0.1:%1"_s.arg(serverPort()); }

private:
    QByteArray m_answer;
};

} // namespace

class TestOAuthBackend : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<OAuthServerBackend> connect(const QString& secret, Status* opened)
    {
        auto backend = std::make_unique<OAuthServerBackend>(
            m_peer.issuer(), QString::fromLatin1(test::OidcProviderPeer::kAdminClientId), secret, &m_keychain);
        *opened = awaitStatus([&](QObject* c, Backend::Done d) { backend->open(c, d); });
        return backend;
    }
    // A client_credentials access token for a registered client, from the token endpoint.
    QString tokenFor(const QString& clientId, const QString& clientSecret, const QUrl& tokenEndpoint)
    {
        QNetworkAccessManager network;
        QNetworkRequest request(tokenEndpoint);
        request.setHeader(QNetworkRequest::ContentTypeHeader, "application/x-www-form-urlencoded"_ba);
        request.setRawHeader("Authorization",
            "Basic "
                + QByteArray(QUrl::toPercentEncoding(clientId) + ':' + QUrl::toPercentEncoding(clientSecret))
                      .toBase64());
        QNetworkReply* reply = network.post(request, "grant_type=client_credentials&scope=mcp%3Aread"_ba);
        QSignalSpy done(reply, &QNetworkReply::finished);
        if (!done.wait(kWaitMs))
            return {};
        const QByteArray body = reply->readAll();
        reply->deleteLater();
        const QString token = QJsonDocument::fromJson(body).object().value(u"access_token"_s).toString();
        if (token.isEmpty())
            qWarning() << "token endpoint said" << body;
        return token;
    }

    struct CliResult
    {
        int exitCode = -1;
        QByteArray out;
        QByteArray err;
    };
    CliResult runCli(const QStringList& args, const QString& secret)
    {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"MCPAUTH_CLIENT_ID"_s, QString::fromLatin1(test::OidcProviderPeer::kAdminClientId));
        env.insert(u"MCPAUTH_CLIENT_SECRET"_s, secret);
        env.insert(u"XDG_CONFIG_HOME"_s, m_dir.path()); // no developer's saved profiles
        env.remove(u"MCPAUTH_DB"_s);
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(MCPAUTH_CLI_PATH), args);
        CliResult r;
        if (!p.waitForFinished(60000)) {
            p.kill();
            p.waitForFinished();
            r.err = "timed out";
            return r;
        }
        r.exitCode = p.exitCode();
        r.out = p.readAllStandardOutput();
        r.err = p.readAllStandardError();
        return r;
    }

    test::OidcProviderPeer m_peer;
    MemorySecretStore m_keychain;
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        const QString problem = m_peer.start(QStringLiteral(MCPAUTH_SOURCE_DIR));
        if (!problem.isEmpty()) {
            if (qEnvironmentVariableIntValue("MCPAUTH_REQUIRE_PEERS") == 1)
                QFAIL(qPrintable(problem));
            QSKIP(qPrintable(problem));
        }
        QVERIFY(m_dir.isValid());
    }

    void cleanupTestCase() { m_peer.stop(); }

    void discoversTheServerAndItsCapabilities()
    {
        Status opened;
        auto backend = connect(m_peer.adminSecret(), &opened);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));
        QCOMPARE(backend->kind(), BackendKind::Standards);
        QVERIFY(backend->displayName().contains(m_peer.issuer()));
        const BackendCapabilities caps = backend->capabilities();
        for (Capability c :
            {Capability::Applications, Capability::ApplicationWrite, Capability::TokenLookup, Capability::TokenRevoke})
            QVERIFY2(caps.supports(c), qPrintable(capabilityTitle(c)));
        for (Capability c : {Capability::TokenList, Capability::AuditLog, Capability::Users, Capability::Consents,
                 Capability::SigningKeys}) {
            QVERIFY2(!caps.supports(c), qPrintable(capabilityTitle(c)));
            QVERIFY(!caps.reason(c).isEmpty());
        }
        auto docs = await<ServerDocuments>([&](QObject* c, auto d) { backend->serverDocuments(c, d); });
        QVERIFY2(docs, qPrintable(docs ? QString() : docs.error().message));
        QCOMPARE(docs->metadata.value(u"issuer"_s).toString(), m_peer.issuer());
        QVERIFY(docs->jwksProblem.isEmpty());
        QVERIFY(!docs->jwks.value(u"keys"_s).toArray().isEmpty());
    }

    void registersUpdatesIntrospectsRevokesAndDeletes()
    {
        Status opened;
        auto backend = connect(m_peer.adminSecret(), &opened);
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message));

        Application app;
        app.name = u"tst-oauthbackend"_s;
        app.clientType = ClientType::Confidential;
        app.authMethod = TokenEndpointAuthMethod::ClientSecretBasic;
        app.grantTypes = {GrantType::ClientCredentials};
        app.redirectUris.clear();
        app.allowedScopes = {u"mcp:read"_s};
        auto saved = await<SavedApplication>([&](QObject* c, auto d) { backend->createApplication(app, c, d); });
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
        const QString clientId = saved->application.clientId;
        QVERIFY(!clientId.isEmpty());
        QVERIFY(!saved->clientSecret.isEmpty());
        QVERIFY2(saved->registrationAccessToken.isEmpty(), "the keychain kept the token: nothing to show");

        auto listed = await<QList<Application>>([&](QObject* c, auto d) { backend->applications({}, c, d); });
        QVERIFY(listed);
        QVERIFY(
            std::any_of(listed->begin(), listed->end(), [&](const Application& a) { return a.clientId == clientId; }));

        // Update: the whole metadata is sent, then read back (the provider rotates the registration token).
        Application changed = saved->application;
        changed.displayName = u"tst-oauthbackend renamed"_s;
        changed.allowedScopes = {u"mcp:read"_s, u"mcp:write"_s};
        auto updated = await<SavedApplication>([&](QObject* c, auto d) { backend->updateApplication(changed, c, d); });
        QVERIFY2(updated, qPrintable(updated ? QString() : updated.error().message));
        auto readBack = await<Application>([&](QObject* c, auto d) { backend->application(clientId, c, d); });
        QVERIFY2(readBack, qPrintable(readBack ? QString() : readBack.error().message));
        QCOMPARE(readBack->displayName, u"tst-oauthbackend renamed"_s);
        QCOMPARE(readBack->allowedScopes, (QStringList{u"mcp:read"_s, u"mcp:write"_s}));
        // By name too.
        auto byName = await<Application>(
            [&](QObject* c, auto d) { backend->application(u"tst-oauthbackend renamed"_s, c, d); });
        QVERIFY(byName);
        QCOMPARE(byName->clientId, clientId);

        // A token the server issued to the registered client: active, then revoked, then inactive.
        const QString token = tokenFor(clientId, saved->clientSecret, backend->metadata().tokenEndpoint);
        QVERIFY(!token.isEmpty());
        auto active = await<TokenIntrospection>([&](QObject* c, auto d) { backend->introspectToken(token, c, d); });
        QVERIFY2(active, qPrintable(active ? QString() : active.error().message));
        QVERIFY(active->active);
        QCOMPARE(active->clientId, clientId);
        QVERIFY(active->describe(QDateTime::currentMSecsSinceEpoch()).first().startsWith(u"Active"_s));
        const Status revoked
            = awaitStatus([&](QObject* c, Backend::Done d) { backend->revokeTokenValue(token, c, d); });
        QVERIFY2(revoked, qPrintable(revoked ? QString() : revoked.error().message));
        auto inactive = await<TokenIntrospection>([&](QObject* c, auto d) { backend->introspectToken(token, c, d); });
        QVERIFY(inactive);
        QVERIFY(!inactive->active);
        QVERIFY(inactive->describe(0).first().startsWith(u"Inactive"_s));

        auto removed
            = await<ApplicationImpact>([&](QObject* c, auto d) { backend->removeApplication(clientId, c, d); });
        QVERIFY2(removed, qPrintable(removed ? QString() : removed.error().message));
        auto gone = await<Application>([&](QObject* c, auto d) { backend->application(clientId, c, d); });
        QVERIFY(!gone);
        QCOMPARE(gone.error().code, ErrorCode::NotFound);
        listed = await<QList<Application>>([&](QObject* c, auto d) { backend->applications({}, c, d); });
        QVERIFY(listed);
        QVERIFY(
            std::none_of(listed->begin(), listed->end(), [&](const Application& a) { return a.clientId == clientId; }));
    }

    void refusedUpdateLeavesTheRegistrationAsItWas()
    {
        Status opened;
        auto backend = connect(m_peer.adminSecret(), &opened);
        QVERIFY(opened);
        Application app;
        app.name = u"tst-refused-update"_s;
        app.clientType = ClientType::Public;
        app.authMethod = TokenEndpointAuthMethod::None;
        app.grantTypes = {GrantType::AuthorizationCode};
        app.redirectUris = {u"http://127.0.0.1:9999/callback"_s};
        auto saved = await<SavedApplication>([&](QObject* c, auto d) { backend->createApplication(app, c, d); });
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));

        Application bad = saved->application;
        bad.displayName = u"must not stick"_s;
        bad.redirectUris = {u"not a url"_s};
        auto refused = await<SavedApplication>([&](QObject* c, auto d) { backend->updateApplication(bad, c, d); });
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::InvalidInput);
        QVERIFY2(refused.error().message.contains(u"unchanged"_s), qPrintable(refused.error().message));
        auto now
            = await<Application>([&](QObject* c, auto d) { backend->application(saved->application.clientId, c, d); });
        QVERIFY(now);
        QCOMPARE(now->redirectUris, app.redirectUris);
        QCOMPARE(now->displayName, u"tst-refused-update"_s);
        auto removed = await<ApplicationImpact>(
            [&](QObject* c, auto d) { backend->removeApplication(saved->application.clientId, c, d); });
        QVERIFY(removed);
    }

    void unknownClientIsNotFoundInWords()
    {
        Status opened;
        auto backend = connect(m_peer.adminSecret(), &opened);
        QVERIFY(opened);
        auto unknown = await<Application>([&](QObject* c, auto d) { backend->application(u"no-such-client"_s, c, d); });
        QVERIFY(!unknown);
        QCOMPARE(unknown.error().code, ErrorCode::NotFound);
        QVERIFY2(unknown.error().message.contains(u"registered"_s), qPrintable(unknown.error().message));
    }

    void wrongCredentialsAreRefusedAtConnect()
    {
        Status opened;
        auto backend = connect(u"wrong-secret"_s, &opened);
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(u"refused the console's credentials"_s),
            qPrintable(opened.error().message));
        QVERIFY(opened.error().message.contains(QString::fromLatin1(test::OidcProviderPeer::kAdminClientId)));
    }

    void serverDownIsUnavailable()
    {
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost));
        const quint16 port = probe.serverPort();
        probe.close(); // nothing listens there now
        OAuthServerBackend backend(u"http://127.0.0.1:%1"_s.arg(port), u"x"_s, u"y"_s, &m_keychain);
        const Status opened = awaitStatus([&](QObject* c, Backend::Done d) { backend.open(c, d); });
        QVERIFY(!opened);
        QCOMPARE(opened.error().code, ErrorCode::Unavailable);
        QCOMPARE(opened.error().field, QString::fromLatin1(HttpExchange::kRefused));
        auto apps = await<QList<Application>>([&](QObject* c, auto d) { backend.applications({}, c, d); });
        QVERIFY(!apps);
    }

    void malformedMetadataIsRefusedInWords_data()
    {
        QTest::addColumn<QByteArray>("answer");
        QTest::addColumn<QString>("words");
        QTest::newRow("malformed JSON") << "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                                           "9\r\nConnection: close\r\n\r\n{\"issuer\""_ba
                                        << u"malformed JSON"_s;
        QTest::newRow("HTML") << "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nContent-Length: 13\r\nConnection: "
                                 "close\r\n\r\n<html></html>"_ba
                              << u"text/html instead of JSON"_s;
        QTest::newRow("server error") << "HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\nConnection: "
                                         "close\r\n\r\n"_ba
                                      << u"HTTP 500"_s;
        const QByteArray elsewhere
            = R"({"issuer":"https://elsewhere.example","authorization_endpoint":"https://e/a","token_endpoint":"https://e/t"})";
        QTest::newRow("wrong issuer") << "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: "
                + QByteArray::number(elsewhere.size()) + "\r\nConnection: close\r\n\r\n"
                + elsewhere << u"not usable"_s;
    }

    void malformedMetadataIsRefusedInWords()
    {
        QFETCH(QByteArray, answer);
        QFETCH(QString, words);
        CannedServer server(answer);
        QVERIFY(server.listen(QHostAddress::LocalHost));
        OAuthServerBackend backend(server.issuer(), u"x"_s, u"y"_s, &m_keychain);
        const Status opened = awaitStatus([&](QObject* c, Backend::Done d) { backend.open(c, d); });
        QVERIFY(!opened);
        QVERIFY2(opened.error().message.contains(words), qPrintable(opened.error().message));
        QVERIFY2(opened.error().message.contains(u"No authorization server metadata was found"_s),
            qPrintable(opened.error().message));
    }

    void updateKeepsMembersTheConsoleDoesNotEdit()
    {
        const QJsonObject current{{u"client_id"_s, u"c1"_s}, {u"logo_uri"_s, u"https://x/logo.png"_s},
            {u"registration_access_token"_s, u"rat"_s}, {u"client_id_issued_at"_s, 1}, {u"client_name"_s, u"old"_s}};
        Application app = ClientRegistration::toApplication(current);
        app.displayName = u"new"_s;
        const QJsonObject sent = ClientRegistration::toMetadata(app, current);
        QCOMPARE(sent.value(u"logo_uri"_s).toString(), u"https://x/logo.png"_s);
        QCOMPARE(sent.value(u"client_name"_s).toString(), u"new"_s);
        QVERIFY(!sent.contains(u"registration_access_token"_s));
        QVERIFY(!sent.contains(u"client_id_issued_at"_s));
        const QStringList expected{
            u"client_name"_s, u"grant_types"_s, u"response_types"_s, u"token_endpoint_auth_method"_s};
        QCOMPARE(ClientRegistration::differences(sent, current), expected);
    }

    // --profile NAME: the console's saved profile (its settings under XDG_CONFIG_HOME), the secret from
    // the environment; an unknown profile and a second backend option are refused.
    void cliUsesASavedProfile()
    {
        {
            QSettings settings(m_dir.filePath(u"mcp-auth/mcp-auth-console.conf"_s), QSettings::IniFormat);
            ConnectionProfileStore store(&settings);
            ConnectionProfile profile;
            profile.name = u"Provider"_s;
            profile.kind = BackendKind::Standards;
            profile.location = m_peer.issuer();
            profile.clientId = QString::fromLatin1(test::OidcProviderPeer::kAdminClientId);
            QVERIFY(store.save(profile));
        }
        CliResult shown = runCli({u"--profile"_s, u"provider"_s, u"server"_s, u"show"_s}, m_peer.adminSecret());
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        QVERIFY2(shown.out.contains("registration_endpoint"), shown.out.constData());
        QVERIFY(shown.out.contains("JWKS"));
        CliResult unknown = runCli({u"--profile"_s, u"nope"_s, u"app"_s, u"list"_s}, m_peer.adminSecret());
        QCOMPARE(unknown.exitCode, 4);
        QVERIFY2(unknown.err.contains("Provider"), unknown.err.constData()); // names the saved ones
        CliResult both = runCli(
            {u"--profile"_s, u"provider"_s, u"--db"_s, u"/tmp/x.sqlite"_s, u"app"_s, u"list"_s}, m_peer.adminSecret());
        QCOMPARE(both.exitCode, 2);
        CliResult local = runCli({u"--profile"_s, u"provider"_s, u"serve"_s}, m_peer.adminSecret());
        QCOMPARE(local.exitCode, 8);
        QVERIFY2(local.err.contains("local store only"), local.err.constData());
    }

    void cliManagesClientsWithBackendOption()
    {
        if (qEnvironmentVariableIntValue("MCPAUTH_TEST_KEYRING") != 1) {
            if (qEnvironmentVariableIntValue("MCPAUTH_REQUIRE_KEYRING") == 1)
                QFAIL("the test fixture could not start its secret service");
            QSKIP("the CLI keeps registration tokens in the keychain between runs: run under "
                  "tests/scripts/with-services.sh");
        }
        const QString backend = u"--backend=oauth:"_s + m_peer.issuer();
        const QString secret = m_peer.adminSecret();
        CliResult added
            = runCli({backend, u"--json"_s, u"app"_s, u"add"_s, u"tst-cli-client"_s, u"--grant"_s,
                         u"client_credentials"_s, u"--client-type"_s, u"confidential"_s, u"--scope"_s, u"mcp:read"_s},
                secret);
        QVERIFY2(added.exitCode == 0, added.err.constData());
        const QJsonObject app = QJsonDocument::fromJson(added.out).object();
        const QString clientId = app.value(u"clientId"_s).toString();
        QVERIFY2(!clientId.isEmpty(), added.out.constData());
        QVERIFY(!app.value(u"clientSecret"_s).toString().isEmpty());

        CliResult listed = runCli({backend, u"app"_s, u"list"_s}, secret);
        QVERIFY2(listed.exitCode == 0, listed.err.constData());
        QVERIFY2(listed.out.contains(clientId.toUtf8()), listed.out.constData());
        QVERIFY(listed.out.contains("tst-cli-client"));

        CliResult shown = runCli({backend, u"app"_s, u"show"_s, u"tst-cli-client"_s}, secret);
        QVERIFY2(shown.exitCode == 0, shown.err.constData());
        QVERIFY(shown.out.contains(clientId.toUtf8()));
        QVERIFY(shown.out.contains("client_credentials"));

        CliResult updated
            = runCli({backend, u"app"_s, u"update"_s, clientId, u"--display-name"_s, u"tst-cli renamed"_s}, secret);
        QVERIFY2(updated.exitCode == 0, updated.err.constData());
        QVERIFY(updated.out.contains("tst-cli renamed"));

        // What the standards cannot do: a clear message and exit code 8.
        CliResult tokens = runCli({backend, u"token"_s, u"list"_s}, secret);
        QCOMPARE(tokens.exitCode, 8);
        QVERIFY2(tokens.err.contains("cannot list tokens"), tokens.err.constData());
        CliResult users = runCli({backend, u"user"_s, u"list"_s}, secret);
        QCOMPARE(users.exitCode, 8);

        CliResult deleted = runCli({backend, u"app"_s, u"delete"_s, clientId}, secret);
        QVERIFY2(deleted.exitCode == 0, deleted.err.constData());
        CliResult gone = runCli({backend, u"app"_s, u"show"_s, clientId}, secret);
        QCOMPARE(gone.exitCode, 4);

        CliResult refused = runCli({backend, u"app"_s, u"list"_s}, u"wrong"_s);
        QCOMPARE(refused.exitCode, 6);
        QVERIFY2(refused.err.contains("refused the console's credentials"), refused.err.constData());
    }
};

QTEST_MAIN(TestOAuthBackend)
#include "tst_oauthbackend.moc"
