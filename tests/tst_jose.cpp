// The local server's JOSE layer. KeyRing: the first keys, their sealed storage (and what the database
// file must never contain), signing checked with OpenSSL directly, the JWKS decoded back, rotation and
// its publication window, signing from 8 threads. JwtValidator: every refusal with its sentence, and
// what it must accept. Store-backed tests run once per backend: SQLite in a fresh file, PostgreSQL
// (MCPAUTH_TEST_PG_URL) in a freshly emptied database.
#include "TestPostgres.h"
#include "jose/Base64Url.h"
#include "jose/EcdsaSignature.h"
#include "jose/JwtValidator.h"
#include "jose/KeyEncryptionKey.h"
#include "jose/KeyRing.h"
#include "jose/OpenSslHandles.h"
#include "jose/SigningKeyCipher.h"
#include "jose/VerificationKey.h"
#include "security/SecureRandom.h"
#include "store/SqlValues.h"
#include "store/Store.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <QtConcurrent>
#include <memory>
#include <openssl/core_names.h>
#include <openssl/err.h>
#include <openssl/pem.h>
#include <openssl/x509.h>

using namespace mcpauth;
using namespace Qt::StringLiterals;

namespace {

const AuditContext kCtx{u"test:jose"_s, u"tst_jose"_s};
const QString kIssuer = u"https://as.example"_s;
const QString kAudience = u"https://x/mcp"_s;
constexpr qint64 kNowSeconds = 1796033100; // 2026-11-30 10:05:00 UTC
constexpr qint64 kNowMs = kNowSeconds * 1000;
constexpr qint64 kHourMs = 3600 * 1000;

QString describe(const Error& e)
{
    return u"%1: %2"_s.arg(errorCodeName(e.code), e.message);
}

template <typename T>
QString describe(const Result<T>& r)
{
    return r.isOk() ? u"ok"_s : describe(r.error());
}

QByteArray b64url(const QByteArray& data)
{
    return data.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals);
}

QByteArray compactJson(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QJsonObject decodeJsonPart(const QByteArray& part)
{
    return QJsonDocument::fromJson(QByteArray::fromBase64(part, QByteArray::Base64UrlEncoding)).object();
}

EvpPkeyPtr privateKeyFromDer(const QByteArray& der)
{
    const auto* p = reinterpret_cast<const unsigned char*>(der.constData());
    return EvpPkeyPtr(d2i_AutoPrivateKey(nullptr, &p, long(der.size())));
}

EvpPkeyPtr publicKeyFromPem(const QByteArray& pem)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), int(pem.size())));
    return EvpPkeyPtr(PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr));
}

QByteArray bnParam(const EVP_PKEY* key, const char* name, int pad = 0)
{
    BIGNUM* raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1)
        return {};
    BignumPtr bn(raw);
    QByteArray out(pad > 0 ? pad : BN_num_bytes(bn.get()), Qt::Uninitialized);
    if (pad > 0)
        BN_bn2binpad(bn.get(), reinterpret_cast<unsigned char*>(out.data()), pad);
    else
        BN_bn2bin(bn.get(), reinterpret_cast<unsigned char*>(out.data()));
    return out;
}

// Signs `input` with SHA-256 as RFC 7518 says, with OpenSSL directly (not KeyRing::sign): PKCS#1 v1.5
// for RSA; for EC the DER signature, or its 64-byte R || S when `raw`.
QByteArray opensslSign(EVP_PKEY* key, const QByteArray& input, bool raw = true)
{
    EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    size_t length = 0;
    if (EVP_DigestSignInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key) != 1
        || EVP_DigestSign(ctx.get(), nullptr, &length, reinterpret_cast<const unsigned char*>(input.constData()),
               size_t(input.size()))
            != 1)
        return {};
    QByteArray sig(qsizetype(length), Qt::Uninitialized);
    if (EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(sig.data()), &length,
            reinterpret_cast<const unsigned char*>(input.constData()), size_t(input.size()))
        != 1)
        return {};
    sig.truncate(qsizetype(length));
    if (!EVP_PKEY_is_a(key, "EC") || !raw)
        return sig;
    const auto* p = reinterpret_cast<const unsigned char*>(sig.constData());
    EcdsaSigPtr ecdsa(d2i_ECDSA_SIG(nullptr, &p, long(sig.size())));
    const BIGNUM* r = nullptr;
    const BIGNUM* s = nullptr;
    ECDSA_SIG_get0(ecdsa.get(), &r, &s);
    QByteArray out(64, Qt::Uninitialized);
    BN_bn2binpad(r, reinterpret_cast<unsigned char*>(out.data()), 32);
    BN_bn2binpad(s, reinterpret_cast<unsigned char*>(out.data()) + 32, 32);
    return out;
}

bool opensslVerify(EVP_PKEY* key, const QByteArray& input, QByteArray signature)
{
    if (EVP_PKEY_is_a(key, "EC")) {
        if (signature.size() != 64)
            return false;
        BignumPtr r(BN_bin2bn(reinterpret_cast<const unsigned char*>(signature.constData()), 32, nullptr));
        BignumPtr s(BN_bin2bn(reinterpret_cast<const unsigned char*>(signature.constData()) + 32, 32, nullptr));
        EcdsaSigPtr ecdsa(ECDSA_SIG_new());
        ECDSA_SIG_set0(ecdsa.get(), r.release(), s.release());
        unsigned char* der = nullptr;
        const int length = i2d_ECDSA_SIG(ecdsa.get(), &der);
        signature = QByteArray(reinterpret_cast<const char*>(der), length);
        OPENSSL_free(der);
    }
    EvpMdCtxPtr ctx(EVP_MD_CTX_new());
    const bool ok = EVP_DigestVerifyInit(ctx.get(), nullptr, EVP_sha256(), nullptr, key) == 1
        && EVP_DigestVerify(ctx.get(), reinterpret_cast<const unsigned char*>(signature.constData()),
               size_t(signature.size()), reinterpret_cast<const unsigned char*>(input.constData()),
               size_t(input.size()))
            == 1;
    ERR_clear_error();
    return ok;
}

// A compact JWS of these two encoded parts, signed with `key` (nullptr: an empty signature).
QByteArray signParts(const QByteArray& headerPart, const QByteArray& payloadPart, EVP_PKEY* key, bool rawEcdsa = true)
{
    const QByteArray input = headerPart + '.' + payloadPart;
    return input + '.' + (key ? b64url(opensslSign(key, input, rawEcdsa)) : QByteArray());
}

// A compact JWS of any header and payload bytes.
QByteArray craft(const QJsonObject& header, const QByteArray& payload, EVP_PKEY* key, bool rawEcdsa = true)
{
    return signParts(b64url(compactJson(header)), b64url(payload), key, rawEcdsa);
}

QByteArray craft(const QJsonObject& header, const QJsonObject& claims, EVP_PKEY* key)
{
    return craft(header, compactJson(claims), key);
}

QJsonObject header(const QString& alg, const QString& kid, const QString& typ = u"at+jwt"_s)
{
    QJsonObject h{{u"alg"_s, alg}};
    if (!kid.isNull())
        h.insert(u"kid"_s, kid);
    if (!typ.isNull())
        h.insert(u"typ"_s, typ);
    return h;
}

QJsonObject claims(qint64 nowSeconds = kNowSeconds)
{
    return {{u"iss"_s, kIssuer}, {u"sub"_s, u"alice"_s}, {u"aud"_s, kAudience}, {u"client_id"_s, u"client-1"_s},
        {u"scope"_s, u"application:read"_s}, {u"jti"_s, SecureRandom::token(12)}, {u"iat"_s, nowSeconds - 10},
        {u"exp"_s, nowSeconds + 600}};
}

QJsonObject with(QJsonObject o, const QString& key, const QJsonValue& value)
{
    if (value.isUndefined())
        o.remove(key);
    else
        o.insert(key, value);
    return o;
}

JwtExpectations expectations(qint64 nowMs = kNowMs)
{
    JwtExpectations e;
    e.issuer = kIssuer;
    e.audience = kAudience;
    e.type = "at+jwt";
    e.nowMs = nowMs;
    e.skewSeconds = 60;
    return e;
}

SigningKey storedKey(Store& store, const QString& kid)
{
    auto all = store.signingKeys().list();
    if (all) {
        for (const SigningKey& k : *all) {
            if (k.kid == kid)
                return k;
        }
    }
    return {};
}

QStringList auditActions(Store& store)
{
    QStringList out;
    auto events = store.audit().list({}, 0, 1000);
    if (events) {
        for (auto it = events->crbegin(); it != events->crend(); ++it)
            out << it->action + u" "_s + it->targetId + u" "_s + it->actor;
    }
    return out;
}

