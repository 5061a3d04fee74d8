// ClientMetadata: RFC 7591 client metadata checked and completed the way the registration endpoint
// does it, without a server (tst_registration covers the same rules over HTTP).
#include "oauth/ClientMetadata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace mcpauth;

namespace {

const QStringList kKnownScopes{
    QStringLiteral("application:read"), QStringLiteral("application:write"), QStringLiteral("token:read")};

QJsonObject object(const char* json)
{
    return QJsonDocument::fromJson(QByteArray(json)).object();
}

} // namespace

class TestClientMetadata : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mcpClientIsNativeAndPublic();
    void defaultsFollowRfc7591();
    void applicationTypeDefault_data();
    void applicationTypeDefault();
    void webClientMayUseLoopback();
    void clientCredentialsOnly();
    void unknownFieldsAreKeptServerFieldsAreNot();
    void requestedScopesAreCheckedNotBinding();
    void applyToSetsTheApplication();
    void refusals_data();
    void refusals();
    void oversizedMetadataIsRefused();
};

void TestClientMetadata::mcpClientIsNativeAndPublic()
{
    // What the MCP TypeScript SDK and mcp-remote send.
    auto parsed = ClientMetadata::parse(object(R"({"client_name": "MCP CLI Client",
        "redirect_uris": ["http://localhost:3334/oauth/callback"], "grant_types": ["authorization_code", "refresh_token"],
        "response_types": ["code"], "token_endpoint_auth_method": "none", "software_id": "mcp-remote",
        "software_version": "0.1.38", "client_uri": "https://github.com/modelcontextprotocol/mcp-cli"})"),
        kKnownScopes);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(parsed->applicationType, ClientMetadata::ApplicationType::Native);
    QVERIFY(parsed->applicationTypeDefaulted);
    QVERIFY(!parsed->isConfidential());
    QCOMPARE(parsed->grantTypes, (QList<GrantType>{GrantType::AuthorizationCode, GrantType::RefreshToken}));
    QCOMPARE(parsed->scopes, kKnownScopes);
    QCOMPARE(parsed->json.value(QStringLiteral("application_type")).toString(), QStringLiteral("native"));
    QCOMPARE(parsed->json.value(QStringLiteral("scope")).toString(), kKnownScopes.join(QLatin1Char(' ')));
    QCOMPARE(parsed->json.value(QStringLiteral("software_id")).toString(), QStringLiteral("mcp-remote"));
}

