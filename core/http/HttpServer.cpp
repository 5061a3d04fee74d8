#include "HttpServer.h"

#include "common/Logging.h"

#include <QFutureWatcher>
#include <QHttpServerRequest>
#include <QJsonObject>
#include <QPointer>
#include <QSslServer>
#include <QSslSocket>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>
#include <memory>

namespace mcpauth {

namespace {

// Request line and headers beyond the body; Qt's parser has no limit of its own.
constexpr qint64 kHeaderAllowance = 64 * 1024;
// How long a connection refused for its size stays open to let the client read the answer.
constexpr int kLingerMs = 2000;

QByteArray methodName(QHttpServerRequest::Method m)
{
    switch (m) {
    case QHttpServerRequest::Method::Get:
        return QByteArrayLiteral("GET");
    case QHttpServerRequest::Method::Put:
        return QByteArrayLiteral("PUT");
    case QHttpServerRequest::Method::Delete:
        return QByteArrayLiteral("DELETE");
    case QHttpServerRequest::Method::Post:
        return QByteArrayLiteral("POST");
    case QHttpServerRequest::Method::Head:
        return QByteArrayLiteral("HEAD");
    case QHttpServerRequest::Method::Options:
        return QByteArrayLiteral("OPTIONS");
    case QHttpServerRequest::Method::Patch:
        return QByteArrayLiteral("PATCH");
    default:
        return QByteArrayLiteral("UNKNOWN");
    }
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return QByteArrayLiteral("OK");
    case 201:
        return QByteArrayLiteral("Created");
    case 202:
        return QByteArrayLiteral("Accepted");
    case 204:
        return QByteArrayLiteral("No Content");
    case 301:
        return QByteArrayLiteral("Moved Permanently");
    case 302:
        return QByteArrayLiteral("Found");
    case 303:
        return QByteArrayLiteral("See Other");
    case 304:
        return QByteArrayLiteral("Not Modified");
    case 307:
        return QByteArrayLiteral("Temporary Redirect");
    case 308:
        return QByteArrayLiteral("Permanent Redirect");
    case 400:
        return QByteArrayLiteral("Bad Request");
    case 401:
        return QByteArrayLiteral("Unauthorized");
    case 403:
        return QByteArrayLiteral("Forbidden");
    case 404:
        return QByteArrayLiteral("Not Found");
    case 405:
        return QByteArrayLiteral("Method Not Allowed");
    case 406:
        return QByteArrayLiteral("Not Acceptable");
    case 409:
        return QByteArrayLiteral("Conflict");
    case 413:
        return QByteArrayLiteral("Content Too Large");
    case 415:
        return QByteArrayLiteral("Unsupported Media Type");
    case 422:
        return QByteArrayLiteral("Unprocessable Content");
    case 429:
        return QByteArrayLiteral("Too Many Requests");
    case 500:
        return QByteArrayLiteral("Internal Server Error");
    case 501:
        return QByteArrayLiteral("Not Implemented");
    case 503:
        return QByteArrayLiteral("Service Unavailable");
    default:
        return {}; // the reason phrase is optional (RFC 9112 section 4)
    }
}

HttpRequest copyRequest(const QHttpServerRequest& request, QTcpSocket* socket)
{
    HttpRequest r;
    r.method = methodName(request.method());
    r.url = request.url();
    r.path = r.url.path(QUrl::FullyDecoded);
    r.query = request.query();
    for (const auto& h : request.headers()) {
        const QByteArray name = h.first.toLower();
        auto it = r.headers.find(name);
        if (it == r.headers.end())
            r.headers.insert(name, h.second);
        else
            it.value() += QByteArrayLiteral(", ") + h.second;
    }
    r.body = request.body();
    r.peer = request.remoteAddress();
    r.secure = qobject_cast<QSslSocket*>(socket) != nullptr;
    return r;
}

HttpResponse payloadTooLarge(qint64 maxBody)
{
    return HttpResponse::json(QJsonObject{{QStringLiteral("error"), QStringLiteral("payload_too_large")},
                                  {QStringLiteral("error_description"),
                                      QStringLiteral("The request body is larger than %1 bytes.").arg(maxBody)}},
        413)
        .setHeader("Connection", "close");
}

// QTcpServer's own incomingConnection(), plus a look at each socket before the HTTP server connects
// to it, so that our readyRead handler runs first.
class WatchedTcpServer final : public QTcpServer
{
public:
    WatchedTcpServer(std::function<bool(QTcpSocket*)> watch, QObject* parent)
        : QTcpServer(parent)
        , m_watch(std::move(watch))
    { }

protected:
    void incomingConnection(qintptr handle) override
    {
        auto* socket = new QTcpSocket(this);
        if (!socket->setSocketDescriptor(handle)) {
            delete socket;
            return;
        }
        if (m_watch(socket)) // refused ones close themselves
            addPendingConnection(socket);
    }

private:
    std::function<bool(QTcpSocket*)> m_watch;
};

} // namespace