QSet<QString> jwksKids(const QJsonObject& set)
{
    QSet<QString> kids;
    for (const QJsonValue& k : set.value(u"keys"_s).toArray())
        kids << k.toObject().value(u"kid"_s).toString();
    return kids;
}

} // namespace

#define QVERIFY_OK(result)                                                                                             \
    do {                                                                                                               \
        const auto& ok_ = (result);                                                                                    \
        QVERIFY2(ok_.isOk(), qPrintable(describe(ok_)));                                                               \
    } while (false)

// Prepares the row's backend (skipping or failing the row when it cannot) and opens a store on it.
#define OPEN_FRESH_STORE(store)                                                                                        \
    QFETCH(QString, backend);                                                                                          \
    if (const QString skip_ = setUpBackend(backend); !skip_.isEmpty())                                                 \
        QSKIP(qPrintable(skip_));                                                                                      \
    if (QTest::currentTestFailed())                                                                                    \
        return;                                                                                                        \
    std::unique_ptr<Store> store = openStore();                                                                        \
    if (!store)                                                                                                        \
    return

class TestJose : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void cleanup();

    void base64UrlIsStrict();
    void ecdsaSignatureConversion();

    void firstOpenMakesOneActiveKeyPerAlgorithm_data() { addBackendRows(); }
    void firstOpenMakesOneActiveKeyPerAlgorithm();
    void reopenKeepsTheKeys_data() { addBackendRows(); }
    void reopenKeepsTheKeys();
    void wrongKeyEncryptionKeyIsRefused_data() { addBackendRows(); }
    void wrongKeyEncryptionKeyIsRefused();
    void changedKeyRowsAreRefused_data() { addBackendRows(); }
    void changedKeyRowsAreRefused();
    void sealedPrivateKeyFormat();
    void databaseFileHoldsNoPlainPrivateKey();
    void rotationKeepsTheOldKeyPublishedUntilPublishUntil_data() { addBackendRows(); }
    void rotationKeepsTheOldKeyPublishedUntilPublishUntil();
    void rotationByAnotherProgramIsPickedUp_data() { addBackendRows(); }
    void rotationByAnotherProgramIsPickedUp();

    void signAndVerifyWithOpenSsl_data();
    void signAndVerifyWithOpenSsl();
    void jwksShape();
    void parallelSigning();

    void validatorRefuses_data();
    void validatorRefuses();
    void validatorAccepts_data();
    void validatorAccepts();
    void retiredButPublishedKeyValidates();

private:
    static void addBackendRows();
    QString setUpBackend(const QString& backend);
    QString setUpPostgres();
    std::unique_ptr<Store> openStore();
    std::unique_ptr<KeyRing> openRing(Store& store, const QByteArray& kek);
    // The private key of the ring's active key for `algorithm`, from its sealed row.
    EvpPkeyPtr activePrivateKey(Store& store, const KeyRing& ring, SigningAlgorithm algorithm, const QByteArray& kek);

    QTemporaryDir m_dataDir;
    std::unique_ptr<QTemporaryDir> m_dbDir;
    DatabaseLocation m_location;
    QString m_password;

    // One SQLite store and key ring for the signing and validator tests.
    QTemporaryDir m_sharedDir;
    std::unique_ptr<Store> m_store;
    std::unique_ptr<KeyRing> m_ring;
    QByteArray m_kek;
    EvpPkeyPtr m_rsa;
    EvpPkeyPtr m_ec;
    QString m_rsaKid;
    QString m_ecKid;
    QByteArray m_rsaPublicPem;
};

void TestJose::addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << u"sqlite"_s;
    QTest::newRow("postgresql") << u"postgresql"_s;
}

void TestJose::initTestCase()
{
    QVERIFY2(m_dataDir.isValid(), qPrintable(m_dataDir.errorString()));
    qputenv("MCPAUTH_DATA_DIR", QFile::encodeName(m_dataDir.path()));
    QLoggingCategory::setFilterRules(u"mcpauth.*.info=false"_s);

    QVERIFY(m_sharedDir.isValid());
    auto location = DatabaseLocation::parse(m_sharedDir.filePath(u"shared.sqlite"_s));
    QVERIFY_OK(location);
    auto store = Store::open(*location);
    QVERIFY_OK(store);
    m_store = std::move(store).value();
    m_kek = SecureRandom::bytes(32);
    m_ring = openRing(*m_store, m_kek);
    QVERIFY(m_ring);
    m_rsaKid = m_ring->activeKid(SigningAlgorithm::RS256);
    m_ecKid = m_ring->activeKid(SigningAlgorithm::ES256);
    m_rsa = activePrivateKey(*m_store, *m_ring, SigningAlgorithm::RS256, m_kek);
    m_ec = activePrivateKey(*m_store, *m_ring, SigningAlgorithm::ES256, m_kek);
    QVERIFY(m_rsa && m_ec);
    m_rsaPublicPem = storedKey(*m_store, m_rsaKid).publicKeyPem;
    QVERIFY(m_rsaPublicPem.startsWith("-----BEGIN PUBLIC KEY-----"));
}

void TestJose::cleanup()
{
    m_dbDir.reset();
}

QString TestJose::setUpBackend(const QString& backend)
{
    m_password.clear();
    if (backend == QLatin1String("postgresql"))
        return setUpPostgres();
    m_dbDir = std::make_unique<QTemporaryDir>();
    if (!m_dbDir->isValid()) {
        QTest::qFail(qPrintable(m_dbDir->errorString()), __FILE__, __LINE__);
        return {};
    }
    auto location = DatabaseLocation::parse(m_dbDir->filePath(u"store.sqlite"_s));
    if (!location) {
        QTest::qFail(qPrintable(describe(location.error())), __FILE__, __LINE__);
        return {};
    }
    m_location = *location;
    return {};
}

// The database of MCPAUTH_TEST_PG_URL, emptied (as in tst_store).
QString TestJose::setUpPostgres()
{
    const QString url = qEnvironmentVariable("MCPAUTH_TEST_PG_URL");
    if (url.isEmpty()) {
        if (qEnvironmentVariable("MCPAUTH_REQUIRE_PG") == QLatin1String("1"))
            QTest::qFail("MCPAUTH_REQUIRE_PG=1 but MCPAUTH_TEST_PG_URL is not set: run the tests through "
                         "tests/scripts/with-services.sh.",
                __FILE__, __LINE__);
        return u"MCPAUTH_TEST_PG_URL is not set (run through tests/scripts/with-services.sh)"_s;
    }
    auto location = DatabaseLocation::parse(url);
    if (!location || location->dialect != SqlDialect::Postgres) {
        QTest::qFail(qPrintable(u"MCPAUTH_TEST_PG_URL is not a PostgreSQL URL: "_s + url), __FILE__, __LINE__);
        return {};
    }
    m_location = *location;
    m_password = qEnvironmentVariable("MCPAUTH_DB_PASSWORD");
    if (const QString error = test::resetPostgres(m_location, m_password); !error.isEmpty())
        QTest::qFail(qPrintable(u"Cannot empty the PostgreSQL test database: "_s + error), __FILE__, __LINE__);
    return {};
}

std::unique_ptr<Store> TestJose::openStore()
{
    auto store = Store::open(m_location, StoreOpenOptions{.password = m_password, .schemaVersion = -1});
    if (!store) {
        QTest::qFail(qPrintable(describe(store.error())), __FILE__, __LINE__);
        return {};
    }
    return std::move(store).value();
}

std::unique_ptr<KeyRing> TestJose::openRing(Store& store, const QByteArray& kek)
{
    auto ring = KeyRing::open(store, kek);
    if (!ring) {
        QTest::qFail(qPrintable(describe(ring.error())), __FILE__, __LINE__);
        return {};
    }
    return std::move(ring).value();
}

EvpPkeyPtr TestJose::activePrivateKey(
    Store& store, const KeyRing& ring, SigningAlgorithm algorithm, const QByteArray& kek)
{
    auto der = KeyRing::decryptPrivateKey(storedKey(store, ring.activeKid(algorithm)), kek);
    if (!der) {
        QTest::qFail(qPrintable(describe(der.error())), __FILE__, __LINE__);
        return {};
    }
    return privateKeyFromDer(*der);
}

// ---------------------------------------------------------------------------------------------
// Encodings

