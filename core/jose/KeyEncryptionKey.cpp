#include "KeyEncryptionKey.h"

#include "common/Logging.h"
#include "secrets/KeychainSecretStore.h"
#include "secrets/SecretStore.h"
#include "security/KeyFile.h"
#include "security/SecureRandom.h"
#include "store/DataPaths.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QTimer>
#include <QUrl>

namespace mcpauth {

KeyEncryptionKey::KeyEncryptionKey(SecretStore* keychain, DatabaseLocation location, QObject* parent)
    : QObject(parent)
    , m_keychain(keychain)
    , m_location(std::move(location))
{ }

QString KeyEncryptionKey::keyFilePath(const DatabaseLocation& location)
{
    if (location.dialect == SqlDialect::Sqlite)
        return location.filePath + QStringLiteral(".kek");
    const QByteArray digest
        = QCryptographicHash::hash(location.identity().toUtf8(), QCryptographicHash::Sha256).toHex();
    return DataPaths::dataDirectory() + QStringLiteral("/keys/signing-") + QString::fromLatin1(digest.left(16))
        + QStringLiteral(".kek");
}

QString KeyEncryptionKey::keychainEntry(const DatabaseLocation& location)
{
    return QStringLiteral("signing-kek:") + location.identity();
}

bool KeyEncryptionKey::keychainAvailable()
{
#if defined(Q_OS_UNIX) && !defined(Q_OS_DARWIN)
    // QtKeychain reaches the Secret Service (or KWallet) over the session bus. A unix:path= address whose
    // socket is gone (left over from another session, or set on purpose to keep a test away from the
    // user's keychain) reaches nothing either. Other address kinds cannot be checked without connecting.
    const QString address = qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS");
    for (const QString& entry : address.split(QLatin1Char(';'), Qt::SkipEmptyParts)) {
        if (!entry.startsWith(QLatin1String("unix:")))
            return true;
        bool hasPath = false;
        for (const QString& parameter : entry.mid(5).split(QLatin1Char(','))) {
            if (!parameter.startsWith(QLatin1String("path=")))
                continue;
            hasPath = true;
            if (QFileInfo::exists(QUrl::fromPercentEncoding(parameter.mid(5).toUtf8())))
                return true;
        }
        if (!hasPath)
            return true;
    }
    return false;
#else
    return true;
#endif
}

std::unique_ptr<SecretStore> KeyEncryptionKey::systemKeychain()
{
    if (!keychainAvailable()) {
        qCInfo(lcJose) << "No D-Bus session bus: the signing keys' encryption key lives in a key file.";
        return {};
    }
    return std::make_unique<KeychainSecretStore>();
}

void KeyEncryptionKey::obtain()
{
    if (!m_keychain) {
        // Answer from the event loop, as the keychain would, so callers never see a synchronous answer.
        QTimer::singleShot(0, this, &KeyEncryptionKey::fromKeyFile);
        return;
    }
    const QString entry = keychainEntry(m_location);
    m_keychain->read(entry, [this, self = QPointer<KeyEncryptionKey>(this), entry](Result<QString> read) {
        if (!self)
            return;
        if (read) {
            const QByteArray key = QByteArray::fromHex(read->toLatin1());
            if (key.size() != kKeyBytes) {
                Q_EMIT finished(Error::make(ErrorCode::Integrity,
                    QStringLiteral("The OS keychain entry %1 does not hold a %2-byte key.").arg(entry).arg(kKeyBytes)));
                return;
            }
            Q_EMIT finished(KekResult{key, QStringLiteral("the OS keychain")});
            return;
        }
        if (read.error().code == ErrorCode::Unavailable) {
            // Keys sealed under a keychain-held key that now does not answer (locked, not started): a new
            // key file would only make keys the store cannot open. Ask for the keychain instead.
            if (m_storeHasKeys && !KeyFile::exists(keyFilePath(m_location))) {
                Q_EMIT finished(Error::make(ErrorCode::Unavailable,
                    QStringLiteral("The signing keys of this store are encrypted with a key kept in the OS keychain, "
                                   "which did not answer: %1 Unlock or start the keychain and try again.")
                        .arg(read.error().message)));
                return;
            }
            // No secret service answers (a headless server whose session bus is gone, say): this is the
            // "without a keychain" case, so the key file serves; the log says so.
            qCWarning(lcJose).noquote() << QStringLiteral(
                "No OS keychain answered, so the signing keys' encryption key is kept in a key "
                "file. The keychain said: %1")
                                               .arg(read.error().message);
            fromKeyFile();
            return;
        }
        if (read.error().code != ErrorCode::NotFound) {
            Q_EMIT finished(Error::make(read.error().code,
                QStringLiteral("The signing keys' encryption key could not be read from the OS keychain: %1")
                    .arg(read.error().message)));
            return;
        }
        // A key file made earlier (a server first run headless) moves into the keychain.
        QByteArray key;
        if (KeyFile::exists(keyFilePath(m_location))) {
            auto fromFile = KeyFile::loadOrCreate(keyFilePath(m_location), kKeyBytes, QStringLiteral("signing key"));
            if (!fromFile) {
                Q_EMIT finished(fromFile.error());
                return;
            }
            key = *fromFile;
        } else {
            key = SecureRandom::bytes(kKeyBytes);
        }
        created(key);
    });
}

void KeyEncryptionKey::created(const QByteArray& key)
{
    m_keychain->write(keychainEntry(m_location), QString::fromLatin1(key.toHex()),
        [this, self = QPointer<KeyEncryptionKey>(this), key](Status written) {
            if (!self)
                return;
            if (!written) {
                Q_EMIT finished(Error::make(written.error().code,
                    QStringLiteral("The signing keys' encryption key could not be saved in the OS keychain: %1")
                        .arg(written.error().message)));
                return;
            }
            // The key now lives in the keychain; a copy on disk would only weaken it.
            if (KeyFile::exists(keyFilePath(m_location)) && QFile::remove(keyFilePath(m_location)))
                qCInfo(lcJose).noquote() << "moved the signing keys' encryption key from" << keyFilePath(m_location)
                                         << "into the OS keychain";
            else
                qCInfo(lcJose) << "stored a new signing keys' encryption key in the OS keychain";
            Q_EMIT finished(KekResult{key, QStringLiteral("the OS keychain")});
        });
}

void KeyEncryptionKey::fromKeyFile()
{
    const QString path = keyFilePath(m_location);
    auto key = KeyFile::loadOrCreate(path, kKeyBytes, QStringLiteral("the signing keys' encryption key"));
    if (!key) {
        Q_EMIT finished(key.error());
        return;
    }
    Q_EMIT finished(KekResult{*key, QStringLiteral("the key file %1").arg(path)});
}

} // namespace mcpauth
