#pragma once

#include "EnumText.h"
#include "FieldError.h"

#include <QString>
#include <QStringList>

namespace mcpauth {

enum class RegistrationMode { Open, OpenRestricted, Admin };

inline constexpr EnumNames<RegistrationMode, 3> kRegistrationModeNames{{
    {RegistrationMode::Open, "open"},
    {RegistrationMode::OpenRestricted, "open-restricted"},
    {RegistrationMode::Admin, "admin"},
}};

// Who may register clients with an organization through dynamic client registration (RFC 7591):
//  - open: anyone who can reach the registration endpoint;
//  - open-restricted: anyone, but every redirect URI must match one of `redirectPatterns`
//    (syntax: RedirectUriRules::validatePattern);
//  - admin: only a caller presenting an initial access token the administrator created (RFC 7591
//    section 3), unexpired and unrevoked.
struct RegistrationPolicy
{
    RegistrationMode mode = RegistrationMode::Open;
    QStringList redirectPatterns;

    static constexpr qsizetype kMaxPatterns = 100;

    [[nodiscard]] ValidationErrors validate() const;
    // Under open-restricted: does the redirect URI match a pattern? Always true under the other modes.
    [[nodiscard]] bool allowsRedirect(const QString& uri) const;
};

} // namespace mcpauth
