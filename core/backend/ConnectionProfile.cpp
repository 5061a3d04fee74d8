#include "ConnectionProfile.h"

#include "store/DatabaseLocation.h"

#include <QCoreApplication>
#include <QUrl>

namespace mcpauth {

namespace {

// https, or http on a loopback host (a test server); nothing else carries admin credentials.
Status checkServerUrl(const QString& text, const QString& field)
{
    const QUrl url(text, QUrl::StrictMode);
    if (text.trimmed().isEmpty())
        return Error::invalid(field,
            QCoreApplication::translate(
                "ConnectionProfile", "Enter the server's address, for example https://auth.example.com."));
    if (!url.isValid() || url.host().isEmpty())
        return Error::invalid(
            field, QCoreApplication::translate("ConnectionProfile", "'%1' is not a valid URL.").arg(text));
    const bool loopback = url.host() == QLatin1String("127.0.0.1") || url.host() == QLatin1String("localhost")
        || url.host() == QLatin1String("::1");
    if (url.scheme() != QLatin1String("https") && !(url.scheme() == QLatin1String("http") && loopback))
        return Error::invalid(field,
            QCoreApplication::translate(
                "ConnectionProfile", "Use https (plain http is accepted only for 127.0.0.1 and localhost)."));
    if (url.hasQuery() || url.hasFragment())
        return Error::invalid(field,
            QCoreApplication::translate("ConnectionProfile", "The address must not contain a query or a fragment."));
    if (!url.userInfo().isEmpty())
        return Error::invalid(field,
            QCoreApplication::translate(
                "ConnectionProfile", "Put no user name or password in the address; the secret goes in the keychain."));
    return {};
}

} // namespace

bool ConnectionProfile::needsSecret() const
{
    return kind != BackendKind::LocalSqlite;
}

QString ConnectionProfile::secretLabel() const
{
    switch (kind) {
    case BackendKind::LocalSqlite:
        return {};
    case BackendKind::LocalPostgres:
        return QCoreApplication::translate("ConnectionProfile", "Database password");
    case BackendKind::Casdoor:
    case BackendKind::Standards:
        return QCoreApplication::translate("ConnectionProfile", "Client secret");
    }
    return {};
}

Status ConnectionProfile::validate() const
{
    if (name.trimmed().isEmpty())
        return Error::invalid(
            QStringLiteral("name"), QCoreApplication::translate("ConnectionProfile", "Give the profile a name."));
    if (name.size() > 100)
        return Error::invalid(QStringLiteral("name"),
            QCoreApplication::translate("ConnectionProfile", "The name is longer than 100 characters."));
    switch (kind) {
    case BackendKind::LocalSqlite:
        if (location.trimmed().isEmpty())
            return Error::invalid(QStringLiteral("location"),
                QCoreApplication::translate("ConnectionProfile", "Choose the SQLite file of the store."));
        if (location.startsWith(QLatin1String("postgres")))
            return Error::invalid(QStringLiteral("location"),
                QCoreApplication::translate("ConnectionProfile", "This is a PostgreSQL URL: choose Local PostgreSQL."));
        return {};
    case BackendKind::LocalPostgres: {
        if (!location.startsWith(QLatin1String("postgresql://")) && !location.startsWith(QLatin1String("postgres://")))
            return Error::invalid(QStringLiteral("location"),
                QCoreApplication::translate(
                    "ConnectionProfile", "Enter a URL like postgresql://user@host:5432/database."));
        auto parsed = DatabaseLocation::parse(location);
        if (!parsed)
            return Error::invalid(QStringLiteral("location"), parsed.error().message);
        return {};
    }
    case BackendKind::Casdoor:
        if (Status url = checkServerUrl(location, QStringLiteral("location")); !url)
            return url;
        if (organization.trimmed().isEmpty())
            return Error::invalid(QStringLiteral("organization"),
                QCoreApplication::translate(
                    "ConnectionProfile", "Enter the Casdoor organization, for example built-in."));
        if (clientId.trimmed().isEmpty())
            return Error::invalid(QStringLiteral("clientId"),
                QCoreApplication::translate("ConnectionProfile", "Enter the client ID of a Casdoor application."));
        return {};
    case BackendKind::Standards:
        if (Status url = checkServerUrl(location, QStringLiteral("location")); !url)
            return url;
        if (clientId.trimmed().isEmpty())
            return Error::invalid(QStringLiteral("clientId"),
                QCoreApplication::translate(
                    "ConnectionProfile", "Enter the client ID the console authenticates with."));
        return {};
    }
    return {};
}

QJsonObject ConnectionProfile::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), id}, {QStringLiteral("name"), name},
        {QStringLiteral("kind"), kindName(kind)}, {QStringLiteral("location"), location}};
    if (!organization.isEmpty())
        json.insert(QStringLiteral("organization"), organization);
    if (!clientId.isEmpty())
        json.insert(QStringLiteral("clientId"), clientId);
    return json;
}

Result<ConnectionProfile> ConnectionProfile::fromJson(const QJsonObject& json)
{
    ConnectionProfile p;
    p.id = json.value(QStringLiteral("id")).toString();
    p.name = json.value(QStringLiteral("name")).toString();
    const auto kind = kindFromName(json.value(QStringLiteral("kind")).toString());
    if (!kind)
        return Error::invalid(QStringLiteral("kind"),
            QCoreApplication::translate("ConnectionProfile", "Unknown backend kind '%1'.")
                .arg(json.value(QStringLiteral("kind")).toString()));
    p.kind = *kind;
    p.location = json.value(QStringLiteral("location")).toString();
    p.organization = json.value(QStringLiteral("organization")).toString();
    p.clientId = json.value(QStringLiteral("clientId")).toString();
    if (p.id.isEmpty())
        return Error::invalid(
            QStringLiteral("id"), QCoreApplication::translate("ConnectionProfile", "The profile has no id."));
    return p;
}