HttpResponse oauthError(int status, const QString& code, const QString& description)
{
    QJsonObject body{{QStringLiteral("error"), code}};
    if (!description.isEmpty())
        body.insert(QStringLiteral("error_description"), description);
    return HttpResponse::json(body, status).noStore();
}

HttpServer::HttpServer(QObject* parent)
    : QAbstractHttpServer(parent)
{ }

HttpServer::~HttpServer() = default;

Result<quint16> HttpServer::startListening(
    const QHostAddress& address, quint16 port, const std::optional<QSslConfiguration>& tls)
{
    auto watch = [this](QTcpSocket* socket) { return this->watch(socket); };
    std::unique_ptr<QTcpServer> server;
    if (tls) {
        auto ssl = std::make_unique<QSslServer>();
        ssl->setSslConfiguration(*tls);
        // The handshake starts before the HTTP server sees the socket: our readyRead handler comes first.
        connect(
            ssl.get(), &QSslServer::startedEncryptionHandshake, this, [watch](QSslSocket* socket) { watch(socket); });
        connect(ssl.get(), &QSslServer::errorOccurred, this, [](QSslSocket* socket, QAbstractSocket::SocketError) {
            qCDebug(lcHttp).noquote() << "TLS connection failed:" << socket->errorString();
        });
        server = std::move(ssl);
    } else {
        server = std::make_unique<WatchedTcpServer>(watch, nullptr);
    }
    if (!server->listen(address, port)) {
        const bool inUse = server->serverError() == QAbstractSocket::AddressInUseError;
        const QString where = QStringLiteral("%1 port %2").arg(address.toString()).arg(port);
        if (inUse)
            return Error::make(ErrorCode::Conflict,
                QStringLiteral("Port %1 on %2 is in use by another program.").arg(port).arg(address.toString()));
        return Error::make(
            ErrorCode::Unavailable, QStringLiteral("Could not listen on %1: %2").arg(where, server->errorString()));
    }
    const quint16 actual = server->serverPort();
    bind(server.release()); // parented to this
    return actual;
}

void HttpServer::route(const QByteArray& method, const QString& path, Handler handler)
{
    m_routes.append({method, path, false, std::move(handler)});
}

void HttpServer::routePrefix(const QByteArray& method, const QString& prefix, Handler handler)
{
    m_routes.append({method, prefix, true, std::move(handler)});
}

QList<QByteArray> HttpServer::methodsFor(const QString& path) const
{
    QList<QByteArray> methods;
    for (const Route& r : m_routes) {
        const bool matches = r.prefix ? path.startsWith(r.path) : path == r.path;
        if (matches && !methods.contains(r.method))
            methods.append(r.method);
    }
    if (methods.contains("GET") && !methods.contains("HEAD"))
        methods.append(QByteArrayLiteral("HEAD"));
    return methods;
}

const HttpServer::Route* HttpServer::findRoute(const QByteArray& method, const QString& path) const
{
    const Route* prefix = nullptr;
    for (const Route& r : m_routes) {
        if (r.method != method)
            continue;
        if (!r.prefix && r.path == path)
            return &r;
        if (r.prefix && path.startsWith(r.path) && (!prefix || r.path.size() > prefix->path.size()))
            prefix = &r;
    }
    return prefix;
}