void TestClientMetadata::defaultsFollowRfc7591()
{
    auto parsed = ClientMetadata::parse(object(R"({"redirect_uris": ["https://app.example.com/cb"]})"), kKnownScopes);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(parsed->authMethod, TokenEndpointAuthMethod::ClientSecretBasic);
    QVERIFY(parsed->isConfidential());
    QCOMPARE(parsed->grantTypes, QList<GrantType>{GrantType::AuthorizationCode});
    QCOMPARE(parsed->json.value(QStringLiteral("response_types")).toArray(), QJsonArray{QStringLiteral("code")});
    QCOMPARE(parsed->json.value(QStringLiteral("token_endpoint_auth_method")).toString(),
        QStringLiteral("client_secret_basic"));
    QCOMPARE(parsed->applicationType, ClientMetadata::ApplicationType::Web);
}

void TestClientMetadata::applicationTypeDefault_data()
{
    QTest::addColumn<QStringList>("redirectUris");
    QTest::addColumn<bool>("native");
    QTest::newRow("loopback") << QStringList{QStringLiteral("http://127.0.0.1:5555/cb")} << true;
    QTest::newRow("private-use") << QStringList{QStringLiteral("cursor://anysphere.cursor-retrieval/oauth/callback")}
                                 << true;
    QTest::newRow("loopback and private-use")
        << QStringList{QStringLiteral("http://localhost/cb"), QStringLiteral("myapp:/cb")} << true;
    QTest::newRow("https") << QStringList{QStringLiteral("https://app.example.com/cb")} << false;
    QTest::newRow("loopback and https") << QStringList{QStringLiteral("http://localhost/cb"),
        QStringLiteral("https://app.example.com/cb")}
                                        << false;
}

void TestClientMetadata::applicationTypeDefault()
{
    QFETCH(QStringList, redirectUris);
    QFETCH(bool, native);
    const QJsonObject request{{QStringLiteral("redirect_uris"), QJsonArray::fromStringList(redirectUris)},
        {QStringLiteral("token_endpoint_auth_method"), QStringLiteral("none")}};
    auto parsed = ClientMetadata::parse(request, kKnownScopes);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QVERIFY(parsed->applicationTypeDefaulted);
    QCOMPARE(parsed->applicationType == ClientMetadata::ApplicationType::Native, native);
    QCOMPARE(parsed->json.value(QStringLiteral("application_type")).toString(),
        native ? QStringLiteral("native") : QStringLiteral("web"));
}

void TestClientMetadata::webClientMayUseLoopback()
{
    // MCP Inspector's web UI on this machine: a web client on loopback http (see ClientMetadata.h).
    auto parsed = ClientMetadata::parse(object(R"({"application_type": "web", "token_endpoint_auth_method": "none",
        "redirect_uris": ["http://localhost:6274/oauth/callback"]})"),
        kKnownScopes);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(parsed->applicationType, ClientMetadata::ApplicationType::Web);
    QVERIFY(!parsed->applicationTypeDefaulted);
}

void TestClientMetadata::clientCredentialsOnly()
{
    auto parsed = ClientMetadata::parse(
        object(R"({"grant_types": ["client_credentials"], "token_endpoint_auth_method": "client_secret_post"})"),
        kKnownScopes);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(parsed->json.value(QStringLiteral("response_types")).toArray(), QJsonArray());
    QCOMPARE(parsed->applicationType, ClientMetadata::ApplicationType::Web);
    QVERIFY(parsed->redirectUris.isEmpty());
    QVERIFY(!parsed->json.contains(QStringLiteral("redirect_uris")));
}

void TestClientMetadata::unknownFieldsAreKeptServerFieldsAreNot()
{
    auto parsed = ClientMetadata::parse(object(R"({"redirect_uris": ["http://127.0.0.1/cb"],
        "token_endpoint_auth_method": "none", "x_vendor": {"nested": [1, 2]}, "client_id": "chosen-by-client",
        "client_secret": "chosen", "registration_access_token": "chosen", "logo_uri": null})"),
        kKnownScopes);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(parsed->json.value(QStringLiteral("x_vendor")).toObject(), object(R"({"nested": [1, 2]})"));
    for (const QString& field : ClientMetadata::serverAssignedFields())
        QVERIFY2(!parsed->json.contains(field), qPrintable(field));
    QVERIFY(!parsed->json.contains(QStringLiteral("logo_uri")));
}

void TestClientMetadata::requestedScopesAreCheckedNotBinding()
{
    auto parsed = ClientMetadata::parse(object(R"({"redirect_uris": ["http://127.0.0.1/cb"],
        "token_endpoint_auth_method": "none", "scope": "token:read  application:read token:read"})"),
        kKnownScopes);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    QCOMPARE(parsed->requestedScopes, (QStringList{QStringLiteral("token:read"), QStringLiteral("application:read")}));
    // A client that registered with its first challenge's scope may step up later.
    QCOMPARE(parsed->scopes, kKnownScopes);
    QCOMPARE(parsed->json.value(QStringLiteral("scope")).toString(), kKnownScopes.join(QLatin1Char(' ')));

    auto none = ClientMetadata::parse(
        object(R"({"redirect_uris": ["http://127.0.0.1/cb"], "token_endpoint_auth_method": "none"})"), {});
    QVERIFY(none);
    QVERIFY(none->scopes.isEmpty());
    QVERIFY(none->requestedScopes.isEmpty());
    QVERIFY(!none->json.contains(QStringLiteral("scope")));
}

void TestClientMetadata::applyToSetsTheApplication()
{
    auto parsed = ClientMetadata::parse(object(R"({"redirect_uris": ["https://app.example.com/cb"],
        "client_name": "Example", "token_endpoint_auth_method": "client_secret_post",
        "grant_types": ["authorization_code", "client_credentials"], "scope": "application:read"})"),
        kKnownScopes);
    QVERIFY2(parsed, qPrintable(parsed ? QString() : parsed.error().message));
    Application app;
    app.pkceRequired = false;
    app.allowedScopes = {QStringLiteral("token:read")};
    parsed->applyTo(app);
    QCOMPARE(app.clientType, ClientType::Confidential);
    QCOMPARE(app.authMethod, TokenEndpointAuthMethod::ClientSecretPost);
    QCOMPARE(app.grantTypes, (QList<GrantType>{GrantType::AuthorizationCode, GrantType::ClientCredentials}));
    QCOMPARE(app.redirectUris, QStringList{QStringLiteral("https://app.example.com/cb")});
    QCOMPARE(app.displayName, QStringLiteral("Example"));
    QCOMPARE(app.allowedScopes, QStringList{QStringLiteral("token:read")}); // the server's to set
    QVERIFY(app.pkceRequired);
}

