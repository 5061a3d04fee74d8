#include "ClientMetadata.h"

#include "domain/Names.h"
#include "redirect/RedirectUriRules.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrl>
#include <optional>

namespace mcpauth {

namespace {

const QString kRedirectUris = QStringLiteral("redirect_uris");
const QString kAuthMethod = QStringLiteral("token_endpoint_auth_method");
const QString kGrantTypes = QStringLiteral("grant_types");
const QString kResponseTypes = QStringLiteral("response_types");
const QString kApplicationType = QStringLiteral("application_type");
const QString kScope = QStringLiteral("scope");
const QString kClientName = QStringLiteral("client_name");
const QString kContacts = QStringLiteral("contacts");

constexpr int kMaxTextLength = 200;

Error refuse(const QString& field, const QString& text)
{
    return Error::invalid(field, text);
}

QString jsonTypeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Bool:
        return QStringLiteral("a boolean");
    case QJsonValue::Double:
        return QStringLiteral("a number");
    case QJsonValue::String:
        return QStringLiteral("a string");
    case QJsonValue::Array:
        return QStringLiteral("an array");
    case QJsonValue::Object:
        return QStringLiteral("an object");
    default:
        return QStringLiteral("null");
    }
}

// A string field; nullopt when absent.
Result<std::optional<QString>> stringField(const QJsonObject& json, const QString& field)
{
    const QJsonValue value = json.value(field);
    if (value.isUndefined())
        return std::optional<QString>();
    if (!value.isString())
        return refuse(field, QStringLiteral("%1 must be a string, not %2.").arg(field, jsonTypeName(value)));
    return std::optional<QString>(value.toString());
}

// An array of strings; nullopt when absent.
Result<std::optional<QStringList>> stringArrayField(const QJsonObject& json, const QString& field)
{
    const QJsonValue value = json.value(field);
    if (value.isUndefined())
        return std::optional<QStringList>();
    if (!value.isArray())
        return refuse(field, QStringLiteral("%1 must be an array of strings, not %2.").arg(field, jsonTypeName(value)));
    QStringList out;
    const QJsonArray array = value.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        if (!array.at(i).isString())
            return refuse(field,
                QStringLiteral("%1 must be an array of strings, but entry %2 is %3.")
                    .arg(field, QString::number(i + 1), jsonTypeName(array.at(i))));
        out << array.at(i).toString();
    }
    return std::optional<QStringList>(out);
}

Status checkText(const QString& field, const QString& value)
{
    const ValidationErrors errors = Names::checkDisplayText(field, value, kMaxTextLength);
    if (!errors.isEmpty())
        return refuse(field, errors.first().message);
    return {};
}

// client_uri, logo_uri, tos_uri, policy_uri: pages a person may be shown, so only web URLs.
Status checkWebUrl(const QJsonObject& json, const QString& field)
{
    auto text = stringField(json, field);
    if (!text)
        return text.error();
    if (!text->has_value())
        return {};
    const QString value = **text;
    const QString rule
        = QStringLiteral("%1 must be an https URL (http only for 127.0.0.1, [::1] and localhost)").arg(field);
    if (value.size() > ClientMetadata::kMaxUriLength)
        return refuse(field,
            QStringLiteral("%1 is %2 characters long; at most %3 are allowed.")
                .arg(field, QString::number(value.size()), QString::number(ClientMetadata::kMaxUriLength)));
    const QUrl url(value, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("https") && scheme != QLatin1String("http")))
        return refuse(field, QStringLiteral("%1, not %2.").arg(rule, Names::quoted(value)));
    if (scheme == QLatin1String("http") && !RedirectUriRules::isLoopbackHost(url.host()))
        return refuse(field, QStringLiteral("%1; %2 uses plain http on another host.").arg(rule, Names::quoted(value)));
    if (!url.userInfo().isEmpty())
        return refuse(field,
            QStringLiteral("%1 must not contain user information before the host (%2), which can disguise the real "
                           "host.")
                .arg(field, Names::quoted(value)));
    return {};
}

QString authMethodList()
{
    return enumAllNames(kAuthMethodNames).join(QStringLiteral(", "));
}

} // namespace

