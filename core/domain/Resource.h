#pragma once

#include "FieldError.h"

#include <QMap>
#include <QString>
#include <QStringList>

namespace mcpauth {

// An MCP server protected by the authorization server. Its URI is the RFC 8707 resource indicator
// that becomes the token's `aud`.
struct Resource
{
    QString id;
    QString organizationId;
    QString uri; // canonical: absolute, lowercase scheme and host, no fragment
    QString displayName;
    QString description;
    QStringList scopes; // names of the scopes this server supports
    QMap<QString, QString> toolScopes; // tool name -> scope it requires
    qint64 createdAt = 0;

    [[nodiscard]] ValidationErrors validate() const;
    // Checks a URI against RFC 8707 and the MCP canonical-URI rules; empty when it is canonical.
    [[nodiscard]] static ValidationErrors checkCanonicalUri(const QString& field, const QString& uri);
};

} // namespace mcpauth
