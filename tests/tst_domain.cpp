#include "domain/Application.h"
#include "domain/ApplicationTemplate.h"
#include "domain/AuditEvent.h"
#include "domain/Consent.h"
#include "domain/Names.h"
#include "domain/Organization.h"
#include "domain/Resource.h"
#include "domain/Scope.h"
#include "domain/SigningKey.h"
#include "domain/Token.h"
#include "domain/User.h"
#include "redirect/RedirectUriRules.h"

#include <QSet>
#include <QTest>
#include <functional>

using namespace mcpauth;

using NamedCheck = std::function<QString()>;
Q_DECLARE_METATYPE(mcpauth::Organization)
Q_DECLARE_METATYPE(mcpauth::Application)
Q_DECLARE_METATYPE(mcpauth::Resource)
Q_DECLARE_METATYPE(mcpauth::Scope)
Q_DECLARE_METATYPE(mcpauth::User)
Q_DECLARE_METATYPE(mcpauth::Consent)
Q_DECLARE_METATYPE(mcpauth::Token)
Q_DECLARE_METATYPE(mcpauth::SigningKey)
Q_DECLARE_METATYPE(NamedCheck)

namespace {

// A fixed, plausible time (2025-01-01T00:00:00Z) so that the timestamp rules have something to compare.
constexpr qint64 kT0 = 1735689600000;

QString dump(const ValidationErrors& errors)
{
    QStringList lines;
    for (const FieldError& e : errors)
        lines << QStringLiteral("  [%1] %2").arg(e.field, e.message);
    return lines.isEmpty() ? QStringLiteral("  (no errors)") : lines.join(QLatin1Char('\n'));
}

// Messages are shown to administrators as they are: whole sentences with every placeholder filled in.
QString sentenceProblem(const FieldError& e)
{
    if (e.field.isEmpty())
        return QStringLiteral("an error has no field: %1").arg(e.message);
    if (e.message.isEmpty() || !e.message.front().isUpper())
        return QStringLiteral("message does not start with a capital letter: %1").arg(e.message);
    if (!e.message.endsWith(QLatin1Char('.')))
        return QStringLiteral("message does not end with a full stop: %1").arg(e.message);
    for (int n = 1; n <= 9; ++n) {
        if (e.message.contains(QLatin1Char('%') + QString::number(n)))
            return QStringLiteral("message has an unfilled placeholder: %1").arg(e.message);
    }
    return {};
}

// Empty when `errors` is what a row expects: no error when `field` is empty; otherwise an error on `field`
// whose message contains `keyword`, and no error on any other field (one fault must not spill over).
QString expectationProblem(const ValidationErrors& errors, const QString& field, const QString& keyword)
{
    for (const FieldError& e : errors) {
        const QString problem = sentenceProblem(e);
        if (!problem.isEmpty())
            return problem + QLatin1Char('\n') + dump(errors);
    }
    if (field.isEmpty()) {
        return errors.isEmpty() ? QString() : QStringLiteral("expected no errors, got:\n") + dump(errors);
    }
    bool found = false;
    for (const FieldError& e : errors) {
        if (e.field != field)
            return QStringLiteral("expected errors only on '%1', got:\n%2").arg(field, dump(errors));
        found = found || e.message.contains(keyword, Qt::CaseInsensitive);
    }
    if (!found)
        return QStringLiteral("expected an error on '%1' mentioning \"%2\", got:\n%3")
            .arg(field, keyword, dump(errors));
    return {};
}

template <typename T, typename F>
T with(T value, F change)
{
    change(value);
    return value;
}

QString repeated(char c, int count)
{
    return QString(count, QLatin1Char(c));
}

const QString kPem = QStringLiteral("-----BEGIN PUBLIC KEY-----\n"
                                    "MFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEXb2TX6Y9C3k6yq2Zsl1aQbC8vDkH\n"
                                    "-----END PUBLIC KEY-----\n");

Organization validOrganization()
{
    Organization o;
    o.id = QStringLiteral("org-1");
    o.name = QStringLiteral("acme");
    o.displayName = QStringLiteral("ACME Corporation");
    return o;
}

// A desktop MCP client such as Claude Desktop: public, loopback redirect, PKCE.
Application validPublicApp()
{
    Application a;
    a.organizationId = QStringLiteral("org-1");
    a.name = QStringLiteral("claude-desktop");
    a.displayName = QStringLiteral("Claude Desktop");
    a.clientType = ClientType::Public;
    a.authMethod = TokenEndpointAuthMethod::None;
    a.redirectUris = {QStringLiteral("http://127.0.0.1/callback")};
    a.grantTypes = {GrantType::AuthorizationCode, GrantType::RefreshToken};
    a.pkceRequired = true;
    a.allowedScopes = {QStringLiteral("application:read"), QStringLiteral("token:read")};
    a.corsOrigins = {QStringLiteral("http://localhost:6274")};
    a.category = AppCategory::Agent;
    a.type = QStringLiteral("MCP");
    return a;
}

// A web application with a server side.
Application validConfidentialApp()
{
    Application a = validPublicApp();
    a.name = QStringLiteral("web.portal_2");
    a.clientId = QStringLiteral("web-portal.client_2~x");
    a.clientType = ClientType::Confidential;
    a.authMethod = TokenEndpointAuthMethod::ClientSecretBasic;
    a.redirectUris = {QStringLiteral("https://app.example.com/callback")};
    a.grantTypes = {GrantType::AuthorizationCode, GrantType::RefreshToken, GrantType::ClientCredentials};
    a.corsOrigins = {QStringLiteral("https://app.example.com")};
    return a;
}

Resource validResource()
{
    Resource r;
    r.organizationId = QStringLiteral("org-1");
    r.uri = QStringLiteral("https://mcp.example.com/mcp");
    r.displayName = QStringLiteral("Example MCP server");
    r.scopes = {QStringLiteral("application:read"), QStringLiteral("application:write")};
    r.toolScopes = {{QStringLiteral("list_applications"), QStringLiteral("application:read")},
        {QStringLiteral("create_application"), QStringLiteral("application:write")}};
    return r;
}

Scope validScope()
{
    Scope s;
    s.name = QStringLiteral("application:read");
    s.displayName = QStringLiteral("Read applications");
    s.description = QStringLiteral("Lets the client list applications and read their settings.");
    return s;
}

User validUser()
{
    User u;
    u.organizationId = QStringLiteral("org-1");
    u.username = QStringLiteral("alice");
    u.displayName = QStringLiteral("Alice Example");
    u.email = QStringLiteral("alice@example.com");
    return u;
}

Consent validConsent()
{
    Consent c;
    c.userId = QStringLiteral("user-1");
    c.applicationId = QStringLiteral("app-1");
    c.resource = QStringLiteral("https://mcp.example.com/mcp");
    c.scopes = {QStringLiteral("application:read")};
    c.grantedAt = kT0;
    return c;
}

Token validToken()
{
    Token t;
    t.id = QStringLiteral("jti-0123456789abcdef");
    t.kind = TokenKind::Access;
    t.applicationId = QStringLiteral("app-1");
    t.userId = QStringLiteral("user-1");
    t.resource = QStringLiteral("https://mcp.example.com/mcp");
    t.scopes = {QStringLiteral("application:read"), QStringLiteral("token:read")};
    t.issuedAt = kT0;
    t.expiresAt = kT0 + 3600 * 1000;
    t.valueHash = repeated('a', 32) + QStringLiteral("0123456789abcdef0123456789abcdef");
    return t;
}

SigningKey validKey()
{
    SigningKey k;
    k.kid = QStringLiteral("2025-01.es256_a");
    k.algorithm = SigningAlgorithm::ES256;
    k.state = KeyState::Active;
    k.publicKeyPem = kPem.toLatin1();
    k.createdAt = kT0;
    return k;
}

// Every entry has a distinct, non-empty name that maps back to its value; the table covers every enumerator
// (the enums are contiguous from 0) and unknown text maps to nothing.
template <typename E, std::size_t N>
QString enumTableProblem(const EnumNames<E, N>& names)
{
    QSet<QString> seen;
    for (std::size_t i = 0; i < N; ++i) {
        const E value = static_cast<E>(i);
        const QString name = enumName(names, value);
        if (name.isEmpty())
            return QStringLiteral("enumerator %1 has no name").arg(QString::number(i));
        if (seen.contains(name))
            return QStringLiteral("name '%1' is used twice").arg(name);
        seen.insert(name);
        const std::optional<E> back = enumFromName(names, name);
        if (!back || *back != value)
            return QStringLiteral("name '%1' does not map back to enumerator %2").arg(name, QString::number(i));
    }
    if (enumAllNames(names).size() != static_cast<qsizetype>(N))
        return QStringLiteral("enumAllNames has the wrong size");
    if (enumFromName(names, QStringLiteral("no-such-value")).has_value())
        return QStringLiteral("an unknown name maps to a value");
    if (enumFromName(names, QString()).has_value())
        return QStringLiteral("the empty name maps to a value");
    if (!enumName(names, static_cast<E>(N)).isEmpty())
        return QStringLiteral("a value outside the enum has a name");
    return {};
}

} // namespace

