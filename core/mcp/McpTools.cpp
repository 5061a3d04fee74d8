#include "McpTools.h"

#include "McpCatalog.h"
#include "common/Logging.h"
#include "domain/ApplicationTemplate.h"
#include "domain/DomainJson.h"
#include "oauth/AccessTokenVerifier.h"
#include "oauth/AdministratorScopes.h"
#include "oauth/TokenRecorder.h"
#include "server/AuditSink.h"
#include "server/ServerContext.h"
#include "store/Store.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>

namespace mcpauth {

namespace {

QStringList stringList(const QJsonValue& value)
{
    QStringList out;
    for (const QJsonValue& v : value.toArray())
        out << v.toString();
    return out;
}

template <typename E, std::size_t N>
Status readEnum(const QJsonObject& args, const QString& key, const EnumNames<E, N>& names, E& target)
{
    if (!args.contains(key))
        return {};
    const auto value = enumFromName(names, args.value(key).toString());
    if (!value)
        return Error::invalid(key,
            QStringLiteral("The argument '%1' must be one of %2.")
                .arg(key, enumAllNames(names).join(QStringLiteral(", "))));
    target = *value;
    return {};
}

// The editable fields present in `args` (checked against the schema) onto `app`; absent ones stay.
Status applyApplicationFields(const QJsonObject& args, Application& app)
{
    const auto text = [&](const char* key, QString& target) {
        if (const QString k = QString::fromLatin1(key); args.contains(k))
            target = args.value(k).toString();
    };
    const auto list = [&](const char* key, QStringList& target) {
        if (const QString k = QString::fromLatin1(key); args.contains(k))
            target = stringList(args.value(k));
    };
    const auto seconds = [&](const char* key, int& target) {
        if (const QString k = QString::fromLatin1(key); args.contains(k))
            target = args.value(k).toInt();
    };
    text("name", app.name);
    text("displayName", app.displayName);
    text("description", app.description);
    list("redirectUris", app.redirectUris);
    list("allowedScopes", app.allowedScopes);
    list("corsOrigins", app.corsOrigins);
    seconds("accessTokenLifetime", app.accessTokenLifetime);
    seconds("refreshTokenLifetime", app.refreshTokenLifetime);
    if (args.contains(QStringLiteral("pkceRequired")))
        app.pkceRequired = args.value(QStringLiteral("pkceRequired")).toBool();

    if (Status s = readEnum(args, QStringLiteral("clientType"), kClientTypeNames, app.clientType); !s)
        return s;
    // As the CLI does: a new client type brings its usual authentication unless one is given too.
    if (args.contains(QStringLiteral("clientType")) && !args.contains(QStringLiteral("tokenEndpointAuthMethod")))
        app.authMethod
            = app.isConfidential() ? TokenEndpointAuthMethod::ClientSecretBasic : TokenEndpointAuthMethod::None;
    if (Status s = readEnum(args, QStringLiteral("tokenEndpointAuthMethod"), kAuthMethodNames, app.authMethod); !s)
        return s;
    if (Status s = readEnum(args, QStringLiteral("tokenFormat"), kTokenFormatNames, app.tokenFormat); !s)
        return s;
    if (Status s = readEnum(args, QStringLiteral("signingAlgorithm"), kSigningAlgorithmNames, app.signingAlgorithm); !s)
        return s;
    if (Status s = readEnum(args, QStringLiteral("consentPolicy"), kConsentPolicyNames, app.consentPolicy); !s)
        return s;
    if (args.contains(QStringLiteral("grantTypes"))) {
        app.grantTypes.clear();
        for (const QString& name : stringList(args.value(QStringLiteral("grantTypes")))) {
            const auto grant = enumFromName(kGrantTypeNames, name);
            if (!grant)
                return Error::invalid(QStringLiteral("grantTypes"),
                    QStringLiteral("'%1' is not a grant type; use %2.")
                        .arg(name, enumAllNames(kGrantTypeNames).join(QStringLiteral(", "))));
            if (!app.grantTypes.contains(*grant))
                app.grantTypes << *grant;
        }
    }
    return {};
}

// What decides how far an application is trusted: which scopes it may get, whether anyone is asked,
// and where the codes go. The first of them a change touches, as its argument name; empty: none.
QString trustFieldChanged(const Application& before, const Application& after)
{
    if (after.allowedScopes != before.allowedScopes)
        return QStringLiteral("allowedScopes");
    if (after.consentPolicy != before.consentPolicy)
        return QStringLiteral("consentPolicy");
    if (after.redirectUris != before.redirectUris)
        return QStringLiteral("redirectUris");
    if (after.grantTypes != before.grantTypes)
        return QStringLiteral("grantTypes");
    return {};
}

// The answer of add_application and update_application: the saved application, and where a new
// client secret can be seen instead of in the answer.
QJsonObject savedAnswer(const SavedApplication& saved)
{
    QJsonObject out{{QStringLiteral("application"), DomainJson::toJson(saved.application)}};
    if (!saved.clientSecret.isEmpty())
        out.insert(QStringLiteral("clientSecretNote"),
            QStringLiteral("The client secret of %1 is never sent over MCP. Show a new one in the console or with "
                           "`mcp-auth app rotate-secret %1`.")
                .arg(saved.application.name));
    return out;
}

QString tokenCursor(const TokenCursor& cursor)
{
    return QStringLiteral("%1:%2").arg(cursor.key).arg(cursor.id);
}

std::optional<TokenCursor> parseTokenCursor(const QString& text)
{
    const qsizetype colon = text.indexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == text.size() - 1)
        return std::nullopt;
    bool ok = false;
    const qint64 key = text.left(colon).toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return TokenCursor{key, text.mid(colon + 1)};
}

qint64 parseTime(const QJsonValue& value)
{
    return value.isString() ? QDateTime::fromString(value.toString(), Qt::ISODateWithMs).toMSecsSinceEpoch() : 0;
}

} // namespace

