#pragma once

#include "FieldError.h"

#include <QString>
#include <QStringList>

namespace mcpauth {

// A user's grant of scopes on a resource to an application.
struct Consent
{
    QString id;
    QString userId;
    QString applicationId;
    QString resource; // resource URI
    QStringList scopes;
    qint64 grantedAt = 0;
    qint64 revokedAt = 0; // 0 while in force

    [[nodiscard]] bool isRevoked() const { return revokedAt != 0; }
    [[nodiscard]] ValidationErrors validate() const;
};

} // namespace mcpauth
