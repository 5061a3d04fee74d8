#include "MetadataJson.h"

#include "DiscoveryUrls.h"
#include "domain/Names.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

namespace mcpauth {

namespace {

constexpr int kShownLength = 200;

QString compactJson(const QJsonValue& value)
{
    if (value.isArray())
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    if (value.isObject())
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    return {};
}

} // namespace

QString MetadataJson::quoted(const QString& value)
{
    return Names::quoted(value, kShownLength);
}

QString MetadataJson::describe(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double:
        return QStringLiteral("a number (%1)").arg(value.toDouble());
    case QJsonValue::String:
        return QStringLiteral("the string %1").arg(quoted(value.toString()));
    case QJsonValue::Array:
        return QStringLiteral("an array (%1)").arg(quoted(compactJson(value)));
    case QJsonValue::Object:
        return QStringLiteral("an object (%1)").arg(quoted(compactJson(value)));
    case QJsonValue::Undefined:
        break;
    }
    return QStringLiteral("nothing");
}

Result<MetadataJson> MetadataJson::parse(const QByteArray& body, const QString& documentName)
{
    const QString field = QStringLiteral("body");
    if (body.size() > kMaxBytes)
        return Error::invalid(field,
            QStringLiteral("The %1 is %2 bytes long; documents over %3 bytes are not read (real ones take a few "
                           "KiB).")
                .arg(documentName)
                .arg(body.size())
                .arg(kMaxBytes));
    if (body.trimmed().isEmpty())
        return Error::invalid(field, QStringLiteral("The %1 is empty: a JSON object was expected.").arg(documentName));
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(body, &error);
    if (error.error != QJsonParseError::NoError) {
        const QByteArray start = body.trimmed().left(64).toLower();
        const bool html = start.startsWith('<');
        return Error::invalid(field,
            QStringLiteral("The %1 is not valid JSON (%2 at offset %3)%4.")
                .arg(documentName, error.errorString(), QString::number(error.offset),
                    html ? QStringLiteral("; it looks like an HTML page, such as a login or error page served "
                                          "at that address instead of the metadata")
                         : QString()));
    }
    if (!document.isObject())
        return Error::invalid(field,
            QStringLiteral("The %1 is a JSON %2, not a JSON object.")
                .arg(documentName,
                    document.isArray() ? QStringLiteral("array")
                                       : QStringLiteral("value (%1)").arg(quoted(QString::fromUtf8(body.left(100))))));
    MetadataJson out;
    out.m_json = document.object();
    out.m_documentName = documentName;
    return out;
}

Error MetadataJson::wrongType(const QString& member, const QString& expected) const
{
    return Error::invalid(member,
        QStringLiteral("The %1's %2 is %3, not %4.")
            .arg(m_documentName, member, describe(m_json.value(member)), expected));
}

Result<QString> MetadataJson::requiredString(const QString& member) const
{
    const QJsonValue value = m_json.value(member);
    if (value.isUndefined())
        return Error::invalid(
            member, QStringLiteral("The %1 has no %2, which is required.").arg(m_documentName, member));
    if (!value.isString())
        return wrongType(member, QStringLiteral("a string"));
    if (value.toString().isEmpty())
        return Error::invalid(member, QStringLiteral("The %1's %2 is empty.").arg(m_documentName, member));
    return value.toString();
}

Result<std::optional<QString>> MetadataJson::optionalString(const QString& member) const
{
    const QJsonValue value = m_json.value(member);
    if (value.isUndefined())
        return std::optional<QString>();
    if (!value.isString())
        return wrongType(member, QStringLiteral("a string"));
    return std::optional<QString>(value.toString());
}

Result<std::optional<QStringList>> MetadataJson::optionalStringArray(const QString& member) const
{
    const QJsonValue value = m_json.value(member);
    if (value.isUndefined())
        return std::optional<QStringList>();
    if (!value.isArray())
        return wrongType(member, QStringLiteral("an array of strings"));
    const QJsonArray array = value.toArray();
    if (array.size() > kMaxArrayEntries)
        return Error::invalid(member,
            QStringLiteral("The %1's %2 has %3 entries; more than %4 are not read.")
                .arg(m_documentName, member)
                .arg(array.size())
                .arg(kMaxArrayEntries));
    QStringList out;
    out.reserve(array.size());
    for (qsizetype i = 0; i < array.size(); ++i) {
        const QJsonValue entry = array.at(i);
        if (!entry.isString())
            return Error::invalid(member,
                QStringLiteral("The %1's %2 must be an array of strings, but entry %3 is %4.")
                    .arg(m_documentName, member, QString::number(i + 1), describe(entry)));
        out << entry.toString();
    }
    return std::optional<QStringList>(out);
}

std::optional<QString> MetadataJson::informationalString(const QString& member)
{
    auto value = optionalString(member);
    if (value)
        return *value;
    warn(value.error().message + QStringLiteral(" It is ignored."));
    return std::nullopt;
}

std::optional<QStringList> MetadataJson::informationalStringArray(const QString& member)
{
    auto value = optionalStringArray(member);
    if (value)
        return *value;
    warn(value.error().message + QStringLiteral(" It is ignored."));
    return std::nullopt;
}

std::optional<bool> MetadataJson::informationalBool(const QString& member)
{
    const QJsonValue value = m_json.value(member);
    if (value.isUndefined())
        return std::nullopt;
    if (value.isBool())
        return value.toBool();
    warn(wrongType(member, QStringLiteral("true or false")).message + QStringLiteral(" It is read as false."));
    return false;
}

Result<QUrl> MetadataJson::url(const QString& member, bool allowLoopbackHttp) const
{
    auto text = requiredString(member);
    if (!text)
        return text.error();
    const QUrl url(*text, QUrl::StrictMode);
    const QString label = QStringLiteral("%1's %2").arg(m_documentName, member);
    if (!url.isValid() || url.isRelative() || url.host().isEmpty())
        return Error::invalid(
            member, QStringLiteral("The %1 %2 is not an absolute URL with a host.").arg(label, quoted(*text)));
    if (url.hasFragment())
        return Error::invalid(member,
            QStringLiteral("The %1 %2 has a fragment ('#...'), which an endpoint URL must not have.")
                .arg(label, quoted(*text)));
    if (Status s = DiscoveryUrls::checkTransport(member, label, url, allowLoopbackHttp); !s)
        return s.error();
    return url;
}

Result<QUrl> MetadataJson::requiredUrl(const QString& member, bool allowLoopbackHttp) const
{
    return url(member, allowLoopbackHttp);
}

std::optional<QUrl> MetadataJson::optionalUrl(const QString& member, bool allowLoopbackHttp)
{
    if (!m_json.contains(member))
        return std::nullopt;
    auto value = url(member, allowLoopbackHttp);
    if (value)
        return *value;
    warn(value.error().message + QStringLiteral(" It is ignored, as if the server had not sent it."));
    return std::nullopt;
}

} // namespace mcpauth
