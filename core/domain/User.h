#pragma once

#include "FieldError.h"

#include <QString>

namespace mcpauth {

// A person who signs in at the local authorization server's login page. The password hash is
// never part of this value.
struct User
{
    QString id;
    QString organizationId;
    QString username;
    QString displayName;
    QString email;
    bool disabled = false;
    // May consent to, and be issued, the scopes marked administrator-only (Scope::administratorOnly):
    // the built-in MCP server's write scopes and audit:read. Changes nothing about sign-in.
    bool isAdmin = false;
    qint64 createdAt = 0;

    [[nodiscard]] ValidationErrors validate() const;
    // Password rule shared by the CLI and the GUI: at least 12 characters, at most 1024.
    [[nodiscard]] static ValidationErrors checkPassword(const QString& password);
};

} // namespace mcpauth
