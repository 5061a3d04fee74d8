// The discovery side of the connection flow without any network: DiscoveryUrls (candidate URLs in the
// MCP order, the canonical resource URI, the plain-http rule), ProtectedResourceMetadata (RFC 9728)
// and AuthorizationServerMetadata (RFC 8414 / OIDC Discovery), with real and hostile documents.
#include "flow/AuthorizationServerMetadata.h"
#include "flow/DiscoveryUrls.h"
#include "flow/MetadataJson.h"
#include "flow/ProtectedResourceMetadata.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace mcpauth;
using namespace Qt::StringLiterals;

namespace {

QStringList urls(const QList<QUrl>& list)
{
    QStringList out;
    for (const QUrl& u : list)
        out << u.toString(QUrl::FullyEncoded);
    return out;
}

QByteArray json(const QJsonObject& object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

QJsonObject asMetadata()
{
    return QJsonDocument::fromJson(R"({
        "issuer": "https://auth.example.com/tenant1",
        "authorization_endpoint": "https://auth.example.com/tenant1/authorize",
        "token_endpoint": "https://auth.example.com/tenant1/token",
        "registration_endpoint": "https://auth.example.com/tenant1/register",
        "introspection_endpoint": "https://auth.example.com/tenant1/introspect",
        "revocation_endpoint": "https://auth.example.com/tenant1/revoke",
        "jwks_uri": "https://auth.example.com/tenant1/jwks.json",
        "scopes_supported": ["files:read", "files:write"],
        "response_types_supported": ["code"],
        "grant_types_supported": ["authorization_code", "refresh_token"],
        "token_endpoint_auth_methods_supported": ["none", "client_secret_basic", "client_secret_post"],
        "code_challenge_methods_supported": ["S256"],
        "client_id_metadata_document_supported": true,
        "authorization_response_iss_parameter_supported": true,
        "x_vendor_extension": {"nested": [1, 2]}
    })")
        .object();
}

const QString kIssuer = u"https://auth.example.com/tenant1"_s;

QJsonObject prm()
{
    return QJsonDocument::fromJson(R"({
        "resource": "https://example.com/public/mcp",
        "authorization_servers": ["https://auth.example.com/tenant1"],
        "scopes_supported": ["files:read", "files:write"],
        "bearer_methods_supported": ["header"],
        "resource_name": "Example files",
        "resource_documentation": "https://example.com/docs",
        "x_vendor": true
    })")
        .object();
}

const QStringList kAccepted{u"https://example.com/public/mcp"_s};

} // namespace

class TestDiscovery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void canonicalResource_data();
    void canonicalResource();
    void canonicalResourceRefusals_data();
    void canonicalResourceRefusals();
    void transportRule();
    void resourceMetadataCandidates();
    void resourceMetadataFromHeader();
    void authorizationServerUrls();
    void authorizationServerUrlRefusals();
    void sameResource();

    void prmFull();
    void prmResourceMustMatch();
    void prmRootAcceptsOriginOrUrl();
    void prmAuthorizationServers();
    void prmScopesAndBearerMethods();
    void prmHostileDocuments_data();
    void prmHostileDocuments();

    void asFull();
    void asMinimalUsesRfc8414Defaults();
    void asIssuerMustMatch();
    void asEndpoints();
    void asPkce();
    void asInformationalMembers();
    void asOpenIdConfiguration();
    void asHostileDocuments_data();
    void asHostileDocuments();
};

void TestDiscovery::canonicalResource_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("already canonical") << u"https://mcp.example.com/mcp"_s << u"https://mcp.example.com/mcp"_s;
    QTest::newRow("upper case, default port, fragment")
        << u"HTTPS://MCP.Example.COM:443/mcp#section"_s << u"https://mcp.example.com/mcp"_s;
    QTest::newRow("path case kept") << u"https://mcp.example.com/MCP"_s << u"https://mcp.example.com/MCP"_s;
    QTest::newRow("no path") << u"https://mcp.example.com"_s << u"https://mcp.example.com"_s;
    QTest::newRow("lone slash dropped") << u"https://mcp.example.com/"_s << u"https://mcp.example.com"_s;
    QTest::newRow("trailing slash of a path kept")
        << u"https://mcp.example.com/mcp/"_s << u"https://mcp.example.com/mcp/"_s;
    QTest::newRow("other port kept") << u"https://mcp.example.com:8443"_s << u"https://mcp.example.com:8443"_s;
    QTest::newRow("http default port") << u"http://127.0.0.1:80/mcp"_s << u"http://127.0.0.1/mcp"_s;
    QTest::newRow("IPv6 loopback") << u"http://[::1]:3000/mcp"_s << u"http://[::1]:3000/mcp"_s;
    QTest::newRow("query kept, encoded") << u"https://x.example/mcp?tenant=a%20b"_s
                                         << u"https://x.example/mcp?tenant=a%20b"_s;
    QTest::newRow("surrounding spaces") << u"  https://x.example/mcp \n"_s << u"https://x.example/mcp"_s;
}

void TestDiscovery::canonicalResource()
{
    QFETCH(QString, input);
    auto result = DiscoveryUrls::canonicalResource(input);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QTEST(*result, "canonical");
}

void TestDiscovery::canonicalResourceRefusals_data()
{
    QTest::addColumn<QString>("input");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("empty") << QString() << u"The MCP server URL is empty."_s;
    QTest::newRow("no scheme") << u"mcp.example.com/mcp"_s << u"is not an absolute URL"_s;
    QTest::newRow("ftp") << u"ftp://mcp.example.com/mcp"_s << u"uses the scheme 'ftp'"_s;
    QTest::newRow("no host") << u"https:///mcp"_s << u"has no host"_s;
    QTest::newRow("user info") << u"https://alice:secret@mcp.example.com/mcp"_s << u"contains user information"_s;
    QTest::newRow("invalid") << u"https://mcp example.com/"_s << u"is not a valid URL"_s;
}

