#pragma once

#include "BackendCapabilities.h"
#include "ServerDocuments.h"
#include "SigningKeyRotation.h"
#include "TokenIntrospection.h"
#include "common/Result.h"
#include "domain/Application.h"
#include "domain/AuditEvent.h"
#include "domain/Consent.h"
#include "domain/Organization.h"
#include "domain/RegistrationPolicy.h"
#include "domain/Resource.h"
#include "domain/Scope.h"
#include "domain/SigningKey.h"
#include "domain/User.h"
#include "store/ApplicationRepository.h"
#include "store/AuditLog.h"
#include "store/ConsentRepository.h"
#include "store/TokenRepository.h"

#include <QObject>
#include <QPointer>
#include <functional>
#include <type_traits>

namespace mcpauth {

enum class BackendKind { LocalSqlite, LocalPostgres, Casdoor, Standards };

// Where every view and the CLI's remote mode get and change data: the local store (LocalBackend),
// Casdoor, or a standards-based authorization server. Views never see SQL or HTTP.
//
// Every call is asynchronous: the work runs off the UI thread (a worker thread's own database
// connection, or the network) and `done` is called once, on the thread of `context`, unless `context`
// was destroyed meanwhile. What a backend cannot do answers ErrorCode::Unsupported with the reason of
// its capabilities, so a view that forgot to ask still shows a sentence.
class Backend : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(Backend)

public:
    template <typename T>
    using Reply = std::function<void(Result<T>)>;
    using Done = std::function<void(Status)>;
    // Progress of a long call (chain verification, bulk revocation): items done so far.
    using Progress = std::function<void(qint64 done)>;

    explicit Backend(QObject* parent = nullptr);
    ~Backend() override;

    [[nodiscard]] virtual BackendKind kind() const = 0;
    // What the status bar shows: "Local SQLite: /home/alice/.local/share/mcp-auth/store.db".
    [[nodiscard]] virtual QString displayName() const = 0;
    // Who changes are made as (the audit log's actor): "console:alice", a Casdoor client id, ….
    [[nodiscard]] virtual QString actor() const = 0;
    [[nodiscard]] virtual BackendCapabilities capabilities() const = 0;

    // Connects (opens the store, checks the credentials) before the first call; by default at once.
    virtual void open(QObject* context, Done done);

    virtual void organizations(QObject* context, Reply<QList<Organization>> done);

    virtual void applications(const QString& organizationId, QObject* context, Reply<QList<Application>> done);
    virtual void application(const QString& ref, QObject* context, Reply<Application> done);
    // The generated client secret (confidential clients) comes back once, in SavedApplication.
    virtual void createApplication(const Application& app, QObject* context, Reply<SavedApplication> done);
    virtual void updateApplication(const Application& app, QObject* context, Reply<SavedApplication> done);
    virtual void rotateSecret(const QString& ref, QObject* context, Reply<QString> done);
    // What deleting would take with it, for the confirmation.
    virtual void applicationImpact(const QString& ref, QObject* context, Reply<ApplicationImpact> done);
    virtual void removeApplication(const QString& ref, QObject* context, Reply<ApplicationImpact> done);

    virtual void resources(const QString& organizationId, QObject* context, Reply<QList<Resource>> done);
    virtual void createResource(const Resource& resource, QObject* context, Reply<Resource> done);
    virtual void updateResource(const Resource& resource, QObject* context, Reply<Resource> done);
    virtual void removeResource(const QString& idOrUri, QObject* context, Done done);

    virtual void scopes(const QString& organizationId, QObject* context, Reply<QList<Scope>> done);
    virtual void createScope(const Scope& scope, QObject* context, Reply<Scope> done);
    virtual void updateScope(const Scope& scope, QObject* context, Reply<Scope> done);
    virtual void removeScope(const QString& id, QObject* context, Done done);

    virtual void users(const QString& organizationId, QObject* context, Reply<QList<User>> done);
    virtual void createUser(const User& user, const QString& password, QObject* context, Reply<User> done);
    virtual void updateUser(const User& user, QObject* context, Reply<User> done);
    virtual void setPassword(const QString& userId, const QString& password, QObject* context, Done done);
    virtual void unlockUser(const QString& userId, QObject* context, Done done);
    virtual void removeUser(const QString& userId, QObject* context, Done done);

