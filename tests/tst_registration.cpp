// Dynamic client registration (RFC 7591) and its management (RFC 7592) against the running local
// server: what is registered and stored, every refusal, the organization's policies, the rate limit,
// the audit trail, and that no secret or token is ever kept in clear.
#include "TestServer.h"
#include "oauth/ClientMetadata.h"
#include "server/AuditSink.h"
#include "server/ServerContext.h"

#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QRegularExpression>

using namespace mcpauth;
using namespace mcpauth::test;

namespace {

const QString kLoopbackRedirect = QStringLiteral("http://127.0.0.1/callback");
const QString kWebRedirect = QStringLiteral("https://app.example.com/callback");

// What the MCP TypeScript SDK sends: a public native client on a loopback redirect.
QJsonObject publicNative()
{
    return QJsonObject{{QStringLiteral("client_name"), QStringLiteral("Desktop MCP client")},
        {QStringLiteral("redirect_uris"), QJsonArray{kLoopbackRedirect}},
        {QStringLiteral("grant_types"),
            QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("refresh_token")}},
        {QStringLiteral("response_types"), QJsonArray{QStringLiteral("code")}},
        {QStringLiteral("token_endpoint_auth_method"), QStringLiteral("none")}};
}

QJsonObject confidentialWeb()
{
    return QJsonObject{{QStringLiteral("client_name"), QStringLiteral("Example web app")},
        {QStringLiteral("application_type"), QStringLiteral("web")},
        {QStringLiteral("redirect_uris"), QJsonArray{kWebRedirect}},
        {QStringLiteral("grant_types"),
            QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("refresh_token")}},
        {QStringLiteral("token_endpoint_auth_method"), QStringLiteral("client_secret_basic")},
        {QStringLiteral("scope"), QStringLiteral("application:read token:read")},
        {QStringLiteral("client_uri"), QStringLiteral("https://app.example.com")},
        {QStringLiteral("logo_uri"), QStringLiteral("https://app.example.com/logo.png")},
        {QStringLiteral("contacts"), QJsonArray{QStringLiteral("ops@example.com")}},
        {QStringLiteral("software_id"), QStringLiteral("example-web")},
        {QStringLiteral("software_version"), QStringLiteral("2.1.0")},
        {QStringLiteral("x_vendor_extension"), QJsonObject{{QStringLiteral("tier"), QStringLiteral("gold")}}}};
}

QByteArray bearer(const QString& token)
{
    return "Bearer " + token.toUtf8();
}

QString describe(const Reply& reply)
{
    return QStringLiteral("HTTP %1 %2 %3")
        .arg(reply.status)
        .arg(QString::fromUtf8(reply.body.left(800)), reply.networkError);
}

} // namespace

// An RFC 7591 error answer: the status, the error code, Cache-Control no-store, a description that
// contains `keyword`.
#define EXPECT_REGISTRATION_ERROR(reply, expectedStatus, expectedError, keyword)                                       \
    do {                                                                                                               \
        const Reply& r_ = (reply);                                                                                     \
        QVERIFY2(r_.status == (expectedStatus), qPrintable(describe(r_)));                                             \
        QCOMPARE(r_.json().value(QLatin1String("error")).toString(), QStringLiteral(expectedError));                   \
        QVERIFY2(r_.json().value(QLatin1String("error_description")).toString().contains(keyword),                     \
            qPrintable(describe(r_)));                                                                                 \
        QVERIFY2(r_.header("cache-control").contains("no-store"), qPrintable(describe(r_)));                           \
    } while (false)

class TestRegistration : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void metadataAdvertisesRegistration();
    void corsAllowsRegistrationFromLoopbackPages();
    void registerPublicNativeClient();
    void registerConfidentialWebClient();
    void webClientOnLoopbackIsAccepted();
    void readUpdateDelete();
    void updateChecksWhatTheClientSends();
    void wrongRegistrationTokenIsRefused();
    void notForApplicationsRegisteredOtherwise();
    void validationRefusals_data();
    void validationRefusals();
    void wrongContentTypeIs400_data();
    void wrongContentTypeIs400();
    void malformedJsonIs400_data();
    void malformedJsonIs400();
    void bodyOverOneMebibyteIs413();
    void openPolicy();
    void openRestrictedPolicy();
    void adminPolicy();
    void clientCredentialsOnlyWithInitialAccessToken();
    void rateLimitPerSourceAddress();
    void secretsAndTokensNeverInClear();

private:
    [[nodiscard]] Reply registerClient(
        const QJsonObject& body, const QList<QPair<QByteArray, QByteArray>>& headers = {})
    {
        return m_http.postJson(QUrl(m_server->url(QStringLiteral("/register"))), body, headers);
    }
    [[nodiscard]] QUrl clientUri(const QString& clientId) const
    {
        return QUrl(m_server->url(QStringLiteral("/register/") + clientId));
    }
    [[nodiscard]] Store& store() { return *m_server->store; }
    [[nodiscard]] QString organizationId()
    {
        auto org = store().organizations().find(QString::fromLatin1(DemoData::kOrganization));
        return org ? org->id : QString();
    }
    void setPolicy(RegistrationMode mode, const QStringList& patterns = {})
    {
        auto saved = store().organizations().setRegistrationPolicy(organizationId(), RegistrationPolicy{mode, patterns},
            AuditContext{QStringLiteral("test"), QStringLiteral("test")});
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    }
    // The audit events with this action, newest first, after the server's queue is written.
    [[nodiscard]] QList<AuditEvent> events(const QString& action)
    {
        m_server->server->context().audit.flush();
        AuditFilter filter;
        filter.action = action;
        auto list = store().audit().list(filter, 0, 1000);
        return list ? *list : QList<AuditEvent>();
    }
    [[nodiscard]] QString issueInitialToken(qint64 lifetimeMs, QString* id = nullptr)
    {
        auto issued
            = store().initialAccessTokens().create(organizationId(), QDateTime::currentMSecsSinceEpoch() + lifetimeMs,
                AuditContext{QStringLiteral("test"), QStringLiteral("test")});
        if (!issued)
            return {};
        if (id)
            *id = issued->token.id;
        return issued->value;
    }

    std::unique_ptr<RunningServer> m_server;
    HttpClient m_http;
};

