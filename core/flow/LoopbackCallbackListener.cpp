#include "LoopbackCallbackListener.h"

#include "AuthorizationState.h"
#include "Transcript.h"
#include "common/Logging.h"
#include "http/HttpServer.h"

#include <QCoreApplication>
#include <QTcpServer>
#include <QTimer>

namespace mcpauth {

namespace {

// The page is for the user's browser; the listener stays up this long after the answer so the page
// is delivered even when the engine deletes the listener at once.
constexpr int kLingerMs = 2000;
constexpr qint64 kMaxRequestBody = 16 * 1024; // a callback is a GET; nothing large is expected

HttpResponse page(int status, const QString& title, const QString& text)
{
    const QString html = QStringLiteral(
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>%1</title>"
        "<style>body{font-family:system-ui,sans-serif;max-width:36em;margin:4em auto;padding:0 1em;color:#222}"
        "h1{font-size:1.4em}</style></head>"
        "<body><h1>%1</h1><p>%2</p></body></html>\n")
                             .arg(title.toHtmlEscaped(), text.toHtmlEscaped());
    HttpResponse response = HttpResponse::html(html.toUtf8(), status);
    response.setHeader("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'");
    return response;
}

QString authorityOf(const QString& host, quint16 port)
{
    return QStringLiteral("%1:%2")
        .arg(host.contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(host) : host)
        .arg(port);
}

} // namespace

LoopbackCallbackListener::LoopbackCallbackListener(Transcript* transcript, const QString& step, QObject* parent)
    : QObject(parent)
    , m_transcript(transcript)
    , m_step(step)
{ }

LoopbackCallbackListener::~LoopbackCallbackListener()
{
    if (m_server) {
        // The last page may still be on its way to the browser: the server (no longer listening, and
        // whose handler no longer reaches this object) goes a little later.
        HttpServer* server = m_server.release();
        for (QTcpServer* s : server->servers())
            s->close();
        server->setParent(QCoreApplication::instance()); // and at the latest with the application
        QTimer::singleShot(kLingerMs, server, [server] { delete server; });
    }
}

Result<QUrl> LoopbackCallbackListener::listen(quint16 port, const QString& host, const QString& path)
{
    if (m_server)
        return Error::make(ErrorCode::Conflict, QStringLiteral("The callback listener is already listening."));
    if (!path.startsWith(QLatin1Char('/')))
        return Error::invalid(
            QStringLiteral("path"), QStringLiteral("The callback path must start with '/', as in /callback."));
    QHostAddress address;
    if (host == QLatin1String("127.0.0.1") || host == QLatin1String("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else if (host == QLatin1String("::1") || host == QLatin1String("[::1]"))
        address = QHostAddress(QHostAddress::LocalHostIPv6);
    else
        return Error::invalid(QStringLiteral("host"),
            QStringLiteral("The callback listener listens on the loopback interface only (127.0.0.1, ::1 or "
                           "localhost), not on \"%1\".")
                .arg(host.left(100)));

    auto server = std::make_unique<HttpServer>();
    ConnectionLimits limits;
    limits.maxConnections = 16; // a browser opens a few; nothing else should come
    limits.idleTimeoutMs = 10'000;
    limits.requestTimeoutMs = 10'000;
    limits.maxPipelined = 4;
    server->setLimits(limits);
    server->setMaxBodySize(kMaxRequestBody);
    server->addResponseFilter([](const HttpRequest&, HttpResponse& response) {
        response.noStore();
        response.setHeader("Referrer-Policy", "no-referrer");
        response.setHeader("X-Content-Type-Options", "nosniff");
    });
    QPointer<LoopbackCallbackListener> self(this);
    server->route("GET", path, [self](const HttpRequest& request) -> HttpReply {
        if (!self)
            return page(410, QStringLiteral("Sign-in finished"), QStringLiteral("You can close this window."));
        return self->handle(request);
    });

    auto listening = server->startListening(address, port);
    if (!listening)
        return Error{listening.error().code,
            QStringLiteral("The callback listener could not listen on %1 port %2: %3")
                .arg(address.toString())
                .arg(port)
                .arg(listening.error().message),
            QStringLiteral("port")};
    const quint16 actual = *listening;
    if (host == QLatin1String("localhost")) {
        // "localhost" may resolve to ::1 first in the browser; both loopback addresses answer. A
        // system without IPv6 keeps the IPv4 listener only.
        auto v6 = server->startListening(QHostAddress(QHostAddress::LocalHostIPv6), actual);
        if (!v6)
            qCInfo(lcFlow).noquote() << "Callback listener on ::1 not available:" << v6.error().message;
    }
    m_server = std::move(server);
    m_path = path;
    const QString uriHost = host == QLatin1String("localhost") ? host : address.toString();
    m_redirectUri = QUrl(QStringLiteral("http://%1%2").arg(authorityOf(uriHost, actual), path));
    qCInfo(lcFlow).noquote() << "Callback listener ready at" << m_redirectUri.toString();
    return m_redirectUri;
}

bool LoopbackCallbackListener::isListening() const
{
    if (!m_server)
        return false;
    for (QTcpServer* s : m_server->servers()) {
        if (s->isListening())
            return true;
    }
    return false;
}

void LoopbackCallbackListener::expect(const Expectation& expectation)
{
    if (m_done || !m_server)
        return;
    m_expectation = expectation;
    m_waiting = true;
    if (!m_timer) {
        m_timer = new QTimer(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, [this] {
            const int ms = m_expectation.timeoutMs;
            const QString s = ms % 1000 == 0 ? QString::number(ms / 1000) : QString::number(ms / 1000.0, 'f', 1);
            complete(Error{ErrorCode::Unavailable,
                QStringLiteral("No authorization response arrived at %1 within %2 s: the sign-in was not finished "
                               "in the browser, or the authorization server did not redirect to this address.")
                    .arg(m_redirectUri.toString(), s),
                QString::fromLatin1(kTimeout)});
        });
    }
    m_timer->start(expectation.timeoutMs);
}

void LoopbackCallbackListener::cancel()
{
    if (m_waiting && !m_done) {
        complete(Error{ErrorCode::Unavailable, QStringLiteral("Waiting for the authorization response was cancelled."),
            QString::fromLatin1(kCancelled)});
        return;
    }
    stopListening();
}

void LoopbackCallbackListener::stopListening()
{
    if (m_timer)
        m_timer->stop();
    if (!m_server)
        return;
    for (QTcpServer* s : m_server->servers())
        s->close();
}

void LoopbackCallbackListener::complete(const Result<Callback>& result)
{
    if (m_done)
        return;
    m_done = true;
    m_waiting = false;
    stopListening();
    if (result)
        qCInfo(lcFlow) << "Authorization response received on the loopback listener";
    else
        qCInfo(lcFlow).noquote() << "Authorization response refused:" << result.error().message;
    Q_EMIT finished(result);
}

HttpResponse LoopbackCallbackListener::handle(const HttpRequest& request)
{
    // Qt's server answers HEAD with the GET route: only a GET delivers the browser's redirect.
    if (request.method != "GET") {
        HttpResponse r = HttpResponse::empty(405);
        r.setHeader("Allow", "GET");
        return r;
    }
    // DNS rebinding: a web page whose host name now points at 127.0.0.1 sends its own Host.
    const QString hostHeader = QString::fromLatin1(request.header("host")).toLower();
    const quint16 port = quint16(m_redirectUri.port());
    const QStringList hosts{authorityOf(m_redirectUri.host(), port), authorityOf(QStringLiteral("127.0.0.1"), port),
        authorityOf(QStringLiteral("::1"), port), authorityOf(QStringLiteral("localhost"), port)};
    if (!hosts.contains(hostHeader))
        return page(400, QStringLiteral("Wrong address"),
            QStringLiteral("This listener answers only requests for %1.").arg(m_redirectUri.toString()));

    if (m_done || m_answered)
        return page(410, QStringLiteral("Sign-in already finished"),
            QStringLiteral("This sign-in has already finished. You can close this window."));
    if (!m_waiting)
        return page(503, QStringLiteral("Not ready"),
            QStringLiteral("MCP Auth Console is not waiting for a sign-in yet. Start the sign-in from the console."));

    const auto params = FormData::parse(request.query);
    const bool looksLikeResponse = request.query.hasQueryItem(QStringLiteral("code"))
        || request.query.hasQueryItem(QStringLiteral("error")) || request.query.hasQueryItem(QStringLiteral("state"));
    if (!looksLikeResponse)
        return page(400, QStringLiteral("Not an authorization response"),
            QStringLiteral("This address receives the authorization server's redirect, which carries a code or an "
                           "error. Nothing was changed."));

    auto refuse = [&](const QString& text, const char* kind) {
        const Error error{ErrorCode::InvalidInput, text, QString::fromLatin1(kind)};
        HttpResponse response = page(400, QStringLiteral("Sign-in failed"),
            QStringLiteral("%1 You can close this window and return to MCP Auth Console.").arg(text));
        response.setHeader("Connection", "close");
        record(request, response, text);
        answered();
        // After the page is on its way, and outside the HTTP server's handler: the engine may delete
        // this listener in its slot.
        QTimer::singleShot(0, this, [this, error] { complete(error); });
        return response;
    };

    if (!params)
        return refuse(QStringLiteral("The authorization response is malformed: %1").arg(params.error().message),
            kAuthorizationError);
    const QString state = params->value(QStringLiteral("state"));
    if (state.isEmpty())
        return refuse(QStringLiteral("The authorization response carries no state, so it cannot be matched to the "
                                     "request that was sent; its code was not used."),
            kStateMismatch);
    if (!AuthorizationState::matches(m_expectation.state, state))
        return refuse(QStringLiteral("The state in the authorization response does not match the one sent with the "
                                     "request: the response belongs to another request (or was forged), so its code "
                                     "was not used."),
            kStateMismatch);

    // RFC 9207 section 2.4: compare iss whenever present; require it when the server advertises it.
    const bool hasIss = params->contains(QStringLiteral("iss"));
    const QString iss = params->value(QStringLiteral("iss"));
    if (hasIss && !m_expectation.issuer.isEmpty() && iss != m_expectation.issuer)
        return refuse(QStringLiteral("The authorization response comes from issuer \"%1\", but the request went to "
                                     "\"%2\" (RFC 9207): a mix-up of authorization servers, so its code was not used.")
                          .arg(iss.left(300), m_expectation.issuer),
            kIssuerMismatch);
    if (!hasIss && m_expectation.issRequired)
        return refuse(QStringLiteral("The authorization server advertises authorization_response_iss_parameter_"
                                     "supported, but its response carries no iss parameter (RFC 9207), so its code "
                                     "was not used."),
            kIssuerMismatch);

    if (params->contains(QStringLiteral("error"))) {
        m_authorizationError = {params->value(QStringLiteral("error")).left(200),
            params->value(QStringLiteral("error_description")).left(1000),
            params->value(QStringLiteral("error_uri")).left(1000)};
        const QString text = m_authorizationError.description.isEmpty()
            ? QStringLiteral("The authorization server refused: %1.").arg(m_authorizationError.error)
            : QStringLiteral("The authorization server refused: %1 (%2).")
                  .arg(m_authorizationError.error, m_authorizationError.description);
        return refuse(text, kAuthorizationError);
    }
    const QString code = params->value(QStringLiteral("code"));
    if (code.isEmpty())
        return refuse(
            QStringLiteral("The authorization response carries neither a code nor an error."), kAuthorizationError);

    HttpResponse response = page(200, QStringLiteral("Signed in"),
        QStringLiteral("MCP Auth Console received the authorization. You can close this window."));
    response.setHeader("Connection", "close");
    record(request, response, {});
    answered();
    const Callback callback{code, iss};
    QTimer::singleShot(0, this, [this, callback] { complete(callback); });
    return response;
}

void LoopbackCallbackListener::answered()
{
    // Exactly one authorization response is taken: a second request (a reload, a second tab) before
    // the queued completion runs gets the "already finished" page, and the timeout no longer applies.
    m_answered = true;
    if (m_timer)
        m_timer->stop();
}

void LoopbackCallbackListener::record(const HttpRequest& request, const HttpResponse& response, const QString& error)
{
    if (!m_transcript)
        return;
    TranscriptEvent e;
    e.step = m_step;
    e.kind = TranscriptEvent::Kind::Browser;
    e.request.method = QString::fromLatin1(request.method);
    e.request.url = m_redirectUri;
    e.request.url.setQuery(request.url.query(QUrl::FullyEncoded), QUrl::TolerantMode);
    for (auto it = request.headers.cbegin(); it != request.headers.cend(); ++it)
        e.request.headers.append({it.key(), it.value()});
    TranscriptEvent::Response r;
    r.status = response.status;
    r.reason = response.status == 200 ? QStringLiteral("OK") : QStringLiteral("Bad Request");
    r.headers = response.headers;
    r.body = response.body;
    e.response = std::move(r);
    e.startedAt = QDateTime::currentDateTimeUtc();
    e.note = QStringLiteral("The browser delivered the authorization response to the loopback listener.");
    e.error = error;
    m_transcript->append(std::move(e));
}

} // namespace mcpauth
