#include "common/Error.h"
#include "redirect/RedirectUriRules.h"

#include <QTest>

using mcpauth::ClientKind;
using mcpauth::ErrorCode;
using mcpauth::RedirectUriRules;

// Sources of the rows: Casdoor's docs (shared/seeds/000, 001), the table in CASDOOR.md section 6 read with our
// RFC 6749 / OAuth 2.1 / RFC 8252 semantics rather than Casdoor's, and real clients from MCP-AUTH.md section 3.
class TestRedirectUriRules : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void validateRegistration_data();
    void validateRegistration();
    void matchOne_data();
    void matchOne();
    void match_data();
    void match();
    void isLoopbackHost_data();
    void isLoopbackHost();
    void kindOf_data();
    void kindOf();
    void validatePattern_data();
    void validatePattern();
    void matchesPattern_data();
    void matchesPattern();
};

void TestRedirectUriRules::validateRegistration_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<bool>("webOk");
    QTest::addColumn<bool>("nativeOk");
    // Must appear in the message of every refusal, so a refusal for the wrong reason fails the row.
    QTest::addColumn<QString>("keyword");

    const QString none;

    // Real clients (MCP-AUTH.md section 3).
    QTest::newRow("vscode web redirect") << QStringLiteral("https://vscode.dev/redirect") << true << true << none;
    QTest::newRow("vscode insiders redirect")
        << QStringLiteral("https://insiders.vscode.dev/redirect") << true << true << none;
    QTest::newRow("vscode loopback root") << QStringLiteral("http://127.0.0.1/") << true << true << none;
    QTest::newRow("vscode loopback 33418") << QStringLiteral("http://127.0.0.1:33418/") << true << true << none;
    QTest::newRow("claude code localhost") << QStringLiteral("http://localhost/callback") << true << true << none;
    QTest::newRow("claude code 127") << QStringLiteral("http://127.0.0.1/callback") << true << true << none;
    QTest::newRow("mcp-remote") << QStringLiteral("http://localhost:3334/oauth/callback") << true << true << none;
    QTest::newRow("claude.ai connector") << QStringLiteral("https://claude.ai/api/mcp/auth_callback") << true << true
                                         << none;
    QTest::newRow("cursor private-use") << QStringLiteral("cursor://anysphere.cursor-retrieval/oauth/callback") << false
                                        << true << QStringLiteral("native");
    QTest::newRow("vscode private-use") << QStringLiteral("vscode://vscode.github-authentication/did-authenticate")
                                        << false << true << QStringLiteral("native");
    QTest::newRow("reverse-dns private-use")
        << QStringLiteral("com.example.app:/oauth2redirect") << false << true << QStringLiteral("native");

    // Casdoor docs (seeds 000 and 001).
    QTest::newRow("seed wildcard 127") << QStringLiteral("http://127.0.0.1:*/callback") << true << true << none;
    QTest::newRow("seed wildcard localhost") << QStringLiteral("http://localhost:*/callback") << true << true << none;
    QTest::newRow("seed localhost 3000") << QStringLiteral("http://localhost:3000/callback") << true << true << none;
    QTest::newRow("seed https localhost 3000")
        << QStringLiteral("https://localhost:3000/callback") << true << true << none;
    QTest::newRow("seed trailing slash") << QStringLiteral("http://localhost:3000/callback/") << true << true << none;
    QTest::newRow("seed localhost 8080") << QStringLiteral("http://localhost:8080/callback") << true << true << none;
    QTest::newRow("seed dcr client") << QStringLiteral("https://client.example.com/callback") << true << true << none;

    // CASDOOR.md section 6 entries.
    QTest::newRow("casdoor regex port") << QStringLiteral("http://127.0.0.1:\\d+/callback") << false << false
                                        << QStringLiteral("regular expression");
    QTest::newRow("casdoor regex host") << QStringLiteral("https://.*\\.example\\.com/callback") << false << false
                                        << QStringLiteral("wildcard");
    QTest::newRow("casdoor regex scheme alternation") << QStringLiteral("(http|https)://127\\.0\\.0\\.1:\\d+/callback")
                                                      << false << false << QStringLiteral("regular expression");
    QTest::newRow("casdoor no scheme 127")
        << QStringLiteral("127.0.0.1/callback") << false << false << QStringLiteral("http://127.0.0.1/callback");
    QTest::newRow("casdoor no scheme localhost")
        << QStringLiteral("localhost/callback") << false << false << QStringLiteral("http://localhost/callback");
    QTest::newRow("casdoor explicit port") << QStringLiteral("http://127.0.0.1:53123/callback") << true << true << none;
    QTest::newRow("casdoor ipv6 wildcard") << QStringLiteral("http://[::1]:*/callback") << true << true << none;

    // Loopback forms.
    QTest::newRow("ipv6 loopback") << QStringLiteral("http://[::1]/cb") << true << true << none;
    QTest::newRow("ipv6 loopback port") << QStringLiteral("http://[::1]:8080/cb") << true << true << none;
    QTest::newRow("ipv6 wildcard short") << QStringLiteral("http://[::1]:*/cb") << true << true << none;
    QTest::newRow("127/8 literal") << QStringLiteral("http://127.10.20.30:9000/cb") << true << true << none;
    QTest::newRow("wildcard without path") << QStringLiteral("http://127.0.0.1:*") << true << true << none;
    QTest::newRow("upper-case localhost") << QStringLiteral("http://LOCALHOST/cb") << true << true << none;
    QTest::newRow("loopback with query") << QStringLiteral("http://127.0.0.1/cb?x=1") << true << true << none;

    // Refused for both kinds.
    QTest::newRow("empty") << QString() << false << false << QStringLiteral("empty");
    QTest::newRow("blank") << QStringLiteral("   ") << false << false << QStringLiteral("empty");
    QTest::newRow("leading space") << QStringLiteral(" https://a.example/cb") << false << false
                                   << QStringLiteral("whitespace");
    QTest::newRow("inner space") << QStringLiteral("https://a.example/c b") << false << false
                                 << QStringLiteral("whitespace");
    QTest::newRow("tab") << QStringLiteral("https://a.example/cb\t") << false << false << QStringLiteral("control");
    QTest::newRow("newline") << QStringLiteral("https://a.example/cb\n") << false << false << QStringLiteral("control");
    QTest::newRow("zero-width space") << (QStringLiteral("https://a.example/cb") + QChar(0x200B)) << false << false
                                      << QStringLiteral("control");
    QTest::newRow("no scheme host") << QStringLiteral("example.com/cb") << false << false
                                    << QStringLiteral("https://example.com/cb");
    QTest::newRow("no scheme with port") << QStringLiteral("localhost:8080/callback") << false << false
                                         << QStringLiteral("scheme");
    QTest::newRow("network-path reference")
        << QStringLiteral("//127.0.0.1/cb") << false << false << QStringLiteral("scheme");
    QTest::newRow("fragment") << QStringLiteral("https://a.example/cb#top") << false << false
                              << QStringLiteral("fragment");
    QTest::newRow("empty fragment") << QStringLiteral("http://127.0.0.1/cb#") << false << false
                                    << QStringLiteral("fragment");
    QTest::newRow("userinfo https") << QStringLiteral("https://user@a.example/cb") << false << false
                                    << QStringLiteral("userinfo");
    QTest::newRow("userinfo loopback") << QStringLiteral("http://evil.example@127.0.0.1/cb") << false << false
                                       << QStringLiteral("userinfo");
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false << false
                                << QStringLiteral("run code");
    QTest::newRow("javascript upper") << QStringLiteral("JavaScript:alert(1)") << false << false
                                      << QStringLiteral("run code");
    QTest::newRow("data") << QStringLiteral("data:text/html,hi") << false << false << QStringLiteral("local files");
    QTest::newRow("file") << QStringLiteral("file:///etc/passwd") << false << false << QStringLiteral("local files");
    QTest::newRow("vbscript") << QStringLiteral("vbscript:msgbox") << false << false << QStringLiteral("run code");
    QTest::newRow("http public host") << QStringLiteral("http://example.com/cb") << false << false
                                      << QStringLiteral("use https");
    QTest::newRow("http private address")
        << QStringLiteral("http://192.168.1.10/cb") << false << false << QStringLiteral("https");
    QTest::newRow("http 127 prefix name")
        << QStringLiteral("http://127.0.0.1.example.com/cb") << false << false << QStringLiteral("https");
    QTest::newRow("http octal-looking 127")
        << QStringLiteral("http://0127.0.0.1/cb") << false << false << QStringLiteral("https");
    QTest::newRow("http localhost subdomain")
        << QStringLiteral("http://localhost.evil.example/cb") << false << false << QStringLiteral("https");
    QTest::newRow("host wildcard") << QStringLiteral("https://*.example.com/cb") << false << false
                                   << QStringLiteral("wildcard");
    QTest::newRow("path wildcard") << QStringLiteral("https://a.example/*") << false << false
                                   << QStringLiteral("wildcard");
    QTest::newRow("loopback path wildcard")
        << QStringLiteral("http://127.0.0.1:*/cb/*") << false << false << QStringLiteral("wildcard");
    QTest::newRow("partial port wildcard")
        << QStringLiteral("http://127.0.0.1:80*/cb") << false << false << QStringLiteral("wildcard");
    QTest::newRow("wildcard port public https")
        << QStringLiteral("https://a.example:*/cb") << false << false << QStringLiteral("loopback");
    QTest::newRow("wildcard port https loopback")
        << QStringLiteral("https://localhost:*/cb") << false << false << QStringLiteral("wildcard");
    QTest::newRow("wildcard port public http")
        << QStringLiteral("http://example.com:*/cb") << false << false << QStringLiteral("loopback");
    QTest::newRow("wildcard port private-use")
        << QStringLiteral("cursor://x:*/cb") << false << false << QStringLiteral("wildcard");
    QTest::newRow("port zero") << QStringLiteral("http://127.0.0.1:0/cb") << false << false
                               << QStringLiteral("1 and 65535");
    QTest::newRow("port too big") << QStringLiteral("http://127.0.0.1:65536/cb") << false << false
                                  << QStringLiteral("1 and 65535");
    QTest::newRow("port huge") << QStringLiteral("http://127.0.0.1:99999999999/cb") << false << false
                               << QStringLiteral("1 and 65535");
    QTest::newRow("port max") << QStringLiteral("http://127.0.0.1:65535/cb") << true << true << none;
    QTest::newRow("port one") << QStringLiteral("http://127.0.0.1:1/cb") << true << true << none;
    QTest::newRow("port empty") << QStringLiteral("http://127.0.0.1:/cb") << false << false << QStringLiteral("port");
    QTest::newRow("port letters") << QStringLiteral("http://127.0.0.1:abc/cb") << false << false
                                  << QStringLiteral("not a number");
    QTest::newRow("port character class") << QStringLiteral("http://127.0.0.1:[0-9]+/cb") << false << false
                                          << QStringLiteral("regular expressions are not supported");
    QTest::newRow("https without host") << QStringLiteral("https:///cb") << false << false << QStringLiteral("host");
    QTest::newRow("https opaque") << QStringLiteral("https:cb") << false << false << QStringLiteral("host");
    QTest::newRow("bad percent escape") << QStringLiteral("https://a.example/%zz") << false << false
                                        << QStringLiteral("not a valid URI");
}

