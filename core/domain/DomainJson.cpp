#include "DomainJson.h"

#include <QDateTime>
#include <QJsonArray>

namespace mcpauth {

QString DomainJson::isoTime(qint64 ms)
{
    return ms == 0 ? QString() : QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QJsonObject DomainJson::toJson(const Organization& o)
{
    return {{QStringLiteral("id"), o.id}, {QStringLiteral("name"), o.name},
        {QStringLiteral("displayName"), o.displayName}, {QStringLiteral("createdAt"), isoTime(o.createdAt)}};
}

QJsonObject DomainJson::toJson(const Application& a)
{
    QStringList grants;
    for (GrantType g : a.grantTypes)
        grants << enumName(kGrantTypeNames, g);
    return {{QStringLiteral("id"), a.id}, {QStringLiteral("organizationId"), a.organizationId},
        {QStringLiteral("name"), a.name}, {QStringLiteral("displayName"), a.displayName},
        {QStringLiteral("description"), a.description}, {QStringLiteral("clientId"), a.clientId},
        {QStringLiteral("clientType"), enumName(kClientTypeNames, a.clientType)},
        {QStringLiteral("tokenEndpointAuthMethod"), enumName(kAuthMethodNames, a.authMethod)},
        {QStringLiteral("redirectUris"), QJsonArray::fromStringList(a.redirectUris)},
        {QStringLiteral("grantTypes"), QJsonArray::fromStringList(grants)},
        {QStringLiteral("pkceRequired"), a.pkceRequired},
        {QStringLiteral("tokenFormat"), enumName(kTokenFormatNames, a.tokenFormat)},
        {QStringLiteral("signingAlgorithm"), enumName(kSigningAlgorithmNames, a.signingAlgorithm)},
        {QStringLiteral("accessTokenLifetime"), a.accessTokenLifetime},
        {QStringLiteral("refreshTokenLifetime"), a.refreshTokenLifetime},
        {QStringLiteral("consentPolicy"), enumName(kConsentPolicyNames, a.consentPolicy)},
        {QStringLiteral("allowedScopes"), QJsonArray::fromStringList(a.allowedScopes)},
        {QStringLiteral("corsOrigins"), QJsonArray::fromStringList(a.corsOrigins)},
        {QStringLiteral("category"), enumName(kAppCategoryNames, a.category)}, {QStringLiteral("type"), a.type},
        {QStringLiteral("createdBy"), enumName(kCreatedByNames, a.createdBy)},
        {QStringLiteral("createdAt"), isoTime(a.createdAt)}, {QStringLiteral("updatedAt"), isoTime(a.updatedAt)}};
}

QJsonObject DomainJson::toJson(const Resource& r)
{
    QJsonObject tools;
    for (auto it = r.toolScopes.cbegin(); it != r.toolScopes.cend(); ++it)
        tools.insert(it.key(), it.value());
    return {{QStringLiteral("id"), r.id}, {QStringLiteral("organizationId"), r.organizationId},
        {QStringLiteral("uri"), r.uri}, {QStringLiteral("displayName"), r.displayName},
        {QStringLiteral("description"), r.description},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(r.scopes)}, {QStringLiteral("toolScopes"), tools},
        {QStringLiteral("createdAt"), isoTime(r.createdAt)}};
}

QJsonObject DomainJson::toJson(const Scope& s)
{
    return {{QStringLiteral("id"), s.id}, {QStringLiteral("organizationId"), s.organizationId},
        {QStringLiteral("name"), s.name}, {QStringLiteral("displayName"), s.displayName},
        {QStringLiteral("description"), s.description}, {QStringLiteral("administratorOnly"), s.administratorOnly}};
}

QJsonObject DomainJson::toJson(const User& u)
{
    return {{QStringLiteral("id"), u.id}, {QStringLiteral("organizationId"), u.organizationId},
        {QStringLiteral("username"), u.username}, {QStringLiteral("displayName"), u.displayName},
        {QStringLiteral("email"), u.email}, {QStringLiteral("disabled"), u.disabled},
        {QStringLiteral("isAdmin"), u.isAdmin}, {QStringLiteral("createdAt"), isoTime(u.createdAt)}};
}

QJsonObject DomainJson::toJson(const Consent& c)
{
    return {{QStringLiteral("id"), c.id}, {QStringLiteral("userId"), c.userId},
        {QStringLiteral("applicationId"), c.applicationId}, {QStringLiteral("resource"), c.resource},
        {QStringLiteral("scopes"), QJsonArray::fromStringList(c.scopes)},
        {QStringLiteral("grantedAt"), isoTime(c.grantedAt)}, {QStringLiteral("revokedAt"), isoTime(c.revokedAt)}};
}

QJsonObject DomainJson::toJson(const Token& t, qint64 nowMs)
{
    return {{QStringLiteral("id"), t.id}, {QStringLiteral("kind"), enumName(kTokenKindNames, t.kind)},
        {QStringLiteral("state"), enumName(kTokenStateNames, t.stateAt(nowMs))},
        {QStringLiteral("applicationId"), t.applicationId}, {QStringLiteral("userId"), t.userId},
        {QStringLiteral("resource"), t.resource}, {QStringLiteral("scopes"), QJsonArray::fromStringList(t.scopes)},
        {QStringLiteral("issuedAt"), isoTime(t.issuedAt)}, {QStringLiteral("expiresAt"), isoTime(t.expiresAt)},
        {QStringLiteral("revokedAt"), isoTime(t.revokedAt)}, {QStringLiteral("familyId"), t.familyId}};
}

QJsonObject DomainJson::toJson(const AuditEvent& e)
{
    return {{QStringLiteral("seq"), e.seq}, {QStringLiteral("time"), isoTime(e.time)},
        {QStringLiteral("actor"), e.actor}, {QStringLiteral("action"), e.action},
        {QStringLiteral("targetType"), e.targetType}, {QStringLiteral("targetId"), e.targetId},
        {QStringLiteral("outcome"), enumName(kAuditOutcomeNames, e.outcome)}, {QStringLiteral("source"), e.source},
        {QStringLiteral("details"), e.details}, {QStringLiteral("prevHash"), e.prevHash},
        {QStringLiteral("hash"), e.hash}};
}

QJsonObject DomainJson::toJson(const SigningKey& k, qint64 nowMs)
{
    return {{QStringLiteral("kid"), k.kid},
        {QStringLiteral("algorithm"), enumName(kSigningAlgorithmNames, k.algorithm)},
        {QStringLiteral("state"), enumName(kKeyStateNames, k.state)},
        {QStringLiteral("published"), k.isPublishedAt(nowMs)}, {QStringLiteral("createdAt"), isoTime(k.createdAt)},
        {QStringLiteral("retiredAt"), isoTime(k.retiredAt)}, {QStringLiteral("publishUntil"), isoTime(k.publishUntil)},
        {QStringLiteral("publicKeyPem"), QString::fromLatin1(k.publicKeyPem)}};
}

} // namespace mcpauth
