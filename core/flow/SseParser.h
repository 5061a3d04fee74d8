#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>
#include <optional>

namespace mcpauth {

struct SseEvent
{
    QString type; // the event field, "message" when none was sent
    QString data; // the data lines joined with '\n'
    QString id; // the last event ID when the event was dispatched (it carries over between events)
    std::optional<qint64> retryMs; // a valid retry field in this event's block
};

// An incremental text/event-stream parser (WHATWG HTML, "Interpreting an event stream"), for the
// Streamable HTTP transport's SSE responses. Feed it the body in whatever chunks the network delivers:
// lines may end in CR, LF or CRLF, and a CRLF, a UTF-8 sequence or a leading byte order mark may be
// split between chunks. Comments (":...") and unknown fields are skipped, a field without a colon has
// an empty value, one space after the colon is removed, an id containing NUL is ignored, a retry that
// is not all digits is ignored, and a block without data dispatches nothing (all as the standard says).
//
// Memory is bounded: when the pending event (its data, type and the line being read) would exceed
// maxEventBytes, feed() fails with an error naming the limit, and the parser stays failed (every later
// feed returns the same error) until reset().
class SseParser
{
public:
    static constexpr qsizetype kDefaultMaxEventBytes = 4 * 1024 * 1024;

    explicit SseParser(qsizetype maxEventBytes = kDefaultMaxEventBytes);

    // The events completed by this chunk, in order. Error::invalid("event-stream", ...) when the cap is
    // hit (events completed earlier in the same chunk are then not returned: the stream is abandoned).
    [[nodiscard]] Result<QList<SseEvent>> feed(QByteArrayView chunk);
    // The stream ended. What is pending is discarded, as the standard says; true when something was
    // (an event cut off mid-way, which a diagnosis may want to mention). The parser can then be fed a
    // new stream; lastEventId() stays.
    bool finish();
    void reset();

    [[nodiscard]] QString lastEventId() const;
    [[nodiscard]] std::optional<qint64> reconnectionTimeMs() const { return m_reconnectionMs; }
    [[nodiscard]] bool failed() const { return m_failure.has_value(); }

private:
    void processLine(QList<SseEvent>& events);
    void dispatch(QList<SseEvent>& events);
    [[nodiscard]] qsizetype pendingBytes() const { return m_line.size() + m_data.size() + m_type.size(); }

    qsizetype m_maxEventBytes;
    QByteArray m_line;
    QByteArray m_data;
    QByteArray m_type;
    QByteArray m_lastId;
    std::optional<qint64> m_blockRetryMs;
    std::optional<qint64> m_reconnectionMs;
    bool m_afterCr = false; // the previous byte was CR: a following LF belongs to it
    bool m_firstLine = true; // where a byte order mark may be
    std::optional<Error> m_failure;
};

} // namespace mcpauth
