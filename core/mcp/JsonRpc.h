#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

namespace mcpauth {

// JSON-RPC 2.0 as MCP uses it: the error codes and the shape of responses.
class JsonRpc
{
public:
    // JSON-RPC 2.0 section 5.1.
    static constexpr int kParseError = -32700;
    static constexpr int kInvalidRequest = -32600;
    static constexpr int kMethodNotFound = -32601;
    static constexpr int kInvalidParams = -32602;
    static constexpr int kInternalError = -32603;
    // Server-defined (-32000 to -32099), for the answers the HTTP transport gives before a method runs.
    static constexpr int kTransportError = -32000; // 400, 406, 415: the HTTP request itself is unusable
    static constexpr int kSessionNotFound = -32001; // 404
    static constexpr int kUnauthorized = -32002; // 401
    static constexpr int kForbidden = -32003; // 403: insufficient scope, refused Origin

    enum class Kind { Invalid, Request, Notification, Response };

    // What a message is (JSON-RPC 2.0 section 4 and 5; MCP: a request id is a string or an integer).
    [[nodiscard]] static Kind kind(const QJsonObject& message);
    // The message's id when it has a valid one, else null.
    [[nodiscard]] static QJsonValue idOf(const QJsonObject& message);

    [[nodiscard]] static QJsonObject result(const QJsonValue& id, const QJsonObject& result);
    [[nodiscard]] static QJsonObject error(
        const QJsonValue& id, int code, const QString& message, const QJsonValue& data = QJsonValue::Undefined);

    // A response whose result is already compact JSON text: what result() would give, serialized,
    // without parsing and writing the result again (a tools/call answer can be kilobytes).
    [[nodiscard]] static QByteArray resultText(const QJsonValue& id, QByteArrayView resultJson);
    // `utf8` as a JSON string literal, quotes included (RFC 8259 section 7).
    [[nodiscard]] static QByteArray quoted(QByteArrayView utf8);
};

} // namespace mcpauth
