// Our KeyRing and JwtValidator against an independent JOSE implementation: `jose` (npm, v6) through
// tests/interop/jose_interop.mjs. jose verifies our RS256 and ES256 tokens against our JWKS; our
// validator accepts what jose signs with our private keys and refuses, each with its sentence, the
// attacks jose crafts (alg none, HS256 keyed with the RSA public key, unknown kid, expired, not yet
// valid, wrong iss, wrong aud).
//
// Needs node and tests/npm/node_modules/jose; without them the test is skipped, unless
// MCPAUTH_REQUIRE_PEERS=1 (CI) makes that a failure.
#include "jose/JwtValidator.h"
#include "jose/KeyRing.h"
#include "security/SecureRandom.h"
#include "store/SqlValues.h"
#include "store/Store.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace mcpauth;
using namespace Qt::StringLiterals;

namespace {

constexpr int kNodeTimeoutMs = 90000;
const QString kIssuer = u"http://127.0.0.1:8765"_s;
const QString kAudience = u"http://127.0.0.1:8765/mcp"_s;

QString utcText(qint64 seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(u"yyyy-MM-dd HH:mm:ss"_s) + u" UTC"_s;
}

QByteArray pkcs8Pem(const QByteArray& der)
{
    QByteArray pem = "-----BEGIN PRIVATE KEY-----\n";
    const QByteArray base64 = der.toBase64();
    for (qsizetype i = 0; i < base64.size(); i += 64)
        pem += base64.mid(i, 64) + '\n';
    return pem + "-----END PRIVATE KEY-----\n";
}

// Written 0600 from the start: private keys and the input that names them.
bool writePrivateFile(const QString& path, const QByteArray& content)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, QFile::ReadOwner | QFile::WriteOwner))
        return false;
    return file.write(content) == content.size();
}

} // namespace

class TestJoseInterop : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void joseVerifiesOursAndWeJudgeJoses();

private:
    QString m_node;
    QString m_sourceDir = QStringLiteral(MCPAUTH_SOURCE_DIR);
    QTemporaryDir m_dir;
};

void TestJoseInterop::initTestCase()
{
    const bool required = qEnvironmentVariable("MCPAUTH_REQUIRE_PEERS") == QLatin1String("1");
    m_node = QStandardPaths::findExecutable(u"node"_s);
    QString missing;
    if (m_node.isEmpty())
        missing = u"node is not on PATH"_s;
    else if (!QFileInfo::exists(m_sourceDir + u"/tests/npm/node_modules/jose/package.json"_s))
        missing = u"jose is not installed (run npm ci in tests/npm)"_s;
    if (!missing.isEmpty()) {
        if (required)
            QFAIL(qPrintable(missing + u" and MCPAUTH_REQUIRE_PEERS=1"_s));
        QSKIP(qPrintable(missing));
    }
    QVERIFY2(m_dir.isValid(), qPrintable(m_dir.errorString()));
    qputenv("MCPAUTH_DATA_DIR", QFile::encodeName(m_dir.path()));
    QLoggingCategory::setFilterRules(u"mcpauth.*.info=false"_s);
}

