#include "KeyRing.h"

#include "Base64Url.h"
#include "EcdsaSignature.h"
#include "KeyEncryptionKey.h"
#include "OpenSslContext.h"
#include "OpenSslHandles.h"
#include "SigningKeyCipher.h"
#include "VerificationKey.h"
#include "common/Logging.h"
#include "domain/Names.h"
#include "security/SecureRandom.h"
#include "store/SqlValues.h"
#include "store/Store.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QMutex>
#include <QReadLocker>
#include <QWriteLocker>
#include <algorithm>
#include <array>
#include <limits>
#include <openssl/core_names.h>
#include <openssl/decoder.h>
#include <openssl/encoder.h>
#include <openssl/err.h>
#include <openssl/pem.h>

namespace mcpauth {

namespace {

constexpr unsigned int kRsaBits = 2048;
constexpr unsigned int kRsaExponent = 65537;
constexpr int kKidBytes = 16; // 128 random bits: a kid says nothing about the key or when it was made
const QByteArray kAccessTokenType = QByteArrayLiteral("at+jwt");
constexpr std::array kAlgorithms{SigningAlgorithm::RS256, SigningAlgorithm::ES256};

int slot(SigningAlgorithm algorithm)
{
    return algorithm == SigningAlgorithm::ES256 ? 1 : 0;
}

QString algorithmName(SigningAlgorithm algorithm)
{
    return enumName(kSigningAlgorithmNames, algorithm);
}

// What OpenSSL left on this thread's error queue, which is emptied so that the next call starts clean.
QString opensslReason()
{
    QStringList reasons;
    while (const unsigned long code = ERR_get_error()) {
        char text[256];
        ERR_error_string_n(code, text, sizeof text);
        reasons << QString::fromLatin1(text);
    }
    return reasons.isEmpty() ? QStringLiteral("no reason given") : reasons.join(QStringLiteral("; "));
}

Error cryptoError(const QString& what)
{
    return Error::make(ErrorCode::Crypto, QStringLiteral("%1 (OpenSSL: %2)").arg(what, opensslReason()));
}

QByteArray bignumBytes(const BIGNUM* number, int paddedLength)
{
    const int length = paddedLength > 0 ? paddedLength : BN_num_bytes(number);
    QByteArray out(length, Qt::Uninitialized);
    const int written = paddedLength > 0 ? BN_bn2binpad(number, reinterpret_cast<unsigned char*>(out.data()), length)
                                         : BN_bn2bin(number, reinterpret_cast<unsigned char*>(out.data()));
    return written == length ? out : QByteArray();
}

QByteArray bignumParam(const EVP_PKEY* key, const char* name, int paddedLength = 0)
{
    BIGNUM* raw = nullptr;
    if (EVP_PKEY_get_bn_param(key, name, &raw) != 1)
        return {};
    const BignumPtr number(raw);
    return bignumBytes(number.get(), paddedLength);
}

// Empty when `key` is what `algorithm` needs: RSA of at least 2048 bits, or EC on P-256.
QString keyProblem(const EVP_PKEY* key, SigningAlgorithm algorithm)
{
    if (algorithm == SigningAlgorithm::RS256) {
        if (!EVP_PKEY_is_a(key, "RSA"))
            return QStringLiteral("it is not an RSA key");
        if (EVP_PKEY_get_bits(key) < int(kRsaBits))
            return QStringLiteral("it has %1 bits, fewer than %2").arg(EVP_PKEY_get_bits(key)).arg(kRsaBits);
        return {};
    }
    if (!EVP_PKEY_is_a(key, "EC"))
        return QStringLiteral("it is not an elliptic-curve key");
    char group[64] = {};
    size_t length = 0;
    if (EVP_PKEY_get_group_name(key, group, sizeof group, &length) != 1 || qstrcmp(group, SN_X9_62_prime256v1) != 0)
        return QStringLiteral("it is not on the curve P-256");
    return {};
}

Result<EvpPkeyPtr> generateKey(SigningAlgorithm algorithm)
{
    const bool ec = algorithm == SigningAlgorithm::ES256;
    EvpPkeyCtxPtr ctx(EVP_PKEY_CTX_new_from_name(nullptr, ec ? "EC" : "RSA", nullptr));
    unsigned int bits = kRsaBits;
    unsigned int exponent = kRsaExponent;
    char group[] = SN_X9_62_prime256v1;
    const std::array<OSSL_PARAM, 3> params = ec
        ? std::array{OSSL_PARAM_construct_utf8_string(OSSL_PKEY_PARAM_GROUP_NAME, group, 0), OSSL_PARAM_construct_end(),
            OSSL_PARAM_construct_end()}
        : std::array{OSSL_PARAM_construct_uint(OSSL_PKEY_PARAM_RSA_BITS, &bits),
            OSSL_PARAM_construct_uint(OSSL_PKEY_PARAM_RSA_E, &exponent), OSSL_PARAM_construct_end()};
    EVP_PKEY* raw = nullptr;
    if (!ctx || EVP_PKEY_keygen_init(ctx.get()) != 1 || EVP_PKEY_CTX_set_params(ctx.get(), params.data()) != 1
        || EVP_PKEY_generate(ctx.get(), &raw) != 1)
        return cryptoError(
            QStringLiteral("OpenSSL could not make a new %1 signing key.").arg(algorithmName(algorithm)));
    return EvpPkeyPtr(raw);
}

Result<QByteArray> publicKeyPem(EVP_PKEY* key)
{
    BioPtr bio(BIO_new(BIO_s_mem()));
    if (!bio || PEM_write_bio_PUBKEY(bio.get(), key) != 1)
        return cryptoError(QStringLiteral("OpenSSL could not write the public signing key as PEM."));
    char* data = nullptr;
    const long length = BIO_get_mem_data(bio.get(), &data);
    return QByteArray(data, static_cast<qsizetype>(length));
}

// PKCS#8 PrivateKeyInfo, DER. The caller wipes it after use.
Result<QByteArray> privateKeyDer(EVP_PKEY* key)
{
    OSSL_ENCODER_CTX* ctx = OSSL_ENCODER_CTX_new_for_pkey(key, EVP_PKEY_KEYPAIR, "DER", "PrivateKeyInfo", nullptr);
    unsigned char* data = nullptr;
    size_t length = 0;
    const bool ok = ctx && OSSL_ENCODER_to_data(ctx, &data, &length) == 1;
    OSSL_ENCODER_CTX_free(ctx);
    if (!ok)
        return cryptoError(QStringLiteral("OpenSSL could not encode the private signing key."));
    QByteArray der(reinterpret_cast<const char*>(data), static_cast<qsizetype>(length));
    OPENSSL_clear_free(data, length);
    return der;
}

Result<EvpPkeyPtr> privateKeyFromDer(const QByteArray& der, SigningAlgorithm algorithm, const QString& kid)
{
    EVP_PKEY* raw = nullptr;
    OSSL_DECODER_CTX* ctx = OSSL_DECODER_CTX_new_for_pkey(&raw, "DER", "PrivateKeyInfo",
        algorithm == SigningAlgorithm::ES256 ? "EC" : "RSA", EVP_PKEY_KEYPAIR, nullptr, nullptr);
    const auto* data = reinterpret_cast<const unsigned char*>(der.constData());
    size_t left = static_cast<size_t>(der.size());
    const bool ok = ctx && OSSL_DECODER_from_data(ctx, &data, &left) == 1 && left == 0;
    OSSL_DECODER_CTX_free(ctx);
    EvpPkeyPtr key(raw);
    if (!ok || !key)
        return Error::make(ErrorCode::Integrity,
            QStringLiteral("The private key of signing key '%1' decrypts, but is not a PKCS#8 %2 key (OpenSSL: %3).")
                .arg(kid, algorithmName(algorithm), opensslReason()));
    if (const QString problem = keyProblem(key.get(), algorithm); !problem.isEmpty())
        return Error::make(ErrorCode::Integrity,
            QStringLiteral("The private key of signing key '%1' cannot sign %2: %3.")
                .arg(kid, algorithmName(algorithm), problem));
    return key;
}

Result<EvpPkeyPtr> publicKeyFromPem(const QByteArray& pem, SigningAlgorithm algorithm, const QString& kid)
{
    BioPtr bio(BIO_new_mem_buf(pem.constData(), static_cast<int>(pem.size())));
    EvpPkeyPtr key(bio ? PEM_read_bio_PUBKEY(bio.get(), nullptr, nullptr, nullptr) : nullptr);
    if (!key)
        return Error::make(ErrorCode::Integrity,
            QStringLiteral("The stored public key of signing key '%1' is not a PEM public key (OpenSSL: %2).")
                .arg(kid, opensslReason()));
    if (const QString problem = keyProblem(key.get(), algorithm); !problem.isEmpty())
        return Error::make(ErrorCode::Integrity,
            QStringLiteral("The stored public key of signing key '%1' is not an %2 key: %3.")
                .arg(kid, algorithmName(algorithm), problem));
    return key;
}

// RFC 7517 and RFC 7518 section 6: n and e without leading zeros, x and y as 32-byte big-endian.
QJsonObject jwkOf(const EVP_PKEY* key, SigningAlgorithm algorithm, const QString& kid)
{
    const QString sig = QStringLiteral("sig");
    if (algorithm == SigningAlgorithm::RS256) {
        const QByteArray n = bignumParam(key, OSSL_PKEY_PARAM_RSA_N);
        const QByteArray e = bignumParam(key, OSSL_PKEY_PARAM_RSA_E);
        if (n.isEmpty() || e.isEmpty())
            return {};
        return {{QStringLiteral("kty"), QStringLiteral("RSA")}, {QStringLiteral("use"), sig},
            {QStringLiteral("alg"), algorithmName(algorithm)}, {QStringLiteral("kid"), kid},
            {QStringLiteral("n"), QString::fromLatin1(Base64Url::encode(n))},
            {QStringLiteral("e"), QString::fromLatin1(Base64Url::encode(e))}};
    }
    const QByteArray x = bignumParam(key, OSSL_PKEY_PARAM_EC_PUB_X, EcdsaSignature::kCoordinateBytes);
    const QByteArray y = bignumParam(key, OSSL_PKEY_PARAM_EC_PUB_Y, EcdsaSignature::kCoordinateBytes);
    if (x.isEmpty() || y.isEmpty())
        return {};
    return {{QStringLiteral("kty"), QStringLiteral("EC")}, {QStringLiteral("crv"), QStringLiteral("P-256")},
        {QStringLiteral("use"), sig}, {QStringLiteral("alg"), algorithmName(algorithm)}, {QStringLiteral("kid"), kid},
        {QStringLiteral("x"), QString::fromLatin1(Base64Url::encode(x))},
        {QStringLiteral("y"), QString::fromLatin1(Base64Url::encode(y))}};
}

// The JWS protected header, base64url: {"alg","kid","typ"} (QJsonDocument writes keys sorted, which is
// this order).
QByteArray encodedHeader(SigningAlgorithm algorithm, const QString& kid, const QByteArray& type)
{
    QJsonObject header{{QStringLiteral("alg"), algorithmName(algorithm)}, {QStringLiteral("kid"), kid}};
    if (!type.isEmpty())
        header.insert(QStringLiteral("typ"), QString::fromLatin1(type));
    return Base64Url::encode(QJsonDocument(header).toJson(QJsonDocument::Compact));
}

struct NewKey
{
    SigningKey stored;
    EvpPkeyPtr privateKey;
};

Result<NewKey> makeKey(SigningAlgorithm algorithm, const QByteArray& kek)
{
    auto generated = generateKey(algorithm);
    if (!generated)
        return generated.error();
    EvpPkeyPtr key = std::move(generated).value();
    NewKey made;
    made.stored.kid = SecureRandom::token(kKidBytes);
    made.stored.algorithm = algorithm;
    made.stored.state = KeyState::Active;
    made.stored.createdAt = SqlValues::nowMs();
    auto pem = publicKeyPem(key.get());
    if (!pem)
        return pem.error();
    made.stored.publicKeyPem = *pem;
    auto der = privateKeyDer(key.get());
    if (!der)
        return der.error();
    QByteArray plain = std::move(der).value();
    auto sealed = SigningKeyCipher::seal(plain, kek, made.stored.kid, algorithm);
    SigningKeyCipher::wipe(plain);
    if (!sealed)
        return sealed.error();
    made.stored.encryptedPrivateKey = *sealed;
    made.privateKey = std::move(key);
    return made;
}

Error wrongKeyEncryptionKey(const DatabaseLocation& location)
{
    const QString keyFile = KeyEncryptionKey::keyFilePath(location);
    return Error::make(ErrorCode::Crypto,
        QStringLiteral("The signing keys in %1 were encrypted with another key-encryption key than the one this "
                       "program was given, so they cannot be decrypted. That key is normally kept in the OS keychain "
                       "(entry '%2') or, where there is no keychain, in the key file %3 %4. Restore that key from "
                       "where it was kept or from a backup. No new signing keys were made: tokens already issued and "
                       "clients that cached the JWKS rely on the existing ones.")
            .arg(location.display(), KeyEncryptionKey::keychainEntry(location), keyFile,
                location.dialect == SqlDialect::Sqlite ? QStringLiteral("beside the database")
                                                       : QStringLiteral("in the data folder")));
}

// What a reload compares: a change to any of it (a key added, retired, revoked, published longer)
// is worth reloading; the rest of a row never changes.
QString storedState(const QList<SigningKey>& stored)
{
    QString state;
    for (const SigningKey& key : stored)
        state += QStringLiteral("%1 %2 %3 %4;")
                     .arg(key.kid, enumName(kKeyStateNames, key.state))
                     .arg(key.retiredAt)
                     .arg(key.publishUntil);
    return state;
}

} // namespace

struct KeyRing::Private
{
    // The signing half of an active key, with its access-token header encoded once.
    struct Signer
    {
        QString kid;
        SigningAlgorithm algorithm = SigningAlgorithm::RS256;
        EvpPkeyPtr key;
        EvpMdCtxPtr signTemplate; // copied for each signature (OpenSslContext)
        QByteArray accessTokenHeader;
    };
    // A key as published: metadata, public key and JWK.
    struct Published
    {
        SigningKey meta; // encryptedPrivateKey left empty
        std::shared_ptr<const VerificationKey> verification;
        QJsonObject jwk;
    };