McpTools::McpTools(ServerContext& context)
    : m_ctx(context)
{ }

McpToolResult McpTools::call(const McpToolInfo& tool, const QJsonObject& arguments, const McpCaller& caller)
{
    Outcome outcome = Error::make(ErrorCode::Internal, QStringLiteral("The tool %1 is not available.").arg(tool.name));
    const QString& name = tool.name;
    const Result<Reach> reach = reachOf(tool, caller);
    if (!reach)
        outcome = reach.error();
    else if (name == QLatin1String("list_applications"))
        outcome = listApplications(arguments, *reach);
    else if (name == QLatin1String("get_application"))
        outcome = getApplication(arguments, *reach);
    else if (name == QLatin1String("add_application"))
        outcome = addApplication(arguments, caller, *reach);
    else if (name == QLatin1String("update_application"))
        outcome = updateApplication(arguments, caller, *reach);
    else if (name == QLatin1String("delete_application"))
        outcome = deleteApplication(arguments, caller, *reach);
    else if (name == QLatin1String("list_tokens"))
        outcome = listTokens(arguments, *reach);
    else if (name == QLatin1String("revoke_token"))
        outcome = revokeToken(arguments, caller, *reach);
    else if (name == QLatin1String("list_consents"))
        outcome = listConsents(arguments, *reach);
    else if (name == QLatin1String("revoke_consent"))
        outcome = revokeConsent(arguments, caller, *reach);
    else if (name == QLatin1String("list_audit_events"))
        outcome = listAuditEvents(arguments, *reach);
    else if (name == QLatin1String("list_resources"))
        outcome = listResources(arguments, *reach);

    // A change made here is seen by the next call, not a second later.
    if (outcome && !tool.readOnly) {
        m_reaches.clear();
        m_resourceListings.clear();
    }

    McpToolResult result;
    if (!outcome) {
        const Error& error = outcome.error();
        if (error.code != ErrorCode::InvalidInput && error.code != ErrorCode::NotFound
            && error.code != ErrorCode::Conflict)
            qCWarning(lcMcp).noquote() << "The tool" << name << "failed:" << error.message;
        result.isError = true;
        result.text = error.message;
        return result;
    }
    // The listing is the same for a second: so is its JSON, which is kilobytes to write.
    if (name == QLatin1String("list_resources")) {
        if (auto it = m_resourceListings.find(reach->organizationId); it != m_resourceListings.end()) {
            if (it->json.isEmpty())
                it->json = QJsonDocument(it->listing).toJson(QJsonDocument::Compact);
            result.json = it->json;
            return result;
        }
    }
    result.json = QJsonDocument(*outcome).toJson(QJsonDocument::Compact);
    return result;
}

