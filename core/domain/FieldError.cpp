#include "FieldError.h"

#include <QStringList>

namespace mcpauth {

Error validationError(const ValidationErrors& errors)
{
    if (errors.isEmpty())
        return Error::make(ErrorCode::Internal, QStringLiteral("validation failed without a reason"));
    QStringList parts;
    for (const FieldError& e : errors)
        parts << e.message;
    return Error::invalid(errors.first().field, parts.join(QStringLiteral("; ")));
}

} // namespace mcpauth
