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

} // namespace mcpauth
