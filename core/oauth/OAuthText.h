#pragma once

#include "common/Error.h"

#include <QString>

namespace mcpauth {

// Request values quoted back in an error_description: RFC 6749 section 5.2 allows only printable
// ASCII without '"' and '\' there, and an echo of attacker-chosen input should stay short.
class OAuthText
{
public:
    static constexpr qsizetype kMaxEcho = 100;

    // The value with every other character replaced by '?', cut to kMaxEcho characters.
    [[nodiscard]] static QString echo(const QString& value);
    // The error_description for a body FormData::parse() refused (a parameter sent twice).
    [[nodiscard]] static QString formError(const Error& error);
    // The invalid_target description for a request naming `resource` more than once: RFC 8707 section 2
    // allows several, but this server binds each grant to one resource.
    [[nodiscard]] static QString severalResources();
};

} // namespace mcpauth
