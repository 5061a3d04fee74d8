#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QHash>
#include <QHostAddress>
#include <QMap>
#include <QString>
#include <QUrl>
#include <QUrlQuery>

namespace mcpauth {

// One HTTP request as our handlers see it: copied out of QHttpServerRequest (which cannot be copied or
// kept past the handler) so that asynchronous handlers may hold it.
struct HttpRequest
{
    QByteArray method; // upper case: "GET", "POST", "OPTIONS", ...
    QString path; // decoded path, no query: "/token"
    QUrl url; // as received, with the Host header's authority
    QUrlQuery query;
    QHash<QByteArray, QByteArray> headers; // names in lower case; repeated headers joined with ", "
    QByteArray body;
    QHostAddress peer;
    bool secure = false; // arrived over TLS

    [[nodiscard]] QByteArray header(const QByteArray& lowerCaseName) const { return headers.value(lowerCaseName); }
    // The media type without parameters, in lower case: "application/json".
    [[nodiscard]] QByteArray mediaType() const;
    [[nodiscard]] bool hasMediaType(const QByteArray& type) const { return mediaType() == type; }
    // The credentials of "Authorization: Bearer <token>" (RFC 6750 section 2.1; the scheme name in any
    // case); empty when the header is absent or uses another scheme.
    [[nodiscard]] QByteArray bearerToken() const;
    // "server 127.0.0.1": the audit source of everything this request changes.
    [[nodiscard]] QString auditSource() const;
    [[nodiscard]] QString peerText() const;
};

// application/x-www-form-urlencoded, as OAuth needs it: '+' is a space, and a parameter sent twice
// is an error (RFC 6749 section 3.1), which QUrlQuery would silently accept.
class FormData
{
public:
    [[nodiscard]] static Result<QMap<QString, QString>> parse(const QByteArray& body);
    // The query string of a GET request, with the same rules.
    [[nodiscard]] static Result<QMap<QString, QString>> parse(const QUrlQuery& query);
    [[nodiscard]] static QByteArray encode(const QMap<QString, QString>& values);
};

} // namespace mcpauth