void TestJose::base64UrlIsStrict()
{
    QCOMPARE(Base64Url::encode("\xfb\xff"), QByteArray("-_8"));
    QCOMPARE(Base64Url::decode("-_8"), std::optional<QByteArray>("\xfb\xff"));
    QCOMPARE(Base64Url::decode(""), std::optional<QByteArray>(QByteArray()));
    QCOMPARE(Base64Url::decode("YWJj"), std::optional<QByteArray>("abc"));
    QCOMPARE(Base64Url::decode("YWI"), std::optional<QByteArray>("ab"));
    for (const char* bad : {"YWI=", "YW==", "+/8", "YW J", "YW\nJj", "Y", "YWJjZ", "YWJ.", "YWJ\xc3\xa9"})
        QVERIFY2(!Base64Url::decode(bad), bad);
    // Unused bits must be zero: "YWJ" is the one spelling of "ab", "YWK" decodes to the same bytes.
    QVERIFY(!Base64Url::decode("YWK"));
    QVERIFY(!Base64Url::decode("YR"));
    QVERIFY(Base64Url::decode("YQ"));
}

void TestJose::ecdsaSignatureConversion()
{
    const QByteArray input = "header.payload";
    for (int i = 0; i < 40; ++i) {
        const QByteArray der = opensslSign(m_ec.get(), input, false);
        const QByteArray raw = EcdsaSignature::derToRaw(der);
        QCOMPARE(raw.size(), 64);
        QCOMPARE(EcdsaSignature::rawToDer(raw), der);
        QVERIFY(opensslVerify(m_ec.get(), input, raw));
    }
    // R and S with leading zero bytes keep their 32-byte positions.
    QByteArray small(64, '\0');
    small[31] = 1;
    small[63] = 2;
    const QByteArray der = EcdsaSignature::rawToDer(small);
    QCOMPARE(der, QByteArray::fromHex("3006020101020102"));
    QCOMPARE(EcdsaSignature::derToRaw(der), small);
    QVERIFY(EcdsaSignature::rawToDer(QByteArray(63, 'a')).isEmpty());
    QVERIFY(EcdsaSignature::derToRaw("not der").isEmpty());
    QVERIFY(EcdsaSignature::derToRaw(QByteArray(der + "x")).isEmpty());
}

// ---------------------------------------------------------------------------------------------
// Key ring and store

void TestJose::firstOpenMakesOneActiveKeyPerAlgorithm()
{
    OPEN_FRESH_STORE(store);
    const QByteArray kek = SecureRandom::bytes(32);
    auto ring = openRing(*store, kek);
    QVERIFY(ring);

    const QList<SigningKey> keys = ring->keys();
    QCOMPARE(keys.size(), 2);
    QSet<QString> algorithms;
    for (const SigningKey& key : keys) {
        algorithms << enumName(kSigningAlgorithmNames, key.algorithm);
        QCOMPARE(key.state, KeyState::Active);
        QVERIFY(key.encryptedPrivateKey.isEmpty()); // metadata only
        QCOMPARE(key.kid.size(), 22); // 128 random bits, base64url
        QVERIFY(Base64Url::decode(key.kid.toLatin1()));
        QCOMPARE(ring->activeKid(key.algorithm), key.kid);
        QVERIFY(key.publicKeyPem.startsWith("-----BEGIN PUBLIC KEY-----"));
        QVERIFY(qAbs(key.createdAt - SqlValues::nowMs()) < 60000);
    }
    QCOMPARE(algorithms, (QSet<QString>{u"RS256"_s, u"ES256"_s}));
    QVERIFY(keys[0].kid != keys[1].kid);

    auto rows = store->signingKeys().list();
    QVERIFY_OK(rows);
    QCOMPARE(rows->size(), 2);
    for (const SigningKey& row : *rows)
        QVERIFY2(row.encryptedPrivateKey.startsWith("v1:"), row.encryptedPrivateKey.left(10).constData());

    const QStringList audit = auditActions(*store);
    QCOMPARE(audit.size(), 2);
    for (const SigningKey& key : keys)
        QVERIFY2(audit.contains(u"signing_key.created %1 server"_s.arg(key.kid)), qPrintable(audit.join(u"\n"_s)));
    auto verified = store->audit().verify();
    QVERIFY_OK(verified);
    QVERIFY(verified->intact);
}

void TestJose::reopenKeepsTheKeys()
{
    OPEN_FRESH_STORE(store);
    const QByteArray kek = SecureRandom::bytes(32);
    auto first = openRing(*store, kek);
    QVERIFY(first);
    const QString rsaKid = first->activeKid(SigningAlgorithm::RS256);
    const QString ecKid = first->activeKid(SigningAlgorithm::ES256);
    const QJsonObject tokenClaims = claims(SqlValues::nowMs() / 1000);
    auto rsaToken = first->sign(SigningAlgorithm::RS256, tokenClaims);
    auto ecToken = first->sign(SigningAlgorithm::ES256, tokenClaims);
    QVERIFY_OK(rsaToken);
    QVERIFY_OK(ecToken);
    const QByteArray jwks = first->jwksJson(SqlValues::nowMs());
    first.reset();
    store.reset();

    store = openStore();
    QVERIFY(store);
    auto second = openRing(*store, kek);
    QVERIFY(second);
    QCOMPARE(second->activeKid(SigningAlgorithm::RS256), rsaKid);
    QCOMPARE(second->activeKid(SigningAlgorithm::ES256), ecKid);
    QCOMPARE(second->keys().size(), 2);
    QCOMPARE(second->jwksJson(SqlValues::nowMs()), jwks);
    QCOMPARE(auditActions(*store).size(), 2); // nothing new was made

    // Tokens signed before the restart still validate, and the restored keys sign.
    const JwtValidator validator(*second);
    const JwtExpectations expect = expectations(SqlValues::nowMs());
    QVERIFY_OK(validator.validate(*rsaToken, expect));
    QVERIFY_OK(validator.validate(*ecToken, expect));
    auto again = second->sign(SigningAlgorithm::ES256, tokenClaims);
    QVERIFY_OK(again);
    QVERIFY_OK(validator.validate(*again, expect));
}

void TestJose::wrongKeyEncryptionKeyIsRefused()
{
    OPEN_FRESH_STORE(store);
    const QByteArray kek = SecureRandom::bytes(32);
    QVERIFY(openRing(*store, kek));
    const int auditBefore = int(auditActions(*store).size());

    auto wrong = KeyRing::open(*store, SecureRandom::bytes(32));
    QVERIFY(!wrong);
    QCOMPARE(wrong.error().code, ErrorCode::Crypto);
    const QString message = wrong.error().message;
    QVERIFY2(message.contains(u"were encrypted with another key-encryption key"_s), qPrintable(message));
    QVERIFY2(message.contains(m_location.display()), qPrintable(message));
    QVERIFY2(message.contains(KeyEncryptionKey::keychainEntry(m_location)), qPrintable(message));
    QVERIFY2(message.contains(KeyEncryptionKey::keyFilePath(m_location)), qPrintable(message));
    QVERIFY2(message.contains(u"No new signing keys were made"_s), qPrintable(message));
    // Nothing was added or replaced.
    auto rows = store->signingKeys().list();
    QVERIFY_OK(rows);
    QCOMPARE(rows->size(), 2);
    QCOMPARE(int(auditActions(*store).size()), auditBefore);

    auto shortKey = KeyRing::open(*store, SecureRandom::bytes(16));
    QVERIFY(!shortKey);
    QCOMPARE(shortKey.error().code, ErrorCode::Crypto);
    QVERIFY2(shortKey.error().message.contains(u"16 bytes"_s), qPrintable(shortKey.error().message));

    // The right key still opens them.
    QVERIFY(openRing(*store, kek));
}

