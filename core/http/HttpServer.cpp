#include "HttpServer.h"

#include "common/Logging.h"

#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QJsonObject>
#include <QPointer>
#include <QSslSocket>
#include <QTcpSocket>

#include <memory>

namespace mcpauth {

namespace {

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
    return methods;
}

HttpReply HttpServer::dispatch(const HttpRequest& request) const
{
    const Route* exact = nullptr;
    const Route* prefix = nullptr;
    for (const Route& r : m_routes) {
        if (r.method != request.method)
            continue;
        if (!r.prefix && r.path == request.path) {
            exact = &r;
            break;
        }
        if (r.prefix && request.path.startsWith(r.path) && (!prefix || r.path.size() > prefix->path.size()))
            prefix = &r;
    }
    if (const Route* chosen = exact ? exact : prefix)
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
    return HttpResponse::json(QJsonObject{{QStringLiteral("error"), QStringLiteral("method_not_allowed")},
                                  {QStringLiteral("error_description"),
                                      QStringLiteral("%1 does not accept %2.")
                                          .arg(request.path, QString::fromLatin1(request.method))}},
        405)
        .setHeader("Allow", allowed.join(", "));
}

bool HttpServer::handleRequest(const QHttpServerRequest& qrequest, QTcpSocket* socket)
{
    QElapsedTimer timer;
    timer.start();
    const HttpRequest request = copyRequest(qrequest, socket);
    QHttpServerResponder responder = makeResponder(qrequest, socket);

    bool tooLarge = request.body.size() > m_maxBody;
    if (const QByteArray length = request.header("content-length"); !length.isEmpty())
        tooLarge = tooLarge || length.toLongLong() > m_maxBody;
    if (tooLarge) {
        send(request,
            HttpResponse::json(QJsonObject{{QStringLiteral("error"), QStringLiteral("payload_too_large")},
                                   {QStringLiteral("error_description"),
                                       QStringLiteral("The request body is larger than %1 bytes.").arg(m_maxBody)}},
                413)
                .setHeader("Connection", "close"),
            responder, timer);
        return true;
    }

    HttpReply reply = dispatch(request);
    if (auto* ready = std::get_if<HttpResponse>(&reply)) {
        send(request, std::move(*ready), responder, timer);
        return true;
    }
    // The responder must outlive this call; the connection holds back its next request meanwhile.
    auto held = std::make_shared<QHttpServerResponder>(std::move(responder));
    QPointer<QTcpSocket> alive(socket);
    std::get<QFuture<HttpResponse>>(reply).then(this, [this, request, held, alive, timer](HttpResponse response) {
        if (alive)
            send(request, std::move(response), *held, timer);
    });
    return true;
}

void HttpServer::missingHandler(const QHttpServerRequest& qrequest, QTcpSocket* socket)
{
    QElapsedTimer timer;
    timer.start();
    QHttpServerResponder responder = makeResponder(qrequest, socket);
    send(copyRequest(qrequest, socket), HttpResponse::empty(404), responder, timer);
}

void HttpServer::send(
    const HttpRequest& request, HttpResponse response, QHttpServerResponder& responder, const QElapsedTimer& timer)
{
    for (const ResponseFilter& filter : std::as_const(m_filters))
        filter(request, response);
    responder.writeStatusLine(static_cast<QHttpServerResponder::StatusCode>(response.status));
    for (const auto& h : std::as_const(response.headers))
        responder.writeHeader(h.first, h.second);
    responder.writeHeader("Content-Length", QByteArray::number(response.body.size()));
    responder.writeBody(response.body);

    const QString line = QStringLiteral("%1 %2 %3 %4 %5 ms")
                             .arg(request.peerText(), QString::fromLatin1(request.method), request.path)
                             .arg(response.status)
                             .arg(double(timer.nsecsElapsed()) / 1e6, 0, 'f', 1);
    qCInfo(lcHttp).noquote() << line;
    Q_EMIT requestLogged(line);
}

} // namespace mcpauth
