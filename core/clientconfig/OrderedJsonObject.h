#pragma once

#include "JsonStyle.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <memory>

namespace mcpauth {

// A JSON object that keeps its members in insertion order. QJsonObject sorts its keys, and the
// entries we write read best in the order clients document them ("type", "url", "oauth").
// Values are scalars or arrays (written on one line), or nested ordered objects.
class OrderedJsonObject
{
public:
    void insert(const QString& key, const QJsonValue& value);
    void insert(const QString& key, const OrderedJsonObject& object);

    [[nodiscard]] bool isEmpty() const { return m_members.isEmpty(); }
    [[nodiscard]] QJsonObject toJsonObject() const;
    // The object's text; `indent` is the indentation of the line the object starts on.
    [[nodiscard]] QString toText(const JsonStyle& style, const QString& indent = {}) const;

    // A string as a JSON string literal, quotes and escapes included.
    [[nodiscard]] static QString quote(const QString& text);
    // A scalar or array on one line, as in ["-y", "mcp-remote"].
    [[nodiscard]] static QString valueText(const QJsonValue& value, const JsonStyle& style);

private:
    struct Member
    {
        QString key;
        QJsonValue value;
        std::shared_ptr<const OrderedJsonObject> object; // set for nested objects, then value is unused
    };
    QList<Member> m_members;
};

} // namespace mcpauth
