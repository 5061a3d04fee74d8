#pragma once

#include "HttpResult.h"
#include "TranscriptEvent.h"
#include "common/Result.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <functional>
#include <optional>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace mcpauth {

class Transcript;

// Sends one HTTP request for the connection flow and records it in the transcript. Redirects are
// not followed (the engine decides what a 302 means), cookies are neither sent nor stored unless the
// caller puts them in the headers (so the transcript shows exactly what went out), every answer
// whatever its status is a result, and a failure to get one (DNS, refused connection, TLS, timeout,
// an oversized body, cancellation) is an Error in words whose `field` names the kind (kRefused, ...).
//
//   auto* x = new HttpExchange(nam, transcript, this);
//   connect(x, &HttpExchange::finished, this, [this, x](const Result<HttpResult>& r) { ...; x->deleteLater(); });
//   x->start(QStringLiteral("protected-resource-metadata"), HttpExchange::Request::get(url));
//
// One exchange per object; start() once. finished is emitted exactly once, after the transcript has
// the event, and never from inside start().
class HttpExchange final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(HttpExchange)

public:
    // Error::field of a failed exchange.
    static constexpr const char* kHostNotFound = "host_not_found";
    static constexpr const char* kRefused = "connection_refused";
    static constexpr const char* kTimeout = "timeout";
    static constexpr const char* kTls = "tls";
    static constexpr const char* kBodyTooLarge = "body_too_large";
    static constexpr const char* kCancelled = "cancelled";
    static constexpr const char* kNetwork = "network"; // closed connection, unsupported scheme, ...

    struct Request
    {
        QByteArray method = "GET";
        QUrl url;
        HttpHeaders headers; // Authorization, Mcp-Session-Id, MCP-Protocol-Version, ...
        QByteArray body;
        QByteArray contentType; // sent with a body
        QByteArray accept; // "application/json", "application/json, text/event-stream"; empty: none

        [[nodiscard]] static Request get(const QUrl& url, const QByteArray& accept = "application/json");
        // application/x-www-form-urlencoded, in the given order; a name may repeat (RFC 8707 resource).
        [[nodiscard]] static Request postForm(const QUrl& url, const QList<QPair<QString, QString>>& fields,
            const QByteArray& accept = "application/json");
        [[nodiscard]] static Request postJson(
            const QUrl& url, const QJsonDocument& json, const QByteArray& accept = "application/json");
    };

    struct Options
    {
        int timeoutMs = 10'000; // for the whole exchange, from start() to the last byte
        qint64 maxBodyBytes = 4 * 1024 * 1024; // more is aborted and reported (kBodyTooLarge)
        QByteArray userAgent = defaultUserAgent();
        // The user's extra headers (--header); the request's own headers win over them.
        HttpHeaders extraHeaders;
        // For a text/event-stream answer: called with the body so far each time more arrives; true
        // ends the exchange with what has arrived (a server may keep the stream open after the
        // JSON-RPC response, and waiting for it to close would end in a timeout). Without it, the
        // stream is read until the server closes it.
        std::function<bool(const QByteArray& bodySoFar)> streamComplete;
    };

    // `network` may be shared by many exchanges (one per thread); nullptr: the exchange makes its own.
    // `transcript` may be nullptr (nothing is recorded).
    explicit HttpExchange(QNetworkAccessManager* network, Transcript* transcript, QObject* parent = nullptr);
    ~HttpExchange() override;

    // `step` is the transcript step the event is filed under ("token", "tools/list", ...).
    void start(const QString& step, const Request& request, const Options& options);
    void start(const QString& step, const Request& request);
    // Stops the exchange; finished is emitted at once with kCancelled (if it was still running).
    void abort();
    [[nodiscard]] bool isRunning() const { return m_reply != nullptr; }

    [[nodiscard]] static QByteArray defaultUserAgent(); // "mcp-auth/<version>"

Q_SIGNALS:
    void finished(const mcpauth::Result<mcpauth::HttpResult>& result);

private:
    void onMetaData();
    void onReadyRead();
    void onFinished();
    void onDeadline();
    // Records the event and emits finished; `partial` is what arrived before a failure.
    void complete(const Result<HttpResult>& result, const std::optional<HttpResult>& partial = std::nullopt);
    [[nodiscard]] HttpResult answerSoFar() const;
    [[nodiscard]] Error networkError() const;
    [[nodiscard]] QString where() const; // "127.0.0.1:8123"

    QNetworkAccessManager* m_network = nullptr;
    QPointer<Transcript> m_transcript;
    QString m_step;
    Request m_request;
    HttpHeaders m_sentHeaders;
    Options m_options;
    QNetworkReply* m_reply = nullptr;
    QTimer* m_deadline = nullptr;
    QElapsedTimer m_elapsed;
    QDateTime m_startedAt;
    qint64 m_waitMs = -1;
    QByteArray m_body;
    QStringList m_tlsErrors;
    bool m_tooLarge = false;
    bool m_timedOut = false;
    bool m_streamEnded = false;
    bool m_done = false;
};

} // namespace mcpauth