void TestJose::changedKeyRowsAreRefused()
{
    OPEN_FRESH_STORE(store);
    const QByteArray kek = SecureRandom::bytes(32);
    auto ring = openRing(*store, kek);
    QVERIFY(ring);
    const QString ecKid = ring->activeKid(SigningAlgorithm::ES256);
    const QString rsaKid = ring->activeKid(SigningAlgorithm::RS256);
    ring.reset();
    const SigningKey ec = storedKey(*store, ecKid);
    const SigningKey rsa = storedKey(*store, rsaKid);

    const auto setColumn = [&](const QString& column, const QString& value, const QString& kid) {
        auto q = store->database().exec(u"UPDATE signing_keys SET %1 = ? WHERE kid = ?"_s.arg(column), {value, kid});
        return q.isOk();
    };

    // One sealed key changed while the other opens: that row is damaged, not the key-encryption key wrong.
    QByteArray sealed = QByteArray::fromBase64(ec.encryptedPrivateKey.mid(3));
    sealed[20] = char(sealed[20] ^ 0x01);
    QVERIFY(setColumn(u"private_key_encrypted"_s, u"v1:"_s + QString::fromLatin1(sealed.toBase64()), ecKid));
    auto damaged = KeyRing::open(*store, kek);
    QVERIFY(!damaged);
    QCOMPARE(damaged.error().code, ErrorCode::Integrity);
    QVERIFY2(damaged.error().message.contains(ecKid), qPrintable(damaged.error().message));
    QVERIFY2(damaged.error().message.contains(u"fails its integrity check"_s), qPrintable(damaged.error().message));

    // A sealed key moved onto another row does not open there: kid and algorithm are bound to it.
    QVERIFY(setColumn(u"private_key_encrypted"_s, QString::fromLatin1(rsa.encryptedPrivateKey), ecKid));
    QVERIFY(!KeyRing::open(*store, kek));

    // Not the format at all.
    QVERIFY(setColumn(u"private_key_encrypted"_s, u"-----BEGIN PRIVATE KEY-----"_s, ecKid));
    auto foreign = KeyRing::open(*store, kek);
    QVERIFY(!foreign);
    QCOMPARE(foreign.error().code, ErrorCode::Integrity);
    QVERIFY2(foreign.error().message.contains(u"not in a known format"_s), qPrintable(foreign.error().message));
    QVERIFY(setColumn(u"private_key_encrypted"_s, QString::fromLatin1(ec.encryptedPrivateKey), ecKid));
    QVERIFY(openRing(*store, kek));

    // A public key swapped for another one would publish a key that did not sign anything.
    QVERIFY(setColumn(u"public_key"_s, QString::fromLatin1(m_rsaPublicPem), rsaKid));
    auto swapped = KeyRing::open(*store, kek);
    QVERIFY(!swapped);
    QCOMPARE(swapped.error().code, ErrorCode::Integrity);
    QVERIFY2(
        swapped.error().message.contains(u"does not belong to its private key"_s), qPrintable(swapped.error().message));
    QVERIFY(setColumn(u"public_key"_s, QString::fromLatin1(rsa.publicKeyPem), rsaKid));
    QVERIFY(openRing(*store, kek));
}

void TestJose::sealedPrivateKeyFormat()
{
    for (const SigningAlgorithm algorithm : {SigningAlgorithm::RS256, SigningAlgorithm::ES256}) {
        const SigningKey row = storedKey(*m_store, m_ring->activeKid(algorithm));
        QVERIFY(row.encryptedPrivateKey.startsWith("v1:"));
        const auto sealed
            = QByteArray::fromBase64Encoding(row.encryptedPrivateKey.mid(3), QByteArray::AbortOnBase64DecodingErrors);
        QVERIFY(sealed);

        auto der = KeyRing::decryptPrivateKey(row, m_kek);
        QVERIFY_OK(der);
        // nonce (12) | ciphertext (as long as the DER: GCM is a stream mode) | tag (16)
        QCOMPARE(sealed.decoded.size(), 12 + der->size() + 16);

        // PKCS#8 PrivateKeyInfo: version 0, then the algorithm identifier of RSA or EC.
        const auto* p = reinterpret_cast<const unsigned char*>(der->constData());
        std::unique_ptr<PKCS8_PRIV_KEY_INFO, OpenSslDeleter<&PKCS8_PRIV_KEY_INFO_free>> info(
            d2i_PKCS8_PRIV_KEY_INFO(nullptr, &p, long(der->size())));
        QVERIFY2(info, "the decrypted key is not PKCS#8");
        EvpPkeyPtr key(EVP_PKCS82PKEY(info.get()));
        QVERIFY(key);
        EvpPkeyPtr publicKey = publicKeyFromPem(row.publicKeyPem);
        QCOMPARE(EVP_PKEY_eq(key.get(), publicKey.get()), 1);
        if (algorithm == SigningAlgorithm::RS256) {
            QVERIFY(EVP_PKEY_is_a(key.get(), "RSA"));
            QCOMPARE(EVP_PKEY_get_bits(key.get()), 2048);
            QCOMPARE(bnParam(key.get(), OSSL_PKEY_PARAM_RSA_E), QByteArray::fromHex("010001"));
        } else {
            QVERIFY(EVP_PKEY_is_a(key.get(), "EC"));
            char group[64] = {};
            size_t length = 0;
            QCOMPARE(EVP_PKEY_get_group_name(key.get(), group, sizeof group, &length), 1);
            QCOMPARE(QByteArray(group), QByteArray("prime256v1"));
        }

        // The nonce is random: the same key sealed twice differs, and both open.
        auto again = SigningKeyCipher::seal(*der, m_kek, row.kid, row.algorithm);
        QVERIFY_OK(again);
        QVERIFY(*again != row.encryptedPrivateKey);
        QCOMPARE(*SigningKeyCipher::open(*again, m_kek, row.kid, row.algorithm), *der);
        // Kid and algorithm are authenticated.
        auto otherKid = SigningKeyCipher::open(*again, m_kek, row.kid + u"x"_s, row.algorithm);
        QVERIFY(!otherKid);
        QCOMPARE(otherKid.error().code, ErrorCode::Crypto);
        const SigningAlgorithm other
            = algorithm == SigningAlgorithm::RS256 ? SigningAlgorithm::ES256 : SigningAlgorithm::RS256;
        QVERIFY(!SigningKeyCipher::open(*again, m_kek, row.kid, other));
        auto wrongKek = KeyRing::decryptPrivateKey(row, SecureRandom::bytes(32));
        QVERIFY(!wrongKek);
        QCOMPARE(wrongKek.error().code, ErrorCode::Crypto);
    }
}

void TestJose::databaseFileHoldsNoPlainPrivateKey()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    auto location = DatabaseLocation::parse(dir.filePath(u"keys.sqlite"_s));
    QVERIFY_OK(location);
    auto opened = Store::open(*location);
    QVERIFY_OK(opened);
    std::unique_ptr<Store> store = std::move(opened).value();
    const QByteArray kek = SecureRandom::bytes(32);
    auto ring = openRing(*store, kek);
    QVERIFY(ring);
    QVERIFY_OK(ring->rotate(SigningAlgorithm::RS256, SqlValues::nowMs() + kHourMs, kCtx));
    QVERIFY_OK(ring->rotate(SigningAlgorithm::ES256, SqlValues::nowMs() + kHourMs, kCtx));

    QList<QByteArray> ders;
    auto rows = store->signingKeys().list();
    QVERIFY_OK(rows);
    QCOMPARE(rows->size(), 4);
    for (const SigningKey& row : *rows) {
        auto der = KeyRing::decryptPrivateKey(row, kek);
        QVERIFY_OK(der);
        ders << *der;
    }

    const auto scan = [&](const QString& when) {
        const QStringList files = QDir(dir.path()).entryList({u"keys.sqlite*"_s}, QDir::Files);
        QVERIFY(files.contains(u"keys.sqlite"_s));
        for (const QString& name : files) {
            QFile file(dir.filePath(name));
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            const QByteArray where = (name + u" ("_s + when + u")"_s).toUtf8();
            QVERIFY2(!bytes.contains("PRIVATE KEY"), where.constData());
            QVERIFY2(!bytes.contains(kek), where.constData());
            QVERIFY2(!bytes.contains(kek.toHex()), where.constData());
            for (const QByteArray& der : ders) {
                // The whole DER, a 32-byte piece from its middle (the secret numbers), and the usual
                // text forms of it.
                QVERIFY2(!bytes.contains(der), where.constData());
                QVERIFY2(!bytes.contains(der.mid(der.size() / 2, 32)), where.constData());
                QVERIFY2(!bytes.contains(der.toBase64().mid(8, 64)), where.constData());
                QVERIFY2(!bytes.contains(der.toHex().mid(16, 64)), where.constData());
            }
        }
    };
    scan(u"open, with its write-ahead log"_s);
    ring.reset();
    store.reset();
    scan(u"closed"_s);
}

