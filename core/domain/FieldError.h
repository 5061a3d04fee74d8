#pragma once

#include "common/Error.h"

#include <QList>
#include <QString>

namespace mcpauth {

// One refusal of a validation, in words an administrator understands.
struct FieldError
{
    QString field; // the field name as the CLI and the JSON use it (e.g. "redirectUris")
    QString message; // a full sentence that says what is wrong and how to fix it

    friend bool operator==(const FieldError&, const FieldError&) = default;
};

using ValidationErrors = QList<FieldError>;

// All refusals in one Error (InvalidInput), the first field named; messages joined by "; ".
[[nodiscard]] Error validationError(const ValidationErrors& errors);

} // namespace mcpauth
