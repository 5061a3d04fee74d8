#pragma once

#include "ConnectionLimits.h"
#include "HttpRequest.h"
#include "HttpResponse.h"
#include "common/Result.h"

#include <QAbstractHttpServer>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <QSslConfiguration>
#include <deque>
#include <functional>
#include <memory>
#include <optional>

class QTcpSocket;
class QTimer;

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
    ~HttpServer() override;

    // Listens on `address`:`port` (0: any free port), over TLS when `tls` is given, and returns the
    // port. Unlike QAbstractHttpServer::listen() it says why it failed (ErrorCode::Conflict when the
    // port is taken), and it stops reading a connection whose request grows far past the body limit
    // instead of buffering all of it (Qt 6.4 reads a whole request into memory before handing it on).
    [[nodiscard]] Result<quint16> startListening(
        const QHostAddress& address, quint16 port, const std::optional<QSslConfiguration>& tls = std::nullopt);

    // Exact path ("/token"). A path may have one handler per method. GET routes answer HEAD too.
    void route(const QByteArray& method, const QString& path, Handler handler);
    // Every path that starts with `prefix` ("/.well-known/oauth-protected-resource/").
    void routePrefix(const QByteArray& method, const QString& prefix, Handler handler);
    // OPTIONS for any routed path (CORS preflight); without one, OPTIONS answers 204 with Allow.
    void setPreflightHandler(Handler handler) { m_preflight = std::move(handler); }
    void addResponseFilter(ResponseFilter filter) { m_filters.append(std::move(filter)); }
    void setMaxBodySize(qint64 bytes) { m_maxBody = bytes; }
    // Connections, time and pipelined answers one client may hold; set before listening.
    void setLimits(const ConnectionLimits& limits) { m_limits = limits; }
    [[nodiscard]] const ConnectionLimits& limits() const { return m_limits; }
    [[nodiscard]] qsizetype openConnections() const { return m_connections.size(); }
    [[nodiscard]] qint64 maxBodySize() const { return m_maxBody; }
    // When the issuer has a path (https://host/auth) behind a proxy that passes it on, "/auth/token"
    // is routed as "/token". Empty (the default): paths are routed as they arrive.
    void setPathPrefix(const QString& prefix) { m_pathPrefix = prefix; }

    // The methods routed for a path (for Allow and CORS); HEAD wherever GET is.
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
    // A response waiting for its turn: HTTP/1.1 answers pipelined requests in order, so an answer
    // ready early waits behind one still being computed on the worker pool.
    struct Outgoing
    {
        HttpRequest request;
        std::optional<HttpResponse> response;
        QElapsedTimer timer;
    };
    struct Connection
    {
        qint64 received = 0; // bytes seen since the last complete request (an estimate; see watch())
        bool refused = false; // answered early (413, 408, too many pipelined); what it sends is ignored
        std::deque<std::shared_ptr<Outgoing>> queue;
        QTimer* deadline = nullptr; // idle or request timeout; owned by the socket
        QString source; // peer address, for the per-source count; empty for loopback
    };

    [[nodiscard]] const Route* findRoute(const QByteArray& method, const QString& path) const;
    [[nodiscard]] HttpReply dispatch(const HttpRequest& request) const;
    // Starts tracking a new connection; false (and the socket closed) when it is over the limits.
    bool watch(QTcpSocket* socket);
    [[nodiscard]] bool admit(const QString& source) const;
    void refuseConnection(QTcpSocket* socket);
    void refuseOversized(QTcpSocket* socket);
    // The connection's deadline passed: closed when idle, 408 when a request is still arriving.
    void expire(QTcpSocket* socket);
    // Answers early with `response` and closes once the client could read it; ignores the rest.
    void refuseAndLinger(QTcpSocket* socket, HttpResponse response);
    void flush(QTcpSocket* socket);
    // Closes the connection after a response with "Connection: close" unless `closeWhenAsked` is false.
    void send(const HttpRequest& request, HttpResponse response, QTcpSocket* socket, const QElapsedTimer& timer,
        bool closeWhenAsked = true);
    void logLine(
        const QString& peer, const QByteArray& method, const QString& path, int status, const QElapsedTimer& timer);

    QList<Route> m_routes;
    QList<ResponseFilter> m_filters;
    Handler m_preflight;
    qint64 m_maxBody = kDefaultMaxBody;
    QString m_pathPrefix;
    ConnectionLimits m_limits;
    QHash<QTcpSocket*, Connection> m_connections;
    QHash<QString, int> m_perSource; // open connections per non-loopback address
    qint64 m_refusedConnections = 0; // since the last warning about it
    QElapsedTimer m_refusalWarned;
};

// RFC 6749 / RFC 7591 error body: {"error": code, "error_description": text}, no-store.
[[nodiscard]] HttpResponse oauthError(int status, const QString& code, const QString& description);

} // namespace mcpauth