    Store* store = nullptr;
    QByteArray kek;
    QString loadedState; // storedState() of the rows apply() last saw; main thread only

    // Readers (sign, verify, jwks) copy a shared_ptr under the read lock and work without it; rotation
    // swaps pointers under the write lock, and a key in use lives on until its last reader drops it.
    mutable QReadWriteLock lock;
    std::array<std::shared_ptr<const Signer>, kAlgorithms.size()> signers;
    QList<std::shared_ptr<const Published>> keys; // oldest first
    QHash<QString, std::shared_ptr<const Published>> byKid;

    // The JWK Set stays the same between two retired keys' publishUntil: cached for that interval.
    mutable QMutex cacheMutex;
    mutable bool cacheValid = false;
    mutable qint64 cacheFrom = 0;
    mutable qint64 cacheUntil = 0;
    mutable QJsonObject cachedSet;
    mutable QByteArray cachedJson;

    ~Private() { SigningKeyCipher::wipe(kek); }

    [[nodiscard]] static Result<std::shared_ptr<Published>> makePublished(const SigningKey& stored);
    // Checks that `privateKey` belongs to the published key.
    [[nodiscard]] static Result<std::shared_ptr<Signer>> makeSigner(const Published& published, EvpPkeyPtr privateKey);
    // Adds `stored` as published; with its `privateKey` it also becomes the signer of its algorithm.
    Status add(const SigningKey& stored, EvpPkeyPtr privateKey);
    // Makes the ring what `stored` (every row of signing_keys) says: the keys published at `nowMs`, and
    // the newest active key of each algorithm as its signer. What is loaded already is kept (a private
    // key is decrypted once); on failure nothing changes.
    Status apply(const QList<SigningKey>& stored, const DatabaseLocation& location, qint64 nowMs);
    // What the ring signs with and publishes, comparable between two moments.
    [[nodiscard]] QString contentState() const;
    void refreshCache(qint64 nowMs) const;
    void invalidateCache();
};

Result<std::shared_ptr<KeyRing::Private::Published>> KeyRing::Private::makePublished(const SigningKey& stored)
{
    auto publicKey = publicKeyFromPem(stored.publicKeyPem, stored.algorithm, stored.kid);
    if (!publicKey)
        return publicKey.error();
    auto verification = VerificationKey::make(stored.kid, stored.algorithm, std::move(publicKey).value());
    if (!verification)
        return cryptoError(QStringLiteral("OpenSSL cannot verify with signing key '%1'.").arg(stored.kid));
    auto published = std::make_shared<Published>();
    published->meta = stored;
    published->meta.encryptedPrivateKey.clear();
    published->jwk = jwkOf(verification->key.get(), stored.algorithm, stored.kid);
    if (published->jwk.isEmpty())
        return cryptoError(
            QStringLiteral("OpenSSL could not read the public parameters of signing key '%1'.").arg(stored.kid));
    published->verification = std::move(verification);
    return published;
}

Result<std::shared_ptr<KeyRing::Private::Signer>> KeyRing::Private::makeSigner(
    const Published& published, EvpPkeyPtr privateKey)
{
    const SigningKey& stored = published.meta;
    if (EVP_PKEY_eq(privateKey.get(), published.verification->key.get()) != 1) {
        ERR_clear_error();
        return Error::make(ErrorCode::Integrity,
            QStringLiteral("The public key stored for signing key '%1' does not belong to its private key: the "
                           "store was changed outside mcp-auth.")
                .arg(stored.kid));
    }
    auto signer = std::make_shared<Signer>();
    signer->kid = stored.kid;
    signer->algorithm = stored.algorithm;
    signer->key = std::move(privateKey);
    signer->signTemplate = OpenSslContext::digestContext(signer->key.get(), OpenSslContext::Purpose::Sign);
    if (!signer->signTemplate)
        return cryptoError(QStringLiteral("OpenSSL cannot sign with signing key '%1'.").arg(stored.kid));
    signer->accessTokenHeader = encodedHeader(stored.algorithm, stored.kid, kAccessTokenType);
    return signer;
}

Status KeyRing::Private::add(const SigningKey& stored, EvpPkeyPtr privateKey)
{
    auto published = makePublished(stored);
    if (!published)
        return published.error();
    std::shared_ptr<Signer> signer;
    if (privateKey) {
        auto made = makeSigner(**published, std::move(privateKey));
        if (!made)
            return made.error();
        signer = std::move(made).value();
    }
    QWriteLocker locker(&lock);
    keys << *published;
    byKid.insert(stored.kid, *published);
    if (signer)
        signers[slot(stored.algorithm)] = std::move(signer);
    return {};
}

Status KeyRing::Private::apply(const QList<SigningKey>& stored, const DatabaseLocation& location, qint64 nowMs)
{
    // The newest active key of each algorithm signs. Two can only be active after two programs made the
    // first keys at the same moment; the other stays published, so its tokens still validate.
    std::array<const SigningKey*, kAlgorithms.size()> signing{};
    for (const SigningKey& key : stored) {
        const SigningKey*& chosen = signing[slot(key.algorithm)];
        if (key.state == KeyState::Active && (!chosen || key.createdAt >= chosen->createdAt))
            chosen = &key;
    }
    std::array<std::shared_ptr<const Signer>, kAlgorithms.size()> nextSigners;
    QHash<QString, std::shared_ptr<const Published>> loaded;
    {
        QReadLocker locker(&lock);
        nextSigners = signers;
        loaded = byKid;
    }
    // A key this ring signs with already was decrypted with this key-encryption key.
    const bool kekProven = std::any_of(nextSigners.cbegin(), nextSigners.cend(), [](const auto& s) { return bool(s); });

    std::array<EvpPkeyPtr, kAlgorithms.size()> privateKeys;
    QStringList undecryptable;
    int attempts = 0;
    for (std::size_t i = 0; i < signing.size(); ++i) {
        if (!signing[i] || (nextSigners[i] && nextSigners[i]->kid == signing[i]->kid))
            continue;
        ++attempts;
        auto der = decryptPrivateKey(*signing[i], kek);
        if (!der) {
            if (der.error().code != ErrorCode::Crypto)
                return der.error();
            undecryptable << signing[i]->kid;
            continue;
        }
        QByteArray plain = std::move(der).value();
        auto key = privateKeyFromDer(plain, signing[i]->algorithm, signing[i]->kid);
        SigningKeyCipher::wipe(plain);
        if (!key)
            return key.error();
        privateKeys[i] = std::move(key).value();
    }
    if (!undecryptable.isEmpty() && undecryptable.size() == attempts && !kekProven)
        return wrongKeyEncryptionKey(location);
    if (!undecryptable.isEmpty())
        // The same key opens the others, so this one was changed or damaged in the store.
        return Error::make(ErrorCode::Integrity,
            QStringLiteral("The stored private key of signing key '%1' in %2 fails its integrity check, although "
                           "the other keys decrypt: it was changed or damaged. Restore the store from a backup.")
                .arg(undecryptable.first(), location.display()));

    QList<std::shared_ptr<const Published>> nextKeys;
    QHash<QString, std::shared_ptr<const Published>> nextByKid;
    for (const SigningKey& key : stored) {
        // Revoked keys are never published; a retired key past publishUntil never will be again.
        if (!key.isPublishedAt(nowMs))
            continue;
        std::shared_ptr<const Published> published = loaded.value(key.kid);
        if (published
            && (published->meta.state != key.state || published->meta.retiredAt != key.retiredAt
                || published->meta.publishUntil != key.publishUntil)) {
            auto changed = std::make_shared<Published>(*published);
            changed->meta = key;
            changed->meta.encryptedPrivateKey.clear();
            published = std::move(changed);
        }
        if (!published) {
            auto made = makePublished(key);
            if (!made)
                return made.error();
            published = std::move(made).value();
        }
        const std::size_t i = std::size_t(slot(key.algorithm));
        if (signing[i] == &key && privateKeys[i]) {
            auto signer = makeSigner(*published, std::move(privateKeys[i]));
            if (!signer)
                return signer.error();
            nextSigners[i] = std::move(signer).value();
        }
        nextKeys << published;
        nextByKid.insert(key.kid, published);
    }
    // With no active key of its algorithm in the store (changed outside mcp-auth), the current signer
    // goes on while its key is still published; a revoked or removed key signs nothing more.
    for (std::size_t i = 0; i < signing.size(); ++i) {
        if (!signing[i] && nextSigners[i] && !nextByKid.contains(nextSigners[i]->kid))
            nextSigners[i].reset();
    }
    {
        QWriteLocker locker(&lock);
        signers = nextSigners;
        keys = nextKeys;
        byKid = nextByKid;
    }
    loadedState = storedState(stored);
    invalidateCache();
    return {};
}

QString KeyRing::Private::contentState() const
{
    QReadLocker locker(&lock);
    QString state;
    for (const auto& signer : signers)
        state += (signer ? signer->kid : QString()) + QLatin1Char(';');
    for (const auto& key : keys)
        state += QStringLiteral("%1 %2 %3;")
                     .arg(key->meta.kid, enumName(kKeyStateNames, key->meta.state))
                     .arg(key->meta.publishUntil);
    return state;
}

void KeyRing::Private::refreshCache(qint64 nowMs) const
{
    if (cacheValid && cacheFrom <= nowMs && nowMs < cacheUntil)
        return;
    qint64 from = std::numeric_limits<qint64>::min();
    qint64 until = std::numeric_limits<qint64>::max();
    QJsonArray active;
    QJsonArray retired;
    {
        QReadLocker locker(&lock);
        for (auto it = keys.crbegin(); it != keys.crend(); ++it) {
            const SigningKey& meta = (*it)->meta;
            if (meta.state == KeyState::Active) {
                active << (*it)->jwk;
            } else if (meta.state == KeyState::Retired) {
                if (meta.publishUntil > nowMs) {
                    retired << (*it)->jwk;
                    until = qMin(until, meta.publishUntil);
                } else {
                    from = qMax(from, meta.publishUntil);
                }
            }
        }
    }
    for (const QJsonValue& key : std::as_const(retired))
        active << key;
    cachedSet = QJsonObject{{QStringLiteral("keys"), active}};
    cachedJson = QJsonDocument(cachedSet).toJson(QJsonDocument::Compact);
    cacheFrom = from;
    cacheUntil = until;
    cacheValid = true;
}

void KeyRing::Private::invalidateCache()
{
    QMutexLocker locker(&cacheMutex);
    cacheValid = false;
}

KeyRing::KeyRing()
    : d(std::make_unique<Private>())
{ }

KeyRing::~KeyRing() = default;

Result<QByteArray> KeyRing::decryptPrivateKey(const SigningKey& key, const QByteArray& kek)
{
    return SigningKeyCipher::open(key.encryptedPrivateKey, kek, key.kid, key.algorithm);
}

Result<std::unique_ptr<KeyRing>> KeyRing::open(Store& store, const QByteArray& kek)
{
    if (kek.size() != SigningKeyCipher::kKeyBytes)
        return Error::make(ErrorCode::Crypto,
            QStringLiteral("The signing keys' encryption key is %1 bytes long; it must be %2.")
                .arg(kek.size())
                .arg(SigningKeyCipher::kKeyBytes));
    const AuditContext server{QStringLiteral("server"), QStringLiteral("server")};
    // A second round only when another program added a first key between our read and our write.
    for (int round = 0; round < 2; ++round) {
        std::unique_ptr<KeyRing> ring(new KeyRing());
        ring->d->store = &store;
        ring->d->kek = kek;
        auto stored = store.signingKeys().list();
        if (!stored)
            return stored.error();
        if (Status loaded = ring->d->apply(*stored, store.database().location(), SqlValues::nowMs()); !loaded)
            return loaded.error();
        bool raced = false;
        for (const SigningAlgorithm algorithm : kAlgorithms) {
            if (ring->d->signers[std::size_t(slot(algorithm))])
                continue;
            auto made = makeKey(algorithm, kek);
            if (!made)
                return made.error();
            NewKey key = std::move(made).value();
            if (auto created = store.signingKeys().create(key.stored, server); !created) {
                if (created.error().code != ErrorCode::Conflict)
                    return created.error();
                raced = true;
                break;
            }
            qCInfo(lcJose).noquote() << "made the" << algorithmName(algorithm) << "signing key" << key.stored.kid;
            if (Status added = ring->d->add(key.stored, std::move(key.privateKey)); !added)
                return added.error();
        }
        if (!raced)
            return ring;
    }
    return Error::make(ErrorCode::Conflict,
        QStringLiteral("Another program kept adding signing keys while this one started. Start it again."));
}

Result<QByteArray> KeyRing::sign(SigningAlgorithm algorithm, const QJsonObject& claims, const QByteArray& type) const
{
    std::shared_ptr<const Private::Signer> signer;
    {
        QReadLocker locker(&d->lock);
        signer = d->signers[std::size_t(slot(algorithm))];
    }
    if (!signer)
        return Error::make(
            ErrorCode::Internal, QStringLiteral("There is no active %1 signing key.").arg(algorithmName(algorithm)));

    const QByteArray payload = QJsonDocument(claims).toJson(QJsonDocument::Compact);
    const QByteArray header
        = type == kAccessTokenType ? signer->accessTokenHeader : encodedHeader(algorithm, signer->kid, type);
    const int maxSignature = EVP_PKEY_get_size(signer->key.get());
    QByteArray jws;
    jws.reserve(header.size() + 1 + (payload.size() + 2) / 3 * 4 + 1 + (maxSignature + 2) / 3 * 4);
    jws.append(header).append('.').append(Base64Url::encode(payload));

    const EvpMdCtxPtr ctx = OpenSslContext::copy(signer->signTemplate.get());
    QByteArray signature(maxSignature, Qt::Uninitialized);
    size_t length = size_t(signature.size());
    if (!ctx
        || EVP_DigestSign(ctx.get(), reinterpret_cast<unsigned char*>(signature.data()), &length,
               reinterpret_cast<const unsigned char*>(jws.constData()), size_t(jws.size()))
            != 1)
        return cryptoError(
            QStringLiteral("OpenSSL could not sign with the %1 key '%2'.").arg(algorithmName(algorithm), signer->kid));
    signature.truncate(qsizetype(length));
    if (algorithm == SigningAlgorithm::ES256) {
        signature = EcdsaSignature::derToRaw(signature);
        if (signature.isEmpty())
            return Error::make(ErrorCode::Crypto,
                QStringLiteral("OpenSSL made an ECDSA signature that does not fit the 64-byte JWS form."));
    }
    jws.append('.').append(Base64Url::encode(signature));
    return jws;
}

QString KeyRing::activeKid(SigningAlgorithm algorithm) const
{
    QReadLocker locker(&d->lock);
    const auto& signer = d->signers[std::size_t(slot(algorithm))];
    return signer ? signer->kid : QString();
}

QJsonObject KeyRing::jwks(qint64 nowMs) const
{
    QMutexLocker locker(&d->cacheMutex);
    d->refreshCache(nowMs);
    return d->cachedSet;
}

QByteArray KeyRing::jwksJson(qint64 nowMs) const
{
    QMutexLocker locker(&d->cacheMutex);
    d->refreshCache(nowMs);
    return d->cachedJson;
}

Status KeyRing::rotate(SigningAlgorithm algorithm, qint64 publishOldUntilMs, const AuditContext& context)
{
    std::shared_ptr<const Private::Signer> current;
    {
        QReadLocker locker(&d->lock);
        current = d->signers[std::size_t(slot(algorithm))];
    }
    if (!current || !d->store)
        return Error::make(ErrorCode::Internal,
            QStringLiteral("There is no active %1 signing key to rotate.").arg(algorithmName(algorithm)));
    auto made = makeKey(algorithm, d->kek);
    if (!made)
        return made.error();
    NewKey key = std::move(made).value();
    const qint64 retiredAt = key.stored.createdAt;
    if (Status rotated
        = d->store->signingKeys().rotate(key.stored, current->kid, retiredAt, publishOldUntilMs, context);
        !rotated)
        return rotated;
    {
        QWriteLocker locker(&d->lock);
        if (const auto old = d->byKid.value(current->kid)) {
            auto retired = std::make_shared<Private::Published>(*old);
            retired->meta.state = KeyState::Retired;
            retired->meta.retiredAt = retiredAt;
            retired->meta.publishUntil = publishOldUntilMs;
            d->keys.replace(d->keys.indexOf(old), retired);
            d->byKid.insert(current->kid, std::move(retired));
        }
    }
    const Status added = d->add(key.stored, std::move(key.privateKey));
    d->invalidateCache();
    if (added)
        qCInfo(lcJose).noquote() << "rotated the" << algorithmName(algorithm) << "signing key:" << current->kid
                                 << "retired, published until" << Names::timeText(publishOldUntilMs) << "; new key"
                                 << key.stored.kid;
    return added;
}

Result<bool> KeyRing::reload(qint64 nowMs)
{
    if (!d->store)
        return false;
    auto stored = d->store->signingKeys().list();
    if (!stored)
        return stored.error();
    if (storedState(*stored) == d->loadedState)
        return false;
    // The rows can differ from the last look without news for this ring: its own rotation, or the keys
    // it made at first start.
    const QString content = d->contentState();
    std::array<QString, kAlgorithms.size()> before;
    for (const SigningAlgorithm algorithm : kAlgorithms)
        before[std::size_t(slot(algorithm))] = activeKid(algorithm);
    if (Status applied = d->apply(*stored, d->store->database().location(), nowMs); !applied)
        return applied.error();
    for (const SigningAlgorithm algorithm : kAlgorithms) {
        const QString previous = before[std::size_t(slot(algorithm))];
        const QString now = activeKid(algorithm);
        if (now == previous)
            continue;
        if (now.isEmpty()) {
            qCWarning(lcJose).noquote() << "The store has no active" << algorithmName(algorithm)
                                        << "signing key any more; tokens with that algorithm cannot be issued until "
                                           "one is made (mcp-auth key rotate, or a restart).";
            continue;
        }
        QString old = QStringLiteral("it was the first");
        std::shared_ptr<const Private::Published> published;
        {
            QReadLocker locker(&d->lock);
            published = d->byKid.value(previous);
        }
        if (published && published->meta.state == KeyState::Retired)
            old = QStringLiteral("%1 stays published until %2")
                      .arg(previous, Names::timeText(published->meta.publishUntil));
        else if (!previous.isEmpty())
            old = QStringLiteral("%1 is no longer published").arg(previous);
        qCInfo(lcJose).noquote() << "signing with the" << algorithmName(algorithm) << "key" << now
                                 << "found in the store (rotated by another program);" << old;
    }
    return d->contentState() != content;
}

QList<SigningKey> KeyRing::keys() const
{
    QReadLocker locker(&d->lock);
    QList<SigningKey> out;
    out.reserve(d->keys.size());
    for (const auto& key : d->keys)
        out << key->meta;
    return out;
}

std::shared_ptr<const KeyRing::VerificationKey> KeyRing::verificationKey(const QString& kid, qint64 nowMs) const
{
    QReadLocker locker(&d->lock);
    const auto key = d->byKid.value(kid);
    if (!key || !key->meta.isPublishedAt(nowMs))
        return {};
    return key->verification;
}

} // namespace mcpauth
