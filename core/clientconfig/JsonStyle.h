#pragma once

#include <QString>

namespace mcpauth {

// How new JSON text is laid out so that it matches the file it goes into: one member per line with
// the file's own indentation unit and line ending, or everything on one line for a compact file.
struct JsonStyle
{
    bool multiline = true;
    QString unit = QStringLiteral("  "); // one level of indentation
    QString newline = QStringLiteral("\n");
};

} // namespace mcpauth
