#include "UnifiedDiff.h"

#include <QStringList>
#include <algorithm>

namespace mcpauth {

namespace {

// Lines with their terminators, so that a missing newline at the end is visible.
QStringList splitLines(const QString& text)
{
    QStringList lines;
    qsizetype start = 0;
    while (start < text.size()) {
        const qsizetype nl = text.indexOf(QLatin1Char('\n'), start);
        const qsizetype end = nl < 0 ? text.size() : nl + 1;
        lines << text.mid(start, end - start);
        start = end;
    }
    return lines;
}

QString range(qsizetype start, qsizetype count)
{
    // An empty range names the line before it (GNU diff).
    const qsizetype first = count == 0 ? start : start + 1;
    return count == 1 ? QString::number(first) : QStringLiteral("%1,%2").arg(first).arg(count);
}

void appendLine(QString& out, QChar prefix, const QString& line)
{
    out += prefix;
    if (line.endsWith(QLatin1Char('\n'))) {
        out += line;
    } else {
        out += line + QStringLiteral("\n\\ No newline at end of file\n");
    }
}

} // namespace

QString UnifiedDiff::diff(
    const QString& oldText, const QString& newText, const QString& oldName, const QString& newName, int context)
{
    if (oldText == newText)
        return {};
    const QStringList a = splitLines(oldText);
    const QStringList b = splitLines(newText);
    qsizetype prefix = 0;
    while (prefix < a.size() && prefix < b.size() && a[prefix] == b[prefix])
        ++prefix;
    qsizetype suffix = 0;
    while (suffix < a.size() - prefix && suffix < b.size() - prefix
        && a[a.size() - 1 - suffix] == b[b.size() - 1 - suffix])
        ++suffix;
    const qsizetype before = std::min<qsizetype>(prefix, context);
    const qsizetype after = std::min<qsizetype>(suffix, context);
    const qsizetype aStart = prefix - before;
    const qsizetype aCount = a.size() - prefix - suffix + before + after;
    const qsizetype bCount = b.size() - prefix - suffix + before + after;

    QString out = QStringLiteral("--- %1\n+++ %2\n@@ -%3 +%4 @@\n")
                      .arg(oldName, newName, range(aStart, aCount), range(aStart, bCount));
    for (qsizetype i = aStart; i < prefix; ++i)
        appendLine(out, QLatin1Char(' '), a[i]);
    for (qsizetype i = prefix; i < a.size() - suffix; ++i)
        appendLine(out, QLatin1Char('-'), a[i]);
    for (qsizetype i = prefix; i < b.size() - suffix; ++i)
        appendLine(out, QLatin1Char('+'), b[i]);
    for (qsizetype i = a.size() - suffix; i < a.size() - suffix + after; ++i)
        appendLine(out, QLatin1Char(' '), a[i]);
    return out;
}

} // namespace mcpauth