void TestDiscovery::canonicalResourceRefusals()
{
    QFETCH(QString, input);
    QFETCH(QString, fragment);
    auto result = DiscoveryUrls::canonicalResource(input);
    QVERIFY(!result);
    QCOMPARE(result.error().field, u"url"_s);
    QVERIFY2(result.error().message.contains(fragment), qPrintable(result.error().message));
    QVERIFY2(!result.error().message.contains(u"secret"_s), qPrintable(result.error().message));
}

void TestDiscovery::transportRule()
{
    const auto check = [](const char* url, bool allow) {
        return DiscoveryUrls::checkTransport(u"f"_s, u"token_endpoint"_s, QUrl(QString::fromLatin1(url)), allow);
    };
    QVERIFY(check("https://auth.example.com/token", false));
    QVERIFY(check("http://127.0.0.1:9000/token", true));
    QVERIFY(check("http://127.5.6.7/token", true));
    QVERIFY(check("http://localhost:9000/token", true));
    QVERIFY(check("http://[::1]:9000/token", true));

    const Status notAllowed = check("http://127.0.0.1:9000/token", false);
    QVERIFY(!notAllowed);
    QCOMPARE(notAllowed.error().field, u"f"_s);
    QVERIFY2(notAllowed.error().message.contains(u"only when plain http for loopback is allowed"_s),
        qPrintable(notAllowed.error().message));

    const Status remote = check("http://auth.example.com/token", true);
    QVERIFY(!remote);
    QVERIFY2(remote.error().message.contains(u"'auth.example.com', which is not this machine"_s),
        qPrintable(remote.error().message));
    QVERIFY(!check("http://127.0.0.1.evil.example/token", true));
    QVERIFY(!check("javascript:alert(1)", true));
    QVERIFY(!check("file:///etc/passwd", true));
    QVERIFY(!check("/token", true));
}

void TestDiscovery::resourceMetadataCandidates()
{
    using Source = ResourceMetadataCandidate::Source;
    // The spec's example: path-scoped first, then root.
    auto pathed = DiscoveryUrls::protectedResourceMetadata(u"https://example.com/public/mcp"_s, QString(), false);
    QVERIFY(pathed);
    QCOMPARE(pathed->size(), 2);
    QCOMPARE(pathed->at(0).source, Source::PathScoped);
    QCOMPARE(pathed->at(0).url.toString(), u"https://example.com/.well-known/oauth-protected-resource/public/mcp"_s);
    QCOMPARE(pathed->at(0).acceptedResources, QStringList{u"https://example.com/public/mcp"_s});
    QCOMPARE(pathed->at(1).source, Source::Root);
    QCOMPARE(pathed->at(1).url.toString(), u"https://example.com/.well-known/oauth-protected-resource"_s);
    QCOMPARE(
        pathed->at(1).acceptedResources, (QStringList{u"https://example.com"_s, u"https://example.com/public/mcp"_s}));

    // At the root, the path-scoped step does not exist.
    for (const QString& root : {u"https://example.com"_s, u"https://EXAMPLE.com:443/"_s}) {
        auto rooted = DiscoveryUrls::protectedResourceMetadata(root, QString(), false);
        QVERIFY(rooted);
        QCOMPARE(rooted->size(), 1);
        QCOMPARE(rooted->at(0).source, Source::Root);
        QCOMPARE(rooted->at(0).url.toString(), u"https://example.com/.well-known/oauth-protected-resource"_s);
        QCOMPARE(rooted->at(0).acceptedResources, QStringList{u"https://example.com"_s});
    }

    // A terminating slash is not carried into the well-known URL; the query is (RFC 9728 section 3.1).
    auto slashed = DiscoveryUrls::protectedResourceMetadata(u"https://example.com/mcp/"_s, QString(), false);
    QVERIFY(slashed);
    QCOMPARE(slashed->at(0).url.toString(), u"https://example.com/.well-known/oauth-protected-resource/mcp"_s);
    QCOMPARE(slashed->at(0).acceptedResources, QStringList{u"https://example.com/mcp/"_s});
    auto queried = DiscoveryUrls::protectedResourceMetadata(u"https://example.com/mcp?tenant=7"_s, QString(), false);
    QVERIFY(queried);
    QCOMPARE(queried->at(0).url.toString(), u"https://example.com/.well-known/oauth-protected-resource/mcp?tenant=7"_s);
    QCOMPARE(queried->at(1).url.toString(), u"https://example.com/.well-known/oauth-protected-resource"_s);

    auto local = DiscoveryUrls::protectedResourceMetadata(u"http://127.0.0.1:8080/mcp"_s, QString(), true);
    QVERIFY(local);
    QCOMPARE(local->at(0).url.toString(), u"http://127.0.0.1:8080/.well-known/oauth-protected-resource/mcp"_s);

    auto plain = DiscoveryUrls::protectedResourceMetadata(u"http://example.com/mcp"_s, QString(), true);
    QVERIFY(!plain);
    QCOMPARE(plain.error().field, u"url"_s);
    QVERIFY(!DiscoveryUrls::protectedResourceMetadata(u"http://127.0.0.1:8080/mcp"_s, QString(), false));
}

