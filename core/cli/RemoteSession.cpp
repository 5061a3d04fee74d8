#include "RemoteSession.h"

#include "backend/BackendFactory.h"
#include "backend/ProfileSecrets.h"
#include "secrets/KeychainSecretStore.h"

#include <QCoreApplication>

namespace mcpauth {

RemoteSession::RemoteSession(ConnectionProfile profile, std::optional<QString> secret, QString secretKey,
    Command command, Fail fail, QObject* parent)
    : QObject(parent)
    , m_profile(std::move(profile))
    , m_secret(std::move(secret))
    , m_secretKey(std::move(secretKey))
    , m_command(std::move(command))
    , m_fail(std::move(fail))
{ }

RemoteSession::~RemoteSession() = default;

void RemoteSession::start()
{
    if (m_secret || !m_profile.needsSecret()) {
        withSecret(m_secret.value_or(QString()));
        return;
    }
    m_keychain = new KeychainSecretStore(this);
    m_secrets = new ProfileSecrets(m_keychain, this);
    m_secrets->read(m_secretKey, this, [this](Result<QString> secret) {
        if (!secret) {
            finish(m_fail(Error::make(secret.error().code,
                QCoreApplication::translate("RemoteSession",
                    "No client secret for '%1': set MCPAUTH_CLIENT_SECRET, or save the profile's secret in the "
                    "console (File > Connection Profiles). The keychain said: %2")
                    .arg(m_profile.name, secret.error().message))));
            return;
        }
        withSecret(*secret);
    });
}

void RemoteSession::withSecret(const QString& secret)
{
    auto created = BackendFactory::create(m_profile, secret);
    if (!created) {
        finish(m_fail(created.error()));
        return;
    }
    m_backend = std::move(created).value();
    m_backend->open(this, [this](Status opened) {
        if (!opened) {
            finish(m_fail(opened.error()));
            return;
        }
        m_command(*m_backend, [this](int exitCode) { finish(exitCode); });
    });
}

void RemoteSession::finish(int exitCode)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(exitCode);
}

} // namespace mcpauth
