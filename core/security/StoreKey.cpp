#include "StoreKey.h"

#include "SecureRandom.h"
#include "common/Logging.h"
#include "store/DataPaths.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace mcpauth {

namespace {
constexpr int kKeyBytes = 32;
}

QString StoreKey::keyFilePath(const QString& storeIdentity)
{
    const QByteArray digest = QCryptographicHash::hash(storeIdentity.toUtf8(), QCryptographicHash::Sha256).toHex();
    return DataPaths::dataDirectory() + QStringLiteral("/keys/store-") + QString::fromLatin1(digest.left(16))
        + QStringLiteral(".key");
}

Result<QByteArray> StoreKey::load(const QString& storeIdentity)
{
    const QString fromEnv = qEnvironmentVariable("MCPAUTH_STORE_KEY");
    if (!fromEnv.isEmpty()) {
        const QByteArray key = QByteArray::fromHex(fromEnv.toLatin1());
        if (key.size() != kKeyBytes || fromEnv.size() != 2 * kKeyBytes)
            return Error::invalid(QStringLiteral("MCPAUTH_STORE_KEY"),
                QStringLiteral("MCPAUTH_STORE_KEY must be 64 hexadecimal characters (32 bytes)."));
        return key;
    }

    const QString path = keyFilePath(storeIdentity);
    QFile existing(path);
    if (existing.exists()) {
        if (!existing.open(QIODevice::ReadOnly))
            return Error::make(
                ErrorCode::Io, QStringLiteral("Cannot read the store key %1: %2").arg(path, existing.errorString()));
        const QByteArray key = QByteArray::fromHex(existing.readAll().trimmed());
        if (key.size() != kKeyBytes)
            return Error::make(ErrorCode::Integrity,
                QStringLiteral("The store key %1 is damaged (expected 64 hexadecimal characters).").arg(path));
        return key;
    }

    if (!QDir().mkpath(QFileInfo(path).absolutePath()))
        return Error::make(ErrorCode::Io, QStringLiteral("Cannot create the folder for the store key %1.").arg(path));
    QFile::setPermissions(QFileInfo(path).absolutePath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QByteArray key = SecureRandom::bytes(kKeyBytes);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(
            ErrorCode::Io, QStringLiteral("Cannot create the store key %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFile::ReadOwner | QFile::WriteOwner);
    file.write(key.toHex() + '\n');
    if (!file.commit())
        return Error::make(
            ErrorCode::Io, QStringLiteral("Cannot write the store key %1: %2").arg(path, file.errorString()));
    qCInfo(lcSecurity) << "created a new store key file" << path;
    return key;
}

} // namespace mcpauth