QString ConnectionProfile::kindName(BackendKind kind)
{
    switch (kind) {
    case BackendKind::LocalSqlite:
        return QStringLiteral("sqlite");
    case BackendKind::LocalPostgres:
        return QStringLiteral("postgresql");
    case BackendKind::Casdoor:
        return QStringLiteral("casdoor");
    case BackendKind::Standards:
        return QStringLiteral("oauth");
    }
    return {};
}

QString ConnectionProfile::kindTitle(BackendKind kind)
{
    switch (kind) {
    case BackendKind::LocalSqlite:
        return QCoreApplication::translate("ConnectionProfile", "Local SQLite");
    case BackendKind::LocalPostgres:
        return QCoreApplication::translate("ConnectionProfile", "Local PostgreSQL");
    case BackendKind::Casdoor:
        return QCoreApplication::translate("ConnectionProfile", "Casdoor");
    case BackendKind::Standards:
        return QCoreApplication::translate("ConnectionProfile", "Standards-based authorization server");
    }
    return {};
}

std::optional<BackendKind> ConnectionProfile::kindFromName(const QString& name)
{
    for (BackendKind k :
        {BackendKind::LocalSqlite, BackendKind::LocalPostgres, BackendKind::Casdoor, BackendKind::Standards}) {
        if (kindName(k) == name)
            return k;
    }
    return std::nullopt;
}

BackendCapabilities ConnectionProfile::expectedCapabilities(BackendKind kind)
{
    BackendCapabilities caps;
    switch (kind) {
    case BackendKind::LocalSqlite:
    case BackendKind::LocalPostgres:
        caps.remove(Capability::TokenDelete,
            QCoreApplication::translate("ConnectionProfile",
                "The local store keeps every token's record for the audit trail; revoke the token instead."));
        break;
    case BackendKind::Casdoor:
        caps.remove(Capability::Resources,
            QCoreApplication::translate("ConnectionProfile",
                "Casdoor has no resource entity: the resource indicator is only recorded on each token."));
        caps.remove(Capability::Scopes,
            QCoreApplication::translate(
                "ConnectionProfile", "Casdoor keeps scopes inside each application; edit them there."));
        caps.remove(Capability::Users,
            QCoreApplication::translate("ConnectionProfile", "Manage Casdoor's users in Casdoor's own user pages."));
        caps.remove(Capability::TokenLookup,
            QCoreApplication::translate("ConnectionProfile",
                "Casdoor has no introspection for the console's credentials; look tokens up in the list."));
        caps.remove(Capability::AuditVerify,
            QCoreApplication::translate(
                "ConnectionProfile", "Casdoor's records are not hash-chained, so there is nothing to verify."));
        caps.remove(Capability::SigningKeys,
            QCoreApplication::translate("ConnectionProfile", "Casdoor's signing certificates are managed in Casdoor."));
        caps.remove(Capability::LiveUpdates,
            QCoreApplication::translate("ConnectionProfile", "Casdoor does not announce changes; refresh with F5."));
        break;
    case BackendKind::Standards:
        caps.remove(Capability::Organizations,
            QCoreApplication::translate("ConnectionProfile", "The OAuth standards have no organizations."));
        caps.remove(Capability::SecretRotation,
            QCoreApplication::translate("ConnectionProfile",
                "Rotate a client's secret by updating its registration (RFC 7592) on the server."));
        caps.remove(Capability::Resources,
            QCoreApplication::translate(
                "ConnectionProfile", "The OAuth standards have no API to list a server's resources."));
        caps.remove(Capability::Scopes,
            QCoreApplication::translate("ConnectionProfile", "The OAuth standards have no API to manage scopes."));
        caps.remove(Capability::Users,
            QCoreApplication::translate("ConnectionProfile", "The OAuth standards have no API to manage users."));
        caps.remove(Capability::TokenList,
            QCoreApplication::translate("ConnectionProfile",
                "The OAuth standards cannot list tokens; paste a token to look it up (RFC 7662)."));
        caps.remove(Capability::Consents,
            QCoreApplication::translate("ConnectionProfile", "The OAuth standards have no API for consents."));
        caps.remove(Capability::AuditLog,
            QCoreApplication::translate("ConnectionProfile", "The OAuth standards have no API for an audit log."));
        caps.remove(Capability::AuditVerify,
            QCoreApplication::translate("ConnectionProfile", "The OAuth standards have no API for an audit log."));
        caps.remove(Capability::SigningKeys,
            QCoreApplication::translate(
                "ConnectionProfile", "A server's signing keys are read from its JWKS, not managed."));
        caps.remove(Capability::RegistrationPolicy,
            QCoreApplication::translate(
                "ConnectionProfile", "The OAuth standards have no API for registration policy."));
        caps.remove(Capability::LiveUpdates,
            QCoreApplication::translate("ConnectionProfile", "The server does not announce changes; refresh with F5."));
        caps.remove(Capability::TokenDelete,
            QCoreApplication::translate(
                "ConnectionProfile", "The OAuth standards revoke tokens (RFC 7009); they cannot delete them."));
        break;
    }
    return caps;
}

} // namespace mcpauth