Result<McpTools::Reach> McpTools::reachOf(const McpToolInfo& tool, const McpCaller& caller)
{
    const QString key = caller.clientId + QLatin1Char('\n') + caller.userId + QLatin1Char('\n') + tool.scope;
    if (auto it = m_reaches.constFind(key); it != m_reaches.cend() && it->loaded.elapsed() < kReloadIntervalMs)
        return it->reach;
    Result<Reach> reach = readReach(tool, caller);
    if (!reach) {
        m_reaches.remove(key);
        return reach;
    }
    // Bounded by the callers that ever held a token; cleared rather than grown without end.
    if (m_reaches.size() >= 4096)
        m_reaches.clear();
    CachedReach entry{*reach, {}};
    entry.loaded.start();
    m_reaches.insert(key, std::move(entry));
    return reach;
}

Result<McpTools::Reach> McpTools::readReach(const McpToolInfo& tool, const McpCaller& caller) const
{
    // Read from the store, not from the token: a user moved out of administration, or a client
    // deleted, loses its reach (within reachOf()'s kReloadIntervalMs).
    auto app = m_ctx.store.applications().find(caller.clientId);
    if (!app || app->clientId != caller.clientId) {
        if (!app && app.error().code != ErrorCode::NotFound && app.error().code != ErrorCode::Conflict)
            return app.error();
        return Error::invalid(QStringLiteral("client_id"),
            QStringLiteral("The client of this access token is no longer registered with this server."));
    }
    Reach reach;
    reach.ownApplicationId = app->id;
    reach.organizationId = app->organizationId;
    if (!caller.userId.isEmpty()) {
        auto user = m_ctx.store.users().find(caller.userId);
        if (!user || user->id != caller.userId) {
            if (!user && user.error().code != ErrorCode::NotFound && user.error().code != ErrorCode::Conflict)
                return user.error();
            return Error::invalid(
                QStringLiteral("sub"), QStringLiteral("The user of this access token no longer exists."));
        }
        reach.organizationId = user->organizationId;
        auto split = AdministratorScopes::forUser(m_ctx.store.scopes(), user->organizationId, *user, {tool.scope});
        if (!split)
            return split.error();
        if (!split->withheld.isEmpty())
            return Error::invalid(QStringLiteral("scope"),
                QStringLiteral("The tool %1 needs the scope %2, which only administrators may hold, and %3 is not an "
                               "administrator of this server.")
                    .arg(tool.name, tool.scope, user->username));
    }
    return reach;
}

Status McpTools::checkOrganization(const QJsonObject& args, const Reach& reach) const
{
    const QString ref = args.value(QStringLiteral("organization")).toString();
    if (ref.isEmpty() || ref == reach.organizationId)
        return {};
    // Compared with our own organization only: whether the name given is another's is not for the
    // caller to learn.
    auto own = m_ctx.store.organizations().find(reach.organizationId);
    if (!own)
        return own.error();
    if (ref == own->name)
        return {};
    return Error::invalid(QStringLiteral("organization"),
        QStringLiteral("The tools of this server act only within your own organization, %1; '%2' is not it. Leave "
                       "out 'organization', or name %1.")
            .arg(own->name, ref.left(200)));
}

Result<QString> McpTools::applicationId(const QString& ref, const Reach& reach) const
{
    if (ref.isEmpty())
        return QString();
    auto app = m_ctx.store.applications().find(ref, reach.organizationId);
    if (!app)
        return app.error();
    return app->id;
}

Result<QString> McpTools::userId(const QString& ref, const Reach& reach) const
{
    if (ref.isEmpty())
        return QString();
    auto user = m_ctx.store.users().find(ref, reach.organizationId);
    if (!user)
        return user.error();
    return user->id;
}

Result<Application> McpTools::application(const QJsonObject& args, const Reach& reach) const
{
    return m_ctx.store.applications().find(args.value(QStringLiteral("application")).toString(), reach.organizationId);
}

McpTools::Outcome McpTools::listApplications(const QJsonObject& args, const Reach& reach)
{
    if (Status ours = checkOrganization(args, reach); !ours)
        return ours.error();
    auto apps = m_ctx.store.applications().list(reach.organizationId);
    if (!apps)
        return apps.error();
    const int limit = args.value(QStringLiteral("limit")).toInt(100);
    QJsonArray list;
    for (const Application& a : *apps) {
        if (list.size() >= limit)
            break;
        list.append(DomainJson::toJson(a));
    }
    return QJsonObject{{QStringLiteral("applications"), list}, {QStringLiteral("count"), list.size()},
        {QStringLiteral("total"), apps->size()}};
}

