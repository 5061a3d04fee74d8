#pragma once

#include "HttpRequest.h"
#include "HttpResponse.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QList>

#include <functional>

namespace mcpauth {

// The local server's HTTP layer: QAbstractHttpServer (Qt 6.4) with our own dispatcher, so every
// request goes through the same checks (body limit, method, CORS, security headers, one log line)
// whatever endpoint answers it.
class HttpServer : public QAbstractHttpServer
{
    Q_OBJECT

public:
    using Handler = std::function<HttpReply(const HttpRequest&)>;
    // Adjusts every response before it is sent (CORS, security headers).
    using ResponseFilter = std::function<void(const HttpRequest&, HttpResponse&)>;

    static constexpr qint64 kDefaultMaxBody = 1024 * 1024; // 1 MiB

    explicit HttpServer(QObject* parent = nullptr);

    // Exact path ("/token"). A path may have one handler per method.
    void route(const QByteArray& method, const QString& path, Handler handler);
    // Every path that starts with `prefix` ("/.well-known/oauth-protected-resource/").
    void routePrefix(const QByteArray& method, const QString& prefix, Handler handler);
    // OPTIONS for any routed path (CORS preflight); without one, OPTIONS answers 204 with Allow.
    void setPreflightHandler(Handler handler) { m_preflight = std::move(handler); }
    void addResponseFilter(ResponseFilter filter) { m_filters.append(std::move(filter)); }
    void setMaxBodySize(qint64 bytes) { m_maxBody = bytes; }
    [[nodiscard]] qint64 maxBodySize() const { return m_maxBody; }

    // The methods routed for a path (for Allow and CORS).
    [[nodiscard]] QList<QByteArray> methodsFor(const QString& path) const;

Q_SIGNALS:
    // One line per request: "127.0.0.1 POST /token 200 1.3 ms". Never holds headers or bodies.
    void requestLogged(const QString& line);

protected:
    bool handleRequest(const QHttpServerRequest& request, QTcpSocket* socket) override;
    void missingHandler(const QHttpServerRequest& request, QTcpSocket* socket) override;

private:
    struct Route
    {
        QByteArray method;
        QString path;
        bool prefix = false;
        Handler handler;
    };
    [[nodiscard]] HttpReply dispatch(const HttpRequest& request) const;
    void send(const HttpRequest& request, HttpResponse response, QHttpServerResponder& responder,
        const QElapsedTimer& timer);

    QList<Route> m_routes;
    QList<ResponseFilter> m_filters;
    Handler m_preflight;
    qint64 m_maxBody = kDefaultMaxBody;
};

// RFC 6749 / RFC 7591 error body: {"error": code, "error_description": text}, no-store.
[[nodiscard]] HttpResponse oauthError(int status, const QString& code, const QString& description);

} // namespace mcpauth