class TestDomain : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void checkName_data();
    void checkName();
    void scopeToken_data();
    void scopeToken();
    void displayText_data();
    void displayText();
    void description();
    void scopeList_data();
    void scopeList();
    void identifier_data();
    void identifier();
    void quotedValue();

    void organization_data();
    void organization();
    void application_data();
    void application();
    void applicationReportsAllFaults();
    void applicationLimitsComeFromTheBackend();
    void templatesAreValid();
    void windsurfTemplate();
    void redirectUriErrorNamesPosition();
    void canonicalUri_data();
    void canonicalUri();
    void canonicalUriNeverEchoesPassword();
    void resource_data();
    void resource();
    void scope_data();
    void scope();
    void user_data();
    void user();
    void password_data();
    void password();
    void consent_data();
    void consent();
    void token_data();
    void token();
    void tokenState();
    void signingKey_data();
    void signingKey();

    void enumNames_data();
    void enumNames();
};

void TestDomain::checkName_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("keyword"); // empty when the name is valid

    QTest::newRow("simple") << QStringLiteral("acme") << QString();
    QTest::newRow("dots, dashes, underscores") << QStringLiteral("my_app.v2-beta") << QString();
    QTest::newRow("starts with digit") << QStringLiteral("2fa") << QString();
    QTest::newRow("upper case") << QStringLiteral("ACME") << QString();
    QTest::newRow("64 characters") << repeated('a', 64) << QString();

    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("65 characters") << repeated('a', 65) << QStringLiteral("at most 64");
    QTest::newRow("starts with dot") << QStringLiteral(".hidden") << QStringLiteral("starts with '.'");
    QTest::newRow("starts with dash") << QStringLiteral("-x") << QStringLiteral("letter or a digit");
    QTest::newRow("starts with underscore") << QStringLiteral("_x") << QStringLiteral("starts with '_'");
    QTest::newRow("slash") << QStringLiteral("org/app") << QStringLiteral("contains '/', which is not allowed");
    QTest::newRow("slash says why") << QStringLiteral("org/app") << QStringLiteral("because names become part of URLs");
    QTest::newRow("question mark") << QStringLiteral("a?b") << QStringLiteral("'?'");
    QTest::newRow("colon") << QStringLiteral("a:b") << QStringLiteral("':'");
    QTest::newRow("hash") << QStringLiteral("a#b") << QStringLiteral("'#'");
    QTest::newRow("ampersand") << QStringLiteral("a&b") << QStringLiteral("'&'");
    QTest::newRow("percent") << QStringLiteral("a%b") << QStringLiteral("'%'");
    QTest::newRow("equals") << QStringLiteral("a=b") << QStringLiteral("'='");
    QTest::newRow("plus") << QStringLiteral("a+b") << QStringLiteral("'+'");
    QTest::newRow("semicolon") << QStringLiteral("a;b") << QStringLiteral("';'");
    QTest::newRow("space") << QStringLiteral("my app") << QStringLiteral("a space");
    QTest::newRow("space suggests a fix") << QStringLiteral("my app") << QStringLiteral("for example 'my-app'");
    QTest::newRow("several bad characters") << QStringLiteral("a/b?c") << QStringLiteral("'/' and '?', which are");
    QTest::newRow("non-ASCII") << QStringLiteral("caf\u00e9") << QStringLiteral("U+00E9");
    QTest::newRow("at sign") << QStringLiteral("a@b") << QStringLiteral("'@'");
    QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("a tab");
}

void TestDomain::checkName()
{
    QFETCH(QString, value);
    QFETCH(QString, keyword);
    const ValidationErrors errors = Names::checkName(QStringLiteral("name"), value);
    const QString problem = expectationProblem(errors, keyword.isEmpty() ? QString() : QStringLiteral("name"), keyword);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    if (!keyword.isEmpty() && !value.isEmpty())
        QVERIFY2(errors.first().message.contains(Names::quoted(value)), qPrintable(errors.first().message));
}

void TestDomain::scopeToken_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("keyword");

    QTest::newRow("casdoor style") << QStringLiteral("application:read") << QString();
    QTest::newRow("openid") << QStringLiteral("openid") << QString();
    QTest::newRow("lowest allowed character") << QStringLiteral("!") << QString();
    QTest::newRow("punctuation") << QStringLiteral("a~b#[]{}|/") << QString();
    QTest::newRow("128 characters") << repeated('s', 128) << QString();

    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("space") << QStringLiteral("a b") << QStringLiteral("contains a space");
    QTest::newRow("space suggests split") << QStringLiteral("a b") << QStringLiteral("'a' and 'b'");
    QTest::newRow("double quote") << QStringLiteral("a\"b") << QStringLiteral("'\"'");
    QTest::newRow("backslash") << QStringLiteral("a\\b") << QStringLiteral("'\\'");
    QTest::newRow("non-ASCII") << QStringLiteral("\u00e9crire") << QStringLiteral("U+00E9");
    QTest::newRow("tab") << QStringLiteral("a\tb") << QStringLiteral("tab");
    QTest::newRow("DEL") << QStringLiteral("a\x7f") << QStringLiteral("U+007F");
    QTest::newRow("129 characters") << repeated('s', 129) << QStringLiteral("at most 128");
}

void TestDomain::scopeToken()
{
    QFETCH(QString, value);
    QFETCH(QString, keyword);
    const bool valid = keyword.isEmpty();
    QCOMPARE(Names::isScopeToken(value), valid);
    const ValidationErrors errors = Names::checkScopeToken(QStringLiteral("name"), value);
    const QString problem = expectationProblem(errors, valid ? QString() : QStringLiteral("name"), keyword);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestDomain::displayText_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<int>("maxLength");
    QTest::addColumn<QString>("keyword");

    QTest::newRow("empty is fine") << QString() << 200 << QString();
    QTest::newRow("plain") << QStringLiteral("Claude Desktop") << 200 << QString();
    QTest::newRow("unicode and emoji") << QStringLiteral("\u00dcbersicht \U0001F600") << 200 << QString();
    QTest::newRow("exactly the limit") << repeated('x', 200) << 200 << QString();
    QTest::newRow("one over the limit") << repeated('x', 201) << 200 << QStringLiteral("at most 200");
    QTest::newRow("other limit") << repeated('x', 101) << 100 << QStringLiteral("101 characters long");
    QTest::newRow("line break") << QStringLiteral("a\nb") << 200 << QStringLiteral("line break (U+000A)");
    QTest::newRow("tab") << QStringLiteral("a\tb") << 200 << QStringLiteral("tab");
    QTest::newRow("escape") << QStringLiteral("a\x1b[31m") << 200 << QStringLiteral("control character (U+001B)");
    QTest::newRow("bidi override") << QStringLiteral("abc\u202Etxt.exe") << 200 << QStringLiteral("U+202E");
}

