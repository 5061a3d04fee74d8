#include "Transcript.h"

#include "common/Logging.h"
#include "common/Utf8.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QUrlQuery>

namespace mcpauth {

namespace {

QString nowIso()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QJsonObject nameValue(const QString& name, const QString& value)
{
    return QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}};
}

QJsonArray harHeaders(const HttpHeaders& headers)
{
    QJsonArray out;
    for (const auto& h : headers)
        out.append(nameValue(QString::fromUtf8(h.first), QString::fromUtf8(h.second)));
    return out;
}

// Cookie: a=1; b=2
QJsonArray harRequestCookies(const HttpHeaders& headers)
{
    QJsonArray out;
    for (const auto& h : headers) {
        if (h.first.compare("cookie", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray& part : h.second.split(';')) {
            const qsizetype eq = part.indexOf('=');
            if (eq > 0)
                out.append(nameValue(
                    QString::fromUtf8(part.left(eq).trimmed()), QString::fromUtf8(part.mid(eq + 1).trimmed())));
        }
    }
    return out;
}

// Set-Cookie: a=1; Path=/; HttpOnly (one cookie per field, or per line where Qt joined them)
QJsonArray harResponseCookies(const HttpHeaders& headers)
{
    QJsonArray out;
    for (const auto& h : headers) {
        if (h.first.compare("set-cookie", Qt::CaseInsensitive) != 0)
            continue;
        for (const QByteArray& line : h.second.split('\n')) {
            const QList<QByteArray> parts = line.split(';');
            const qsizetype eq = parts.first().indexOf('=');
            if (eq <= 0)
                continue;
            QJsonObject cookie = nameValue(QString::fromUtf8(parts.first().left(eq).trimmed()),
                QString::fromUtf8(parts.first().mid(eq + 1).trimmed()));
            for (qsizetype i = 1; i < parts.size(); ++i) {
                const QByteArray attribute = parts[i].trimmed();
                const qsizetype aeq = attribute.indexOf('=');
                const QByteArray key = (aeq >= 0 ? attribute.left(aeq) : attribute).toLower();
                const QString value = QString::fromUtf8(aeq >= 0 ? attribute.mid(aeq + 1) : QByteArray());
                if (key == "path")
                    cookie.insert(QStringLiteral("path"), value);
                else if (key == "domain")
                    cookie.insert(QStringLiteral("domain"), value);
                else if (key == "httponly")
                    cookie.insert(QStringLiteral("httpOnly"), true);
                else if (key == "secure")
                    cookie.insert(QStringLiteral("secure"), true);
            }
            out.append(cookie);
        }
    }
    return out;
}

QJsonArray harQuery(const QUrl& url)
{
    QJsonArray out;
    const QUrlQuery query(url);
    for (const auto& item : query.queryItems(QUrl::FullyDecoded))
        out.append(nameValue(item.first, item.second));
    return out;
}

QJsonObject harEntry(const TranscriptEvent& e)
{
    const QString httpVersion
        = e.response && !e.response->httpVersion.isEmpty() ? e.response->httpVersion : QStringLiteral("HTTP/1.1");
    QJsonObject request{
        {QStringLiteral("method"), e.request.method},
        {QStringLiteral("url"), e.request.url.toString(QUrl::FullyEncoded)},
        {QStringLiteral("httpVersion"), httpVersion},
        {QStringLiteral("cookies"), harRequestCookies(e.request.headers)},
        {QStringLiteral("headers"), harHeaders(e.request.headers)},
        {QStringLiteral("queryString"), harQuery(e.request.url)},
        {QStringLiteral("headersSize"), -1},
        {QStringLiteral("bodySize"), e.request.body.size()},
    };
    if (!e.request.body.isEmpty()) {
        // HAR's postData has no encoding field: a binary body is shown as base64 and said so.
        const auto text = strictUtf8(e.request.body);
        QJsonObject postData{{QStringLiteral("mimeType"), QString::fromUtf8(e.request.contentType())},
            {QStringLiteral("text"), text ? *text : QString::fromLatin1(e.request.body.toBase64())}};
        if (!text)
            postData.insert(QStringLiteral("comment"), QStringLiteral("base64"));
        request.insert(QStringLiteral("postData"), postData);
    }

    QJsonObject response;
    if (e.response) {
        const TranscriptEvent::Response& r = *e.response;
        QJsonObject content{
            {QStringLiteral("size"), r.body.size()}, {QStringLiteral("mimeType"), QString::fromUtf8(r.contentType())}};
        if (!r.body.isEmpty()) {
            if (const auto text = strictUtf8(r.body)) {
                content.insert(QStringLiteral("text"), *text);
            } else {
                content.insert(QStringLiteral("text"), QString::fromLatin1(r.body.toBase64()));
                content.insert(QStringLiteral("encoding"), QStringLiteral("base64"));
            }
        }
        response = QJsonObject{
            {QStringLiteral("status"), r.status},
            {QStringLiteral("statusText"), r.reason},
            {QStringLiteral("httpVersion"), httpVersion},
            {QStringLiteral("cookies"), harResponseCookies(r.headers)},
            {QStringLiteral("headers"), harHeaders(r.headers)},
            {QStringLiteral("content"), content},
            {QStringLiteral("redirectURL"), QString::fromUtf8(r.header("Location"))},
            {QStringLiteral("headersSize"), -1},
            {QStringLiteral("bodySize"), r.body.size()},
        };
    } else {
        // No answer: what browsers write for a failed request.
        response = QJsonObject{
            {QStringLiteral("status"), 0},
            {QStringLiteral("statusText"), QString()},
            {QStringLiteral("httpVersion"), QString()},
            {QStringLiteral("cookies"), QJsonArray()},
            {QStringLiteral("headers"), QJsonArray()},
            {QStringLiteral("content"),
                QJsonObject{{QStringLiteral("size"), 0}, {QStringLiteral("mimeType"), QStringLiteral("x-unknown")}}},
            {QStringLiteral("redirectURL"), QString()},
            {QStringLiteral("headersSize"), -1},
            {QStringLiteral("bodySize"), -1},
        };
    }

    const qint64 wait = e.waitMs >= 0 ? qMin(e.waitMs, e.durationMs) : e.durationMs;
    QJsonObject entry{
        {QStringLiteral("startedDateTime"), e.startedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("time"), e.durationMs},
        {QStringLiteral("request"), request},
        {QStringLiteral("response"), response},
        {QStringLiteral("cache"), QJsonObject()},
        {QStringLiteral("timings"),
            QJsonObject{{QStringLiteral("send"), 0}, {QStringLiteral("wait"), wait},
                {QStringLiteral("receive"), e.durationMs - wait}}},
        {QStringLiteral("comment"), QStringLiteral("step: %1").arg(e.step)},
    };
    if (!e.error.isEmpty())
        entry.insert(QStringLiteral("_error"), e.error);
    return entry;
}

// One line of log.comment for an event HAR has no entry for.
QString summaryLine(const TranscriptEvent& e)
{
    QString what;
    switch (e.kind) {
    case TranscriptEvent::Kind::Note:
        what = e.note;
        break;
    case TranscriptEvent::Kind::Browser:
        what = (e.request.method.isEmpty() ? QString() : e.request.method + QLatin1Char(' '))
            + e.request.url.toString(QUrl::FullyEncoded);
        if (e.response)
            what += QStringLiteral(" -> %1").arg(e.response->status);
        if (!e.note.isEmpty())
            what += QStringLiteral(" (%1)").arg(e.note);
        break;
    default:
        what = e.request.method;
        break;
    }
    if (!e.error.isEmpty())
        what += QStringLiteral(" [error: %1]").arg(e.error);
    return QStringLiteral("#%1 %2 %3 [%4]: %5")
        .arg(e.sequence)
        .arg(e.startedAt.toUTC().toString(Qt::ISODateWithMs), TranscriptEvent::kindName(e.kind), e.step, what);
}

Status writeAtomically(const QString& path, const QByteArray& data)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Error::make(ErrorCode::Io, QStringLiteral("Could not write %1: %2").arg(path, file.errorString()));
    if (file.write(data) != data.size() || !file.commit())
        return Error::make(ErrorCode::Io, QStringLiteral("Could not write %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

Transcript::Transcript(QObject* parent)
    : QObject(parent)
{ }

const TranscriptEvent& Transcript::append(TranscriptEvent event)
{
    m_masker.mask(event);
    event.sequence = m_events.isEmpty() ? 1 : m_events.last().sequence + 1;
    if (!event.startedAt.isValid())
        event.startedAt = QDateTime::currentDateTimeUtc();
    event.startedAt = event.startedAt.toUTC();
    m_events.append(std::move(event));
    Q_EMIT eventAdded(m_events.last());
    return m_events.last();
}

const TranscriptEvent& Transcript::addNote(const QString& step, const QString& text)
{
    TranscriptEvent e;
    e.step = step;
    e.kind = TranscriptEvent::Kind::Note;
    e.note = text;
    e.startedAt = QDateTime::currentDateTimeUtc();
    return append(std::move(e));
}

void Transcript::clear()
{
    m_events.clear();
    Q_EMIT cleared();
}

QJsonObject Transcript::toJson() const
{
    QJsonArray events;
    for (const TranscriptEvent& e : m_events)
        events.append(e.toJson());
    return QJsonObject{
        {QStringLiteral("format"), QString::fromLatin1(kFormatName)},
        {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("createdBy"), QStringLiteral("mcp-auth " MCPAUTH_VERSION)},
        {QStringLiteral("savedAt"), nowIso()},
        {QStringLiteral("events"), events},
    };
}

QJsonObject Transcript::toHar() const
{
    QJsonArray entries;
    QStringList others;
    for (const TranscriptEvent& e : m_events) {
        if (e.kind == TranscriptEvent::Kind::Http)
            entries.append(harEntry(e));
        else
            others << summaryLine(e);
    }
    QJsonObject log{
        {QStringLiteral("version"), QStringLiteral("1.2")},
        {QStringLiteral("creator"),
            QJsonObject{{QStringLiteral("name"), QStringLiteral("MCP Auth Console")},
                {QStringLiteral("version"), QStringLiteral(MCPAUTH_VERSION)}}},
        {QStringLiteral("entries"), entries},
    };
    if (!others.isEmpty())
        log.insert(QStringLiteral("comment"), others.join(QLatin1Char('\n')));
    return QJsonObject{{QStringLiteral("log"), log}};
}

Status Transcript::loadJson(const QJsonObject& json)
{
    const QJsonValue format = json.value(QStringLiteral("format"));
    if (format.toString() != QLatin1String(kFormatName))
        return Error::invalid(QStringLiteral("format"),
            format.isUndefined()
                ? QStringLiteral("This is not a transcript of MCP Auth Console: it has no \"format\" field.")
                : QStringLiteral("This is not a transcript of MCP Auth Console: its format is \"%1\", "
                                 "not \"%2\".")
                      .arg(format.toVariant().toString().left(60), QString::fromLatin1(kFormatName)));
    const QJsonValue version = json.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toDouble() != double(version.toInt()) || version.toInt() < 1)
        return Error::invalid(QStringLiteral("version"),
            QStringLiteral("The transcript's \"version\" must be a whole number, 1 or more."));
    if (version.toInt() > kFormatVersion)
        return Error::invalid(QStringLiteral("version"),
            QStringLiteral("The transcript is in format version %1, written by a newer MCP Auth Console; this one "
                           "reads version %2.")
                .arg(version.toInt())
                .arg(kFormatVersion));
    const QJsonValue events = json.value(QStringLiteral("events"));
    if (!events.isArray())
        return Error::invalid(QStringLiteral("events"), QStringLiteral("The transcript has no \"events\" array."));

    QList<TranscriptEvent> loaded;
    const QJsonArray array = events.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isObject())
            return Error::invalid(
                QStringLiteral("events"), QStringLiteral("Event %1 of the transcript is not an object.").arg(i + 1));
        auto event = TranscriptEvent::fromJson(array.at(i).toObject());
        if (!event)
            return Error::invalid(event.error().field,
                QStringLiteral("Event %1 of the transcript: %2").arg(i + 1).arg(event.error().message));
        TranscriptEvent e = std::move(event).value();
        m_masker.mask(e);
        loaded.append(std::move(e));
    }
    m_events.clear();
    Q_EMIT cleared();
    for (const TranscriptEvent& e : std::as_const(loaded)) {
        m_events.append(e);
        Q_EMIT eventAdded(m_events.last());
    }
    return {};
}

Status Transcript::save(const QString& path) const
{
    return writeAtomically(path, QJsonDocument(toJson()).toJson(QJsonDocument::Indented));
}

Status Transcript::saveHar(const QString& path) const
{
    return writeAtomically(path, QJsonDocument(toHar()).toJson(QJsonDocument::Indented));
}

Status Transcript::load(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error::make(ErrorCode::Io, QStringLiteral("Could not read %1: %2").arg(path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return Error::invalid(QStringLiteral("file"),
            QStringLiteral("%1 is not valid JSON: %2 at byte %3.")
                .arg(path, parseError.errorString())
                .arg(parseError.offset));
    if (!doc.isObject())
        return Error::invalid(
            QStringLiteral("file"), QStringLiteral("%1 is not a transcript: it holds no JSON object.").arg(path));
    Status loaded = loadJson(doc.object());
    if (!loaded)
        return Error::invalid(loaded.error().field, QStringLiteral("%1: %2").arg(path, loaded.error().message));
    qCInfo(lcFlow).noquote() << "Transcript loaded from" << path << "with" << m_events.size() << "events";
    return {};
}

} // namespace mcpauth