void TestRegistration::initTestCase()
{
    QString why;
    ServerSettings settings;
    settings.registrationsPerMinute = 100000; // rateLimitPerSourceAddress runs its own server
    m_server = startServer(&why, settings);
    QVERIFY2(m_server, qPrintable(why));
}

void TestRegistration::cleanup()
{
    if (m_server)
        setPolicy(RegistrationMode::Open);
}

void TestRegistration::metadataAdvertisesRegistration()
{
    const Reply reply = m_http.get(QUrl(m_server->url(QStringLiteral("/.well-known/oauth-authorization-server"))));
    QCOMPARE(reply.status, 200);
    QCOMPARE(reply.json().value(QLatin1String("registration_endpoint")).toString(),
        m_server->url(QStringLiteral("/register")));
    const QStringList methods
        = reply.json().value(QLatin1String("token_endpoint_auth_methods_supported")).toVariant().toStringList();
    QCOMPARE(methods,
        (QStringList{
            QStringLiteral("none"), QStringLiteral("client_secret_basic"), QStringLiteral("client_secret_post")}));
}

void TestRegistration::corsAllowsRegistrationFromLoopbackPages()
{
    const QByteArray origin = "http://localhost:6274"; // MCP Inspector's web UI
    const Reply preflight = m_http.send("OPTIONS", QUrl(m_server->url(QStringLiteral("/register"))), {},
        {{"Origin", origin}, {"Access-Control-Request-Method", "POST"},
            {"Access-Control-Request-Headers", "content-type"}});
    QVERIFY2(preflight.status == 204, qPrintable(describe(preflight)));
    QCOMPARE(preflight.header("access-control-allow-origin"), origin);
    QVERIFY(preflight.header("access-control-allow-methods").contains("POST"));

    const Reply registered = registerClient(publicNative(), {{"Origin", origin}});
    QVERIFY2(registered.status == 201, qPrintable(describe(registered)));
    QCOMPARE(registered.header("access-control-allow-origin"), origin);
    const QString clientId = registered.json().value(QLatin1String("client_id")).toString();
    const Reply managed = m_http.send(
        "OPTIONS", clientUri(clientId), {}, {{"Origin", origin}, {"Access-Control-Request-Method", "DELETE"}});
    QCOMPARE(managed.header("access-control-allow-origin"), origin);
    QVERIFY(managed.header("access-control-allow-methods").contains("DELETE"));
}

void TestRegistration::registerPublicNativeClient()
{
    const qint64 before = QDateTime::currentSecsSinceEpoch();
    const Reply reply = registerClient(publicNative());
    QVERIFY2(reply.status == 201, qPrintable(describe(reply)));
    QVERIFY(reply.header("cache-control").contains("no-store"));
    const QJsonObject info = reply.json();
    const QString clientId = info.value(QLatin1String("client_id")).toString();
    QVERIFY(!clientId.isEmpty());
    QVERIFY2(!info.contains(QLatin1String("client_secret")), "a public client has no secret");
    QVERIFY(!info.contains(QLatin1String("client_secret_expires_at")));
    QVERIFY(info.value(QLatin1String("client_id_issued_at")).toInteger() >= before);
    QVERIFY(info.value(QLatin1String("client_id_issued_at")).toInteger() <= QDateTime::currentSecsSinceEpoch());
    const QString token = info.value(QLatin1String("registration_access_token")).toString();
    QCOMPARE(token.size(), 43); // 256 bits, base64url
    QCOMPARE(info.value(QLatin1String("registration_client_uri")).toString(), clientUri(clientId).toString());
    // No application_type was sent: a loopback redirect makes it native, and the answer says so.
    QCOMPARE(info.value(QLatin1String("application_type")).toString(), QStringLiteral("native"));
    QCOMPARE(info.value(QLatin1String("token_endpoint_auth_method")).toString(), QStringLiteral("none"));
    QCOMPARE(info.value(QLatin1String("redirect_uris")).toArray(), QJsonArray{kLoopbackRedirect});
    QCOMPARE(info.value(QLatin1String("response_types")).toArray(), QJsonArray{QStringLiteral("code")});
    QCOMPARE(info.value(QLatin1String("client_name")).toString(), QStringLiteral("Desktop MCP client"));
    // No scope was asked for: every scope the organization's resources offer, spelled out.
    const QStringList scopes = info.value(QLatin1String("scope")).toString().split(QLatin1Char(' '));
    QVERIFY2(scopes.contains(QStringLiteral("application:read")) && scopes.contains(QStringLiteral("audit:read")),
        qPrintable(scopes.join(QLatin1Char(' '))));

    auto app = store().applications().find(clientId);
    QVERIFY2(app, qPrintable(app ? QString() : app.error().message));
    QCOMPARE(app->clientId, clientId);
    QCOMPARE(app->organizationId, organizationId());
    QCOMPARE(app->createdBy, CreatedBy::Dcr);
    QCOMPARE(app->clientType, ClientType::Public);
    QCOMPARE(app->authMethod, TokenEndpointAuthMethod::None);
    QCOMPARE(app->redirectUris, QStringList{kLoopbackRedirect});
    QCOMPARE(app->grantTypes, (QList<GrantType>{GrantType::AuthorizationCode, GrantType::RefreshToken}));
    QVERIFY(app->pkceRequired);
    QCOMPARE(app->displayName, QStringLiteral("Desktop MCP client"));
    QVERIFY(app->name.startsWith(QStringLiteral("dcr-desktop-mcp-client-")));
    QCOMPARE(QStringList(app->allowedScopes).join(QLatin1Char(' ')), info.value(QLatin1String("scope")).toString());
    auto metadata = store().applications().clientMetadata(app->id);
    QVERIFY(metadata);
    QCOMPARE(metadata->value(QLatin1String("application_type")).toString(), QStringLiteral("native"));
    QVERIFY(!metadata->contains(QLatin1String("registration_access_token")));
    QVERIFY(store().applications().verifyRegistrationToken(clientId, token));
    QVERIFY(!store().applications().verifyRegistrationToken(clientId, token + QLatin1Char('x')));

    bool audited = false;
    for (const AuditEvent& e : events(QStringLiteral("client.registered"))) {
        if (e.targetId != app->id)
            continue;
        audited = true;
        QCOMPARE(e.outcome, AuditOutcome::Success);
        QCOMPARE(e.actor, QStringLiteral("server"));
        QCOMPARE(e.source, QStringLiteral("server 127.0.0.1"));
        QCOMPARE(e.details.value(QLatin1String("createdBy")).toString(), QStringLiteral("dcr"));
        QCOMPARE(e.details.value(QLatin1String("applicationType")).toString(), QStringLiteral("native"));
        QCOMPARE(e.details.value(QLatin1String("applicationTypeDefaulted")).toBool(), true);
        QCOMPARE(e.details.value(QLatin1String("policy")).toString(), QStringLiteral("open"));
    }
    QVERIFY2(audited, "no client.registered event for the new client");
}

