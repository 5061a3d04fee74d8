#include "McpCatalog.h"

#include "domain/Application.h"
#include "domain/ApplicationTemplate.h"
#include "domain/AuditEvent.h"
#include "domain/Token.h"

#include <QJsonArray>
#include <limits>

namespace mcpauth {

namespace {

QJsonObject text(const QString& description, int maxLength = 1000)
{
    return {{QStringLiteral("type"), QStringLiteral("string")}, {QStringLiteral("minLength"), 1},
        {QStringLiteral("maxLength"), maxLength}, {QStringLiteral("description"), description}};
}

QJsonObject optionalText(const QString& description, int maxLength)
{
    return {{QStringLiteral("type"), QStringLiteral("string")}, {QStringLiteral("maxLength"), maxLength},
        {QStringLiteral("description"), description}};
}

QJsonObject oneOf(const QStringList& values, const QString& description)
{
    return {{QStringLiteral("type"), QStringLiteral("string")},
        {QStringLiteral("enum"), QJsonArray::fromStringList(values)}, {QStringLiteral("description"), description}};
}

QJsonObject listOf(const QJsonObject& item, const QString& description, int maxItems = 50)
{
    return {{QStringLiteral("type"), QStringLiteral("array")}, {QStringLiteral("items"), item},
        {QStringLiteral("maxItems"), maxItems}, {QStringLiteral("description"), description}};
}

QJsonObject number(int minimum, int maximum, const QString& description)
{
    return {{QStringLiteral("type"), QStringLiteral("integer")}, {QStringLiteral("minimum"), minimum},
        {QStringLiteral("maximum"), maximum}, {QStringLiteral("description"), description}};
}

QJsonObject flag(const QString& description)
{
    return {{QStringLiteral("type"), QStringLiteral("boolean")}, {QStringLiteral("description"), description}};
}

QJsonObject time(const QString& description)
{
    return {{QStringLiteral("type"), QStringLiteral("string")}, {QStringLiteral("format"), QStringLiteral("date-time")},
        {QStringLiteral("description"), description}};
}

// Every tool refuses unknown arguments: a misspelt filter must not silently widen a listing or an update.
QJsonObject objectSchema(const QJsonObject& properties, const QStringList& required = {})
{
    QJsonObject schema{{QStringLiteral("type"), QStringLiteral("object")}, {QStringLiteral("properties"), properties},
        {QStringLiteral("additionalProperties"), false}};
    if (!required.isEmpty())
        schema.insert(QStringLiteral("required"), QJsonArray::fromStringList(required));
    return schema;
}

QJsonObject limit(int byDefault)
{
    QJsonObject schema = number(1, 500, QStringLiteral("How many to return at most (default %1).").arg(byDefault));
    schema.insert(QStringLiteral("default"), byDefault);
    return schema;
}

// The editable fields of an application, named as DomainJson shows them, so that what
// get_application returns can be sent back to update_application.
QJsonObject applicationFields()
{
    QStringList templates;
    for (const ApplicationTemplate& t : ApplicationTemplate::all())
        templates << t.id;
    return {
        {QStringLiteral("name"),
            text(QStringLiteral("Unique name within the organization: letters, digits, '-', '_' and '.'."), 100)},
        {QStringLiteral("displayName"), optionalText(QStringLiteral("Name shown on the consent page."), 200)},
        {QStringLiteral("description"), optionalText(QStringLiteral("What the application is for."), 2000)},
        {QStringLiteral("redirectUris"),
            listOf(text(QStringLiteral("A redirect URI."), 2000),
                QStringLiteral("Redirect URIs: https, or http on loopback (any port, RFC 8252), or a private-use "
                               "scheme."))},
        {QStringLiteral("clientType"),
            oneOf(enumAllNames(kClientTypeNames),
                QStringLiteral("public (no secret; native and browser apps) or confidential. A confidential client's "
                               "secret is never sent over MCP: show or rotate it in the console or with "
                               "`mcp-auth app rotate-secret`."))},
        {QStringLiteral("tokenEndpointAuthMethod"),
            oneOf(
                enumAllNames(kAuthMethodNames), QStringLiteral("How the client authenticates at the token endpoint."))},
        {QStringLiteral("grantTypes"),
            listOf(oneOf(enumAllNames(kGrantTypeNames), QStringLiteral("A grant type.")),
                QStringLiteral("The OAuth grants the client may use."), 3)},
        {QStringLiteral("pkceRequired"), flag(QStringLiteral("Require PKCE (S256) on authorization requests."))},
        {QStringLiteral("tokenFormat"),
            oneOf(enumAllNames(kTokenFormatNames), QStringLiteral("jwt (RFC 9068) or opaque reference tokens."))},
        {QStringLiteral("signingAlgorithm"),
            oneOf(
                enumAllNames(kSigningAlgorithmNames), QStringLiteral("The signature algorithm of JWT access tokens."))},
        {QStringLiteral("accessTokenLifetime"),
            number(Application::kMinAccessLifetime, Application::kMaxAccessLifetime,
                QStringLiteral("Access token lifetime in seconds."))},
        {QStringLiteral("refreshTokenLifetime"),
            number(Application::kMinAccessLifetime, Application::kMaxRefreshLifetime,
                QStringLiteral("Refresh token lifetime in seconds (at least the access token lifetime)."))},
        {QStringLiteral("consentPolicy"),
            oneOf(enumAllNames(kConsentPolicyNames),
                QStringLiteral("always: ask every time; once: ask once per set of scopes; never: trusted, no consent "
                               "page (set only in the console or the CLI, not over MCP)."))},
        {QStringLiteral("allowedScopes"),
            listOf(
                text(QStringLiteral("A scope name."), 200), QStringLiteral("The scopes the client may request."), 100)},
        {QStringLiteral("corsOrigins"),
            listOf(text(QStringLiteral("An origin such as https://app.example.com."), 500),
                QStringLiteral("Web origins allowed to call the token endpoint from a browser."))},
        {QStringLiteral("template"),
            oneOf(templates,
                QStringLiteral("Start from a client template (its redirect URIs and settings); the other arguments "
                               "override it."))},
        {QStringLiteral("organization"),
            text(QStringLiteral("Organization name or id; only your own (the default) is accepted."), 200)},
    };
}

QJsonObject without(QJsonObject object, const QStringList& keys)
{
    for (const QString& key : keys)
        object.remove(key);
    return object;
}

QJsonObject applicationRef()
{
    return text(QStringLiteral("The application: its id, client id or name."), 2000);
}

QList<McpToolInfo> buildTools()
{
    const QJsonObject fields = applicationFields();
    QJsonObject updateFields = without(fields, {QStringLiteral("template"), QStringLiteral("organization")});
    // Required when adding, so that a client never ends up without the redirect URIs it needs by
    // omission: the authorization code grant, the default, refuses an application without them.
    QJsonObject addFields = fields;
    addFields.insert(QStringLiteral("redirectUris"),
        listOf(text(QStringLiteral("A redirect URI."), 2000),
            QStringLiteral("Redirect URIs: https, or http on loopback (any port, RFC 8252), or a private-use scheme. "
                           "With a template, an empty list keeps the template's URIs; without one, an empty list "
                           "suits only a client that uses client_credentials alone.")));
    updateFields.insert(QStringLiteral("application"), applicationRef());

    QList<McpToolInfo> tools;
    tools << McpToolInfo{QStringLiteral("list_applications"), QStringLiteral("List applications"),
        QStringLiteral("application:read"),
        QStringLiteral("Lists the OAuth applications (clients) registered with this authorization server, with "
                       "their redirect URIs, grants, scopes and consent policy. Requires the scope "
                       "application:read."),
        objectSchema({{QStringLiteral("organization"),
                          text(QStringLiteral("Your organization (name or id); the tools see no other."), 200)},
            {QStringLiteral("limit"), limit(100)}}),
        true, false};
    tools << McpToolInfo{QStringLiteral("get_application"), QStringLiteral("Show an application"),
        QStringLiteral("application:read"),
        QStringLiteral("Shows one application with all its settings (never its secret). Requires the scope "
                       "application:read."),
        objectSchema({{QStringLiteral("application"), applicationRef()}}, {QStringLiteral("application")}), true,
        false};
    tools << McpToolInfo{QStringLiteral("add_application"), QStringLiteral("Add an application"),
        QStringLiteral("application:write"),
        QStringLiteral("Registers a new OAuth application (client) from its name and redirect URIs; a template "
                       "fills in the redirect URIs and settings of a known MCP client. Requires the scope "
                       "application:write, which only administrators hold."),
        objectSchema(addFields, {QStringLiteral("name"), QStringLiteral("redirectUris")}), false, false};
    tools << McpToolInfo{QStringLiteral("update_application"), QStringLiteral("Change an application"),
        QStringLiteral("application:write"),
        QStringLiteral(
            "Changes the given settings of an application; settings not given stay as they are. A "
            "client cannot change its own application, nor the allowed scopes, consent policy, redirect URIs "
            "or grant types of one without a consent page. Requires the scope application:write, which only "
            "administrators hold."),
        objectSchema(updateFields, {QStringLiteral("application")}), false, false};
    tools << McpToolInfo{QStringLiteral("delete_application"), QStringLiteral("Delete an application"),
        QStringLiteral("application:write"),
        QStringLiteral("Deletes an application together with its tokens and consents (not the calling client's "
                       "own). Requires the scope application:write, which only administrators hold."),
        objectSchema({{QStringLiteral("application"), applicationRef()}}, {QStringLiteral("application")}), false,
        true};
    tools << McpToolInfo{QStringLiteral("list_tokens"), QStringLiteral("List tokens"), QStringLiteral("token:read"),
        QStringLiteral("Lists issued access and refresh tokens (their metadata, never their values), newest first, "
                       "with filters. Requires the scope token:read."),
        objectSchema({
            {QStringLiteral("application"), applicationRef()},
            {QStringLiteral("user"), text(QStringLiteral("Only tokens of this user (id or username)."), 200)},
            {QStringLiteral("resource"), text(QStringLiteral("Only tokens for this resource URI (aud)."), 2000)},
            {QStringLiteral("kind"), oneOf(enumAllNames(kTokenKindNames), QStringLiteral("access or refresh."))},
            {QStringLiteral("state"),
                oneOf(enumAllNames(kTokenStateNames), QStringLiteral("active, expired or revoked."))},
            {QStringLiteral("limit"), limit(50)},
            {QStringLiteral("cursor"),
                text(QStringLiteral("The nextCursor of the previous page, to continue the listing."), 200)},
        }),
        true, false};
    tools << McpToolInfo{QStringLiteral("revoke_token"), QStringLiteral("Revoke a token"),
        QStringLiteral("token:write"),
        QStringLiteral("Revokes one token by its id (jti); revoking a refresh token revokes its whole family. "
                       "Requires the scope token:write, which only administrators hold."),
        objectSchema({{QStringLiteral("token"), text(QStringLiteral("The token id (jti) from list_tokens."), 200)}},
            {QStringLiteral("token")}),
        false, true};
    tools << McpToolInfo{QStringLiteral("list_consents"), QStringLiteral("List consents"),
        QStringLiteral("consent:read"),
        QStringLiteral("Lists which user granted which application which scopes on which resource. Requires the "
                       "scope consent:read."),
        objectSchema({
            {QStringLiteral("user"), text(QStringLiteral("Only consents of this user (id or username)."), 200)},
            {QStringLiteral("application"), applicationRef()},
            {QStringLiteral("includeRevoked"), flag(QStringLiteral("Also list withdrawn consents."))},
        }),
        true, false};
    tools << McpToolInfo{QStringLiteral("revoke_consent"), QStringLiteral("Withdraw a consent"),
        QStringLiteral("consent:write"),
        QStringLiteral("Withdraws a user's consent and revokes the tokens issued under it. Requires the scope "
                       "consent:write, which only administrators hold."),
        objectSchema({{QStringLiteral("consent"), text(QStringLiteral("The consent id from list_consents."), 200)}},
            {QStringLiteral("consent")}),
        false, true};
    tools << McpToolInfo{QStringLiteral("list_audit_events"), QStringLiteral("Query the audit log"),
        QStringLiteral("audit:read"),
        QStringLiteral("Lists the audit events of your organization, newest first, with filters. Requires the "
                       "scope audit:read, which only administrators hold."),
        objectSchema({
            {QStringLiteral("actor"), text(QStringLiteral("Only events by this actor."), 200)},
            {QStringLiteral("action"),
                text(
                    QStringLiteral("Only this action (application.create), or a prefix ending in '.' (token.)."), 200)},
            {QStringLiteral("targetType"), text(QStringLiteral("Only events about this kind of target."), 100)},
            {QStringLiteral("targetId"), text(QStringLiteral("Only events about this target id."), 2000)},
            {QStringLiteral("outcome"),
                oneOf(enumAllNames(kAuditOutcomeNames), QStringLiteral("success, failure or denied."))},
            {QStringLiteral("from"), time(QStringLiteral("Events at or after this time (ISO 8601)."))},
            {QStringLiteral("to"), time(QStringLiteral("Events before this time (ISO 8601)."))},
            {QStringLiteral("before"),
                number(1, std::numeric_limits<int>::max(),
                    QStringLiteral("Continue before this sequence number (the nextBefore of the previous page)."))},
            {QStringLiteral("limit"), limit(50)},
        }),
        true, false};
    tools << McpToolInfo{QStringLiteral("list_resources"), QStringLiteral("List resources and scopes"),
        QStringLiteral("application:read"),
        QStringLiteral("Lists the protected resources (MCP servers) with their scopes (name, display name, "
                       "description) and which tool needs which scope. Requires the scope application:read, "
                       "because resources and scopes are what applications are granted."),
        objectSchema({{QStringLiteral("organization"),
            text(QStringLiteral("Your organization (name or id); the tools see no other."), 200)}}),
        true, false};
    return tools;
}

} // namespace

const QList<McpScopeInfo>& McpCatalog::scopes()
{
    // Casdoor's resource:action naming (PRODUCT.md 5). The write scopes are administrators' alone:
    // application:write can give any client any scope with no consent page, token:write and
    // consent:write end other people's sessions. audit:read is too, although it only reads: the log
    // holds every user's sign-ins (failed ones with the name typed), every client's tokens and the
    // addresses they came from, which is an administrator's view of the server, not a user's.
    static const QList<McpScopeInfo> all{
        {QStringLiteral("application:read"), QStringLiteral("Read applications"),
            QStringLiteral("List and show OAuth applications and their settings."), true, false},
        {QStringLiteral("application:write"), QStringLiteral("Manage applications"),
            QStringLiteral("Create, change and delete OAuth applications."), false, true},
        {QStringLiteral("token:read"), QStringLiteral("Read tokens"),
            QStringLiteral("List issued tokens and see their state."), true, false},
        {QStringLiteral("token:write"), QStringLiteral("Revoke tokens"),
            QStringLiteral("Revoke access and refresh tokens."), false, true},
        {QStringLiteral("consent:read"), QStringLiteral("Read consents"),
            QStringLiteral("See which user granted which application access."), true, false},
        {QStringLiteral("consent:write"), QStringLiteral("Revoke consents"),
            QStringLiteral("Withdraw a user's consent and the tokens issued under it."), false, true},
        {QStringLiteral("audit:read"), QStringLiteral("Read the audit log"),
            QStringLiteral("Read and verify the audit log."), true, true},
    };
    return all;
}

QStringList McpCatalog::scopeNames()
{
    QStringList names;
    for (const McpScopeInfo& s : scopes())
        names << s.name;
    return names;
}

QStringList McpCatalog::readScopeNames()
{
    QStringList names;
    for (const McpScopeInfo& s : scopes()) {
        if (s.readOnly)
            names << s.name;
    }
    return names;
}

QStringList McpCatalog::administratorScopeNames()
{
    QStringList names;
    for (const McpScopeInfo& s : scopes()) {
        if (s.administratorOnly)
            names << s.name;
    }
    return names;
}

const QList<McpToolInfo>& McpCatalog::tools()
{
    static const QList<McpToolInfo> all = buildTools();
    return all;
}

const McpToolInfo* McpCatalog::tool(const QString& name)
{
    for (const McpToolInfo& t : tools()) {
        if (t.name == name)
            return &t;
    }
    return nullptr;
}

QMap<QString, QString> McpCatalog::toolScopes()
{
    QMap<QString, QString> map;
    for (const McpToolInfo& t : tools())
        map.insert(t.name, t.scope);
    return map;
}

} // namespace mcpauth