HttpReply HttpServer::dispatch(const HttpRequest& request) const
{
    const Route* chosen = findRoute(request.method, request.path);
    // HEAD is GET without the body (RFC 9110 section 9.3.2); send() leaves the body out.
    if (!chosen && request.method == "HEAD")
        chosen = findRoute(QByteArrayLiteral("GET"), request.path);
    if (chosen)
        return chosen->handler(request);

    const QList<QByteArray> allowed = methodsFor(request.path);
    if (allowed.isEmpty()) {
        return HttpResponse::json(
            QJsonObject{{QStringLiteral("error"), QStringLiteral("not_found")},
                {QStringLiteral("error_description"), QStringLiteral("Nothing is served at %1.").arg(request.path)}},
            404);
    }
    if (request.method == "OPTIONS") {
        if (m_preflight)
            return m_preflight(request);
        return HttpResponse::empty(204).setHeader("Allow", (allowed + QList<QByteArray>{"OPTIONS"}).join(", "));
    }
    return HttpResponse::json(
        QJsonObject{{QStringLiteral("error"), QStringLiteral("method_not_allowed")},
            {QStringLiteral("error_description"),
                QStringLiteral("%1 does not accept %2.").arg(request.path, QString::fromLatin1(request.method))}},
        405)
        .setHeader("Allow", (allowed + QList<QByteArray>{"OPTIONS"}).join(", "));
}

bool HttpServer::admit(const QString& source) const
{
    if (m_connections.size() >= m_limits.maxConnections)
        return false;
    return source.isEmpty() || m_perSource.value(source) < m_limits.maxPerSource;
}

void HttpServer::refuseConnection(QTcpSocket* socket)
{
    ++m_refusedConnections;
    if (!m_refusalWarned.isValid() || m_refusalWarned.elapsed() > 10'000) {
        // One line per ten seconds at most: a flood must not flood the log too.
        qCWarning(lcHttp).noquote() << QStringLiteral(
            "Refused %1 connection(s): %2 open (at most %3 in all, %4 per address other than loopback).")
                                           .arg(m_refusedConnections)
                                           .arg(m_connections.size())
                                           .arg(m_limits.maxConnections)
                                           .arg(m_limits.maxPerSource);
        m_refusedConnections = 0;
        m_refusalWarned.start();
    }
    // A TLS handshake has not happened yet, so only a plain connection can read an answer.
    if (qobject_cast<QSslSocket*>(socket) == nullptr)
        socket->write(QByteArrayLiteral("HTTP/1.1 503 Service Unavailable\r\nRetry-After: 1\r\n"
                                        "Connection: close\r\nContent-Length: 0\r\n\r\n"));
    // Queued: QSslServer still starts the handshake on this socket after its signal returns.
    QTimer::singleShot(0, socket, [socket] {
        socket->disconnectFromHost();
        if (socket->state() == QAbstractSocket::UnconnectedState)
            socket->deleteLater();
        else
            connect(socket, &QAbstractSocket::disconnected, socket, &QObject::deleteLater);
    });
}

bool HttpServer::watch(QTcpSocket* socket)
{
    if (m_connections.contains(socket))
        return true;
    const QHostAddress peer = socket->peerAddress();
    const QString source = peer.isLoopback() ? QString() : peer.toString();
    if (!admit(source)) {
        refuseConnection(socket);
        return false;
    }
    Connection connection;
    connection.source = source;
    connection.deadline = new QTimer(socket);
    connection.deadline->setSingleShot(true);
    connect(connection.deadline, &QTimer::timeout, this, [this, socket] { expire(socket); });
    connection.deadline->start(m_limits.requestTimeoutMs); // the first request is due at once
    m_connections.insert(socket, connection);
    if (!source.isEmpty())
        ++m_perSource[source];
    connect(socket, &QObject::destroyed, this, [this, socket, source] {
        m_connections.remove(socket);
        if (!source.isEmpty() && --m_perSource[source] <= 0)
            m_perSource.remove(source);
    });
    // Qt's parser keeps the whole request in memory. Counting what arrives between two complete
    // requests bounds that: a body far past the limit is refused as it streams in. The count is high
    // only for pipelined requests (bytes the parser has not consumed yet are seen again), hence the
    // generous bound; the exact 413 is decided in handleRequest().
    connect(socket, &QIODevice::readyRead, this, [this, socket] {
        auto it = m_connections.find(socket);
        if (it == m_connections.end())
            return;
        if (it->refused) {
            // Answered already: drop what keeps coming (the open transaction would keep it otherwise).
            if (socket->isTransactionStarted())
                socket->commitTransaction();
            socket->skip(socket->bytesAvailable());
            return;
        }
        if (it->received == 0 && socket->bytesAvailable() > 0)
            it->deadline->start(m_limits.requestTimeoutMs); // a request begins: it must end in time
        it->received += socket->bytesAvailable();
        if (it->received > 2 * m_maxBody + kHeaderAllowance)
            refuseOversized(socket);
    });
    return true;
}

