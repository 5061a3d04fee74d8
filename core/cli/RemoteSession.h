#pragma once

#include "backend/ConnectionProfile.h"

#include <QObject>
#include <functional>
#include <memory>
#include <optional>

namespace mcpauth {

class Backend;
class KeychainSecretStore;
class ProfileSecrets;

// One CLI command against a remote backend: reads the profile's secret (from the environment when the
// caller passes it, else the keychain), creates and opens the backend, runs the command, and emits
// finished(exitCode) once. Everything is asynchronous on the CLI's single event loop; nothing waits.
class RemoteSession final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RemoteSession)

public:
    using Finish = std::function<void(int exitCode)>;
    // Runs the command on the opened backend; calls `finish` once, later or at once.
    using Command = std::function<void(Backend& backend, Finish finish)>;
    // Reports a failure (prints it) and returns the exit code.
    using Fail = std::function<int(const Error& error)>;

    // `secret`: the secret from the environment; nullopt: read the keychain under `secretKey`.
    RemoteSession(ConnectionProfile profile, std::optional<QString> secret, QString secretKey, Command command,
        Fail fail, QObject* parent = nullptr);
    ~RemoteSession() override;

    void start();

Q_SIGNALS:
    void finished(int exitCode);

private:
    void withSecret(const QString& secret);
    void finish(int exitCode);

    ConnectionProfile m_profile;
    std::optional<QString> m_secret;
    QString m_secretKey;
    Command m_command;
    Fail m_fail;
    KeychainSecretStore* m_keychain = nullptr;
    ProfileSecrets* m_secrets = nullptr;
    std::unique_ptr<Backend> m_backend;
    bool m_finished = false;
};

} // namespace mcpauth
