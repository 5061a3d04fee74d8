#pragma once

#include "Backend.h"
#include "LocalStoreWorker.h"
#include "demo/DemoData.h"

#include <QThread>

namespace mcpauth {

// The local store (SQLite or PostgreSQL) as a Backend. The store lives on a worker thread with its own
// connection, so no query ever runs on the UI thread; calls are served one at a time in order. The audit
// head is polled once a second, so changes made by the local server or the CLI reach the views.
class LocalBackend final : public Backend
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LocalBackend)

public:
    LocalBackend(const DatabaseLocation& location, const StoreOpenOptions& options, QObject* parent = nullptr);
    ~LocalBackend() override;

    // Opens the store (and brings its schema up to date) on the worker thread. Calls made before it
    // finished wait behind it; if it failed, they fail with its error.
    void open(QObject* context, Done done) override;

    [[nodiscard]] BackendKind kind() const override;
    [[nodiscard]] QString displayName() const override;
    [[nodiscard]] QString actor() const override;
    [[nodiscard]] BackendCapabilities capabilities() const override;
    [[nodiscard]] const DatabaseLocation& location() const { return m_location; }

    // The first start on an empty store offers these (local backend only).
    void isEmpty(QObject* context, Reply<bool> done);
    void installDemoData(QObject* context, Reply<DemoDataReport> done);

    void organizations(QObject* context, Reply<QList<Organization>> done) override;

    void applications(const QString& organizationId, QObject* context, Reply<QList<Application>> done) override;
    void application(const QString& ref, QObject* context, Reply<Application> done) override;
    void createApplication(const Application& app, QObject* context, Reply<SavedApplication> done) override;
    void updateApplication(const Application& app, QObject* context, Reply<SavedApplication> done) override;
    void rotateSecret(const QString& ref, QObject* context, Reply<QString> done) override;
    void applicationImpact(const QString& ref, QObject* context, Reply<ApplicationImpact> done) override;
    void removeApplication(const QString& ref, QObject* context, Reply<ApplicationImpact> done) override;

    void resources(const QString& organizationId, QObject* context, Reply<QList<Resource>> done) override;
    void createResource(const Resource& resource, QObject* context, Reply<Resource> done) override;
    void updateResource(const Resource& resource, QObject* context, Reply<Resource> done) override;
    void removeResource(const QString& idOrUri, QObject* context, Done done) override;

    void scopes(const QString& organizationId, QObject* context, Reply<QList<Scope>> done) override;
    void createScope(const Scope& scope, QObject* context, Reply<Scope> done) override;
    void updateScope(const Scope& scope, QObject* context, Reply<Scope> done) override;
    void removeScope(const QString& id, QObject* context, Done done) override;

    void users(const QString& organizationId, QObject* context, Reply<QList<User>> done) override;
    void createUser(const User& user, const QString& password, QObject* context, Reply<User> done) override;
    void updateUser(const User& user, QObject* context, Reply<User> done) override;
    void setPassword(const QString& userId, const QString& password, QObject* context, Done done) override;
    void unlockUser(const QString& userId, QObject* context, Done done) override;
    void removeUser(const QString& userId, QObject* context, Done done) override;

    void tokenPage(
        const TokenFilter& filter, const TokenPageRequest& request, QObject* context, Reply<TokenPage> done) override;
    void tokenCount(const TokenFilter& filter, QObject* context, Reply<qint64> done) override;
    void token(const QString& id, QObject* context, Reply<Token> done) override;
    void revokeToken(const QString& id, QObject* context, Reply<qint64> done) override;
    void revokeTokens(const TokenFilter& filter, QObject* context, Reply<qint64> done) override;

    void consents(const ConsentFilter& filter, QObject* context, Reply<QList<Consent>> done) override;
    void revokeConsent(const QString& id, QObject* context, Reply<qint64> done) override;

    void auditEvents(const AuditFilter& filter, qint64 beforeSeq, int limit, QObject* context,
        Reply<QList<AuditEvent>> done) override;
    void auditCount(const AuditFilter& filter, QObject* context, Reply<qint64> done) override;
    void verifyAudit(QObject* context, Progress progress, Reply<AuditVerifyReport> done) override;

    void signingKeys(QObject* context, Reply<QList<SigningKey>> done) override;
    void rotateSigningKey(SigningAlgorithm algorithm, QObject* context, Reply<SigningKeyRotation> done) override;
    void revokeSigningKey(const QString& kid, QObject* context, Done done) override;
    void registrationPolicy(const QString& organizationId, QObject* context, Reply<RegistrationPolicy> done) override;
    void setRegistrationPolicy(const QString& organizationId, const RegistrationPolicy& policy, QObject* context,
        Reply<RegistrationPolicy> done) override;

private:
    enum class Access { Read, Write };

    // Runs `work` on the worker thread with the open store, then `done` on the context's thread. After a
    // write, the audit head is read at once so views refresh without waiting for the poll.
    template <typename T>
    void run(QObject* context, Reply<T> done, std::function<Result<T>(Store&)> work, Access access = Access::Read);
    void run(QObject* context, Done done, std::function<Status(Store&)> work);

    [[nodiscard]] AuditContext auditContext() const;

    DatabaseLocation m_location;
    QThread m_thread;
    LocalStoreWorker* m_worker = nullptr; // lives on m_thread
    QString m_actor;
};

} // namespace mcpauth
