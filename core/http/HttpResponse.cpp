#include "HttpResponse.h"

namespace mcpauth {

HttpResponse HttpResponse::json(const QJsonObject& object, int status)
{
    return json(QJsonDocument(object), status);
}

HttpResponse HttpResponse::json(const QJsonDocument& document, int status)
{
    return jsonText(document.toJson(QJsonDocument::Compact), status);
}

HttpResponse HttpResponse::jsonText(const QByteArray& json, int status)
{
    HttpResponse r;
    r.status = status;
    r.body = json;
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    return r;
}

HttpResponse HttpResponse::html(const QByteArray& page, int status)
{
    HttpResponse r;
    r.status = status;
    r.body = page;
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/html; charset=utf-8")});
    return r;
}

HttpResponse HttpResponse::text(const QByteArray& text, int status)
{
    HttpResponse r;
    r.status = status;
    r.body = text;
    r.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("text/plain; charset=utf-8")});
    return r;
}

HttpResponse HttpResponse::redirect(const QUrl& location, int status)
{
    HttpResponse r;
    r.status = status;
    r.headers.append({QByteArrayLiteral("Location"), location.toEncoded()});
    return r;
}

HttpResponse HttpResponse::empty(int status)
{
    HttpResponse r;
    r.status = status;
    return r;
}

HttpResponse& HttpResponse::removeHeader(const QByteArray& name)
{
    headers.removeIf(
        [&](const QPair<QByteArray, QByteArray>& h) { return h.first.compare(name, Qt::CaseInsensitive) == 0; });
    return *this;
}

HttpResponse& HttpResponse::setHeader(const QByteArray& name, const QByteArray& value)
{
    removeHeader(name);
    headers.append({name, value});
    return *this;
}

HttpResponse& HttpResponse::addHeader(const QByteArray& name, const QByteArray& value)
{
    headers.append({name, value});
    return *this;
}

QByteArray HttpResponse::header(const QByteArray& name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

bool HttpResponse::hasHeader(const QByteArray& name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

HttpResponse& HttpResponse::noStore()
{
    setHeader(QByteArrayLiteral("Cache-Control"), QByteArrayLiteral("no-store"));
    setHeader(QByteArrayLiteral("Pragma"), QByteArrayLiteral("no-cache"));
    return *this;
}

} // namespace mcpauth
