#include "HttpExchange.h"

#include "Transcript.h"
#include "common/Logging.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslError>
#include <QTimer>

namespace mcpauth {

namespace {

QString seconds(int ms)
{
    return ms % 1000 == 0 ? QString::number(ms / 1000) : QString::number(ms / 1000.0, 'f', 1);
}

} // namespace

HttpExchange::Request HttpExchange::Request::get(const QUrl& url, const QByteArray& accept)
{
    Request r;
    r.method = "GET";
    r.url = url;
    r.accept = accept;
    return r;
}

HttpExchange::Request HttpExchange::Request::postForm(
    const QUrl& url, const QList<QPair<QString, QString>>& fields, const QByteArray& accept)
{
    Request r;
    r.method = "POST";
    r.url = url;
    r.accept = accept;
    r.contentType = "application/x-www-form-urlencoded";
    for (const auto& field : fields) {
        if (!r.body.isEmpty())
            r.body += '&';
        r.body += QUrl::toPercentEncoding(field.first) + '=' + QUrl::toPercentEncoding(field.second);
    }
    return r;
}

HttpExchange::Request HttpExchange::Request::postJson(
    const QUrl& url, const QJsonDocument& json, const QByteArray& accept)
{
    Request r;
    r.method = "POST";
    r.url = url;
    r.accept = accept;
    r.contentType = "application/json";
    r.body = json.toJson(QJsonDocument::Compact);
    return r;
}

QByteArray HttpExchange::defaultUserAgent()
{
    return QByteArrayLiteral("mcp-auth/" MCPAUTH_VERSION);
}

HttpExchange::HttpExchange(QNetworkAccessManager* network, Transcript* transcript, QObject* parent)
    : QObject(parent)
    , m_network(network ? network : new QNetworkAccessManager(this))
    , m_transcript(transcript)
{ }

HttpExchange::~HttpExchange()
{
    if (m_reply) {
        // Going away mid-exchange (the engine was destroyed): no signal, nothing recorded.
        m_reply->disconnect(this);
        m_reply->abort();
        m_reply->deleteLater();
    }
}

QString HttpExchange::where() const
{
    const QUrl& url = m_request.url;
    const int defaultPort = url.scheme() == QLatin1String("https") ? 443 : 80;
    const QString host = url.host().contains(QLatin1Char(':')) ? QStringLiteral("[%1]").arg(url.host()) : url.host();
    return QStringLiteral("%1:%2").arg(host).arg(url.port(defaultPort));
}

void HttpExchange::start(const QString& step, const Request& request)
{
    start(step, request, Options());
}

void HttpExchange::start(const QString& step, const Request& request, const Options& options)
{
    if (m_reply || m_done || !m_startedAt.isNull()) {
        qCWarning(lcFlow) << "HttpExchange::start called twice; an exchange sends one request";
        return;
    }
    m_step = step;
    m_request = request;
    m_options = options;
    m_startedAt = QDateTime::currentDateTimeUtc();
    m_elapsed.start();

    const QString scheme = request.url.scheme();
    if (!request.url.isValid() || request.url.host().isEmpty()
        || (scheme != QLatin1String("http") && scheme != QLatin1String("https"))) {
        const Error error{ErrorCode::InvalidInput,
            QStringLiteral("Cannot send a request to \"%1\": only http and https URLs with a host can be fetched.")
                .arg(request.url.toString().left(300)),
            QString::fromLatin1(kNetwork)};
        // finished is never emitted from inside start(): the caller may not have connected yet.
        QTimer::singleShot(0, this, [this, error] { complete(error); });
        return;
    }

    QNetworkRequest q(request.url);
    q.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    q.setAttribute(QNetworkRequest::CookieLoadControlAttribute, QNetworkRequest::Manual);
    q.setAttribute(QNetworkRequest::CookieSaveControlAttribute, QNetworkRequest::Manual);
    q.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    q.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    q.setTransferTimeout(options.timeoutMs);
    if (!options.userAgent.isEmpty())
        q.setRawHeader("User-Agent", options.userAgent);
    if (!request.accept.isEmpty())
        q.setRawHeader("Accept", request.accept);
    if (!request.body.isEmpty() || !request.contentType.isEmpty())
        q.setRawHeader("Content-Type", request.contentType);
    for (const auto& h : options.extraHeaders)
        q.setRawHeader(h.first, h.second);
    for (const auto& h : request.headers)
        q.setRawHeader(h.first, h.second);

    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    const int port = request.url.port(defaultPort);
    m_sentHeaders.append({"Host",
        (port == defaultPort ? request.url.host() : QStringLiteral("%1:%2").arg(request.url.host()).arg(port))
            .toUtf8()});
    for (const QByteArray& name : q.rawHeaderList())
        m_sentHeaders.append({name, q.rawHeader(name)});

    m_reply = m_network->sendCustomRequest(q, request.method, request.body);
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpExchange::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpExchange::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpExchange::onFinished);
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError>& errors) {
        // Remembered for the message; never ignored: an untrusted certificate fails the exchange.
        for (const QSslError& e : errors)
            m_tlsErrors << e.errorString();
    });
    // setTransferTimeout only counts silence; a server that trickles bytes is stopped here.
    m_deadline = new QTimer(this);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, &HttpExchange::onDeadline);
    m_deadline->start(options.timeoutMs);
}

