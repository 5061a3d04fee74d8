#include "ClientRegistration.h"

#include "domain/Names.h"

#include <QJsonArray>

namespace mcpauth {

namespace {

const QStringList& editedFields()
{
    static const QStringList fields{QStringLiteral("client_name"), QStringLiteral("redirect_uris"),
        QStringLiteral("grant_types"), QStringLiteral("response_types"), QStringLiteral("token_endpoint_auth_method"),
        QStringLiteral("scope")};
    return fields;
}

QStringList strings(const QJsonValue& value)
{
    QStringList out;
    if (value.isArray()) {
        for (const QJsonValue& v : value.toArray())
            out << v.toString();
    } else if (value.isString()) {
        // scope is one space-separated string (RFC 7591 section 2).
        out = value.toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    }
    out.sort();
    out.removeDuplicates();
    return out;
}

} // namespace

const QStringList& ClientRegistration::serverManagedFields()
{
    static const QStringList fields{QStringLiteral("registration_access_token"),
        QStringLiteral("registration_client_uri"), QStringLiteral("client_secret_expires_at"),
        QStringLiteral("client_id_issued_at")};
    return fields;
}

QJsonObject ClientRegistration::toMetadata(const Application& app, const QJsonObject& current)
{
    QJsonObject json = current;
    for (const QString& field : serverManagedFields())
        json.remove(field);
    const QString name = app.displayName.isEmpty() ? app.name : app.displayName;
    if (name.isEmpty())
        json.remove(QStringLiteral("client_name"));
    else
        json.insert(QStringLiteral("client_name"), name);
    json.insert(QStringLiteral("redirect_uris"), QJsonArray::fromStringList(app.redirectUris));
    QStringList grants;
    for (GrantType g : app.grantTypes)
        grants << enumName(kGrantTypeNames, g);
    json.insert(QStringLiteral("grant_types"), QJsonArray::fromStringList(grants));
    // "code" goes with authorization_code and nothing else (RFC 7591 section 2.1).
    json.insert(QStringLiteral("response_types"),
        app.hasGrant(GrantType::AuthorizationCode) ? QJsonArray{QStringLiteral("code")} : QJsonArray());
    json.insert(QStringLiteral("token_endpoint_auth_method"), enumName(kAuthMethodNames, app.authMethod));
    if (app.allowedScopes.isEmpty())
        json.remove(QStringLiteral("scope"));
    else
        json.insert(QStringLiteral("scope"), app.allowedScopes.join(QLatin1Char(' ')));
    return json;
}

Application ClientRegistration::toApplication(const QJsonObject& registration, const QString& organizationId)
{
    Application app;
    app.organizationId = organizationId;
    app.clientId = registration.value(QStringLiteral("client_id")).toString();
    app.id = app.clientId;
    app.displayName = registration.value(QStringLiteral("client_name")).toString();
    // client_name is free text; the console's name rules are stricter, so a name that breaks them
    // stays the display name and the client id names the application.
    app.name = !app.displayName.isEmpty() && Names::checkName(QStringLiteral("name"), app.displayName).isEmpty()
        ? app.displayName
        : app.clientId;
    const QString method = registration.value(QStringLiteral("token_endpoint_auth_method"))
                               .toString(QStringLiteral("client_secret_basic")); // the RFC 7591 default
    app.authMethod = enumFromName(kAuthMethodNames, method).value_or(TokenEndpointAuthMethod::ClientSecretBasic);
    app.clientType = app.authMethod == TokenEndpointAuthMethod::None ? ClientType::Public : ClientType::Confidential;
    app.redirectUris.clear();
    for (const QJsonValue& uri : registration.value(QStringLiteral("redirect_uris")).toArray())
        app.redirectUris << uri.toString();
    app.grantTypes.clear();
    const QJsonValue grants = registration.value(QStringLiteral("grant_types"));
    if (grants.isUndefined()) {
        app.grantTypes << GrantType::AuthorizationCode; // the RFC 7591 default
    } else {
        for (const QJsonValue& g : grants.toArray()) {
            if (const auto known = enumFromName(kGrantTypeNames, g.toString()))
                app.grantTypes << *known;
        }
    }
    app.allowedScopes
        = registration.value(QStringLiteral("scope")).toString().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    app.category = AppCategory::Default;
    app.type = QStringLiteral("OAuth");
    app.createdBy = CreatedBy::Dcr;
    app.createdAt = static_cast<qint64>(registration.value(QStringLiteral("client_id_issued_at")).toDouble()) * 1000;
    return app;
}

QStringList ClientRegistration::differences(const QJsonObject& expected, const QJsonObject& actual)
{
    QStringList out;
    for (const QString& field : editedFields()) {
        const QJsonValue a = expected.value(field);
        const QJsonValue b = actual.value(field);
        if (field == QLatin1String("client_name") || field == QLatin1String("token_endpoint_auth_method")) {
            if (a.toString() != b.toString())
                out << field;
        } else if (strings(a) != strings(b)) {
            out << field;
        }
    }
    return out;
}

} // namespace mcpauth
