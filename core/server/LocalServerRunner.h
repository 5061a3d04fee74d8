#pragma once

#include "ServerSettings.h"
#include "common/Result.h"

#include <QObject>
#include <QPointer>
#include <QString>
#include <memory>

namespace mcpauth {

class AuthServer;
class KeyEncryptionKey;
class KeyRing;
class SecretStore;
class Store;

// Brings the local server up the same way for `mcp-auth serve` and for the GUI: the key-encryption
// key (OS keychain, else a 0600 key file beside the database), the key ring, then AuthServer. The
// keychain answers asynchronously, so start() returns at once and started() reports the outcome;
// nothing here waits in a nested event loop.
class LocalServerRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalServerRunner)

public:
    enum class State { Stopped, Starting, Running, Failed };

    explicit LocalServerRunner(QObject* parent = nullptr);
    ~LocalServerRunner() override;

    // Where the key-encryption key is kept: `keychain` (not owned; nullptr: the key file). Without
    // this call, KeyEncryptionKey::systemKeychain() decides.
    void setKeychain(SecretStore* keychain);

    // Starts with a store the caller keeps (the GUI's); it must outlive the runner.
    void start(Store& store, const ServerSettings& settings);
    // Starts with a store the runner keeps (mcp-auth serve).
    void start(std::unique_ptr<Store> store, const ServerSettings& settings);
    // Stops listening and writes the audit events still queued.
    void stop();

    [[nodiscard]] State state() const { return m_state; }
    [[nodiscard]] bool isRunning() const { return m_state == State::Running; }
    // The base URL (the issuer) while running.
    [[nodiscard]] QString url() const;
    [[nodiscard]] QString mcpUrl() const;
    // Where the server listens ("http://127.0.0.1:8765"); differs from url() when --issuer names a proxy.
    [[nodiscard]] QString listeningUrl() const;
    // Why the last start failed, in words; empty otherwise.
    [[nodiscard]] QString errorText() const { return m_error.message; }
    [[nodiscard]] const Error& error() const { return m_error; }
    // The port was taken by another program (ErrorCode::Conflict from the listener).
    [[nodiscard]] bool portInUse() const { return m_state == State::Failed && m_error.code == ErrorCode::Conflict; }
    // Where the key-encryption key came from, in words ("the OS keychain", "the key file /…/x.key").
    [[nodiscard]] QString keySource() const { return m_keySource; }
    [[nodiscard]] const ServerSettings& settings() const { return m_settings; }
    [[nodiscard]] AuthServer* server() const { return m_server.get(); }
    [[nodiscard]] Store* store() const { return m_store; }

Q_SIGNALS:
    // Once per start(): Ok when the server listens, else why not.
    void started(const mcpauth::Status& status);
    void stateChanged(mcpauth::LocalServerRunner::State state);
    void requestLogged(const QString& line);

private:
    void begin(const ServerSettings& settings);
    void keyReady(const QByteArray& kek, const QString& source);
    void finish(const Status& status);
    void setState(State state);

    Store* m_store = nullptr;
    std::unique_ptr<Store> m_ownedStore;
    SecretStore* m_keychain = nullptr;
    bool m_keychainChosen = false;
    std::unique_ptr<SecretStore> m_defaultKeychain;
    QPointer<KeyEncryptionKey> m_kek;
    std::unique_ptr<KeyRing> m_keys;
    std::unique_ptr<AuthServer> m_server;
    ServerSettings m_settings;
    State m_state = State::Stopped;
    Error m_error;
    QString m_keySource;
};

} // namespace mcpauth