const QStringList& ClientMetadata::serverAssignedFields()
{
    static const QStringList fields{QStringLiteral("client_id"), QStringLiteral("client_secret"),
        QStringLiteral("client_id_issued_at"), QStringLiteral("client_secret_expires_at"),
        QStringLiteral("registration_access_token"), QStringLiteral("registration_client_uri")};
    return fields;
}

QString ClientMetadata::applicationTypeName(ApplicationType type)
{
    return type == ApplicationType::Native ? QStringLiteral("native") : QStringLiteral("web");
}

QString ClientMetadata::errorCode(const Error& error)
{
    return error.field == kRedirectUris ? QStringLiteral("invalid_redirect_uri")
                                        : QStringLiteral("invalid_client_metadata");
}

Result<ClientMetadata> ClientMetadata::parse(const QJsonObject& request, const QStringList& knownScopes)
{
    ClientMetadata m;
    m.json = request;
    for (const QString& field : serverAssignedFields())
        m.json.remove(field);
    // A null stands for "not given" (some clients serialize every optional field).
    for (const QString& key : m.json.keys()) {
        if (m.json.value(key).isNull())
            m.json.remove(key);
    }
    const QJsonObject& json = m.json;

    // redirect_uris: the list itself; each URI is checked once the client's kind is known.
    auto redirects = stringArrayField(json, kRedirectUris);
    if (!redirects)
        return redirects.error();
    m.redirectUris = redirects->value_or(QStringList());
    if (m.redirectUris.size() > kMaxRedirectUris)
        return refuse(kRedirectUris,
            QStringLiteral("redirect_uris lists %1 URIs; at most %2 are accepted.")
                .arg(QString::number(m.redirectUris.size()), QString::number(kMaxRedirectUris)));
    for (qsizetype i = 0; i < m.redirectUris.size(); ++i) {
        const QString& uri = m.redirectUris.at(i);
        if (uri.size() > kMaxUriLength)
            return refuse(kRedirectUris,
                QStringLiteral("redirect_uris: URI %1 is %2 characters long; at most %3 are accepted.")
                    .arg(QString::number(i + 1), QString::number(uri.size()), QString::number(kMaxUriLength)));
        if (const qsizetype first = m.redirectUris.indexOf(uri); first < i)
            return refuse(kRedirectUris,
                QStringLiteral("redirect_uris lists %1 twice (entries %2 and %3); list each URI once.")
                    .arg(Names::quoted(uri), QString::number(first + 1), QString::number(i + 1)));
    }

    // token_endpoint_auth_method
    auto method = stringField(json, kAuthMethod);
    if (!method)
        return method.error();
    if (method->has_value()) {
        const auto parsed = enumFromName(kAuthMethodNames, **method);
        if (!parsed)
            return refuse(kAuthMethod,
                QStringLiteral("token_endpoint_auth_method %1 is not supported; this server supports %2.")
                    .arg(Names::quoted(**method), authMethodList()));
        m.authMethod = *parsed;
    } else {
        m.authMethod = TokenEndpointAuthMethod::ClientSecretBasic; // RFC 7591 section 2
    }

    // grant_types
    auto grants = stringArrayField(json, kGrantTypes);
    if (!grants)
        return grants.error();
    const QStringList grantNames = grants->value_or(QStringList{QStringLiteral("authorization_code")});
    for (qsizetype i = 0; i < grantNames.size(); ++i) {
        const QString& name = grantNames.at(i);
        const auto grant = enumFromName(kGrantTypeNames, name);
        if (!grant)
            return refuse(kGrantTypes,
                QStringLiteral("grant_types: the grant type %1 is not supported; this server supports "
                               "authorization_code, refresh_token and client_credentials.")
                    .arg(Names::quoted(name)));
        if (m.grantTypes.contains(*grant))
            return refuse(
                kGrantTypes, QStringLiteral("grant_types lists %1 twice; list each grant type once.").arg(name));
        m.grantTypes << *grant;
    }
    if (m.grantTypes.isEmpty())
        return refuse(kGrantTypes,
            QStringLiteral("grant_types is empty; list at least one: authorization_code (with refresh_token) for a "
                           "client people sign in to, or client_credentials for a service acting for itself."));
    const bool authorizationCode = m.grantTypes.contains(GrantType::AuthorizationCode);

    // response_types
    auto responses = stringArrayField(json, kResponseTypes);
    if (!responses)
        return responses.error();
    const QStringList responseTypes
        = responses->value_or(authorizationCode ? QStringList{QStringLiteral("code")} : QStringList());
    for (const QString& type : responseTypes) {
        if (type != QLatin1String("code"))
            return refuse(kResponseTypes,
                QStringLiteral("response_types: the response type %1 is not supported; OAuth 2.1 has only \"code\".")
                    .arg(Names::quoted(type)));
    }
    if (responseTypes.size() > 1)
        return refuse(kResponseTypes, QStringLiteral("response_types lists \"code\" twice; list it once."));
    const bool code = !responseTypes.isEmpty();
    if (authorizationCode && !code)
        return refuse(kResponseTypes,
            QStringLiteral("response_types must include \"code\" when grant_types includes authorization_code "
                           "(RFC 7591 section 2.1)."));
    if (code && !authorizationCode)
        return refuse(kGrantTypes,
            QStringLiteral("grant_types must include authorization_code when response_types includes \"code\" "
                           "(RFC 7591 section 2.1)."));
    if (m.grantTypes.contains(GrantType::RefreshToken) && !authorizationCode)
        return refuse(kGrantTypes,
            QStringLiteral("grant_types: refresh_token needs authorization_code, because refresh tokens are issued "
                           "only to people who signed in with an authorization code."));
    if (m.grantTypes.contains(GrantType::ClientCredentials) && !m.isConfidential())
        return refuse(kGrantTypes,
            QStringLiteral("grant_types: client_credentials is only for confidential clients, but "
                           "token_endpoint_auth_method is none, so the client would have no secret to prove who it "
                           "is (OAuth 2.1 section 4.2). Use client_secret_basic or client_secret_post, or remove "
                           "client_credentials."));
    if (authorizationCode && m.redirectUris.isEmpty())
        return refuse(kRedirectUris,
            QStringLiteral("redirect_uris is required for the authorization_code grant: list the URIs where the "
                           "client receives the code, such as http://127.0.0.1/callback for a desktop client."));

    // application_type, then each redirect URI as that kind of client
    auto type = stringField(json, kApplicationType);
    if (!type)
        return type.error();
    if (type->has_value()) {
        if (**type == QLatin1String("web"))
            m.applicationType = ApplicationType::Web;
        else if (**type == QLatin1String("native"))
            m.applicationType = ApplicationType::Native;
        else
            return refuse(kApplicationType,
                QStringLiteral("application_type must be \"native\" (desktop and command-line clients) or \"web\", "
                               "not %1.")
                    .arg(Names::quoted(**type)));
    } else {
        bool allNative = !m.redirectUris.isEmpty();
        for (const QString& uri : std::as_const(m.redirectUris))
            allNative = allNative && RedirectUriRules::kindOf(uri) == ClientKind::Native;
        m.applicationType = allNative ? ApplicationType::Native : ApplicationType::Web;
        m.applicationTypeDefaulted = true;
    }
    const bool checkAsWeb = m.applicationType == ApplicationType::Web || m.isConfidential();
    for (const QString& uri : std::as_const(m.redirectUris)) {
        const Status valid
            = RedirectUriRules::validateRegistration(uri, checkAsWeb ? ClientKind::Web : ClientKind::Native);
        if (valid)
            continue;
        QString why = QStringLiteral("redirect_uris: %1").arg(valid.error().message);
        // Say what made it a web client's URI when a native client could have registered it.
        if (checkAsWeb && RedirectUriRules::validateRegistration(uri, ClientKind::Native)) {
            why += m.applicationType == ApplicationType::Web
                ? QStringLiteral(" (application_type is web%1; a desktop or command-line client registers with "
                                 "application_type native)")
                      .arg(m.applicationTypeDefaulted ? QStringLiteral(", the default for these redirect URIs")
                                                      : QString())
                : QStringLiteral(" (token_endpoint_auth_method %1 makes this a confidential client; an app on a "
                                 "device registers with token_endpoint_auth_method none)")
                      .arg(enumName(kAuthMethodNames, m.authMethod));
        }
        return refuse(kRedirectUris, why + QLatin1Char('.'));
    }

    // Texts and URLs shown to people
    auto name = stringField(json, kClientName);
    if (!name)
        return name.error();
    m.clientName = name->value_or(QString());
    if (const Status ok = checkText(kClientName, m.clientName); !ok)
        return ok.error();
    for (const QString& field : {QStringLiteral("software_id"), QStringLiteral("software_version")}) {
        auto text = stringField(json, field);
        if (!text)
            return text.error();
        if (const Status ok = checkText(field, text->value_or(QString())); !ok)
            return ok.error();
    }
    for (const QString& field : {QStringLiteral("client_uri"), QStringLiteral("logo_uri"), QStringLiteral("tos_uri"),
             QStringLiteral("policy_uri")}) {
        if (const Status ok = checkWebUrl(json, field); !ok)
            return ok.error();
    }
    auto contacts = stringArrayField(json, kContacts);
    if (!contacts)
        return contacts.error();
    const QStringList contactList = contacts->value_or(QStringList());
    if (contactList.size() > kMaxContacts)
        return refuse(kContacts,
            QStringLiteral("contacts lists %1 addresses; at most %2 are accepted.")
                .arg(QString::number(contactList.size()), QString::number(kMaxContacts)));
    for (const QString& contact : contactList) {
        if (contact.trimmed().isEmpty())
            return refuse(kContacts, QStringLiteral("contacts has an empty entry; list e-mail addresses."));
        if (const Status ok = checkText(kContacts, contact); !ok)
            return ok.error();
    }

    // scope: space-separated scope tokens the organization's resources offer
    auto scope = stringField(json, kScope);
    if (!scope)
        return scope.error();
    if (scope->has_value()) {
        for (const QString& s : (*scope)->split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
            if (!Names::isScopeToken(s))
                return refuse(kScope,
                    QStringLiteral("scope: %1 is not a valid scope token (RFC 6749 section 3.3: printable ASCII "
                                   "without spaces, quotes or backslashes).")
                        .arg(Names::quoted(s)));
            if (!knownScopes.contains(s))
                return refuse(kScope,
                    QStringLiteral("scope: %1 is not a scope of this organization's resources; they offer %2.")
                        .arg(Names::quoted(s),
                            knownScopes.isEmpty() ? QStringLiteral("none") : knownScopes.join(QStringLiteral(", "))));
            if (!m.requestedScopes.contains(s))
                m.requestedScopes << s;
        }
    }
    m.scopes = knownScopes;

    // What is stored and returned: the defaults this server applied, spelled out.
    if (!m.redirectUris.isEmpty())
        m.json.insert(kRedirectUris, QJsonArray::fromStringList(m.redirectUris));
    m.json.insert(kAuthMethod, enumName(kAuthMethodNames, m.authMethod));
    m.json.insert(kGrantTypes, QJsonArray::fromStringList(grantNames));
    m.json.insert(kResponseTypes, QJsonArray::fromStringList(responseTypes));
    m.json.insert(kApplicationType, applicationTypeName(m.applicationType));
    if (m.scopes.isEmpty())
        m.json.remove(kScope);
    else
        m.json.insert(kScope, m.scopes.join(QLatin1Char(' ')));

    const qsizetype size = QJsonDocument(m.json).toJson(QJsonDocument::Compact).size();
    if (size > kMaxStoredBytes)
        return refuse(QStringLiteral("client_metadata"),
            QStringLiteral("The client metadata takes %1 bytes; at most %2 are kept. Leave out the fields this "
                           "server does not use.")
                .arg(QString::number(size), QString::number(kMaxStoredBytes)));
    return m;
}

void ClientMetadata::applyTo(Application& app) const
{
    app.clientType = isConfidential() ? ClientType::Confidential : ClientType::Public;
    app.authMethod = authMethod;
    app.grantTypes = grantTypes;
    app.redirectUris = redirectUris;
    app.displayName = clientName;
    app.pkceRequired = true;
}

} // namespace mcpauth
