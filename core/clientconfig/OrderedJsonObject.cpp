#include "OrderedJsonObject.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace mcpauth {

void OrderedJsonObject::insert(const QString& key, const QJsonValue& value)
{
    m_members.append({key, value, nullptr});
}

void OrderedJsonObject::insert(const QString& key, const OrderedJsonObject& object)
{
    m_members.append({key, QJsonValue(), std::make_shared<const OrderedJsonObject>(object)});
}

QJsonObject OrderedJsonObject::toJsonObject() const
{
    QJsonObject out;
    for (const Member& m : m_members)
        out.insert(m.key, m.object ? QJsonValue(m.object->toJsonObject()) : m.value);
    return out;
}

QString OrderedJsonObject::quote(const QString& text)
{
    // QJsonDocument does the escaping; the array brackets around it are cut off again.
    const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString OrderedJsonObject::valueText(const QJsonValue& value, const JsonStyle& style)
{
    if (value.isArray()) {
        QStringList items;
        for (const QJsonValue& item : value.toArray())
            items << valueText(item, style);
        return QLatin1Char('[') + items.join(style.multiline ? QStringLiteral(", ") : QStringLiteral(","))
            + QLatin1Char(']');
    }
    if (value.isObject()) {
        const QByteArray json = QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
        return QString::fromUtf8(json);
    }
    const QByteArray json = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return QString::fromUtf8(json.mid(1, json.size() - 2));
}

QString OrderedJsonObject::toText(const JsonStyle& style, const QString& indent) const
{
    if (m_members.isEmpty())
        return QStringLiteral("{}");
    const QString inner = indent + style.unit;
    QStringList parts;
    for (const Member& m : m_members) {
        const QString value = m.object ? m.object->toText(style, inner) : valueText(m.value, style);
        parts << quote(m.key) + (style.multiline ? QStringLiteral(": ") : QStringLiteral(":")) + value;
    }
    if (!style.multiline)
        return QLatin1Char('{') + parts.join(QLatin1Char(',')) + QLatin1Char('}');
    return QLatin1Char('{') + style.newline + inner + parts.join(QLatin1Char(',') + style.newline + inner)
        + style.newline + indent + QLatin1Char('}');
}

} // namespace mcpauth
