#include "Organization.h"

#include "Names.h"

namespace mcpauth {

ValidationErrors Organization::validate() const
{
    ValidationErrors errors;
    errors << Names::checkName(QStringLiteral("name"), name);
    errors << Names::checkDisplayText(QStringLiteral("displayName"), displayName, 200);
    return errors;
}

} // namespace mcpauth
