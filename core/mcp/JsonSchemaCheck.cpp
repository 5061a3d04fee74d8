#include "JsonSchemaCheck.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QStringList>
#include <cmath>

namespace mcpauth {

namespace {

QString typeOf(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return std::floor(d) == d ? QStringLiteral("an integer") : QStringLiteral("a number");
    }
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

bool hasType(const QJsonValue& value, const QString& type)
{
    if (type == QLatin1String("string"))
        return value.isString();
    if (type == QLatin1String("integer")) {
        if (!value.isDouble())
            return false;
        const double d = value.toDouble();
        // Beyond 2^53 a double no longer tells integers apart; no argument of ours is that large.
        return std::isfinite(d) && std::floor(d) == d && std::fabs(d) <= 9007199254740992.0;
    }
    if (type == QLatin1String("number"))
        return value.isDouble() && std::isfinite(value.toDouble());
    if (type == QLatin1String("boolean"))
        return value.isBool();
    if (type == QLatin1String("object"))
        return value.isObject();
    if (type == QLatin1String("array"))
        return value.isArray();
    if (type == QLatin1String("null"))
        return value.isNull();
    return false;
}

QString article(const QString& type)
{
    if (type == QLatin1String("integer") || type == QLatin1String("object") || type == QLatin1String("array"))
        return QStringLiteral("an ") + type;
    if (type == QLatin1String("null"))
        return type;
    return QStringLiteral("a ") + type;
}

QString named(const QString& path)
{
    return path.isEmpty() ? QStringLiteral("The arguments") : QStringLiteral("The argument '%1'").arg(path);
}

QString shown(const QJsonValue& value)
{
    QString text = value.isString() ? value.toString() : QString::number(value.toDouble());
    if (text.size() > 60)
        text = text.left(57) + QStringLiteral("...");
    return QStringLiteral("'%1'").arg(text);
}

QString join(const QString& path, const QString& key)
{
    return path.isEmpty() ? key : path + QLatin1Char('.') + key;
}

} // namespace

Status JsonSchemaCheck::check(const QJsonObject& schema, const QJsonValue& value, const QString& path)
{
    const auto refuse
        = [&](const QString& text) { return Error::invalid(path, named(path) + QLatin1Char(' ') + text); };

    if (const QJsonValue type = schema.value(QStringLiteral("type")); !type.isUndefined()) {
        QStringList types;
        if (type.isArray()) {
            for (const QJsonValue& t : type.toArray())
                types << t.toString();
        } else {
            types << type.toString();
        }
        bool matches = false;
        for (const QString& t : std::as_const(types))
            matches = matches || hasType(value, t);
        if (!matches) {
            QStringList wanted;
            for (const QString& t : std::as_const(types))
                wanted << article(t);
            return refuse(
                QStringLiteral("must be %1, not %2.").arg(wanted.join(QStringLiteral(" or ")), typeOf(value)));
        }
    }

    if (const QJsonArray allowed = schema.value(QStringLiteral("enum")).toArray();
        !allowed.isEmpty() && !allowed.contains(value)) {
        QStringList choices;
        for (const QJsonValue& v : allowed)
            choices << (v.isString() ? v.toString() : QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson()));
        return refuse(
            QStringLiteral("must be one of %1, not %2.").arg(choices.join(QStringLiteral(", ")), shown(value)));
    }

    if (value.isString()) {
        const QString s = value.toString();
        const int minLength = schema.value(QStringLiteral("minLength")).toInt(0);
        const int maxLength = schema.value(QStringLiteral("maxLength")).toInt(-1);
        if (s.size() < minLength)
            return refuse(minLength == 1 ? QStringLiteral("must not be empty.")
                                         : QStringLiteral("must be at least %1 characters long.").arg(minLength));
        if (maxLength >= 0 && s.size() > maxLength)
            return refuse(
                QStringLiteral("must be at most %1 characters long; it has %2.").arg(maxLength).arg(s.size()));
        if (schema.value(QStringLiteral("format")).toString() == QLatin1String("date-time")
            && !QDateTime::fromString(s, Qt::ISODateWithMs).isValid())
            return refuse(QStringLiteral("must be a date and time in ISO 8601 form such as 2025-06-18T14:30:00Z, not "
                                         "%1.")
                              .arg(shown(value)));
    }

    if (value.isDouble()) {
        const double d = value.toDouble();
        const QJsonValue minimum = schema.value(QStringLiteral("minimum"));
        const QJsonValue maximum = schema.value(QStringLiteral("maximum"));
        if ((minimum.isDouble() && d < minimum.toDouble()) || (maximum.isDouble() && d > maximum.toDouble())) {
            if (minimum.isDouble() && maximum.isDouble())
                return refuse(QStringLiteral("must be between %1 and %2, not %3.")
                                  .arg(minimum.toDouble(), 0, 'f', 0)
                                  .arg(maximum.toDouble(), 0, 'f', 0)
                                  .arg(d, 0, 'g', 15));
            return minimum.isDouble() && d < minimum.toDouble()
                ? refuse(QStringLiteral("must be at least %1, not %2.").arg(minimum.toDouble()).arg(d, 0, 'g', 15))
                : refuse(QStringLiteral("must be at most %1, not %2.").arg(maximum.toDouble()).arg(d, 0, 'g', 15));
        }
    }

    if (value.isArray()) {
        const QJsonArray items = value.toArray();
        const int minItems = schema.value(QStringLiteral("minItems")).toInt(0);
        const int maxItems = schema.value(QStringLiteral("maxItems")).toInt(-1);
        if (items.size() < minItems)
            return refuse(QStringLiteral("must hold at least %1 entries.").arg(minItems));
        if (maxItems >= 0 && items.size() > maxItems)
            return refuse(QStringLiteral("may hold at most %1 entries; it has %2.").arg(maxItems).arg(items.size()));
        const QJsonObject itemSchema = schema.value(QStringLiteral("items")).toObject();
        for (qsizetype i = 0; i < items.size(); ++i) {
            if (Status s = check(itemSchema, items.at(i), QStringLiteral("%1[%2]").arg(path).arg(i)); !s)
                return s;
        }
    }

    if (value.isObject()) {
        const QJsonObject object = value.toObject();
        const QJsonObject properties = schema.value(QStringLiteral("properties")).toObject();
        for (const QJsonValue& required : schema.value(QStringLiteral("required")).toArray()) {
            const QString key = required.toString();
            if (!object.contains(key))
                return Error::invalid(join(path, key), named(join(path, key)) + QStringLiteral(" is required."));
        }
        const QJsonValue additional = schema.value(QStringLiteral("additionalProperties"));
        for (auto it = object.constBegin(); it != object.constEnd(); ++it) {
            const QString child = join(path, it.key());
            if (properties.contains(it.key())) {
                if (Status s = check(properties.value(it.key()).toObject(), it.value(), child); !s)
                    return s;
            } else if (additional.isBool() && !additional.toBool()) {
                QStringList known = properties.keys();
                return Error::invalid(child,
                    known.isEmpty()
                        ? QStringLiteral("The argument '%1' is not known: this tool takes no arguments.").arg(child)
                        : QStringLiteral("The argument '%1' is not known; this tool takes %2.")
                              .arg(child, known.join(QStringLiteral(", "))));
            } else if (additional.isObject()) {
                if (Status s = check(additional.toObject(), it.value(), child); !s)
                    return s;
            }
        }
    }
    return {};
}

} // namespace mcpauth