void TestRedirectUriRules::validateRegistration()
{
    QFETCH(QString, uri);
    QFETCH(bool, webOk);
    QFETCH(bool, nativeOk);
    QFETCH(QString, keyword);

    const std::pair<ClientKind, bool> cases[] = {{ClientKind::Web, webOk}, {ClientKind::Native, nativeOk}};
    for (const auto& [kind, expectedOk] : cases) {
        const auto status = RedirectUriRules::validateRegistration(uri, kind);
        const char* kindName = kind == ClientKind::Web ? "web" : "native";
        QVERIFY2(status.isOk() == expectedOk,
            qPrintable(QStringLiteral("%1 client: expected %2, got %3")
                           .arg(QLatin1String(kindName), expectedOk ? QStringLiteral("ok") : QStringLiteral("refusal"),
                               status.isOk() ? QStringLiteral("ok") : status.error().message)));
        if (status.isOk())
            continue;
        QCOMPARE(status.error().code, ErrorCode::InvalidInput);
        QCOMPARE(status.error().field, QStringLiteral("redirectUris"));
        QVERIFY2(!keyword.isEmpty(), "a refused row must name the word its message has to contain");
        QVERIFY2(status.error().message.contains(keyword, Qt::CaseInsensitive),
            qPrintable(QStringLiteral("%1 client: \"%2\" not in \"%3\"")
                           .arg(QLatin1String(kindName), keyword, status.error().message)));
    }
}