void TestRegistration::registerConfidentialWebClient()
{
    const Reply reply = registerClient(confidentialWeb());
    QVERIFY2(reply.status == 201, qPrintable(describe(reply)));
    const QJsonObject info = reply.json();
    const QString clientId = info.value(QLatin1String("client_id")).toString();
    const QString secret = info.value(QLatin1String("client_secret")).toString();
    QCOMPARE(secret.size(), 43);
    QCOMPARE(info.value(QLatin1String("client_secret_expires_at")).toInteger(-1), 0);
    QCOMPARE(info.value(QLatin1String("application_type")).toString(), QStringLiteral("web"));
    // The requested scope is checked, not binding: the client may step up to any scope of the resources.
    const QString allScopes = info.value(QLatin1String("scope")).toString();
    QVERIFY2(allScopes.contains(QStringLiteral("application:write")), qPrintable(allScopes));
    QCOMPARE(info.value(QLatin1String("software_id")).toString(), QStringLiteral("example-web"));
    QCOMPARE(info.value(QLatin1String("contacts")).toArray(), QJsonArray{QStringLiteral("ops@example.com")});
    // An unknown field comes back as sent, and decides nothing.
    QCOMPARE(info.value(QLatin1String("x_vendor_extension")).toObject().value(QLatin1String("tier")).toString(),
        QStringLiteral("gold"));

    auto app = store().applications().find(clientId);
    QVERIFY(app);
    QCOMPARE(app->clientType, ClientType::Confidential);
    QCOMPARE(app->authMethod, TokenEndpointAuthMethod::ClientSecretBasic);
    QCOMPARE(app->redirectUris, QStringList{kWebRedirect});
    QCOMPARE(app->allowedScopes.join(QLatin1Char(' ')), allScopes);
    QCOMPARE(app->createdBy, CreatedBy::Dcr);
    QVERIFY(store().applications().verifySecret(clientId, secret));
    QVERIFY(!store().applications().verifySecret(clientId, secret.left(42)));
    bool audited = false;
    for (const AuditEvent& e : events(QStringLiteral("client.registered"))) {
        if (e.targetId == app->id) {
            audited = true;
            QCOMPARE(e.details.value(QLatin1String("requestedScope")).toString(),
                QStringLiteral("application:read token:read"));
        }
    }
    QVERIFY(audited);

    // The same metadata without token_endpoint_auth_method: RFC 7591's default, client_secret_basic.
    QJsonObject defaulted = confidentialWeb();
    defaulted.remove(QStringLiteral("token_endpoint_auth_method"));
    const Reply second = registerClient(defaulted);
    QVERIFY2(second.status == 201, qPrintable(describe(second)));
    QCOMPARE(second.json().value(QLatin1String("token_endpoint_auth_method")).toString(),
        QStringLiteral("client_secret_basic"));
    QVERIFY(second.json().contains(QLatin1String("client_secret")));
}

void TestRegistration::webClientOnLoopbackIsAccepted()
{
    // Decided in ClientMetadata.h: OpenID Connect bans localhost for web clients only with the implicit
    // grant, which this server does not have; a browser app served from this machine needs it.
    QJsonObject body = publicNative();
    body.insert(QStringLiteral("application_type"), QStringLiteral("web"));
    body.insert(QStringLiteral("redirect_uris"), QJsonArray{QStringLiteral("http://localhost:6274/oauth/callback")});
    const Reply reply = registerClient(body);
    QVERIFY2(reply.status == 201, qPrintable(describe(reply)));
    QCOMPARE(reply.json().value(QLatin1String("application_type")).toString(), QStringLiteral("web"));
}

