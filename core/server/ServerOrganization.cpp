#include "ServerOrganization.h"

#include "ServerContext.h"
#include "store/Store.h"

namespace mcpauth {

Result<QString> ServerOrganization::id(ServerContext& context)
{
    auto& organizations = context.store.organizations();
    if (!context.settings.organization.isEmpty()) {
        auto org = organizations.find(context.settings.organization);
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
