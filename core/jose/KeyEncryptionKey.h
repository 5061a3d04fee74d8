#pragma once

#include "common/Result.h"
#include "store/DatabaseLocation.h"

#include <QByteArray>
#include <QObject>
#include <QPointer>
#include <QString>
#include <memory>

namespace mcpauth {

class SecretStore;

struct KekResult
{
    QByteArray key; // 32 bytes: the AES-256-GCM key of the stored private signing keys
    QString description; // where it lives, in words: "the OS keychain", "the key file /…/store.sqlite.kek"
};

// The key that encrypts the local server's private signing keys. It is kept in the OS keychain, or,
// without one (a headless server with no session bus, or one whose secret service does not answer),
// in a 0600 key file beside the database (for PostgreSQL: in the data folder); the log says which.
// A key file found when the keychain works moves into the keychain. A wrong key is never silent: the
// key ring refuses to open with keys it cannot decrypt. The keychain answers asynchronously: obtain()
// returns at once and finished() reports the key.
class KeyEncryptionKey final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeyEncryptionKey)

public:
    static constexpr int kKeyBytes = 32;

    // `keychain` not owned; nullptr: the key file.
    KeyEncryptionKey(SecretStore* keychain, DatabaseLocation location, QObject* parent = nullptr);

    // The store already holds sealed signing keys. Then a keychain that does not answer is an error
    // (unless a key file exists), not a reason to start a key file the keys were not sealed with.
    void setStoreHasKeys(bool hasKeys) { m_storeHasKeys = hasKeys; }
    void obtain();

    [[nodiscard]] static QString keyFilePath(const DatabaseLocation& location);
    [[nodiscard]] static QString keychainEntry(const DatabaseLocation& location);

    // The one choice between keychain and key file, shared by the server and `mcp-auth key`: false on a
    // Unix desktop-less session (no D-Bus session bus, or an address whose socket does not exist),
    // where asking the Secret Service would only wait for the watchdog and fail.
    [[nodiscard]] static bool keychainAvailable();
    // The OS keychain when keychainAvailable(), else nullptr: the key file.
    [[nodiscard]] static std::unique_ptr<SecretStore> systemKeychain();

Q_SIGNALS:
    void finished(const mcpauth::Result<mcpauth::KekResult>& result);

private:
    void fromKeyFile();
    void created(const QByteArray& key);

    QPointer<SecretStore> m_keychain;
    DatabaseLocation m_location;
    bool m_storeHasKeys = false;
};

} // namespace mcpauth
