#include "JsonRpc.h"

#include <cmath>

namespace mcpauth {

namespace {

bool isValidId(const QJsonValue& id)
{
    if (id.isString())
        return true;
    if (!id.isDouble())
        return false;
    const double d = id.toDouble();
    return std::isfinite(d) && std::floor(d) == d;
}

} // namespace

JsonRpc::Kind JsonRpc::kind(const QJsonObject& message)
{
    if (message.value(QStringLiteral("jsonrpc")).toString() != QLatin1String("2.0"))
        return Kind::Invalid;
    const QJsonValue method = message.value(QStringLiteral("method"));
    const QJsonValue id = message.value(QStringLiteral("id"));
    const QJsonValue params = message.value(QStringLiteral("params"));
    if (!method.isUndefined()) {
        if (!method.isString() || method.toString().isEmpty())
            return Kind::Invalid;
        // params, when present, is a structured value (section 4.2); MCP always sends an object.
        if (!params.isUndefined() && !params.isObject() && !params.isArray())
            return Kind::Invalid;
        if (id.isUndefined())
            return Kind::Notification;
        return isValidId(id) ? Kind::Request : Kind::Invalid;
    }
    const bool hasResult = message.contains(QStringLiteral("result"));
    const bool hasError = message.contains(QStringLiteral("error"));
    if (hasResult != hasError && (isValidId(id) || id.isNull()))
        return Kind::Response;
    return Kind::Invalid;
}

QJsonValue JsonRpc::idOf(const QJsonObject& message)
{
    const QJsonValue id = message.value(QStringLiteral("id"));
    return isValidId(id) ? id : QJsonValue(QJsonValue::Null);
}

QJsonObject JsonRpc::result(const QJsonValue& id, const QJsonObject& result)
{
    return {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), id},
        {QStringLiteral("result"), result}};
}

QJsonObject JsonRpc::error(const QJsonValue& id, int code, const QString& message, const QJsonValue& data)
{
    QJsonObject error{{QStringLiteral("code"), code}, {QStringLiteral("message"), message}};
    if (!data.isUndefined())
        error.insert(QStringLiteral("data"), data);
    return {{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), id},
        {QStringLiteral("error"), error}};
}

} // namespace mcpauth
