#include "HttpRequest.h"

namespace mcpauth {

QByteArray HttpRequest::mediaType() const
{
    QByteArray type = header("content-type");
    if (const qsizetype semicolon = type.indexOf(';'); semicolon >= 0)
        type.truncate(semicolon);
    return type.trimmed().toLower();
}

QByteArray HttpRequest::bearerToken() const
{
    const QByteArray value = header("authorization").trimmed();
    const qsizetype space = value.indexOf(' ');
    if (space < 0 || value.left(space).compare("bearer", Qt::CaseInsensitive) != 0)
        return {};
    return value.mid(space + 1).trimmed();
}

QString HttpRequest::peerText() const
{
    QHostAddress address = peer;
    bool mapped = false;
    const quint32 v4 = address.toIPv4Address(&mapped);
    if (mapped)
        address = QHostAddress(v4);
    return address.toString();
}

QString HttpRequest::auditSource() const
{
    return QStringLiteral("server ") + peerText();
}

namespace {

Result<QMap<QString, QString>> parsePairs(const QByteArray& text)
{
    QMap<QString, QString> values;
    if (text.isEmpty())
        return values;
    for (const QByteArray& pair : text.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        QByteArray name = eq < 0 ? pair : pair.left(eq);
        QByteArray value = eq < 0 ? QByteArray() : pair.mid(eq + 1);
        name.replace('+', ' ');
        value.replace('+', ' ');
        const QString key = QString::fromUtf8(QByteArray::fromPercentEncoding(name));
        if (key.isEmpty())
            continue;
        if (values.contains(key))
            return Error::invalid(key, QStringLiteral("The parameter \"%1\" was sent more than once.").arg(key));
        values.insert(key, QString::fromUtf8(QByteArray::fromPercentEncoding(value)));
    }
    return values;
}

} // namespace

Result<QMap<QString, QString>> FormData::parse(const QByteArray& body)
{
    return parsePairs(body);
}

Result<QMap<QString, QString>> FormData::parse(const QUrlQuery& query)
{
    return parsePairs(query.query(QUrl::FullyEncoded).toUtf8());
}

QByteArray FormData::encode(const QMap<QString, QString>& values)
{
    QByteArray out;
    for (auto it = values.cbegin(); it != values.cend(); ++it) {
        if (!out.isEmpty())
            out += '&';
        out += QUrl::toPercentEncoding(it.key()) + '=' + QUrl::toPercentEncoding(it.value());
    }
    return out;
}

} // namespace mcpauth
