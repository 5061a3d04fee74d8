#include "AdministratorScopes.h"

#include "domain/User.h"
#include "store/ScopeRepository.h"

namespace mcpauth {

AdministratorScopes::Split AdministratorScopes::split(
    const QStringList& scopes, const QStringList& administratorOnly, bool administrator)
{
    Split out;
    for (const QString& s : scopes) {
        if (!administrator && administratorOnly.contains(s))
            out.withheld << s;
        else
            out.granted << s;
    }
    return out;
}

Result<AdministratorScopes::Split> AdministratorScopes::forUser(
    const ScopeRepository& repository, const QString& organizationId, const User& user, const QStringList& scopes)
{
    if (user.isAdmin)
        return Split{scopes, {}};
    auto adminOnly = repository.administratorOnly(organizationId);
    if (!adminOnly)
        return adminOnly.error();
    return split(scopes, *adminOnly, false);
}

} // namespace mcpauth