void TestRegistration::readUpdateDelete()
{
    const Reply registered = registerClient(confidentialWeb());
    QVERIFY2(registered.status == 201, qPrintable(describe(registered)));
    const QJsonObject info = registered.json();
    const QString clientId = info.value(QLatin1String("client_id")).toString();
    const QString secret = info.value(QLatin1String("client_secret")).toString();
    const QString token = info.value(QLatin1String("registration_access_token")).toString();
    const QString appId = store().applications().find(clientId)->id;

    // Read: the same metadata, the token the client presented, never the secret.
    const Reply read = m_http.get(clientUri(clientId), {{"Authorization", bearer(token)}});
    QVERIFY2(read.status == 200, qPrintable(describe(read)));
    QVERIFY(read.header("cache-control").contains("no-store"));
    QJsonObject expected = info;
    expected.remove(QStringLiteral("client_secret"));
    QCOMPARE(read.json(), expected);

    // Update: replaces the metadata; what is left out is gone.
    QJsonObject update = confidentialWeb();
    update.insert(QStringLiteral("client_id"), clientId);
    update.insert(QStringLiteral("client_secret"), secret);
    update.insert(QStringLiteral("client_name"), QStringLiteral("Renamed web app"));
    update.insert(QStringLiteral("redirect_uris"),
        QJsonArray{kWebRedirect, QStringLiteral("https://app.example.com/other-callback")});
    update.remove(QStringLiteral("x_vendor_extension"));
    const Reply updated = m_http.send("PUT", clientUri(clientId), QJsonDocument(update).toJson(),
        {{"Authorization", bearer(token)}, {"Content-Type", "application/json"}});
    QVERIFY2(updated.status == 200, qPrintable(describe(updated)));
    QCOMPARE(updated.json().value(QLatin1String("client_name")).toString(), QStringLiteral("Renamed web app"));
    QVERIFY(!updated.json().contains(QLatin1String("x_vendor_extension")));
    QVERIFY(!updated.json().contains(QLatin1String("client_secret")));
    QCOMPARE(updated.json().value(QLatin1String("registration_access_token")).toString(), token);
    auto app = store().applications().find(clientId);
    QVERIFY(app);
    QCOMPARE(app->displayName, QStringLiteral("Renamed web app"));
    QCOMPARE(app->redirectUris.size(), 2);
    QVERIFY2(store().applications().verifySecret(clientId, secret), "an update keeps the secret");
    QVERIFY(store().applications().verifyRegistrationToken(clientId, token));
    const Reply reread = m_http.get(clientUri(clientId), {{"Authorization", bearer(token)}});
    QCOMPARE(reread.json().value(QLatin1String("redirect_uris")).toArray().size(), 2);
    QVERIFY(!reread.json().contains(QLatin1String("x_vendor_extension")));
    bool updateAudited = false;
    for (const AuditEvent& e : events(QStringLiteral("client.registration_updated")))
        updateAudited = updateAudited || (e.targetId == appId && e.actor == QStringLiteral("client:") + clientId);
    QVERIFY2(updateAudited, "no client.registration_updated event by the client");

    // Delete: gone, audited, and the token no longer opens anything.
    const Reply deleted = m_http.send("DELETE", clientUri(clientId), {}, {{"Authorization", bearer(token)}});
    QVERIFY2(deleted.status == 204, qPrintable(describe(deleted)));
    QVERIFY(deleted.body.isEmpty());
    auto gone = store().applications().find(clientId);
    QVERIFY(!gone);
    QCOMPARE(gone.error().code, ErrorCode::NotFound);
    bool deleteAudited = false;
    for (const AuditEvent& e : events(QStringLiteral("application.delete")))
        deleteAudited = deleteAudited || (e.targetId == appId && e.actor == QStringLiteral("client:") + clientId);
    QVERIFY2(deleteAudited, "no application.delete event by the client");
    EXPECT_REGISTRATION_ERROR(m_http.get(clientUri(clientId), {{"Authorization", bearer(token)}}), 401, "invalid_token",
        QStringLiteral("not valid"));
}

void TestRegistration::updateChecksWhatTheClientSends()
{
    const Reply registered = registerClient(confidentialWeb());
    QVERIFY2(registered.status == 201, qPrintable(describe(registered)));
    const QString clientId = registered.json().value(QLatin1String("client_id")).toString();
    const QString token = registered.json().value(QLatin1String("registration_access_token")).toString();
    const auto put = [&](const QJsonObject& body) {
        return m_http.send("PUT", clientUri(clientId), QJsonDocument(body).toJson(),
            {{"Authorization", bearer(token)}, {"Content-Type", "application/json"}});
    };
    QJsonObject base = confidentialWeb();
    base.insert(QStringLiteral("client_id"), clientId);

    QJsonObject otherId = base;
    otherId.insert(QStringLiteral("client_id"), QStringLiteral("someone-else"));
    EXPECT_REGISTRATION_ERROR(put(otherId), 400, "invalid_client_metadata", QStringLiteral("client_id"));
    QJsonObject noId = base;
    noId.remove(QStringLiteral("client_id"));
    EXPECT_REGISTRATION_ERROR(put(noId), 400, "invalid_client_metadata", QStringLiteral("client_id"));
    QJsonObject withToken = base;
    withToken.insert(QStringLiteral("registration_access_token"), token);
    EXPECT_REGISTRATION_ERROR(
        put(withToken), 400, "invalid_client_metadata", QStringLiteral("registration_access_token"));
    QJsonObject chosenSecret = base;
    chosenSecret.insert(QStringLiteral("client_secret"), QStringLiteral("my-own-secret"));
    EXPECT_REGISTRATION_ERROR(put(chosenSecret), 400, "invalid_client_metadata", QStringLiteral("client_secret"));
    QJsonObject badRedirect = base;
    badRedirect.insert(QStringLiteral("redirect_uris"), QJsonArray{QStringLiteral("http://evil.example/cb")});
    EXPECT_REGISTRATION_ERROR(put(badRedirect), 400, "invalid_redirect_uri", QStringLiteral("redirect_uris"));
    // Policy refusals and a wrong media type are 400 on an update too (RFC 7591 section 3.2.2).
    QJsonObject withClientCredentials = base;
    withClientCredentials.insert(QStringLiteral("grant_types"),
        QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("client_credentials")});
    EXPECT_REGISTRATION_ERROR(
        put(withClientCredentials), 400, "invalid_client_metadata", QStringLiteral("client_credentials"));
    EXPECT_REGISTRATION_ERROR(m_http.send("PUT", clientUri(clientId), QJsonDocument(base).toJson(),
                                  {{"Authorization", bearer(token)}, {"Content-Type", "text/plain"}}),
        400, "invalid_client_metadata", QStringLiteral("application/json"));
    // Nothing of the refused updates was kept.
    auto app = store().applications().find(clientId);
    QVERIFY(app);
    QCOMPARE(app->redirectUris, QStringList{kWebRedirect});

    // An administrator narrows the allowed scopes; the client's update does not widen them again.
    Application narrowed = *app;
    narrowed.allowedScopes = {QStringLiteral("token:read")};
    QVERIFY(store().applications().update(narrowed, AuditContext{QStringLiteral("test"), QStringLiteral("test")}));
    const Reply afterNarrowing = put(base);
    QVERIFY2(afterNarrowing.status == 200, qPrintable(describe(afterNarrowing)));
    QCOMPARE(afterNarrowing.json().value(QLatin1String("scope")).toString(), QStringLiteral("token:read"));
    QCOMPARE(store().applications().find(clientId)->allowedScopes, QStringList{QStringLiteral("token:read")});

    // Becoming a public client drops the secret; the answer then has none to show.
    QJsonObject toPublic = base;
    toPublic.insert(QStringLiteral("token_endpoint_auth_method"), QStringLiteral("none"));
    const Reply madePublic = put(toPublic);
    QVERIFY2(madePublic.status == 200, qPrintable(describe(madePublic)));
    QVERIFY(!madePublic.json().contains(QLatin1String("client_secret_expires_at")));
    QCOMPARE(store().applications().find(clientId)->clientType, ClientType::Public);
    // And a public client becoming confidential receives its first secret, once.
    const Reply madeConfidential = put(base);
    QVERIFY2(madeConfidential.status == 200, qPrintable(describe(madeConfidential)));
    const QString secret = madeConfidential.json().value(QLatin1String("client_secret")).toString();
    QCOMPARE(secret.size(), 43);
    QVERIFY(store().applications().verifySecret(clientId, secret));
}

