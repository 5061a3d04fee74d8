#include "TranscriptEvent.h"

#include "common/Utf8.h"

#include <QJsonArray>
#include <array>

namespace mcpauth {

namespace {

struct KindName
{
    TranscriptEvent::Kind kind;
    const char* name;
};

constexpr std::array kKindNames{
    KindName{TranscriptEvent::Kind::Http, "http"},
    KindName{TranscriptEvent::Kind::JsonRpcRequest, "jsonrpc-request"},
    KindName{TranscriptEvent::Kind::JsonRpcResponse, "jsonrpc-response"},
    KindName{TranscriptEvent::Kind::JsonRpcNotification, "jsonrpc-notification"},
    KindName{TranscriptEvent::Kind::Browser, "browser"},
    KindName{TranscriptEvent::Kind::Note, "note"},
};

QByteArray findHeader(const HttpHeaders& headers, QByteArrayView name)
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

// Header bytes as text: UTF-8 when they are, else one character per byte, so nothing is lost.
QString headerText(const QByteArray& bytes)
{
    return strictUtf8(bytes).value_or(QString::fromLatin1(bytes));
}

QJsonArray headersToJson(const HttpHeaders& headers)
{
    QJsonArray out;
    for (const auto& h : headers)
        out.append(QJsonObject{
            {QStringLiteral("name"), headerText(h.first)}, {QStringLiteral("value"), headerText(h.second)}});
    return out;
}

void putBody(QJsonObject& json, const QByteArray& body)
{
    if (body.isEmpty())
        return;
    if (auto text = strictUtf8(body)) {
        json.insert(QStringLiteral("body"), *text);
        return;
    }
    json.insert(QStringLiteral("body"), QString::fromLatin1(body.toBase64()));
    json.insert(QStringLiteral("bodyEncoding"), QStringLiteral("base64"));
}

// Reads the typed fields of one JSON object and remembers the first field that has the wrong type,
// so that fromJson can name it.
class Reader
{
public:
    Reader(const QJsonObject& json, QString prefix)
        : m_json(json)
        , m_prefix(std::move(prefix))
    { }

    QString string(const QString& key, bool required = false)
    {
        const QJsonValue v = m_json.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, QStringLiteral("is missing"));
            return {};
        }
        if (!v.isString())
            fail(key, QStringLiteral("must be a string"));
        return v.toString();
    }
    qint64 integer(const QString& key, qint64 fallback, bool required = false)
    {
        const QJsonValue v = m_json.value(key);
        if (v.isUndefined() || v.isNull()) {
            if (required)
                fail(key, QStringLiteral("is missing"));
            return fallback;
        }
        const double d = v.toDouble();
        if (!v.isDouble() || d != double(qint64(d)))
            fail(key, QStringLiteral("must be a whole number"));
        return qint64(d);
    }
    QJsonObject object(const QString& key)
    {
        const QJsonValue v = m_json.value(key);
        if (v.isUndefined() || v.isNull())
            return {};
        if (!v.isObject())
            fail(key, QStringLiteral("must be an object"));
        return v.toObject();
    }
    HttpHeaders headers(const QString& key)
    {
        HttpHeaders out;
        const QJsonValue v = m_json.value(key);
        if (v.isUndefined() || v.isNull())
            return out;
        if (!v.isArray()) {
            fail(key, QStringLiteral("must be an array of {name, value}"));
            return out;
        }
        for (const QJsonValue& item : v.toArray()) {
            const QJsonObject h = item.toObject();
            if (!item.isObject() || !h.value(QStringLiteral("name")).isString()
                || !h.value(QStringLiteral("value")).isString()) {
                fail(key, QStringLiteral("must be an array of {name, value} with string values"));
                return out;
            }
            out.append({h.value(QStringLiteral("name")).toString().toUtf8(),
                h.value(QStringLiteral("value")).toString().toUtf8()});
        }
        return out;
    }
    QByteArray body()
    {
        const QString text = string(QStringLiteral("body"));
        const QString encoding = string(QStringLiteral("bodyEncoding"));
        if (encoding.isEmpty())
            return text.toUtf8();
        if (encoding != QLatin1String("base64")) {
            fail(QStringLiteral("bodyEncoding"), QStringLiteral("must be \"base64\" when present"));
            return {};
        }
        const auto decoded = QByteArray::fromBase64Encoding(text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            fail(QStringLiteral("body"), QStringLiteral("is not valid base64"));
        return decoded.decoded;
    }
    void fail(const QString& key, const QString& what)
    {
        if (m_error.isEmpty())
            m_error = QStringLiteral("'%1%2' %3.").arg(m_prefix, key, what);
    }
    [[nodiscard]] const QString& error() const { return m_error; }

private:
    const QJsonObject& m_json;
    QString m_prefix;
    QString m_error;
};

} // namespace

QByteArray TranscriptEvent::Request::header(QByteArrayView name) const
{
    return findHeader(headers, name);
}

QByteArray TranscriptEvent::Response::header(QByteArrayView name) const
{
    return findHeader(headers, name);
}

QString TranscriptEvent::kindName(Kind kind)
{
    for (const KindName& k : kKindNames) {
        if (k.kind == kind)
            return QString::fromLatin1(k.name);
    }
    return QStringLiteral("note");
}

