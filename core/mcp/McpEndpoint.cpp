#include "McpEndpoint.h"

#include "JsonRpc.h"
#include "JsonSchemaCheck.h"
#include "McpCatalog.h"
#include "McpSessionStore.h"
#include "McpTools.h"
#include "common/Logging.h"
#include "http/AsyncReply.h"
#include "http/HttpServer.h"
#include "oauth/AccessTokenVerifier.h"
#include "server/AuditSink.h"
#include "server/CorsPolicy.h"
#include "server/ServerContext.h"
#include "store/Store.h"

#include <QJsonDocument>
#include <QUrl>
#include <algorithm>
#include <optional>

namespace mcpauth {

namespace {

const QString kPath = QStringLiteral("/mcp");
const QString kMetadataPath = QStringLiteral("/.well-known/oauth-protected-resource");
const QByteArray kSessionHeader = QByteArrayLiteral("mcp-session-id");
const QByteArray kVersionHeader = QByteArrayLiteral("mcp-protocol-version");
const QString kFirstVersionWithStructuredContent = QStringLiteral("2025-06-18");
// From 2025-11-25 on, arguments that break a tool's input schema are a tool execution error the model
// can correct (isError), no longer a JSON-RPC invalid-params error.
const QString kFirstVersionWithToolInputErrors = QStringLiteral("2025-11-25");
const QString kToolCallAction = QStringLiteral("mcp.tool_call");

// RFC 6750 section 3: error_description allows %x20-21 / %x23-5B / %x5D-7E only.
QByteArray headerText(const QString& text)
{
    QByteArray out;
    for (const QChar c : text.left(300)) {
        const ushort u = c.unicode();
        if (u == '"')
            out += '\'';
        else if (u == '\\')
            out += '/';
        else if (u >= 0x20 && u <= 0x7E)
            out += char(u);
        else
            out += ' ';
    }
    return out;
}

// RFC 9110 section 12.5.1: the most specific media range that matches decides, and q=0 refuses.
// No Accept header at all accepts anything.
bool acceptsJson(const QByteArray& accept)
{
    if (accept.trimmed().isEmpty())
        return true;
    int bestSpecificity = -1;
    double bestQuality = 0;
    for (const QByteArray& range : accept.split(',')) {
        const QList<QByteArray> parts = range.split(';');
        const QByteArray type = parts.first().trimmed().toLower();
        int specificity = -1;
        if (type == "application/json")
            specificity = 2;
        else if (type == "application/*")
            specificity = 1;
        else if (type == "*/*")
            specificity = 0;
        if (specificity < bestSpecificity)
            continue;
        double quality = 1;
        for (qsizetype i = 1; i < parts.size(); ++i) {
            const QByteArray param = parts.at(i).trimmed();
            if (param.startsWith("q=") || param.startsWith("Q="))
                quality = param.mid(2).toDouble();
        }
        if (specificity > bestSpecificity || quality > bestQuality) {
            bestSpecificity = specificity;
            bestQuality = quality;
        }
    }
    return bestSpecificity >= 0 && bestQuality > 0;
}

QString versionsText()
{
    return McpEndpoint::protocolVersions().join(QStringLiteral(", "));
}

QJsonObject textContent(const QString& text)
{
    return {{QStringLiteral("type"), QStringLiteral("text")}, {QStringLiteral("text"), text}};
}

QJsonObject toolJson(const McpToolInfo& tool)
{
    return {{QStringLiteral("name"), tool.name}, {QStringLiteral("title"), tool.title},
        {QStringLiteral("description"), tool.description}, {QStringLiteral("inputSchema"), tool.inputSchema},
        {QStringLiteral("annotations"),
            QJsonObject{{QStringLiteral("title"), tool.title}, {QStringLiteral("readOnlyHint"), tool.readOnly},
                {QStringLiteral("destructiveHint"), tool.destructive},
                {QStringLiteral("idempotentHint"), tool.readOnly},
                // The tools touch this backend's store only.
                {QStringLiteral("openWorldHint"), false}}}};
}

} // namespace

// What the worker pool found: the token's claims (or why it was refused) and the parsed body.
struct McpEndpoint::Checked
{
    std::optional<VerifiedAccessToken> token;
    Error refusal;
    QJsonDocument document;
    QJsonParseError parseError{};
    bool notAMessage = false; // valid JSON, but a string, number, boolean or null

