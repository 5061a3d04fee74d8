#include "HttpResult.h"

namespace mcpauth {

QByteArray HttpResult::header(QByteArrayView name) const
{
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            return h.second;
    }
    return {};
}

QList<QByteArray> HttpResult::headerValues(QByteArrayView name) const
{
    QList<QByteArray> out;
    for (const auto& h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0)
            out.append(h.second);
    }
    return out;
}

QByteArray HttpResult::mediaType() const
{
    return contentType().split(';').first().trimmed().toLower();
}

QUrl HttpResult::location() const
{
    const QByteArray value = header("Location").trimmed();
    if (value.isEmpty())
        return {};
    return url.resolved(QUrl::fromEncoded(value));
}

} // namespace mcpauth
