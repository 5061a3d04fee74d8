#include "McpTools.h"

#include "McpCatalog.h"
#include "common/Logging.h"
#include "domain/ApplicationTemplate.h"
#include "domain/DomainJson.h"
#include "oauth/AccessTokenVerifier.h"
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

QString secretNote(const Application& app)
{
    return QStringLiteral("The client secret of %1 is never sent over MCP. Show a new one in the console or with "
                          "`mcp-auth app rotate-secret %1`.")
        .arg(app.name);
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
    if (name == QLatin1String("list_applications"))
        outcome = listApplications(arguments);
    else if (name == QLatin1String("get_application"))
        outcome = getApplication(arguments);
    else if (name == QLatin1String("add_application"))
        outcome = addApplication(arguments, caller);
    else if (name == QLatin1String("update_application"))
        outcome = updateApplication(arguments, caller);
    else if (name == QLatin1String("delete_application"))
        outcome = deleteApplication(arguments, caller);
    else if (name == QLatin1String("list_tokens"))
        outcome = listTokens(arguments);
    else if (name == QLatin1String("revoke_token"))
        outcome = revokeToken(arguments, caller);
    else if (name == QLatin1String("list_consents"))
        outcome = listConsents(arguments);
    else if (name == QLatin1String("revoke_consent"))
        outcome = revokeConsent(arguments, caller);
    else if (name == QLatin1String("list_audit_events"))
        outcome = listAuditEvents(arguments);
    else if (name == QLatin1String("list_resources"))
        outcome = listResources(arguments);

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
    result.structured = std::move(outcome).value();
    // Clients that read only `content` get the same JSON as text (MCP tools, structured content).
    result.text = QString::fromUtf8(QJsonDocument(result.structured).toJson(QJsonDocument::Compact));
    return result;
}

Result<QString> McpTools::organizationId(const QString& ref) const
{
    if (ref.isEmpty())
        return QString();
    auto org = m_ctx.store.organizations().find(ref);
    if (!org)
        return org.error();
    return org->id;
}

Result<QString> McpTools::applicationId(const QString& ref) const
{
    if (ref.isEmpty())
        return QString();
    auto app = m_ctx.store.applications().find(ref);
    if (!app)
        return app.error();
    return app->id;
}

Result<QString> McpTools::userId(const QString& ref) const
{
    if (ref.isEmpty())
        return QString();
    auto user = m_ctx.store.users().find(ref);
    if (!user)
        return user.error();
    return user->id;
}

McpTools::Outcome McpTools::listApplications(const QJsonObject& args)
{
    auto org = organizationId(args.value(QStringLiteral("organization")).toString());
    if (!org)
        return org.error();
    auto apps = m_ctx.store.applications().list(*org);
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

McpTools::Outcome McpTools::getApplication(const QJsonObject& args)
{
    auto app = m_ctx.store.applications().find(args.value(QStringLiteral("application")).toString());
    if (!app)
        return app.error();
    return QJsonObject{{QStringLiteral("application"), DomainJson::toJson(*app)}};
}

McpTools::Outcome McpTools::addApplication(const QJsonObject& args, const McpCaller& caller)
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
    const QString orgRef = args.value(QStringLiteral("organization")).toString();
    auto org = orgRef.isEmpty() ? Result<QString>(m_defaultOrganizationId) : organizationId(orgRef);
    if (!org)
        return org.error();
    app.organizationId = *org;
    // The console's own administration, reached over MCP; the audit event names the MCP caller.
    app.createdBy = CreatedBy::Console;
    QJsonObject fields = args;
    if (args.contains(QStringLiteral("template")) && fields.value(QStringLiteral("redirectUris")).toArray().isEmpty())
        fields.remove(QStringLiteral("redirectUris")); // the template's
    if (Status applied = applyApplicationFields(fields, app); !applied)
        return applied.error();
    auto saved = m_ctx.store.applications().create(app, caller.audit);
    if (!saved)
        return saved.error();
    QJsonObject out{{QStringLiteral("application"), DomainJson::toJson(saved->application)}};
    if (!saved->clientSecret.isEmpty())
        out.insert(QStringLiteral("clientSecretNote"), secretNote(saved->application));
    return out;
}