void HttpExchange::onMetaData()
{
    if (!m_reply)
        return;
    if (m_waitMs < 0)
        m_waitMs = m_elapsed.elapsed();
    const QVariant length = m_reply->header(QNetworkRequest::ContentLengthHeader);
    if (length.isValid() && length.toLongLong() > m_options.maxBodyBytes) {
        m_tooLarge = true;
        m_reply->abort();
    }
}

void HttpExchange::onReadyRead()
{
    if (!m_reply)
        return;
    if (m_waitMs < 0)
        m_waitMs = m_elapsed.elapsed();
    m_body += m_reply->read(m_options.maxBodyBytes + 1 - m_body.size());
    if (m_body.size() > m_options.maxBodyBytes) {
        m_body.truncate(m_options.maxBodyBytes);
        m_tooLarge = true;
        m_reply->abort();
        return;
    }
    if (m_options.streamComplete && answerSoFar().isEventStream() && m_options.streamComplete(m_body)) {
        m_streamEnded = true;
        QNetworkReply* reply = m_reply;
        const HttpResult answer = answerSoFar();
        reply->disconnect(this);
        m_reply = nullptr;
        reply->abort();
        reply->deleteLater();
        complete(answer);
    }
}

void HttpExchange::onDeadline()
{
    if (!m_reply)
        return;
    m_timedOut = true;
    m_reply->abort();
}

void HttpExchange::abort()
{
    if (!m_reply)
        return;
    QNetworkReply* reply = m_reply;
    reply->disconnect(this);
    m_reply = nullptr;
    reply->abort();
    reply->deleteLater();
    complete(Error{ErrorCode::Unavailable, QStringLiteral("The request to %1 was cancelled.").arg(where()),
        QString::fromLatin1(kCancelled)});
}

HttpResult HttpExchange::answerSoFar() const
{
    HttpResult r;
    r.url = m_request.url;
    r.durationMs = m_elapsed.elapsed();
    if (!m_reply)
        return r;
    r.status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    r.reason = QString::fromUtf8(m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toByteArray());
    r.httpVersion = m_reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool() ? QStringLiteral("HTTP/2")
                                                                                        : QStringLiteral("HTTP/1.1");
    r.headers = m_reply->rawHeaderPairs();
    r.body = m_body;
    return r;
}