void TestRedirectUriRules::matchOne_data()
{
    QTest::addColumn<QString>("registered");
    QTest::addColumn<QString>("requested");
    QTest::addColumn<bool>("matched");
    QTest::addColumn<QString>("keyword"); // must appear in the reason of a mismatch

    const QString none;

    // Seed 000: Claude Desktop with port wildcards.
    QTest::newRow("seed 127 wildcard any port") << QStringLiteral("http://127.0.0.1:*/callback")
                                                << QStringLiteral("http://127.0.0.1:53123/callback") << true << none;
    QTest::newRow("seed 127 wildcard low port") << QStringLiteral("http://127.0.0.1:*/callback")
                                                << QStringLiteral("http://127.0.0.1:1024/callback") << true << none;
    QTest::newRow("seed localhost wildcard any port")
        << QStringLiteral("http://localhost:*/callback") << QStringLiteral("http://localhost:49152/callback") << true
        << none;
    QTest::newRow("seed wildcard without port in request")
        << QStringLiteral("http://localhost:*/callback") << QStringLiteral("http://localhost/callback") << true << none;
    QTest::newRow("seed wildcard other loopback name")
        << QStringLiteral("http://127.0.0.1:*/callback") << QStringLiteral("http://localhost:53123/callback") << false
        << QStringLiteral("not interchangeable");
    QTest::newRow("seed wildcard other path")
        << QStringLiteral("http://127.0.0.1:*/callback") << QStringLiteral("http://127.0.0.1:53123/cb") << false
        << QStringLiteral("the path differs: requested /cb, registered /callback");
    QTest::newRow("seed wildcard https request")
        << QStringLiteral("http://127.0.0.1:*/callback") << QStringLiteral("https://127.0.0.1:53123/callback") << false
        << QStringLiteral("the scheme differs: requested https, registered http");

    // Seed 001: "these are all different redirect URIs".
    QTest::newRow("seed exact 3000") << QStringLiteral("http://localhost:3000/callback")
                                     << QStringLiteral("http://localhost:3000/callback") << true << none;
    QTest::newRow("seed different scheme")
        << QStringLiteral("http://localhost:3000/callback") << QStringLiteral("https://localhost:3000/callback")
        << false << QStringLiteral("the scheme differs: requested https, registered http");
    QTest::newRow("seed trailing slash")
        << QStringLiteral("http://localhost:3000/callback") << QStringLiteral("http://localhost:3000/callback/")
        << false
        << QStringLiteral("the path differs only by a trailing slash: requested /callback/, registered /callback");
    QTest::newRow("seed trailing slash registered")
        << QStringLiteral("http://localhost:3000/callback/") << QStringLiteral("http://localhost:3000/callback")
        << false << QStringLiteral("trailing slash");
    QTest::newRow("seed different port") << QStringLiteral("http://localhost:3000/callback")
                                         << QStringLiteral("http://localhost:3001/callback") << false
                                         << QStringLiteral("the port differs: requested 3001, registered 3000");
    QTest::newRow("seed 8080 exact") << QStringLiteral("http://localhost:8080/callback")
                                     << QStringLiteral("http://localhost:8080/callback") << true << none;
    QTest::newRow("seed 8080 other port")
        << QStringLiteral("http://localhost:8080/callback") << QStringLiteral("http://localhost:8081/callback") << false
        << QStringLiteral("port");
    QTest::newRow("seed dcr exact") << QStringLiteral("https://client.example.com/callback")
                                    << QStringLiteral("https://client.example.com/callback") << true << none;
    QTest::newRow("seed dcr subdomain") << QStringLiteral("https://client.example.com/callback")
                                        << QStringLiteral("https://evil.client.example.com/callback") << false
                                        << QStringLiteral("host");

    // CASDOOR.md section 6, with our semantics.
    QTest::newRow("casdoor 127 wildcard") << QStringLiteral("http://127.0.0.1:*/callback")
                                          << QStringLiteral("http://127.0.0.1:53123/callback") << true << none;
    QTest::newRow("casdoor regex port") << QStringLiteral("http://127.0.0.1:\\d+/callback")
                                        << QStringLiteral("http://127.0.0.1:53123/callback") << false
                                        << QStringLiteral("port");
    QTest::newRow("casdoor regex host") << QStringLiteral("https://.*\\.example\\.com/callback")
                                        << QStringLiteral("https://a.example.com/callback") << false
                                        << QStringLiteral("host");
    QTest::newRow("casdoor regex alternation")
        << QStringLiteral("(http|https)://127\\.0\\.0\\.1:\\d+/callback")
        << QStringLiteral("http://127.0.0.1:53123/callback") << false << QStringLiteral("scheme");
    QTest::newRow("casdoor scheme-less 127")
        << QStringLiteral("127.0.0.1/callback") << QStringLiteral("http://127.0.0.1:53123/callback") << false
        << QStringLiteral("scheme");
    QTest::newRow("casdoor scheme-less localhost")
        << QStringLiteral("localhost/callback") << QStringLiteral("http://localhost:53123/callback") << false
        << QStringLiteral("scheme");
    QTest::newRow("casdoor localhost no port") << QStringLiteral("http://localhost/callback")
                                               << QStringLiteral("http://localhost:53123/callback") << true << none;
    QTest::newRow("casdoor query added") << QStringLiteral("http://127.0.0.1:53123/callback")
                                         << QStringLiteral("http://127.0.0.1:53123/callback?x=1") << false
                                         << QStringLiteral("the query differs: requested ?x=1, registered none");
    QTest::newRow("casdoor ipv6 wildcard")
        << QStringLiteral("http://[::1]:*/callback") << QStringLiteral("http://[::1]:53123/callback") << true << none;

    // Real clients (MCP-AUTH.md section 3).
    QTest::newRow("vscode web") << QStringLiteral("https://vscode.dev/redirect")
                                << QStringLiteral("https://vscode.dev/redirect") << true << none;
    QTest::newRow("vscode loopback root any port")
        << QStringLiteral("http://127.0.0.1/") << QStringLiteral("http://127.0.0.1:40123/") << true << none;
    QTest::newRow("vscode loopback root missing slash")
        << QStringLiteral("http://127.0.0.1/") << QStringLiteral("http://127.0.0.1:40123") << false
        << QStringLiteral("trailing slash");
    QTest::newRow("vscode fixed port") << QStringLiteral("http://127.0.0.1:33418/")
                                       << QStringLiteral("http://127.0.0.1:33418/") << true << none;
    QTest::newRow("vscode fixed port other")
        << QStringLiteral("http://127.0.0.1:33418/") << QStringLiteral("http://127.0.0.1:33419/") << false
        << QStringLiteral("the port differs: requested 33419, registered 33418");
    QTest::newRow("claude code localhost any port")
        << QStringLiteral("http://localhost/callback") << QStringLiteral("http://localhost:61000/callback") << true
        << none;
    QTest::newRow("claude code localhost vs 127")
        << QStringLiteral("http://127.0.0.1/callback") << QStringLiteral("http://localhost:61000/callback") << false
        << QStringLiteral("the host differs: requested localhost, registered 127.0.0.1 (loopback names are not "
                          "interchangeable)");
    QTest::newRow("mcp-remote exact") << QStringLiteral("http://localhost:3334/oauth/callback")
                                      << QStringLiteral("http://localhost:3334/oauth/callback") << true << none;
    QTest::newRow("mcp-remote derived port")
        << QStringLiteral("http://localhost:3334/oauth/callback")
        << QStringLiteral("http://localhost:12345/oauth/callback") << false << QStringLiteral("port");
    QTest::newRow("claude.ai exact") << QStringLiteral("https://claude.ai/api/mcp/auth_callback")
                                     << QStringLiteral("https://claude.ai/api/mcp/auth_callback") << true << none;
    QTest::newRow("claude.ai other path")
        << QStringLiteral("https://claude.ai/api/mcp/auth_callback") << QStringLiteral("https://claude.ai/api/callback")
        << false << QStringLiteral("path");
    QTest::newRow("cursor exact") << QStringLiteral("cursor://anysphere.cursor-retrieval/oauth/callback")
                                  << QStringLiteral("cursor://anysphere.cursor-retrieval/oauth/callback") << true
                                  << none;
    QTest::newRow("cursor vs vscode") << QStringLiteral("cursor://anysphere.cursor-retrieval/oauth/callback")
                                      << QStringLiteral("vscode://anysphere.cursor-retrieval/oauth/callback") << false
                                      << QStringLiteral("scheme");
    QTest::newRow("reverse-dns exact") << QStringLiteral("com.example.app:/oauth2redirect")
                                       << QStringLiteral("com.example.app:/oauth2redirect") << true << none;

    // No normalisation and no case folding.
    QTest::newRow("host case") << QStringLiteral("https://client.example.com/cb")
                               << QStringLiteral("https://Client.Example.com/cb") << false
                               << QStringLiteral("letter case");
    QTest::newRow("path case") << QStringLiteral("https://client.example.com/cb")
                               << QStringLiteral("https://client.example.com/CB") << false << QStringLiteral("path");
    QTest::newRow("scheme case") << QStringLiteral("https://client.example.com/cb")
                                 << QStringLiteral("HTTPS://client.example.com/cb") << false
                                 << QStringLiteral("scheme");
    QTest::newRow("default port written")
        << QStringLiteral("https://client.example.com/cb") << QStringLiteral("https://client.example.com:443/cb")
        << false << QStringLiteral("the port differs: requested 443, registered none");
    QTest::newRow("percent-encoded path")
        << QStringLiteral("https://client.example.com/cb") << QStringLiteral("https://client.example.com/%63b") << false
        << QStringLiteral("path");
    QTest::newRow("query removed") << QStringLiteral("https://client.example.com/cb?tenant=a")
                                   << QStringLiteral("https://client.example.com/cb") << false
                                   << QStringLiteral("the query differs: requested none, registered ?tenant=a");
    QTest::newRow("query changed") << QStringLiteral("https://client.example.com/cb?tenant=a")
                                   << QStringLiteral("https://client.example.com/cb?tenant=b") << false
                                   << QStringLiteral("query");
    QTest::newRow("query kept") << QStringLiteral("https://client.example.com/cb?tenant=a")
                                << QStringLiteral("https://client.example.com/cb?tenant=a") << true << none;

    // The any-port rule applies only to loopback http registrations without a fixed port.
    QTest::newRow("https localhost no port is exact")
        << QStringLiteral("https://localhost/cb") << QStringLiteral("https://localhost:8443/cb") << false
        << QStringLiteral("port");
    QTest::newRow("https public no port is exact")
        << QStringLiteral("https://client.example.com/cb") << QStringLiteral("https://client.example.com:8443/cb")
        << false << QStringLiteral("port");
    QTest::newRow("loopback any port keeps query")
        << QStringLiteral("http://127.0.0.1/cb?x=1") << QStringLiteral("http://127.0.0.1:5000/cb?x=1") << true << none;
    QTest::newRow("loopback any port query differs")
        << QStringLiteral("http://127.0.0.1/cb?x=1") << QStringLiteral("http://127.0.0.1:5000/cb?x=2") << false
        << QStringLiteral("query");
    QTest::newRow("loopback 127/8 literal")
        << QStringLiteral("http://127.0.0.2/cb") << QStringLiteral("http://127.0.0.1:5000/cb") << false
        << QStringLiteral("host");
    QTest::newRow("ipv6 vs ipv4 loopback")
        << QStringLiteral("http://[::1]:*/callback") << QStringLiteral("http://127.0.0.1:5000/callback") << false
        << QStringLiteral("not interchangeable");
    QTest::newRow("ipv6 no port any port")
        << QStringLiteral("http://[::1]/callback") << QStringLiteral("http://[::1]:5000/callback") << true << none;

    // Requests that are not usable redirect URIs at all.
    QTest::newRow("request empty") << QStringLiteral("https://a.example/cb") << QString() << false
                                   << QStringLiteral("empty");
    QTest::newRow("request fragment") << QStringLiteral("https://a.example/cb")
                                      << QStringLiteral("https://a.example/cb#x") << false
                                      << QStringLiteral("fragment");
    QTest::newRow("request equal with fragment")
        << QStringLiteral("https://a.example/cb#x") << QStringLiteral("https://a.example/cb#x") << false
        << QStringLiteral("fragment");
    QTest::newRow("request relative") << QStringLiteral("https://a.example/cb") << QStringLiteral("/cb") << false
                                      << QStringLiteral("scheme");
    QTest::newRow("request scheme-less") << QStringLiteral("127.0.0.1/callback") << QStringLiteral("127.0.0.1/callback")
                                         << false << QStringLiteral("scheme");
    QTest::newRow("request wildcard port")
        << QStringLiteral("http://127.0.0.1:*/callback") << QStringLiteral("http://127.0.0.1:*/callback") << false
        << QStringLiteral("port");
    QTest::newRow("request port out of range")
        << QStringLiteral("http://127.0.0.1:*/callback") << QStringLiteral("http://127.0.0.1:70000/callback") << false
        << QStringLiteral("port");
    QTest::newRow("request userinfo") << QStringLiteral("http://127.0.0.1/cb")
                                      << QStringLiteral("http://a@127.0.0.1:5000/cb") << false
                                      << QStringLiteral("userinfo");
    QTest::newRow("request whitespace") << QStringLiteral("https://a.example/cb")
                                        << QStringLiteral("https://a.example/cb ") << false
                                        << QStringLiteral("whitespace");
    QTest::newRow("request invalid escape")
        << QStringLiteral("https://a.example/%zz") << QStringLiteral("https://a.example/%zz") << false
        << QStringLiteral("not a valid URI");
}

