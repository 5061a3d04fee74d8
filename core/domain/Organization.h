#pragma once

#include "FieldError.h"

#include <QString>

namespace mcpauth {

struct Organization
{
    QString id;
    QString name;
    QString displayName;
    qint64 createdAt = 0; // ms since the epoch, UTC

    [[nodiscard]] ValidationErrors validate() const;
};

} // namespace mcpauth
