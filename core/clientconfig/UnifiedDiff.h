#pragma once

#include <QString>

namespace mcpauth {

// A unified diff of two versions of a text file, for the user to review before we write.
// Our edits change one contiguous region, so the lines the versions share at the start and end are
// trimmed and the rest is one hunk with up to `context` lines around it: exact for such edits, and
// linear in the file's size (~/.claude.json grows large), unlike a general LCS diff.
class UnifiedDiff
{
public:
    // Empty when the texts are equal. `oldName` "/dev/null" for a new file.
    [[nodiscard]] static QString diff(const QString& oldText, const QString& newText, const QString& oldName,
        const QString& newName, int context = 3);
};

} // namespace mcpauth
