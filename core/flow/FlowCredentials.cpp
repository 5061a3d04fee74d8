#include "FlowCredentials.h"

#include <QJsonArray>

namespace mcpauth {

namespace {

QJsonValue dateValue(const QDateTime& when)
{
    return when.isValid() ? QJsonValue(when.toUTC().toString(Qt::ISODateWithMs)) : QJsonValue();
}

} // namespace

bool FlowCredentials::hasUsableAccessToken(const QDateTime& now, int marginSeconds) const
{
    if (accessToken.isEmpty())
        return false;
    return !accessTokenExpiresAt.isValid() || now.addSecs(marginSeconds) < accessTokenExpiresAt;
}

QJsonObject FlowCredentials::toJson() const
{
    QJsonObject json{
        {QStringLiteral("version"), kFormatVersion},
        {QStringLiteral("issuer"), issuer},
        {QStringLiteral("resource"), resource},
        {QStringLiteral("redirectUri"), redirectUri},
        {QStringLiteral("clientId"), clientId},
        {QStringLiteral("clientSecret"), clientSecret},
        {QStringLiteral("clientSecretExpiresAt"), dateValue(clientSecretExpiresAt)},
        {QStringLiteral("tokenEndpointAuthMethod"), tokenEndpointAuthMethod},
        {QStringLiteral("registrationAccessToken"), registrationAccessToken},
        {QStringLiteral("registrationClientUri"), registrationClientUri},
        {QStringLiteral("accessToken"), accessToken},
        {QStringLiteral("tokenType"), tokenType},
        {QStringLiteral("accessTokenExpiresAt"), dateValue(accessTokenExpiresAt)},
        {QStringLiteral("refreshToken"), refreshToken},
        {QStringLiteral("grantedScopes"), QJsonArray::fromStringList(grantedScopes)},
        {QStringLiteral("obtainedAt"), dateValue(obtainedAt)},
    };
    return json;
}

Result<FlowCredentials> FlowCredentials::fromJson(const QJsonObject& json)
{
    const QJsonValue version = json.value(QStringLiteral("version"));
    if (!version.isDouble() || version.toInt() < 1)
        return Error::invalid(QStringLiteral("version"), QStringLiteral("The stored credentials have no version."));
    if (version.toInt() > kFormatVersion)
        return Error::invalid(QStringLiteral("version"),
            QStringLiteral("The stored credentials were written by a newer MCP Auth Console (version %1).")
                .arg(version.toInt()));

    QString wrong;
    auto string = [&](const char* key) {
        const QJsonValue v = json.value(QLatin1String(key));
        if (!v.isUndefined() && !v.isNull() && !v.isString() && wrong.isEmpty())
            wrong = QString::fromLatin1(key);
        return v.toString();
    };
    auto date = [&](const char* key) {
        const QString text = string(key);
        if (text.isEmpty())
            return QDateTime();
        const QDateTime when = QDateTime::fromString(text, Qt::ISODateWithMs);
        if (!when.isValid() && wrong.isEmpty())
            wrong = QString::fromLatin1(key);
        return when.toUTC();
    };

    FlowCredentials c;
    c.issuer = string("issuer");
    c.resource = string("resource");
    c.redirectUri = string("redirectUri");
    c.clientId = string("clientId");
    c.clientSecret = string("clientSecret");
    c.clientSecretExpiresAt = date("clientSecretExpiresAt");
    c.tokenEndpointAuthMethod = string("tokenEndpointAuthMethod");
    c.registrationAccessToken = string("registrationAccessToken");
    c.registrationClientUri = string("registrationClientUri");
    c.accessToken = string("accessToken");
    c.tokenType = string("tokenType");
    c.accessTokenExpiresAt = date("accessTokenExpiresAt");
    c.refreshToken = string("refreshToken");
    c.obtainedAt = date("obtainedAt");
    const QJsonValue scopes = json.value(QStringLiteral("grantedScopes"));
    if (scopes.isArray()) {
        for (const QJsonValue& s : scopes.toArray()) {
            if (!s.isString() && wrong.isEmpty())
                wrong = QStringLiteral("grantedScopes");
            c.grantedScopes << s.toString();
        }
    } else if (!scopes.isUndefined() && !scopes.isNull() && wrong.isEmpty()) {
        wrong = QStringLiteral("grantedScopes");
    }
    if (!wrong.isEmpty())
        return Error::invalid(
            wrong, QStringLiteral("The stored credentials' field '%1' has the wrong type.").arg(wrong));
    if (c.issuer.isEmpty())
        return Error::invalid(QStringLiteral("issuer"), QStringLiteral("The stored credentials name no issuer."));
    return c;
}

} // namespace mcpauth