void TestDiscovery::resourceMetadataFromHeader()
{
    auto header = DiscoveryUrls::protectedResourceMetadata(
        u"https://example.com/mcp"_s, u"https://example.com/custom/metadata/location.json"_s, false);
    QVERIFY(header);
    QCOMPARE(header->size(), 1);
    QCOMPARE(header->at(0).source, ResourceMetadataCandidate::Source::Header);
    QCOMPARE(header->at(0).url.toString(), u"https://example.com/custom/metadata/location.json"_s);
    QCOMPARE(header->at(0).acceptedResources, QStringList{u"https://example.com/mcp"_s});

    const auto refused = [](const QString& value, const QString& fragment) {
        auto result = DiscoveryUrls::protectedResourceMetadata(u"https://example.com/mcp"_s, value, true);
        if (result)
            return false;
        if (result.error().field != u"resource_metadata"_s || !result.error().message.contains(fragment)) {
            qWarning().noquote() << result.error().field << result.error().message;
            return false;
        }
        return true;
    };
    QVERIFY(refused(u"/.well-known/oauth-protected-resource"_s, u"not an absolute URL"_s));
    QVERIFY(refused(u"http://example.com/.well-known/oauth-protected-resource"_s, u"plain http"_s));
    QVERIFY(refused(u"file:///etc/passwd"_s, u"scheme 'file'"_s));
}

void TestDiscovery::authorizationServerUrls()
{
    auto pathed = DiscoveryUrls::authorizationServerMetadata(u"https://auth.example.com/tenant1"_s, false);
    QVERIFY(pathed);
    QCOMPARE(urls(*pathed),
        (QStringList{u"https://auth.example.com/.well-known/oauth-authorization-server/tenant1"_s,
            u"https://auth.example.com/.well-known/openid-configuration/tenant1"_s,
            u"https://auth.example.com/tenant1/.well-known/openid-configuration"_s}));
    auto slashed = DiscoveryUrls::authorizationServerMetadata(u"https://auth.example.com/tenant1/"_s, false);
    QVERIFY(slashed);
    QCOMPARE(urls(*slashed), urls(*pathed));

    for (const QString& issuer : {u"https://auth.example.com"_s, u"https://auth.example.com/"_s}) {
        auto root = DiscoveryUrls::authorizationServerMetadata(issuer, false);
        QVERIFY(root);
        QCOMPARE(urls(*root),
            (QStringList{u"https://auth.example.com/.well-known/oauth-authorization-server"_s,
                u"https://auth.example.com/.well-known/openid-configuration"_s}));
    }
    auto deep = DiscoveryUrls::authorizationServerMetadata(u"http://localhost:8443/realms/a%20b"_s, true);
    QVERIFY(deep);
    QCOMPARE(urls(*deep).first(), u"http://localhost:8443/.well-known/oauth-authorization-server/realms/a%20b"_s);
    QCOMPARE(urls(*deep).last(), u"http://localhost:8443/realms/a%20b/.well-known/openid-configuration"_s);
}

void TestDiscovery::authorizationServerUrlRefusals()
{
    const auto refused = [](const QString& issuer, const QString& fragment) {
        auto result = DiscoveryUrls::authorizationServerMetadata(issuer, false);
        if (result || result.error().field != u"issuer"_s || !result.error().message.contains(fragment)) {
            qWarning().noquote() << (result ? u"accepted"_s : result.error().message);
            return false;
        }
        return true;
    };
    QVERIFY(refused(u"https://auth.example.com/?tenant=1"_s, u"query"_s));
    QVERIFY(refused(u"https://auth.example.com/#x"_s, u"fragment"_s));
    QVERIFY(refused(u"http://auth.example.com"_s, u"plain http"_s));
    QVERIFY(refused(u"http://127.0.0.1:9000"_s, u"only when plain http for loopback is allowed"_s));
    QVERIFY(refused(u"auth.example.com"_s, u"not an absolute URL"_s));
    QVERIFY(refused(QString(), u"empty"_s));
}

void TestDiscovery::sameResource()
{
    QVERIFY(DiscoveryUrls::sameResource(u"https://x.example/mcp"_s, u"HTTPS://X.example:443/mcp"_s));
    QVERIFY(DiscoveryUrls::sameResource(u"https://x.example"_s, u"https://x.example/"_s));
    QVERIFY(!DiscoveryUrls::sameResource(u"https://x.example/mcp"_s, u"https://x.example/mcp/"_s));
    QVERIFY(!DiscoveryUrls::sameResource(u"https://x.example/mcp"_s, u"https://x.example/MCP"_s));
    QVERIFY(!DiscoveryUrls::sameResource(u"https://x.example/mcp"_s, u"https://x.example/mcp#f"_s));
    QVERIFY(!DiscoveryUrls::sameResource(u"https://x.example/mcp"_s, u"not a url"_s));
}

void TestDiscovery::prmFull()
{
    auto result = ProtectedResourceMetadata::parse(json(prm()), kAccepted, false);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->resource, u"https://example.com/public/mcp"_s);
    QCOMPARE(result->authorizationServers, QStringList{kIssuer});
    QCOMPARE(result->scopesSupported.value_or(QStringList()), (QStringList{u"files:read"_s, u"files:write"_s}));
    QCOMPARE(result->bearerMethodsSupported, QStringList{u"header"_s});
    QCOMPARE(result->resourceName, u"Example files"_s);
    QCOMPARE(result->resourceDocumentation, u"https://example.com/docs"_s);
    QVERIFY(result->json.value(u"x_vendor"_s).toBool());
    QVERIFY2(result->warnings.isEmpty(), qPrintable(result->warnings.join(u'\n')));

    // Without accepted resources (a document looked at on its own) the resource is not compared.
    QJsonObject other = prm();
    other.insert(u"resource"_s, u"https://elsewhere.example/mcp"_s);
    QVERIFY(ProtectedResourceMetadata::parse(json(other), {}, false));
}

