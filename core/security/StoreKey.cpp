#include "StoreKey.h"

#include "KeyFile.h"
#include "store/DataPaths.h"

#include <QCryptographicHash>

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

    return KeyFile::loadOrCreate(keyFilePath(storeIdentity), kKeyBytes, QStringLiteral("the store key"));
}

} // namespace mcpauth
