#include "JsonRpc.h"

#include <QJsonArray>
#include <QJsonDocument>
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

QByteArray JsonRpc::resultText(const QJsonValue& id, QByteArrayView resultJson)
{
    QByteArray idText;
    if (id.isString()) {
        idText = quoted(id.toString().toUtf8());
    } else if (isValidId(id) && std::abs(id.toDouble()) < 9007199254740992.0) {
        idText = QByteArray::number(static_cast<qint64>(id.toDouble()));
    } else {
        idText = QByteArrayLiteral("null");
    }
    QByteArray out;
    out.reserve(resultJson.size() + idText.size() + 40);
    out += QByteArrayView("{\"id\":");
    out += idText;
    out += QByteArrayView(",\"jsonrpc\":\"2.0\",\"result\":");
    out += resultJson;
    out += '}';
    return out;
}

QByteArray JsonRpc::quoted(QByteArrayView utf8)
{
    static constexpr char kHex[] = "0123456789abcdef";
    // Two passes over a buffer sized once: a tool's JSON is kilobytes, quotes every few characters.
    const auto escapedSize = [](unsigned char u) -> qsizetype {
        if (u == '"' || u == '\\' || u == '\n' || u == '\r' || u == '\t')
            return 2;
        return u < 0x20 ? 6 : 1;
    };
    qsizetype size = 2;
    for (const char c : utf8)
        size += escapedSize(static_cast<unsigned char>(c));
    QByteArray out(size, Qt::Uninitialized);
    char* p = out.data();
    *p++ = '"';
    for (const char c : utf8) {
        const auto u = static_cast<unsigned char>(c);
        switch (escapedSize(u)) {
        case 1:
            *p++ = c; // UTF-8 sequences pass through as they are (RFC 8259 section 8.1)
            break;
        case 2:
            *p++ = '\\';
            *p++ = u == '\n' ? 'n' : u == '\r' ? 'r' : u == '\t' ? 't' : c;
            break;
        default:
            *p++ = '\\';
            *p++ = 'u';
            *p++ = '0';
            *p++ = '0';
            *p++ = kHex[u >> 4];
            *p++ = kHex[u & 0xf];
        }
    }
    *p = '"';
    return out;
}

} // namespace mcpauth
