#include "PasswordHasher.h"

#include "SecureRandom.h"

#include <QStringList>
#include <openssl/crypto.h>
#include <openssl/evp.h>

namespace mcpauth {

namespace {

// N = 2^15, r = 8, p = 1: 32 MiB and roughly 0.1 s per hash, OWASP's minimum for scrypt.
constexpr int kLogN = 15;
constexpr int kR = 8;
constexpr int kP = 1;
constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32;

QByteArray derive(const QByteArray& password, const QByteArray& salt, int logN, int r, int p)
{
    QByteArray out(kHashBytes, Qt::Uninitialized);
    const quint64 n = quint64(1) << logN;
    const quint64 maxMem = 128 * quint64(r) * n * quint64(p) + (quint64(1) << 24);
    const int ok = EVP_PBE_scrypt(password.constData(), static_cast<size_t>(password.size()),
        reinterpret_cast<const unsigned char*>(salt.constData()), static_cast<size_t>(salt.size()), n,
        static_cast<uint64_t>(r), static_cast<uint64_t>(p), maxMem, reinterpret_cast<unsigned char*>(out.data()),
        static_cast<size_t>(out.size()));
    return ok == 1 ? out : QByteArray();
}

} // namespace

Result<QString> PasswordHasher::hash(const QString& password)
{
    const QByteArray salt = SecureRandom::bytes(kSaltBytes);
    const QByteArray derived = derive(password.toUtf8(), salt, kLogN, kR, kP);
    if (derived.isEmpty())
        return Error::make(ErrorCode::Crypto, QStringLiteral("scrypt failed: OpenSSL could not hash the password"));
    return QStringLiteral("scrypt$%1$%2$%3$%4$%5")
        .arg(kLogN)
        .arg(kR)
        .arg(kP)
        .arg(QString::fromLatin1(salt.toBase64()), QString::fromLatin1(derived.toBase64()));
}

bool PasswordHasher::verify(const QString& password, const QString& stored)
{
    const QStringList parts = stored.split(QLatin1Char('$'));
    if (parts.size() != 6 || parts[0] != QLatin1String("scrypt"))
        return false;
    bool okN = false, okR = false, okP = false;
    const int logN = parts[1].toInt(&okN);
    const int r = parts[2].toInt(&okR);
    const int p = parts[3].toInt(&okP);
    if (!okN || !okR || !okP || logN < 10 || logN > 22 || r < 1 || r > 32 || p < 1 || p > 16)
        return false;
    const QByteArray salt = QByteArray::fromBase64(parts[4].toLatin1());
    const QByteArray expected = QByteArray::fromBase64(parts[5].toLatin1());
    const QByteArray derived = derive(password.toUtf8(), salt, logN, r, p);
    if (derived.isEmpty() || derived.size() != expected.size())
        return false;
    return CRYPTO_memcmp(derived.constData(), expected.constData(), static_cast<size_t>(derived.size())) == 0;
}

} // namespace mcpauth