void TestDiscovery::prmResourceMustMatch()
{
    QJsonObject doc = prm();
    // The conformance suite's auth/resource-mismatch.
    doc.insert(u"resource"_s, u"https://evil.example.com/mcp"_s);
    auto evil = ProtectedResourceMetadata::parse(json(doc), kAccepted, false);
    QVERIFY(!evil);
    QCOMPARE(evil.error().field, u"resource"_s);
    const QString message = evil.error().message;
    QVERIFY2(message.contains(u"'https://evil.example.com/mcp'"_s)
            && message.contains(u"'https://example.com/public/mcp'"_s) && message.contains(u"another host"_s)
            && message.contains(u"RFC 9728 section 3.3"_s),
        qPrintable(message));

    // What other clients accept, with the deviation in a warning: a trailing slash, a parent path, the origin.
    for (const QString& lenient :
        {u"https://example.com/public/mcp/"_s, u"https://example.com/public"_s, u"https://example.com/"_s}) {
        doc.insert(u"resource"_s, lenient);
        auto result = ProtectedResourceMetadata::parse(json(doc), kAccepted, false);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
        QCOMPARE(result->warnings.size(), 1);
        QVERIFY2(result->warnings.first().contains(u"RFC 9728 section 3.3 asks for the identical URL"_s),
            qPrintable(result->warnings.first()));
        if (lenient.endsWith(u"mcp/"_s))
            QVERIFY2(
                result->warnings.first().contains(u"only by a trailing slash"_s), qPrintable(result->warnings.first()));
    }
    for (const QString& refused : {u"https://example.com/pub"_s, u"https://example.com/public/mcp/sub"_s,
             u"http://example.com/public/mcp"_s, u"https://example.com:8443/public/mcp"_s,
             u"https://www.example.com/public/mcp"_s, u"https://example.com/?public"_s}) {
        doc.insert(u"resource"_s, refused);
        QVERIFY2(!ProtectedResourceMetadata::parse(json(doc), kAccepted, false), qPrintable(refused));
    }

    doc.insert(u"resource"_s, u"https://example.com/other/mcp"_s);
    auto path = ProtectedResourceMetadata::parse(json(doc), kAccepted, false);
    QVERIFY(!path);
    QVERIFY2(path.error().message.contains(u"the path differs ('/other/mcp', not '/public/mcp')"_s),
        qPrintable(path.error().message));

    doc.insert(u"resource"_s, u"HTTPS://Example.COM:443/public/mcp"_s);
    auto cased = ProtectedResourceMetadata::parse(json(doc), kAccepted, false);
    QVERIFY2(cased, qPrintable(cased ? QString() : cased.error().message));
    QCOMPARE(cased->warnings.size(), 1);
    QVERIFY(cased->warnings.first().contains(u"written differently"_s));

    doc.insert(u"resource"_s, u"https://example.com/public/mcp#frag"_s);
    auto fragment = ProtectedResourceMetadata::parse(json(doc), kAccepted, false);
    QVERIFY(!fragment);
    QVERIFY(fragment.error().message.contains(u"fragment"_s));

    doc.insert(u"resource"_s, u"/public/mcp"_s);
    QVERIFY(!ProtectedResourceMetadata::parse(json(doc), kAccepted, false));
}

void TestDiscovery::prmRootAcceptsOriginOrUrl()
{
    auto candidates = DiscoveryUrls::protectedResourceMetadata(u"http://localhost:3000/mcp"_s, QString(), true);
    QVERIFY(candidates);
    const QStringList rootAccepted = candidates->last().acceptedResources;
    QJsonObject doc = prm();
    doc.insert(u"authorization_servers"_s, QJsonArray{u"http://localhost:3001"_s});
    // What the conformance suite's root document says, and what this project's own server says.
    for (const QString& resource : {u"http://localhost:3000"_s, u"http://localhost:3000/mcp"_s}) {
        doc.insert(u"resource"_s, resource);
        auto result = ProtectedResourceMetadata::parse(json(doc), rootAccepted, true);
        QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    }
    doc.insert(u"resource"_s, u"http://localhost:3000/other"_s);
    auto other = ProtectedResourceMetadata::parse(json(doc), rootAccepted, true);
    QVERIFY(!other);
    QVERIFY2(other.error().message.contains(u"'http://localhost:3000' or 'http://localhost:3000/mcp'"_s),
        qPrintable(other.error().message));
    // The origin is exact for the root document; from the path-scoped one it is accepted with a warning.
    doc.insert(u"resource"_s, u"http://localhost:3000"_s);
    auto exact = ProtectedResourceMetadata::parse(json(doc), rootAccepted, true);
    QVERIFY(exact && exact->warnings.isEmpty());
    auto lenient = ProtectedResourceMetadata::parse(json(doc), candidates->first().acceptedResources, true);
    QVERIFY(lenient);
    QCOMPARE(lenient->warnings.size(), 1);
}

