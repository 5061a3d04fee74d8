#include "OAuthRequest.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace mcpauth {

namespace {

QString tr(const char* text)
{
    return QCoreApplication::translate("mcpauth::OAuthRequest", text);
}

// The server's own words from an OAuth error body, "invalid_redirect_uri: the URI is not https".
QString oauthError(const QJsonObject& body)
{
    const QString code = body.value(QStringLiteral("error")).toString();
    const QString description = body.value(QStringLiteral("error_description")).toString();
    if (code.isEmpty())
        return {};
    return description.isEmpty() ? code : QStringLiteral("%1 (%2)").arg(description, code);
}

// "the registration endpoint" at the start of a sentence.
QString capital(const QString& what)
{
    return what.isEmpty() ? what : what.front().toUpper() + what.mid(1);
}

QString fieldOf(const QString& oauthCode)
{
    if (oauthCode == QLatin1String("invalid_redirect_uri"))
        return QStringLiteral("redirectUris");
    if (oauthCode == QLatin1String("invalid_client_metadata"))
        return QStringLiteral("metadata");
    return QStringLiteral("request");
}

} // namespace

void OAuthRequest::send(QNetworkAccessManager* network, const QString& what, const HttpExchange::Request& request,
    bool jsonBody, QObject* context, Done done)
{
    auto* exchange = new HttpExchange(network, nullptr, context);
    QObject::connect(exchange, &HttpExchange::finished, context,
        [exchange, what, jsonBody, done = std::move(done)](const Result<HttpResult>& result) {
            exchange->deleteLater();
            done(interpret(what, result, jsonBody));
        });
    HttpExchange::Options options;
    options.timeoutMs = kTimeoutMs;
    options.maxBodyBytes = kMaxBodyBytes;
    exchange->start(QStringLiteral("backend"), request, options);
}

Result<OAuthRequest::Answer> OAuthRequest::interpret(
    const QString& what, const Result<HttpResult>& result, bool jsonBody)
{
    if (!result) {
        Error e = Error::make(
            ErrorCode::Unavailable, tr("Could not get an answer from %1: %2").arg(what, result.error().message));
        e.field = result.error().field; // the kind of failure, for a retry decision
        return e;
    }
    const HttpResult& http = *result;
    QJsonParseError parseError{};
    const QJsonDocument doc = QJsonDocument::fromJson(http.body, &parseError);
    const QJsonObject body = doc.isObject() ? doc.object() : QJsonObject();
    const QString serverSays = oauthError(body);
    const QString status = QStringLiteral("HTTP %1").arg(http.status);

    if (http.status == 401 || http.status == 403) {
        Error e = Error::make(ErrorCode::Unavailable,
            serverSays.isEmpty()
                ? tr("%1 refused the console's credentials (%2).").arg(capital(what), status)
                : tr("%1 refused the console's credentials (%2): %3.").arg(capital(what), status, serverSays));
        e.field = http.status == 401 ? QStringLiteral("unauthorized") : QStringLiteral("forbidden");
        return e;
    }
    if (http.status == 404)
        return Error::make(ErrorCode::NotFound,
            serverSays.isEmpty() ? tr("%1 answered %2: there is no such thing there.").arg(capital(what), status)
                                 : tr("%1 answered %2: %3.").arg(capital(what), status, serverSays));
    if (http.status == 400 && !serverSays.isEmpty())
        return Error::invalid(fieldOf(body.value(QStringLiteral("error")).toString()),
            tr("%1 refused the request: %2.").arg(capital(what), serverSays));
    if (http.status < 200 || http.status >= 300) {
        const QString reason = http.reason.isEmpty() ? status : status + QLatin1Char(' ') + http.reason;
        return Error::make(ErrorCode::Unavailable,
            serverSays.isEmpty() ? tr("%1 answered %2.").arg(capital(what), reason)
                                 : tr("%1 answered %2: %3.").arg(capital(what), reason, serverSays));
    }
    if (!jsonBody)
        return Answer{http.status, body};
    const QByteArray type = http.mediaType();
    if (type != "application/json" && !type.endsWith("+json"))
        return Error::make(ErrorCode::Unavailable,
            tr("%1 answered with %2 instead of JSON; is the address the server's?")
                .arg(capital(what), type.isEmpty() ? tr("no content type") : QString::fromLatin1(type)));
    if (parseError.error != QJsonParseError::NoError)
        return Error::make(ErrorCode::Unavailable,
            tr("%1 answered with malformed JSON (%2 at byte %3).")
                .arg(capital(what), parseError.errorString())
                .arg(parseError.offset));
    if (!doc.isObject())
        return Error::make(
            ErrorCode::Unavailable, tr("%1 answered with JSON that is not an object.").arg(capital(what)));
    return Answer{http.status, body};
}

} // namespace mcpauth
