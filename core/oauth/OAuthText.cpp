#include "OAuthText.h"

namespace mcpauth {

QString OAuthText::echo(const QString& value)
{
    QString out = value.left(kMaxEcho);
    for (QChar& c : out) {
        const char16_t u = c.unicode();
        if (u < 0x20 || u > 0x7e || u == u'"' || u == u'\\')
            c = QLatin1Char('?');
    }
    if (value.size() > kMaxEcho)
        out += QStringLiteral("...");
    return out;
}

QString OAuthText::formError(const Error& error)
{
    // FormData's own message quotes the name with '"', which error_description may not hold.
    return QStringLiteral("The parameter '%1' was sent more than once (RFC 6749 section 3.1).").arg(echo(error.field));
}

QString OAuthText::severalResources()
{
    return QStringLiteral("The request names resource more than once. This server issues the tokens of one grant for "
                          "one resource only: send one resource parameter, and ask again for each other resource.");
}

} // namespace mcpauth
