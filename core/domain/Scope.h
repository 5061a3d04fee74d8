#pragma once

#include "FieldError.h"

#include <QString>

namespace mcpauth {

struct Scope
{
    QString id;
    QString organizationId;
    QString name; // RFC 6749 scope-token, e.g. application:read
    QString displayName;
    QString description;

    [[nodiscard]] ValidationErrors validate() const;
};

} // namespace mcpauth