void TestRedirectUriRules::matchOne()
{
    QFETCH(QString, registered);
    QFETCH(QString, requested);
    QFETCH(bool, matched);
    QFETCH(QString, keyword);

    const RedirectUriRules::Match m = RedirectUriRules::matchOne(registered, requested);
    QVERIFY2(m.matched == matched, qPrintable(QStringLiteral("reason: \"%1\"").arg(m.reason)));
    QCOMPARE(m.registered, registered);
    if (matched) {
        QVERIFY2(m.reason.isEmpty(), qPrintable(m.reason));
    } else {
        QVERIFY(!keyword.isEmpty());
        QVERIFY2(m.reason.contains(keyword, Qt::CaseInsensitive),
            qPrintable(QStringLiteral("\"%1\" not in \"%2\"").arg(keyword, m.reason)));
    }
}

void TestRedirectUriRules::match_data()
{
    QTest::addColumn<QStringList>("registered");
    QTest::addColumn<QString>("requested");
    QTest::addColumn<bool>("matched");
    QTest::addColumn<QString>("expectedRegistered"); // the matching entry, or the closest one
    QTest::addColumn<QString>("keyword");

    const QStringList claudeDesktop{
        QStringLiteral("http://127.0.0.1:*/callback"), QStringLiteral("http://localhost:*/callback")};
    const QStringList vscode{QStringLiteral("https://vscode.dev/redirect"),
        QStringLiteral("https://insiders.vscode.dev/redirect"), QStringLiteral("http://127.0.0.1/"),
        QStringLiteral("http://127.0.0.1:33418/")};
    const QStringList claudeCode{
        QStringLiteral("http://localhost/callback"), QStringLiteral("http://127.0.0.1/callback")};
    const QStringList webOnly{QStringLiteral("https://claude.ai/api/mcp/auth_callback"),
        QStringLiteral("https://client.example.com/callback")};

    QTest::newRow("claude desktop 127") << claudeDesktop << QStringLiteral("http://127.0.0.1:53123/callback") << true
                                        << claudeDesktop.at(0) << QString();
    QTest::newRow("claude desktop localhost") << claudeDesktop << QStringLiteral("http://localhost:53123/callback")
                                              << true << claudeDesktop.at(1) << QString();
    QTest::newRow("claude desktop ipv6 not registered")
        << claudeDesktop << QStringLiteral("http://[::1]:53123/callback") << false << claudeDesktop.at(0)
        << QStringLiteral("host");
    QTest::newRow("claude desktop path closest localhost")
        << claudeDesktop << QStringLiteral("http://localhost:53123/cb") << false << claudeDesktop.at(1)
        << QStringLiteral("path");
    QTest::newRow("vscode web") << vscode << QStringLiteral("https://vscode.dev/redirect") << true << vscode.at(0)
                                << QString();
    QTest::newRow("vscode insiders") << vscode << QStringLiteral("https://insiders.vscode.dev/redirect") << true
                                     << vscode.at(1) << QString();
    QTest::newRow("vscode loopback random port")
        << vscode << QStringLiteral("http://127.0.0.1:51234/") << true << vscode.at(2) << QString();
    QTest::newRow("vscode loopback fixed port")
        << vscode << QStringLiteral("http://127.0.0.1:33418/") << true << vscode.at(2) << QString();
    QTest::newRow("vscode localhost refused") << vscode << QStringLiteral("http://localhost:51234/") << false
                                              << vscode.at(2) << QStringLiteral("not interchangeable");
    QTest::newRow("claude code localhost")
        << claudeCode << QStringLiteral("http://localhost:40000/callback") << true << claudeCode.at(0) << QString();
    QTest::newRow("claude code 127") << claudeCode << QStringLiteral("http://127.0.0.1:40000/callback") << true
                                     << claudeCode.at(1) << QString();
    QTest::newRow("claude code trailing slash") << claudeCode << QStringLiteral("http://127.0.0.1:40000/callback/")
                                                << false << claudeCode.at(1) << QStringLiteral("trailing slash");
    // Casdoor accepts this for every application (its global loopback allowance); we do not.
    QTest::newRow("no global loopback allowance")
        << webOnly << QStringLiteral("http://localhost:5000/x") << false << webOnly.at(0) << QStringLiteral("scheme");
    QTest::newRow("closest by path") << webOnly << QStringLiteral("https://client.example.com/callbacks") << false
                                     << webOnly.at(1) << QStringLiteral("path");
    QTest::newRow("closest tie takes first")
        << QStringList{QStringLiteral("https://a.example/one"), QStringLiteral("https://b.example/one")}
        << QStringLiteral("https://c.example/one") << false << QStringLiteral("https://a.example/one")
        << QStringLiteral("host");
    QTest::newRow("closest by fewest components")
        << QStringList{QStringLiteral("https://b.example:8443/two"), QStringLiteral("https://a.example:8443/one?x")}
        << QStringLiteral("https://a.example:8443/one") << false << QStringLiteral("https://a.example:8443/one?x")
        << QStringLiteral("query");
    QTest::newRow("seed trailing slash among several")
        << QStringList{QStringLiteral("http://localhost:3000/callback"),
               QStringLiteral("https://client.example.com/callback")}
        << QStringLiteral("http://localhost:3000/callback/") << false
        << QStringLiteral("http://localhost:3000/callback") << QStringLiteral("trailing slash");
    QTest::newRow("empty list") << QStringList() << QStringLiteral("http://127.0.0.1:5000/cb") << false << QString()
                                << QStringLiteral("no registered redirect URIs");
    QTest::newRow("invalid request") << vscode << QStringLiteral("https://vscode.dev/redirect#frag") << false
                                     << vscode.at(0) << QStringLiteral("fragment");
}

