#include "JsonTextEditor.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <algorithm>
#include <functional>

namespace mcpauth {

namespace {

const QChar kBom(0xFEFF);

struct Member
{
    QString key;
    qsizetype keyStart = 0;
    qsizetype valueStart = 0;
    qsizetype valueEnd = 0; // one past the value
};

struct ObjectSpan
{
    qsizetype open = 0; // the '{'
    qsizetype close = 0; // the '}'
    QList<Member> members;
};

bool isWs(QChar c)
{
    return c == QLatin1Char(' ') || c == QLatin1Char('\t') || c == QLatin1Char('\n') || c == QLatin1Char('\r');
}

qsizetype skipWs(const QString& t, qsizetype i)
{
    while (i < t.size() && isWs(t[i]))
        ++i;
    return i;
}

qsizetype skipString(const QString& t, qsizetype i)
{
    for (++i; i < t.size(); ++i) {
        if (t[i] == QLatin1Char('\\'))
            ++i;
        else if (t[i] == QLatin1Char('"'))
            return i + 1;
    }
    return i;
}

qsizetype skipValue(const QString& t, qsizetype i)
{
    if (i >= t.size())
        return i;
    if (t[i] == QLatin1Char('"'))
        return skipString(t, i);
    if (t[i] == QLatin1Char('{') || t[i] == QLatin1Char('[')) {
        int depth = 0;
        while (i < t.size()) {
            const QChar c = t[i];
            if (c == QLatin1Char('"')) {
                i = skipString(t, i);
                continue;
            }
            if (c == QLatin1Char('{') || c == QLatin1Char('['))
                ++depth;
            else if ((c == QLatin1Char('}') || c == QLatin1Char(']')) && --depth == 0)
                return i + 1;
            ++i;
        }
        return i;
    }
    while (
        i < t.size() && !isWs(t[i]) && t[i] != QLatin1Char(',') && t[i] != QLatin1Char('}') && t[i] != QLatin1Char(']'))
        ++i;
    return i;
}

// A key as its JSON string literal says it, escapes resolved.
QString decodeString(const QString& literal)
{
    const QJsonDocument doc = QJsonDocument::fromJson((QLatin1Char('[') + literal + QLatin1Char(']')).toUtf8());
    return doc.array().at(0).toString();
}

QJsonValue decodeValue(const QString& literal)
{
    const QJsonDocument doc = QJsonDocument::fromJson((QLatin1Char('[') + literal + QLatin1Char(']')).toUtf8());
    return doc.array().at(0);
}

ObjectSpan scanObject(const QString& t, qsizetype open)
{
    ObjectSpan span;
    span.open = open;
    qsizetype i = skipWs(t, open + 1);
    while (i < t.size() && t[i] == QLatin1Char('"')) {
        Member m;
        m.keyStart = i;
        const qsizetype keyEnd = skipString(t, i);
        m.key = decodeString(t.mid(i, keyEnd - i));
        i = skipWs(t, skipWs(t, keyEnd) + 1); // past the ':'
        m.valueStart = i;
        m.valueEnd = skipValue(t, i);
        span.members << m;
        i = skipWs(t, m.valueEnd);
        if (i < t.size() && t[i] == QLatin1Char(','))
            i = skipWs(t, i + 1);
    }
    span.close = i;
    return span;
}

// The spaces and tabs at the start of the line `pos` is on.
QString lineIndent(const QString& t, qsizetype pos)
{
    const qsizetype start = pos > 0 ? t.lastIndexOf(QLatin1Char('\n'), pos - 1) + 1 : 0;
    qsizetype end = start;
    while (end < t.size() && (t[end] == QLatin1Char(' ') || t[end] == QLatin1Char('\t')))
        ++end;
    return t.mid(start, end - start);
}

Result<const Member*> findUnique(const ObjectSpan& span, const QString& key, const QString& where)
{
    const Member* found = nullptr;
    for (const Member& m : span.members) {
        if (m.key != key)
            continue;
        if (found)
            return Error::make(ErrorCode::InvalidInput,
                QStringLiteral("The file names \"%1\" twice %2, so it is unclear which one the client reads; "
                               "remove one first. Nothing was changed.")
                    .arg(key, where));
        found = &m;
    }
    return found;
}

// Adds `"key": value` as the last member of the object, in the style of its existing members.
QString insertMember(const QString& t, const ObjectSpan& span, const QString& key, const JsonStyle& style,
    const std::function<QString(const QString&)>& valueAt)
{
    const QString objectIndent = lineIndent(t, span.open);
    QString memberIndent = objectIndent + style.unit;
    if (!span.members.isEmpty()) {
        const qsizetype first = span.members.first().keyStart;
        if (t.mid(span.open, first - span.open).contains(QLatin1Char('\n')))
            memberIndent = lineIndent(t, first);
    }
    const QString member = OrderedJsonObject::quote(key)
        + (style.multiline ? QStringLiteral(": ") : QStringLiteral(":")) + valueAt(memberIndent);
    QString out = t;
    if (!span.members.isEmpty()) {
        const QString separator
            = style.multiline ? QLatin1Char(',') + style.newline + memberIndent : QStringLiteral(",");
        out.insert(span.members.last().valueEnd, separator + member);
        return out;
    }
    const QString body
        = style.multiline ? style.newline + memberIndent + member + style.newline + objectIndent : member;
    out.replace(span.open + 1, span.close - span.open - 1, body);
    return out;
}

JsonStyle detectStyle(const QString& t, const ObjectSpan& root)
{
    JsonStyle style;
    style.newline = t.contains(QLatin1String("\r\n")) ? QStringLiteral("\r\n") : QStringLiteral("\n");
    if (root.members.isEmpty())
        return style;
    const qsizetype first = root.members.first().keyStart;
    style.multiline = t.mid(root.open, root.close - root.open).contains(QLatin1Char('\n'));
    if (style.multiline && t.mid(root.open, first - root.open).contains(QLatin1Char('\n'))) {
        const QString rootIndent = lineIndent(t, root.open);
        const QString memberIndent = lineIndent(t, first);
        if (memberIndent.startsWith(rootIndent) && memberIndent.size() > rootIndent.size())
            style.unit = memberIndent.mid(rootIndent.size());
    }
    return style;
}

} // namespace

Status JsonTextEditor::checkSyntax(const QString& text)
{
    const QByteArray bytes = text.toUtf8();
    QJsonParseError error;
    QJsonDocument::fromJson(bytes, &error);
    if (error.error == QJsonParseError::NoError)
        return {};
    const qsizetype offset = std::clamp<qsizetype>(error.offset, 0, bytes.size());
    const QByteArray before = bytes.left(offset);
    const qsizetype line = before.count('\n') + 1;
    const qsizetype column = offset - (before.lastIndexOf('\n') + 1) + 1;
    QString message = QStringLiteral("The file is not valid JSON: %1 at line %2, column %3 (byte offset %4).")
                          .arg(error.errorString())
                          .arg(line)
                          .arg(column)
                          .arg(offset);
    if (bytes.contains("//") || bytes.contains("/*"))
        message += QStringLiteral(" If it holds comments (VS Code allows them), they cannot be kept: remove them "
                                  "or add the entry by hand.");
    return Error::invalid(QStringLiteral("file"), message + QStringLiteral(" Nothing was changed."));
}

Result<JsonTextEditor::Edit> JsonTextEditor::upsert(const QString& original, const QString& containerKey,
    const QString& name, const OrderedJsonObject& entry, bool replace)
{
    const bool bom = original.startsWith(kBom);
    const QString t = bom ? original.mid(1) : original;
    Edit edit;
    if (t.trimmed().isEmpty()) {
        OrderedJsonObject servers;
        servers.insert(name, entry);
        OrderedJsonObject root;
        root.insert(containerKey, servers);
        edit.text = (bom ? QString(kBom) : QString()) + root.toText(JsonStyle{}) + QLatin1Char('\n');
        return edit;
    }
    if (const Status syntax = checkSyntax(t); !syntax)
        return syntax.error();
    const qsizetype rootOpen = skipWs(t, 0);
    if (t[rootOpen] != QLatin1Char('{'))
        return Error::invalid(QStringLiteral("file"),
            QStringLiteral("The file holds a JSON %1, not the object a client configuration is. Nothing was changed.")
                .arg(t[rootOpen] == QLatin1Char('[') ? QStringLiteral("array") : QStringLiteral("value")));
    const ObjectSpan root = scanObject(t, rootOpen);
    const JsonStyle style = detectStyle(t, root);

    auto container = findUnique(root, containerKey, QStringLiteral("at its top level"));
    if (!container)
        return container.error();
    QString out;
    if (!*container) {
        out = insertMember(t, root, containerKey, style, [&](const QString& indent) {
            OrderedJsonObject servers;
            servers.insert(name, entry);
            return servers.toText(style, indent);
        });
    } else {
        const Member& c = **container;
        if (t[c.valueStart] != QLatin1Char('{'))
            return Error::invalid(QStringLiteral("file"),
                QStringLiteral("\"%1\" in the file is not an object, so no server can be added to it. Nothing was "
                               "changed.")
                    .arg(containerKey));
        const ObjectSpan servers = scanObject(t, c.valueStart);
        auto existing = findUnique(servers, name, QStringLiteral("in \"%1\"").arg(containerKey));
        if (!existing)
            return existing.error();
        if (!*existing) {
            out = insertMember(
                t, servers, name, style, [&](const QString& indent) { return entry.toText(style, indent); });
        } else {
            const Member& e = **existing;
            const QJsonValue current = decodeValue(t.mid(e.valueStart, e.valueEnd - e.valueStart));
            if (current == QJsonValue(entry.toJsonObject())) {
                edit.text = original;
                edit.unchanged = true;
                return edit;
            }
            if (!replace)
                return Error::make(ErrorCode::Conflict,
                    QStringLiteral("The file already has a server named \"%1\" with other settings. Nothing was "
                                   "changed; replace it only if you mean to (--replace), or choose another name.")
                        .arg(name));
            out = t;
            out.replace(e.valueStart, e.valueEnd - e.valueStart, entry.toText(style, lineIndent(t, e.keyStart)));
            edit.replaced = true;
        }
    }
    edit.text = (bom ? QString(kBom) : QString()) + out;
    return edit;
}

} // namespace mcpauth
