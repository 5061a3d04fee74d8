#include "CasdoorMapping.h"

#include "redirect/RedirectUriRules.h"

#include <QDateTime>
#include <QJsonArray>
#include <QRegularExpression>
#include <QUrl>
#include <QUrlQuery>
#include <cmath>

namespace mcpauth {

namespace {

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString();
}

QStringList strings(const QJsonValue& v)
{
    QStringList out;
    for (const QJsonValue& item : v.toArray())
        out << item.toString();
    return out;
}

// "http://127.0.0.1:*/callback": scheme, host, path of a port-wildcard URI.
const QRegularExpression& wildcardPort()
{
    static const QRegularExpression re(QStringLiteral("^(https?)://([^/:]+|\\[[^\\]]+\\]):\\*(/.*)?$"));
    return re;
}

bool isLoopbackName(const QString& host)
{
    QString h = host;
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']')))
        h = h.mid(1, h.size() - 2);
    return RedirectUriRules::isLoopbackHost(h);
}

} // namespace

Status CasdoorMapping::checkName(const QString& name, const QString& field)
{
    const QString forbidden = QString::fromLatin1(kForbiddenNameCharacters);
    for (QChar c : name) {
        if (forbidden.contains(c))
            return Error::invalid(field,
                tr("Casdoor does not accept \"%1\" in a name (none of %2 may appear); use letters, digits, '-' "
                   "and '_'.")
                    .arg(QString(c), forbidden));
    }
    if (name.trimmed().isEmpty())
        return Error::invalid(field, tr("Enter a name."));
    return {};
}

Result<QString> CasdoorMapping::toCasdoorRedirect(const QString& uri)
{
    const QRegularExpressionMatch m = wildcardPort().match(uri);
    if (!m.hasMatch())
        return uri;
    if (!isLoopbackName(m.captured(2)))
        return Error::invalid(QStringLiteral("redirectUris"),
            tr("Casdoor has no \":*\" port wildcard, and its scheme-less form would also accept plain http on "
               "%1. Register the exact port.")
                .arg(m.captured(2)));
    return QString(m.captured(2) + m.captured(3));
}

QString CasdoorMapping::fromCasdoorRedirect(const QString& entry)
{
    if (entry.contains(QLatin1String("://")))
        return entry;
    const qsizetype slash = entry.indexOf(QLatin1Char('/'));
    const QString host = slash < 0 ? entry : entry.left(slash);
    if (!isLoopbackName(host))
        return entry;
    return QStringLiteral("http://") + host + QStringLiteral(":*") + (slash < 0 ? QString() : entry.mid(slash));
}

QString CasdoorMapping::redirectNote(const QString& uri)
{
    const Result<QString> stored = toCasdoorRedirect(uri);
    if (!stored)
        return stored.error().message;
    if (*stored == uri)
        return {};
    return tr("%1 is stored in Casdoor as %2: Casdoor has no \":*\" port wildcard; its scheme-less form accepts "
              "any port (and https too) on the loopback host.")
        .arg(uri, *stored);
}

Application CasdoorMapping::application(const QJsonObject& json)
{
    Application app;
    app.id = str(json, "name");
    app.name = app.id;
    app.organizationId = str(json, "organization");
    app.displayName = str(json, "displayName");
    app.description = str(json, "description");
    app.clientId = str(json, "clientId");
    // Every Casdoor application has a generated secret, and its token endpoint takes Basic or the form.
    app.clientType = ClientType::Confidential;
    app.authMethod = TokenEndpointAuthMethod::ClientSecretBasic;
    app.redirectUris.clear();
    for (const QString& entry : strings(json.value(QStringLiteral("redirectUris"))))
        app.redirectUris << fromCasdoorRedirect(entry);
    app.grantTypes.clear();
    for (const QString& grant : strings(json.value(QStringLiteral("grantTypes")))) {
        if (const auto g = enumFromName(kGrantTypeNames, grant); g && !app.grantTypes.contains(*g))
            app.grantTypes << *g;
    }
    // authorization_code is always allowed by Casdoor, listed or not.
    if (!app.grantTypes.contains(GrantType::AuthorizationCode))
        app.grantTypes.prepend(GrantType::AuthorizationCode);
    app.pkceRequired = false;
    app.tokenFormat = TokenFormat::Jwt;
    app.signingAlgorithm
        = str(json, "tokenSigningMethod") == QLatin1String("ES256") ? SigningAlgorithm::ES256 : SigningAlgorithm::RS256;
    const double hours = json.value(QStringLiteral("expireInHours")).toDouble();
    const double refreshHours = json.value(QStringLiteral("refreshExpireInHours")).toDouble();
    app.accessTokenLifetime = static_cast<int>(std::lround(hours * 3600));
    app.refreshTokenLifetime = static_cast<int>(std::lround((refreshHours > 0 ? refreshHours : hours) * 3600));
    app.consentPolicy = ConsentPolicy::Once;
    app.allowedScopes.clear();
    for (const QJsonValue& scope : json.value(QStringLiteral("scopes")).toArray())
        app.allowedScopes << scope.toObject().value(QStringLiteral("name")).toString();
    app.corsOrigins.clear();
    app.category = str(json, "category") == QLatin1String("Agent") ? AppCategory::Agent : AppCategory::Default;
    app.type = str(json, "type");
    app.createdBy = strings(json.value(QStringLiteral("tags"))).contains(QLatin1String("dcr")) ? CreatedBy::Dcr
                                                                                               : CreatedBy::Console;
    app.createdAt = parseTime(str(json, "createdTime"));
    app.updatedAt = app.createdAt;
    return app;
}

