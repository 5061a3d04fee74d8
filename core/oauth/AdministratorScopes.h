#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace mcpauth {

class ScopeRepository;
struct User;

// The rule that keeps the scopes which administer the server for administrators: a scope marked
// administrator-only (Scope::administratorOnly) is consented to and issued only to a user who is an
// administrator (User::isAdmin). Everyone else gets the rest of what was asked for, so that a
// client asking for too much still works with less; the token's scope tells it what it got.
// Used wherever a user's grant is decided or renewed: the authorization endpoint (the consent page
// names what was withheld), the token endpoint (a code or refresh token of a user who is no longer
// an administrator loses those scopes), and the built-in MCP server's tools.
class AdministratorScopes
{
public:
    struct Split
    {
        QStringList granted; // in the order asked
        QStringList withheld; // administrator-only scopes the user may not hold
    };

    // `scopes` of a resource of `organizationId`, for `user`. Fails only when the store does.
    [[nodiscard]] static Result<Split> forUser(
        const ScopeRepository& repository, const QString& organizationId, const User& user, const QStringList& scopes);
    // The same, with the organization's administrator-only scope names already at hand.
    [[nodiscard]] static Split split(
        const QStringList& scopes, const QStringList& administratorOnly, bool administrator);
};

} // namespace mcpauth