void HttpServer::refuseOversized(QTcpSocket* socket)
{
    refuseAndLinger(socket, payloadTooLarge(m_maxBody));
}

void HttpServer::expire(QTcpSocket* socket)
{
    auto it = m_connections.find(socket);
    if (it == m_connections.end() || it->refused)
        return;
    if (!it->queue.empty()) { // answers still being computed: the client is waiting for us
        it->deadline->start(m_limits.idleTimeoutMs);
        return;
    }
    if (it->received == 0) {
        qCDebug(lcHttp).noquote() << "Closing an idle connection from" << socket->peerAddress().toString();
        socket->disconnectFromHost();
        return;
    }
    refuseAndLinger(socket,
        HttpResponse::json(QJsonObject{{QStringLiteral("error"), QStringLiteral("request_timeout")},
                               {QStringLiteral("error_description"),
                                   QStringLiteral("The request did not arrive whole within %1 seconds.")
                                       .arg(m_limits.requestTimeoutMs / 1000.0)}},
            408)
            .setHeader("Connection", "close"));
}

void HttpServer::refuseAndLinger(QTcpSocket* socket, HttpResponse response)
{
    QElapsedTimer timer;
    timer.start();
    auto it = m_connections.find(socket);
    it->refused = true;
    it->queue.clear();
    it->deadline->stop();
    HttpRequest request;
    request.peer = socket->peerAddress();
    request.secure = qobject_cast<QSslSocket*>(socket) != nullptr;
    request.method = QByteArrayLiteral("-");
    request.path = QStringLiteral("-");
    send(request, std::move(response), socket, timer, false);
    // Closing while the client still sends would reset the connection before it reads the answer;
    // what arrives meanwhile is dropped unread (see watch()).
    if (socket->isTransactionStarted())
        socket->commitTransaction();
    socket->skip(socket->bytesAvailable());
    QTimer::singleShot(kLingerMs, socket, [socket] { socket->disconnectFromHost(); });
}