void TestJose::rotationKeepsTheOldKeyPublishedUntilPublishUntil()
{
    OPEN_FRESH_STORE(store);
    const QByteArray kek = SecureRandom::bytes(32);
    auto ring = openRing(*store, kek);
    QVERIFY(ring);
    const qint64 now = SqlValues::nowMs();
    const QString oldKid = ring->activeKid(SigningAlgorithm::RS256);
    const QString ecKid = ring->activeKid(SigningAlgorithm::ES256);
    auto before = ring->sign(SigningAlgorithm::RS256, claims(now / 1000));
    QVERIFY_OK(before);
    QCOMPARE(jwksKids(ring->jwks(now)), (QSet<QString>{oldKid, ecKid}));

    const qint64 publishUntil = now + kHourMs;
    QVERIFY_OK(ring->rotate(SigningAlgorithm::RS256, publishUntil, kCtx));
    const QString newKid = ring->activeKid(SigningAlgorithm::RS256);
    QVERIFY(!newKid.isEmpty() && newKid != oldKid);
    QCOMPARE(ring->activeKid(SigningAlgorithm::ES256), ecKid);

    // Published until publishUntil (exclusive), then gone, from the JWKS and from verification.
    QCOMPARE(jwksKids(ring->jwks(now)), (QSet<QString>{newKid, oldKid, ecKid}));
    QCOMPARE(jwksKids(ring->jwks(publishUntil - 1)), (QSet<QString>{newKid, oldKid, ecKid}));
    QCOMPARE(jwksKids(ring->jwks(publishUntil)), (QSet<QString>{newKid, ecKid}));
    QCOMPARE(jwksKids(ring->jwks(publishUntil + kHourMs)), (QSet<QString>{newKid, ecKid}));
    // The cache answers for the instant asked, in any order.
    QCOMPARE(jwksKids(ring->jwks(now)), (QSet<QString>{newKid, oldKid, ecKid}));
    QCOMPARE(QJsonDocument::fromJson(ring->jwksJson(publishUntil)).object(), ring->jwks(publishUntil));
    QCOMPARE(QJsonDocument::fromJson(ring->jwksJson(now)).object(), ring->jwks(now));
    QVERIFY(ring->verificationKey(oldKid, publishUntil - 1));
    QVERIFY(!ring->verificationKey(oldKid, publishUntil));
    QVERIFY(ring->verificationKey(newKid, publishUntil + kHourMs));
    // Active keys first in the set.
    const QJsonArray keys = ring->jwks(now).value(u"keys"_s).toArray();
    QCOMPARE(keys.last().toObject().value(u"kid"_s).toString(), oldKid);

    const JwtValidator validator(*ring);
    QVERIFY_OK(validator.validate(*before, expectations(now)));
    auto after = validator.validate(*before, expectations(publishUntil + 1000));
    QVERIFY(!after);
    QVERIFY2(after.error().message.contains(u"does not publish"_s), qPrintable(after.error().message));
    auto signedNew = ring->sign(SigningAlgorithm::RS256, claims(now / 1000));
    QVERIFY_OK(signedNew);
    QCOMPARE(decodeJsonPart(signedNew->split('.').at(0)).value(u"kid"_s).toString(), newKid);

    bool sawRetired = false;
    for (const SigningKey& key : ring->keys()) {
        if (key.kid != oldKid)
            continue;
        sawRetired = true;
        QCOMPARE(key.state, KeyState::Retired);
        QCOMPARE(key.publishUntil, publishUntil);
        QVERIFY(key.retiredAt >= now);
    }
    QVERIFY(sawRetired);
    const QStringList audit = auditActions(*store);
    QVERIFY2(audit.contains(u"signing_key.retired %1 test:jose"_s.arg(oldKid)), qPrintable(audit.join(u"\n"_s)));
    QVERIFY2(audit.contains(u"signing_key.rotated %1 test:jose"_s.arg(newKid)), qPrintable(audit.join(u"\n"_s)));

    // The store says the same after a restart.
    ring.reset();
    ring = openRing(*store, kek);
    QVERIFY(ring);
    QCOMPARE(ring->activeKid(SigningAlgorithm::RS256), newKid);
    QCOMPARE(jwksKids(ring->jwks(now)), (QSet<QString>{newKid, oldKid, ecKid}));
    QVERIFY_OK(JwtValidator(*ring).validate(*before, expectations(now)));

    // A key rotated with publishUntil already past (a compromised key) is gone at once, also after a
    // restart.
    QVERIFY_OK(ring->rotate(SigningAlgorithm::ES256, now - 1, kCtx));
    QVERIFY(!jwksKids(ring->jwks(SqlValues::nowMs())).contains(ecKid));
    ring.reset();
    ring = openRing(*store, kek);
    QVERIFY(ring);
    QVERIFY(!ring->verificationKey(ecKid, now - 2000));
    QCOMPARE(ring->keys().size(), 3); // both active keys and the RS256 key still published
    auto verified = store->audit().verify();
    QVERIFY_OK(verified);
    QVERIFY(verified->intact);
}

// A running server (one store connection) and `mcp-auth key rotate` (another) on the same database.
void TestJose::rotationByAnotherProgramIsPickedUp()
{
    OPEN_FRESH_STORE(serverStore);
    std::unique_ptr<Store> cliStore = openStore();
    QVERIFY(cliStore);
    const QByteArray kek = SecureRandom::bytes(32);
    auto server = openRing(*serverStore, kek);
    QVERIFY(server);
    auto cli = openRing(*cliStore, kek);
    QVERIFY(cli);
    const qint64 now = SqlValues::nowMs();
    const QString oldKid = server->activeKid(SigningAlgorithm::RS256);
    const QString ecKid = server->activeKid(SigningAlgorithm::ES256);
    QCOMPARE(cli->activeKid(SigningAlgorithm::RS256), oldKid);
    auto before = server->sign(SigningAlgorithm::RS256, claims(now / 1000));
    QVERIFY_OK(before);
    // Nothing changed: nothing to do.
    auto unchanged = server->reload(now);
    QVERIFY_OK(unchanged);
    QVERIFY(!*unchanged);

    const qint64 publishUntil = now + kHourMs;
    QVERIFY_OK(cli->rotate(SigningAlgorithm::RS256, publishUntil, kCtx));
    const QString newKid = cli->activeKid(SigningAlgorithm::RS256);
    QVERIFY(newKid != oldKid);
    QCOMPARE(server->activeKid(SigningAlgorithm::RS256), oldKid); // until it looks
    const QByteArray jwksBefore = server->jwksJson(now); // cached

    auto reloaded = server->reload(now);
    QVERIFY_OK(reloaded);
    QVERIFY(*reloaded);
    QCOMPARE(server->activeKid(SigningAlgorithm::RS256), newKid);
    QCOMPARE(server->activeKid(SigningAlgorithm::ES256), ecKid);
    // The JWKS cache follows: the new key, and the old one until publishUntil.
    QVERIFY(server->jwksJson(now) != jwksBefore);
    QCOMPARE(jwksKids(QJsonDocument::fromJson(server->jwksJson(now)).object()), (QSet<QString>{newKid, oldKid, ecKid}));
    QCOMPARE(jwksKids(server->jwks(publishUntil)), (QSet<QString>{newKid, ecKid}));
    bool sawRetired = false;
    for (const SigningKey& key : server->keys()) {
        if (key.kid == oldKid) {
            sawRetired = true;
            QCOMPARE(key.state, KeyState::Retired);
            QCOMPARE(key.publishUntil, publishUntil);
        }
    }
    QVERIFY(sawRetired);

    // New tokens carry the new kid and validate, here and in the other program; old ones still do.
    auto after = server->sign(SigningAlgorithm::RS256, claims(now / 1000));
    QVERIFY_OK(after);
    QCOMPARE(decodeJsonPart(after->split('.').at(0)).value(u"kid"_s).toString(), newKid);
    QVERIFY_OK(JwtValidator(*server).validate(*after, expectations(now)));
    QVERIFY_OK(JwtValidator(*cli).validate(*after, expectations(now)));
    QVERIFY_OK(JwtValidator(*server).validate(*before, expectations(now)));
    unchanged = server->reload(now);
    QVERIFY_OK(unchanged);
    QVERIFY(!*unchanged);

    // A key retired with publishUntil already past (compromised) leaves the JWKS at once.
    QVERIFY_OK(cli->rotate(SigningAlgorithm::ES256, now - 1, kCtx));
    const QString newEcKid = cli->activeKid(SigningAlgorithm::ES256);
    QVERIFY_OK(server->reload(SqlValues::nowMs()));
    QCOMPARE(server->activeKid(SigningAlgorithm::ES256), newEcKid);
    QVERIFY(!server->verificationKey(ecKid, SqlValues::nowMs()));
    QVERIFY(!jwksKids(server->jwks(SqlValues::nowMs())).contains(ecKid));

    // A new key whose sealed private key does not open is refused, and the ring signs on as before.
    QVERIFY_OK(cli->rotate(SigningAlgorithm::RS256, publishUntil, kCtx));
    const QString damagedKid = cli->activeKid(SigningAlgorithm::RS256);
    const SigningKey damaged = storedKey(*cliStore, damagedKid);
    QByteArray sealed = QByteArray::fromBase64(damaged.encryptedPrivateKey.mid(3));
    sealed[20] = char(sealed[20] ^ 0x01);
    const QVariantList values{QString(u"v1:"_s + QString::fromLatin1(sealed.toBase64())), damagedKid};
    QVERIFY(cliStore->database().exec(u"UPDATE signing_keys SET private_key_encrypted = ? WHERE kid = ?"_s, values));
    auto refused = server->reload(SqlValues::nowMs());
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, ErrorCode::Integrity);
    QVERIFY2(refused.error().message.contains(damagedKid), qPrintable(refused.error().message));
    QCOMPARE(server->activeKid(SigningAlgorithm::RS256), newKid);
    QVERIFY_OK(server->sign(SigningAlgorithm::RS256, claims(now / 1000)));
}

// ---------------------------------------------------------------------------------------------
// Signing and the JWKS

