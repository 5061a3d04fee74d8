#include "Names.h"

#include <QDateTime>
#include <QSet>

namespace mcpauth {

namespace {

constexpr int kMaxNameLength = 64;
constexpr int kMaxScopeLength = 128;

bool isAsciiLetterOrDigit(char32_t cp)
{
    return (cp >= U'a' && cp <= U'z') || (cp >= U'A' && cp <= U'Z') || (cp >= U'0' && cp <= U'9');
}

// C0, DEL and C1, plus the invisible characters that can make text read differently from what it is
// (line/paragraph separators and bidirectional overrides, the "Trojan Source" characters).
bool isControl(char32_t cp)
{
    return cp < 0x20 || (cp >= 0x7F && cp <= 0x9F) || cp == 0x2028 || cp == 0x2029 || (cp >= 0x202A && cp <= 0x202E)
        || (cp >= 0x2066 && cp <= 0x2069);
}

bool isScopeChar(char32_t cp)
{
    return cp == 0x21 || (cp >= 0x23 && cp <= 0x5B) || (cp >= 0x5D && cp <= 0x7E);
}

QString codePointLabel(char32_t cp)
{
    return QStringLiteral("U+%1").arg(QString::number(cp, 16).toUpper(), 4, QLatin1Char('0'));
}

QString describeCodePoint(char32_t cp)
{
    if (cp == U' ')
        return QStringLiteral("a space");
    if (cp == U'\t')
        return QStringLiteral("a tab (U+0009)");
    if (cp == U'\n' || cp == U'\r' || cp == 0x2028 || cp == 0x2029)
        return QStringLiteral("a line break (%1)").arg(codePointLabel(cp));
    if (isControl(cp))
        return QStringLiteral("a control character (%1)").arg(codePointLabel(cp));
    if (QChar::isSpace(cp))
        return QStringLiteral("a special space character (%1)").arg(codePointLabel(cp));
    if (cp == U'\'')
        return QStringLiteral("\"'\"");
    const QString text = QString::fromUcs4(&cp, 1);
    if (cp > 0x7E)
        return QStringLiteral("'%1' (%2)").arg(text, codePointLabel(cp));
    return QStringLiteral("'%1'").arg(text);
}

QString joinWords(const QStringList& items)
{
    if (items.size() <= 1)
        return items.value(0);
    return QStringList(items.mid(0, items.size() - 1)).join(QStringLiteral(", ")) + QStringLiteral(" and ")
        + items.last();
}

// "'/', '?' and a space": the distinct offending characters in order of appearance.
QString describeCodePoints(const QList<char32_t>& cps)
{
    constexpr int kMaxListed = 6;
    QStringList parts;
    for (qsizetype i = 0; i < cps.size() && i < kMaxListed; ++i)
        parts << describeCodePoint(cps.at(i));
    if (cps.size() > kMaxListed)
        parts << QStringLiteral("%1 more").arg(QString::number(cps.size() - kMaxListed));
    return joinWords(parts);
}

QList<char32_t> codePoints(const QString& value)
{
    QList<char32_t> out;
    for (uint cp : value.toUcs4())
        out << static_cast<char32_t>(cp);
    return out;
}

template <typename Pred>
QList<char32_t> distinctWhere(const QString& value, Pred pred)
{
    QList<char32_t> out;
    for (char32_t cp : codePoints(value)) {
        if (pred(cp) && !out.contains(cp))
            out << cp;
    }
    return out;
}

// "displayName" -> "display name": the JSON field name read as words.
QString fieldLabel(const QString& field)
{
    if (field == QLatin1String("username"))
        return QStringLiteral("user name");
    QString out;
    for (QChar c : field) {
        if (c.isUpper()) {
            out += QLatin1Char(' ');
            out += c.toLower();
        } else {
            out += c;
        }
    }
    return out;
}

QString isOrAre(qsizetype count)
{
    return count == 1 ? QStringLiteral("is") : QStringLiteral("are");
}

// A name made from the bad one by replacing what is not allowed, offered as the fix.
QString suggestName(const QString& value)
{
    QString out;
    for (char32_t cp : codePoints(value)) {
        const bool ok = isAsciiLetterOrDigit(cp) || cp == U'.' || cp == U'_' || cp == U'-';
        if (ok)
            out += QChar(static_cast<char16_t>(cp));
        else if (!out.endsWith(QLatin1Char('-')))
            out += QLatin1Char('-');
    }
    while (!out.isEmpty() && !isAsciiLetterOrDigit(out.front().unicode()))
        out.remove(0, 1);
    out.truncate(kMaxNameLength);
    while (!out.isEmpty() && !isAsciiLetterOrDigit(out.back().unicode()))
        out.chop(1);
    return out;
}

ValidationErrors checkFreeText(const QString& field, const QString& value, int maxLength, bool multiLine)
{
    ValidationErrors errors;
    const QString label = fieldLabel(field);
    if (value.size() > maxLength) {
        errors << FieldError{field,
            QStringLiteral("The %1 %2 is %3 characters long; at most %4 are allowed. Shorten it.")
                .arg(label, Names::quoted(value), QString::number(value.size()), QString::number(maxLength))};
    }
    const QList<char32_t> controls = distinctWhere(value, [multiLine](char32_t cp) {
        if (multiLine && (cp == U'\n' || cp == U'\r' || cp == U'\t'))
            return false;
        return isControl(cp);
    });
    if (!controls.isEmpty()) {
        const QString rule = multiLine
            ? QStringLiteral("may contain line breaks and tabs but no other control characters")
            : QStringLiteral("must be a single line without tabs or other control characters");
        errors << FieldError{field,
            QStringLiteral("The %1 %2 contains %3; a %1 %4. Remove %5.")
                .arg(label, Names::quoted(value), describeCodePoints(controls), rule,
                    controls.size() == 1 ? QStringLiteral("it") : QStringLiteral("them"))};
    }
    return errors;
}

} // namespace

QString Names::timeText(qint64 ms)
{
    if (ms <= 0)
        return QString::number(ms);
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(Qt::ISODateWithMs);
}

QString Names::quoted(const QString& value, int maxLength)
{
    QString shown;
    int visible = 0;
    for (char32_t cp : codePoints(value)) {
        if (visible == maxLength) {
            shown += QChar(0x2026);
            break;
        }
        if (isControl(cp))
            shown += QChar(0xFFFD);
        else
            shown += QString::fromUcs4(&cp, 1);
        ++visible;
    }
    return QLatin1Char('\'') + shown + QLatin1Char('\'');
}

ValidationErrors Names::checkName(const QString& field, const QString& value)
{
    ValidationErrors errors;
    const QString label = fieldLabel(field);
    if (value.isEmpty()) {
        errors << FieldError{field,
            QStringLiteral("The %1 is empty. Enter 1 to %2 characters (letters, digits, '.', '_' or '-'), starting "
                           "with a letter or a digit.")
                .arg(label, QString::number(kMaxNameLength))};
        return errors;
    }

    // These have a meaning in URLs, query strings and Casdoor's "owner/name" ids.
    static const QString urlSpecial = QStringLiteral("/?:#&%=+; ");
    const QList<char32_t> bad = distinctWhere(
        value, [](char32_t cp) { return !(isAsciiLetterOrDigit(cp) || cp == U'.' || cp == U'_' || cp == U'-'); });
    if (!bad.isEmpty()) {
        bool anyUrlSpecial = false;
        for (char32_t cp : bad)
            anyUrlSpecial = anyUrlSpecial || (cp < 0x80 && urlSpecial.contains(QChar(static_cast<char16_t>(cp))));
        const QString because = anyUrlSpecial
            ? QStringLiteral(" because names become part of URLs and API paths, where these characters have a special "
                             "meaning")
            : QString();
        const QString suggestion = suggestName(value);
        const QString example
            = suggestion.isEmpty() ? QString() : QStringLiteral(", for example %1").arg(quoted(suggestion));
        errors << FieldError{field,
            QStringLiteral("The %1 %2 contains %3, which %4 not allowed in names%5. Use only letters, digits, '.', '_' "
                           "and '-'%6.")
                .arg(label, quoted(value), describeCodePoints(bad), isOrAre(bad.size()), because, example)};
    }
    if (value.size() > kMaxNameLength) {
        errors << FieldError{field,
            QStringLiteral("The %1 %2 is %3 characters long; names may have at most %4 characters. Shorten it.")
                .arg(label, quoted(value), QString::number(value.size()), QString::number(kMaxNameLength))};
    }
    const QChar first = value.front();
    if (first == QLatin1Char('.') || first == QLatin1Char('_') || first == QLatin1Char('-')) {
        errors << FieldError{field,
            QStringLiteral("The %1 %2 starts with '%3'; names must start with a letter or a digit.")
                .arg(label, quoted(value), QString(first))};
    }
    return errors;
}

bool Names::isScopeToken(const QString& value)
{
    if (value.isEmpty() || value.size() > kMaxScopeLength)
        return false;
    for (QChar c : value) {
        if (!isScopeChar(c.unicode()))
            return false;
    }
    return true;
}

ValidationErrors Names::checkScopeToken(const QString& field, const QString& value)
{
    ValidationErrors errors;
    if (value.isEmpty()) {
        errors << FieldError{field,
            QStringLiteral("A scope name is empty. Enter a single word without spaces, such as application:read.")};
        return errors;
    }
    if (value.contains(QLatin1Char(' '))) {
        QStringList parts;
        for (const QString& part : value.split(QLatin1Char(' '), Qt::SkipEmptyParts))
            parts << quoted(part);
        const QString hint = parts.size() > 1
            ? QStringLiteral(" If you meant several scopes, enter them separately: %1.").arg(joinWords(parts))
            : QStringLiteral(" Remove the space.");
        errors << FieldError{field,
            QStringLiteral("The scope %1 contains a space. OAuth requests separate scopes with spaces (RFC 6749 "
                           "section 3.3), so a single scope cannot contain one.%2")
                .arg(quoted(value), hint)};
    }
    const QList<char32_t> bad = distinctWhere(value, [](char32_t cp) { return cp != U' ' && !isScopeChar(cp); });
    if (!bad.isEmpty()) {
        errors << FieldError{field,
            QStringLiteral("The scope %1 contains %2, which RFC 6749 section 3.3 does not allow in a scope. Use only "
                           "printable ASCII characters other than '\"' and '\\'.")
                .arg(quoted(value), describeCodePoints(bad))};
    }
    if (value.size() > kMaxScopeLength) {
        errors << FieldError{field,
            QStringLiteral("The scope %1 is %2 characters long; scopes may have at most %3 characters. Shorten it.")
                .arg(quoted(value), QString::number(value.size()), QString::number(kMaxScopeLength))};
    }
    return errors;
}

ValidationErrors Names::checkDisplayText(const QString& field, const QString& value, int maxLength)
{
    return checkFreeText(field, value, maxLength, false);
}

ValidationErrors Names::checkDescription(const QString& field, const QString& value, int maxLength)
{
    return checkFreeText(field, value, maxLength, true);
}

ValidationErrors Names::checkScopeList(const QString& field, const QStringList& scopes)
{
    ValidationErrors errors;
    QSet<QString> seen;
    for (qsizetype i = 0; i < scopes.size(); ++i) {
        const QString& scope = scopes.at(i);
        if (scope.isEmpty()) {
            errors << FieldError{field,
                QStringLiteral("Scope %1 in the list is empty. Remove the empty entry or enter a scope name such as "
                               "application:read.")
                    .arg(QString::number(i + 1))};
            continue;
        }
        errors << checkScopeToken(field, scope);
        if (seen.contains(scope)) {
            const qsizetype firstIndex = scopes.indexOf(scope);
            errors << FieldError{field,
                QStringLiteral("The scope %1 is listed more than once (entries %2 and %3). Remove the repeated entry.")
                    .arg(quoted(scope), QString::number(firstIndex + 1), QString::number(i + 1))};
        }
        seen.insert(scope);
    }
    return errors;
}

ValidationErrors Names::checkIdentifier(const QString& field, const QString& label, const QString& value, int minLength,
    int maxLength, const QString& extraChars)
{
    ValidationErrors errors;
    QStringList allowedExtra;
    for (QChar c : extraChars)
        allowedExtra << QStringLiteral("'%1'").arg(c);
    const QString allowed = QStringLiteral("letters, digits, %1").arg(joinWords(allowedExtra));
    if (value.isEmpty()) {
        errors << FieldError{field,
            QStringLiteral("The %1 is empty. Enter %2 to %3 characters: %4.")
                .arg(label, QString::number(minLength), QString::number(maxLength), allowed)};
        return errors;
    }
    const QList<char32_t> bad = distinctWhere(value, [&extraChars](char32_t cp) {
        return !(isAsciiLetterOrDigit(cp) || (cp < 0x80 && extraChars.contains(QChar(static_cast<char16_t>(cp)))));
    });
    if (!bad.isEmpty()) {
        errors << FieldError{field,
            QStringLiteral("The %1 %2 contains %3, which %4 not allowed. Use only %5.")
                .arg(label, quoted(value), describeCodePoints(bad), isOrAre(bad.size()), allowed)};
    }
    if (value.size() < minLength) {
        errors << FieldError{field,
            QStringLiteral("The %1 %2 is only %3 characters long; it must have at least %4.")
                .arg(label, quoted(value), QString::number(value.size()), QString::number(minLength))};
    }
    if (value.size() > maxLength) {
        errors << FieldError{field,
            QStringLiteral("The %1 %2 is %3 characters long; it may have at most %4. Shorten it.")
                .arg(label, quoted(value), QString::number(value.size()), QString::number(maxLength))};
    }
    return errors;
}

} // namespace mcpauth