bool HttpServer::handleRequest(const QHttpServerRequest& qrequest, QTcpSocket* socket)
{
    QElapsedTimer timer;
    timer.start();
    if (!watch(socket)) // sockets of a server bound without startListening()
        return true;
    Connection& arrived = m_connections[socket];
    if (arrived.refused)
        return true;
    arrived.received = 0;
    arrived.deadline->start(m_limits.idleTimeoutMs);
    if (arrived.queue.size() >= size_t(m_limits.maxPipelined)) {
        // It sends and does not read: its answers would pile up here without end.
        qCWarning(lcHttp).noquote() << "Closing a connection from" << socket->peerAddress().toString() << "with"
                                    << arrived.queue.size() << "answers it has not waited for.";
        arrived.refused = true;
        arrived.queue.clear();
        arrived.deadline->stop();
        QTimer::singleShot(0, socket, [socket] { socket->abort(); });
        return true;
    }

    auto out = std::make_shared<Outgoing>();
    out->timer = timer;
    out->request = copyRequest(qrequest, socket);
    HttpRequest& request = out->request;
    if (!m_pathPrefix.isEmpty()
        && (request.path == m_pathPrefix || request.path.startsWith(m_pathPrefix + QLatin1Char('/')))) {
        request.path = request.path.mid(m_pathPrefix.size());
        if (request.path.isEmpty())
            request.path = QStringLiteral("/");
    }

    bool tooLarge = request.body.size() > m_maxBody;
    if (const QByteArray length = request.header("content-length"); !length.isEmpty())
        tooLarge = tooLarge || length.toLongLong() > m_maxBody;
    if (tooLarge) {
        out->response = payloadTooLarge(m_maxBody);
    } else {
        HttpReply reply = dispatch(request);
        if (auto* ready = std::get_if<HttpResponse>(&reply)) {
            out->response = std::move(*ready);
        } else {
            // A watcher rather than QFuture::then(): in Qt 6.4, then() on a future that a pool thread
            // finishes meanwhile can run its continuation twice (see AsyncReply.h), which crashed the
            // server under load. A watcher hears of the end exactly once, whenever it happens.
            QPointer<QTcpSocket> alive(socket);
            auto* watcher = new QFutureWatcher<HttpResponse>(this);
            connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, out, alive] {
                const QFuture<HttpResponse> done = watcher->future();
                watcher->deleteLater();
                if (!done.isCanceled() && done.resultCount() > 0)
                    out->response = done.result();
                else
                    out->response
                        = HttpResponse::json(QJsonObject{{QStringLiteral("error"), QStringLiteral("server_error")},
                                                 {QStringLiteral("error_description"),
                                                     QStringLiteral("The request could not be completed.")}},
                            500);
                if (alive)
                    flush(alive);
            });
            watcher->setFuture(std::get<QFuture<HttpResponse>>(reply));
        }
    }

    Connection& connection = m_connections[socket];
    if (connection.queue.empty() && out->response) {
        send(out->request, std::move(*out->response), socket, out->timer);
        return true;
    }
    connection.queue.push_back(std::move(out));
    flush(socket);
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest& qrequest, QTcpSocket* socket)
{
    QElapsedTimer timer;
    timer.start();
    send(copyRequest(qrequest, socket), HttpResponse::empty(404), socket, timer);
}

void HttpServer::flush(QTcpSocket* socket)
{
    for (;;) {
        auto it = m_connections.find(socket);
        if (it == m_connections.end() || it->queue.empty() || !it->queue.front()->response)
            return;
        const std::shared_ptr<Outgoing> out = std::move(it->queue.front());
        it->queue.pop_front();
        send(out->request, std::move(*out->response), socket, out->timer);
    }
}

void HttpServer::send(const HttpRequest& request, HttpResponse response, QTcpSocket* socket, const QElapsedTimer& timer,
    bool closeWhenAsked)
{
    for (const ResponseFilter& filter : std::as_const(m_filters))
        filter(request, response);

    if (socket->state() == QAbstractSocket::ConnectedState) {
        QByteArray head = QByteArrayLiteral("HTTP/1.1 ") + QByteArray::number(response.status) + ' '
            + reasonPhrase(response.status) + QByteArrayLiteral("\r\n");
        for (const auto& h : std::as_const(response.headers))
            head += h.first + QByteArrayLiteral(": ") + h.second + QByteArrayLiteral("\r\n");
        // No length on 204 and 304 (RFC 9110 section 8.6); HEAD announces the length GET would send.
        if (response.status != 204 && response.status != 304)
            head += QByteArrayLiteral("Content-Length: ") + QByteArray::number(response.body.size())
                + QByteArrayLiteral("\r\n");
        head += QByteArrayLiteral("\r\n");
        if (request.method != "HEAD")
            head += response.body;
        socket->write(head);
        if (closeWhenAsked && response.header("Connection").compare("close", Qt::CaseInsensitive) == 0)
            socket->disconnectFromHost(); // after the write has gone out
    }
    logLine(request.peerText(), request.method, request.path, response.status, timer);
}

void HttpServer::logLine(
    const QString& peer, const QByteArray& method, const QString& path, int status, const QElapsedTimer& timer)
{
    // A decoded path may hold line breaks; the log keeps one line per request.
    QString shownPath = path;
    for (QChar& c : shownPath) {
        if (c.category() == QChar::Other_Control || c.isSpace())
            c = QLatin1Char('?');
    }
    const QString line = QStringLiteral("%1 %2 %3 %4 %5 ms")
                             .arg(peer, QString::fromLatin1(method), shownPath)
                             .arg(status)
                             .arg(double(timer.nsecsElapsed()) / 1e6, 0, 'f', 1);
    qCInfo(lcHttp).noquote() << line;
    Q_EMIT requestLogged(line);
}

} // namespace mcpauth