void TestJose::signAndVerifyWithOpenSsl_data()
{
    QTest::addColumn<SigningAlgorithm>("algorithm");
    QTest::newRow("RS256") << SigningAlgorithm::RS256;
    QTest::newRow("ES256") << SigningAlgorithm::ES256;
}

void TestJose::signAndVerifyWithOpenSsl()
{
    QFETCH(SigningAlgorithm, algorithm);
    const QString kid = m_ring->activeKid(algorithm);
    const QString alg = enumName(kSigningAlgorithmNames, algorithm);
    EvpPkeyPtr publicKey = publicKeyFromPem(storedKey(*m_store, kid).publicKeyPem);
    QVERIFY(publicKey);

    const QJsonObject tokenClaims = with(claims(), u"name"_s, u"Zoë \"quoted\" / ünïcode"_s);
    for (const QByteArray& type : {QByteArray("at+jwt"), QByteArray("JWT"), QByteArray()}) {
        auto token = m_ring->sign(algorithm, tokenClaims, type);
        QVERIFY_OK(token);
        const QList<QByteArray> parts = token->split('.');
        QCOMPARE(parts.size(), 3);
        for (const QByteArray& part : parts)
            QVERIFY2(!part.contains('=') && !part.contains('+') && !part.contains('/'), part.constData());
        QJsonObject expectedHeader{{u"alg"_s, alg}, {u"kid"_s, kid}};
        if (!type.isEmpty())
            expectedHeader.insert(u"typ"_s, QString::fromLatin1(type));
        QCOMPARE(decodeJsonPart(parts[0]), expectedHeader);
        // The payload is the claims as compact JSON, nothing added or lost.
        QCOMPARE(QByteArray::fromBase64(parts[1], QByteArray::Base64UrlEncoding), compactJson(tokenClaims));
        const QByteArray signature = QByteArray::fromBase64(parts[2], QByteArray::Base64UrlEncoding);
        QCOMPARE(signature.size(), algorithm == SigningAlgorithm::RS256 ? 256 : 64);
        QVERIFY(opensslVerify(publicKey.get(), parts[0] + '.' + parts[1], signature));
        QVERIFY(!opensslVerify(publicKey.get(), parts[0] + '.' + parts[1] + 'x', signature));
    }
    auto token = m_ring->sign(algorithm, tokenClaims);
    QVERIFY_OK(token);
    auto validated = JwtValidator(*m_ring).validate(*token, expectations());
    QVERIFY_OK(validated);
    QCOMPARE(validated->claims, tokenClaims);
    QCOMPARE(validated->header.value(u"kid"_s).toString(), kid);
}

void TestJose::jwksShape()
{
    const QJsonObject set = m_ring->jwks(kNowMs);
    QCOMPARE(set.keys(), QStringList{u"keys"_s});
    QCOMPARE(QJsonDocument::fromJson(m_ring->jwksJson(kNowMs)).object(), set);
    QVERIFY(!m_ring->jwksJson(kNowMs).contains('\n'));
    const QJsonArray keys = set.value(u"keys"_s).toArray();
    QCOMPARE(keys.size(), 2);
    const auto decode = [](const QJsonObject& jwk, const QString& member) {
        const QByteArray text = jwk.value(member).toString().toLatin1();
        const auto decoded = Base64Url::decode(text);
        return decoded ? *decoded : QByteArray();
    };
    for (const QJsonValue& value : keys) {
        const QJsonObject jwk = value.toObject();
        const QString kid = jwk.value(u"kid"_s).toString();
        const QStringList memberList = jwk.keys();
        const QSet<QString> members(memberList.cbegin(), memberList.cend());
        EvpPkeyPtr publicKey = publicKeyFromPem(storedKey(*m_store, kid).publicKeyPem);
        QVERIFY(publicKey);
        QCOMPARE(jwk.value(u"use"_s).toString(), u"sig"_s);
        if (jwk.value(u"kty"_s).toString() == QLatin1String("RSA")) {
            QCOMPARE(kid, m_rsaKid);
            QCOMPARE(members, (QSet<QString>{u"kty"_s, u"use"_s, u"alg"_s, u"kid"_s, u"n"_s, u"e"_s}));
            QCOMPARE(jwk.value(u"alg"_s).toString(), u"RS256"_s);
            QCOMPARE(jwk.value(u"e"_s).toString(), u"AQAB"_s);
            const QByteArray n = decode(jwk, u"n"_s);
            QCOMPARE(n.size(), 256);
            QVERIFY(n[0] != '\0'); // no leading zero octet
            QCOMPARE(n, bnParam(publicKey.get(), OSSL_PKEY_PARAM_RSA_N));
            QCOMPARE(decode(jwk, u"e"_s), bnParam(publicKey.get(), OSSL_PKEY_PARAM_RSA_E));
        } else {
            QCOMPARE(kid, m_ecKid);
            QCOMPARE(members, (QSet<QString>{u"kty"_s, u"crv"_s, u"use"_s, u"alg"_s, u"kid"_s, u"x"_s, u"y"_s}));
            QCOMPARE(jwk.value(u"kty"_s).toString(), u"EC"_s);
            QCOMPARE(jwk.value(u"crv"_s).toString(), u"P-256"_s);
            QCOMPARE(jwk.value(u"alg"_s).toString(), u"ES256"_s);
            QCOMPARE(decode(jwk, u"x"_s).size(), 32);
            QCOMPARE(decode(jwk, u"y"_s).size(), 32);
            QCOMPARE(decode(jwk, u"x"_s), bnParam(publicKey.get(), OSSL_PKEY_PARAM_EC_PUB_X, 32));
            QCOMPARE(decode(jwk, u"y"_s), bnParam(publicKey.get(), OSSL_PKEY_PARAM_EC_PUB_Y, 32));
        }
    }
}

void TestJose::parallelSigning()
{
    constexpr int kThreads = 8;
    constexpr int kTokensPerThread = 24;
    QThreadPool pool;
    pool.setMaxThreadCount(kThreads);
    const qint64 now = SqlValues::nowMs();
    const KeyRing& ring = *m_ring;
    QList<QFuture<QList<QByteArray>>> futures;
    for (int t = 0; t < kThreads; ++t) {
        futures << QtConcurrent::run(&pool, [&ring, t, now]() {
            QList<QByteArray> tokens;
            const JwtValidator validator(ring);
            for (int i = 0; i < kTokensPerThread; ++i) {
                const SigningAlgorithm algorithm = (i + t) % 2 ? SigningAlgorithm::ES256 : SigningAlgorithm::RS256;
                QJsonObject c = claims(now / 1000);
                c.insert(u"jti"_s, u"t%1-%2"_s.arg(t).arg(i));
                auto token = ring.sign(algorithm, c);
                // Each thread also validates, so verification runs concurrently with signing.
                if (!token || !validator.validate(*token, expectations(now)))
                    return QList<QByteArray>();
                tokens << *token;
            }
            return tokens;
        });
    }
    // Meanwhile the ES256 key rotates: signers that already hold the old key finish with it, and it stays
    // published, so every token validates.
    const QString oldEcKid = m_ring->activeKid(SigningAlgorithm::ES256);
    QVERIFY_OK(m_ring->rotate(SigningAlgorithm::ES256, now + kHourMs, kCtx));
    m_ecKid = m_ring->activeKid(SigningAlgorithm::ES256);
    m_ec = activePrivateKey(*m_store, *m_ring, SigningAlgorithm::ES256, m_kek);

    QSet<QString> jtis;
    QSet<QString> kids;
    const JwtValidator validator(*m_ring);
    for (auto& future : futures) {
        const QList<QByteArray> tokens = future.result();
        QCOMPARE(tokens.size(), kTokensPerThread);
        for (const QByteArray& token : tokens) {
            auto validated = validator.validate(token, expectations(now));
            QVERIFY_OK(validated);
            jtis << validated->claims.value(u"jti"_s).toString();
            kids << validated->header.value(u"kid"_s).toString();
        }
    }
    QCOMPARE(jtis.size(), kThreads * kTokensPerThread);
    QVERIFY(kids.contains(m_rsaKid));
    QVERIFY(kids.contains(oldEcKid) || kids.contains(m_ecKid));
}

// ---------------------------------------------------------------------------------------------
// The validator

