// JwtDecoder: a token's header and claims for display (no verification), and the refusals that say
// why a token cannot be shown without ever repeating it.
#include "jose/Base64Url.h"
#include "jose/JwtDecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace mcpauth;
using namespace Qt::StringLiterals;

namespace {

QByteArray part(const QByteArray& json)
{
    return Base64Url::encode(json);
}

const QByteArray kHeader = part(R"({"alg":"RS256","typ":"at+jwt","kid":"k1"})");
const QByteArray kClaims = part(
    R"({"iss":"https://auth.example.com","aud":["https://mcp.example.com/mcp"],"exp":1900000000,"scope":"files:read"})");
const QByteArray kSignature = Base64Url::encode(QByteArray(256, '\x5a'));

} // namespace

class TestJwtDecoder : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodesHeaderAndClaims();
    void unsecuredTokenIsShownToo();
    void splitGivesViews();
    void refusals_data();
    void refusals();
};

void TestJwtDecoder::decodesHeaderAndClaims()
{
    const QByteArray token = kHeader + '.' + kClaims + '.' + kSignature;
    auto decoded = JwtDecoder::decode(token);
    QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().message));
    QCOMPARE(decoded->header.value(u"alg"_s).toString(), u"RS256"_s);
    QCOMPARE(decoded->header.value(u"kid"_s).toString(), u"k1"_s);
    QCOMPARE(decoded->claims.value(u"aud"_s).toArray().first().toString(), u"https://mcp.example.com/mcp"_s);
    QCOMPARE(decoded->claims.value(u"exp"_s).toDouble(), 1900000000.0);
    QCOMPARE(decoded->signatureBytes, 256);
}

void TestJwtDecoder::unsecuredTokenIsShownToo()
{
    auto decoded = JwtDecoder::decode(QByteArray(part(R"({"alg":"none"})") + '.' + kClaims + '.'));
    QVERIFY(decoded);
    QCOMPARE(decoded->signatureBytes, 0);
    QCOMPARE(decoded->header.value(u"alg"_s).toString(), u"none"_s);
}

void TestJwtDecoder::splitGivesViews()
{
    const QByteArray token = "aa.bbb.c";
    auto parts = JwtDecoder::split(token);
    QVERIFY(parts);
    QCOMPARE(parts->header.toByteArray(), "aa"_ba);
    QCOMPARE(parts->payload.toByteArray(), "bbb"_ba);
    QCOMPARE(parts->signature.toByteArray(), "c"_ba);
    QCOMPARE(parts->signingInput.toByteArray(), "aa.bbb"_ba);
    QVERIFY(parts->signingInput.data() == token.constData()); // views into the caller's token, no copies
    auto empty = JwtDecoder::split("..");
    QVERIFY(empty);
    QVERIFY(empty->header.isEmpty() && empty->payload.isEmpty() && empty->signature.isEmpty());
}

void TestJwtDecoder::refusals_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("message");

    QTest::newRow("empty") << QByteArray() << u"The token is empty."_s;
    QTest::newRow("opaque") << QByteArray("mcp_at_8f3b2c9d0e1f") << u"The token is opaque"_s;
    QTest::newRow("JWE") << QByteArray("a.b.c.d.e") << u"The token is encrypted (JWE)"_s;
    QTest::newRow("two parts") << QByteArray(kHeader + '.'
        + kClaims) << u"The token is not a compact JWS: it must be three base64url parts separated by dots."_s;
    QTest::newRow("four parts") << QByteArray(kHeader + '.' + kClaims + ".x.y") << u"The token is not a compact JWS"_s;
    QTest::newRow("header padded") << QByteArray(part("{}") + "=." + kClaims + '.' + kSignature)
                                   << u"The token's header is not valid base64url."_s;
    QTest::newRow("header with +/") << QByteArray("e30+." + kClaims + '.' + kSignature)
                                    << u"The token's header is not valid base64url."_s;
    QTest::newRow("header not JSON") << QByteArray(part("not json") + '.' + kClaims + '.' + kSignature)
                                     << u"The token's header is not a JSON object."_s;
    QTest::newRow("header an array") << QByteArray(part("[1]") + '.' + kClaims + '.' + kSignature)
                                     << u"The token's header is not a JSON object."_s;
    QTest::newRow("payload a string") << QByteArray(kHeader + '.' + part(R"("claims")") + '.' + kSignature)
                                      << u"The token's payload is not a JSON object."_s;
    QTest::newRow("payload not base64url")
        << QByteArray(kHeader + ".%%%." + kSignature) << u"The token's payload is not valid base64url."_s;
    QTest::newRow("signature not base64url")
        << QByteArray(kHeader + '.' + kClaims + ".a=") << u"The token's signature is not valid base64url."_s;
    QTest::newRow("too large") << QByteArray(kHeader + '.' + part(QByteArray(JwtDecoder::kMaxTokenBytes, 'x')) + '.')
                               << u"bytes long; tokens over 65536 bytes are not decoded."_s;
}

void TestJwtDecoder::refusals()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, message);
    auto decoded = JwtDecoder::decode(token);
    QVERIFY(!decoded);
    QCOMPARE(decoded.error().field, u"token"_s);
    QVERIFY2(decoded.error().message.contains(message), qPrintable(decoded.error().message));
    // A token may be a live credential: no part of it appears in the message.
    for (const QByteArray& piece : token.split('.')) {
        if (piece.size() >= 8)
            QVERIFY2(
                !decoded.error().message.contains(QString::fromLatin1(piece)), qPrintable(decoded.error().message));
    }
}

QTEST_GUILESS_MAIN(TestJwtDecoder)
#include "tst_jwtdecoder.moc"