Error HttpExchange::networkError() const
{
    const QString at = where();
    auto error = [](const QString& text, const char* kind) {
        return Error{ErrorCode::Unavailable, text, QString::fromLatin1(kind)};
    };
    if (m_tooLarge)
        return error(QStringLiteral("The answer from %1 is larger than %2 KiB; it was not read further.")
                         .arg(at)
                         .arg(m_options.maxBodyBytes / 1024),
            kBodyTooLarge);
    const QNetworkReply::NetworkError code = m_reply->error();
    // Qt reports a transfer timeout as a cancelled operation; this class cancels only in abort().
    if (m_timedOut || code == QNetworkReply::TimeoutError || code == QNetworkReply::OperationCanceledError)
        return error(QStringLiteral("%1 did not answer within %2 s (timed out).").arg(at, seconds(m_options.timeoutMs)),
            kTimeout);
    switch (code) {
    case QNetworkReply::ConnectionRefusedError:
        return error(QStringLiteral("The connection to %1 was refused: nothing is listening on that port, or a "
                                    "firewall turned it away.")
                         .arg(at),
            kRefused);
    case QNetworkReply::HostNotFoundError:
        return error(
            QStringLiteral("The host name %1 could not be resolved (DNS).").arg(m_request.url.host()), kHostNotFound);
    case QNetworkReply::SslHandshakeFailedError:
        if (!m_tlsErrors.isEmpty())
            return error(QStringLiteral("The TLS certificate of %1 is not trusted: %2")
                             .arg(at, m_tlsErrors.join(QStringLiteral("; "))),
                kTls);
        return error(QStringLiteral("The TLS handshake with %1 failed: %2").arg(at, m_reply->errorString()), kTls);
    case QNetworkReply::RemoteHostClosedError:
        return error(QStringLiteral("%1 closed the connection without answering.").arg(at), kNetwork);
    case QNetworkReply::ProtocolUnknownError:
        return error(
            QStringLiteral("The URL scheme of %1 is not supported.").arg(m_request.url.toString().left(300)), kNetwork);
    default:
        return error(QStringLiteral("The request to %1 failed: %2").arg(at, m_reply->errorString()), kNetwork);
    }
}

void HttpExchange::onFinished()
{
    if (!m_reply)
        return;
    if (!m_tooLarge && !m_timedOut) {
        onReadyRead(); // the rest of the body, if readyRead has not delivered it
        if (!m_reply) // the event stream was complete, or the body too large
            return;
    }
    QNetworkReply* reply = m_reply;
    const HttpResult answer = answerSoFar();
    const QNetworkReply::NetworkError code = reply->error();
    // Qt turns 4xx and 5xx statuses into errors too; those are answers. Two of them sit outside the
    // content and server ranges: 400 is ProtocolInvalidOperationError and 407
    // ProxyAuthenticationRequiredError. A protocol failure after the status line (a broken chunked
    // body) is not an answer.
    const bool statusMapped = answer.status >= 400 && answer.status < 600
        && (code == QNetworkReply::ProtocolInvalidOperationError
            || code == QNetworkReply::ProxyAuthenticationRequiredError);
    const bool httpStatusError = statusMapped
        || (code >= QNetworkReply::ContentAccessDenied && code <= QNetworkReply::UnknownContentError)
        || (code >= QNetworkReply::InternalServerError && code <= QNetworkReply::UnknownServerError);
    const bool answered
        = answer.status > 0 && !m_tooLarge && !m_timedOut && (code == QNetworkReply::NoError || httpStatusError);
    if (answered) {
        reply->disconnect(this);
        m_reply = nullptr;
        reply->deleteLater();
        complete(answer);
        return;
    }
    const Error error = networkError();
    reply->disconnect(this);
    m_reply = nullptr;
    reply->deleteLater();
    // What did arrive (a status and headers before the timeout or the size limit) still goes to the
    // transcript: it is the evidence of what the server started to say.
    complete(error, answer.status > 0 ? std::optional<HttpResult>(answer) : std::nullopt);
}

void HttpExchange::complete(const Result<HttpResult>& result, const std::optional<HttpResult>& partial)
{
    if (m_done)
        return;
    m_done = true;
    if (m_deadline)
        m_deadline->stop();
    if (m_transcript) {
        TranscriptEvent e;
        e.step = m_step;
        e.kind = TranscriptEvent::Kind::Http;
        e.request.method = QString::fromLatin1(m_request.method);
        e.request.url = m_request.url;
        e.request.headers = m_sentHeaders;
        e.request.body = m_request.body;
        e.startedAt = m_startedAt;
        e.durationMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
        e.waitMs = m_waitMs;
        const HttpResult* answer = result ? &result.value() : (partial ? &*partial : nullptr);
        if (answer) {
            TranscriptEvent::Response r;
            r.status = answer->status;
            r.reason = answer->reason;
            r.httpVersion = answer->httpVersion;
            r.headers = answer->headers;
            r.body = answer->body;
            e.response = std::move(r);
        }
        if (!result)
            e.error = result.error().message;
        m_transcript->append(std::move(e));
    }
    if (!result)
        qCInfo(lcFlow).noquote() << m_step << m_request.method << where() << "failed:" << result.error().message;
    else
        qCDebug(lcFlow).noquote() << m_step << m_request.method << where() << "answered" << result->status;
    Q_EMIT finished(result);
}

} // namespace mcpauth