std::optional<TranscriptEvent::Kind> TranscriptEvent::kindFromName(const QString& name)
{
    for (const KindName& k : kKindNames) {
        if (name == QLatin1String(k.name))
            return k.kind;
    }
    return std::nullopt;
}

QJsonObject TranscriptEvent::toJson() const
{
    QJsonObject json{
        {QStringLiteral("sequence"), sequence},
        {QStringLiteral("step"), step},
        {QStringLiteral("kind"), kindName(kind)},
        {QStringLiteral("startedAt"), startedAt.toUTC().toString(Qt::ISODateWithMs)},
        {QStringLiteral("durationMs"), durationMs},
    };
    if (waitMs >= 0)
        json.insert(QStringLiteral("waitMs"), waitMs);
    if (!error.isEmpty())
        json.insert(QStringLiteral("error"), error);
    if (!note.isEmpty())
        json.insert(QStringLiteral("note"), note);
    if (!tokenHeader.isEmpty())
        json.insert(QStringLiteral("tokenHeader"), tokenHeader);
    if (!tokenClaims.isEmpty())
        json.insert(QStringLiteral("tokenClaims"), tokenClaims);

    if (!request.method.isEmpty() || !request.url.isEmpty() || !request.headers.isEmpty() || !request.body.isEmpty()) {
        QJsonObject r{{QStringLiteral("method"), request.method},
            {QStringLiteral("url"), request.url.toString(QUrl::FullyEncoded)},
            {QStringLiteral("headers"), headersToJson(request.headers)}};
        putBody(r, request.body);
        json.insert(QStringLiteral("request"), r);
    }
    if (response) {
        QJsonObject r{{QStringLiteral("status"), response->status}, {QStringLiteral("reason"), response->reason},
            {QStringLiteral("headers"), headersToJson(response->headers)}};
        if (!response->httpVersion.isEmpty())
            r.insert(QStringLiteral("httpVersion"), response->httpVersion);
        putBody(r, response->body);
        json.insert(QStringLiteral("response"), r);
    }
    return json;
}

Result<TranscriptEvent> TranscriptEvent::fromJson(const QJsonObject& json)
{
    TranscriptEvent e;
    Reader top(json, {});
    e.sequence = top.integer(QStringLiteral("sequence"), 0, true);
    e.step = top.string(QStringLiteral("step"));
    const QString kind = top.string(QStringLiteral("kind"), true);
    const QString started = top.string(QStringLiteral("startedAt"), true);
    e.durationMs = top.integer(QStringLiteral("durationMs"), 0);
    e.waitMs = top.integer(QStringLiteral("waitMs"), -1);
    e.error = top.string(QStringLiteral("error"));
    e.note = top.string(QStringLiteral("note"));
    e.tokenHeader = top.object(QStringLiteral("tokenHeader"));
    e.tokenClaims = top.object(QStringLiteral("tokenClaims"));
    const QJsonObject request = top.object(QStringLiteral("request"));
    const QJsonObject response = top.object(QStringLiteral("response"));
    if (!top.error().isEmpty())
        return Error::invalid(QStringLiteral("event"), top.error());

    const auto k = kindFromName(kind);
    if (!k) {
        QStringList names;
        for (const KindName& n : kKindNames)
            names << QString::fromLatin1(n.name);
        return Error::invalid(QStringLiteral("kind"),
            QStringLiteral("'kind' is \"%1\"; it must be one of %2.")
                .arg(kind.left(60), names.join(QStringLiteral(", "))));
    }
    e.kind = *k;
    e.startedAt = QDateTime::fromString(started, Qt::ISODateWithMs);
    if (!e.startedAt.isValid())
        return Error::invalid(QStringLiteral("startedAt"),
            QStringLiteral("'startedAt' is \"%1\"; it must be an ISO 8601 date and time.").arg(started.left(60)));
    e.startedAt = e.startedAt.toUTC();
    if (e.sequence < 1)
        return Error::invalid(QStringLiteral("sequence"), QStringLiteral("'sequence' must be 1 or more."));

    Reader req(request, QStringLiteral("request."));
    e.request.method = req.string(QStringLiteral("method"));
    const QString url = req.string(QStringLiteral("url"));
    e.request.headers = req.headers(QStringLiteral("headers"));
    e.request.body = req.body();
    if (!req.error().isEmpty())
        return Error::invalid(QStringLiteral("request"), req.error());
    e.request.url = QUrl(url);
    if (!url.isEmpty() && !e.request.url.isValid())
        return Error::invalid(QStringLiteral("request.url"),
            QStringLiteral("'request.url' is not a valid URL: %1").arg(e.request.url.errorString()));

    if (json.contains(QStringLiteral("response"))) {
        Reader res(response, QStringLiteral("response."));
        Response r;
        r.status = int(res.integer(QStringLiteral("status"), 0, true));
        r.reason = res.string(QStringLiteral("reason"));
        r.httpVersion = res.string(QStringLiteral("httpVersion"));
        r.headers = res.headers(QStringLiteral("headers"));
        r.body = res.body();
        if (!res.error().isEmpty())
            return Error::invalid(QStringLiteral("response"), res.error());
        if (r.status < 0 || r.status > 999)
            return Error::invalid(QStringLiteral("response.status"),
                QStringLiteral("'response.status' is %1; an HTTP status has three digits.").arg(r.status));
        e.response = std::move(r);
    }
    return e;
}

} // namespace mcpauth
