#include "KeychainSecretStore.h"

#include "common/Logging.h"

#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

namespace mcpauth {

namespace {

Error keychainError(const QKeychain::Job* job, const QString& key)
{
    switch (job->error()) {
    case QKeychain::EntryNotFound:
        return Error::make(ErrorCode::NotFound, QStringLiteral("The keychain has no entry '%1'.").arg(key));
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return Error::make(ErrorCode::Unavailable,
            QStringLiteral("The keychain refused access to '%1': %2").arg(key, job->errorString()));
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
    case QKeychain::CouldNotDeleteEntry:
    case QKeychain::NoError:
        break;
    }
    return Error::make(ErrorCode::Unavailable,
        QStringLiteral("No keychain is available (%1). Start a secret service such as GNOME Keyring "
                       "or KWallet, or use the environment variable instead.")
            .arg(job->errorString()));
}

// Runs a QtKeychain job with a watchdog; `finish` is called exactly once.
void runJob(QKeychain::Job* job, QObject* context, int timeoutMs, const std::function<void(QKeychain::Job*)>& finish)
{
    auto done = std::make_shared<bool>(false);
    auto* watchdog = new QTimer(context);
    watchdog->setSingleShot(true);
    QObject::connect(job, &QKeychain::Job::finished, context, [done, watchdog, finish](QKeychain::Job* j) {
        watchdog->deleteLater();
        if (*done)
            return;
        *done = true;
        finish(j);
    });
    QObject::connect(watchdog, &QTimer::timeout, context, [done, watchdog, finish] {
        watchdog->deleteLater();
        if (*done)
            return;
        *done = true;
        qCWarning(lcSecurity) << "the keychain did not answer in time";
        finish(nullptr);
    });
    watchdog->start(timeoutMs);
    job->start();
}

Error timeoutError()
{
    return Error::make(
        ErrorCode::Unavailable, QStringLiteral("The keychain did not answer. Is the secret service locked or hung?"));
}

} // namespace

KeychainSecretStore::KeychainSecretStore(QObject* parent, int timeoutMs)
    : SecretStore(parent)
    , m_timeoutMs(timeoutMs)
{ }

void KeychainSecretStore::read(const QString& key, ReadDone done)
{
    auto* job = new QKeychain::ReadPasswordJob(QString::fromLatin1(kService), this);
    job->setKey(key);
    job->setInsecureFallback(false);
    runJob(job, this, m_timeoutMs, [key, done](QKeychain::Job* j) {
        if (!j)
            return done(timeoutError());
        if (j->error() != QKeychain::NoError)
            return done(keychainError(j, key));
        done(static_cast<QKeychain::ReadPasswordJob*>(j)->textData());
    });
}

void KeychainSecretStore::write(const QString& key, const QString& secret, WriteDone done)
{
    auto* job = new QKeychain::WritePasswordJob(QString::fromLatin1(kService), this);
    job->setKey(key);
    job->setInsecureFallback(false);
    job->setTextData(secret);
    runJob(job, this, m_timeoutMs, [key, done](QKeychain::Job* j) {
        if (!j)
            return done(timeoutError());
        done(j->error() == QKeychain::NoError ? Status() : Status(keychainError(j, key)));
    });
}

void KeychainSecretStore::remove(const QString& key, WriteDone done)
{
    auto* job = new QKeychain::DeletePasswordJob(QString::fromLatin1(kService), this);
    job->setKey(key);
    job->setInsecureFallback(false);
    runJob(job, this, m_timeoutMs, [key, done](QKeychain::Job* j) {
        if (!j)
            return done(timeoutError());
        done(j->error() == QKeychain::NoError ? Status() : Status(keychainError(j, key)));
    });
}

} // namespace mcpauth
