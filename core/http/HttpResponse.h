#pragma once

#include <QByteArray>
#include <QFuture>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QUrl>
#include <variant>

namespace mcpauth {

struct HttpResponse
{
    int status = 200;
    QList<QPair<QByteArray, QByteArray>> headers; // Content-Length is added when sent
    QByteArray body;

    [[nodiscard]] static HttpResponse json(const QJsonObject& object, int status = 200);
    [[nodiscard]] static HttpResponse json(const QJsonDocument& document, int status = 200);
    // JSON the caller has already serialized.
    [[nodiscard]] static HttpResponse jsonText(const QByteArray& json, int status = 200);
    [[nodiscard]] static HttpResponse html(const QByteArray& page, int status = 200);
    [[nodiscard]] static HttpResponse text(const QByteArray& text, int status = 200);
    [[nodiscard]] static HttpResponse redirect(const QUrl& location, int status = 302);
    [[nodiscard]] static HttpResponse empty(int status);

    // Replaces every header of that name (case-insensitive).
    HttpResponse& setHeader(const QByteArray& name, const QByteArray& value);
    HttpResponse& addHeader(const QByteArray& name, const QByteArray& value);
    HttpResponse& removeHeader(const QByteArray& name);
    [[nodiscard]] QByteArray header(const QByteArray& name) const;
    [[nodiscard]] bool hasHeader(const QByteArray& name) const;
    // Cache-Control: no-store and Pragma: no-cache (RFC 6749 section 5.1).
    HttpResponse& noStore();
};

// A handler answers at once, or later from another thread (QHttpServer 6.4 accepts futures, and the
// connection waits for the answer while the next request on it is held back).
using HttpReply = std::variant<HttpResponse, QFuture<HttpResponse>>;

} // namespace mcpauth