McpTools::Outcome McpTools::updateApplication(const QJsonObject& args, const McpCaller& caller)
{
    auto app = m_ctx.store.applications().find(args.value(QStringLiteral("application")).toString());
    if (!app)
        return app.error();
    Application changed = *app;
    QJsonObject fields = args;
    fields.remove(QStringLiteral("application"));
    if (Status applied = applyApplicationFields(fields, changed); !applied)
        return applied.error();
    auto saved = m_ctx.store.applications().update(changed, caller.audit);
    if (!saved)
        return saved.error();
    QJsonObject out{{QStringLiteral("application"), DomainJson::toJson(saved->application)}};
    if (!saved->clientSecret.isEmpty())
        out.insert(QStringLiteral("clientSecretNote"), secretNote(saved->application));
    return out;
}

McpTools::Outcome McpTools::deleteApplication(const QJsonObject& args, const McpCaller& caller)
{
    auto app = m_ctx.store.applications().find(args.value(QStringLiteral("application")).toString());
    if (!app)
        return app.error();
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

McpTools::Outcome McpTools::listTokens(const QJsonObject& args)
{
    TokenFilter filter;
    auto app = applicationId(args.value(QStringLiteral("application")).toString());
    if (!app)
        return app.error();
    filter.applicationId = *app;
    auto user = userId(args.value(QStringLiteral("user")).toString());
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

McpTools::Outcome McpTools::revokeToken(const QJsonObject& args, const McpCaller& caller)
{
    const QString id = args.value(QStringLiteral("token")).toString();
    m_ctx.verifier.recorder().flush();
    auto revoked = m_ctx.store.tokens().revoke(id, caller.audit);
    if (!revoked)
        return revoked.error();
    return QJsonObject{{QStringLiteral("token"), id}, {QStringLiteral("revoked"), *revoked}};
}

McpTools::Outcome McpTools::listConsents(const QJsonObject& args)
{
    ConsentFilter filter;
    auto user = userId(args.value(QStringLiteral("user")).toString());
    if (!user)
        return user.error();
    filter.userId = *user;
    auto app = applicationId(args.value(QStringLiteral("application")).toString());
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

McpTools::Outcome McpTools::revokeConsent(const QJsonObject& args, const McpCaller& caller)
{
    const QString id = args.value(QStringLiteral("consent")).toString();
    // Revoking a consent revokes its tokens by their rows, so queued rows must be written first.
    m_ctx.verifier.recorder().flush();
    auto tokens = m_ctx.store.consents().revoke(id, caller.audit);
    if (!tokens)
        return tokens.error();
    return QJsonObject{{QStringLiteral("consent"), id}, {QStringLiteral("tokensRevoked"), *tokens}};
}

McpTools::Outcome McpTools::listAuditEvents(const QJsonObject& args)
{
    AuditFilter filter;
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

McpTools::Outcome McpTools::listResources(const QJsonObject& args)
{
    auto org = organizationId(args.value(QStringLiteral("organization")).toString());
    if (!org)
        return org.error();
    auto resources = m_ctx.store.resources().list(*org);
    if (!resources)
        return resources.error();
    auto scopes = m_ctx.store.scopes().list(*org);
    if (!scopes)
        return scopes.error();
    QJsonArray list;
    for (const Resource& r : *resources) {
        QJsonObject json = DomainJson::toJson(r);
        QJsonArray details;
        for (const QString& name : r.scopes) {
            for (const Scope& s : *scopes) {
                if (s.name == name && s.organizationId == r.organizationId) {
                    details.append(
                        QJsonObject{{QStringLiteral("name"), s.name}, {QStringLiteral("displayName"), s.displayName},
                            {QStringLiteral("description"), s.description}});
                    break;
                }
            }
        }
        json.insert(QStringLiteral("scopeDetails"), details);
        list.append(json);
    }
    return QJsonObject{{QStringLiteral("resources"), list}, {QStringLiteral("count"), list.size()}};
}

} // namespace mcpauth