McpTools::Outcome McpTools::getApplication(const QJsonObject& args, const Reach& reach)
{
    auto app = application(args, reach);
    if (!app)
        return app.error();
    return QJsonObject{{QStringLiteral("application"), DomainJson::toJson(*app)}};
}

McpTools::Outcome McpTools::addApplication(const QJsonObject& args, const McpCaller& caller, const Reach& reach)
{
    Application app;
    if (args.contains(QStringLiteral("template"))) {
        const auto tmpl = ApplicationTemplate::find(args.value(QStringLiteral("template")).toString());
        if (!tmpl)
            return Error::invalid(QStringLiteral("template"),
                QStringLiteral("There is no template '%1'.").arg(args.value(QStringLiteral("template")).toString()));
        app = tmpl->application;
        app.description = tmpl->note;
    }
    if (Status ours = checkOrganization(args, reach); !ours)
        return ours.error();
    app.organizationId = reach.organizationId;
    // The console's own administration, reached over MCP; the audit event names the MCP caller.
    app.createdBy = CreatedBy::Console;
    QJsonObject fields = args;
    if (args.contains(QStringLiteral("template")) && fields.value(QStringLiteral("redirectUris")).toArray().isEmpty())
        fields.remove(QStringLiteral("redirectUris")); // the template's
    if (Status applied = applyApplicationFields(fields, app); !applied)
        return applied.error();
    // An application that skips the consent page gets every signed-in user's grants silently, the
    // administrators' too: a person makes one, in the console or the CLI, never a client.
    if (app.consentPolicy == ConsentPolicy::Never)
        return Error::invalid(QStringLiteral("consentPolicy"),
            QStringLiteral("The consent policy 'never' (no consent page) cannot be set over MCP; an administrator "
                           "sets it in the console or with `mcp-auth app update --consent never`. Use 'once' or "
                           "'always'."));
    auto saved = m_ctx.store.applications().create(app, caller.audit);
    if (!saved)
        return saved.error();
    return savedAnswer(*saved);
}

McpTools::Outcome McpTools::updateApplication(const QJsonObject& args, const McpCaller& caller, const Reach& reach)
{
    auto app = application(args, reach);
    if (!app)
        return app.error();
    // A token must not be able to raise the trust placed in the client it was issued to (its scopes,
    // redirect URIs, consent policy): a person changes that client, never the client itself.
    if (app->id == reach.ownApplicationId)
        return Error::invalid(QStringLiteral("application"),
            QStringLiteral("A client cannot change its own application over MCP; an administrator changes %1 in the "
                           "console or with `mcp-auth app update %1`.")
                .arg(app->name));
    Application changed = *app;
    QJsonObject fields = args;
    fields.remove(QStringLiteral("application"));
    if (Status applied = applyApplicationFields(fields, changed); !applied)
        return applied.error();
    // Settings sent back unchanged (get_application's answer, edited) are not a change.
    if (const QString field = trustFieldChanged(*app, changed); !field.isEmpty()
        && (app->consentPolicy == ConsentPolicy::Never || changed.consentPolicy == ConsentPolicy::Never))
        return Error::invalid(field,
            QStringLiteral("%1 has, or would get, the consent policy 'never' (no consent page), so its allowed "
                           "scopes, consent policy, redirect URIs and grant types are changed only by an "
                           "administrator in the console or with `mcp-auth app update %1`, not over MCP.")
                .arg(app->name));
    auto saved = m_ctx.store.applications().update(changed, caller.audit);
    if (!saved)
        return saved.error();
    return savedAnswer(*saved);
}

