#include "Backend.h"

namespace mcpauth {

Backend::Backend(QObject* parent)
    : QObject(parent)
{ }

Backend::~Backend() = default;

void Backend::deliver(QObject* context, Done done, Status status)
{
    QMetaObject::invokeMethod(
        context, [done = std::move(done), status = std::move(status)] { done(status); }, Qt::QueuedConnection);
}

void Backend::open(QObject* context, Done done)
{
    deliver(context, std::move(done), Status());
}

Error Backend::unsupported(Capability capability) const
{
    const QString reason = capabilities().reason(capability);
    return Error::make(ErrorCode::Unsupported,
        reason.isEmpty() ? tr("%1 is not available on this backend.").arg(capabilityTitle(capability)) : reason);
}

void Backend::organizations(QObject* context, Reply<QList<Organization>> done)
{
    deliver(context, std::move(done), unsupported(Capability::Organizations));
}

void Backend::applications(const QString&, QObject* context, Reply<QList<Application>> done)
{
    deliver(context, std::move(done), unsupported(Capability::Applications));
}

void Backend::application(const QString&, QObject* context, Reply<Application> done)
{
    deliver(context, std::move(done), unsupported(Capability::Applications));
}

void Backend::createApplication(const Application&, QObject* context, Reply<SavedApplication> done)
{
    deliver(context, std::move(done), unsupported(Capability::ApplicationWrite));
}

void Backend::updateApplication(const Application&, QObject* context, Reply<SavedApplication> done)
{
    deliver(context, std::move(done), unsupported(Capability::ApplicationWrite));
}

void Backend::rotateSecret(const QString&, QObject* context, Reply<QString> done)
{
    deliver(context, std::move(done), unsupported(Capability::SecretRotation));
}

void Backend::applicationImpact(const QString&, QObject* context, Reply<ApplicationImpact> done)
{
    deliver(context, std::move(done), unsupported(Capability::ApplicationWrite));
}

void Backend::removeApplication(const QString&, QObject* context, Reply<ApplicationImpact> done)
{
    deliver(context, std::move(done), unsupported(Capability::ApplicationWrite));
}

void Backend::resources(const QString&, QObject* context, Reply<QList<Resource>> done)
{
    deliver(context, std::move(done), unsupported(Capability::Resources));
}

void Backend::createResource(const Resource&, QObject* context, Reply<Resource> done)
{
    deliver(context, std::move(done), unsupported(Capability::Resources));
}

void Backend::updateResource(const Resource&, QObject* context, Reply<Resource> done)
{
    deliver(context, std::move(done), unsupported(Capability::Resources));
}

void Backend::removeResource(const QString&, QObject* context, Done done)
{
    deliver(context, std::move(done), unsupported(Capability::Resources));
}

void Backend::scopes(const QString&, QObject* context, Reply<QList<Scope>> done)
{
    deliver(context, std::move(done), unsupported(Capability::Scopes));
}

void Backend::createScope(const Scope&, QObject* context, Reply<Scope> done)
{
    deliver(context, std::move(done), unsupported(Capability::Scopes));
}

void Backend::updateScope(const Scope&, QObject* context, Reply<Scope> done)
{
    deliver(context, std::move(done), unsupported(Capability::Scopes));
}

void Backend::removeScope(const QString&, QObject* context, Done done)
{
    deliver(context, std::move(done), unsupported(Capability::Scopes));
}

void Backend::users(const QString&, QObject* context, Reply<QList<User>> done)
{
    deliver(context, std::move(done), unsupported(Capability::Users));
}

void Backend::createUser(const User&, const QString&, QObject* context, Reply<User> done)
{
    deliver(context, std::move(done), unsupported(Capability::Users));
}

void Backend::updateUser(const User&, QObject* context, Reply<User> done)
{
    deliver(context, std::move(done), unsupported(Capability::Users));
}

void Backend::setPassword(const QString&, const QString&, QObject* context, Done done)
{
    deliver(context, std::move(done), unsupported(Capability::Users));
}

void Backend::unlockUser(const QString&, QObject* context, Done done)
{
    deliver(context, std::move(done), unsupported(Capability::Users));
}

void Backend::removeUser(const QString&, QObject* context, Done done)
{
    deliver(context, std::move(done), unsupported(Capability::Users));
}

void Backend::tokenPage(const TokenFilter&, const TokenPageRequest&, QObject* context, Reply<TokenPage> done)
{
    deliver(context, std::move(done), unsupported(Capability::TokenList));
}

void Backend::tokenCount(const TokenFilter&, QObject* context, Reply<qint64> done)
{
    deliver(context, std::move(done), unsupported(Capability::TokenList));
}

void Backend::token(const QString&, QObject* context, Reply<Token> done)
{
    deliver(context, std::move(done), unsupported(Capability::TokenList));
}

void Backend::revokeToken(const QString&, QObject* context, Reply<qint64> done)
{
    deliver(context, std::move(done), unsupported(Capability::TokenRevoke));
}

void Backend::revokeTokens(const TokenFilter&, QObject* context, Reply<qint64> done)
{
    deliver(context, std::move(done), unsupported(Capability::TokenRevoke));
}

void Backend::consents(const ConsentFilter&, QObject* context, Reply<QList<Consent>> done)
{
    deliver(context, std::move(done), unsupported(Capability::Consents));
}

void Backend::revokeConsent(const QString&, QObject* context, Reply<qint64> done)
{
    deliver(context, std::move(done), unsupported(Capability::Consents));
}

void Backend::auditEvents(const AuditFilter&, qint64, int, QObject* context, Reply<QList<AuditEvent>> done)
{
    deliver(context, std::move(done), unsupported(Capability::AuditLog));
}

void Backend::auditCount(const AuditFilter&, QObject* context, Reply<qint64> done)
{
    deliver(context, std::move(done), unsupported(Capability::AuditLog));
}

void Backend::verifyAudit(QObject* context, Progress, Reply<AuditVerifyReport> done)
{
    deliver(context, std::move(done), unsupported(Capability::AuditVerify));
}

void Backend::signingKeys(QObject* context, Reply<QList<SigningKey>> done)
{
    deliver(context, std::move(done), unsupported(Capability::SigningKeys));
}

void Backend::rotateSigningKey(SigningAlgorithm, QObject* context, Reply<SigningKeyRotation> done)
{
    deliver(context, std::move(done), unsupported(Capability::SigningKeys));
}

void Backend::revokeSigningKey(const QString&, QObject* context, Done done)
{
    deliver(context, std::move(done), unsupported(Capability::SigningKeys));
}

void Backend::introspectToken(const QString&, QObject* context, Reply<TokenIntrospection> done)
{
    deliver(context, std::move(done), unsupported(Capability::TokenLookup));
}

void Backend::revokeTokenValue(const QString&, QObject* context, Done done)
{
    deliver(context, std::move(done), unsupported(Capability::TokenRevoke));
}

void Backend::serverDocuments(QObject* context, Reply<ServerDocuments> done)
{
    deliver(context, std::move(done),
        Error::make(ErrorCode::Unsupported, tr("This backend publishes no authorization server metadata.")));
}

void Backend::deleteToken(const QString&, QObject* context, Reply<qint64> done)
{
    deliver(context, std::move(done), unsupported(Capability::TokenDelete));
}

void Backend::registrationPolicy(const QString&, QObject* context, Reply<RegistrationPolicy> done)
{
    deliver(context, std::move(done), unsupported(Capability::RegistrationPolicy));
}

void Backend::setRegistrationPolicy(
    const QString&, const RegistrationPolicy&, QObject* context, Reply<RegistrationPolicy> done)
{
    deliver(context, std::move(done), unsupported(Capability::RegistrationPolicy));
}

QString Backend::difference(const QString&) const
{
    return {};
}

} // namespace mcpauth