void TestRegistration::wrongRegistrationTokenIsRefused()
{
    const Reply first = registerClient(publicNative());
    const Reply second = registerClient(publicNative());
    QVERIFY2(first.status == 201 && second.status == 201, qPrintable(describe(first) + describe(second)));
    const QString clientId = first.json().value(QLatin1String("client_id")).toString();
    const QString token = first.json().value(QLatin1String("registration_access_token")).toString();
    const QString otherToken = second.json().value(QLatin1String("registration_access_token")).toString();

    const QList<QPair<QString, QList<QPair<QByteArray, QByteArray>>>> attempts{
        {QStringLiteral("no token"), {}},
        {QStringLiteral("another client's token"), {{"Authorization", bearer(otherToken)}}},
        {QStringLiteral("a truncated token"), {{"Authorization", bearer(token.left(42))}}},
        {QStringLiteral("Basic instead of Bearer"), {{"Authorization", "Basic " + token.toUtf8()}}},
    };
    for (const auto& [what, headers] : attempts) {
        for (const QByteArray& method : {QByteArrayLiteral("GET"), QByteArrayLiteral("DELETE")}) {
            const Reply reply = m_http.send(method, clientUri(clientId), {}, headers);
            QVERIFY2(reply.status == 401, qPrintable(what + QLatin1Char(' ') + describe(reply)));
            QCOMPARE(reply.json().value(QLatin1String("error")).toString(), QStringLiteral("invalid_token"));
            QVERIFY2(reply.header("www-authenticate").startsWith("Bearer"), qPrintable(what));
        }
    }
    const Reply put = m_http.send("PUT", clientUri(clientId), QJsonDocument(publicNative()).toJson(),
        {{"Authorization", bearer(otherToken)}, {"Content-Type", "application/json"}});
    QCOMPARE(put.status, 401);
    // An unknown client gets the same answer as a wrong token.
    EXPECT_REGISTRATION_ERROR(
        m_http.get(clientUri(QStringLiteral("no-such-client")), {{"Authorization", bearer(token)}}), 401,
        "invalid_token", QStringLiteral("not valid"));
    QVERIFY2(store().applications().find(clientId), "refused deletions must not delete");

    bool audited = false;
    for (const AuditEvent& e : events(QStringLiteral("client.registration_refused"))) {
        if (e.targetId == clientId
            && e.details.value(QLatin1String("reason")).toString() == QLatin1String("registration_access_token"))
            audited = true;
    }
    QVERIFY2(audited, "refused management requests are audited");
}

void TestRegistration::notForApplicationsRegisteredOtherwise()
{
    // A console-made application (the demo's Claude Desktop) has no registration access token: no
    // token opens it, not even a valid one of another client.
    auto demo = store().applications().find(QStringLiteral("claude-desktop"));
    QVERIFY2(demo, qPrintable(demo ? QString() : demo.error().message));
    const Reply registered = registerClient(publicNative());
    const QString token = registered.json().value(QLatin1String("registration_access_token")).toString();
    for (const QByteArray& method : {QByteArrayLiteral("GET"), QByteArrayLiteral("DELETE")}) {
        const Reply reply = m_http.send(method, clientUri(demo->clientId), {}, {{"Authorization", bearer(token)}});
        QVERIFY2(reply.status == 401, qPrintable(describe(reply)));
    }
    QVERIFY(store().applications().find(demo->clientId));
}