void TestJose::validatorRefuses_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<qint64>("nowMs");
    QTest::addColumn<QString>("message"); // the whole sentence, or its start when it ends in "…"

    EVP_PKEY* rsa = m_rsa.get();
    EVP_PKEY* ec = m_ec.get();
    const QString rsaKid = m_rsaKid;
    const QString ecKid = m_ecKid;
    const QJsonObject c = claims();
    const QJsonObject rs = header(u"RS256"_s, rsaKid);
    const QByteArray good = craft(rs, c, rsa);
    const QList<QByteArray> goodParts = good.split('.');
    const EvpPkeyPtr otherRsa(EVP_PKEY_Q_keygen(nullptr, nullptr, "RSA", size_t(2048)));

    QTest::newRow("alg none") << craft(header(u"none"_s, rsaKid), c, nullptr) << kNowMs
                              << u"The token is not signed (alg none); only RS256 and ES256 signatures are accepted."_s;
    QTest::newRow("alg None") << craft(header(u"None"_s, rsaKid), c, nullptr) << kNowMs
                              << u"The token is not signed (alg none)…"_s;
    {
        // The classic confusion attack: HMAC keyed with the RSA public key that anyone can fetch.
        const QByteArray input = b64url(compactJson(header(u"HS256"_s, rsaKid))) + '.' + b64url(compactJson(c));
        const QByteArray mac = QMessageAuthenticationCode::hash(input, m_rsaPublicPem, QCryptographicHash::Sha256);
        QTest::newRow("HS256 keyed with the public key")
            << input + '.' + b64url(mac) << kNowMs
            << u"The token is signed with HS256, a shared-secret algorithm this server never uses; only RS256 and "
               "ES256 signatures are accepted."_s;
    }
    QTest::newRow("HS512") << craft(header(u"HS512"_s, rsaKid), c, nullptr) << kNowMs
                           << u"The token is signed with HS512, a shared-secret algorithm…"_s;
    QTest::newRow("PS256") << craft(header(u"PS256"_s, rsaKid), c, rsa) << kNowMs
                           << u"The token is signed with PS256; only RS256 and ES256 signatures are accepted."_s;
    QTest::newRow("ES384") << craft(header(u"ES384"_s, ecKid), c, ec) << kNowMs
                           << u"The token is signed with ES384; only…"_s;
    QTest::newRow("EdDSA") << craft(header(u"EdDSA"_s, ecKid), c, ec) << kNowMs
                           << u"The token is signed with EdDSA; only…"_s;
    QTest::newRow("no alg") << craft(with(rs, u"alg"_s, QJsonValue::Undefined), c, rsa) << kNowMs
                            << u"The token's header names no signing algorithm (alg)."_s;
    QTest::newRow("alg not a string") << craft(with(rs, u"alg"_s, 256), c, rsa) << kNowMs
                                      << u"The token's header names no signing algorithm (alg)."_s;
    QTest::newRow("alg RS256 with the EC key") << craft(header(u"RS256"_s, ecKid), c,
        rsa) << kNowMs << u"The token's header says RS256, but the key '%1' is an ES256 key."_s.arg(ecKid);
    QTest::newRow("alg ES256 with the RSA key") << craft(header(u"ES256"_s, rsaKid), c,
        ec) << kNowMs << u"The token's header says ES256, but the key '%1' is an RS256 key."_s.arg(rsaKid);
    QTest::newRow("crit") << craft(with(rs, u"crit"_s, QJsonArray{u"exp"_s}), c, rsa) << kNowMs
                          << u"The token's header marks extensions as critical (crit: [\"exp\"]), which this server "
                             "does not support."_s;
    QTest::newRow("no kid") << craft(header(u"RS256"_s, QString()), c, rsa) << kNowMs
                            << u"The token's header has no key ID (kid), so the key that signed it cannot be found."_s;
    QTest::newRow("empty kid") << craft(header(u"RS256"_s, u""_s), c, rsa) << kNowMs
                               << u"The token's header has no key ID (kid)…"_s;
    QTest::newRow("unknown kid") << craft(header(u"RS256"_s, u"someone-elses-key"_s), c, rsa) << kNowMs
                                 << u"The token was signed with the key 'someone-elses-key', which this server does "
                                    "not publish (unknown, or retired and no longer published)."_s;
    QTest::newRow("kid with control characters") << craft(header(u"RS256"_s, u"a\nb"_s), c, rsa) << kNowMs
                                                 << u"The token was signed with the key 'a\uFFFDb', which…"_s;

    QTest::newRow("too long") << QByteArray(good + QByteArray(16 * 1024, 'A')) << kNowMs
                              << u"The token is %1 bytes long; tokens over 16384 bytes are refused."_s.arg(
                                     good.size() + 16 * 1024);
    QTest::newRow("two parts") << QByteArray(goodParts[0] + '.' + goodParts[1]) << kNowMs
                               << u"The token is not a compact JWS: it must be three base64url parts separated by "
                                  "dots."_s;
    QTest::newRow("four parts") << QByteArray(good + ".x") << kNowMs << u"The token is not a compact JWS…"_s;
    QTest::newRow("JWE") << QByteArray("eyJhbGciOiJSU0EtT0FFUCJ9.a.b.c.d") << kNowMs
                         << u"The token is encrypted (JWE); only signed tokens (JWS) are accepted."_s;
    QTest::newRow("empty") << QByteArray() << kNowMs << u"The token is not a compact JWS…"_s;
    QTest::newRow("header not base64url") << QByteArray("!!!." + goodParts[1] + '.' + goodParts[2]) << kNowMs
                                          << u"The token's header is not valid base64url."_s;
    QTest::newRow("header padded") << QByteArray(goodParts[0] + "=." + goodParts[1] + '.' + goodParts[2]) << kNowMs
                                   << u"The token's header is not valid base64url."_s;
    QTest::newRow("header not JSON") << QByteArray(b64url("{\"alg\":") + '.' + goodParts[1] + '.' + goodParts[2])
                                     << kNowMs << u"The token's header is not a JSON object."_s;
    QTest::newRow("header a JSON array") << QByteArray(b64url("[1]") + '.' + goodParts[1] + '.' + goodParts[2])
                                         << kNowMs << u"The token's header is not a JSON object."_s;
    QTest::newRow("payload not JSON") << craft(rs, QByteArray("not json"), rsa) << kNowMs
                                      << u"The token's payload is not a JSON object."_s;
    QTest::newRow("payload not base64url") << signParts(b64url(compactJson(rs)), "e30=", rsa) << kNowMs
                                           << u"The token's payload is not valid base64url."_s;
    QTest::newRow("signature not base64url") << QByteArray(goodParts[0] + '.' + goodParts[1] + ".%%%") << kNowMs
                                             << u"The token's signature is not valid base64url."_s;
    {
        QByteArray changed = goodParts[1];
        changed[5] = changed[5] == 'A' ? 'B' : 'A';
        QTest::newRow("payload changed after signing")
            << QByteArray(goodParts[0] + '.' + changed + '.' + goodParts[2]) << kNowMs
            << u"The token's signature does not match the key '%1': it was changed or signed by someone else."_s.arg(
                   rsaKid);
    }
    QTest::newRow("signed by another RSA key")
        << craft(rs, c, otherRsa.get()) << kNowMs << u"The token's signature does not match…"_s;
    QTest::newRow("empty signature") << craft(rs, c, nullptr) << kNowMs << u"The token's signature does not match…"_s;
    QTest::newRow("ES256 as DER") << craft(header(u"ES256"_s, ecKid), compactJson(c), ec, false) << kNowMs
                                  << u"The token's ES256 signature is …"_s;

    QTest::newRow("no typ") << craft(header(u"RS256"_s, rsaKid, QString()), c, rsa) << kNowMs
                            << u"The token's header has no type (typ); it must be at+jwt."_s;
    QTest::newRow("typ JWT") << craft(header(u"RS256"_s, rsaKid, u"JWT"_s), c, rsa) << kNowMs
                             << u"The token's type (typ) is JWT, not at+jwt."_s;
    QTest::newRow("typ application/jwt") << craft(header(u"RS256"_s, rsaKid, u"application/jwt"_s), c, rsa) << kNowMs
                                         << u"The token's type (typ) is application/jwt, not at+jwt."_s;

    QTest::newRow("wrong iss") << craft(rs, with(c, u"iss"_s, u"https://evil.example"_s), rsa) << kNowMs
                               << u"The token's issuer is https://evil.example, not https://as.example."_s;
    QTest::newRow("iss with a trailing slash") << craft(rs, with(c, u"iss"_s, u"https://as.example/"_s),
        rsa) << kNowMs << u"The token's issuer is https://as.example/, not https://as.example."_s;
    QTest::newRow("no iss") << craft(rs, with(c, u"iss"_s, QJsonValue::Undefined), rsa) << kNowMs
                            << u"The token has no issuer (iss); it must be https://as.example."_s;
    QTest::newRow("aud with a trailing slash") << craft(rs, with(c, u"aud"_s, u"https://x/mcp/"_s), rsa) << kNowMs
                                               << u"The token's audience is https://x/mcp/, not https://x/mcp."_s;
    QTest::newRow("aud array without ours") << craft(rs, with(c, u"aud"_s, QJsonArray{u"https://a"_s, u"https://b"_s}),
        rsa) << kNowMs << u"The token's audiences are https://a, https://b; none is https://x/mcp."_s;
    QTest::newRow("aud empty array") << craft(rs, with(c, u"aud"_s, QJsonArray()), rsa) << kNowMs
                                     << u"The token's audience list is empty; it must contain https://x/mcp."_s;
    QTest::newRow("no aud") << craft(rs, with(c, u"aud"_s, QJsonValue::Undefined), rsa) << kNowMs
                            << u"The token has no audience (aud); it must be https://x/mcp."_s;
    QTest::newRow("aud a number") << craft(rs, with(c, u"aud"_s, 7), rsa) << kNowMs
                                  << u"The token has no audience (aud); it must be https://x/mcp."_s;

    const qint64 tenOClock = kNowSeconds - 300; // 2026-11-30 10:00:00 UTC
    QTest::newRow("expired") << craft(rs, with(c, u"exp"_s, tenOClock), rsa) << kNowMs
                             << u"The token expired at 2026-11-30 10:00:00 UTC, 5 minutes ago."_s;
    QTest::newRow("expired just past the skew") << craft(rs, with(c, u"exp"_s, kNowSeconds - 60), rsa) << kNowMs
                                                << u"The token expired at 2026-11-30 10:04:00 UTC, 1 minute ago."_s;
    QTest::newRow("expired days ago") << craft(rs, with(c, u"exp"_s, kNowSeconds - 3 * 86400 - 5), rsa) << kNowMs
                                      << u"The token expired at 2026-11-27 10:04:55 UTC, 3 days ago."_s;
    QTest::newRow("no exp") << craft(rs, with(c, u"exp"_s, QJsonValue::Undefined), rsa) << kNowMs
                            << u"The token has no expiry time (exp)."_s;
    QTest::newRow("exp a string") << craft(rs, with(c, u"exp"_s, u"tomorrow"_s), rsa) << kNowMs
                                  << u"The token's expiry time (exp) is not a time in seconds since 1970: tomorrow."_s;
    QTest::newRow("exp negative") << craft(rs, with(c, u"exp"_s, -5), rsa) << kNowMs
                                  << u"The token's expiry time (exp) is not a time…"_s;
    QTest::newRow("not yet valid") << craft(rs, with(c, u"nbf"_s, kNowSeconds + 600), rsa) << kNowMs
                                   << u"The token is not valid before 2026-11-30 10:15:00 UTC, 10 minutes from now."_s;
    QTest::newRow("nbf a string") << craft(rs, with(c, u"nbf"_s, u"soon"_s), rsa) << kNowMs
                                  << u"The token's start time (nbf) is not a time in seconds since 1970: soon."_s;
    QTest::newRow("issued in the future") << craft(rs, with(c, u"iat"_s, kNowSeconds + 2 * 3600), rsa) << kNowMs
                                          << u"The token was issued at 2026-11-30 12:05:00 UTC, 2 hours in the "
                                             "future: the clocks of this computer and the token's issuer disagree."_s;
}

