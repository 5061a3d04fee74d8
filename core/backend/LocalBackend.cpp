#include "LocalBackend.h"

#include "common/Logging.h"
#include "jose/KeyEncryptionKey.h"
#include "jose/KeyRing.h"
#include "secrets/SecretStore.h"
#include "store/SqlValues.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>

namespace mcpauth {

LocalBackend::LocalBackend(const DatabaseLocation& location, const StoreOpenOptions& options, QObject* parent)
    : Backend(parent)
    , m_location(location)
    , m_worker(new LocalStoreWorker(location, options))
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("LOGNAME");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    if (user.isEmpty())
        user = QDir::home().dirName();
    m_actor = QStringLiteral("console:") + (user.isEmpty() ? QStringLiteral("unknown") : user);

    m_thread.setObjectName(QStringLiteral("mcpauth-store"));
    m_worker->moveToThread(&m_thread);
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    connect(m_worker, &LocalStoreWorker::auditAdvanced, this, &Backend::dataChanged);
    m_thread.start();
}

LocalBackend::~LocalBackend()
{
    // The connection must be closed on the thread that opened it.
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker] { worker->close(); }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

void LocalBackend::open(QObject* context, Done done)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, guard, done = std::move(done)]() mutable {
            Status status = worker->open();
            if (!status)
                qCWarning(lcBackend) << "The store could not be opened:" << status.error().message;
            QMetaObject::invokeMethod(
                this,
                [guard, done = std::move(done), status = std::move(status)] {
                    if (guard)
                        done(status);
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

BackendKind LocalBackend::kind() const
{
    return m_location.dialect == SqlDialect::Postgres ? BackendKind::LocalPostgres : BackendKind::LocalSqlite;
}

QString LocalBackend::displayName() const
{
    return kind() == BackendKind::LocalPostgres ? tr("Local PostgreSQL: %1").arg(m_location.display())
                                                : tr("Local SQLite: %1").arg(m_location.display());
}

QString LocalBackend::actor() const
{
    return m_actor;
}

BackendCapabilities LocalBackend::capabilities() const
{
    BackendCapabilities caps;
    caps.remove(Capability::TokenDelete,
        tr("The local store keeps every token's record for the audit trail; revoke the token instead."));
    return caps;
}

AuditContext LocalBackend::auditContext() const
{
    return AuditContext{m_actor, QStringLiteral("console")};
}

template <typename T>
void LocalBackend::run(QObject* context, Reply<T> done, std::function<Result<T>(Store&)> work, Access access)
{
    QPointer<QObject> guard(context);
    QMetaObject::invokeMethod(
        m_worker,
        [this, worker = m_worker, guard, done = std::move(done), work = std::move(work), access]() mutable {
            Result<T> result = worker->store() ? work(*worker->store()) : Result<T>(worker->notOpenError());
            if (access == Access::Write && result)
                worker->checkForChanges();
            // Back through this object (on the UI thread) so the guard is read where the context lives.
            QMetaObject::invokeMethod(
                this,
                [guard, done = std::move(done), result = std::move(result)]() mutable {
                    if (guard)
                        done(std::move(result));
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void LocalBackend::run(QObject* context, Done done, std::function<Status(Store&)> work)
{
    run<void>(context, std::move(done), std::move(work), Access::Write);
}

void LocalBackend::isEmpty(QObject* context, Reply<bool> done)
{
    run<bool>(context, std::move(done), [](Store& s) -> Result<bool> {
        auto apps = s.applications().list();
        if (!apps)
            return apps.error();
        auto users = s.users().list();
        if (!users)
            return users.error();
        return apps->isEmpty() && users->isEmpty();
    });
}

void LocalBackend::installDemoData(QObject* context, Reply<DemoDataReport> done)
{
    run<DemoDataReport>(
        context, std::move(done), [ctx = auditContext()](Store& s) { return DemoData::install(s, ctx); },
        Access::Write);
}

void LocalBackend::organizations(QObject* context, Reply<QList<Organization>> done)
{
    run<QList<Organization>>(context, std::move(done), [](Store& s) { return s.organizations().list(); });
}

void LocalBackend::applications(const QString& organizationId, QObject* context, Reply<QList<Application>> done)
{
    run<QList<Application>>(
        context, std::move(done), [organizationId](Store& s) { return s.applications().list(organizationId); });
}

void LocalBackend::application(const QString& ref, QObject* context, Reply<Application> done)
{
    run<Application>(context, std::move(done), [ref](Store& s) { return s.applications().find(ref); });
}

void LocalBackend::createApplication(const Application& app, QObject* context, Reply<SavedApplication> done)
{
    run<SavedApplication>(
        context, std::move(done), [app, ctx = auditContext()](Store& s) { return s.applications().create(app, ctx); },
        Access::Write);
}

void LocalBackend::updateApplication(const Application& app, QObject* context, Reply<SavedApplication> done)
{
    run<SavedApplication>(
        context, std::move(done), [app, ctx = auditContext()](Store& s) { return s.applications().update(app, ctx); },
        Access::Write);
}

void LocalBackend::rotateSecret(const QString& ref, QObject* context, Reply<QString> done)
{
    run<QString>(
        context, std::move(done),
        [ref, ctx = auditContext()](Store& s) { return s.applications().rotateSecret(ref, ctx); }, Access::Write);
}

void LocalBackend::applicationImpact(const QString& ref, QObject* context, Reply<ApplicationImpact> done)
{
    run<ApplicationImpact>(context, std::move(done), [ref](Store& s) { return s.applications().impact(ref); });
}

void LocalBackend::removeApplication(const QString& ref, QObject* context, Reply<ApplicationImpact> done)
{
    run<ApplicationImpact>(
        context, std::move(done), [ref, ctx = auditContext()](Store& s) { return s.applications().remove(ref, ctx); },
        Access::Write);
}

void LocalBackend::resources(const QString& organizationId, QObject* context, Reply<QList<Resource>> done)
{
    run<QList<Resource>>(
        context, std::move(done), [organizationId](Store& s) { return s.resources().list(organizationId); });
}

void LocalBackend::createResource(const Resource& resource, QObject* context, Reply<Resource> done)
{
    run<Resource>(
        context, std::move(done),
        [resource, ctx = auditContext()](Store& s) { return s.resources().create(resource, ctx); }, Access::Write);
}

void LocalBackend::updateResource(const Resource& resource, QObject* context, Reply<Resource> done)
{
    run<Resource>(
        context, std::move(done),
        [resource, ctx = auditContext()](Store& s) { return s.resources().update(resource, ctx); }, Access::Write);
}

void LocalBackend::removeResource(const QString& idOrUri, QObject* context, Done done)
{
    run(context, std::move(done),
        [idOrUri, ctx = auditContext()](Store& s) { return s.resources().remove(idOrUri, ctx); });
}

void LocalBackend::scopes(const QString& organizationId, QObject* context, Reply<QList<Scope>> done)
{
    run<QList<Scope>>(context, std::move(done), [organizationId](Store& s) { return s.scopes().list(organizationId); });
}

void LocalBackend::createScope(const Scope& scope, QObject* context, Reply<Scope> done)
{
    run<Scope>(
        context, std::move(done), [scope, ctx = auditContext()](Store& s) { return s.scopes().create(scope, ctx); },
        Access::Write);
}

void LocalBackend::updateScope(const Scope& scope, QObject* context, Reply<Scope> done)
{
    run<Scope>(
        context, std::move(done), [scope, ctx = auditContext()](Store& s) { return s.scopes().update(scope, ctx); },
        Access::Write);
}

void LocalBackend::removeScope(const QString& id, QObject* context, Done done)
{
    run(context, std::move(done), [id, ctx = auditContext()](Store& s) { return s.scopes().remove(id, ctx); });
}

void LocalBackend::users(const QString& organizationId, QObject* context, Reply<QList<User>> done)
{
    run<QList<User>>(context, std::move(done), [organizationId](Store& s) { return s.users().list(organizationId); });
}

void LocalBackend::createUser(const User& user, const QString& password, QObject* context, Reply<User> done)
{
    run<User>(
        context, std::move(done),
        [user, password, ctx = auditContext()](Store& s) { return s.users().create(user, password, ctx); },
        Access::Write);
}

void LocalBackend::updateUser(const User& user, QObject* context, Reply<User> done)
{
    run<User>(
        context, std::move(done), [user, ctx = auditContext()](Store& s) { return s.users().update(user, ctx); },
        Access::Write);
}

void LocalBackend::setPassword(const QString& userId, const QString& password, QObject* context, Done done)
{
    run(context, std::move(done),
        [userId, password, ctx = auditContext()](Store& s) { return s.users().setPassword(userId, password, ctx); });
}

void LocalBackend::unlockUser(const QString& userId, QObject* context, Done done)
{
    run(context, std::move(done), [userId, ctx = auditContext()](Store& s) { return s.users().unlock(userId, ctx); });
}

void LocalBackend::removeUser(const QString& userId, QObject* context, Done done)
{
    run(context, std::move(done), [userId, ctx = auditContext()](Store& s) { return s.users().remove(userId, ctx); });
}

void LocalBackend::tokenPage(
    const TokenFilter& filter, const TokenPageRequest& request, QObject* context, Reply<TokenPage> done)
{
    run<TokenPage>(context, std::move(done), [filter, request](Store& s) { return s.tokens().page(filter, request); });
}

void LocalBackend::tokenCount(const TokenFilter& filter, QObject* context, Reply<qint64> done)
{
    run<qint64>(context, std::move(done), [filter](Store& s) { return s.tokens().count(filter); });
}

void LocalBackend::token(const QString& id, QObject* context, Reply<Token> done)
{
    run<Token>(context, std::move(done), [id](Store& s) { return s.tokens().find(id); });
}

void LocalBackend::revokeToken(const QString& id, QObject* context, Reply<qint64> done)
{
    run<qint64>(
        context, std::move(done), [id, ctx = auditContext()](Store& s) { return s.tokens().revoke(id, ctx); },
        Access::Write);
}

void LocalBackend::revokeTokens(const TokenFilter& filter, QObject* context, Reply<qint64> done)
{
    run<qint64>(
        context, std::move(done),
        [filter, ctx = auditContext()](Store& s) { return s.tokens().revokeMatching(filter, ctx); }, Access::Write);
}

void LocalBackend::consents(const ConsentFilter& filter, QObject* context, Reply<QList<Consent>> done)
{
    run<QList<Consent>>(context, std::move(done), [filter](Store& s) { return s.consents().list(filter); });
}

void LocalBackend::revokeConsent(const QString& id, QObject* context, Reply<qint64> done)
{
    run<qint64>(
        context, std::move(done), [id, ctx = auditContext()](Store& s) { return s.consents().revoke(id, ctx); },
        Access::Write);
}

void LocalBackend::auditEvents(
    const AuditFilter& filter, qint64 beforeSeq, int limit, QObject* context, Reply<QList<AuditEvent>> done)
{
    run<QList<AuditEvent>>(context, std::move(done),
        [filter, beforeSeq, limit](Store& s) { return s.audit().list(filter, beforeSeq, limit); });
}

void LocalBackend::auditCount(const AuditFilter& filter, QObject* context, Reply<qint64> done)
{
    run<qint64>(context, std::move(done), [filter](Store& s) { return s.audit().count(filter); });
}

void LocalBackend::verifyAudit(QObject* context, Progress progress, Reply<AuditVerifyReport> done)
{
    // Progress is reported from the worker thread; hand each report to the context's thread.
    QPointer<QObject> guard(context);
    auto report = [this, guard, progress](qint64 checked) {
        if (!progress)
            return;
        QMetaObject::invokeMethod(
            this,
            [guard, progress, checked] {
                if (guard)
                    progress(checked);
            },
            Qt::QueuedConnection);
    };
    run<AuditVerifyReport>(context, std::move(done), [report](Store& s) { return s.audit().verify(report); });
}

void LocalBackend::signingKeys(QObject* context, Reply<QList<SigningKey>> done)
{
    run<QList<SigningKey>>(context, std::move(done), [](Store& s) -> Result<QList<SigningKey>> {
        auto keys = s.signingKeys().list();
        if (!keys)
            return keys.error();
        // The views show metadata; sealed private keys stay on the worker thread.
        QList<SigningKey> out = std::move(keys).value();
        for (SigningKey& key : out)
            key.encryptedPrivateKey.clear();
        return out;
    });
}

void LocalBackend::rotateSigningKey(SigningAlgorithm algorithm, QObject* context, Reply<SigningKeyRotation> done)
{
    // The key-encryption key comes from the keychain (asynchronously, on this thread) or the key file,
    // like `mcp-auth key rotate`; then the rotation itself runs on the worker with the store.
    QPointer<QObject> guard(context);
    run<bool>(
        this,
        [this, algorithm, guard, done = std::move(done)](Result<bool> hasKeys) mutable {
            if (!guard)
                return;
            if (!hasKeys) {
                done(hasKeys.error());
                return;
            }
            std::shared_ptr<SecretStore> keychain = KeyEncryptionKey::systemKeychain();
            auto* kek = new KeyEncryptionKey(keychain.get(), m_location, this);
            kek->setStoreHasKeys(*hasKeys);
            connect(kek, &KeyEncryptionKey::finished, this,
                [this, kek, keychain, algorithm, guard, done = std::move(done)](const Result<KekResult>& key) mutable {
                    kek->deleteLater();
                    if (!guard)
                        return;
                    if (!key) {
                        done(key.error());
                        return;
                    }
                    run<SigningKeyRotation>(
                        guard, std::move(done),
                        [algorithm, key = *key, ctx = auditContext()](Store& s) -> Result<SigningKeyRotation> {
                            auto apps = s.applications().list();
                            if (!apps)
                                return apps.error();
                            int longest = apps->isEmpty() ? Application().accessTokenLifetime : 0;
                            for (const Application& app : *apps)
                                longest = qMax(longest, app.accessTokenLifetime);
                            auto ring = KeyRing::open(s, key.key);
                            if (!ring)
                                return ring.error();
                            SigningKeyRotation out;
                            out.previousKid = (*ring)->activeKid(algorithm);
                            out.previousPublishedUntil = SqlValues::nowMs() + qint64(longest) * 1000;
                            out.longestLifetimeSeconds = longest;
                            out.keyEncryptionKey = key.description;
                            if (const Status rotated = (*ring)->rotate(algorithm, out.previousPublishedUntil, ctx);
                                !rotated)
                                return rotated.error();
                            out.kid = (*ring)->activeKid(algorithm);
                            return out;
                        },
                        Access::Write);
                });
            kek->obtain();
        },
        [](Store& s) -> Result<bool> {
            auto keys = s.signingKeys().list();
            if (!keys)
                return keys.error();
            return !keys->isEmpty();
        });
}

void LocalBackend::revokeSigningKey(const QString& kid, QObject* context, Done done)
{
    run(context, std::move(done), [kid, ctx = auditContext()](Store& s) {
        return s.signingKeys().revoke(kid, QDateTime::currentMSecsSinceEpoch(), ctx);
    });
}

void LocalBackend::registrationPolicy(const QString& organizationId, QObject* context, Reply<RegistrationPolicy> done)
{
    run<RegistrationPolicy>(context, std::move(done),
        [organizationId](Store& s) { return s.organizations().registrationPolicy(organizationId); });
}

void LocalBackend::setRegistrationPolicy(
    const QString& organizationId, const RegistrationPolicy& policy, QObject* context, Reply<RegistrationPolicy> done)
{
    run<RegistrationPolicy>(
        context, std::move(done),
        [organizationId, policy, ctx = auditContext()](
            Store& s) { return s.organizations().setRegistrationPolicy(organizationId, policy, ctx); },
        Access::Write);
}

} // namespace mcpauth