void TestRegistration::validationRefusals_data()
{
    QTest::addColumn<QJsonObject>("body");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("keyword");

    const auto with = [](const QString& key, const QJsonValue& value) {
        QJsonObject body = publicNative();
        body.insert(key, value);
        return body;
    };
    const QString badRedirect = QStringLiteral("invalid_redirect_uri");
    const QString badMetadata = QStringLiteral("invalid_client_metadata");
    const QString redirects = QStringLiteral("redirect_uris");

    QTest::newRow("http on a non-loopback host")
        << with(redirects, QJsonArray{QStringLiteral("http://app.example.com/callback")}) << badRedirect << redirects
        << QStringLiteral("http is allowed only for loopback");
    QTest::newRow("fragment") << with(redirects, QJsonArray{QStringLiteral("http://127.0.0.1/callback#frag")})
                              << badRedirect << redirects << QStringLiteral("fragment");
    QTest::newRow("javascript scheme") << with(
        redirects, QJsonArray{QStringLiteral("javascript:alert(document.cookie)")})
                                       << badRedirect << redirects << QStringLiteral("javascript");
    QJsonObject webCustom = with(redirects, QJsonArray{QStringLiteral("cursor://anysphere.cursor-retrieval/cb")});
    webCustom.insert(QStringLiteral("application_type"), QStringLiteral("web"));
    QTest::newRow("custom scheme for a web client")
        << webCustom << badRedirect << redirects << QStringLiteral("application_type is web");
    QJsonObject missing = publicNative();
    missing.remove(redirects);
    QTest::newRow("missing redirect_uris") << missing << badRedirect << redirects << QStringLiteral("required");
    QTest::newRow("unknown scope") << with(QStringLiteral("scope"), QStringLiteral("application:read payroll:write"))
                                   << badMetadata << QStringLiteral("scope") << QStringLiteral("payroll:write");
    QTest::newRow("authorization_code without code")
        << with(QStringLiteral("response_types"), QJsonArray()) << badMetadata << QStringLiteral("response_types")
        << QStringLiteral("authorization_code");
    QJsonObject codeWithoutGrant = publicNative();
    codeWithoutGrant.insert(QStringLiteral("grant_types"), QJsonArray{QStringLiteral("client_credentials")});
    codeWithoutGrant.insert(QStringLiteral("token_endpoint_auth_method"), QStringLiteral("client_secret_basic"));
    QTest::newRow("code without authorization_code")
        << codeWithoutGrant << badMetadata << QStringLiteral("grant_types") << QStringLiteral("response_types");
    QTest::newRow("client_credentials for a public client")
        << with(QStringLiteral("grant_types"),
               QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("client_credentials")})
        << badMetadata << QStringLiteral("grant_types") << QStringLiteral("confidential");
    QTest::newRow("implicit grant") << with(QStringLiteral("grant_types"), QJsonArray{QStringLiteral("implicit")})
                                    << badMetadata << QStringLiteral("grant_types") << QStringLiteral("not supported");
    QTest::newRow("unsupported auth method")
        << with(QStringLiteral("token_endpoint_auth_method"), QStringLiteral("private_key_jwt")) << badMetadata
        << QStringLiteral("token_endpoint_auth_method") << QStringLiteral("private_key_jwt");
    QTest::newRow("client_uri over http") << with(QStringLiteral("client_uri"), QStringLiteral("http://example.com"))
                                          << badMetadata << QStringLiteral("client_uri") << QStringLiteral("https");
}

void TestRegistration::validationRefusals()
{
    QFETCH(QJsonObject, body);
    QFETCH(QString, error);
    QFETCH(QString, field);
    QFETCH(QString, keyword);
    const qsizetype applicationsBefore = store().applications().list()->size();
    const Reply reply = registerClient(body);
    QVERIFY2(reply.status == 400, qPrintable(describe(reply)));
    QCOMPARE(reply.json().value(QLatin1String("error")).toString(), error);
    const QString description = reply.json().value(QLatin1String("error_description")).toString();
    QVERIFY2(description.contains(field), qPrintable(description));
    QVERIFY2(description.contains(keyword), qPrintable(description));
    QCOMPARE(store().applications().list()->size(), applicationsBefore);

    const QList<AuditEvent> refused = events(QStringLiteral("client.registration_refused"));
    QVERIFY(!refused.isEmpty());
    const AuditEvent& last = refused.first();
    QCOMPARE(last.outcome, AuditOutcome::Denied);
    QCOMPARE(last.details.value(QLatin1String("reason")).toString(), QStringLiteral("invalid_metadata"));
    QCOMPARE(last.details.value(QLatin1String("field")).toString(), field);
    QCOMPARE(last.details.value(QLatin1String("error")).toString(), error);
}

void TestRegistration::wrongContentTypeIs400_data()
{
    QTest::addColumn<QByteArray>("contentType");
    QTest::newRow("form") << QByteArray("application/x-www-form-urlencoded");
    QTest::newRow("text") << QByteArray("text/plain");
    QTest::newRow("none") << QByteArray();
}

void TestRegistration::wrongContentTypeIs400()
{
    QFETCH(QByteArray, contentType);
    QList<QPair<QByteArray, QByteArray>> headers;
    if (!contentType.isEmpty())
        headers.append({"Content-Type", contentType});
    const Reply reply = m_http.send(
        "POST", QUrl(m_server->url(QStringLiteral("/register"))), QJsonDocument(publicNative()).toJson(), headers);
    EXPECT_REGISTRATION_ERROR(reply, 400, "invalid_client_metadata", QStringLiteral("application/json"));
    QCOMPARE(
        events(QStringLiteral("client.registration_refused")).first().details.value(QLatin1String("reason")).toString(),
        QStringLiteral("content_type"));
}

void TestRegistration::malformedJsonIs400_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("keyword");
    QTest::newRow("broken") << QByteArray("{\"redirect_uris\": [\"http://127.0.0.1/cb\"")
                            << QStringLiteral("not valid JSON");
    QTest::newRow("empty") << QByteArray() << QStringLiteral("not valid JSON");
    QTest::newRow("array") << QByteArray("[{\"client_name\": \"x\"}]") << QStringLiteral("JSON object");
    // Qt 6.4 refuses a bare value at the top level as invalid JSON; either way the answer says JSON.
    QTest::newRow("string") << QByteArray("\"hello\"") << QStringLiteral("JSON");
}

void TestRegistration::malformedJsonIs400()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, keyword);
    const Reply reply = m_http.send("POST", QUrl(m_server->url(QStringLiteral("/register"))), body,
        {{"Content-Type", "application/json; charset=utf-8"}});
    EXPECT_REGISTRATION_ERROR(reply, 400, "invalid_client_metadata", keyword);
    QCOMPARE(
        events(QStringLiteral("client.registration_refused")).first().details.value(QLatin1String("reason")).toString(),
        QStringLiteral("malformed_json"));
}

void TestRegistration::bodyOverOneMebibyteIs413()
{
    QJsonObject body = publicNative();
    body.insert(QStringLiteral("x_padding"), QString(1024 * 1024, QLatin1Char('x')));
    const qsizetype applicationsBefore = store().applications().list()->size();
    const Reply reply = registerClient(body);
    QVERIFY2(reply.status == 413, qPrintable(describe(reply)));
    QCOMPARE(store().applications().list()->size(), applicationsBefore);
}

