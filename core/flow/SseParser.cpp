#include "SseParser.h"

#include <QStringDecoder>
#include <algorithm>
#include <utility>

namespace mcpauth {

namespace {

constexpr char kBom[] = "\xEF\xBB\xBF";
// 10^12 ms is 31 years; longer strings of digits are not a reconnection time anyone means.
constexpr qsizetype kMaxRetryDigits = 12;

// The stream's byte order mark is removed once, at its start (processLine). A U+FEFF inside a field
// is a character of the value and must stay: QString::fromUtf8 would drop it at the value's start,
// which turned "event:\xEF\xBB\xBF" into an event with an empty type (found by fuzz_sseparser).
QString decoded(const QByteArray& bytes)
{
    // Stateless: a value ending in a cut-off sequence gets U+FFFD, as fromUtf8 gives, instead of the
    // decoder keeping those bytes back for more input that never comes (an "event:\xCD" typed "").
    QStringDecoder toUtf16(
        QStringDecoder::Utf8, QStringConverter::Flag::ConvertInitialBom | QStringConverter::Flag::Stateless);
    return toUtf16.decode(bytes);
}

} // namespace

SseParser::SseParser(qsizetype maxEventBytes)
    : m_maxEventBytes(maxEventBytes)
{ }

Result<QList<SseEvent>> SseParser::feed(QByteArrayView chunk)
{
    if (m_failure)
        return *m_failure;
    QList<SseEvent> events;
    const qsizetype n = chunk.size();
    qsizetype i = 0;
    while (i < n) {
        if (m_afterCr) {
            m_afterCr = false;
            if (chunk.at(i) == '\n') {
                ++i;
                continue;
            }
        }
        qsizetype end = i;
        while (end < n && chunk.at(end) != '\r' && chunk.at(end) != '\n')
            ++end;
        if (pendingBytes() + (end - i) > m_maxEventBytes) {
            m_failure = Error::invalid(QStringLiteral("event-stream"),
                QStringLiteral("An event in the event stream is larger than %1 bytes (its data, type and the line "
                               "being read); the stream is not read further.")
                    .arg(m_maxEventBytes));
            m_line.clear();
            m_data.clear();
            m_type.clear();
            return *m_failure;
        }
        m_line.append(chunk.sliced(i, end - i));
        if (end == n)
            break;
        m_afterCr = chunk.at(end) == '\r';
        processLine(events);
        i = end + 1;
    }
    return events;
}

void SseParser::processLine(QList<SseEvent>& events)
{
    QByteArrayView line(m_line);
    if (m_firstLine) {
        m_firstLine = false;
        if (line.startsWith(QByteArrayView(kBom)))
            line = line.sliced(3);
    }
    if (line.isEmpty()) {
        dispatch(events);
    } else if (line.front() != ':') {
        const qsizetype colon = line.indexOf(':');
        const QByteArrayView field = colon < 0 ? line : line.first(colon);
        QByteArrayView value = colon < 0 ? QByteArrayView() : line.sliced(colon + 1);
        if (value.startsWith(' '))
            value = value.sliced(1);
        if (field == "event") {
            m_type = value.toByteArray();
        } else if (field == "data") {
            m_data.append(value);
            m_data.append('\n');
        } else if (field == "id") {
            if (!value.contains('\0'))
                m_lastId = value.toByteArray();
        } else if (field == "retry") {
            const bool digits = !value.isEmpty() && value.size() <= kMaxRetryDigits
                && std::all_of(value.begin(), value.end(), [](char c) { return c >= '0' && c <= '9'; });
            if (digits) {
                qint64 ms = 0;
                for (const char c : value)
                    ms = ms * 10 + (c - '0');
                m_reconnectionMs = ms;
                m_blockRetryMs = ms;
            }
        }
    }
    m_line.clear();
}

void SseParser::dispatch(QList<SseEvent>& events)
{
    const std::optional<qint64> retry = std::exchange(m_blockRetryMs, std::nullopt);
    if (m_data.isEmpty()) {
        m_type.clear();
        return;
    }
    m_data.chop(1); // the '\n' after the last data line
    SseEvent event;
    event.type = m_type.isEmpty() ? QStringLiteral("message") : decoded(m_type);
    event.data = decoded(m_data);
    event.id = decoded(m_lastId);
    event.retryMs = retry;
    events << event;
    m_data.clear();
    m_type.clear();
}

bool SseParser::finish()
{
    const bool pending = !m_line.isEmpty() || !m_data.isEmpty() || !m_type.isEmpty();
    m_line.clear();
    m_data.clear();
    m_type.clear();
    m_blockRetryMs.reset();
    m_afterCr = false;
    m_firstLine = true;
    return pending;
}

void SseParser::reset()
{
    finish();
    m_lastId.clear();
    m_reconnectionMs.reset();
    m_failure.reset();
}

QString SseParser::lastEventId() const
{
    return decoded(m_lastId);
}

} // namespace mcpauth
