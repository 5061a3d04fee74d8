#include "ProfileSecrets.h"

#include "common/Logging.h"
#include "secrets/SecretStore.h"

#include <QCoreApplication>

namespace mcpauth {

ProfileSecrets::ProfileSecrets(SecretStore* keychain, QObject* parent)
    : QObject(parent)
    , m_keychain(keychain)
{
    if (!keychain)
        m_keychainProblem = tr("No keychain is configured.");
}

ProfileSecrets::~ProfileSecrets() = default;

void ProfileSecrets::store(const QString& key, const QString& secret, QObject* context, Stored done)
{
    QPointer<QObject> guard(context);
    auto keepForSession = [this, key, secret, guard, done](const QString& problem) {
        m_session.insert(key, secret);
        m_keychainProblem = problem;
        qCWarning(lcBackend) << "No keychain: a profile secret is kept for this session only:" << problem;
        if (guard)
            done(SecretPersistence::SessionOnly);
    };
    if (!m_keychain) {
        const QString problem = m_keychainProblem;
        QMetaObject::invokeMethod(
            this, [keepForSession, problem] { keepForSession(problem); }, Qt::QueuedConnection);
        return;
    }
    m_keychain->write(key, secret, [this, key, guard, done, keepForSession](Status written) {
        if (written) {
            m_session.remove(key);
            m_keychainProblem.clear();
            if (guard)
                done(SecretPersistence::Keychain);
            return;
        }
        if (written.error().code == ErrorCode::Unavailable) {
            keepForSession(written.error().message);
            return;
        }
        if (guard)
            done(written.error());
    });
}

void ProfileSecrets::read(const QString& key, QObject* context, Read done)
{
    QPointer<QObject> guard(context);
    if (m_session.contains(key) || !m_keychain) {
        Result<QString> answer = m_session.contains(key)
            ? Result<QString>(m_session.value(key))
            : Result<QString>(Error::make(ErrorCode::NotFound, tr("No secret is saved for this profile.")));
        QMetaObject::invokeMethod(
            this,
            [guard, done, answer] {
                if (guard)
                    done(answer);
            },
            Qt::QueuedConnection);
        return;
    }
    m_keychain->read(key, [this, guard, done](Result<QString> secret) {
        if (!secret && secret.error().code == ErrorCode::Unavailable)
            m_keychainProblem = secret.error().message;
        if (guard)
            done(std::move(secret));
    });
}

void ProfileSecrets::forget(const QString& key, QObject* context, Done done)
{
    QPointer<QObject> guard(context);
    m_session.remove(key);
    if (!m_keychain) {
        QMetaObject::invokeMethod(
            this,
            [guard, done] {
                if (guard)
                    done({});
            },
            Qt::QueuedConnection);
        return;
    }
    m_keychain->remove(key, [guard, done](Status removed) {
        // Nothing saved is as good as removed; an unreachable keychain had nothing of ours either.
        if (!removed && removed.error().code != ErrorCode::NotFound && removed.error().code != ErrorCode::Unavailable) {
            if (guard)
                done(removed);
            return;
        }
        if (guard)
            done({});
    });
}

} // namespace mcpauth
