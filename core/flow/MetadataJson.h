#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace mcpauth {

// Reading one JSON metadata document a server sent (RFC 9728 protected resource metadata, RFC 8414
// authorization server metadata): the size cap, the JSON itself, and typed members whose refusals and
// warnings name the document, the member, what it held and what was expected. Shared by
// ProtectedResourceMetadata and AuthorizationServerMetadata; not meant for anything the user typed.
//
// "Required"/"optional" readers return an Error on a wrong type; "informational" readers record a
// warning and treat the member as absent, for members whose only use is to be shown.
class MetadataJson
{
public:
    static constexpr qsizetype kMaxBytes = 256 * 1024;
    static constexpr qsizetype kMaxArrayEntries = 1000;

    // `documentName`: "protected resource metadata", "authorization server metadata".
    [[nodiscard]] static Result<MetadataJson> parse(const QByteArray& body, const QString& documentName);

    [[nodiscard]] const QJsonObject& json() const { return m_json; }
    [[nodiscard]] const QStringList& warnings() const { return m_warnings; }
    void warn(const QString& sentence) { m_warnings << sentence; }
    [[nodiscard]] const QString& documentName() const { return m_documentName; }

    [[nodiscard]] Result<QString> requiredString(const QString& member) const;
    [[nodiscard]] Result<std::optional<QString>> optionalString(const QString& member) const;
    [[nodiscard]] Result<std::optional<QStringList>> optionalStringArray(const QString& member) const;
    [[nodiscard]] std::optional<QString> informationalString(const QString& member);
    [[nodiscard]] std::optional<QStringList> informationalStringArray(const QString& member);
    [[nodiscard]] std::optional<bool> informationalBool(const QString& member);
    // An absolute http(s) URL without fragment that passes DiscoveryUrls::checkTransport.
    [[nodiscard]] Result<QUrl> requiredUrl(const QString& member, bool allowLoopbackHttp) const;
    // The same for an optional member; an unusable value is dropped with a warning (nullopt).
    [[nodiscard]] std::optional<QUrl> optionalUrl(const QString& member, bool allowLoopbackHttp);

    // "a number (42)", "an array", "null": a JSON value as a message names it.
    [[nodiscard]] static QString describe(const QJsonValue& value);
    // A value from the document, quoted and cut for a message.
    [[nodiscard]] static QString quoted(const QString& value);

private:
    [[nodiscard]] Error wrongType(const QString& member, const QString& expected) const;
    [[nodiscard]] Result<QUrl> url(const QString& member, bool allowLoopbackHttp) const;

    QJsonObject m_json;
    QString m_documentName;
    QStringList m_warnings;
};

} // namespace mcpauth
