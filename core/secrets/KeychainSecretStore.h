#pragma once

#include "SecretStore.h"

namespace mcpauth {

// The OS keychain through QtKeychain (Secret Service on Linux, Keychain on macOS, Credential Manager
// on Windows). Never falls back to plain text: when no secret service answers, the caller gets
// ErrorCode::Unavailable with words that say so, and a watchdog ends a job the service never answers.
class KeychainSecretStore final : public SecretStore
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(KeychainSecretStore)

public:
    static constexpr const char* kService = "io.github.mcpauth.console";

    explicit KeychainSecretStore(QObject* parent = nullptr, int timeoutMs = 10000);

    void read(const QString& key, ReadDone done) override;
    void write(const QString& key, const QString& secret, WriteDone done) override;
    void remove(const QString& key, WriteDone done) override;

private:
    int m_timeoutMs;
};

} // namespace mcpauth