QStringList CasdoorMapping::changedFields(const Application& a, const Application& b)
{
    QStringList out;
    const auto check = [&](bool differs, const char* name) {
        if (differs)
            out << QLatin1String(name);
    };
    check(a.name != b.name, "name");
    check(a.organizationId != b.organizationId, "organizationId");
    check(a.displayName != b.displayName, "displayName");
    check(a.description != b.description, "description");
    check(a.clientId != b.clientId, "clientId");
    check(a.redirectUris != b.redirectUris, "redirectUris");
    check(a.grantTypes != b.grantTypes, "grantTypes");
    check(a.pkceRequired != b.pkceRequired, "pkceRequired");
    check(a.tokenFormat != b.tokenFormat, "tokenFormat");
    check(a.signingAlgorithm != b.signingAlgorithm, "signingAlgorithm");
    check(a.accessTokenLifetime != b.accessTokenLifetime, "accessTokenLifetime");
    check(a.refreshTokenLifetime != b.refreshTokenLifetime, "refreshTokenLifetime");
    check(a.consentPolicy != b.consentPolicy, "consentPolicy");
    check(a.allowedScopes != b.allowedScopes, "allowedScopes");
    check(a.corsOrigins != b.corsOrigins, "corsOrigins");
    check(a.category != b.category, "category");
    check(a.type != b.type, "type");
    return out;
}