void TestRegistration::openPolicy()
{
    setPolicy(RegistrationMode::Open);
    // Anyone, with or without an Authorization header it does not need.
    QCOMPARE(registerClient(publicNative()).status, 201);
    QCOMPARE(registerClient(publicNative(), {{"Authorization", "Bearer whatever"}}).status, 201);
}

void TestRegistration::openRestrictedPolicy()
{
    setPolicy(RegistrationMode::OpenRestricted,
        {QStringLiteral("http://127.0.0.1/callback"), QStringLiteral("https://*.example.com/callback")});
    const auto withRedirects = [](const QStringList& uris) {
        QJsonObject body = publicNative();
        body.insert(QStringLiteral("redirect_uris"), QJsonArray::fromStringList(uris));
        return body;
    };
    for (const QStringList& allowed : {QStringList{QStringLiteral("http://127.0.0.1:43210/callback")},
             QStringList{
                 QStringLiteral("http://127.0.0.1/callback"), QStringLiteral("https://app.example.com/callback")}}) {
        const Reply reply = registerClient(withRedirects(allowed));
        QVERIFY2(reply.status == 201, qPrintable(allowed.join(QLatin1Char(' ')) + describe(reply)));
    }
    for (const QStringList& refused : {QStringList{QStringLiteral("http://localhost:43210/callback")},
             QStringList{QStringLiteral("http://127.0.0.1/callback"), QStringLiteral("https://evil.test/callback")},
             QStringList{QStringLiteral("https://example.com/callback")},
             QStringList{QStringLiteral("https://app.example.com/callback/extra")}}) {
        const Reply reply = registerClient(withRedirects(refused));
        EXPECT_REGISTRATION_ERROR(reply, 400, "invalid_redirect_uri", QStringLiteral("open-restricted"));
        const AuditEvent last = events(QStringLiteral("client.registration_refused")).first();
        QCOMPARE(last.details.value(QLatin1String("reason")).toString(), QStringLiteral("policy"));
        QCOMPARE(last.targetId, organizationId());
    }
}

void TestRegistration::adminPolicy()
{
    setPolicy(RegistrationMode::Admin);
    const auto registerWith = [&](const QByteArray& authorization) {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (!authorization.isEmpty())
            headers.append({"Authorization", authorization});
        return registerClient(publicNative(), headers);
    };
    const qsizetype refusedBefore = events(QStringLiteral("client.registration_refused")).size();

    const Reply none = registerWith({});
    EXPECT_REGISTRATION_ERROR(none, 401, "invalid_token", QStringLiteral("initial access token"));
    QCOMPARE(none.header("www-authenticate"), QByteArray("Bearer"));
    const Reply wrong = registerWith(bearer(QStringLiteral("not-a-token-we-issued")));
    EXPECT_REGISTRATION_ERROR(wrong, 401, "invalid_token", QStringLiteral("not one this server issued"));
    QCOMPARE(wrong.header("www-authenticate"), QByteArray("Bearer error=\"invalid_token\""));

    QString expiredId;
    const QString expired = issueInitialToken(3600 * 1000, &expiredId);
    QVERIFY(!expired.isEmpty());
    // Let it run out without waiting: its expiry moves into the past.
    QVERIFY(store().database().exec(QStringLiteral("UPDATE initial_access_tokens SET expires_at = ? WHERE id = ?"),
        {QDateTime::currentMSecsSinceEpoch() - 1000, expiredId}));
    EXPECT_REGISTRATION_ERROR(registerWith(bearer(expired)), 401, "invalid_token", QStringLiteral("expired"));

    QString revokedId;
    const QString revoked = issueInitialToken(3600 * 1000, &revokedId);
    QVERIFY(
        store().initialAccessTokens().revoke(revokedId, AuditContext{QStringLiteral("test"), QStringLiteral("test")}));
    EXPECT_REGISTRATION_ERROR(registerWith(bearer(revoked)), 401, "invalid_token", QStringLiteral("revoked"));

    // A token of another organization opens nothing here.
    auto other = store().organizations().create(Organization{{}, QStringLiteral("other-org"), {}, 0},
        AuditContext{QStringLiteral("test"), QStringLiteral("test")});
    QVERIFY(other);
    auto foreign = store().initialAccessTokens().create(other->id, QDateTime::currentMSecsSinceEpoch() + 3600 * 1000,
        AuditContext{QStringLiteral("test"), QStringLiteral("test")});
    QVERIFY(foreign);
    EXPECT_REGISTRATION_ERROR(
        registerWith(bearer(foreign->value)), 401, "invalid_token", QStringLiteral("another organization"));

    const QList<AuditEvent> refused = events(QStringLiteral("client.registration_refused"));
    QCOMPARE(refused.size() - refusedBefore, 5);
    for (qsizetype i = 0; i < 5; ++i)
        QCOMPARE(
            refused.at(i).details.value(QLatin1String("reason")).toString(), QStringLiteral("initial_access_token"));

    QString goodId;
    const QString good = issueInitialToken(3600 * 1000, &goodId);
    const Reply accepted = registerWith(bearer(good));
    QVERIFY2(accepted.status == 201, qPrintable(describe(accepted)));
    auto app = store().applications().find(accepted.json().value(QLatin1String("client_id")).toString());
    QVERIFY(app);
    bool audited = false;
    for (const AuditEvent& e : events(QStringLiteral("client.registered"))) {
        if (e.targetId == app->id) {
            audited = true;
            QCOMPARE(e.actor, QStringLiteral("initial-token:") + goodId);
            QCOMPARE(e.details.value(QLatin1String("initialAccessToken")).toString(), goodId);
            QCOMPARE(e.details.value(QLatin1String("policy")).toString(), QStringLiteral("admin"));
        }
    }
    QVERIFY(audited);
    // The token may register several clients until it expires or is revoked.
    QCOMPARE(registerWith(bearer(good)).status, 201);
}