void TestClientMetadata::refusals_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("keyword"); // in the message

    const QString badRedirect = QStringLiteral("invalid_redirect_uri");
    const QString badMetadata = QStringLiteral("invalid_client_metadata");
    const QString redirects = QStringLiteral("redirect_uris");
    const QString grants = QStringLiteral("grant_types");

    QTest::newRow("http on another host")
        << QByteArray(R"({"token_endpoint_auth_method": "none", "redirect_uris": ["http://evil.example/cb"]})")
        << redirects << badRedirect << QStringLiteral("loopback");
    QTest::newRow("fragment") << QByteArray(
        R"({"token_endpoint_auth_method": "none", "redirect_uris": ["http://127.0.0.1/cb#x"]})")
                              << redirects << badRedirect << QStringLiteral("fragment");
    QTest::newRow("javascript") << QByteArray(
        R"j({"token_endpoint_auth_method": "none", "redirect_uris": ["javascript:alert(1)"]})j")
                                << redirects << badRedirect << QStringLiteral("javascript");
    QTest::newRow("web with a private-use scheme")
        << QByteArray(R"({"application_type": "web", "token_endpoint_auth_method": "none",
            "redirect_uris": ["cursor://anysphere.cursor-retrieval/oauth/callback"]})")
        << redirects << badRedirect << QStringLiteral("application_type is web");
    QTest::newRow("confidential with a private-use scheme")
        << QByteArray(R"({"application_type": "native", "redirect_uris": ["myapp:/cb"]})") << redirects << badRedirect
        << QStringLiteral("confidential");
    QTest::newRow("missing redirect_uris") << QByteArray(R"({"token_endpoint_auth_method": "none"})") << redirects
                                           << badRedirect << QStringLiteral("required");
    QTest::newRow("redirect_uris not an array") << QByteArray(R"({"redirect_uris": "http://127.0.0.1/cb"})")
                                                << redirects << badRedirect << QStringLiteral("array");
    QTest::newRow("duplicate redirect URI") << QByteArray(R"({"token_endpoint_auth_method": "none",
            "redirect_uris": ["http://127.0.0.1/cb", "http://127.0.0.1/cb"]})")
                                            << redirects << badRedirect << QStringLiteral("twice");
    QTest::newRow("unknown scope") << QByteArray(
        R"({"token_endpoint_auth_method": "none", "redirect_uris": ["http://127.0.0.1/cb"],
            "scope": "application:read admin:everything"})")
                                   << QStringLiteral("scope") << badMetadata << QStringLiteral("admin:everything");
    QTest::newRow("authorization_code without code")
        << QByteArray(R"({"token_endpoint_auth_method": "none", "redirect_uris": ["http://127.0.0.1/cb"],
            "response_types": []})")
        << QStringLiteral("response_types") << badMetadata << QStringLiteral("authorization_code");
    QTest::newRow("code without authorization_code")
        << QByteArray(R"({"grant_types": ["client_credentials"], "response_types": ["code"]})") << grants << badMetadata
        << QStringLiteral("response_types");
    QTest::newRow("implicit response type")
        << QByteArray(R"({"token_endpoint_auth_method": "none", "redirect_uris": ["http://127.0.0.1/cb"],
            "response_types": ["token"]})")
        << QStringLiteral("response_types") << badMetadata << QStringLiteral("not supported");
    QTest::newRow("password grant") << QByteArray(R"({"grant_types": ["password"]})") << grants << badMetadata
                                    << QStringLiteral("password");
    QTest::newRow("refresh_token alone") << QByteArray(R"({"grant_types": ["refresh_token"], "response_types": []})")
                                         << grants << badMetadata << QStringLiteral("refresh_token");
    QTest::newRow("client_credentials for a public client")
        << QByteArray(R"({"grant_types": ["client_credentials"], "token_endpoint_auth_method": "none"})") << grants
        << badMetadata << QStringLiteral("confidential");
    QTest::newRow("private_key_jwt") << QByteArray(
        R"({"redirect_uris": ["https://app.example.com/cb"], "token_endpoint_auth_method": "private_key_jwt"})")
                                     << QStringLiteral("token_endpoint_auth_method") << badMetadata
                                     << QStringLiteral("client_secret_basic");
    QTest::newRow("unknown application_type")
        << QByteArray(R"({"redirect_uris": ["https://app.example.com/cb"], "application_type": "desktop"})")
        << QStringLiteral("application_type") << badMetadata << QStringLiteral("native");
    QTest::newRow("client_name not a string")
        << QByteArray(R"({"redirect_uris": ["https://app.example.com/cb"], "client_name": 42})")
        << QStringLiteral("client_name") << badMetadata << QStringLiteral("a number");
    QTest::newRow("client_name with a control character")
        << QByteArray("{\"redirect_uris\": [\"https://app.example.com/cb\"], \"client_name\": \"a\\u0007b\"}")
        << QStringLiteral("client_name") << badMetadata << QStringLiteral("control");
    QTest::newRow("client_uri over plain http")
        << QByteArray(R"({"redirect_uris": ["https://app.example.com/cb"], "client_uri": "http://example.com"})")
        << QStringLiteral("client_uri") << badMetadata << QStringLiteral("https");
    QTest::newRow("logo_uri javascript") << QByteArray(
        R"j({"redirect_uris": ["https://app.example.com/cb"], "logo_uri": "javascript:alert(1)"})j")
                                         << QStringLiteral("logo_uri") << badMetadata << QStringLiteral("https");
    QTest::newRow("contacts not strings")
        << QByteArray(R"({"redirect_uris": ["https://app.example.com/cb"], "contacts": [1]})")
        << QStringLiteral("contacts") << badMetadata << QStringLiteral("entry 1");
}

void TestClientMetadata::refusals()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, field);
    QFETCH(QString, error);
    QFETCH(QString, keyword);
    const QJsonDocument document = QJsonDocument::fromJson(json);
    QVERIFY2(document.isObject(), json.constData());
    auto parsed = ClientMetadata::parse(document.object(), kKnownScopes);
    QVERIFY2(!parsed, "accepted");
    QCOMPARE(parsed.error().code, ErrorCode::InvalidInput);
    QCOMPARE(parsed.error().field, field);
    QCOMPARE(ClientMetadata::errorCode(parsed.error()), error);
    QVERIFY2(parsed.error().message.contains(keyword), qPrintable(parsed.error().message));
    QVERIFY2(parsed.error().message.contains(field), qPrintable(parsed.error().message));
}

void TestClientMetadata::oversizedMetadataIsRefused()
{
    QJsonObject request = object(R"({"redirect_uris": ["http://127.0.0.1/cb"], "token_endpoint_auth_method": "none"})");
    request.insert(QStringLiteral("x_padding"), QString(ClientMetadata::kMaxStoredBytes, QLatin1Char('x')));
    auto parsed = ClientMetadata::parse(request, kKnownScopes);
    QVERIFY(!parsed);
    QCOMPARE(ClientMetadata::errorCode(parsed.error()), QStringLiteral("invalid_client_metadata"));
    QVERIFY2(parsed.error().message.contains(QStringLiteral("bytes")), qPrintable(parsed.error().message));
}

QTEST_GUILESS_MAIN(TestClientMetadata)
#include "tst_clientmetadata.moc"