Result<QJsonObject> CasdoorMapping::merge(QJsonObject raw, const Application& app, const QStringList& fields)
{
    for (const QString& field : fields) {
        if (field == QLatin1String("name")) {
            if (Status ok = checkName(app.name, field); !ok)
                return ok.error();
            raw.insert(QStringLiteral("name"), app.name);
        } else if (field == QLatin1String("organizationId")) {
            raw.insert(QStringLiteral("organization"), app.organizationId);
        } else if (field == QLatin1String("displayName")) {
            raw.insert(QStringLiteral("displayName"), app.displayName);
        } else if (field == QLatin1String("description")) {
            raw.insert(QStringLiteral("description"), app.description);
        } else if (field == QLatin1String("clientId")) {
            raw.insert(QStringLiteral("clientId"), app.clientId);
        } else if (field == QLatin1String("redirectUris")) {
            QJsonArray uris;
            for (const QString& uri : app.redirectUris) {
                Result<QString> stored = toCasdoorRedirect(uri);
                if (!stored)
                    return stored.error();
                uris.append(*stored);
            }
            raw.insert(QStringLiteral("redirectUris"), uris);
        } else if (field == QLatin1String("grantTypes")) {
            // Grants the console does not model (password, device_code, ...) stay as they were.
            QJsonArray grants;
            for (const QString& grant : strings(raw.value(QStringLiteral("grantTypes")))) {
                if (!enumFromName(kGrantTypeNames, grant))
                    grants.append(grant);
            }
            for (GrantType g : app.grantTypes)
                grants.append(enumName(kGrantTypeNames, g));
            raw.insert(QStringLiteral("grantTypes"), grants);
        } else if (field == QLatin1String("pkceRequired")) {
            if (app.pkceRequired)
                return Error::invalid(field,
                    tr("Casdoor cannot require PKCE: it checks the code verifier whenever a client sends a challenge, "
                       "and accepts requests without one."));
        } else if (field == QLatin1String("tokenFormat")) {
            if (app.tokenFormat != TokenFormat::Jwt)
                return Error::invalid(field, tr("Casdoor issues JWT access tokens only."));
        } else if (field == QLatin1String("signingAlgorithm")) {
            raw.insert(QStringLiteral("tokenSigningMethod"), enumName(kSigningAlgorithmNames, app.signingAlgorithm));
        } else if (field == QLatin1String("accessTokenLifetime")) {
            raw.insert(QStringLiteral("expireInHours"), app.accessTokenLifetime / 3600.0);
        } else if (field == QLatin1String("refreshTokenLifetime")) {
            raw.insert(QStringLiteral("refreshExpireInHours"), app.refreshTokenLifetime / 3600.0);
        } else if (field == QLatin1String("consentPolicy")) {
            if (app.consentPolicy != ConsentPolicy::Once)
                return Error::invalid(field,
                    tr("Casdoor's consent policy is fixed: it asks once for the scopes listed in the application's "
                       "consent scopes, and remembers the answer."));
        } else if (field == QLatin1String("allowedScopes")) {
            // Scope items the user kept keep their display name, description and tools.
            QHash<QString, QJsonObject> existing;
            for (const QJsonValue& item : raw.value(QStringLiteral("scopes")).toArray())
                existing.insert(item.toObject().value(QStringLiteral("name")).toString(), item.toObject());
            QJsonArray scopes;
            for (const QString& name : app.allowedScopes) {
                scopes.append(existing.value(name,
                    QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("displayName"), name},
                        {QStringLiteral("description"), QString()}, {QStringLiteral("tools"), QJsonArray()}}));
            }
            raw.insert(QStringLiteral("scopes"), scopes);
        } else if (field == QLatin1String("corsOrigins")) {
            if (!app.corsOrigins.isEmpty())
                return Error::invalid(field,
                    tr("Casdoor has no CORS setting per application: it allows an origin that matches one of the "
                       "application's redirect URIs, or a loopback origin."));
        } else if (field == QLatin1String("category")) {
            raw.insert(QStringLiteral("category"), enumName(kAppCategoryNames, app.category));
        } else if (field == QLatin1String("type")) {
            raw.insert(QStringLiteral("type"), app.type);
        }
    }
    return raw;
}

Result<QJsonObject> CasdoorMapping::newApplication(const Application& app, const QString& organization)
{
    if (Status ok = checkName(app.name, QStringLiteral("name")); !ok)
        return ok.error();
    QJsonObject base{{QStringLiteral("owner"), QString::fromLatin1(kAdminOwner)}, {QStringLiteral("name"), app.name},
        {QStringLiteral("organization"), app.organizationId.isEmpty() ? organization : app.organizationId},
        {QStringLiteral("grantTypes"), QJsonArray()}, {QStringLiteral("scopes"), QJsonArray()}};
    Application blank;
    blank.name = app.name;
    blank.organizationId = base.value(QStringLiteral("organization")).toString();
    blank.grantTypes.clear();
    blank.allowedScopes.clear();
    blank.redirectUris.clear();
    blank.corsOrigins.clear();
    // The editor's default (required) cannot be stored; the editor shows difference("application.pkceRequired").
    blank.pkceRequired = app.pkceRequired;
    blank.consentPolicy = ConsentPolicy::Once;
    blank.tokenFormat = TokenFormat::Jwt;
    blank.accessTokenLifetime = 0;
    blank.refreshTokenLifetime = 0;
    blank.type.clear();
    QStringList fields = changedFields(blank, app);
    // An empty client ID lets Casdoor generate one (20 hex characters) and its secret.
    fields.removeAll(QStringLiteral("clientId"));
    if (!app.clientId.isEmpty())
        base.insert(QStringLiteral("clientId"), app.clientId);
    return merge(base, app, fields);
}

Organization CasdoorMapping::organization(const QJsonObject& json)
{
    Organization org;
    org.id = str(json, "name");
    org.name = org.id;
    org.displayName = str(json, "displayName");
    org.createdAt = parseTime(str(json, "createdTime"));
    return org;
}

RegistrationPolicy CasdoorMapping::registrationPolicy(const QJsonObject& organization)
{
    RegistrationPolicy policy;
    // "" and "disabled" both refuse dynamic registration: only an administrator adds applications.
    policy.mode
        = str(organization, "dcrPolicy") == QLatin1String("open") ? RegistrationMode::Open : RegistrationMode::Admin;
    return policy;
}

