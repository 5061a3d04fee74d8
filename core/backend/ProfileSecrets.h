#pragma once

#include "common/Result.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <functional>

namespace mcpauth {

class SecretStore;

enum class SecretPersistence { Keychain, SessionOnly };

// The secrets of connection profiles: in the OS keychain, or, when no secret service answers, in this
// process's memory for the session only, and the caller is told so it can say it plainly. Never on
// disk in clear.
class ProfileSecrets final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ProfileSecrets)

public:
    using Stored = std::function<void(Result<SecretPersistence>)>;
    using Read = std::function<void(Result<QString>)>;
    using Done = std::function<void(Status)>;

    // `keychain` is not owned; nullptr means there is none (everything is session-only).
    explicit ProfileSecrets(SecretStore* keychain, QObject* parent = nullptr);
    ~ProfileSecrets() override;

    void store(const QString& key, const QString& secret, QObject* context, Stored done);
    // The session's copy first, then the keychain; NotFound when neither has it.
    void read(const QString& key, QObject* context, Read done);
    void forget(const QString& key, QObject* context, Done done);

    // Why the keychain could not be used the last time, in words; empty when it worked.
    [[nodiscard]] QString keychainProblem() const { return m_keychainProblem; }

private:
    QPointer<SecretStore> m_keychain;
    QHash<QString, QString> m_session;
    QString m_keychainProblem;
};

} // namespace mcpauth
