#include "LocalServerRunner.h"

#include "AuthServer.h"
#include "common/Logging.h"
#include "jose/KeyEncryptionKey.h"
#include "jose/KeyRing.h"
#include "secrets/SecretStore.h"
#include "store/Store.h"

namespace mcpauth {

LocalServerRunner::LocalServerRunner(QObject* parent)
    : QObject(parent)
{ }

LocalServerRunner::~LocalServerRunner()
{
    stop();
}

void LocalServerRunner::setKeychain(SecretStore* keychain)
{
    m_keychain = keychain;
    m_keychainChosen = true;
}

QString LocalServerRunner::url() const
{
    return m_server && m_server->isRunning() ? m_server->issuer() : QString();
}

QString LocalServerRunner::mcpUrl() const
{
    const QString base = url();
    return base.isEmpty() ? QString() : base + QStringLiteral("/mcp");
}

QString LocalServerRunner::listeningUrl() const
{
    if (!m_server || !m_server->isRunning())
        return {};
    QString host = m_settings.address.toString();
    if (m_settings.address.protocol() == QAbstractSocket::IPv6Protocol)
        host = QLatin1Char('[') + host + QLatin1Char(']');
    const bool tls = !m_settings.tlsCertificatePath.isEmpty();
    return QStringLiteral("%1://%2:%3")
        .arg(tls ? QStringLiteral("https") : QStringLiteral("http"), host)
        .arg(m_server->port());
}

void LocalServerRunner::start(Store& store, const ServerSettings& settings)
{
    stop();
    m_ownedStore.reset();
    m_store = &store;
    begin(settings);
}

void LocalServerRunner::start(std::unique_ptr<Store> store, const ServerSettings& settings)
{
    stop();
    m_ownedStore = std::move(store);
    m_store = m_ownedStore.get();
    begin(settings);
}

void LocalServerRunner::begin(const ServerSettings& settings)
{
    m_settings = settings;
    m_error = Error();
    m_keySource.clear();
    setState(State::Starting);

    SecretStore* keychain = m_keychain;
    if (!m_keychainChosen) {
        if (!m_defaultKeychain)
            m_defaultKeychain = KeyEncryptionKey::systemKeychain();
        keychain = m_defaultKeychain.get();
    }
    auto* kek = new KeyEncryptionKey(keychain, m_store->database().location(), this);
    const auto existing = m_store->signingKeys().list();
    kek->setStoreHasKeys(existing && !existing->isEmpty());
    m_kek = kek;
    connect(kek, &KeyEncryptionKey::finished, this, [this, kek](const Result<KekResult>& result) {
        kek->deleteLater();
        if (m_kek != kek)
            return; // stopped or restarted meanwhile
        m_kek.clear();
        if (!result) {
            finish(result.error());
            return;
        }
        keyReady(result->key, result->description);
    });
    kek->obtain();
}

void LocalServerRunner::keyReady(const QByteArray& kek, const QString& source)
{
    m_keySource = source;
    qCInfo(lcServer).noquote() << "Signing keys are encrypted with a key from" << source;
    auto keys = KeyRing::open(*m_store, kek);
    if (!keys) {
        finish(keys.error());
        return;
    }
    m_keys = std::move(keys).value();
    m_server = std::make_unique<AuthServer>(*m_store, *m_keys, m_settings);
    connect(m_server.get(), &AuthServer::requestLogged, this, &LocalServerRunner::requestLogged);
    if (Status listening = m_server->start(); !listening) {
        m_server.reset();
        m_keys.reset();
        finish(listening);
        return;
    }
    finish({});
}

void LocalServerRunner::finish(const Status& status)
{
    if (status) {
        setState(State::Running);
    } else {
        m_error = status.error();
        qCWarning(lcServer).noquote() << "The local server did not start:" << m_error.message;
        setState(State::Failed);
    }
    Q_EMIT started(status);
}

void LocalServerRunner::stop()
{
    if (m_kek) {
        m_kek->deleteLater(); // its answer, if any, is ignored
        m_kek.clear();
    }
    if (m_server)
        m_server->stop(); // flushes the audit events still queued
    m_server.reset();
    m_keys.reset();
    if (m_state != State::Stopped && m_state != State::Failed)
        setState(State::Stopped);
}

void LocalServerRunner::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

} // namespace mcpauth