Result<QString> CasdoorMapping::dcrPolicy(const RegistrationPolicy& policy)
{
    switch (policy.mode) {
    case RegistrationMode::Open:
        return QStringLiteral("open");
    case RegistrationMode::Admin:
        return QStringLiteral("disabled");
    case RegistrationMode::OpenRestricted:
        break;
    }
    return Error::invalid(QStringLiteral("mode"),
        tr("Casdoor's dynamic registration is either open or disabled; it cannot restrict redirect URIs to "
           "patterns."));
}

Token CasdoorMapping::token(const QJsonObject& json)
{
    Token t;
    t.id = str(json, "name");
    t.kind = TokenKind::Access;
    t.applicationId = str(json, "application");
    // A client_credentials token names the application as its user.
    if (str(json, "grantType") != QLatin1String("client_credentials"))
        t.userId = str(json, "organization") + QLatin1Char('/') + str(json, "user");
    t.resource = str(json, "resource");
    t.scopes = str(json, "scope").split(QLatin1Char(' '), Qt::SkipEmptyParts);
    t.issuedAt = parseTime(str(json, "createdTime"));
    const qint64 expiresIn = json.value(QStringLiteral("expiresIn")).toInteger();
    t.expiresAt = t.issuedAt + expiresIn * 1000;
    // Casdoor expires a token by setting expiresIn to 0 and records no time: the issue time stands in.
    if (expiresIn <= 0)
        t.revokedAt = qMax<qint64>(t.issuedAt, 1);
    t.valueHash = str(json, "accessTokenHash");
    return t;
}

AuditEvent CasdoorMapping::auditEvent(const QJsonObject& record)
{
    AuditEvent e;
    e.seq = record.value(QStringLiteral("id")).toInteger();
    e.time = parseTime(str(record, "createdTime"));
    const QString org = str(record, "organization");
    const QString user = str(record, "user");
    e.actor = org.isEmpty() ? user : org + QLatin1Char('/') + user;
    e.action = str(record, "action");
    // "update-application" acts on an application; "login/oauth/access_token" on a token.
    const QString last = e.action.section(QLatin1Char('/'), -1);
    e.targetType = last.contains(QLatin1Char('-')) ? last.section(QLatin1Char('-'), 1) : last;
    const QUrl uri(str(record, "requestUri"));
    e.targetId = QUrlQuery(uri).queryItemValue(QStringLiteral("id"), QUrl::FullyDecoded);
    const QString response = str(record, "response");
    const int status = record.value(QStringLiteral("statusCode")).toInt();
    e.outcome = (status >= 400 || response.contains(QLatin1String("status:\"error\""))) ? AuditOutcome::Failure
                                                                                        : AuditOutcome::Success;
    e.source = str(record, "clientIp");
    // The request body (`object`) is left out: it may hold a client secret.
    e.details = QJsonObject{{QStringLiteral("method"), str(record, "method")},
        {QStringLiteral("requestUri"), str(record, "requestUri")}, {QStringLiteral("response"), response},
        {QStringLiteral("statusCode"), status}};
    return e;
}

User CasdoorMapping::user(const QJsonObject& json)
{
    User u;
    u.organizationId = str(json, "owner");
    u.username = str(json, "name");
    u.id = u.organizationId + QLatin1Char('/') + u.username;
    u.displayName = str(json, "displayName");
    u.email = str(json, "email");
    u.disabled = json.value(QStringLiteral("isForbidden")).toBool();
    u.isAdmin = json.value(QStringLiteral("isAdmin")).toBool();
    u.createdAt = parseTime(str(json, "createdTime"));
    return u;
}

QString CasdoorMapping::consentId(const QString& userId, const QString& application)
{
    return userId + QLatin1Char('|') + application;
}

QList<Consent> CasdoorMapping::consents(const QJsonObject& userJson)
{
    const User u = user(userJson);
    QList<Consent> out;
    for (const QJsonValue& item : userJson.value(QStringLiteral("applicationScopes")).toArray()) {
        const QJsonObject grant = item.toObject();
        Consent c;
        c.userId = u.id;
        c.id = consentId(u.id, str(grant, "application"));
        c.applicationId = nameOf(str(grant, "application"));
        c.scopes = strings(grant.value(QStringLiteral("grantedScopes")));
        out << c;
    }
    return out;
}

qint64 CasdoorMapping::parseTime(const QString& text)
{
    const QDateTime t = QDateTime::fromString(text, Qt::ISODate);
    return t.isValid() ? t.toMSecsSinceEpoch() : 0;
}

QString CasdoorMapping::nameOf(const QString& ref)
{
    const qsizetype slash = ref.indexOf(QLatin1Char('/'));
    return slash < 0 ? ref : ref.mid(slash + 1);
}

} // namespace mcpauth