void TestDiscovery::prmAuthorizationServers()
{
    QJsonObject doc = prm();
    doc.insert(u"authorization_servers"_s,
        QJsonArray{u"http://auth.example.com"_s, kIssuer, kIssuer, u"https://second.example.com"_s});
    auto mixed = ProtectedResourceMetadata::parse(json(doc), kAccepted, false);
    QVERIFY(mixed);
    QCOMPARE(mixed->authorizationServers, (QStringList{kIssuer, u"https://second.example.com"_s}));
    QCOMPARE(mixed->warnings.size(), 2);
    QVERIFY2(mixed->warnings.at(0).contains(u"plain http"_s), qPrintable(mixed->warnings.at(0)));
    QVERIFY(mixed->warnings.at(1).contains(u"more than once"_s));

    doc.insert(u"authorization_servers"_s, QJsonArray{u"http://auth.example.com"_s, u"https://a.example/?x=1"_s});
    auto none = ProtectedResourceMetadata::parse(json(doc), kAccepted, false);
    QVERIFY(!none);
    QCOMPARE(none.error().field, u"authorization_servers"_s);
    QVERIFY2(none.error().message.startsWith(u"None of the authorization servers"_s)
            && none.error().message.contains(u"plain http"_s) && none.error().message.contains(u"query"_s),
        qPrintable(none.error().message));

    doc.insert(u"authorization_servers"_s, QJsonArray{});
    auto empty = ProtectedResourceMetadata::parse(json(doc), kAccepted, false);
    QVERIFY(!empty);
    QVERIFY2(empty.error().message.contains(u"lists no authorization server"_s), qPrintable(empty.error().message));
    doc.remove(u"authorization_servers"_s);
    auto missing = ProtectedResourceMetadata::parse(json(doc), kAccepted, false);
    QVERIFY(!missing);
    QVERIFY2(missing.error().message.contains(u"MCP requires at least one"_s), qPrintable(missing.error().message));
    doc.insert(u"authorization_servers"_s, kIssuer);
    auto string = ProtectedResourceMetadata::parse(json(doc), kAccepted, false);
    QVERIFY(!string);
    QVERIFY2(string.error().message.contains(
                 u"authorization_servers is the string 'https://auth.example.com/tenant1', not an array of strings"_s),
        qPrintable(string.error().message));
    doc.insert(u"authorization_servers"_s, QJsonArray{kIssuer, 7});
    auto number = ProtectedResourceMetadata::parse(json(doc), kAccepted, false);
    QVERIFY(!number);
    QVERIFY2(number.error().message.contains(u"entry 2 is a number (7)"_s), qPrintable(number.error().message));
}

void TestDiscovery::prmScopesAndBearerMethods()
{
    QJsonObject doc = prm();
    doc.remove(u"scopes_supported"_s);
    auto absent = ProtectedResourceMetadata::parse(json(doc), kAccepted, false);
    QVERIFY(absent);
    QVERIFY(!absent->scopesSupported.has_value());

    doc.insert(u"scopes_supported"_s, QJsonArray{});
    auto empty = ProtectedResourceMetadata::parse(json(doc), kAccepted, false);
    QVERIFY(empty);
    QVERIFY(empty->scopesSupported.has_value() && empty->scopesSupported->isEmpty());

    doc.insert(u"scopes_supported"_s, QJsonArray{u"files:read"_s, u"files write"_s, u""_s, u"files:read"_s});
    auto odd = ProtectedResourceMetadata::parse(json(doc), kAccepted, false);
    QVERIFY(odd);
    QCOMPARE(*odd->scopesSupported, QStringList{u"files:read"_s});
    QCOMPARE(odd->warnings.size(), 2);
    QVERIFY(odd->warnings.first().contains(u"'files write', which is not a scope"_s));

    doc.insert(u"bearer_methods_supported"_s, QJsonArray{u"body"_s, u"cookie"_s});
    doc.insert(u"resource_name"_s, 42);
    doc.insert(u"dpop_bound_access_tokens_required"_s, true);
    auto methods = ProtectedResourceMetadata::parse(json(doc), kAccepted, false);
    QVERIFY(methods);
    const QString all = methods->warnings.join(u'\n');
    QVERIFY2(all.contains(u"contains 'cookie'"_s), qPrintable(all));
    QVERIFY2(all.contains(u"does not list header"_s), qPrintable(all));
    QVERIFY2(all.contains(u"resource_name is a number (42), not a string. It is ignored."_s), qPrintable(all));
    QVERIFY2(all.contains(u"DPoP"_s), qPrintable(all));
    QVERIFY(methods->resourceName.isEmpty());
    QVERIFY(methods->dpopBoundAccessTokensRequired);
}

void TestDiscovery::prmHostileDocuments_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("empty") << QByteArray() << u"body"_s << u"is empty"_s;
    QTest::newRow("not JSON") << QByteArray("resource=https://x") << u"body"_s << u"is not valid JSON"_s;
    QTest::newRow("HTML") << QByteArray("<!DOCTYPE html><html><body>Sign in</body></html>") << u"body"_s
                          << u"looks like an HTML page"_s;
    QTest::newRow("array") << QByteArray("[1,2]") << u"body"_s << u"is a JSON array, not a JSON object"_s;
    QTest::newRow("truncated") << QByteArray(R"({"resource": "https://example.com/public/mcp", "authoriz)") << u"body"_s
                               << u"at offset"_s;
    QTest::newRow("no resource") << QByteArray(R"({"authorization_servers": ["https://a.example"]})") << u"resource"_s
                                 << u"has no resource, which is required"_s;
    QTest::newRow("resource is a number")
        << QByteArray(R"({"resource": 5})") << u"resource"_s << u"resource is a number (5), not a string"_s;
    QTest::newRow("resource is null") << QByteArray(R"({"resource": null})") << u"resource"_s
                                      << u"resource is null, not a string"_s;
    QTest::newRow("resource is empty") << QByteArray(R"({"resource": ""})") << u"resource"_s << u"is empty"_s;
    QTest::newRow("scopes not an array") << QByteArray(
        R"({"resource": "https://example.com/public/mcp", "authorization_servers": ["https://a.example"], "scopes_supported": "a b"})")
                                         << u"scopes_supported"_s << u"not an array of strings"_s;
    QByteArray huge
        = R"({"resource": "https://example.com/public/mcp", "authorization_servers": ["https://a.example"], "scopes_supported": [)";
    for (int i = 0; i <= MetadataJson::kMaxArrayEntries; ++i)
        huge += (i ? ",\"s" : "\"s") + QByteArray::number(i) + '"';
    huge += "]}";
    QTest::newRow("huge array") << huge << u"scopes_supported"_s << u"has 1001 entries; more than 1000 are not read"_s;
    QTest::newRow("too big") << QByteArray(MetadataJson::kMaxBytes + 1, ' ') << u"body"_s << u"are not read"_s;
    QByteArray deep = QByteArray(2000, '[') + QByteArray(2000, ']');
    QTest::newRow("deep nesting") << deep << u"body"_s << u"is not valid JSON"_s;
}

void TestDiscovery::prmHostileDocuments()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QString, fragment);
    auto result = ProtectedResourceMetadata::parse(body, kAccepted, false);
    QVERIFY(!result);
    QCOMPARE(result.error().field, field);
    QVERIFY2(result.error().message.contains(fragment), qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(u"protected resource metadata"_s), qPrintable(result.error().message));
}

