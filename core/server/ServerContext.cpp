#include "ServerContext.h"

#include "http/HttpRequest.h"
#include "store/Store.h"

#include <QUrl>

namespace mcpauth {

QString ServerContext::mcpResourceAlias() const
{
    // With --issuer the URL clients use is the administrator's to choose, and off loopback
    // "localhost" is not this server.
    if (issuer.isEmpty() || !settings.issuer.isEmpty() || !settings.address.isLoopback())
        return {};
    QUrl url(issuer);
    url.setHost(QStringLiteral("localhost"));
    return url.toString(QUrl::FullyEncoded) + QStringLiteral("/mcp");
}

QString ServerContext::mcpResourceFor(const HttpRequest& request) const
{
    // QUrl keeps the Host header's name in lower case; only localhost:PORT of this very port counts.
    if (request.url.host() != QLatin1String("localhost") || request.url.port() != QUrl(issuer).port())
        return mcpResource();
    const QString alias = mcpResourceAlias();
    return alias.isEmpty() ? mcpResource() : alias;
}

Result<QString> ServerContext::serverOrganizationId()
{
    auto& organizations = store.organizations();
    if (!settings.organization.isEmpty()) {
        auto org = organizations.find(settings.organization);
        if (!org)
            return org.error();
        return org->id;
    }
    auto all = organizations.list();
    if (!all)
        return all.error();
    if (all->isEmpty()) {
        auto created = organizations.create(
            Organization{{}, QStringLiteral("default"), QStringLiteral("Default organization"), 0},
            AuditContext{QStringLiteral("server"), QStringLiteral("server")});
        if (!created)
            return created.error();
        return created->id;
    }
    const Organization* oldest = &all->first();
    for (const Organization& o : *all) {
        if (o.createdAt < oldest->createdAt)
            oldest = &o;
    }
    return oldest->id;
}

} // namespace mcpauth