void TestDomain::displayText()
{
    QFETCH(QString, value);
    QFETCH(int, maxLength);
    QFETCH(QString, keyword);
    const ValidationErrors errors = Names::checkDisplayText(QStringLiteral("displayName"), value, maxLength);
    const QString problem
        = expectationProblem(errors, keyword.isEmpty() ? QString() : QStringLiteral("displayName"), keyword);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    if (!errors.isEmpty())
        QVERIFY2(errors.first().message.contains(QStringLiteral("display name")), qPrintable(errors.first().message));
}

void TestDomain::description()
{
    const QString field = QStringLiteral("description");
    QVERIFY(Names::checkDescription(field, QStringLiteral("First line.\nSecond line.\r\n\tIndented."), 1000).isEmpty());
    QVERIFY(Names::checkDescription(field, repeated('d', 1000), 1000).isEmpty());
    QString problem = expectationProblem(
        Names::checkDescription(field, repeated('d', 1001), 1000), field, QStringLiteral("at most 1000"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    problem = expectationProblem(
        Names::checkDescription(field, QStringLiteral("bell\x07"), 1000), field, QStringLiteral("U+0007"));
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestDomain::scopeList_data()
{
    QTest::addColumn<QStringList>("scopes");
    QTest::addColumn<QString>("keyword");

    QTest::newRow("none") << QStringList() << QString();
    QTest::newRow("two") << QStringList{QStringLiteral("a:read"), QStringLiteral("a:write")} << QString();
    QTest::newRow("duplicate") << QStringList{QStringLiteral("a:read"), QStringLiteral("b"), QStringLiteral("a:read")}
                               << QStringLiteral("entries 1 and 3");
    QTest::newRow("empty entry") << QStringList{QStringLiteral("a"), QString()} << QStringLiteral("Scope 2");
    QTest::newRow("bad token") << QStringList{QStringLiteral("a:read b:read")} << QStringLiteral("space");
}

void TestDomain::scopeList()
{
    QFETCH(QStringList, scopes);
    QFETCH(QString, keyword);
    const QString field = QStringLiteral("allowedScopes");
    const QString problem
        = expectationProblem(Names::checkScopeList(field, scopes), keyword.isEmpty() ? QString() : field, keyword);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestDomain::identifier_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("keyword");

    QTest::newRow("unreserved") << QStringLiteral("Ab9._~-") << QString();
    QTest::newRow("exactly 4") << QStringLiteral("abcd") << QString();
    QTest::newRow("exactly 8") << QStringLiteral("abcdefgh") << QString();
    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("too short") << QStringLiteral("abc") << QStringLiteral("at least 4");
    QTest::newRow("too long") << QStringLiteral("abcdefghi") << QStringLiteral("at most 8");
    QTest::newRow("slash") << QStringLiteral("ab/cd") << QStringLiteral("'/'");
    QTest::newRow("lists what is allowed") << QStringLiteral("ab/cd") << QStringLiteral("'.', '_', '~' and '-'");
}

void TestDomain::identifier()
{
    QFETCH(QString, value);
    QFETCH(QString, keyword);
    const QString field = QStringLiteral("clientId");
    const ValidationErrors errors
        = Names::checkIdentifier(field, QStringLiteral("client ID"), value, 4, 8, QStringLiteral("._~-"));
    const QString problem = expectationProblem(errors, keyword.isEmpty() ? QString() : field, keyword);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestDomain::quotedValue()
{
    QCOMPARE(Names::quoted(QStringLiteral("abc")), QStringLiteral("'abc'"));
    QCOMPARE(Names::quoted(QString()), QStringLiteral("''"));
    // Long values are cut, control characters never reach a message.
    const QString longValue = Names::quoted(repeated('x', 500));
    QVERIFY(longValue.size() < 70);
    QVERIFY(longValue.contains(QChar(0x2026)));
    QVERIFY(!Names::quoted(QStringLiteral("a\nb\x1b")).contains(QLatin1Char('\n')));
    QVERIFY(!Names::quoted(QStringLiteral("a\nb\x1b")).contains(QChar(0x1b)));
}

void TestDomain::organization_data()
{
    QTest::addColumn<Organization>("value");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("keyword");

    QTest::newRow("valid") << validOrganization() << QString() << QString();
    QTest::newRow("no display name") << with(validOrganization(), [](Organization& o) { o.displayName.clear(); })
                                     << QString() << QString();
    QTest::newRow("empty name") << with(validOrganization(), [](Organization& o) { o.name.clear(); })
                                << QStringLiteral("name") << QStringLiteral("empty");
    QTest::newRow("slash in name") << with(validOrganization(), [](Organization& o) { o.name = QStringLiteral("a/b"); })
                                   << QStringLiteral("name") << QStringLiteral("'/'");
    QTest::newRow("long display name") << with(validOrganization(), [](Organization& o) {
        o.displayName = repeated('x', 201);
    }) << QStringLiteral("displayName") << QStringLiteral("at most 200");
    QTest::newRow("display name with line break")
        << with(validOrganization(), [](Organization& o) { o.displayName = QStringLiteral("ACME\nCorp"); })
        << QStringLiteral("displayName") << QStringLiteral("line break");
}

void TestDomain::organization()
{
    QFETCH(Organization, value);
    QFETCH(QString, field);
    QFETCH(QString, keyword);
    const QString problem = expectationProblem(value.validate(), field, keyword);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestDomain::application_data()
{
    QTest::addColumn<Application>("value");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("keyword");

    const auto pub = [](auto change) { return with(validPublicApp(), change); };
    const auto conf = [](auto change) { return with(validConfidentialApp(), change); };
    const QString none;

    // Valid configurations an administrator sets up.
    QTest::newRow("valid public") << validPublicApp() << none << none;
    QTest::newRow("valid confidential") << validConfidentialApp() << none << none;
    QTest::newRow("valid service client") << conf([](Application& a) {
        a.grantTypes = {GrantType::ClientCredentials};
        a.redirectUris.clear();
        a.authMethod = TokenEndpointAuthMethod::ClientSecretPost;
    }) << none << none;
    QTest::newRow("valid OIDC web app") << conf([](Application& a) {
        a.category = AppCategory::Default;
        a.type = QStringLiteral("OIDC");
    }) << none << none;
    QTest::newRow("valid A2A agent") << pub([](Application& a) { a.type = QStringLiteral("A2A"); }) << none << none;
    QTest::newRow("confidential without PKCE") << conf([](Application& a) { a.pkceRequired = false; }) << none << none;
    QTest::newRow("shortest access lifetime")
        << pub([](Application& a) { a.accessTokenLifetime = 60; }) << none << none;
    QTest::newRow("longest access lifetime")
        << pub([](Application& a) { a.accessTokenLifetime = 86400; }) << none << none;
    QTest::newRow("refresh lifetime ignored without refresh grant") << pub([](Application& a) {
        a.grantTypes = {GrantType::AuthorizationCode};
        a.refreshTokenLifetime = 0;
    }) << none << none;
    QTest::newRow("longest refresh lifetime")
        << pub([](Application& a) { a.refreshTokenLifetime = Application::kMaxRefreshLifetime; }) << none << none;
    QTest::newRow("multi-line description")
        << pub([](Application& a) { a.description = QStringLiteral("Line one.\nLine two."); }) << none << none;
    QTest::newRow("loopback origins") << pub([](Application& a) {
        a.corsOrigins = {QStringLiteral("http://127.0.0.1:3000"), QStringLiteral("http://[::1]:8080"),
            QStringLiteral("http://localhost")};
    }) << none << none;
    QTest::newRow("origin with port") << conf([](Application& a) {
        a.corsOrigins = {QStringLiteral("https://app.example.com:8443")};
    }) << none << none;

    // Identity.
    QTest::newRow("no organization") << pub([](Application& a) { a.organizationId.clear(); })
                                     << QStringLiteral("organizationId") << QStringLiteral("organization");
    QTest::newRow("empty name") << pub([](Application& a) { a.name.clear(); }) << QStringLiteral("name")
                                << QStringLiteral("empty");
    QTest::newRow("slash in name") << pub([](Application& a) { a.name = QStringLiteral("acme/app"); })
                                   << QStringLiteral("name") << QStringLiteral("'/'");
    QTest::newRow("long display name") << pub([](Application& a) { a.displayName = repeated('x', 201); })
                                       << QStringLiteral("displayName") << QStringLiteral("at most 200");
    QTest::newRow("long description") << pub([](Application& a) { a.description = repeated('x', 1001); })
                                      << QStringLiteral("description") << QStringLiteral("at most 1000");
    QTest::newRow("client ID with space") << conf([](Application& a) { a.clientId = QStringLiteral("my client"); })
                                          << QStringLiteral("clientId") << QStringLiteral("a space");
    QTest::newRow("client ID with slash") << conf([](Application& a) { a.clientId = QStringLiteral("a/b"); })
                                          << QStringLiteral("clientId") << QStringLiteral("'/'");
    QTest::newRow("client ID too long") << conf([](Application& a) { a.clientId = repeated('c', 129); })
                                        << QStringLiteral("clientId") << QStringLiteral("at most 128");
    QTest::newRow("unknown client type") << pub([](Application& a) { a.clientType = static_cast<ClientType>(7); })
                                         << QStringLiteral("clientType") << QStringLiteral("unknown value");

    // Client authentication.
    QTest::newRow("public with secret") << pub([](Application& a) {
        a.authMethod = TokenEndpointAuthMethod::ClientSecretBasic;
    }) << QStringLiteral("authMethod") << QStringLiteral("must be 'none'");
    QTest::newRow("confidential without secret")
        << conf([](Application& a) { a.authMethod = TokenEndpointAuthMethod::None; }) << QStringLiteral("authMethod")
        << QStringLiteral("client_secret_basic");

    // Grants.
    QTest::newRow("no grant") << pub([](Application& a) { a.grantTypes.clear(); }) << QStringLiteral("grantTypes")
                              << QStringLiteral("at least one");
    QTest::newRow("duplicate grant") << pub([](Application& a) { a.grantTypes << GrantType::RefreshToken; })
                                     << QStringLiteral("grantTypes") << QStringLiteral("more than once");
    QTest::newRow("refresh without code") << conf([](Application& a) {
        a.grantTypes = {GrantType::ClientCredentials, GrantType::RefreshToken};
    }) << QStringLiteral("grantTypes") << QStringLiteral("needs the authorization_code grant");
    QTest::newRow("client credentials for public client")
        << pub([](Application& a) { a.grantTypes << GrantType::ClientCredentials; }) << QStringLiteral("grantTypes")
        << QStringLiteral("public client cannot use the client_credentials");

    // Redirect URIs.
    QTest::newRow("code without redirect URI")
        << pub([](Application& a) { a.redirectUris.clear(); }) << QStringLiteral("redirectUris")
        << QStringLiteral("at least one redirect URI");
    QTest::newRow("web client with http redirect")
        << conf([](Application& a) { a.redirectUris = {QStringLiteral("http://app.example.com/callback")}; })
        << QStringLiteral("redirectUris") << QStringLiteral("Redirect URI 1 ('http://app.example.com/callback'): ");
    QTest::newRow("second redirect URI with fragment")
        << pub([](Application& a) { a.redirectUris << QStringLiteral("http://127.0.0.1/cb#frag"); })
        << QStringLiteral("redirectUris") << QStringLiteral("Redirect URI 2 (");
    QTest::newRow("duplicate redirect URI")
        << pub([](Application& a) { a.redirectUris << a.redirectUris.first(); }) << QStringLiteral("redirectUris")
        << QStringLiteral("Redirect URI 2 ('http://127.0.0.1/callback') is the same as redirect URI 1");
    QTest::newRow("empty redirect URI") << pub([](Application& a) { a.redirectUris << QString(); })
                                        << QStringLiteral("redirectUris") << QStringLiteral("Redirect URI 2 is empty");
    QTest::newRow("public client without PKCE") << pub([](Application& a) { a.pkceRequired = false; })
                                                << QStringLiteral("pkceRequired") << QStringLiteral("OAuth 2.1");

    // Lifetimes.
    QTest::newRow("access lifetime too short") << pub([](Application& a) { a.accessTokenLifetime = 59; })
                                               << QStringLiteral("accessTokenLifetime") << QStringLiteral("too short");
    QTest::newRow("access lifetime too long") << pub([](Application& a) {
        a.accessTokenLifetime = 86401;
        a.refreshTokenLifetime = 86401;
    }) << QStringLiteral("accessTokenLifetime")
                                              << QStringLiteral("86400 seconds (1 day)");
    QTest::newRow("refresh shorter than access") << pub([](Application& a) {
        a.accessTokenLifetime = 3600;
        a.refreshTokenLifetime = 1800;
    }) << QStringLiteral("refreshTokenLifetime") << QStringLiteral("shorter than the access token lifetime");
    QTest::newRow("refresh too long") << pub(
        [](Application& a) { a.refreshTokenLifetime = Application::kMaxRefreshLifetime + 1; })
                                      << QStringLiteral("refreshTokenLifetime") << QStringLiteral("too long");

    // Scopes.
    QTest::newRow("scope with space") << pub([](Application& a) { a.allowedScopes << QStringLiteral("a b"); })
                                      << QStringLiteral("allowedScopes") << QStringLiteral("space");
    QTest::newRow("duplicate scope") << pub([](Application& a) { a.allowedScopes << a.allowedScopes.first(); })
                                     << QStringLiteral("allowedScopes") << QStringLiteral("more than once");

    // CORS origins.
    const auto origin = [conf](const char* text) {
        return conf([text](Application& a) { a.corsOrigins = {QString::fromUtf8(text)}; });
    };
    const QString cors = QStringLiteral("corsOrigins");
    QTest::newRow("origin with trailing slash")
        << origin("https://app.example.com/") << cors << QStringLiteral("write it as https://app.example.com.");
    QTest::newRow("origin with path") << origin("https://app.example.com/app") << cors << QStringLiteral("a path");
    QTest::newRow("origin with query") << origin("https://app.example.com?x=1") << cors << QStringLiteral("a query");
    QTest::newRow("origin with fragment")
        << origin("https://app.example.com#top") << cors << QStringLiteral("fragment");
    QTest::newRow("origin with user") << origin("https://u@app.example.com") << cors
                                      << QStringLiteral("user information");
    QTest::newRow("origin http remote") << origin("http://app.example.com") << cors
                                        << QStringLiteral("write it as https://app.example.com");
    QTest::newRow("origin other scheme") << origin("ftp://app.example.com") << cors << QStringLiteral("scheme 'ftp'");
    QTest::newRow("origin upper case") << origin("https://App.Example.COM") << cors
                                       << QStringLiteral("write it as https://app.example.com");
    QTest::newRow("origin default port") << origin("https://app.example.com:443") << cors
                                         << QStringLiteral("default port 443");
    QTest::newRow("origin wildcard") << origin("*") << cors << QStringLiteral("every website");
    QTest::newRow("origin null") << origin("null") << cors << QStringLiteral("sandboxed");
    QTest::newRow("origin without scheme") << origin("app.example.com") << cors << QStringLiteral("no scheme");
    QTest::newRow("origin host and port without scheme")
        << origin("localhost:3000") << cors << QStringLiteral("write it as http://localhost:3000");
    QTest::newRow("origin empty") << origin("") << cors << QStringLiteral("CORS origin 1 is empty");
    QTest::newRow("duplicate origin") << conf([](Application& a) { a.corsOrigins << a.corsOrigins.first(); }) << cors
                                      << QStringLiteral("CORS origin 2 ('https://app.example.com') is the same");

    // Category and type (Casdoor's pairs).
    const QString typeField = QStringLiteral("type");
    QTest::newRow("agent with OIDC type") << pub([](Application& a) { a.type = QStringLiteral("OIDC"); }) << typeField
                                          << QStringLiteral("belongs to the category Default");
    QTest::newRow("default with MCP type") << conf([](Application& a) { a.category = AppCategory::Default; })
                                           << typeField << QStringLiteral("change the category to Agent");
    QTest::newRow("type in wrong case") << pub([](Application& a) { a.type = QStringLiteral("mcp"); }) << typeField
                                        << QStringLiteral("write it as 'MCP'");
    QTest::newRow("unknown type") << pub([](Application& a) { a.type = QStringLiteral("Foo"); }) << typeField
                                  << QStringLiteral("MCP or A2A");
    QTest::newRow("no type") << pub([](Application& a) { a.type.clear(); }) << typeField << QStringLiteral("no type");
}

void TestDomain::application()
{
    QFETCH(Application, value);
    QFETCH(QString, field);
    QFETCH(QString, keyword);
    const QString problem = expectationProblem(value.validate(), field, keyword);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

// A backend that allows longer lifetimes (Casdoor: 168 hours by default) passes its limits; the
// local server's stay the default, and the refresh-outlives-access rule holds under any limits.
void TestDomain::applicationLimitsComeFromTheBackend()
{
    Application week = validPublicApp();
    week.accessTokenLifetime = 168 * 3600;
    week.refreshTokenLifetime = 168 * 3600;
    QCOMPARE(expectationProblem(week.validate(), QStringLiteral("accessTokenLifetime"), QStringLiteral("too long")),
        QString());
    ApplicationLimits year;
    year.maxAccessLifetime = year.maxRefreshLifetime;
    QVERIFY(week.validate(year).isEmpty());
    week.accessTokenLifetime = year.maxAccessLifetime + 1;
    week.refreshTokenLifetime = week.accessTokenLifetime;
    const ValidationErrors over = week.validate(year);
    QCOMPARE(over.size(), 2);
    QCOMPARE(over.at(0).field, QStringLiteral("accessTokenLifetime"));
    QVERIFY(over.at(0).message.contains(QLatin1String("365 days")));
    QCOMPARE(over.at(1).field, QStringLiteral("refreshTokenLifetime"));
    week.accessTokenLifetime = 7200;
    week.refreshTokenLifetime = 3600;
    QCOMPARE(expectationProblem(week.validate(year), QStringLiteral("refreshTokenLifetime"), QStringLiteral("shorter")),
        QString());
}

// Every template saves as it is once an administrator gave it an organization and a name.
void TestDomain::templatesAreValid()
{
    QStringList ids;
    for (const ApplicationTemplate& t : ApplicationTemplate::all()) {
        ids << t.id;
        Application app = t.application;
        app.organizationId = QStringLiteral("org-1");
        app.name = t.id;
        const ValidationErrors errors = app.validate();
        QVERIFY2(errors.isEmpty(), qPrintable(t.id + QLatin1String(": ") + errors.value(0).message));
        QVERIFY(!t.title.isEmpty() && !t.note.isEmpty());
        QVERIFY(ApplicationTemplate::find(t.id).has_value());
    }
    QCOMPARE(ids,
        (QStringList{QStringLiteral("claude-desktop"), QStringLiteral("claude-code"), QStringLiteral("cursor"),
            QStringLiteral("vscode"), QStringLiteral("windsurf"), QStringLiteral("mcp-inspector"),
            QStringLiteral("custom")}));
}

// Windsurf: a public native client with PKCE whose loopback callback is accepted on any port, on both
// loopback names, and nowhere else.
void TestDomain::windsurfTemplate()
{
    const auto t = ApplicationTemplate::find(QStringLiteral("windsurf"));
    QVERIFY(t.has_value());
    const Application& a = t->application;
    QCOMPARE(a.clientType, ClientType::Public);
    QCOMPARE(a.authMethod, TokenEndpointAuthMethod::None);
    QVERIFY(a.pkceRequired);
    QCOMPARE(a.grantTypes, (QList<GrantType>{GrantType::AuthorizationCode, GrantType::RefreshToken}));
    QVERIFY(RedirectUriRules::match(a.redirectUris, QStringLiteral("http://127.0.0.1:53127/oauth/callback")).matched);
    QVERIFY(RedirectUriRules::match(a.redirectUris, QStringLiteral("http://localhost:8080/oauth/callback")).matched);
    const auto elsewhere
        = RedirectUriRules::match(a.redirectUris, QStringLiteral("https://evil.example/oauth/callback"));
    QVERIFY(!elsewhere.matched);
    QVERIFY(!elsewhere.reason.isEmpty());
    for (const QString& uri : a.redirectUris)
        QVERIFY2(RedirectUriRules::validateRegistration(uri, ClientKind::Native), qPrintable(uri));
}

void TestDomain::applicationReportsAllFaults()
{
    Application a = validPublicApp();
    a.organizationId.clear();
    a.name = QStringLiteral("bad/name");
    a.authMethod = TokenEndpointAuthMethod::ClientSecretPost;
    a.grantTypes = {GrantType::AuthorizationCode, GrantType::ClientCredentials};
    a.redirectUris.clear();
    a.pkceRequired = false;
    a.accessTokenLifetime = 10;
    a.allowedScopes = {QStringLiteral("a b")};
    a.corsOrigins = {QStringLiteral("https://x.example.com/path")};
    a.type = QStringLiteral("A2B");

    const ValidationErrors errors = a.validate();
    const QStringList expected{QStringLiteral("organizationId"), QStringLiteral("name"), QStringLiteral("authMethod"),
        QStringLiteral("grantTypes"), QStringLiteral("redirectUris"), QStringLiteral("pkceRequired"),
        QStringLiteral("accessTokenLifetime"), QStringLiteral("allowedScopes"), QStringLiteral("corsOrigins"),
        QStringLiteral("type")};
    QSet<QString> fields;
    for (const FieldError& e : errors) {
        fields.insert(e.field);
        const QString problem = sentenceProblem(e);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
    }
    for (const QString& field : expected)
        QVERIFY2(fields.contains(field), qPrintable(QStringLiteral("no error on %1:\n%2").arg(field, dump(errors))));
    QCOMPARE(errors.size(), expected.size());

    // The single Error handed to callers carries every message, not just the first.
    const Error error = validationError(errors);
    QCOMPARE(error.code, ErrorCode::InvalidInput);
    QCOMPARE(error.field, QStringLiteral("organizationId"));
    for (const FieldError& e : errors)
        QVERIFY(error.message.contains(e.message));
}

void TestDomain::redirectUriErrorNamesPosition()
{
    Application a = validConfidentialApp();
    a.redirectUris = {QStringLiteral("https://app.example.com/callback"), QStringLiteral("http://evil.example.com/cb"),
        QStringLiteral("https://app.example.com/other")};
    const ValidationErrors errors = a.validate();
    QCOMPARE(errors.size(), 1);
    QCOMPARE(errors.first().field, QStringLiteral("redirectUris"));
    QVERIFY2(errors.first().message.startsWith(QStringLiteral("Redirect URI 2 ('http://evil.example.com/cb'): ")),
        qPrintable(errors.first().message));
    // The reason from the redirect rules follows, and the URI is not repeated after it.
    const QString reason = errors.first().message.section(QStringLiteral("): "), 1);
    QVERIFY2(reason.size() > 10, qPrintable(errors.first().message));
    QVERIFY2(!errors.first().message.contains(QStringLiteral("redirect URI \"")), qPrintable(errors.first().message));
}

void TestDomain::canonicalUri_data()
{
    QTest::addColumn<QString>("uri");
    QTest::addColumn<QString>("keyword");

    QTest::newRow("https") << QStringLiteral("https://mcp.example.com/mcp") << QString();
    QTest::newRow("https root") << QStringLiteral("https://mcp.example.com") << QString();
    QTest::newRow("https with port") << QStringLiteral("https://mcp.example.com:8443/mcp") << QString();
    QTest::newRow("trailing slash kept") << QStringLiteral("https://mcp.example.com/mcp/") << QString();
    QTest::newRow("path case kept") << QStringLiteral("https://mcp.example.com/MCP") << QString();
    QTest::newRow("http loopback v4") << QStringLiteral("http://127.0.0.1:8080/mcp") << QString();
    QTest::newRow("http localhost") << QStringLiteral("http://localhost:3000/mcp") << QString();
    QTest::newRow("http loopback v6") << QStringLiteral("http://[::1]:8080/mcp") << QString();

    QTest::newRow("empty") << QString() << QStringLiteral("empty");
    QTest::newRow("relative") << QStringLiteral("mcp.example.com/mcp") << QStringLiteral("not absolute");
    QTest::newRow("relative suggests https")
        << QStringLiteral("mcp.example.com/mcp") << QStringLiteral("https://mcp.example.com/mcp");
    QTest::newRow("other scheme") << QStringLiteral("ftp://mcp.example.com/mcp") << QStringLiteral("scheme 'ftp'");
    QTest::newRow("host and port without scheme")
        << QStringLiteral("localhost:8080/mcp") << QStringLiteral("for example http://localhost:8080/mcp");
    QTest::newRow("http remote") << QStringLiteral("http://mcp.example.com/mcp") << QStringLiteral("unencrypted");
    QTest::newRow("http remote fix") << QStringLiteral("http://mcp.example.com/mcp")
                                     << QStringLiteral("write it as https://mcp.example.com/mcp");
    QTest::newRow("fragment") << QStringLiteral("https://mcp.example.com/mcp#tools")
                              << QStringLiteral("fragment ('#tools')");
    QTest::newRow("fragment fix") << QStringLiteral("https://mcp.example.com/mcp#tools")
                                  << QStringLiteral("write it as https://mcp.example.com/mcp.");
    QTest::newRow("userinfo") << QStringLiteral("https://bob@mcp.example.com/mcp")
                              << QStringLiteral("user information");
    QTest::newRow("upper-case scheme and host")
        << QStringLiteral("HTTPS://MCP.Example.com/MCP") << QStringLiteral("write it as https://mcp.example.com/MCP.");
    QTest::newRow("upper-case host only")
        << QStringLiteral("https://Mcp.example.com/mcp") << QStringLiteral("upper-case letters in its host");
    QTest::newRow("upper-case scheme only")
        << QStringLiteral("Https://mcp.example.com/mcp") << QStringLiteral("upper-case letters in its scheme.");
    QTest::newRow("no host") << QStringLiteral("https:///mcp") << QStringLiteral("no host");
    QTest::newRow("no authority") << QStringLiteral("https:mcp") << QStringLiteral("no host");
    QTest::newRow("space in path") << QStringLiteral("https://mcp.example.com/a b")
                                   << QStringLiteral("not a valid URI");
    QTest::newRow("surrounding space") << QStringLiteral(" https://mcp.example.com/mcp")
                                       << QStringLiteral("white space");
    QTest::newRow("port zero") << QStringLiteral("https://mcp.example.com:0/mcp") << QStringLiteral("port 0");
}

void TestDomain::canonicalUri()
{
    QFETCH(QString, uri);
    QFETCH(QString, keyword);
    const QString field = QStringLiteral("uri");
    const QString problem
        = expectationProblem(Resource::checkCanonicalUri(field, uri), keyword.isEmpty() ? QString() : field, keyword);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestDomain::canonicalUriNeverEchoesPassword()
{
    const ValidationErrors errors = Resource::checkCanonicalUri(
        QStringLiteral("uri"), QStringLiteral("HTTPS://bob:s3cr3t-pw@mcp.example.com/mcp#x"));
    QVERIFY(errors.size() >= 3);
    for (const FieldError& e : errors) {
        QVERIFY2(!e.message.contains(QStringLiteral("s3cr3t-pw")), qPrintable(e.message));
        // The value is shown as typed (so the upper case the message complains about is visible), password masked.
        QVERIFY2(e.message.contains(QStringLiteral("'HTTPS://bob:***@mcp.example.com/mcp#x'")), qPrintable(e.message));
    }
}

void TestDomain::resource_data()
{
    QTest::addColumn<Resource>("value");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("keyword");

    const auto res = [](auto change) { return with(validResource(), change); };
    QTest::newRow("valid") << validResource() << QString() << QString();
    QTest::newRow("valid loopback") << res([](Resource& r) { r.uri = QStringLiteral("http://127.0.0.1:8080/mcp"); })
                                    << QString() << QString();
    QTest::newRow("no tools") << res([](Resource& r) { r.toolScopes.clear(); }) << QString() << QString();

    QTest::newRow("no organization") << res([](Resource& r) { r.organizationId.clear(); })
                                     << QStringLiteral("organizationId") << QStringLiteral("organization");
    QTest::newRow("empty URI") << res([](Resource& r) { r.uri.clear(); }) << QStringLiteral("uri")
                               << QStringLiteral("empty");
    QTest::newRow("URI with fragment") << res([](Resource& r) { r.uri += QStringLiteral("#x"); })
                                       << QStringLiteral("uri") << QStringLiteral("RFC 8707");
    QTest::newRow("display name with control") << res([](Resource& r) { r.displayName = QStringLiteral("a\x01"); })
                                               << QStringLiteral("displayName") << QStringLiteral("U+0001");
    QTest::newRow("long description") << res([](Resource& r) { r.description = repeated('d', 1001); })
                                      << QStringLiteral("description") << QStringLiteral("at most 1000");
    QTest::newRow("scope not a token") << res([](Resource& r) { r.scopes << QStringLiteral("tools\\call"); })
                                       << QStringLiteral("scopes") << QStringLiteral("'\\'");
    QTest::newRow("duplicate scope") << res([](Resource& r) { r.scopes << r.scopes.first(); })
                                     << QStringLiteral("scopes") << QStringLiteral("more than once");
    QTest::newRow("tool needs unknown scope") << res([](Resource& r) {
        r.toolScopes.insert(QStringLiteral("delete_application"), QStringLiteral("application:delete"));
    }) << QStringLiteral("toolScopes")
                                              << QStringLiteral("tool 'delete_application' requires the scope "
                                                                "'application:delete', which this resource does not");
    QTest::newRow("tool without scope") << res([](Resource& r) {
        r.toolScopes.insert(QStringLiteral("ping"), QString());
    }) << QStringLiteral("toolScopes") << QStringLiteral("'ping' has no required scope");
    QTest::newRow("tool without name") << res([](Resource& r) {
        r.toolScopes.insert(QString(), QStringLiteral("application:read"));
    }) << QStringLiteral("toolScopes") << QStringLiteral("no name");
}

void TestDomain::resource()
{
    QFETCH(Resource, value);
    QFETCH(QString, field);
    QFETCH(QString, keyword);
    const QString problem = expectationProblem(value.validate(), field, keyword);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestDomain::scope_data()
{
    QTest::addColumn<Scope>("value");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("keyword");

    const auto sc = [](auto change) { return with(validScope(), change); };
    QTest::newRow("valid") << validScope() << QString() << QString();
    QTest::newRow("name only") << sc([](Scope& s) {
        s.displayName.clear();
        s.description.clear();
    }) << QString() << QString();
    QTest::newRow("multi-line description")
        << sc([](Scope& s) { s.description = QStringLiteral("Reads.\nNever writes."); }) << QString() << QString();
    QTest::newRow("empty name") << sc([](Scope& s) { s.name.clear(); }) << QStringLiteral("name")
                                << QStringLiteral("empty");
    QTest::newRow("name with space") << sc([](Scope& s) { s.name = QStringLiteral("application read"); })
                                     << QStringLiteral("name") << QStringLiteral("space");
    QTest::newRow("name with quote") << sc([](Scope& s) { s.name = QStringLiteral("say\"hi\""); })
                                     << QStringLiteral("name") << QStringLiteral("RFC 6749");
    QTest::newRow("long display name") << sc([](Scope& s) { s.displayName = repeated('x', 101); })
                                       << QStringLiteral("displayName") << QStringLiteral("at most 100");
    QTest::newRow("long description") << sc([](Scope& s) { s.description = repeated('x', 1001); })
                                      << QStringLiteral("description") << QStringLiteral("at most 1000");
}

void TestDomain::scope()
{
    QFETCH(Scope, value);
    QFETCH(QString, field);
    QFETCH(QString, keyword);
    const QString problem = expectationProblem(value.validate(), field, keyword);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestDomain::user_data()
{
    QTest::addColumn<User>("value");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("keyword");

    const auto usr = [](auto change) { return with(validUser(), change); };
    const QString email = QStringLiteral("email");
    QTest::newRow("valid") << validUser() << QString() << QString();
    QTest::newRow("no email") << usr([](User& u) { u.email.clear(); }) << QString() << QString();
    QTest::newRow("email without dot") << usr([](User& u) { u.email = QStringLiteral("admin@localhost"); }) << QString()
                                       << QString();
    QTest::newRow("plus address") << usr([](User& u) { u.email = QStringLiteral("alice+mcp@example.co.uk"); })
                                  << QString() << QString();

    QTest::newRow("no organization") << usr([](User& u) { u.organizationId.clear(); })
                                     << QStringLiteral("organizationId") << QStringLiteral("organization");
    QTest::newRow("empty username") << usr([](User& u) { u.username.clear(); }) << QStringLiteral("username")
                                    << QStringLiteral("user name is empty");
    QTest::newRow("username with space") << usr([](User& u) { u.username = QStringLiteral("alice smith"); })
                                         << QStringLiteral("username") << QStringLiteral("a space");
    QTest::newRow("long display name") << usr([](User& u) { u.displayName = repeated('x', 201); })
                                       << QStringLiteral("displayName") << QStringLiteral("at most 200");
    QTest::newRow("email without at") << usr([](User& u) { u.email = QStringLiteral("alice"); }) << email
                                      << QStringLiteral("no '@'");
    QTest::newRow("email with two at") << usr([](User& u) { u.email = QStringLiteral("a@b@example.com"); }) << email
                                       << QStringLiteral("more than one '@'");
    QTest::newRow("email without local part")
        << usr([](User& u) { u.email = QStringLiteral("@example.com"); }) << email << QStringLiteral("nothing before");
    QTest::newRow("email without domain")
        << usr([](User& u) { u.email = QStringLiteral("alice@"); }) << email << QStringLiteral("no domain");
    QTest::newRow("email with space") << usr([](User& u) { u.email = QStringLiteral("alice smith@example.com"); })
                                      << email << QStringLiteral("white space");
    QTest::newRow("email with double dot") << usr([](User& u) { u.email = QStringLiteral("alice@example..com"); })
                                           << email << QStringLiteral("empty part");
}

void TestDomain::user()
{
    QFETCH(User, value);
    QFETCH(QString, field);
    QFETCH(QString, keyword);
    const QString problem = expectationProblem(value.validate(), field, keyword);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestDomain::password_data()
{
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("keyword");

    QTest::newRow("12 characters") << QStringLiteral("correcthorse") << QString();
    QTest::newRow("passphrase") << QStringLiteral("correct horse battery staple") << QString();
    QTest::newRow("1024 characters") << repeated('p', 1024) << QString();
    QTest::newRow("empty") << QString() << QStringLiteral("at least 12");
    QTest::newRow("11 characters") << QStringLiteral("hunter2hunt") << QStringLiteral("has 11 characters");
    QTest::newRow("1025 characters") << repeated('p', 1025) << QStringLiteral("at most 1024");
}

void TestDomain::password()
{
    QFETCH(QString, password);
    QFETCH(QString, keyword);
    const QString field = QStringLiteral("password");
    const ValidationErrors errors = User::checkPassword(password);
    const QString problem = expectationProblem(errors, keyword.isEmpty() ? QString() : field, keyword);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
    // Messages reach logs and screenshots: the password itself must never be in one.
    for (const FieldError& e : errors) {
        if (password.size() >= 4)
            QVERIFY2(!e.message.contains(password), qPrintable(e.message));
    }
}

void TestDomain::consent_data()
{
    QTest::addColumn<Consent>("value");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("keyword");

    const auto con = [](auto change) { return with(validConsent(), change); };
    QTest::newRow("valid") << validConsent() << QString() << QString();
    QTest::newRow("revoked later") << con([](Consent& c) { c.revokedAt = c.grantedAt + 1000; }) << QString()
                                   << QString();
    QTest::newRow("revoked at once") << con([](Consent& c) { c.revokedAt = c.grantedAt; }) << QString() << QString();

    QTest::newRow("no user") << con([](Consent& c) { c.userId.clear(); }) << QStringLiteral("userId")
                             << QStringLiteral("no user");
    QTest::newRow("no application") << con([](Consent& c) { c.applicationId.clear(); })
                                    << QStringLiteral("applicationId") << QStringLiteral("no application");
    QTest::newRow("no resource") << con([](Consent& c) { c.resource.clear(); }) << QStringLiteral("resource")
                                 << QStringLiteral("empty");
    QTest::newRow("resource not canonical")
        << con([](Consent& c) { c.resource = QStringLiteral("HTTPS://MCP.example.com/mcp"); })
        << QStringLiteral("resource") << QStringLiteral("write it as https://mcp.example.com/mcp");
    QTest::newRow("no scopes") << con([](Consent& c) { c.scopes.clear(); }) << QStringLiteral("scopes")
                               << QStringLiteral("no scope");
    QTest::newRow("scope not a token") << con([](Consent& c) { c.scopes = {QStringLiteral("a b")}; })
                                       << QStringLiteral("scopes") << QStringLiteral("space");
    QTest::newRow("not granted") << con([](Consent& c) { c.grantedAt = 0; }) << QStringLiteral("grantedAt")
                                 << QStringLiteral("granted");
    QTest::newRow("revoked before granted")
        << con([](Consent& c) { c.revokedAt = c.grantedAt - 1; }) << QStringLiteral("revokedAt")
        << QStringLiteral("before it was granted at 2025-01-01T00:00:00.000Z");
    QTest::newRow("negative revocation") << con([](Consent& c) { c.revokedAt = -1; }) << QStringLiteral("revokedAt")
                                         << QStringLiteral("revoked");
}

void TestDomain::consent()
{
    QFETCH(Consent, value);
    QFETCH(QString, field);
    QFETCH(QString, keyword);
    const QString problem = expectationProblem(value.validate(), field, keyword);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestDomain::token_data()
{
    QTest::addColumn<Token>("value");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("keyword");

    const auto tok = [](auto change) { return with(validToken(), change); };
    QTest::newRow("valid access") << validToken() << QString() << QString();
    QTest::newRow("valid refresh") << tok([](Token& t) {
        t.kind = TokenKind::Refresh;
        t.familyId = QStringLiteral("fam-1");
    }) << QString() << QString();
    QTest::newRow("valid service token") << tok([](Token& t) {
        t.userId.clear();
        t.scopes.clear();
        t.valueHash.clear();
    }) << QString() << QString();
    QTest::newRow("valid revoked") << tok([](Token& t) { t.revokedAt = t.issuedAt + 1; }) << QString() << QString();
    QTest::newRow("16-character id") << tok([](Token& t) { t.id = repeated('j', 16); }) << QString() << QString();

    QTest::newRow("empty id") << tok([](Token& t) { t.id.clear(); }) << QStringLiteral("id") << QStringLiteral("empty");
    QTest::newRow("short id") << tok([](Token& t) { t.id = repeated('j', 15); }) << QStringLiteral("id")
                              << QStringLiteral("at least 16");
    QTest::newRow("long id") << tok([](Token& t) { t.id = repeated('j', 129); }) << QStringLiteral("id")
                             << QStringLiteral("at most 128");
    QTest::newRow("id with slash") << tok([](Token& t) { t.id = QStringLiteral("abcdefgh/ijklmnop"); })
                                   << QStringLiteral("id") << QStringLiteral("'/'");
    QTest::newRow("no application") << tok([](Token& t) { t.applicationId.clear(); }) << QStringLiteral("applicationId")
                                    << QStringLiteral("no application");
    QTest::newRow("resource with fragment") << tok([](Token& t) { t.resource += QStringLiteral("#a"); })
                                            << QStringLiteral("resource") << QStringLiteral("fragment");
    QTest::newRow("resource http remote")
        << tok([](Token& t) { t.resource = QStringLiteral("http://mcp.example.com/mcp"); })
        << QStringLiteral("resource") << QStringLiteral("https");
    QTest::newRow("duplicate scope") << tok([](Token& t) { t.scopes << t.scopes.first(); }) << QStringLiteral("scopes")
                                     << QStringLiteral("more than once");
    QTest::newRow("not issued") << tok([](Token& t) { t.issuedAt = 0; }) << QStringLiteral("issuedAt")
                                << QStringLiteral("no issue time");
    QTest::newRow("expires when issued") << tok([](Token& t) { t.expiresAt = t.issuedAt; })
                                         << QStringLiteral("expiresAt") << QStringLiteral("not after");
    QTest::newRow("revoked before issued") << tok([](Token& t) { t.revokedAt = t.issuedAt - 1; })
                                           << QStringLiteral("revokedAt") << QStringLiteral("before it was issued");
    QTest::newRow("refresh without family") << tok([](Token& t) { t.kind = TokenKind::Refresh; })
                                            << QStringLiteral("familyId") << QStringLiteral("family ID");
    QTest::newRow("upper-case hash") << tok([](Token& t) { t.valueHash = t.valueHash.toUpper(); })
                                     << QStringLiteral("valueHash") << QStringLiteral("lower case");
    QTest::newRow("short hash") << tok([](Token& t) { t.valueHash.chop(1); }) << QStringLiteral("valueHash")
                                << QStringLiteral("64 lower-case hexadecimal");
    QTest::newRow("non-hex hash") << tok([](Token& t) { t.valueHash = repeated('g', 64); })
                                  << QStringLiteral("valueHash") << QStringLiteral("SHA-256");
}

void TestDomain::token()
{
    QFETCH(Token, value);
    QFETCH(QString, field);
    QFETCH(QString, keyword);
    const QString problem = expectationProblem(value.validate(), field, keyword);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestDomain::tokenState()
{
    Token t = validToken();
    QCOMPARE(t.stateAt(t.issuedAt), TokenState::Active);
    QCOMPARE(t.stateAt(t.expiresAt - 1), TokenState::Active);
    QCOMPARE(t.stateAt(t.expiresAt), TokenState::Expired);
    t.revokedAt = t.issuedAt + 1;
    QCOMPARE(t.stateAt(t.issuedAt), TokenState::Revoked);
}

void TestDomain::signingKey_data()
{
    QTest::addColumn<SigningKey>("value");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("keyword");

    const auto key = [](auto change) { return with(validKey(), change); };
    const auto pem
        = [key](const char* text) { return key([text](SigningKey& k) { k.publicKeyPem = QByteArray(text); }); };
    const QString pemField = QStringLiteral("publicKeyPem");
    QTest::newRow("valid active") << validKey() << QString() << QString();
    QTest::newRow("valid retired") << key([](SigningKey& k) {
        k.state = KeyState::Retired;
        k.retiredAt = k.createdAt + 1000;
    }) << QString() << QString();
    QTest::newRow("valid revoked") << key([](SigningKey& k) { k.state = KeyState::Revoked; }) << QString() << QString();

    QTest::newRow("empty kid") << key([](SigningKey& k) { k.kid.clear(); }) << QStringLiteral("kid")
                               << QStringLiteral("empty");
    QTest::newRow("kid with tilde") << key([](SigningKey& k) { k.kid = QStringLiteral("a~b"); })
                                    << QStringLiteral("kid") << QStringLiteral("'~'");
    QTest::newRow("long kid") << key([](SigningKey& k) { k.kid = repeated('k', 65); }) << QStringLiteral("kid")
                              << QStringLiteral("at most 64");
    QTest::newRow("no public key") << pem("") << pemField << QStringLiteral("no public key");
    QTest::newRow("PKCS#1 key") << pem("-----BEGIN RSA PUBLIC KEY-----\nMIIB\n-----END RSA PUBLIC KEY-----\n")
                                << pemField << QStringLiteral("PKCS#1");
    QTest::newRow("private key") << pem("-----BEGIN PRIVATE KEY-----\nMIIE\n-----END PRIVATE KEY-----\n") << pemField
                                 << QStringLiteral("private key");
    QTest::newRow("EC private key") << pem("-----BEGIN EC PRIVATE KEY-----\nMHc\n-----END EC PRIVATE KEY-----\n")
                                    << pemField << QStringLiteral("private key");
    QTest::newRow("certificate") << pem("-----BEGIN CERTIFICATE-----\nMIIC\n-----END CERTIFICATE-----\n") << pemField
                                 << QStringLiteral("certificate");
    QTest::newRow("garbage") << pem("ssh-ed25519 AAAA") << pemField << QStringLiteral("does not start");
    QTest::newRow("leading space") << pem("\n-----BEGIN PUBLIC KEY-----\nMFkw\n-----END PUBLIC KEY-----\n") << pemField
                                   << QStringLiteral("white space");
    QTest::newRow("active but retired") << key([](SigningKey& k) { k.retiredAt = k.createdAt + 1; })
                                        << QStringLiteral("retiredAt") << QStringLiteral("active");
    QTest::newRow("retired without time") << key([](SigningKey& k) { k.state = KeyState::Retired; })
                                          << QStringLiteral("retiredAt") << QStringLiteral("no retirement time");
    QTest::newRow("retired before created") << key([](SigningKey& k) {
        k.state = KeyState::Retired;
        k.retiredAt = k.createdAt - 1;
    }) << QStringLiteral("retiredAt") << QStringLiteral("before it was created");
}

void TestDomain::signingKey()
{
    QFETCH(SigningKey, value);
    QFETCH(QString, field);
    QFETCH(QString, keyword);
    const QString problem = expectationProblem(value.validate(), field, keyword);
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

void TestDomain::enumNames_data()
{
    QTest::addColumn<NamedCheck>("check");

    QTest::newRow("ClientType") << NamedCheck([] { return enumTableProblem(kClientTypeNames); });
    QTest::newRow("TokenEndpointAuthMethod") << NamedCheck([] { return enumTableProblem(kAuthMethodNames); });
    QTest::newRow("GrantType") << NamedCheck([] { return enumTableProblem(kGrantTypeNames); });
    QTest::newRow("TokenFormat") << NamedCheck([] { return enumTableProblem(kTokenFormatNames); });
    QTest::newRow("SigningAlgorithm") << NamedCheck([] { return enumTableProblem(kSigningAlgorithmNames); });
    QTest::newRow("ConsentPolicy") << NamedCheck([] { return enumTableProblem(kConsentPolicyNames); });
    QTest::newRow("AppCategory") << NamedCheck([] { return enumTableProblem(kAppCategoryNames); });
    QTest::newRow("CreatedBy") << NamedCheck([] { return enumTableProblem(kCreatedByNames); });
    QTest::newRow("TokenKind") << NamedCheck([] { return enumTableProblem(kTokenKindNames); });
    QTest::newRow("TokenState") << NamedCheck([] { return enumTableProblem(kTokenStateNames); });
    QTest::newRow("KeyState") << NamedCheck([] { return enumTableProblem(kKeyStateNames); });
    QTest::newRow("AuditOutcome") << NamedCheck([] { return enumTableProblem(kAuditOutcomeNames); });
    // The stored names are a contract with the database, the CLI and Casdoor: pin a few exactly.
    QTest::newRow("wire names") << NamedCheck([]() -> QString {
        if (enumName(kAuthMethodNames, TokenEndpointAuthMethod::ClientSecretBasic)
            != QLatin1String("client_secret_basic"))
            return QStringLiteral("client_secret_basic");
        if (enumName(kGrantTypeNames, GrantType::RefreshToken) != QLatin1String("refresh_token"))
            return QStringLiteral("refresh_token");
        if (enumFromName(kAppCategoryNames, QStringLiteral("agent")).has_value())
            return QStringLiteral("names must be case-sensitive");
        return {};
    });
}

void TestDomain::enumNames()
{
    QFETCH(NamedCheck, check);
    const QString problem = check();
    QVERIFY2(problem.isEmpty(), qPrintable(problem));
}

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