void TestDiscovery::asFull()
{
    auto result = AuthorizationServerMetadata::parse(json(asMetadata()), kIssuer, false);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->issuer, kIssuer);
    QCOMPARE(result->authorizationEndpoint, QUrl(u"https://auth.example.com/tenant1/authorize"_s));
    QCOMPARE(result->tokenEndpoint, QUrl(u"https://auth.example.com/tenant1/token"_s));
    QCOMPARE(result->registrationEndpoint.value_or(QUrl()), QUrl(u"https://auth.example.com/tenant1/register"_s));
    QCOMPARE(result->introspectionEndpoint.value_or(QUrl()), QUrl(u"https://auth.example.com/tenant1/introspect"_s));
    QCOMPARE(result->revocationEndpoint.value_or(QUrl()), QUrl(u"https://auth.example.com/tenant1/revoke"_s));
    QCOMPARE(result->jwksUri.value_or(QUrl()), QUrl(u"https://auth.example.com/tenant1/jwks.json"_s));
    QCOMPARE(result->pkce, AuthorizationServerMetadata::Pkce::S256);
    QCOMPARE(result->tokenEndpointAuthMethodsSupported,
        (QStringList{u"none"_s, u"client_secret_basic"_s, u"client_secret_post"_s}));
    QVERIFY(!result->tokenEndpointAuthMethodsDefaulted);
    QCOMPARE(result->grantTypesSupported, (QStringList{u"authorization_code"_s, u"refresh_token"_s}));
    QVERIFY(!result->grantTypesDefaulted);
    QCOMPARE(result->responseTypesSupported, QStringList{u"code"_s});
    QCOMPARE(result->scopesSupported.value_or(QStringList()), (QStringList{u"files:read"_s, u"files:write"_s}));
    QVERIFY(result->clientIdMetadataDocumentSupported);
    QVERIFY(result->authorizationResponseIssParameterSupported);
    QVERIFY(result->json.contains(u"x_vendor_extension"_s));
    QVERIFY2(result->warnings.isEmpty(), qPrintable(result->warnings.join(u'\n')));
}

void TestDiscovery::asMinimalUsesRfc8414Defaults()
{
    const QByteArray body = R"({"issuer": "https://auth.example.com",
        "authorization_endpoint": "https://auth.example.com/authorize?tenant=1",
        "token_endpoint": "https://auth.example.com/token", "response_types_supported": ["code"],
        "code_challenge_methods_supported": ["plain", "S256"]})";
    auto result = AuthorizationServerMetadata::parse(body, u"https://auth.example.com"_s, false);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->tokenEndpointAuthMethodsSupported, QStringList{u"client_secret_basic"_s});
    QVERIFY(result->tokenEndpointAuthMethodsDefaulted);
    QCOMPARE(result->grantTypesSupported, (QStringList{u"authorization_code"_s, u"implicit"_s}));
    QVERIFY(result->grantTypesDefaulted);
    QVERIFY(!result->registrationEndpoint);
    QVERIFY(!result->jwksUri);
    QVERIFY(!result->scopesSupported);
    QVERIFY(!result->clientIdMetadataDocumentSupported);
    QVERIFY(!result->authorizationResponseIssParameterSupported);
    QCOMPARE(result->authorizationEndpoint.query(), u"tenant=1"_s);
    QVERIFY(result->warnings.isEmpty());
}

void TestDiscovery::asIssuerMustMatch()
{
    QJsonObject doc = asMetadata();
    doc.insert(u"issuer"_s, QString(kIssuer + u'/'));
    auto slash = AuthorizationServerMetadata::parse(json(doc), kIssuer, false);
    QVERIFY(!slash);
    QCOMPARE(slash.error().field, u"issuer"_s);
    QVERIFY2(slash.error().message.contains(u"names the issuer 'https://auth.example.com/tenant1/'"_s)
            && slash.error().message.contains(u"fetched for the issuer 'https://auth.example.com/tenant1'"_s)
            && slash.error().message.contains(u"only by a trailing slash"_s),
        qPrintable(slash.error().message));

    doc.insert(u"issuer"_s, u"https://internal-auth:8080/tenant1"_s);
    auto host = AuthorizationServerMetadata::parse(json(doc), kIssuer, false);
    QVERIFY(!host);
    QVERIFY2(host.error().message.contains(u"another host"_s), qPrintable(host.error().message));

    doc.insert(u"issuer"_s, u"https://AUTH.example.com/tenant1"_s);
    auto cased = AuthorizationServerMetadata::parse(json(doc), kIssuer, false);
    QVERIFY(!cased);
    QVERIFY2(cased.error().message.contains(u"letter case"_s), qPrintable(cased.error().message));

    // Looked at on its own, the issuer must still be usable.
    doc.insert(u"issuer"_s, u"http://auth.example.com"_s);
    auto plain = AuthorizationServerMetadata::parse(json(doc), QString(), false);
    QVERIFY(!plain);
    QCOMPARE(plain.error().field, u"issuer"_s);
}