McpTools::Outcome McpTools::deleteApplication(const QJsonObject& args, const McpCaller& caller, const Reach& reach)
{
    auto app = application(args, reach);
    if (!app)
        return app.error();
    if (app->id == reach.ownApplicationId)
        return Error::invalid(QStringLiteral("application"),
            QStringLiteral("A client cannot delete its own application over MCP; an administrator deletes %1 in the "
                           "console or with `mcp-auth app delete %1`.")
                .arg(app->name));
    // Rows still queued would be written after the cascade and outlive their application.
    m_ctx.verifier.recorder().flush();
    auto removed = m_ctx.store.applications().remove(app->id, caller.audit);
    if (!removed)
        return removed.error();
    return QJsonObject{{QStringLiteral("deleted"),
                           QJsonObject{{QStringLiteral("id"), app->id}, {QStringLiteral("name"), app->name},
                               {QStringLiteral("clientId"), app->clientId}}},
        {QStringLiteral("tokensDeleted"), removed->tokens}, {QStringLiteral("consentsDeleted"), removed->consents}};
}

McpTools::Outcome McpTools::listTokens(const QJsonObject& args, const Reach& reach)
{
    TokenFilter filter;
    filter.organizationId = reach.organizationId;
    auto app = applicationId(args.value(QStringLiteral("application")).toString(), reach);
    if (!app)
        return app.error();
    filter.applicationId = *app;
    auto user = userId(args.value(QStringLiteral("user")).toString(), reach);
    if (!user)
        return user.error();
    filter.userId = *user;
    filter.resource = args.value(QStringLiteral("resource")).toString();
    if (args.contains(QStringLiteral("kind")))
        filter.kind = enumFromName(kTokenKindNames, args.value(QStringLiteral("kind")).toString());
    if (args.contains(QStringLiteral("state")))
        filter.state = enumFromName(kTokenStateNames, args.value(QStringLiteral("state")).toString());
    const qint64 now = ServerContext::now();
    filter.now = now;

    TokenPageRequest request;
    request.limit = args.value(QStringLiteral("limit")).toInt(50);
    if (args.contains(QStringLiteral("cursor"))) {
        request.after = parseTokenCursor(args.value(QStringLiteral("cursor")).toString());
        if (!request.after)
            return Error::invalid(QStringLiteral("cursor"),
                QStringLiteral("The argument 'cursor' is not a nextCursor this server returned; leave it out to "
                               "start from the newest token."));
    }
    // Tokens issued a moment ago may still be queued; the listing must show them.
    m_ctx.verifier.recorder().flush();
    auto page = m_ctx.store.tokens().page(filter, request);
    if (!page)
        return page.error();
    QJsonArray tokens;
    for (const Token& t : page->tokens)
        tokens.append(DomainJson::toJson(t, now));
    QJsonObject out{{QStringLiteral("tokens"), tokens}, {QStringLiteral("count"), tokens.size()}};
    if (page->next)
        out.insert(QStringLiteral("nextCursor"), tokenCursor(*page->next));
    return out;
}

McpTools::Outcome McpTools::revokeToken(const QJsonObject& args, const McpCaller& caller, const Reach& reach)
{
    const QString id = args.value(QStringLiteral("token")).toString();
    m_ctx.verifier.recorder().flush();
    auto token = m_ctx.store.tokens().find(id);
    if (!token)
        return token.error();
    // Another organization's token reads as unknown: its existence is not this caller's to learn.
    if (!m_ctx.store.applications().find(token->applicationId, reach.organizationId))
        return Error::make(ErrorCode::NotFound, QStringLiteral("No token with the id '%1'.").arg(id));
    auto revoked = m_ctx.store.tokens().revoke(id, caller.audit);
    if (!revoked)
        return revoked.error();
    return QJsonObject{{QStringLiteral("token"), id}, {QStringLiteral("revoked"), *revoked}};
}

McpTools::Outcome McpTools::listConsents(const QJsonObject& args, const Reach& reach)
{
    ConsentFilter filter;
    filter.organizationId = reach.organizationId;
    auto user = userId(args.value(QStringLiteral("user")).toString(), reach);
    if (!user)
        return user.error();
    filter.userId = *user;
    auto app = applicationId(args.value(QStringLiteral("application")).toString(), reach);
    if (!app)
        return app.error();
    filter.applicationId = *app;
    filter.includeRevoked = args.value(QStringLiteral("includeRevoked")).toBool(false);
    auto consents = m_ctx.store.consents().list(filter);
    if (!consents)
        return consents.error();
    QJsonArray list;
    for (const Consent& c : *consents)
        list.append(DomainJson::toJson(c));
    return QJsonObject{{QStringLiteral("consents"), list}, {QStringLiteral("count"), list.size()}};
}