void TestRedirectUriRules::match()
{
    QFETCH(QStringList, registered);
    QFETCH(QString, requested);
    QFETCH(bool, matched);
    QFETCH(QString, expectedRegistered);
    QFETCH(QString, keyword);

    const RedirectUriRules::Match m = RedirectUriRules::match(registered, requested);
    QVERIFY2(m.matched == matched, qPrintable(QStringLiteral("reason: \"%1\"").arg(m.reason)));
    QCOMPARE(m.registered, expectedRegistered);
    if (matched) {
        QVERIFY2(m.reason.isEmpty(), qPrintable(m.reason));
    } else {
        QVERIFY2(m.reason.contains(keyword, Qt::CaseInsensitive),
            qPrintable(QStringLiteral("\"%1\" not in \"%2\"").arg(keyword, m.reason)));
    }
}

void TestRedirectUriRules::isLoopbackHost_data()
{
    QTest::addColumn<QString>("host");
    QTest::addColumn<bool>("loopback");

    QTest::newRow("127.0.0.1") << QStringLiteral("127.0.0.1") << true;
    QTest::newRow("127.255.255.254") << QStringLiteral("127.255.255.254") << true;
    QTest::newRow("127.1.2.3") << QStringLiteral("127.1.2.3") << true;
    QTest::newRow("::1") << QStringLiteral("::1") << true;
    QTest::newRow("[::1]") << QStringLiteral("[::1]") << true;
    QTest::newRow("localhost") << QStringLiteral("localhost") << true;
    QTest::newRow("LocalHost") << QStringLiteral("LocalHost") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("128.0.0.1") << QStringLiteral("128.0.0.1") << false;
    QTest::newRow("127.0.0") << QStringLiteral("127.0.0") << false;
    QTest::newRow("127.1 short form") << QStringLiteral("127.1") << false;
    QTest::newRow("127.0.0.256") << QStringLiteral("127.0.0.256") << false;
    QTest::newRow("127.0.0.1.5") << QStringLiteral("127.0.0.1.5") << false;
    QTest::newRow("leading zero") << QStringLiteral("127.0.0.01") << false;
    QTest::newRow("name ending in 127 literal") << QStringLiteral("127.0.0.1.nip.io") << false;
    QTest::newRow("localhost.") << QStringLiteral("localhost.") << false;
    QTest::newRow("sub.localhost") << QStringLiteral("app.localhost") << false;
    QTest::newRow("localhost subdomain of public") << QStringLiteral("localhost.example.com") << false;
    QTest::newRow("[::2]") << QStringLiteral("[::2]") << false;
    QTest::newRow("0.0.0.0") << QStringLiteral("0.0.0.0") << false;
    QTest::newRow("example.com") << QStringLiteral("example.com") << false;
}