void TestJoseInterop::joseVerifiesOursAndWeJudgeJoses()
{
    auto location = DatabaseLocation::parse(m_dir.filePath(u"store.sqlite"_s));
    QVERIFY(location);
    auto opened = Store::open(*location);
    QVERIFY2(opened, opened ? "" : qPrintable(opened.error().message));
    std::unique_ptr<Store> store = std::move(opened).value();
    const QByteArray kek = SecureRandom::bytes(32);
    auto ringResult = KeyRing::open(*store, kek);
    QVERIFY2(ringResult, ringResult ? "" : qPrintable(ringResult.error().message));
    const std::unique_ptr<KeyRing> ring = std::move(ringResult).value();

    const qint64 now = SqlValues::nowMs() / 1000;
    QJsonObject input{
        {u"issuer"_s, kIssuer}, {u"audience"_s, kAudience}, {u"now"_s, now}, {u"jwks"_s, ring->jwks(now * 1000)}};
    QJsonObject tokens;
    QJsonObject privateKeys;
    auto stored = store->signingKeys().list();
    QVERIFY(stored);
    for (const SigningAlgorithm algorithm : {SigningAlgorithm::RS256, SigningAlgorithm::ES256}) {
        const QString alg = enumName(kSigningAlgorithmNames, algorithm);
        const QJsonObject claims{{u"iss"_s, kIssuer}, {u"sub"_s, u"alice"_s}, {u"aud"_s, kAudience},
            {u"client_id"_s, u"interop"_s}, {u"scope"_s, u"application:read"_s},
            {u"jti"_s, SecureRandom::timeOrderedId(now * 1000)}, {u"iat"_s, now}, {u"exp"_s, now + 600}};
        auto token = ring->sign(algorithm, claims);
        QVERIFY(token);
        tokens.insert(alg, QString::fromLatin1(*token));

        const QString kid = ring->activeKid(algorithm);
        for (const SigningKey& key : *stored) {
            if (key.kid != kid)
                continue;
            auto der = KeyRing::decryptPrivateKey(key, kek);
            QVERIFY2(der, der ? "" : qPrintable(der.error().message));
            const QString path = m_dir.filePath(alg + u".pem"_s);
            QVERIFY(writePrivateFile(path, pkcs8Pem(*der)));
            privateKeys.insert(alg, QJsonObject{{u"kid"_s, kid}, {u"path"_s, path}});
            if (algorithm == SigningAlgorithm::RS256)
                input.insert(u"rsaPublicKeyPem"_s, QString::fromLatin1(key.publicKeyPem));
        }
    }
    QCOMPARE(privateKeys.size(), 2);
    input.insert(u"tokens"_s, tokens);
    input.insert(u"privateKeys"_s, privateKeys);
    const QString inputPath = m_dir.filePath(u"input.json"_s);
    QVERIFY(writePrivateFile(inputPath, QJsonDocument(input).toJson()));

    QProcess node;
    node.start(m_node, {m_sourceDir + u"/tests/interop/jose_interop.mjs"_s, u"--input"_s, inputPath});
    QVERIFY2(node.waitForStarted(kNodeTimeoutMs), qPrintable(node.errorString()));
    const bool finished = node.waitForFinished(kNodeTimeoutMs);
    const QByteArray out = node.readAllStandardOutput();
    const QByteArray err = node.readAllStandardError();
    if (!finished)
        node.kill();
    const QByteArray output = QByteArray("--- stdout:\n" + out + "\n--- stderr:\n" + err);
    QVERIFY2(finished, QByteArray("jose_interop.mjs did not finish:\n" + output).constData());
    QJsonObject report;
    for (const QByteArray& line : out.split('\n')) {
        if (line.startsWith('{'))
            report = QJsonDocument::fromJson(line).object();
    }
    QVERIFY2(!report.isEmpty(), QByteArray("jose_interop.mjs printed no JSON report:\n" + output).constData());
    QVERIFY2(report.value(u"ok"_s).toBool() && node.exitCode() == 0,
        QByteArray("jose_interop.mjs reported failures:\n" + output).constData());

    // (a) jose verified both of our tokens against our JWKS.
    for (const QString& alg : {u"RS256"_s, u"ES256"_s}) {
        const QJsonObject verified = report.value(u"verified"_s).toObject().value(alg).toObject();
        QVERIFY2(verified.value(u"ok"_s).toBool(), qPrintable(alg));
        QCOMPARE(verified.value(u"alg"_s).toString(), alg);
        QCOMPARE(verified.value(u"kid"_s).toString(), privateKeys.value(alg).toObject().value(u"kid"_s).toString());
        QCOMPARE(verified.value(u"typ"_s).toString(), u"at+jwt"_s);
    }

    // (b) what jose signed with our private keys, our validator accepts.
    const JwtValidator validator(*ring);
    JwtExpectations expect;
    expect.issuer = kIssuer;
    expect.audience = kAudience;
    expect.nowMs = now * 1000;
    for (const QString& alg : {u"RS256"_s, u"ES256"_s}) {
        const QByteArray token = report.value(u"signed"_s).toObject().value(alg).toString().toLatin1();
        QVERIFY2(!token.isEmpty(), qPrintable(alg));
        auto validated = validator.validate(token, expect);
        QVERIFY2(validated, qPrintable(alg + u": "_s + (validated ? QString() : validated.error().message)));
        QCOMPARE(validated->header.value(u"alg"_s).toString(), alg);
        QCOMPARE(validated->claims.value(u"client_id"_s).toString(), u"jose-interop"_s);
    }

    // (c) each attack jose crafted is refused, with the sentence that names what is wrong.
    const QList<std::pair<QString, QString>> attacks{
        {u"none"_s, u"The token is not signed (alg none); only RS256 and ES256 signatures are accepted."_s},
        {u"hs256PublicKey"_s,
            u"The token is signed with HS256, a shared-secret algorithm this server never uses; only RS256 and ES256 "
            "signatures are accepted."_s},
        {u"unknownKid"_s,
            u"The token was signed with the key 'jose-unknown-kid', which this server does not publish (unknown, or "
            "retired and no longer published)."_s},
        {u"expired"_s, u"The token expired at %1, 5 minutes ago."_s.arg(utcText(now - 300))},
        {u"notYetValid"_s, u"The token is not valid before %1, 10 minutes from now."_s.arg(utcText(now + 600))},
        {u"wrongIssuer"_s, u"The token's issuer is https://evil.example, not %1."_s.arg(kIssuer)},
        {u"wrongAudience"_s, u"The token's audience is %1/, not %1."_s.arg(kAudience)},
    };
    const QJsonObject crafted = report.value(u"attacks"_s).toObject();
    QCOMPARE(crafted.size(), attacks.size());
    for (const auto& [name, message] : attacks) {
        const QByteArray token = crafted.value(name).toString().toLatin1();
        QVERIFY2(!token.isEmpty(), qPrintable(name));
        auto refused = validator.validate(token, expect);
        QVERIFY2(!refused, qPrintable(name + u" was accepted"_s));
        QCOMPARE(refused.error().message, message);
        QVERIFY2(!report.value(u"joseRefused"_s).toObject().value(name).toString().isEmpty(), qPrintable(name));
    }
    qInfo().noquote() << "jose" << report.value(u"joseVersion"_s).toString() << "refused the attacks with"
                      << QJsonDocument(report.value(u"joseRefused"_s).toObject()).toJson(QJsonDocument::Compact);
}

QTEST_GUILESS_MAIN(TestJoseInterop)
#include "tst_jose_interop.moc"