McpTools::Outcome McpTools::revokeConsent(const QJsonObject& args, const McpCaller& caller, const Reach& reach)
{
    const QString id = args.value(QStringLiteral("consent")).toString();
    auto consent = m_ctx.store.consents().find(id);
    if (!consent)
        return consent.error();
    if (!m_ctx.store.applications().find(consent->applicationId, reach.organizationId))
        return Error::make(ErrorCode::NotFound, QStringLiteral("No consent with the id '%1'.").arg(id));
    // Revoking a consent revokes its tokens by their rows, so queued rows must be written first.
    m_ctx.verifier.recorder().flush();
    auto tokens = m_ctx.store.consents().revoke(id, caller.audit);
    if (!tokens)
        return tokens.error();
    return QJsonObject{{QStringLiteral("consent"), id}, {QStringLiteral("tokensRevoked"), *tokens}};
}

McpTools::Outcome McpTools::listAuditEvents(const QJsonObject& args, const Reach& reach)
{
    AuditFilter filter;
    filter.organizationId = reach.organizationId;
    filter.actor = args.value(QStringLiteral("actor")).toString();
    filter.action = args.value(QStringLiteral("action")).toString();
    filter.targetType = args.value(QStringLiteral("targetType")).toString();
    filter.targetId = args.value(QStringLiteral("targetId")).toString();
    if (args.contains(QStringLiteral("outcome")))
        filter.outcome = enumFromName(kAuditOutcomeNames, args.value(QStringLiteral("outcome")).toString());
    filter.from = parseTime(args.value(QStringLiteral("from")));
    filter.to = parseTime(args.value(QStringLiteral("to")));
    if (filter.from != 0 && filter.to != 0 && filter.to <= filter.from)
        return Error::invalid(QStringLiteral("to"),
            QStringLiteral("The argument 'to' must be later than 'from'; as given, no event can match."));
    const qint64 before = args.value(QStringLiteral("before")).toInteger(0);
    const int limit = args.value(QStringLiteral("limit")).toInt(50);
    // Tool calls of a moment ago are still queued in the sink; a query must see them.
    m_ctx.audit.flush();
    auto events = m_ctx.store.audit().list(filter, before, limit);
    if (!events)
        return events.error();
    QJsonArray list;
    for (const AuditEvent& e : *events)
        list.append(DomainJson::toJson(e));
    QJsonObject out{{QStringLiteral("events"), list}, {QStringLiteral("count"), list.size()}};
    if (events->size() == limit && !events->isEmpty() && events->last().seq > 1)
        out.insert(QStringLiteral("nextBefore"), events->last().seq);
    return out;
}

McpTools::Outcome McpTools::listResources(const QJsonObject& args, const Reach& reach)
{
    if (Status ours = checkOrganization(args, reach); !ours)
        return ours.error();
    // Resources and scopes change in the console or the CLI (another process), and through no tool of
    // this server: a second's delay, like the token endpoint's caches.
    if (auto it = m_resourceListings.constFind(reach.organizationId);
        it != m_resourceListings.cend() && it->loaded.elapsed() < kReloadIntervalMs)
        return it->listing;
    auto resources = m_ctx.store.resources().list(reach.organizationId);
    if (!resources)
        return resources.error();
    auto scopes = m_ctx.store.scopes().list(reach.organizationId);
    if (!scopes)
        return scopes.error();
    QJsonArray list;
    for (const Resource& r : *resources) {
        QJsonObject json = DomainJson::toJson(r);
        QJsonArray details;
        for (const QString& name : r.scopes) {
            for (const Scope& s : *scopes) {
                if (s.name == name && s.organizationId == r.organizationId) {
                    details.append(QJsonObject{{QStringLiteral("name"), s.name},
                        {QStringLiteral("displayName"), s.displayName}, {QStringLiteral("description"), s.description},
                        {QStringLiteral("administratorOnly"), s.administratorOnly}});
                    break;
                }
            }
        }
        json.insert(QStringLiteral("scopeDetails"), details);
        list.append(json);
    }
    QJsonObject listing{{QStringLiteral("resources"), list}, {QStringLiteral("count"), list.size()}};
    // Bounded by the organizations of the store.
    if (m_resourceListings.size() >= 1024)
        m_resourceListings.clear();
    CachedListing entry{listing, {}, {}};
    entry.loaded.start();
    m_resourceListings.insert(reach.organizationId, std::move(entry));
    return listing;
}

} // namespace mcpauth
