// WwwAuthenticate: RFC 9110 challenges and the RFC 6750 Bearer parameters as real servers write them,
// and hostile or broken fields refused with the offset and what was found there.
#include "flow/WwwAuthenticate.h"

#include <QTest>

using namespace mcpauth;
using namespace Qt::StringLiterals;

namespace {

WwwAuthenticate parsed(const QByteArray& field)
{
    auto result = WwwAuthenticate::parse(field);
    if (!result)
        qWarning().noquote() << "unexpected refusal:" << result.error().message;
    return result ? result.value() : WwwAuthenticate();
}

} // namespace

class TestWwwAuthenticate : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void mcpSpecExamples();
    void realWorldVariants_data();
    void realWorldVariants();
    void severalChallenges();
    void severalFields();
    void rfc9110Example();
    void token68();
    void quotedStringEscapes();
    void unquotedUrlIsReadWithAWarning();
    void duplicateParameterFirstWins();
    void commaAfterScheme();
    void missingCommaBetweenParameters();
    void scopeSeparatedByCommasWarns();
    void noBearerChallenge();
    void refusals_data();
    void refusals();
    void limits();
};

void TestWwwAuthenticate::mcpSpecExamples()
{
    // MCP 2025-11-25, "Protected Resource Metadata Discovery Requirements" and "Scope Challenge Handling"
    // (the continuation lines of the examples arrive as spaces: RFC 9112 section 5.2).
    const auto first
        = parsed(R"(Bearer resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource",)"
                 R"(                         scope="files:read")");
    QCOMPARE(first.challenges().size(), 1);
    QCOMPARE(first.resourceMetadata(), u"https://mcp.example.com/.well-known/oauth-protected-resource"_s);
    QCOMPARE(first.scopes(), QStringList{u"files:read"_s});
    QVERIFY(first.warnings().isEmpty());

    const auto second = parsed(
        R"(Bearer error="insufficient_scope", scope="files:read files:write user:profile", resource_metadata="https://mcp.example.com/.well-known/oauth-protected-resource", error_description="Additional file write permission required")");
    QCOMPARE(second.error(), u"insufficient_scope"_s);
    QCOMPARE(second.scopes(), (QStringList{u"files:read"_s, u"files:write"_s, u"user:profile"_s}));
    QCOMPARE(second.scope(), u"files:read files:write user:profile"_s);
    QCOMPARE(second.errorDescription(), u"Additional file write permission required"_s);
    QCOMPARE(second.bearer()->params.size(), 4);
    QVERIFY(second.warnings().isEmpty());
}