void TestDiscovery::asEndpoints()
{
    QJsonObject doc = asMetadata();
    doc.remove(u"token_endpoint"_s);
    auto missing = AuthorizationServerMetadata::parse(json(doc), kIssuer, false);
    QVERIFY(!missing);
    QCOMPARE(missing.error().field, u"token_endpoint"_s);
    QVERIFY2(missing.error().message.contains(u"has no token_endpoint, which is required"_s),
        qPrintable(missing.error().message));

    doc = asMetadata();
    doc.insert(u"authorization_endpoint"_s, u"http://auth.example.com/authorize"_s);
    auto plain = AuthorizationServerMetadata::parse(json(doc), kIssuer, false);
    QVERIFY(!plain);
    QCOMPARE(plain.error().field, u"authorization_endpoint"_s);
    QVERIFY2(plain.error().message.contains(u"authorization server metadata's authorization_endpoint"_s)
            && plain.error().message.contains(u"plain http"_s),
        qPrintable(plain.error().message));

    doc.insert(u"authorization_endpoint"_s, u"https://auth.example.com/authorize#top"_s);
    auto fragment = AuthorizationServerMetadata::parse(json(doc), kIssuer, false);
    QVERIFY(!fragment);
    QVERIFY(fragment.error().message.contains(u"fragment"_s));

    doc.insert(u"authorization_endpoint"_s, u"/authorize"_s);
    auto relative = AuthorizationServerMetadata::parse(json(doc), kIssuer, false);
    QVERIFY(!relative);
    QVERIFY(relative.error().message.contains(u"not an absolute URL"_s));

    doc.insert(u"authorization_endpoint"_s, QJsonArray{u"https://auth.example.com/authorize"_s});
    auto array = AuthorizationServerMetadata::parse(json(doc), kIssuer, false);
    QVERIFY(!array);
    QVERIFY2(array.error().message.contains(u"is an array ("_s), qPrintable(array.error().message));

    // An unusable optional endpoint is dropped, with a warning: the flow can go on without it.
    doc = asMetadata();
    doc.insert(u"registration_endpoint"_s, u"http://auth.example.com/register"_s);
    doc.insert(u"jwks_uri"_s, 17);
    auto optional = AuthorizationServerMetadata::parse(json(doc), kIssuer, false);
    QVERIFY(optional);
    QVERIFY(!optional->registrationEndpoint);
    QVERIFY(!optional->jwksUri);
    QCOMPARE(optional->warnings.size(), 2);
    QVERIFY(optional->warnings.at(0).contains(u"registration_endpoint"_s));
    QVERIFY(optional->warnings.at(0).endsWith(u"It is ignored, as if the server had not sent it."_s));

    // Loopback http for a local test server, when allowed.
    QJsonObject local = asMetadata();
    local.insert(u"issuer"_s, u"http://127.0.0.1:9000"_s);
    local.insert(u"authorization_endpoint"_s, u"http://127.0.0.1:9000/authorize"_s);
    local.insert(u"token_endpoint"_s, u"http://localhost:9000/token"_s);
    QVERIFY(AuthorizationServerMetadata::parse(json(local), u"http://127.0.0.1:9000"_s, true));
    QVERIFY(!AuthorizationServerMetadata::parse(json(local), u"http://127.0.0.1:9000"_s, false));
}

void TestDiscovery::asPkce()
{
    QJsonObject doc = asMetadata();
    doc.remove(u"code_challenge_methods_supported"_s);
    auto absent = AuthorizationServerMetadata::parse(json(doc), kIssuer, false);
    QVERIFY(absent);
    QCOMPARE(absent->pkce, AuthorizationServerMetadata::Pkce::NotAdvertised);
    QCOMPARE(absent->warnings.size(), 1);
    QVERIFY(absent->warnings.first().contains(u"MCP requires a client to refuse to proceed"_s));

    doc.insert(u"code_challenge_methods_supported"_s, QJsonArray{});
    auto empty = AuthorizationServerMetadata::parse(json(doc), kIssuer, false);
    QVERIFY(!empty);
    QCOMPARE(empty.error().field, u"code_challenge_methods_supported"_s);
    QVERIFY(empty.error().message.contains(u"empty list"_s));

    doc.insert(u"code_challenge_methods_supported"_s, QJsonArray{u"plain"_s});
    auto plain = AuthorizationServerMetadata::parse(json(doc), kIssuer, false);
    QVERIFY(!plain);
    QVERIFY2(plain.error().message.contains(u"lists 'plain' but not S256"_s), qPrintable(plain.error().message));

    doc.insert(u"code_challenge_methods_supported"_s, QJsonArray{u"s256"_s});
    QVERIFY(!AuthorizationServerMetadata::parse(json(doc), kIssuer, false)); // method names are case-sensitive

    doc.insert(u"code_challenge_methods_supported"_s, u"S256"_s);
    auto string = AuthorizationServerMetadata::parse(json(doc), kIssuer, false);
    QVERIFY(!string);
    QVERIFY2(string.error().message.contains(u"is the string 'S256', not an array of strings"_s),
        qPrintable(string.error().message));
}