    void parse(const QByteArray& body)
    {
        document = QJsonDocument::fromJson(body, &parseError);
        // QJsonDocument refuses a bare scalar, which is valid JSON (RFC 8259) but no JSON-RPC message:
        // that is an invalid request, not a parse error.
        if (parseError.error != QJsonParseError::NoError) {
            QJsonParseError wrapped{};
            const QJsonDocument inArray = QJsonDocument::fromJson('[' + body + ']', &wrapped);
            if (wrapped.error == QJsonParseError::NoError && inArray.array().size() == 1) {
                notAMessage = true;
                parseError = QJsonParseError{};
            }
        }
    }
};

const QStringList& McpEndpoint::protocolVersions()
{
    static const QStringList versions{
        QStringLiteral("2025-03-26"), QStringLiteral("2025-06-18"), QStringLiteral("2025-11-25")};
    return versions;
}

McpEndpoint::McpEndpoint(ServerContext& context, QObject* parent)
    : QObject(parent)
    , m_ctx(context)
    , m_origins(std::make_unique<CorsPolicy>(context))
    , m_sessions(std::make_unique<McpSessionStore>())
    , m_tools(std::make_unique<McpTools>(context))
    , m_changes(context.settings.mcpChangesPerMinute)
{
    for (const McpToolInfo& tool : McpCatalog::tools())
        m_toolList.append(toolJson(tool));
}

McpEndpoint::~McpEndpoint()
{
    m_workers.waitForDone();
}

QString McpEndpoint::resourceMetadataUrl(const QString& resource)
{
    // The resource is the issuer (or its localhost alias) followed by /mcp.
    return resource.left(resource.size() - kPath.size()) + kMetadataPath + kPath;
}

QJsonObject McpEndpoint::protectedResourceMetadata(const QString& resource) const
{
    // authorization_servers stays the issuer whatever name was used: the issuer is one identifier.
    return builtInResourceMetadata(resource, m_ctx.issuer);
}

QJsonObject McpEndpoint::builtInResourceMetadata(const QString& resource, const QString& issuer)
{
    return resourceMetadataDocument(
        resource, issuer, McpCatalog::scopeNames(), QStringLiteral("MCP Auth Console built-in MCP server"));
}

QJsonObject McpEndpoint::resourceMetadataDocument(
    const QString& resource, const QString& issuer, const QStringList& scopes, const QString& resourceName)
{
    QJsonObject doc{{QStringLiteral("resource"), resource},
        {QStringLiteral("authorization_servers"), QJsonArray{issuer}},
        {QStringLiteral("scopes_supported"), QJsonArray::fromStringList(scopes)},
        {QStringLiteral("bearer_methods_supported"), QJsonArray{QStringLiteral("header")}}};
    if (!resourceName.isEmpty())
        doc.insert(QStringLiteral("resource_name"), resourceName);
    return doc;
}

Status McpEndpoint::prepare()
{
    const QString uri = m_ctx.mcpResource();
    const AuditContext server{QStringLiteral("server"), QStringLiteral("server")};
    QString organizationId;
    const Status done = m_ctx.store.database().transaction([&]() -> Status {
        auto existing = m_ctx.store.resources().find(uri);
        if (!existing && existing.error().code != ErrorCode::NotFound)
            return existing.error();
        const bool found = existing && existing->uri == uri;
        if (found) {
            organizationId = existing->organizationId;
        } else {
            auto org = m_ctx.serverOrganizationId();
            if (!org)
                return org.error();
            organizationId = *org;
        }

        for (const McpScopeInfo& info : McpCatalog::scopes()) {
            auto scope = m_ctx.store.scopes().find(info.name, organizationId);
            if (scope) {
                // Who may hold a scope of these tools is a property of the tools, like the tool map:
                // a store from before administrators, or a hand edit, is put right on every start.
                if (scope->administratorOnly == info.administratorOnly)
                    continue;
                Scope corrected = *scope;
                corrected.administratorOnly = info.administratorOnly;
                auto updated = m_ctx.store.scopes().update(corrected, server);
                if (!updated)
                    return updated.error();
                continue;
            }
            if (scope.error().code != ErrorCode::NotFound)
                return scope.error();
            auto created = m_ctx.store.scopes().create(
                Scope{{}, organizationId, info.name, info.displayName, info.description, info.administratorOnly},
                server);
            if (!created)
                return created.error();
        }

        if (!found) {
            Resource resource;
            resource.organizationId = organizationId;
            resource.uri = uri;
            resource.displayName = QStringLiteral("Built-in MCP server");
            resource.description
                = QStringLiteral("The console's own administration, served as MCP tools by the local server.");
            resource.scopes = McpCatalog::scopeNames();
            resource.toolScopes = McpCatalog::toolScopes();
            auto created = m_ctx.store.resources().create(resource, server);
            return created ? Status() : Status(created.error());
        }
        // The tool map describes this code: what an older version or a hand edit left is corrected,
        // while scopes an administrator added stay.
        Resource resource = *existing;
        for (const QString& name : McpCatalog::scopeNames()) {
            if (!resource.scopes.contains(name))
                resource.scopes << name;
        }
        resource.toolScopes = McpCatalog::toolScopes();
        if (resource.scopes == existing->scopes && resource.toolScopes == existing->toolScopes)
            return {};
        auto updated = m_ctx.store.resources().update(resource, server);
        return updated ? Status() : Status(updated.error());
    });
    if (!done)
        return Error::make(done.error().code,
            QStringLiteral("Could not prepare the built-in MCP server's resource %1: %2")
                .arg(uri, done.error().message));
    return {};
}

void McpEndpoint::registerRoutes(HttpServer& http)
{
    const HttpServer::Handler handler = [this](const HttpRequest& request) { return receive(request); };
    http.route("POST", kPath, handler);
    http.route("DELETE", kPath, handler);
    // No GET route: this server offers no server-initiated SSE stream, so HttpServer answers GET with
    // 405 and Allow, as the transport prescribes for that case.

    // A trailing slash is another URI (RFC 3986 section 6.2.3 leaves that to the scheme, and MCP
    // clients compare strings): nothing is served there, and the refusal names the URL that works.
    const HttpServer::Handler slashed
        = [this](const HttpRequest& request) -> HttpReply { return notCanonical(request); };
    for (const char* method : {"GET", "POST", "DELETE"})
        http.route(method, kPath + QLatin1Char('/'), slashed);

    const HttpServer::Handler metadata = [this](const HttpRequest& request) -> HttpReply {
        return HttpResponse::json(protectedResourceMetadata(m_ctx.mcpResourceFor(request)))
            .setHeader("Cache-Control", "public, max-age=60");
    };
    http.route("GET", kMetadataPath, metadata);
    http.route("GET", kMetadataPath + kPath, metadata);
    // An issuer with a path (https://host/auth): the resource is https://host/auth/mcp, whose
    // path-scoped metadata RFC 9728 section 3.1 puts at /.well-known/oauth-protected-resource/auth/mcp.
    const QString issuerPath = QUrl(m_ctx.issuer).path();
    if (!issuerPath.isEmpty() && issuerPath != QLatin1String("/"))
        http.route("GET", kMetadataPath + issuerPath + kPath, metadata);
}

HttpReply McpEndpoint::receive(const HttpRequest& request)
{
    if (auto refused = refuseOrigin(request))
        return *refused;

    if (request.query.hasQueryItem(QStringLiteral("access_token")))
        return unauthorized(request, QStringLiteral("invalid_request"),
            QStringLiteral("Send the access token in the Authorization header: this server refuses tokens in the "
                           "URL, where logs and browser history keep them."));
    const QByteArray authorization = request.header("authorization").trimmed();
    const qsizetype space = authorization.indexOf(' ');
    const QByteArray scheme = space < 0 ? authorization : authorization.left(space);
    if (authorization.isEmpty() || scheme.compare("Bearer", Qt::CaseInsensitive) != 0)
        return unauthorized(request, {}, {});
    const QByteArray token = space < 0 ? QByteArray() : authorization.mid(space + 1).trimmed();
    // RFC 6750 section 2.1: b64token = 1*( ALPHA / DIGIT / "-" / "." / "_" / "~" / "+" / "/" ) *"="
    static const auto isTokenChar = [](char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
            || c == '_' || c == '~' || c == '+' || c == '/' || c == '=';
    };
    if (token.isEmpty() || !std::all_of(token.cbegin(), token.cend(), isTokenChar))
        return unauthorized(request, QStringLiteral("invalid_request"),
            QStringLiteral("The Authorization header must be 'Bearer' followed by one access token."));

    const qint64 now = ServerContext::now();
    const bool parseBody = request.method == "POST";
    // The aud a token must have: this server under the name the request used, never the other one.
    const QString audience = m_ctx.mcpResourceFor(request);
    if (!AccessTokenVerifier::looksLikeJwt(token)) {
        // Opaque tokens are found by their hash in the store, which lives on the main thread.
        Checked checked;
        auto verified = m_ctx.verifier.verify(token, audience, now);
        if (verified)
            checked.token = std::move(verified).value();
        else
            checked.refusal = verified.error();
        if (parseBody)
            checked.parse(request.body);
        return proceed(request, checked, false);
    }

    const QByteArray key = VerifiedTokenCache::keyOf(token);
    // Verified for the other name of this server, the token is still refused under this one.
    if (const VerifiedAccessToken* known = m_verified.find(key, now); known && known->audience == audience) {
        Checked checked;
        checked.token = *known;
        if (parseBody)
            checked.parse(request.body);
        return proceed(request, checked, true);
    }
    const AccessTokenVerifier* verifier = &m_ctx.verifier;
    const QByteArray body = parseBody ? request.body : QByteArray();
    return AsyncReply::run(
        m_workers, this,
        [=] {
            Checked checked;
            auto verified = verifier->verifyJwt(token, audience, now);
            if (!verified) {
                checked.refusal = verified.error();
                return checked;
            }
            checked.token = std::move(verified).value();
            if (parseBody)
                checked.parse(body);
            return checked;
        },
        [this, request, key](const Checked& checked) {
            if (checked.token)
                m_verified.insert(key, *checked.token);
            return proceed(request, checked, true);
        });
}

HttpResponse McpEndpoint::proceed(const HttpRequest& request, const Checked& checked, bool storedCheckPending)
{
    const auto refuse = [&](const Error& error) {
        if (error.code != ErrorCode::InvalidInput) {
            qCWarning(lcMcp).noquote() << "Could not check an access token:" << error.message;
            return rpcResponse(JsonRpc::error(QJsonValue::Null, JsonRpc::kInternalError,
                                   QStringLiteral("The access token could not be checked right now. Try again.")),
                500);
        }
        qCDebug(lcMcp).noquote() << "Refused an access token from" << request.peerText() << ":" << error.message;
        return unauthorized(request, QStringLiteral("invalid_token"), error.message);
    };
    if (!checked.token)
        return refuse(checked.refusal);
    const VerifiedAccessToken& token = *checked.token;
    if (storedCheckPending) {
        if (Status stored = m_ctx.verifier.checkStored(token, ServerContext::now()); !stored)
            return refuse(stored.error());
    }

    McpCaller caller;
    caller.userId = token.userId;
    caller.clientId = token.clientId;
    caller.subject = token.userId.isEmpty() ? token.clientId : token.userId;
    caller.scopes = token.scopes;
    caller.resource = m_ctx.mcpResourceFor(request);
    caller.audit = AuditContext{caller.subject, request.auditSource()};

    if (request.method == "DELETE")
        return endSession(request, caller);
    return respond(request, caller, checked);
}

HttpResponse McpEndpoint::respond(const HttpRequest& request, const McpCaller& caller, const Checked& checked)
{
    if (!acceptsJson(request.header("accept")))
        return rpcResponse(JsonRpc::error(QJsonValue::Null, JsonRpc::kTransportError,
                               QStringLiteral("This server answers with application/json, which the Accept header "
                                              "of the request does not allow.")),
            406);
    if (!request.hasMediaType("application/json"))
        return rpcResponse(JsonRpc::error(QJsonValue::Null, JsonRpc::kTransportError,
                               QStringLiteral("Send the JSON-RPC message as application/json, not %1.")
                                   .arg(request.mediaType().isEmpty() ? QStringLiteral("a body without a type")
                                                                      : QString::fromLatin1(request.mediaType()))),
            415);
    if (checked.parseError.error != QJsonParseError::NoError)
        return rpcResponse(JsonRpc::error(QJsonValue::Null, JsonRpc::kParseError,
                               QStringLiteral("The body is not valid JSON: %1 at offset %2.")
                                   .arg(checked.parseError.errorString())
                                   .arg(checked.parseError.offset)),
            400);
    if (checked.document.isArray())
        return batch(request, caller, checked.document.array());
    if (checked.notAMessage || !checked.document.isObject())
        return rpcResponse(JsonRpc::error(QJsonValue::Null, JsonRpc::kInvalidRequest,
                               QStringLiteral("The body must be one JSON-RPC message (an object).")),
            400);

    const QJsonObject message = checked.document.object();
    const JsonRpc::Kind kind = JsonRpc::kind(message);
    const QJsonValue id = JsonRpc::idOf(message);
    if (kind == JsonRpc::Kind::Invalid)
        return rpcResponse(JsonRpc::error(id, JsonRpc::kInvalidRequest,
                               QStringLiteral("The body is not a JSON-RPC 2.0 request, notification or response: it "
                                              "needs \"jsonrpc\": \"2.0\" and a method, or an id with a result or "
                                              "an error; a request id is a string or an integer.")),
            400);
    const QString method = message.value(QStringLiteral("method")).toString();
    if (kind == JsonRpc::Kind::Request && method == QLatin1String("initialize"))
        return initialize(request, caller, message);

    HttpResponse refusal;
    McpSession* session = findSession(request, caller, id, &refusal);
    if (!session)
        return refusal;
    const QString version = versionOf(request, session);
    if (kind != JsonRpc::Kind::Request) {
        if (method == QLatin1String("notifications/initialized"))
            session->initialized = true;
        return HttpResponse::empty(202);
    }
    Answer answer = dispatch(message, caller, version);
    HttpResponse response = rpcResponse(answer);
    if (!answer.challenge.isEmpty())
        response.setHeader("WWW-Authenticate", answer.challenge);
    return response;
}

McpSession* McpEndpoint::findSession(
    const HttpRequest& request, const McpCaller& caller, const QJsonValue& rpcId, HttpResponse* refusal)
{
    const QByteArray header = request.header(kVersionHeader);
    if (!header.isEmpty() && !protocolVersions().contains(QString::fromLatin1(header))) {
        *refusal = rpcResponse(JsonRpc::error(rpcId, JsonRpc::kTransportError,
                                   QStringLiteral("MCP-Protocol-Version %1 is not supported; this server speaks %2.")
                                       .arg(QString::fromLatin1(header.left(40)), versionsText())),
            400);
        return nullptr;
    }
    const QString id = QString::fromLatin1(request.header(kSessionHeader));
    if (id.isEmpty()) {
        *refusal = rpcResponse(JsonRpc::error(rpcId, JsonRpc::kTransportError,
                                   QStringLiteral("Send the Mcp-Session-Id header that initialize returned; without "
                                                  "a session, only initialize is accepted.")),
            400);
        return nullptr;
    }
    McpSession* session = m_sessions->find(id, caller.subject, caller.clientId, ServerContext::now());
    if (!session) {
        *refusal = rpcResponse(JsonRpc::error(rpcId, JsonRpc::kSessionNotFound,
                                   QStringLiteral("The session has ended or is not known. Start a new one with "
                                                  "initialize.")),
            404);
        return nullptr;
    }
    return session;
}

QString McpEndpoint::versionOf(const HttpRequest& request, const McpSession* session)
{
    const QString header = QString::fromLatin1(request.header(kVersionHeader));
    if (!header.isEmpty())
        return protocolVersions().contains(header) ? header : QString();
    if (session)
        return session->protocolVersion;
    return QString::fromLatin1(kDefaultProtocolVersion);
}

HttpResponse McpEndpoint::initialize(const HttpRequest& request, const McpCaller& caller, const QJsonObject& message)
{
    const QJsonValue id = JsonRpc::idOf(message);
    if (!request.header(kSessionHeader).isEmpty())
        return rpcResponse(JsonRpc::error(id, JsonRpc::kInvalidRequest,
                               QStringLiteral("initialize begins a new session: send it without the Mcp-Session-Id "
                                              "header.")),
            400);
    const QJsonObject params = message.value(QStringLiteral("params")).toObject();
    const QJsonValue requested = params.value(QStringLiteral("protocolVersion"));
    if (!requested.isString() || requested.toString().isEmpty())
        return rpcResponse(JsonRpc::error(id, JsonRpc::kInvalidParams,
                               QStringLiteral("initialize needs params.protocolVersion, the protocol version the "
                                              "client speaks (this server speaks %1).")
                                   .arg(versionsText())),
            200);
    // The client's version when we speak it, else our latest (MCP lifecycle, version negotiation).
    const QString version
        = protocolVersions().contains(requested.toString()) ? requested.toString() : protocolVersions().last();
    const McpSession session = m_sessions->create(caller.subject, caller.clientId, version, ServerContext::now());
    const QJsonObject client = params.value(QStringLiteral("clientInfo")).toObject();
    qCInfo(lcMcp).noquote() << "MCP session started by" << client.value(QStringLiteral("name")).toString().left(100)
                            << client.value(QStringLiteral("version")).toString().left(40) << "for client"
                            << caller.clientId.left(200) << "with protocol" << version;

    const QJsonObject result{{QStringLiteral("protocolVersion"), version},
        {QStringLiteral("capabilities"),
            QJsonObject{{QStringLiteral("tools"), QJsonObject{{QStringLiteral("listChanged"), false}}}}},
        {QStringLiteral("serverInfo"),
            QJsonObject{{QStringLiteral("name"), QStringLiteral("mcp-auth")},
                {QStringLiteral("title"), QStringLiteral("MCP Auth Console")},
                {QStringLiteral("version"), QStringLiteral(MCPAUTH_VERSION)}}},
        {QStringLiteral("instructions"),
            QStringLiteral("Administers this MCP Auth Console backend: applications, tokens, consents, resources "
                           "and the audit log. Each tool names the scope it needs; a call without it is answered "
                           "403 with the scope to ask for.")}};
    return rpcResponse(JsonRpc::result(id, result), 200).setHeader("Mcp-Session-Id", session.id.toLatin1());
}

HttpResponse McpEndpoint::batch(const HttpRequest& request, const McpCaller& caller, const QJsonArray& messages)
{
    if (messages.isEmpty())
        return rpcResponse(JsonRpc::error(QJsonValue::Null, JsonRpc::kInvalidRequest,
                               QStringLiteral("The batch is empty; send at least one JSON-RPC message.")),
            400);
    HttpResponse refusal;
    McpSession* session = findSession(request, caller, QJsonValue::Null, &refusal);
    if (!session)
        return refusal;
    const QString version = versionOf(request, session);
    // Protocol 2025-03-26 allows JSON-RPC batches; 2025-06-18 removed them.
    if (version != QLatin1String("2025-03-26"))
        return rpcResponse(JsonRpc::error(QJsonValue::Null, JsonRpc::kInvalidRequest,
                               QStringLiteral("JSON-RPC batches are not part of MCP protocol version %1; send one "
                                              "message per request.")
                                   .arg(version)),
            400);

    // A batch runs whole or not at all: a missing scope refuses it before any tool changes anything,
    // and the challenge asks for every scope the batch needs.
    QStringList missing;
    const McpToolInfo* firstRefused = nullptr;
    for (const QJsonValue& value : messages) {
        const QJsonObject message = value.toObject();
        if (JsonRpc::kind(message) != JsonRpc::Kind::Request
            || message.value(QStringLiteral("method")).toString() != QLatin1String("tools/call"))
            continue;
        const McpToolInfo* tool = McpCatalog::tool(
            message.value(QStringLiteral("params")).toObject().value(QStringLiteral("name")).toString());
        if (!tool || caller.hasScope(tool->scope))
            continue;
        if (!firstRefused)
            firstRefused = tool;
        if (!missing.contains(tool->scope))
            missing << tool->scope;
    }
    if (firstRefused) {
        Answer answer = insufficientScope(QJsonValue::Null, *firstRefused, caller);
        QStringList scopes = caller.scopes;
        for (const QString& scope : std::as_const(missing)) {
            if (!scopes.contains(scope))
                scopes << scope;
        }
        return rpcResponse(answer.body, 403)
            .setHeader("WWW-Authenticate", insufficientScopeChallenge(scopes, caller.resource));
    }

    QJsonArray responses;
    for (const QJsonValue& value : messages) {
        const QJsonObject message = value.toObject();
        const JsonRpc::Kind kind = value.isObject() ? JsonRpc::kind(message) : JsonRpc::Kind::Invalid;
        const QString method = message.value(QStringLiteral("method")).toString();
        if (kind == JsonRpc::Kind::Invalid) {
            responses.append(JsonRpc::error(JsonRpc::idOf(message), JsonRpc::kInvalidRequest,
                QStringLiteral("This batch entry is not a JSON-RPC 2.0 request, notification or response.")));
        } else if (kind == JsonRpc::Kind::Request && method == QLatin1String("initialize")) {
            responses.append(JsonRpc::error(JsonRpc::idOf(message), JsonRpc::kInvalidRequest,
                QStringLiteral("initialize must not be part of a batch.")));
        } else if (kind == JsonRpc::Kind::Request) {
            responses.append(dispatch(message, caller, version).message());
        } else if (method == QLatin1String("notifications/initialized")) {
            session->initialized = true;
        }
    }
    if (responses.isEmpty())
        return HttpResponse::empty(202);
    return rpcResponse(responses, 200);
}

HttpResponse McpEndpoint::endSession(const HttpRequest& request, const McpCaller& caller)
{
    HttpResponse refusal;
    McpSession* session = findSession(request, caller, QJsonValue::Null, &refusal);
    if (!session)
        return refusal;
    m_sessions->remove(session->id, caller.subject, caller.clientId, ServerContext::now());
    return HttpResponse::empty(204).noStore();
}

McpEndpoint::Answer McpEndpoint::dispatch(const QJsonObject& message, const McpCaller& caller, const QString& version)
{
    const QJsonValue id = JsonRpc::idOf(message);
    const QString method = message.value(QStringLiteral("method")).toString();
    const QJsonValue params = message.value(QStringLiteral("params"));
    if (method == QLatin1String("ping"))
        return {JsonRpc::result(id, {})};
    if (method == QLatin1String("tools/list")) {
        if (params.toObject().contains(QStringLiteral("cursor")))
            return {JsonRpc::error(id, JsonRpc::kInvalidParams,
                QStringLiteral("This server lists every tool on the first page; the cursor is not one it returned."))};
        return {JsonRpc::result(id, {{QStringLiteral("tools"), m_toolList}})};
    }
    if (method == QLatin1String("tools/call")) {
        if (!params.isObject())
            return {JsonRpc::error(id, JsonRpc::kInvalidParams,
                QStringLiteral("tools/call needs params: an object with the tool's name and its arguments."))};
        return callTool(id, params.toObject(), caller, version);
    }
    if (method == QLatin1String("initialize"))
        return {
            JsonRpc::error(id, JsonRpc::kInvalidRequest, QStringLiteral("initialize must not be part of a batch."))};
    return {JsonRpc::error(id, JsonRpc::kMethodNotFound,
        QStringLiteral("This server has no method %1; it offers initialize, ping, tools/list and tools/call.")
            .arg(method.left(100)))};
}

McpEndpoint::Answer McpEndpoint::callTool(
    const QJsonValue& id, const QJsonObject& params, const McpCaller& caller, const QString& version)
{
    const QJsonValue name = params.value(QStringLiteral("name"));
    // Calls refused before a tool runs are audited too; the name is the caller's, so only its start.
    const auto refuse = [&](const QString& field, const QString& message) {
        auditToolCall(caller, name.toString().left(100), AuditOutcome::Failure,
            {{QStringLiteral("error"), message}, {QStringLiteral("field"), field}});
        return Answer(
            JsonRpc::error(id, JsonRpc::kInvalidParams, message, QJsonObject{{QStringLiteral("field"), field}}));
    };
    if (!name.isString())
        return refuse(
            QStringLiteral("name"), QStringLiteral("tools/call needs params.name, the name of the tool to call."));
    const McpToolInfo* tool = McpCatalog::tool(name.toString());
    if (!tool)
        return refuse(QStringLiteral("name"),
            QStringLiteral("Unknown tool: %1. tools/list names the tools this server offers.")
                .arg(name.toString().left(100)));
    const QJsonValue arguments = params.value(QStringLiteral("arguments"));
    if (!arguments.isUndefined() && !arguments.isObject() && !arguments.isNull())
        return refuse(
            QStringLiteral("arguments"), QStringLiteral("params.arguments must be an object of the tool's arguments."));

    if (!caller.hasScope(tool->scope))
        return insufficientScope(id, *tool, caller);

    const QJsonObject args = arguments.toObject();
    if (Status valid = JsonSchemaCheck::check(tool->inputSchema, args); !valid) {
        auditToolCall(caller, tool->name, AuditOutcome::Failure,
            {{QStringLiteral("error"), valid.error().message}, {QStringLiteral("field"), valid.error().field}});
        if (version >= kFirstVersionWithToolInputErrors)
            return {JsonRpc::result(id,
                {{QStringLiteral("content"), QJsonArray{textContent(valid.error().message)}},
                    {QStringLiteral("isError"), true}})};
        return {JsonRpc::error(id, JsonRpc::kInvalidParams, valid.error().message,
            QJsonObject{{QStringLiteral("field"), valid.error().field}})};
    }

    if (!tool->readOnly) {
        const RateLimiter::Decision rate = m_changes.take(caller.subject + QLatin1Char('\n') + caller.clientId);
        if (!rate.allowed) {
            const QString text = QStringLiteral("Too many changes: this server accepts %1 calls of its write tools a "
                                                "minute from one user and client. Try again in %2 s.")
                                     .arg(m_changes.perMinute())
                                     .arg(rate.retryAfterSeconds);
            auditToolCall(caller, tool->name, AuditOutcome::Denied,
                {{QStringLiteral("error"), text}, {QStringLiteral("reason"), QStringLiteral("rate_limited")}});
            return {JsonRpc::result(
                id, {{QStringLiteral("content"), QJsonArray{textContent(text)}}, {QStringLiteral("isError"), true}})};
        }
    }

    const McpToolResult result = m_tools->call(*tool, args, caller);
    QJsonObject details;
    if (result.isError)
        details.insert(QStringLiteral("error"), result.text);
    auditToolCall(caller, tool->name, result.isError ? AuditOutcome::Failure : AuditOutcome::Success, details);

    if (result.isError)
        return {JsonRpc::result(id,
            {{QStringLiteral("content"), QJsonArray{textContent(result.text)}}, {QStringLiteral("isError"), true}})};
    // Written as text: the result can be kilobytes, and a QJsonObject would be parsed from the tool's
    // JSON and written again, twice (MCP tools: structured content, with the same JSON as text).
    QByteArray out = QByteArrayLiteral("{\"content\":[{\"text\":") + JsonRpc::quoted(result.json)
        + QByteArrayLiteral(",\"type\":\"text\"}],\"isError\":false");
    if (version >= kFirstVersionWithStructuredContent)
        out += QByteArrayLiteral(",\"structuredContent\":") + result.json;
    out += '}';
    Answer answer;
    answer.text = JsonRpc::resultText(id, out);
    return answer;
}

McpEndpoint::Answer McpEndpoint::insufficientScope(
    const QJsonValue& id, const McpToolInfo& tool, const McpCaller& caller)
{
    auditToolCall(caller, tool.name, AuditOutcome::Denied,
        {{QStringLiteral("requiredScope"), tool.scope},
            {QStringLiteral("grantedScopes"), QJsonArray::fromStringList(caller.scopes)}});
    // The scopes already granted plus the one needed, so that re-authorizing loses nothing (MCP
    // authorization, scope challenge handling).
    QStringList scopes = caller.scopes;
    scopes << tool.scope;
    Answer answer;
    answer.status = 403;
    answer.challenge = insufficientScopeChallenge(scopes, caller.resource);
    answer.body = JsonRpc::error(id, JsonRpc::kForbidden,
        QStringLiteral("The tool %1 needs the scope %2, which this access token was not granted. Authorize again "
                       "with that scope.")
            .arg(tool.name, tool.scope),
        QJsonObject{{QStringLiteral("tool"), tool.name},
            {QStringLiteral("granted_scopes"), QJsonArray::fromStringList(caller.scopes)},
            {QStringLiteral("required_scope"), tool.scope}});
    return answer;
}

void McpEndpoint::auditToolCall(const McpCaller& caller, const QString& tool, AuditOutcome outcome, QJsonObject details)
{
    details.insert(QStringLiteral("tool"), tool);
    details.insert(QStringLiteral("clientId"), caller.clientId);
    if (!caller.userId.isEmpty())
        details.insert(QStringLiteral("userId"), caller.userId);
    m_ctx.audit.record(caller.audit, kToolCallAction, QStringLiteral("tool"), tool, outcome, details);
}

std::optional<HttpResponse> McpEndpoint::refuseOrigin(const HttpRequest& request)
{
    const QByteArray origin = request.header("origin");
    // No Origin: not a browser page (a browser sends one on every POST and DELETE).
    if (origin.isEmpty() || m_origins->isAllowedOrigin(origin))
        return std::nullopt;
    qCInfo(lcMcp).noquote() << "Refused a request to /mcp from the web origin" << headerText(QString::fromUtf8(origin));
    return rpcResponse(JsonRpc::error(QJsonValue::Null, JsonRpc::kForbidden,
                           QStringLiteral("Requests from the web origin %1 are refused: only pages on this machine "
                                          "and the origins of registered applications may call this server.")
                               .arg(QString::fromLatin1(headerText(QString::fromUtf8(origin))))),
        403);
}

HttpResponse McpEndpoint::unauthorized(
    const HttpRequest& request, const QString& error, const QString& description) const
{
    const QString resource = m_ctx.mcpResourceFor(request);
    QByteArray challenge = QByteArrayLiteral("Bearer ");
    if (!error.isEmpty())
        challenge += "error=\"" + error.toLatin1() + "\", ";
    if (!description.isEmpty())
        challenge += "error_description=\"" + headerText(description) + "\", ";
    challenge += "resource_metadata=\"" + resourceMetadataUrl(resource).toUtf8() + "\", scope=\""
        + McpCatalog::readScopeNames().join(QLatin1Char(' ')).toLatin1() + '"';
    const bool badRequest = error == QLatin1String("invalid_request");
    const QString message = !description.isEmpty()
        ? description
        : QStringLiteral("This MCP server needs an access token: send Authorization: Bearer <token>, issued by %1 "
                         "for %2.")
              .arg(m_ctx.issuer, resource);
    return rpcResponse(JsonRpc::error(QJsonValue::Null, JsonRpc::kUnauthorized, message), badRequest ? 400 : 401)
        .setHeader("WWW-Authenticate", challenge);
}

HttpResponse McpEndpoint::notCanonical(const HttpRequest& request) const
{
    // RFC 6750 section 3.1 would leave error information out when no token came at all; but the
    // description is what tells a person why a client configured with /mcp/ cannot connect (VS Code
    // refuses metadata whose resource is not its URL), so it is there either way. A token is never
    // good here: invalid_token.
    const QString resource = m_ctx.mcpResourceFor(request);
    const QString description
        = QStringLiteral("This MCP server's URL is %1, without a trailing slash. Configure the client with exactly "
                         "that URL: it is the resource its access tokens are issued for.")
              .arg(resource);
    return unauthorized(
        request, request.bearerToken().isEmpty() ? QString() : QStringLiteral("invalid_token"), description);
}

QByteArray McpEndpoint::insufficientScopeChallenge(const QStringList& scopes, const QString& resource)
{
    QStringList unique;
    for (const QString& s : scopes) {
        if (!unique.contains(s))
            unique << s;
    }
    return QByteArrayLiteral("Bearer error=\"insufficient_scope\", scope=\"")
        + headerText(unique.join(QLatin1Char(' '))) + "\", resource_metadata=\""
        + resourceMetadataUrl(resource).toUtf8() + '"';
}

QJsonObject McpEndpoint::Answer::message() const
{
    return text.isEmpty() ? body : QJsonDocument::fromJson(text).object();
}

HttpResponse McpEndpoint::rpcResponse(const Answer& answer)
{
    if (answer.text.isEmpty())
        return rpcResponse(answer.body, answer.status);
    return HttpResponse::jsonText(answer.text, answer.status).noStore();
}

HttpResponse McpEndpoint::rpcResponse(const QJsonValue& body, int status)
{
    HttpResponse response = body.isArray() ? HttpResponse::json(QJsonDocument(body.toArray()), status)
                                           : HttpResponse::json(body.toObject(), status);
    // Answers carry the backend's administration data; no cache keeps them.
    return response.noStore();
}

} // namespace mcpauth