void TestRedirectUriRules::isLoopbackHost()
{
    QFETCH(QString, host);
    QFETCH(bool, loopback);
    QCOMPARE(RedirectUriRules::isLoopbackHost(host), loopback);
}

void TestRedirectUriRules::kindOf_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<bool>("native");

    QTest::newRow("loopback 127") << QStringLiteral("http://127.0.0.1:3334/oauth/callback") << true;
    QTest::newRow("loopback localhost") << QStringLiteral("http://localhost/callback") << true;
    QTest::newRow("loopback ipv6") << QStringLiteral("http://[::1]:8080/cb") << true;
    QTest::newRow("loopback any port") << QStringLiteral("http://127.0.0.1:*/cb") << true;
    QTest::newRow("private-use cursor") << QStringLiteral("cursor://anysphere.cursor-retrieval/oauth/callback") << true;
    QTest::newRow("private-use reverse dns") << QStringLiteral("com.example.app:/oauth2redirect") << true;
    QTest::newRow("https") << QStringLiteral("https://app.example.com/cb") << false;
    QTest::newRow("https on localhost") << QStringLiteral("https://localhost:3000/cb") << false;
    QTest::newRow("http elsewhere") << QStringLiteral("http://app.example.com/cb") << false;
    QTest::newRow("no scheme") << QStringLiteral("localhost:3000/cb") << false;
}