void TestJose::validatorRefuses()
{
    QFETCH(QByteArray, token);
    QFETCH(qint64, nowMs);
    QFETCH(QString, message);
    auto result = JwtValidator(*m_ring).validate(token, expectations(nowMs));
    QVERIFY2(!result, "the validator accepted the token");
    QCOMPARE(result.error().code, ErrorCode::InvalidInput);
    QCOMPARE(result.error().field, u"token"_s);
    if (message.endsWith(QChar(0x2026))) {
        const QString start = message.chopped(1);
        QVERIFY2(result.error().message.startsWith(start),
            qPrintable(u"expected a message starting with\n  %1\ngot\n  %2"_s.arg(start, result.error().message)));
    } else {
        QCOMPARE(result.error().message, message);
    }
}

void TestJose::validatorAccepts_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<QString>("audience");
    QTest::addColumn<QByteArray>("type");

    EVP_PKEY* rsa = m_rsa.get();
    const QJsonObject c = claims();
    const QJsonObject rs = header(u"RS256"_s, m_rsaKid);
    QTest::newRow("RS256") << craft(rs, c, rsa) << kAudience << QByteArray("at+jwt");
    QTest::newRow("ES256") << craft(header(u"ES256"_s, m_ecKid), c, m_ec.get()) << kAudience << QByteArray("at+jwt");
    QTest::newRow("aud array containing ours") << craft(rs, with(c, u"aud"_s, QJsonArray{u"https://a"_s, kAudience}),
        rsa) << kAudience << QByteArray("at+jwt");
    QTest::newRow("any audience when none is expected")
        << craft(rs, with(c, u"aud"_s, u"https://elsewhere"_s), rsa) << QString() << QByteArray("at+jwt");
    QTest::newRow("typ application/AT+JWT")
        << craft(header(u"RS256"_s, m_rsaKid, u"application/AT+JWT"_s), c, rsa) << kAudience << QByteArray("at+jwt");
    QTest::newRow("typ At+Jwt") << craft(header(u"RS256"_s, m_rsaKid, u"At+Jwt"_s), c, rsa) << kAudience
                                << QByteArray("at+jwt");
    QTest::newRow("typ not checked") << craft(header(u"RS256"_s, m_rsaKid, QString()), c, rsa) << kAudience
                                     << QByteArray();
    QTest::newRow("expired within the skew")
        << craft(rs, with(c, u"exp"_s, kNowSeconds - 59), rsa) << kAudience << QByteArray("at+jwt");
    QTest::newRow("nbf within the skew") << craft(rs, with(c, u"nbf"_s, kNowSeconds + 60), rsa) << kAudience
                                         << QByteArray("at+jwt");
    QTest::newRow("iat within the skew, fractional times")
        << craft(rs, with(with(c, u"iat"_s, kNowSeconds + 59.5), u"exp"_s, kNowSeconds + 0.5), rsa) << kAudience
        << QByteArray("at+jwt");
    QTest::newRow("no iat, no nbf") << craft(
        rs, with(with(c, u"iat"_s, QJsonValue::Undefined), u"nbf"_s, QJsonValue::Undefined), rsa)
                                    << kAudience << QByteArray("at+jwt");
    // Header members that point elsewhere for the key are ignored: the key is ours, found by kid.
    QTest::newRow("jku and jwk ignored") << craft(
        with(with(rs, u"jku"_s, u"https://evil.example/jwks"_s), u"jwk"_s, QJsonObject{{u"kty"_s, u"oct"_s}}), c, rsa)
                                         << kAudience << QByteArray("at+jwt");
}

void TestJose::validatorAccepts()
{
    QFETCH(QByteArray, token);
    QFETCH(QString, audience);
    QFETCH(QByteArray, type);
    JwtExpectations expect = expectations();
    expect.audience = audience;
    expect.type = type;
    auto result = JwtValidator(*m_ring).validate(token, expect);
    QVERIFY_OK(result);
    QCOMPARE(result->claims.value(u"sub"_s).toString(), u"alice"_s);
}

void TestJose::retiredButPublishedKeyValidates()
{
    const QString oldKid = m_ring->activeKid(SigningAlgorithm::RS256);
    EvpPkeyPtr oldKey = activePrivateKey(*m_store, *m_ring, SigningAlgorithm::RS256, m_kek);
    auto signedBefore = m_ring->sign(SigningAlgorithm::RS256, claims());
    QVERIFY_OK(signedBefore);
    const qint64 publishUntil = kNowMs + 10 * 60 * 1000;
    QVERIFY_OK(m_ring->rotate(SigningAlgorithm::RS256, publishUntil, kCtx));
    QVERIFY(m_ring->activeKid(SigningAlgorithm::RS256) != oldKid);
    m_rsaKid = m_ring->activeKid(SigningAlgorithm::RS256);
    m_rsa = activePrivateKey(*m_store, *m_ring, SigningAlgorithm::RS256, m_kek);

    const JwtValidator validator(*m_ring);
    QVERIFY_OK(validator.validate(*signedBefore, expectations(kNowMs)));
    // Signed with the retired key after the rotation (a token endpoint that had picked it up just
    // before): still valid while published.
    const QByteArray late = craft(header(u"RS256"_s, oldKid), claims(), oldKey.get());
    QVERIFY_OK(validator.validate(late, expectations(kNowMs)));

    QJsonObject stillValid = claims(publishUntil / 1000);
    auto gone
        = validator.validate(craft(header(u"RS256"_s, oldKid), stillValid, oldKey.get()), expectations(publishUntil));
    QVERIFY(!gone);
    QCOMPARE(gone.error().message,
        u"The token was signed with the key '%1', which this server does not publish (unknown, or retired and no "
        "longer published)."_s.arg(oldKid));
}

QTEST_GUILESS_MAIN(TestJose)
#include "tst_jose.moc"
