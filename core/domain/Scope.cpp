#include "Scope.h"

#include "Names.h"

namespace mcpauth {

ValidationErrors Scope::validate() const
{
    ValidationErrors errors;
    errors << Names::checkScopeToken(QStringLiteral("name"), name);
    errors << Names::checkDisplayText(QStringLiteral("displayName"), displayName, 100);
    errors << Names::checkDescription(QStringLiteral("description"), description, 1000);
    return errors;
}

} // namespace mcpauth
