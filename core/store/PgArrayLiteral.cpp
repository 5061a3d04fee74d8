#include "PgArrayLiteral.h"

namespace mcpauth {

void PgArrayLiteral::separator()
{
    if (!m_empty)
        m_text += QLatin1Char(',');
    m_empty = false;
}

void PgArrayLiteral::append(const QString& text)
{
    separator();
    m_text += QLatin1Char('"');
    for (const QChar c : text) {
        // Inside a quoted element only the backslash and the double quote need escaping.
        if (c == QLatin1Char('\\') || c == QLatin1Char('"'))
            m_text += QLatin1Char('\\');
        m_text += c;
    }
    m_text += QLatin1Char('"');
}

void PgArrayLiteral::append(qint64 number)
{
    separator();
    m_text += QString::number(number);
}

void PgArrayLiteral::appendNull()
{
    separator();
    m_text += QLatin1String("NULL");
}

} // namespace mcpauth