void TestRedirectUriRules::kindOf()
{
    QFETCH(QString, uri);
    QFETCH(bool, native);
    QCOMPARE(RedirectUriRules::kindOf(uri) == ClientKind::Native, native);
}

void TestRedirectUriRules::validatePattern_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("keyword"); // in the message of a refusal

    const QString none;
    QTest::newRow("exact https") << QStringLiteral("https://app.example.com/callback") << true << none;
    QTest::newRow("host label wildcard") << QStringLiteral("https://*.example.com/callback") << true << none;
    QTest::newRow("port wildcard https") << QStringLiteral("https://app.example.com:*/callback") << true << none;
    QTest::newRow("both wildcards") << QStringLiteral("https://*.example.com:*/cb") << true << none;
    QTest::newRow("loopback without port") << QStringLiteral("http://127.0.0.1/callback") << true << none;
    QTest::newRow("loopback port wildcard") << QStringLiteral("http://localhost:*/oauth/callback") << true << none;
    QTest::newRow("private-use") << QStringLiteral("cursor://anysphere.cursor-retrieval/oauth/callback") << true
                                 << none;
    QTest::newRow("empty") << QString() << false << QStringLiteral("empty");
    QTest::newRow("wildcard over a top-level domain")
        << QStringLiteral("https://*.com/callback") << false << QStringLiteral("two host labels");
    QTest::newRow("wildcard inside a label")
        << QStringLiteral("https://app-*.example.com/cb") << false << QStringLiteral("leftmost host label");
    QTest::newRow("wildcard in the path")
        << QStringLiteral("https://app.example.com/*") << false << QStringLiteral("paths and queries");
    QTest::newRow("wildcard in the query")
        << QStringLiteral("https://app.example.com/cb?x=*") << false << QStringLiteral("paths and queries");
    QTest::newRow("second-level wildcard")
        << QStringLiteral("https://a.*.example.com/cb") << false << QStringLiteral("leftmost host label");
    QTest::newRow("http elsewhere") << QStringLiteral("http://*.example.com/cb") << false << QStringLiteral("loopback");
    QTest::newRow("fragment") << QStringLiteral("https://*.example.com/cb#x") << false << QStringLiteral("fragment");
    QTest::newRow("javascript") << QStringLiteral("javascript:alert(1)") << false << QStringLiteral("not allowed");
    QTest::newRow("no scheme") << QStringLiteral("app.example.com/cb") << false << QStringLiteral("no scheme");
}

