#pragma once

#include "TranscriptEvent.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUrl>

namespace mcpauth {

// An HTTP answer as HttpExchange delivers it to the engine: whatever the status (a 401, 403 or 500
// is an answer the engine reads, not a failure), unmasked (the engine needs the tokens in it; only
// the transcript's copy is masked), and not redirected (a 302 is returned with its Location).
struct HttpResult
{
    QUrl url; // the URL the request went to
    int status = 0;
    QString reason; // "Found", "Unauthorized"
    QString httpVersion; // "HTTP/1.1" or "HTTP/2"
    HttpHeaders headers; // as received; Qt joins repeated fields with ", " (Set-Cookie with "\n")
    QByteArray body; // decompressed; for text/event-stream the raw stream, for SseParser
    qint64 durationMs = 0;

    // The first field of that name (case-insensitive); empty when absent.
    [[nodiscard]] QByteArray header(QByteArrayView name) const;
    // Every field of that name, in order (WWW-Authenticate may come more than once).
    [[nodiscard]] QList<QByteArray> headerValues(QByteArrayView name) const;
    [[nodiscard]] QByteArray contentType() const { return header("Content-Type"); }
    // The media type without parameters, in lower case: "application/json", "text/event-stream".
    [[nodiscard]] QByteArray mediaType() const;
    [[nodiscard]] bool isEventStream() const { return mediaType() == "text/event-stream"; }
    [[nodiscard]] bool isRedirect() const { return status >= 300 && status < 400 && !header("Location").isEmpty(); }
    // The Location header resolved against `url`; empty when there is none.
    [[nodiscard]] QUrl location() const;
};

} // namespace mcpauth