    virtual void tokenPage(
        const TokenFilter& filter, const TokenPageRequest& request, QObject* context, Reply<TokenPage> done);
    virtual void tokenCount(const TokenFilter& filter, QObject* context, Reply<qint64> done);
    virtual void token(const QString& id, QObject* context, Reply<Token> done);
    // How many tokens were revoked (a refresh token takes its family with it).
    virtual void revokeToken(const QString& id, QObject* context, Reply<qint64> done);
    virtual void revokeTokens(const TokenFilter& filter, QObject* context, Reply<qint64> done);

    virtual void consents(const ConsentFilter& filter, QObject* context, Reply<QList<Consent>> done);
    virtual void revokeConsent(const QString& id, QObject* context, Reply<qint64> done);

    // Newest first: events with seq < beforeSeq (0: from the newest).
    virtual void auditEvents(
        const AuditFilter& filter, qint64 beforeSeq, int limit, QObject* context, Reply<QList<AuditEvent>> done);
    virtual void auditCount(const AuditFilter& filter, QObject* context, Reply<qint64> done);
    virtual void verifyAudit(QObject* context, Progress progress, Reply<AuditVerifyReport> done);

    virtual void signingKeys(QObject* context, Reply<QList<SigningKey>> done);
    // A new active key for `algorithm`; the old one is retired and stays published until the tokens it
    // signed have expired (the longest access-token lifetime).
    virtual void rotateSigningKey(SigningAlgorithm algorithm, QObject* context, Reply<SigningKeyRotation> done);
    // A retired key out of the JWKS now (a leaked key): tokens it signed stop verifying at once.
    virtual void revokeSigningKey(const QString& kid, QObject* context, Done done);

    // A pasted token (not its id) looked up with the server, RFC 7662 introspection (TokenLookup).
    virtual void introspectToken(const QString& token, QObject* context, Reply<TokenIntrospection> done);
    // A pasted token revoked at the server, RFC 7009 (TokenRevoke). The server answers the same whether
    // or not it knew the token, so success means "not usable any more", never "was found".
    virtual void revokeTokenValue(const QString& token, QObject* context, Done done);
    // The authorization server's published metadata and JWKS.
    virtual void serverDocuments(QObject* context, Reply<ServerDocuments> done);
    // Deletes a token's record outright (Casdoor's delete-token), where revokeToken keeps the row and
    // marks it; how many were deleted.
    virtual void deleteToken(const QString& id, QObject* context, Reply<qint64> done);
    // Who may register clients dynamically with an organization (RFC 7591).
    virtual void registrationPolicy(const QString& organizationId, QObject* context, Reply<RegistrationPolicy> done);
    virtual void setRegistrationPolicy(const QString& organizationId, const RegistrationPolicy& policy,
        QObject* context, Reply<RegistrationPolicy> done);
    // What this backend does differently from the console's own server at one place of the UI, as a
    // sentence to show there; empty when nothing differs. Topics: "application.consentPolicy",
    // "application.redirectUris", "application.pkceRequired", "application.corsOrigins", "token.revoke",
    // "application.lifetimes", "consents", "audit".
    [[nodiscard]] virtual QString difference(const QString& topic) const;
    // The token lifetimes this backend's applications may have (the editor's limits); the local
    // server's policy unless the backend accepts others.
    [[nodiscard]] virtual ApplicationLimits applicationLimits() const { return {}; }

Q_SIGNALS:
    // Something changed: through this backend, or elsewhere when the backend can tell (LiveUpdates).
    // `auditSeq` is the newest audit event's sequence number when known, else 0.
    void dataChanged(qint64 auditSeq);

protected:
    // Calls `done` on the context's thread later, unless the context is gone.
    template <typename T>
    static void deliver(QObject* context, Reply<T> done, std::type_identity_t<Result<T>> result)
    {
        QMetaObject::invokeMethod(
            context, [done = std::move(done), result = std::move(result)]() mutable { done(std::move(result)); },
            Qt::QueuedConnection);
    }
    static void deliver(QObject* context, Done done, Status status);
    [[nodiscard]] Error unsupported(Capability capability) const;
};

} // namespace mcpauth