void TestWwwAuthenticate::realWorldVariants_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<QString>("realm");
    QTest::addColumn<QString>("error");
    QTest::addColumn<QString>("description");
    QTest::addColumn<QString>("resourceMetadata");
    QTest::addColumn<QString>("scope");

    QTest::newRow("expired token") << QByteArray(
        R"(Bearer error="invalid_token", error_description="The access token expired")")
                                   << QString() << u"invalid_token"_s << u"The access token expired"_s << QString()
                                   << QString();
    QTest::newRow("lowercase scheme") << QByteArray(R"(bearer realm="example", error="invalid_token")") << u"example"_s
                                      << u"invalid_token"_s << QString() << QString() << QString();
    QTest::newRow("upper-case names") << QByteArray(R"(BEARER Realm="r", SCOPE="a", Resource_Metadata="https://x/m")")
                                      << u"r"_s << QString() << QString() << u"https://x/m"_s << u"a"_s;
    QTest::newRow("no space after comma") << QByteArray(R"(Bearer realm="x",error="invalid_token",scope="a b")")
                                          << u"x"_s << u"invalid_token"_s << QString() << QString() << u"a b"_s;
    QTest::newRow("tab after the scheme")
        << QByteArray("Bearer\trealm=\"x\"") << u"x"_s << QString() << QString() << QString() << QString();
    QTest::newRow("spaces around =") << QByteArray("Bearer realm = \"x\" ,\tscope=  \"y\"") << u"x"_s << QString()
                                     << QString() << QString() << u"y"_s;
    QTest::newRow("trailing comma") << QByteArray(R"(Bearer realm="x", scope="y",)") << u"x"_s << QString() << QString()
                                    << QString() << u"y"_s;
    QTest::newRow("doubled and leading commas") << QByteArray(R"( , Bearer realm="x",, ,scope="y" , ,)") << u"x"_s
                                                << QString() << QString() << QString() << u"y"_s;
    QTest::newRow("unquoted token values") << QByteArray("Bearer error=invalid_token, scope=read") << QString()
                                           << u"invalid_token"_s << QString() << QString() << u"read"_s;
    QTest::newRow("Cloudflare workers style") << QByteArray(
        R"(Bearer realm="OAuth", resource_metadata="https://mcp.example.workers.dev/.well-known/oauth-protected-resource", error="invalid_token", error_description="Missing or invalid access token")")
                                              << u"OAuth"_s << u"invalid_token"_s
                                              << u"Missing or invalid access token"_s
                                              << u"https://mcp.example.workers.dev/.well-known/oauth-protected-resource"_s
                                              << QString();
    QTest::newRow("GitHub style, trailing slash in URL") << QByteArray(
        R"(Bearer error="invalid_request", error_description="No access token was provided in this request", resource_metadata="https://api.example.com/.well-known/oauth-protected-resource/mcp/")")
                                                         << QString() << u"invalid_request"_s
                                                         << u"No access token was provided in this request"_s
                                                         << u"https://api.example.com/.well-known/oauth-protected-resource/mcp/"_s
                                                         << QString();
    QTest::newRow("Casdoor style") << QByteArray(
        R"(Bearer realm="casdoor", resource_metadata="https://door.example.org/.well-known/oauth-protected-resource", scope="openid profile")")
                                   << u"casdoor"_s << QString() << QString()
                                   << u"https://door.example.org/.well-known/oauth-protected-resource"_s
                                   << u"openid profile"_s;
    QTest::newRow("Entra style, empty realm") << QByteArray(
        R"(Bearer realm="", authorization_uri="https://login.example.com/common/oauth2/authorize", client_id="00000003-0000-0000-c000-000000000000")")
                                              << QString() << QString() << QString() << QString() << QString();
    QTest::newRow("non-ASCII description (UTF-8)")
        << QByteArray("Bearer error=\"invalid_token\", error_description=\"Jeton expir\xC3\xA9\"") << QString()
        << u"invalid_token"_s << u"Jeton expiré"_s << QString() << QString();
}

void TestWwwAuthenticate::realWorldVariants()
{
    QFETCH(QByteArray, field);
    auto result = WwwAuthenticate::parse(field);
    QVERIFY2(result, qPrintable(result ? QString() : result.error().message));
    QVERIFY(result->bearer());
    QTEST(result->realm(), "realm");
    QTEST(result->error(), "error");
    QTEST(result->errorDescription(), "description");
    QTEST(result->resourceMetadata(), "resourceMetadata");
    QTEST(result->scope(), "scope");
    QVERIFY2(result->warnings().isEmpty(), qPrintable(result->warnings().join(u'\n')));
}

void TestWwwAuthenticate::severalChallenges()
{
    const auto w = parsed(R"(Basic realm="x", Bearer scope="a b")");
    QCOMPARE(w.challenges().size(), 2);
    QCOMPARE(w.challenges().at(0).scheme, u"Basic"_s);
    QCOMPARE(w.challenges().at(0).param("realm"_L1), u"x"_s);
    QVERIFY(!w.challenges().at(0).param("scope"_L1));
    QCOMPARE(w.scopes(), (QStringList{u"a"_s, u"b"_s}));
    QVERIFY(w.realm().isEmpty()); // Basic's realm is not the Bearer challenge's

    const auto three = parsed(R"(Negotiate, Basic realm="b", Bearer)");
    QCOMPARE(three.challenges().size(), 3);
    QVERIFY(three.challenges().at(0).params.isEmpty());
    QVERIFY(three.bearer());
    QVERIFY(three.bearer()->params.isEmpty());
    QVERIFY(!three.bearer()->param("scope"_L1));

    const auto twoBearers = parsed(R"(Bearer realm="first", Bearer realm="second")");
    QCOMPARE(twoBearers.realm(), u"first"_s);
    QCOMPARE(twoBearers.warnings().size(), 1);
    QVERIFY(twoBearers.warnings().first().contains(u"2 Bearer challenges"_s));
}

void TestWwwAuthenticate::severalFields()
{
    auto result
        = WwwAuthenticate::parse(QList<QByteArray>{R"(Basic realm="a")", R"(Bearer scope="s", error="invalid_token")"});
    QVERIFY(result);
    QCOMPARE(result->challenges().size(), 2);
    QCOMPARE(result->scope(), u"s"_s);

    auto broken = WwwAuthenticate::parse(QList<QByteArray>{R"(Basic realm="a")", R"(Bearer scope="s)"});
    QVERIFY(!broken);
    QVERIFY2(broken.error().message.startsWith(u"WWW-Authenticate field 2 of 2 is malformed at offset 13"_s),
        qPrintable(broken.error().message));

    QVERIFY(!WwwAuthenticate::parse(QList<QByteArray>{}));
}

void TestWwwAuthenticate::rfc9110Example()
{
    // RFC 9110 section 11.6.1.
    const auto w = parsed(R"(Newauth realm="apps", type=1, title="Login to \"apps\"", Basic realm="simple")");
    QCOMPARE(w.challenges().size(), 2);
    const AuthChallenge& newauth = w.challenges().at(0);
    QCOMPARE(newauth.scheme, u"Newauth"_s);
    QCOMPARE(newauth.params.size(), 3);
    QCOMPARE(newauth.param("type"_L1), u"1"_s);
    QCOMPARE(newauth.param("title"_L1), u"Login to \"apps\""_s);
    QCOMPARE(w.challenges().at(1).param("realm"_L1), u"simple"_s);
    QVERIFY(!w.bearer());
}

void TestWwwAuthenticate::token68()
{
    const auto w = parsed("Negotiate YIIBhgYGKwYBBQUCoIIBejCCAXag==, Bearer realm=\"x\"");
    QCOMPARE(w.challenges().size(), 2);
    QCOMPARE(w.challenges().at(0).token68, u"YIIBhgYGKwYBBQUCoIIBejCCAXag=="_s);
    QVERIFY(w.challenges().at(0).params.isEmpty());
    QCOMPARE(w.realm(), u"x"_s);

    const auto slash = parsed("Custom a/b+c");
    QCOMPARE(slash.challenges().at(0).token68, u"a/b+c"_s);

    // A token68 on the Bearer challenge is allowed by the grammar but not by RFC 6750.
    const auto bearer = parsed("Bearer abc=");
    QCOMPARE(bearer.bearer()->token68, u"abc="_s);
    QCOMPARE(bearer.warnings().size(), 1);
    QVERIFY(bearer.warnings().first().contains(u"bare value"_s));
}

void TestWwwAuthenticate::quotedStringEscapes()
{
    const auto w = parsed(R"(Bearer error_description="say \"hi\" \\ \o\k, then, go", realm="")");
    QCOMPARE(w.errorDescription(), uR"(say "hi" \ ok, then, go)"_s);
    QCOMPARE(w.bearer()->param("realm"_L1), QString()); // present, empty
    QVERIFY(w.bearer()->param("realm"_L1).has_value());
}

void TestWwwAuthenticate::unquotedUrlIsReadWithAWarning()
{
    const auto w = parsed("Bearer resource_metadata=https://x.example/.well-known/oauth-protected-resource/mcp?a=b, "
                          "scope=\"read\"");
    QCOMPARE(w.resourceMetadata(), u"https://x.example/.well-known/oauth-protected-resource/mcp?a=b"_s);
    QCOMPARE(w.scope(), u"read"_s);
    QCOMPARE(w.warnings().size(), 1);
    QVERIFY2(w.warnings().first().contains(u"not quoted"_s) && w.warnings().first().contains(u"resource_metadata"_s),
        qPrintable(w.warnings().first()));

    const auto last = parsed("Bearer resource_metadata=http://127.0.0.1:8080/.well-known/oauth-protected-resource");
    QCOMPARE(last.resourceMetadata(), u"http://127.0.0.1:8080/.well-known/oauth-protected-resource"_s);
}

void TestWwwAuthenticate::duplicateParameterFirstWins()
{
    const auto w = parsed(R"(Bearer scope="a", Scope="b", realm="r")");
    QCOMPARE(w.scope(), u"a"_s);
    QCOMPARE(w.realm(), u"r"_s);
    QCOMPARE(w.bearer()->params.size(), 2);
    QCOMPARE(w.warnings().size(), 1);
    QVERIFY2(w.warnings().first().contains(u"repeats the parameter 'scope'"_s)
            && w.warnings().first().contains(u"'a'"_s) && w.warnings().first().contains(u"'b'"_s),
        qPrintable(w.warnings().first()));
}

void TestWwwAuthenticate::commaAfterScheme()
{
    const auto w = parsed(R"(Bearer, error="invalid_token", realm="r")");
    QCOMPARE(w.challenges().size(), 1);
    QCOMPARE(w.error(), u"invalid_token"_s);
    QCOMPARE(w.realm(), u"r"_s);
    QCOMPARE(w.warnings().size(), 1);
    QVERIFY(w.warnings().first().contains(u"right after its scheme"_s));

    // No space at all: the ',' stands where the space should be.
    const auto glued = parsed(R"(Bearer,realm="x",scope="y")");
    QCOMPARE(glued.challenges().size(), 1);
    QCOMPARE(glued.realm(), u"x"_s);
    QCOMPARE(glued.scope(), u"y"_s);
    QCOMPARE(glued.warnings().size(), 1);
}

void TestWwwAuthenticate::missingCommaBetweenParameters()
{
    const auto w = parsed(R"(Bearer realm="x" scope="y")");
    QCOMPARE(w.realm(), u"x"_s);
    QCOMPARE(w.scope(), u"y"_s);
    QCOMPARE(w.warnings().size(), 1);
    QVERIFY(w.warnings().first().contains(u"no ','"_s));
}

void TestWwwAuthenticate::scopeSeparatedByCommasWarns()
{
    const auto w = parsed(R"(Bearer scope="read,write")");
    QCOMPARE(w.scopes(), QStringList{u"read,write"_s});
    QCOMPARE(w.warnings().size(), 1);
    QVERIFY(w.warnings().first().contains(u"separated by spaces"_s));
}

void TestWwwAuthenticate::noBearerChallenge()
{
    const auto w = parsed(R"(Basic realm="admin")");
    QVERIFY(!w.bearer());
    QVERIFY(w.resourceMetadata().isEmpty());
    QVERIFY(w.scopes().isEmpty());
    QVERIFY(w.error().isEmpty());
}

void TestWwwAuthenticate::refusals_data()
{
    QTest::addColumn<QByteArray>("field");
    QTest::addColumn<int>("offset");
    QTest::addColumn<QString>("fragment");

    QTest::newRow("unterminated quote") << QByteArray(R"(Bearer realm="x)") << 13 << u"never closed"_s;
    QTest::newRow("parameter without scheme")
        << QByteArray(R"(realm="x", Bearer)") << 0 << u"comes before any authentication scheme"_s;
    QTest::newRow("parameter after token68")
        << QByteArray(R"(Bearer realm=, scope="x")") << 15 << u"follows the token68 value of the Bearer challenge"_s;
    QTest::newRow("quoted string in place of parameter")
        << QByteArray(R"(Bearer "x")") << 7 << u"expected a parameter (name=value)"_s;
    QTest::newRow("no space after scheme") << QByteArray(R"(Bearer"x")") << 6 << u"expected a space after the scheme"_s;
    QTest::newRow("control character in quotes") << QByteArray("Bearer realm=\"a\x01"
                                                               "b\"")
                                                 << 15 << u"a control character (0x01)"_s;
    QTest::newRow("line feed") << QByteArray("Bearer realm=\"a\"\n, scope=\"b\"") << 16 << u"expected ','"_s;
    QTest::newRow("element without a name") << QByteArray(R"(Bearer realm="x", =y)") << 18
                                            << u"expected an authentication scheme such as Bearer, found '='"_s;
    QTest::newRow("quote in unquoted value")
        << QByteArray(R"(Bearer resource_metadata=https://x/"a")") << 35 << u"must be a quoted string"_s;
    QTest::newRow("bare word after parameter")
        << QByteArray(R"(Bearer realm="x" scope)") << 17 << u"expected ',' after a parameter, found 's'"_s;
    QTest::newRow("missing value") << QByteArray(R"(Bearer realm="x", scope=)") << 18 << u"has no value"_s;
    QTest::newRow("missing comma between challenges")
        << QByteArray(R"(Basic Bearer realm="x")") << 6 << u"found 'Bearer' followed by 'r'"_s;
    QTest::newRow("escape at end") << QByteArray(R"(Bearer realm="x\)") << 13 << u"never closed"_s;
    QTest::newRow("empty") << QByteArray() << -1 << u"names no authentication scheme"_s;
    QTest::newRow("only commas") << QByteArray(" , ,") << -1 << u"names no authentication scheme"_s;
}

void TestWwwAuthenticate::refusals()
{
    QFETCH(QByteArray, field);
    QFETCH(int, offset);
    QFETCH(QString, fragment);
    auto result = WwwAuthenticate::parse(field);
    QVERIFY(!result);
    const QString message = result.error().message;
    QCOMPARE(result.error().field, u"WWW-Authenticate"_s);
    QVERIFY2(message.contains(fragment), qPrintable(message));
    if (offset >= 0)
        QVERIFY2(message.startsWith(u"The WWW-Authenticate field is malformed at offset %1 "_s.arg(offset)),
            qPrintable(message));
    QVERIFY2(message.endsWith(u'.'), qPrintable(message));
}

void TestWwwAuthenticate::limits()
{
    QByteArray big = "Bearer realm=\"" + QByteArray(WwwAuthenticate::kMaxBytes, 'a') + '"';
    auto tooBig = WwwAuthenticate::parse(big);
    QVERIFY(!tooBig);
    QVERIFY2(tooBig.error().message.contains(u"more than 8192 bytes"_s), qPrintable(tooBig.error().message));

    QByteArray manyParams = "Bearer ";
    for (int i = 0; i <= WwwAuthenticate::kMaxParams; ++i)
        manyParams += "p" + QByteArray::number(i) + "=v, ";
    auto tooManyParams = WwwAuthenticate::parse(manyParams);
    QVERIFY(!tooManyParams);
    QVERIFY2(tooManyParams.error().message.contains(u"more than 64 parameters"_s),
        qPrintable(tooManyParams.error().message));

    QByteArray manyChallenges;
    for (int i = 0; i <= WwwAuthenticate::kMaxChallenges; ++i)
        manyChallenges += "S" + QByteArray::number(i) + ", ";
    auto tooManyChallenges = WwwAuthenticate::parse(manyChallenges);
    QVERIFY(!tooManyChallenges);
    QVERIFY2(tooManyChallenges.error().message.contains(u"more than 16 challenges"_s),
        qPrintable(tooManyChallenges.error().message));

    // Exactly at the limits is fine.
    QByteArray sixtyFour = "Bearer ";
    for (int i = 0; i < WwwAuthenticate::kMaxParams; ++i)
        sixtyFour += "p" + QByteArray::number(i) + "=v,";
    QVERIFY(WwwAuthenticate::parse(sixtyFour));
}

QTEST_GUILESS_MAIN(TestWwwAuthenticate)
#include "tst_wwwauthenticate.moc"
