#include "TokenIntrospection.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonArray>

namespace mcpauth {

namespace {

qint64 seconds(const QJsonValue& value)
{
    return value.isDouble() ? static_cast<qint64>(value.toDouble()) * 1000 : 0;
}

QString utc(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss 'UTC'"));
}

} // namespace

TokenIntrospection TokenIntrospection::fromJson(const QJsonObject& json)
{
    TokenIntrospection t;
    t.json = json;
    // RFC 7662: anything but the JSON value true means inactive.
    t.active = json.value(QStringLiteral("active")).toBool(false);
    t.clientId = json.value(QStringLiteral("client_id")).toString();
    t.subject = json.value(QStringLiteral("sub")).toString();
    t.scope = json.value(QStringLiteral("scope")).toString();
    const QJsonValue aud = json.value(QStringLiteral("aud"));
    if (aud.isArray()) {
        for (const QJsonValue& a : aud.toArray())
            t.audience << a.toString();
    } else if (aud.isString()) {
        t.audience << aud.toString();
    }
    t.tokenType = json.value(QStringLiteral("token_type")).toString();
    t.issuer = json.value(QStringLiteral("iss")).toString();
    t.issuedAt = seconds(json.value(QStringLiteral("iat")));
    t.expiresAt = seconds(json.value(QStringLiteral("exp")));
    return t;
}

QStringList TokenIntrospection::describe(qint64 nowMs) const
{
    auto tr = [](const char* text) { return QCoreApplication::translate("mcpauth::TokenIntrospection", text); };
    QStringList lines;
    if (!active) {
        // RFC 7662 section 2.2: the server tells nothing more about an inactive token, on purpose.
        lines << tr("Inactive: the server does not accept this token (revoked, expired, unknown to it, or "
                    "not one it lets this client see).");
        return lines;
    }
    lines << tr("Active: the server accepts this token.");
    if (!clientId.isEmpty())
        lines << tr("Issued to client: %1").arg(clientId);
    if (!subject.isEmpty())
        lines << tr("Subject: %1").arg(subject);
    lines << (scope.isEmpty() ? tr("Scopes: none named") : tr("Scopes: %1").arg(scope));
    if (!audience.isEmpty())
        lines << tr("Audience (resource): %1").arg(audience.join(QStringLiteral(", ")));
    if (!issuer.isEmpty())
        lines << tr("Issuer: %1").arg(issuer);
    if (!tokenType.isEmpty())
        lines << tr("Token type: %1").arg(tokenType);
    if (issuedAt > 0)
        lines << tr("Issued at: %1").arg(utc(issuedAt));
    if (expiresAt > 0) {
        const qint64 left = (expiresAt - nowMs) / 60000;
        lines << (left >= 0 ? tr("Expires at: %1 (%2 min from now)").arg(utc(expiresAt)).arg(left)
                            : tr("Expires at: %1").arg(utc(expiresAt)));
    } else {
        lines << tr("Expires: the server did not say.");
    }
    return lines;
}

} // namespace mcpauth