void TestDiscovery::asInformationalMembers()
{
    QJsonObject doc = asMetadata();
    doc.insert(u"client_id_metadata_document_supported"_s, u"yes"_s);
    doc.insert(u"grant_types_supported"_s, QJsonArray{u"client_credentials"_s});
    doc.insert(u"response_types_supported"_s, QJsonArray{u"token"_s});
    doc.insert(u"scopes_supported"_s, u"openid profile"_s);
    auto result = AuthorizationServerMetadata::parse(json(doc), kIssuer, false);
    QVERIFY(result);
    QVERIFY(!result->clientIdMetadataDocumentSupported);
    QVERIFY(!result->scopesSupported);
    const QString all = result->warnings.join(u'\n');
    QCOMPARE(result->warnings.size(), 4);
    QVERIFY2(all.contains(u"client_id_metadata_document_supported is the string 'yes', not true or false. It is read "
                          "as false."_s),
        qPrintable(all));
    QVERIFY2(all.contains(u"does not list authorization_code"_s), qPrintable(all));
    QVERIFY2(all.contains(u"does not list code"_s), qPrintable(all));
    QVERIFY2(all.contains(u"scopes_supported is the string 'openid profile'"_s), qPrintable(all));

    doc.remove(u"response_types_supported"_s);
    auto noResponseTypes = AuthorizationServerMetadata::parse(json(doc), kIssuer, false);
    QVERIFY(noResponseTypes);
    QVERIFY(noResponseTypes->warnings.join(u'\n').contains(u"no response_types_supported, which RFC 8414 requires"_s));

    doc = asMetadata();
    doc.insert(u"token_endpoint_auth_methods_supported"_s, QJsonArray{u"private_key_jwt"_s, true});
    auto badMethods = AuthorizationServerMetadata::parse(json(doc), kIssuer, false);
    QVERIFY(!badMethods);
    QVERIFY2(badMethods.error().message.contains(u"entry 2 is true"_s), qPrintable(badMethods.error().message));
}

void TestDiscovery::asOpenIdConfiguration()
{
    // An OpenID Connect discovery document (Keycloak-like), which MCP clients must accept too.
    const QByteArray body = R"({"issuer":"https://sso.example.org/realms/mcp",
        "authorization_endpoint":"https://sso.example.org/realms/mcp/protocol/openid-connect/auth",
        "token_endpoint":"https://sso.example.org/realms/mcp/protocol/openid-connect/token",
        "userinfo_endpoint":"https://sso.example.org/realms/mcp/protocol/openid-connect/userinfo",
        "jwks_uri":"https://sso.example.org/realms/mcp/protocol/openid-connect/certs",
        "registration_endpoint":"https://sso.example.org/realms/mcp/clients-registrations/openid-connect",
        "response_types_supported":["code","none","id_token","token","id_token token","code id_token"],
        "subject_types_supported":["public","pairwise"],
        "id_token_signing_alg_values_supported":["RS256","ES256"],
        "code_challenge_methods_supported":["plain","S256"],
        "token_endpoint_auth_methods_supported":["private_key_jwt","client_secret_basic","client_secret_post","none"]})";
    auto result = AuthorizationServerMetadata::parse(body, u"https://sso.example.org/realms/mcp"_s, false);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QCOMPARE(result->pkce, AuthorizationServerMetadata::Pkce::S256);
    QVERIFY(result->registrationEndpoint);
    QVERIFY(result->json.contains(u"userinfo_endpoint"_s));
    QVERIFY(result->warnings.isEmpty());
}

void TestDiscovery::asHostileDocuments_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("fragment");
    QTest::newRow("not JSON") << QByteArray("{issuer: x}") << u"body"_s << u"is not valid JSON"_s;
    QTest::newRow("an array") << QByteArray(R"([{"issuer": "https://auth.example.com/tenant1"}])") << u"body"_s
                              << u"is a JSON array, not a JSON object"_s;
    QTest::newRow("a bare string") << QByteArray(R"("https://auth.example.com")") << u"body"_s << u"not valid JSON"_s;
    QTest::newRow("no issuer") << QByteArray("{}") << u"issuer"_s << u"has no issuer, which is required"_s;
    QTest::newRow("issuer object") << QByteArray(R"({"issuer": {"a": 1}})") << u"issuer"_s
                                   << uR"(issuer is an object ('{"a":1}'), not a string)"_s;
    QTest::newRow("control characters are not repeated")
        << QByteArray("{\"issuer\": \"https://auth.example.com/tenant1\\u0007\\n\"}") << u"issuer"_s
        << u"names the issuer 'https://auth.example.com/tenant1\uFFFD\uFFFD'"_s;
    QTest::newRow("too big") << QByteArray(MetadataJson::kMaxBytes + 1, '{') << u"body"_s << u"are not read"_s;
}

void TestDiscovery::asHostileDocuments()
{
    QFETCH(QByteArray, body);
    QFETCH(QString, field);
    QFETCH(QString, fragment);
    auto result = AuthorizationServerMetadata::parse(body, kIssuer, false);
    QVERIFY(!result);
    QCOMPARE(result.error().field, field);
    QVERIFY2(result.error().message.contains(fragment), qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(u"authorization server metadata"_s), qPrintable(result.error().message));
}

QTEST_GUILESS_MAIN(TestDiscovery)
#include "tst_discovery.moc"