void TestRegistration::clientCredentialsOnlyWithInitialAccessToken()
{
    QJsonObject service{{QStringLiteral("client_name"), QStringLiteral("Nightly job")},
        {QStringLiteral("grant_types"), QJsonArray{QStringLiteral("client_credentials")}},
        {QStringLiteral("token_endpoint_auth_method"), QStringLiteral("client_secret_post")},
        {QStringLiteral("scope"), QStringLiteral("audit:read")}};
    // Anyone could otherwise mint tokens without a user.
    for (RegistrationMode mode : {RegistrationMode::Open, RegistrationMode::OpenRestricted}) {
        setPolicy(mode, mode == RegistrationMode::OpenRestricted ? QStringList{kLoopbackRedirect} : QStringList());
        EXPECT_REGISTRATION_ERROR(
            registerClient(service), 400, "invalid_client_metadata", QStringLiteral("client_credentials"));
    }
    setPolicy(RegistrationMode::Admin);
    const Reply reply = registerClient(service, {{"Authorization", bearer(issueInitialToken(3600 * 1000))}});
    QVERIFY2(reply.status == 201, qPrintable(describe(reply)));
    QCOMPARE(reply.json().value(QLatin1String("response_types")).toArray(), QJsonArray());
    QCOMPARE(reply.json().value(QLatin1String("application_type")).toString(), QStringLiteral("web"));
    auto app = store().applications().find(reply.json().value(QLatin1String("client_id")).toString());
    QVERIFY(app);
    QCOMPARE(app->grantTypes, QList<GrantType>{GrantType::ClientCredentials});
    QVERIFY(app->redirectUris.isEmpty());
}

void TestRegistration::rateLimitPerSourceAddress()
{
    QString why;
    ServerSettings settings;
    settings.registrationsPerMinute = 3;
    auto limited = startServer(&why, settings);
    QVERIFY2(limited, qPrintable(why));
    const QUrl url(limited->url(QStringLiteral("/register")));
    // Every attempt counts, refused ones too; loopback is not exempt.
    const Reply first = m_http.postJson(url, publicNative());
    QCOMPARE(first.status, 201);
    QCOMPARE(m_http.send("POST", url, "{", {{"Content-Type", "application/json"}}).status, 400);
    QCOMPARE(m_http.postJson(url, publicNative()).status, 201);
    for (int i = 0; i < 2; ++i) {
        const Reply reply = m_http.postJson(url, publicNative());
        EXPECT_REGISTRATION_ERROR(reply, 429, "invalid_client_metadata", QStringLiteral("Too many registrations"));
        bool ok = false;
        const int retryAfter = reply.header("retry-after").toInt(&ok);
        QVERIFY2(ok && retryAfter >= 1 && retryAfter <= 20, reply.header("retry-after").constData());
    }
    // Registering is limited, managing a registration (which needs its token) is not.
    const Reply read = m_http.get(QUrl(first.json().value(QLatin1String("registration_client_uri")).toString()),
        {{"Authorization", bearer(first.json().value(QLatin1String("registration_access_token")).toString())}});
    QVERIFY2(read.status == 200, qPrintable(describe(read)));
    limited->server->context().audit.flush();
    AuditFilter filter;
    filter.action = QStringLiteral("client.registration_refused");
    auto refused = limited->store->audit().list(filter);
    QVERIFY(refused);
    qsizetype rateLimited = 0;
    for (const AuditEvent& e : *refused) {
        if (e.details.value(QLatin1String("reason")).toString() == QLatin1String("rate_limited"))
            ++rateLimited;
    }
    QCOMPARE(rateLimited, 1); // once per burst, not once per request
    filter.action = QStringLiteral("client.registered");
    QCOMPARE(limited->store->audit().count(filter).value(), 2);
}

void TestRegistration::secretsAndTokensNeverInClear()
{
    setPolicy(RegistrationMode::Admin);
    const QString initialToken = issueInitialToken(3600 * 1000);
    const Reply reply = registerClient(confidentialWeb(), {{"Authorization", bearer(initialToken)}});
    QVERIFY2(reply.status == 201, qPrintable(describe(reply)));
    const QString secret = reply.json().value(QLatin1String("client_secret")).toString();
    const QString registrationToken = reply.json().value(QLatin1String("registration_access_token")).toString();
    QVERIFY(!secret.isEmpty() && !registrationToken.isEmpty());
    // A refused attempt with a wrong token, which must not be recorded either.
    const QString wrongToken = QStringLiteral("wrong-initial-token-") + SecureRandom::token(16);
    QCOMPARE(registerClient(publicNative(), {{"Authorization", bearer(wrongToken)}}).status, 401);
    const QString clientId = reply.json().value(QLatin1String("client_id")).toString();
    QCOMPARE(m_http.get(clientUri(clientId), {{"Authorization", bearer(wrongToken)}}).status, 401);
    m_server->server->context().audit.flush();

    const QList<std::pair<const char*, QByteArray>> values{{"client secret", secret.toUtf8()},
        {"registration access token", registrationToken.toUtf8()}, {"initial access token", initialToken.toUtf8()},
        {"wrong token", wrongToken.toUtf8()}};
    // Every file of the SQLite store: the write-ahead log holds the newest pages.
    const QString file = m_server->dir.filePath(QStringLiteral("store.sqlite"));
    int filesRead = 0;
    for (const QString& path : QStringList{file, file + QStringLiteral("-wal"), file + QStringLiteral("-shm")}) {
        QFile f(path);
        if (!f.exists())
            continue;
        QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(path));
        const QByteArray bytes = f.readAll();
        ++filesRead;
        for (const auto& [what, value] : values)
            QVERIFY2(
                !bytes.contains(value), qPrintable(QStringLiteral("the %1 is in %2").arg(QLatin1String(what), path)));
    }
    QVERIFY(filesRead >= 2);
    QByteArray audit;
    QVERIFY(store().audit().forEach({}, [&audit](const AuditEvent& e) {
        audit += e.actor.toUtf8() + e.action.toUtf8() + e.source.toUtf8() + e.targetId.toUtf8()
            + QJsonDocument(e.details).toJson();
    }));
    QVERIFY(audit.contains("client.registered"));
    for (const auto& [what, value] : values)
        QVERIFY2(!audit.contains(value), what);
}

QTEST_GUILESS_MAIN(TestRegistration)
#include "tst_registration.moc"