void TestRedirectUriRules::validatePattern()
{
    QFETCH(QString, pattern);
    QFETCH(bool, ok);
    QFETCH(QString, keyword);
    const mcpauth::Status status = RedirectUriRules::validatePattern(pattern);
    QVERIFY2(status.isOk() == ok, qPrintable(status.isOk() ? QStringLiteral("accepted") : status.error().message));
    if (!ok) {
        QCOMPARE(status.error().code, ErrorCode::InvalidInput);
        QVERIFY2(status.error().message.contains(keyword), qPrintable(status.error().message));
    }
}

void TestRedirectUriRules::matchesPattern_data()
{
    QTest::addColumn<QString>("pattern");
    QTest::addColumn<QString>("uri");
    QTest::addColumn<bool>("matches");

    const QString exact = QStringLiteral("https://app.example.com/callback");
    QTest::newRow("exact") << exact << exact << true;
    QTest::newRow("exact: other path") << exact << QStringLiteral("https://app.example.com/callback2") << false;
    QTest::newRow("exact: trailing slash") << exact << QStringLiteral("https://app.example.com/callback/") << false;
    QTest::newRow("exact: a port") << exact << QStringLiteral("https://app.example.com:8443/callback") << false;
    QTest::newRow("exact: query added") << exact << QStringLiteral("https://app.example.com/callback?x=1") << false;
    QTest::newRow("exact: case") << exact << QStringLiteral("https://APP.example.com/callback") << false;

    const QString label = QStringLiteral("https://*.example.com/callback");
    QTest::newRow("label: one label") << label << QStringLiteral("https://app.example.com/callback") << true;
    QTest::newRow("label: bare domain") << label << QStringLiteral("https://example.com/callback") << false;
    QTest::newRow("label: two labels") << label << QStringLiteral("https://a.b.example.com/callback") << false;
    QTest::newRow("label: look-alike suffix")
        << label << QStringLiteral("https://app.evilexample.com/callback") << false;
    QTest::newRow("label: other scheme") << label << QStringLiteral("http://app.example.com/callback") << false;
    QTest::newRow("label: other path") << label << QStringLiteral("https://app.example.com/other") << false;
    QTest::newRow("label: with a port") << label << QStringLiteral("https://app.example.com:8443/callback") << false;

    const QString port = QStringLiteral("https://app.example.com:*/cb");
    QTest::newRow("port: any port") << port << QStringLiteral("https://app.example.com:8443/cb") << true;
    QTest::newRow("port: none") << port << QStringLiteral("https://app.example.com/cb") << true;
    QTest::newRow("port: other host") << port << QStringLiteral("https://other.example.com:8443/cb") << false;

    const QString loopback = QStringLiteral("http://127.0.0.1/callback");
    QTest::newRow("loopback: any port") << loopback << QStringLiteral("http://127.0.0.1:51234/callback") << true;
    QTest::newRow("loopback: no port") << loopback << loopback << true;
    QTest::newRow("loopback: registered any port") << loopback << QStringLiteral("http://127.0.0.1:*/callback") << true;
    QTest::newRow("loopback: localhost is another host")
        << loopback << QStringLiteral("http://localhost:51234/callback") << false;
    QTest::newRow("loopback: other path") << loopback << QStringLiteral("http://127.0.0.1:51234/cb") << false;
    const QString fixedPort = QStringLiteral("http://127.0.0.1:3000/callback");
    QTest::newRow("loopback fixed port: same") << fixedPort << fixedPort << true;
    QTest::newRow("loopback fixed port: other port")
        << fixedPort << QStringLiteral("http://127.0.0.1:3001/callback") << false;
    // A port-less loopback registration accepts every port, more than the pattern allows.
    QTest::newRow("loopback fixed port: port-less registration")
        << fixedPort << QStringLiteral("http://127.0.0.1/callback") << false;

    const QString cursor = QStringLiteral("cursor://anysphere.cursor-retrieval/oauth/callback");
    QTest::newRow("private-use: exact") << cursor << cursor << true;
    QTest::newRow("private-use: other scheme")
        << cursor << QStringLiteral("evil://anysphere.cursor-retrieval/oauth/callback") << false;

    QTest::newRow("uri with a fragment") << label << QStringLiteral("https://app.example.com/callback#x") << false;
    QTest::newRow("uri with userinfo") << label << QStringLiteral("https://user@app.example.com/callback") << false;
    QTest::newRow("invalid pattern matches nothing")
        << QStringLiteral("https://*.com/callback") << QStringLiteral("https://app.com/callback") << false;
}

void TestRedirectUriRules::matchesPattern()
{
    QFETCH(QString, pattern);
    QFETCH(QString, uri);
    QFETCH(bool, matches);
    QCOMPARE(RedirectUriRules::matchesPattern(pattern, uri), matches);
}

QTEST_GUILESS_MAIN(TestRedirectUriRules)
#include "tst_redirecturirules.moc"
