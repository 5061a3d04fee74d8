#include "FlowEngine.h"

#include "AuthorizationState.h"
#include "ClientAssertion.h"
#include "DiscoveryUrls.h"
#include "FlowCredentialStore.h"
#include "SseParser.h"
#include "Transcript.h"
#include "WwwAuthenticate.h"
#include "common/Logging.h"
#include "jose/JwtDecoder.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QUrlQuery>

namespace mcpauth {

namespace {

constexpr const char* kMcpAccept = "application/json, text/event-stream";

QString originOf(const QUrl& url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment | QUrl::RemoveUserInfo)
        .toString(QUrl::StripTrailingSlash);
}

// The JSON-RPC response with this id in a JSON or text/event-stream body.
std::optional<QJsonObject> findResponse(const QByteArray& body, bool eventStream, qint64 id)
{
    auto matches = [id](const QJsonValue& v) -> bool {
        const QJsonObject o = v.toObject();
        return v.isObject() && o.value(QLatin1String("id")).toInteger(-1) == id
            && (o.contains(QLatin1String("result")) || o.contains(QLatin1String("error")));
    };
    auto search = [&](const QByteArray& json) -> std::optional<QJsonObject> {
        const QJsonDocument doc = QJsonDocument::fromJson(json);
        if (doc.isObject() && matches(doc.object()))
            return doc.object();
        for (const QJsonValue& v : doc.array()) {
            if (matches(v))
                return v.toObject();
        }
        return std::nullopt;
    };
    if (!eventStream)
        return search(body);
    SseParser parser;
    auto events = parser.feed(body);
    if (!events)
        return std::nullopt;
    for (const SseEvent& event : *events) {
        if (event.type != QLatin1String("message"))
            continue;
        if (auto found = search(event.data.toUtf8()))
            return found;
    }
    return std::nullopt;
}

QStringList unionOf(QStringList a, const QStringList& b)
{
    for (const QString& s : b) {
        if (!a.contains(s))
            a << s;
    }
    return a;
}

} // namespace

FlowEngine::FlowEngine(Transcript* transcript, QObject* parent)
    : QObject(parent)
    , m_transcript(transcript)
    , m_network(new QNetworkAccessManager(this))
{ }

FlowEngine::~FlowEngine()
{
    ++m_generation;
    if (m_exchange)
        m_exchange->abort();
}

void FlowEngine::setCredentialStore(FlowCredentialStore* store)
{
    m_store = store;
}

void FlowEngine::start(const FlowOptions& options)
{
    if (m_running)
        cancel();
    const quint64 generation = ++m_generation;
    m_options = options;
    m_result = FlowResult{};
    m_result.mcpUrl = options.mcpUrl;
    m_running = true;
    m_step.reset();
    m_stepWarnings.clear();
    m_resource.clear();
    m_challengeScope.clear();
    m_headerResourceMetadata.clear();
    m_prmCandidates.clear();
    m_prm.reset();
    m_asCandidates.clear();
    m_as.reset();
    m_legacy = false;
    m_grant = Grant::AuthorizationCode;
    m_credentials = FlowCredentials{};
    m_state.clear();
    m_redirectUri.clear();
    m_scopes.clear();
    m_authorized = false;
    m_tokenFromStore = false;
    m_refreshTried = false;
    m_nextId = 1;
    m_sessionId.clear();
    m_negotiatedVersion.clear();
    if (m_listener) {
        m_listener->deleteLater();
        m_listener = nullptr;
    }
    if (m_transcript) {
        // The user's extra headers often carry an API key or a session: never shown.
        for (const auto& header : std::as_const(options.extraHeaders))
            m_transcript->masker().addSecretHeader(header.first);
    }
    // Queued, so that even a refusal of the options arrives after start() has returned.
    QMetaObject::invokeMethod(
        this,
        [this, generation] {
            if (generation == m_generation && m_running)
                sendUnauthenticated();
        },
        Qt::QueuedConnection);
}

void FlowEngine::cancel()
{
    if (!m_running)
        return;
    const std::optional<FlowStep> step = m_step;
    ++m_generation;
    if (m_exchange)
        m_exchange->abort();
    if (m_listener)
        m_listener->cancel();
    m_step = step;
    fail(FlowOutcome::Cancelled,
        Error::make(ErrorCode::Internal, QStringLiteral("The connection attempt was cancelled.")));
}

// ---------------------------------------------------------------------------------------------
// Steps and results

void FlowEngine::beginStep(FlowStep step)
{
    m_step = step;
    m_stepWarnings.clear();
    m_stepTimer.start();
    qCInfo(lcFlow) << "step" << flowStepName(step);
    Q_EMIT stepStarted(step);
}

void FlowEngine::warn(const QString& sentence)
{
    if (!m_stepWarnings.contains(sentence))
        m_stepWarnings << sentence;
}

void FlowEngine::warnAll(const QStringList& sentences)
{
    for (const QString& s : sentences)
        warn(s);
}

void FlowEngine::endStep(FlowStepRecord::State state, const QString& summary)
{
    if (!m_step)
        return;
    FlowStepRecord record;
    record.step = *m_step;
    record.state = (state == FlowStepRecord::State::Succeeded && !m_stepWarnings.isEmpty())
        ? FlowStepRecord::State::Warning
        : state;
    record.durationMs = m_stepTimer.isValid() ? m_stepTimer.elapsed() : 0;
    record.summary = summary;
    record.warnings = m_stepWarnings;
    m_result.steps << record;
    m_step.reset();
    m_stepWarnings.clear();
    Q_EMIT stepFinished(record);
}

void FlowEngine::fail(FlowOutcome outcome, const Error& error)
{
    if (!m_running)
        return;
    m_result.outcome = outcome;
    m_result.failedStep = m_step;
    m_result.error = error;
    qCInfo(lcFlow) << "flow failed:" << error.message;
    if (m_step)
        endStep(FlowStepRecord::State::Failed, error.message);
    finish();
}

void FlowEngine::succeed()
{
    m_result.outcome = FlowOutcome::Success;
    m_result.error = Error{ErrorCode::Internal, QString(), QString()};
    finish();
}

void FlowEngine::finish()
{
    if (!m_running)
        return;
    m_running = false;
    ++m_generation;
    if (m_listener) {
        m_listener->cancel();
        m_listener->deleteLater();
        m_listener = nullptr;
    }
    m_result.resource = m_options.omitResource ? QString() : m_resource;
    m_result.clientId = m_credentials.clientId;
    m_result.tokenEndpointAuthMethod = m_credentials.tokenEndpointAuthMethod;
    m_result.redirectUri = m_redirectUri.toString();
    m_result.protocolVersion = m_negotiatedVersion;
    if (m_as)
        m_result.issuer = m_as->issuer;
    Q_EMIT finished(m_result);
}

// ---------------------------------------------------------------------------------------------
// I/O

void FlowEngine::send(const HttpExchange::Request& request, const AnswerHandler& onAnswer,
    std::function<bool(const QByteArray&)> streamComplete)
{
    const quint64 generation = m_generation;
    auto* exchange = new HttpExchange(m_network, m_transcript, this);
    m_exchange = exchange;
    connect(exchange, &HttpExchange::finished, this,
        [this, generation, exchange, onAnswer](const Result<HttpResult>& result) {
            exchange->deleteLater();
            if (generation != m_generation || !m_running)
                return;
            if (!result) {
                const bool protocol = result.error().field == QLatin1String(HttpExchange::kBodyTooLarge);
                fail(protocol ? FlowOutcome::ProtocolError : FlowOutcome::Unreachable, result.error());
                return;
            }
            onAnswer(*result);
        });
    HttpExchange::Options options;
    options.timeoutMs = m_options.stepTimeoutMs;
    options.extraHeaders = m_options.extraHeaders;
    options.streamComplete = std::move(streamComplete);
    exchange->start(m_step ? flowStepName(*m_step) : QString(), request, options);
}

HttpExchange::Request FlowEngine::mcpRequest(const QJsonObject& message) const
{
    auto request = HttpExchange::Request::postJson(QUrl(m_options.mcpUrl), QJsonDocument(message), kMcpAccept);
    if (m_authorized && !m_credentials.accessToken.isEmpty())
        request.headers.append({"Authorization", "Bearer " + m_credentials.accessToken.toUtf8()});
    if (!m_sessionId.isEmpty())
        request.headers.append({"Mcp-Session-Id", m_sessionId});
    if (!m_negotiatedVersion.isEmpty())
        request.headers.append({"MCP-Protocol-Version", m_negotiatedVersion.toUtf8()});
    return request;
}

void FlowEngine::sendRpc(
    const QString& method, const QJsonObject& params, bool notification, const RpcHandler& onAnswer)
{
    QJsonObject message{{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("method"), method}};
    if (!params.isEmpty())
        message.insert(QStringLiteral("params"), params);
    const qint64 id = notification ? -1 : m_nextId++;
    if (!notification)
        message.insert(QStringLiteral("id"), id);
    const QString stepName = m_step ? flowStepName(*m_step) : QString();
    if (m_transcript) {
        TranscriptEvent event;
        event.step = stepName;
        event.kind = notification ? TranscriptEvent::Kind::JsonRpcNotification : TranscriptEvent::Kind::JsonRpcRequest;
        event.request.method = method;
        event.request.url = QUrl(m_options.mcpUrl);
        event.request.body = QJsonDocument(message).toJson(QJsonDocument::Compact);
        event.startedAt = QDateTime::currentDateTimeUtc();
        m_transcript->append(event);
    }
    auto complete = [id, notification](
                        const QByteArray& soFar) { return !notification && findResponse(soFar, true, id).has_value(); };
    send(
        mcpRequest(message),
        [this, id, notification, method, stepName, onAnswer](const HttpResult& http) {
            RpcAnswer answer{http, std::nullopt};
            if (!notification && http.status == 200) {
                answer.message = findResponse(http.body, http.isEventStream(), id);
                if (answer.message && m_transcript) {
                    TranscriptEvent event;
                    event.step = stepName;
                    event.kind = TranscriptEvent::Kind::JsonRpcResponse;
                    event.request.method = method;
                    event.request.url = http.url;
                    TranscriptEvent::Response response;
                    response.status = http.status;
                    response.body = QJsonDocument(*answer.message).toJson(QJsonDocument::Compact);
                    event.response = response;
                    event.startedAt = QDateTime::currentDateTimeUtc();
                    m_transcript->append(event);
                }
            }
            onAnswer(answer);
        },
        complete);
}

void FlowEngine::noteToken(const QString& what)
{
    if (!m_transcript || !m_step)
        return;
    TranscriptEvent event;
    event.step = flowStepName(*m_step);
    event.kind = TranscriptEvent::Kind::Note;
    event.startedAt = QDateTime::currentDateTimeUtc();
    const auto decoded = JwtDecoder::decode(m_credentials.accessToken.toUtf8());
    if (decoded) {
        event.tokenHeader = decoded->header;
        event.tokenClaims = decoded->claims;
        event.note
            = QStringLiteral("%1: a JWT access token (its header and claims are shown, not verified).").arg(what);
    } else {
        event.note = QStringLiteral("%1: an opaque access token (not a JWT, nothing to decode).").arg(what);
    }
    m_transcript->append(event);
}

// ---------------------------------------------------------------------------------------------
// Discovery

void FlowEngine::sendUnauthenticated()
{
    beginStep(FlowStep::UnauthenticatedRequest);
    auto canonical = DiscoveryUrls::canonicalResource(m_options.mcpUrl);
    if (!canonical) {
        fail(FlowOutcome::ProtocolError, canonical.error());
        return;
    }
    m_resource = m_options.resourceOverride.isEmpty() ? *canonical : m_options.resourceOverride;
    if (auto transport = DiscoveryUrls::checkTransport(QStringLiteral("url"), QStringLiteral("MCP server URL"),
            QUrl(m_options.mcpUrl), m_options.allowLoopbackHttp);
        !transport) {
        fail(FlowOutcome::ProtocolError, transport.error());
        return;
    }
    sendRpc(QStringLiteral("initialize"),
        QJsonObject{{QStringLiteral("protocolVersion"), m_options.protocolVersion},
            {QStringLiteral("capabilities"), QJsonObject{}},
            {QStringLiteral("clientInfo"),
                QJsonObject{{QStringLiteral("name"), QStringLiteral("mcp-auth")},
                    {QStringLiteral("version"), QStringLiteral(MCPAUTH_VERSION)}}}},
        false, [this](const RpcAnswer& answer) {
            if (answer.http.status == 401) {
                onUnauthorized(answer.http);
                return;
            }
            if (answer.http.status == 200) {
                // The server lets initialize through without a token; authorization may still be
                // asked for by a later request.
                endStep(FlowStepRecord::State::Succeeded,
                    QStringLiteral("The server answered initialize without asking for authorization."));
                beginStep(FlowStep::Initialize);
                onInitializeAnswer(answer);
                return;
            }
            fail(FlowOutcome::ProtocolError,
                Error::invalid(QStringLiteral("status"),
                    QStringLiteral("The MCP server answered initialize with HTTP %1 %2; expected 200 or 401 with a "
                                   "WWW-Authenticate challenge.")
                        .arg(answer.http.status)
                        .arg(answer.http.reason)));
        });
}

void FlowEngine::onUnauthorized(const HttpResult& answer)
{
    const QList<QByteArray> fields = answer.headerValues("WWW-Authenticate");
    QString summary = QStringLiteral("HTTP 401: the server asks for authorization");
    if (fields.isEmpty()) {
        warn(QStringLiteral("The 401 answer has no WWW-Authenticate header; discovery continues at the "
                            "well-known URLs."));
    } else if (auto parsed = WwwAuthenticate::parse(fields); !parsed) {
        warn(QStringLiteral("The WWW-Authenticate header cannot be read: %1").arg(parsed.error().message));
    } else {
        warnAll(parsed->warnings());
        if (!parsed->bearer())
            warn(QStringLiteral("The WWW-Authenticate header has no Bearer challenge."));
        m_challengeScope = parsed->scope();
        m_headerResourceMetadata = parsed->resourceMetadata();
        if (!m_headerResourceMetadata.isEmpty())
            summary += QStringLiteral(", resource_metadata %1").arg(m_headerResourceMetadata);
        if (!m_challengeScope.isEmpty())
            summary += QStringLiteral(", scope \"%1\"").arg(m_challengeScope);
    }
    endStep(FlowStepRecord::State::Succeeded, summary + QLatin1Char('.'));

    beginStep(FlowStep::ProtectedResourceMetadata);
    auto candidates = DiscoveryUrls::protectedResourceMetadata(
        m_options.mcpUrl, m_headerResourceMetadata, m_options.allowLoopbackHttp);
    if (!candidates) {
        fail(FlowOutcome::ProtocolError, candidates.error());
        return;
    }
    m_prmCandidates = *candidates;
    discoverResourceMetadata(0);
}

void FlowEngine::discoverResourceMetadata(int index)
{
    if (index >= m_prmCandidates.size()) {
        // MCP 2025-03-26 servers have no protected resource metadata: the MCP server's origin is the
        // authorization server.
        QStringList tried;
        for (const auto& c : std::as_const(m_prmCandidates))
            tried << c.url.toString();
        warn(QStringLiteral("No protected resource metadata at %1; falling back to the MCP 2025-03-26 discovery "
                            "(the MCP server's origin is the authorization server).")
                 .arg(tried.join(QStringLiteral(", "))));
        endStep(FlowStepRecord::State::Warning, QStringLiteral("Not found; using the 2025-03-26 rules."));
        m_legacy = true;
        beginStep(FlowStep::AuthorizationServerMetadata);
        auto urls
            = DiscoveryUrls::authorizationServerMetadata(originOf(QUrl(m_options.mcpUrl)), m_options.allowLoopbackHttp);
        if (!urls) {
            fail(FlowOutcome::ProtocolError, urls.error());
            return;
        }
        m_asCandidates = *urls;
        discoverLegacy(0);
        return;
    }
    const ResourceMetadataCandidate candidate = m_prmCandidates.at(index);
    send(HttpExchange::Request::get(candidate.url), [this, index, candidate](const HttpResult& answer) {
        if (answer.status != 200) {
            warn(QStringLiteral("%1 answered HTTP %2.").arg(candidate.url.toString()).arg(answer.status));
            discoverResourceMetadata(index + 1);
            return;
        }
        auto prm
            = ProtectedResourceMetadata::parse(answer.body, candidate.acceptedResources, m_options.allowLoopbackHttp);
        if (!prm) {
            // A document naming another resource must not be used to authorize: its tokens would be
            // for someone else.
            const bool mismatch = prm.error().field == QLatin1String("resource");
            fail(mismatch ? FlowOutcome::AuthorizationFailed : FlowOutcome::ProtocolError,
                Error::invalid(prm.error().field,
                    QStringLiteral("The protected resource metadata at %1 is not usable: %2")
                        .arg(candidate.url.toString(), prm.error().message)));
            return;
        }
        m_stepWarnings.clear(); // the misses before are expected when a later URL is the right one
        warnAll(prm->warnings);
        m_prm = *prm;
        m_result.resourceMetadataUrl = candidate.url.toString();
        if (m_options.resourceOverride.isEmpty())
            m_resource = prm->resource;
        endStep(FlowStepRecord::State::Succeeded,
            QStringLiteral("Found at %1: resource %2, authorization server %3.")
                .arg(candidate.url.toString(), prm->resource, prm->authorizationServers.first()));

        beginStep(FlowStep::AuthorizationServerMetadata);
        auto urls = DiscoveryUrls::authorizationServerMetadata(
            m_prm->authorizationServers.first(), m_options.allowLoopbackHttp);
        if (!urls) {
            fail(FlowOutcome::ProtocolError, urls.error());
            return;
        }
        m_asCandidates = *urls;
        discoverAuthorizationServer(0);
    });
}

void FlowEngine::discoverAuthorizationServer(int index)
{
    const QString issuer = m_prm->authorizationServers.first();
    if (index >= m_asCandidates.size()) {
        QStringList tried;
        for (const QUrl& u : std::as_const(m_asCandidates))
            tried << u.toString();
        fail(FlowOutcome::ProtocolError,
            Error::invalid(QStringLiteral("issuer"),
                QStringLiteral("The authorization server %1 publishes no metadata: none of %2 answered 200.")
                    .arg(issuer, tried.join(QStringLiteral(", ")))));
        return;
    }
    const QUrl url = m_asCandidates.at(index);
    send(HttpExchange::Request::get(url), [this, index, url, issuer](const HttpResult& answer) {
        if (answer.status != 200) {
            discoverAuthorizationServer(index + 1);
            return;
        }
        auto as = AuthorizationServerMetadata::parse(answer.body, issuer, m_options.allowLoopbackHttp);
        if (!as) {
            fail(FlowOutcome::ProtocolError,
                Error::invalid(as.error().field,
                    QStringLiteral("The authorization server metadata at %1 is not usable: %2")
                        .arg(url.toString(), as.error().message)));
            return;
        }
        m_as = *as;
        onAuthorizationServerKnown(url.toString());
    });
}

void FlowEngine::discoverLegacy(int index)
{
    if (index >= m_asCandidates.size()) {
        useDefaultEndpoints();
        return;
    }
    const QUrl url = m_asCandidates.at(index);
    const QString origin = originOf(QUrl(m_options.mcpUrl));
    send(HttpExchange::Request::get(url), [this, index, url, origin](const HttpResult& answer) {
        if (answer.status != 200) {
            discoverLegacy(index + 1);
            return;
        }
        auto as = AuthorizationServerMetadata::parse(answer.body, origin, m_options.allowLoopbackHttp);
        if (!as && as.error().field == QLatin1String("issuer")) {
            // MCP 2025-03-26 servers built the metadata URL from their own origin whatever issuer they
            // name; the 2025-03-26 clients did not compare. Tolerated here only, and said.
            warn(QStringLiteral("2025-03-26 fallback: %1").arg(as.error().message));
            as = AuthorizationServerMetadata::parse(answer.body, QString(), m_options.allowLoopbackHttp);
        }
        if (!as) {
            fail(FlowOutcome::ProtocolError,
                Error::invalid(as.error().field,
                    QStringLiteral("The authorization server metadata at %1 is not usable: %2")
                        .arg(url.toString(), as.error().message)));
            return;
        }
        m_as = *as;
        onAuthorizationServerKnown(url.toString());
    });
}

void FlowEngine::useDefaultEndpoints()
{
    // MCP 2025-03-26 "Fallbacks for Servers without Metadata Discovery": /authorize, /token and
    // /register at the MCP server's origin.
    const QString origin = originOf(QUrl(m_options.mcpUrl));
    AuthorizationServerMetadata as;
    as.issuer = origin;
    as.authorizationEndpoint = QUrl(origin + QStringLiteral("/authorize"));
    as.tokenEndpoint = QUrl(origin + QStringLiteral("/token"));
    as.registrationEndpoint = QUrl(origin + QStringLiteral("/register"));
    as.pkce = AuthorizationServerMetadata::Pkce::NotAdvertised;
    as.tokenEndpointAuthMethodsDefaulted = true;
    as.tokenEndpointAuthMethodsSupported = {QStringLiteral("client_secret_basic")};
    as.grantTypesDefaulted = true;
    as.grantTypesSupported = {QStringLiteral("authorization_code"), QStringLiteral("implicit")};
    warn(QStringLiteral("No authorization server metadata at the MCP server's origin; using the MCP 2025-03-26 "
                        "default endpoints /authorize, /token and /register (PKCE S256 is sent, though its support "
                        "cannot be verified)."));
    m_as = as;
    onAuthorizationServerKnown(QString());
}

void FlowEngine::onAuthorizationServerKnown(const QString& foundAt)
{
    warnAll(m_as->warnings);
    const bool defaults = foundAt.isEmpty();
    if (m_as->pkce == AuthorizationServerMetadata::Pkce::NotAdvertised && !defaults) {
        if (!m_options.allowMissingPkceAdvertisement) {
            fail(FlowOutcome::ProtocolError,
                Error::invalid(QStringLiteral("code_challenge_methods_supported"),
                    QStringLiteral("The authorization server metadata does not list S256 in "
                                   "code_challenge_methods_supported; MCP clients must refuse to proceed "
                                   "(override: allow a missing PKCE advertisement).")));
            return;
        }
        warn(QStringLiteral("PKCE support is not advertised; continuing because the override is on."));
    }
    m_result.issuer = m_as->issuer;
    endStep(FlowStepRecord::State::Succeeded,
        defaults ? QStringLiteral("Default endpoints at %1.").arg(m_as->issuer)
                 : QStringLiteral("Issuer %1, found at %2.").arg(m_as->issuer, foundAt));
    if (m_options.discoverOnly) {
        succeed();
        return;
    }
    m_grant = chooseGrant();
    identifyClient();
}

// ---------------------------------------------------------------------------------------------
// Client identification

FlowEngine::Grant FlowEngine::chooseGrant() const
{
    if (m_options.grant == FlowOptions::Grant::AuthorizationCode)
        return Grant::AuthorizationCode;
    if (m_options.grant == FlowOptions::Grant::ClientCredentials)
        return Grant::ClientCredentials;
    const QStringList& grants = m_as->grantTypesSupported;
    if (!m_options.idpIdToken.isEmpty()
        && grants.contains(QLatin1String("urn:ietf:params:oauth:grant-type:jwt-bearer")))
        return Grant::JwtBearer;
    if (!m_as->grantTypesDefaulted && !grants.contains(QLatin1String("authorization_code"))
        && grants.contains(QLatin1String("client_credentials")))
        return Grant::ClientCredentials;
    return Grant::AuthorizationCode;
}

QString FlowEngine::chooseAuthMethod() const
{
    // The registration's own answer wins; else what the metadata allows, with a secret preferring
    // Basic (RFC 6749 section 2.3.1 makes it the one servers must support).
    if (!m_credentials.tokenEndpointAuthMethod.isEmpty())
        return m_credentials.tokenEndpointAuthMethod;
    if (!m_options.clientPrivateKeyPem.isEmpty())
        return QStringLiteral("private_key_jwt");
    if (m_credentials.clientSecret.isEmpty())
        return QStringLiteral("none");
    const QStringList& supported = m_as->tokenEndpointAuthMethodsSupported;
    if (m_as->tokenEndpointAuthMethodsDefaulted || supported.contains(QLatin1String("client_secret_basic")))
        return QStringLiteral("client_secret_basic");
    if (supported.contains(QLatin1String("client_secret_post")))
        return QStringLiteral("client_secret_post");
    return QStringLiteral("none");
}

void FlowEngine::identifyClient()
{
    beginStep(FlowStep::ClientRegistration);
    if (m_grant == Grant::AuthorizationCode && !m_listener) {
        m_listener = new LoopbackCallbackListener(m_transcript, flowStepName(FlowStep::Callback), this);
        auto uri = m_listener->listen(m_options.callbackPort, m_options.callbackHost, m_options.callbackPath);
        if (!uri) {
            fail(FlowOutcome::ProtocolError, uri.error());
            return;
        }
        m_redirectUri = *uri;
        connect(m_listener, &LoopbackCallbackListener::finished, this,
            [this](const Result<LoopbackCallbackListener::Callback>& callback) { onCallback(callback); });
    }
    if (m_options.forgetCredentials) {
        forgetCredentials();
        return;
    }
    if (m_store && m_options.useCredentialStore) {
        const quint64 generation = m_generation;
        m_store->load(m_as->issuer, m_resource, m_redirectUri.toString(), this,
            [this, generation](const Result<FlowCredentials>& stored) {
                if (generation != m_generation || !m_running)
                    return;
                // An unreadable or mismatched entry is set aside (it stays until the new credentials
                // replace it), but the person should know why the browser opens again.
                if (!stored && stored.error().code != ErrorCode::NotFound)
                    warn(QStringLiteral("The stored credentials were not used: %1").arg(stored.error().message));
                // A stored client is used only when it is the one asked for (or none was).
                if (!stored || !stored->hasClient()
                    || (!m_options.clientId.isEmpty() && stored->clientId != m_options.clientId)) {
                    identifyNewClient();
                    return;
                }
                m_credentials = *stored;
                if (!m_options.clientSecret.isEmpty())
                    m_credentials.clientSecret = m_options.clientSecret;
                m_result.clientIdentification = QStringLiteral("stored");
                m_scopes = m_credentials.grantedScopes;
                endStep(FlowStepRecord::State::Succeeded,
                    QStringLiteral("Client %1 from the credential store.").arg(m_credentials.clientId));
                if (m_credentials.hasUsableAccessToken(QDateTime::currentDateTimeUtc())) {
                    m_authorized = true;
                    m_tokenFromStore = true;
                    m_result.grantedScopes = m_credentials.grantedScopes;
                    noteToken(QStringLiteral("Access token from the credential store"));
                    startSession();
                } else if (!m_credentials.refreshToken.isEmpty()) {
                    m_refreshTried = true;
                    refresh();
                } else {
                    afterClientKnown();
                }
            });
        return;
    }
    identifyNewClient();
}

void FlowEngine::forgetCredentials()
{
    if (!m_store) {
        fail(FlowOutcome::ProtocolError,
            Error::make(
                ErrorCode::Unavailable, QStringLiteral("There is no credential store to forget the credentials in.")));
        return;
    }
    const quint64 generation = m_generation;
    const QString redirectUri = m_redirectUri.toString();
    m_store->forget(m_as->issuer, m_resource, redirectUri, this, [this, generation, redirectUri](const Status& gone) {
        if (generation != m_generation || !m_running)
            return;
        if (!gone) {
            fail(FlowOutcome::ProtocolError, gone.error());
            return;
        }
        endStep(FlowStepRecord::State::Succeeded,
            QStringLiteral("Removed from the credential store: the credentials for %1 (redirect URI %2).")
                .arg(m_as->issuer, redirectUri.isEmpty() ? QStringLiteral("none") : redirectUri));
        succeed();
    });
}

void FlowEngine::identifyNewClient()
{
    m_credentials = FlowCredentials{};
    m_credentials.issuer = m_as->issuer;
    m_credentials.resource = m_resource;
    m_credentials.redirectUri = m_redirectUri.toString();
    if (!m_options.clientId.isEmpty()) {
        m_credentials.clientId = m_options.clientId;
        m_credentials.clientSecret = m_options.clientSecret;
        m_credentials.tokenEndpointAuthMethod = chooseAuthMethod();
        m_result.clientIdentification = QStringLiteral("pre-registered");
        endStep(FlowStepRecord::State::Succeeded,
            QStringLiteral("Pre-registered client %1 (%2).")
                .arg(m_credentials.clientId, m_credentials.tokenEndpointAuthMethod));
        afterClientKnown();
        return;
    }
    if (m_grant != Grant::AuthorizationCode) {
        fail(FlowOutcome::AuthorizationFailed,
            Error::invalid(QStringLiteral("client_id"),
                QStringLiteral("The authorization server supports only the client_credentials grant, which needs a "
                               "pre-registered confidential client: give its client ID and secret.")));
        return;
    }
    if (!m_options.clientMetadataUrl.isEmpty() && m_as->clientIdMetadataDocumentSupported) {
        m_credentials.clientId = m_options.clientMetadataUrl;
        m_credentials.tokenEndpointAuthMethod = QStringLiteral("none");
        m_result.clientIdentification = QStringLiteral("metadata-document");
        endStep(FlowStepRecord::State::Succeeded,
            QStringLiteral("Client ID metadata document %1.").arg(m_credentials.clientId));
        afterClientKnown();
        return;
    }
    if (!m_as->registrationEndpoint) {
        fail(FlowOutcome::AuthorizationFailed,
            Error::invalid(QStringLiteral("registration_endpoint"),
                QStringLiteral("The authorization server offers no dynamic client registration%1; give a "
                               "pre-registered client ID.")
                    .arg(m_as->clientIdMetadataDocumentSupported
                            ? QStringLiteral(" (it accepts client ID metadata documents: give their URL)")
                            : QString())));
        return;
    }
    registerClient();
}

void FlowEngine::registerClient()
{
    const QJsonObject body{{QStringLiteral("client_name"), QStringLiteral("MCP Auth Console (mcp-auth)")},
        {QStringLiteral("redirect_uris"), QJsonArray{m_redirectUri.toString()}},
        {QStringLiteral("grant_types"),
            QJsonArray{QStringLiteral("authorization_code"), QStringLiteral("refresh_token")}},
        {QStringLiteral("response_types"), QJsonArray{QStringLiteral("code")}},
        {QStringLiteral("token_endpoint_auth_method"), QStringLiteral("none")},
        {QStringLiteral("application_type"), QStringLiteral("native")}};
    send(HttpExchange::Request::postJson(*m_as->registrationEndpoint, QJsonDocument(body)),
        [this](const HttpResult& answer) {
            if (answer.status != 200 && answer.status != 201) {
                fail(FlowOutcome::AuthorizationFailed,
                    Error::invalid(QStringLiteral("registration"),
                        QStringLiteral("Dynamic client registration was refused: %1").arg(describeOAuthError(answer))));
                return;
            }
            const QJsonObject json = QJsonDocument::fromJson(answer.body).object();
            const QString clientId = json.value(QLatin1String("client_id")).toString();
            if (clientId.isEmpty()) {
                fail(FlowOutcome::ProtocolError,
                    Error::invalid(QStringLiteral("client_id"),
                        QStringLiteral("The registration answer has no client_id (RFC 7591 section 3.2.1).")));
                return;
            }
            m_credentials.clientId = clientId;
            m_credentials.clientSecret = json.value(QLatin1String("client_secret")).toString();
            m_credentials.tokenEndpointAuthMethod = json.value(QLatin1String("token_endpoint_auth_method")).toString();
            const qint64 expires = json.value(QLatin1String("client_secret_expires_at")).toInteger(0);
            if (expires > 0)
                m_credentials.clientSecretExpiresAt = QDateTime::fromSecsSinceEpoch(expires, Qt::UTC);
            m_credentials.registrationAccessToken = json.value(QLatin1String("registration_access_token")).toString();
            m_credentials.registrationClientUri = json.value(QLatin1String("registration_client_uri")).toString();
            m_credentials.tokenEndpointAuthMethod = chooseAuthMethod();
            m_result.clientIdentification = QStringLiteral("dynamic-registration");
            endStep(FlowStepRecord::State::Succeeded,
                QStringLiteral("Registered as %1 (%2).").arg(clientId, m_credentials.tokenEndpointAuthMethod));
            afterClientKnown();
        });
}

void FlowEngine::afterClientKnown()
{
    m_scopes = chooseScopes();
    if (m_grant == Grant::ClientCredentials) {
        requestClientCredentialsToken();
        return;
    }
    if (m_grant == Grant::JwtBearer) {
        exchangeIdentityAssertion();
        return;
    }
    authorize();
}

QStringList FlowEngine::chooseScopes() const
{
    // MCP 2025-11-25 "Scope Selection Strategy": the challenge's scope, else everything the resource
    // lists, else none (no invented default).
    if (m_options.scopes)
        return *m_options.scopes;
    if (!m_challengeScope.isEmpty())
        return m_challengeScope.split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (m_prm && m_prm->scopesSupported)
        return *m_prm->scopesSupported;
    return {};
}

Result<QList<QPair<QString, QString>>> FlowEngine::clientAuthentication(HttpHeaders& headers) const
{
    const QString& method = m_credentials.tokenEndpointAuthMethod;
    if (method == QLatin1String("private_key_jwt")) {
        auto assertion = ClientAssertion::sign(
            m_options.clientPrivateKeyPem, m_options.clientSigningAlgorithm, m_credentials.clientId, m_as->issuer);
        if (!assertion)
            return assertion.error();
        return QList<QPair<QString, QString>>{
            {QStringLiteral("client_assertion_type"),
                QStringLiteral("urn:ietf:params:oauth:client-assertion-type:jwt-bearer")},
            {QStringLiteral("client_assertion"), QString::fromLatin1(*assertion)}};
    }
    if (method == QLatin1String("client_secret_basic")) {
        // RFC 6749 section 2.3.1: both parts form-encoded before Basic.
        const QByteArray pair = QUrl::toPercentEncoding(m_credentials.clientId) + ':'
            + QUrl::toPercentEncoding(m_credentials.clientSecret);
        headers.append({"Authorization", "Basic " + pair.toBase64()});
        return QList<QPair<QString, QString>>{};
    }
    if (method == QLatin1String("client_secret_post"))
        return QList<QPair<QString, QString>>{{QStringLiteral("client_id"), m_credentials.clientId},
            {QStringLiteral("client_secret"), m_credentials.clientSecret}};
    return QList<QPair<QString, QString>>{{QStringLiteral("client_id"), m_credentials.clientId}};
}

// ---------------------------------------------------------------------------------------------
// Authorization

void FlowEngine::authorize()
{
    beginStep(FlowStep::Authorization);
    auto pkce = PkceChallenge::generate();
    if (!pkce) {
        fail(FlowOutcome::ProtocolError, pkce.error());
        return;
    }
    m_pkce = *pkce;
    m_state = AuthorizationState::generate();
    m_result.requestedScopes = m_scopes;

    QUrl url = m_as->authorizationEndpoint;
    QUrlQuery query(url);
    query.addQueryItem(QStringLiteral("response_type"), QStringLiteral("code"));
    query.addQueryItem(QStringLiteral("client_id"), m_credentials.clientId);
    query.addQueryItem(QStringLiteral("redirect_uri"), m_redirectUri.toString());
    if (!m_scopes.isEmpty())
        query.addQueryItem(QStringLiteral("scope"), m_scopes.join(QLatin1Char(' ')));
    query.addQueryItem(QStringLiteral("state"), m_state);
    query.addQueryItem(QStringLiteral("code_challenge"), m_pkce.challenge);
    query.addQueryItem(QStringLiteral("code_challenge_method"), PkceChallenge::method());
    if (m_options.omitResource)
        warn(QStringLiteral("No resource parameter is sent (the user's choice): the token is not bound to this "
                            "MCP server (RFC 8707)."));
    else
        query.addQueryItem(QStringLiteral("resource"), m_resource);
    // Form-encode fully: a '+' or '&' inside a value must not change its meaning.
    QString encoded;
    for (const auto& [name, value] : query.queryItems(QUrl::FullyDecoded)) {
        if (!encoded.isEmpty())
            encoded += QLatin1Char('&');
        encoded += QString::fromLatin1(QUrl::toPercentEncoding(name)) + QLatin1Char('=')
            + QString::fromLatin1(QUrl::toPercentEncoding(value));
    }
    url.setQuery(encoded, QUrl::StrictMode);

    if (m_options.headless) {
        send(HttpExchange::Request::get(url, "text/html"),
            [this](const HttpResult& answer) { onAuthorizationRedirect(answer); });
        return;
    }
    if (m_options.checkAuthorizationRequest) {
        send(HttpExchange::Request::get(url, "text/html"), [this, url](const HttpResult& answer) {
            // A refusal page (RFC 6749 section 4.1.2.1) or an error redirected back: the browser would
            // show the same, so the flow ends here with the evidence.
            const bool errorRedirect = answer.isRedirect()
                && QUrlQuery(QUrl(QString::fromUtf8(answer.header("Location")))).hasQueryItem(QStringLiteral("error"));
            if ((!answer.isRedirect() && answer.status >= 400) || errorRedirect) {
                onAuthorizationRedirect(answer);
                return;
            }
            openBrowser(url);
        });
        return;
    }
    openBrowser(url);
}

void FlowEngine::openBrowser(const QUrl& url)
{
    LoopbackCallbackListener::Expectation expectation;
    expectation.state = m_state;
    expectation.issuer = m_as->issuer;
    expectation.issRequired = m_as->authorizationResponseIssParameterSupported;
    expectation.timeoutMs = m_options.callbackTimeoutMs;
    m_listener->expect(expectation);
    if (m_transcript) {
        TranscriptEvent event;
        event.step = flowStepName(FlowStep::Authorization);
        event.kind = TranscriptEvent::Kind::Browser;
        event.request.method = QStringLiteral("GET");
        event.request.url = url;
        event.startedAt = QDateTime::currentDateTimeUtc();
        event.note = QStringLiteral("The authorization URL was handed to the browser.");
        m_transcript->append(event);
    }
    endStep(FlowStepRecord::State::Succeeded,
        QStringLiteral("Opened %1 in the browser.").arg(url.toString(QUrl::RemoveQuery)));
    beginStep(FlowStep::Callback);
    Q_EMIT authorizationUrlReady(url);
}

void FlowEngine::onAuthorizationRedirect(const HttpResult& answer)
{
    if (!answer.isRedirect() && answer.status >= 400) {
        // A refusal shown to the user instead of a redirect (RFC 6749 section 4.1.2.1: an invalid
        // redirect_uri or client_id is never redirected); the diagnosis reads the page or the JSON.
        fail(FlowOutcome::AuthorizationFailed,
            Error::invalid(QStringLiteral("authorization_endpoint"),
                QStringLiteral("The authorization endpoint refused the request instead of redirecting back: %1")
                    .arg(describeOAuthError(answer))));
        return;
    }
    if (!answer.isRedirect()) {
        fail(FlowOutcome::AuthorizationFailed,
            Error::invalid(QStringLiteral("authorization_endpoint"),
                QStringLiteral("The authorization endpoint answered HTTP %1 instead of redirecting back: headless "
                               "mode needs a server that approves without a person (sign-in, consent); use the "
                               "browser instead.")
                    .arg(answer.status)));
        return;
    }
    endStep(FlowStepRecord::State::Succeeded, QStringLiteral("Redirected (HTTP %1).").arg(answer.status));
    beginStep(FlowStep::Callback);
    const QUrl location = answer.location();
    const QUrlQuery query(location);
    auto value = [&query](const char* name) { return query.queryItemValue(QLatin1String(name), QUrl::FullyDecoded); };
    if (location.adjusted(QUrl::RemoveQuery | QUrl::RemoveFragment) != m_redirectUri.adjusted(QUrl::RemoveQuery)) {
        fail(FlowOutcome::AuthorizationFailed,
            Error::invalid(QStringLiteral("redirect_uri"),
                QStringLiteral("The authorization endpoint redirected to %1, not to the redirect URI %2.")
                    .arg(location.toString(QUrl::RemoveQuery), m_redirectUri.toString())));
        return;
    }
    if (!value("error").isEmpty()) {
        fail(FlowOutcome::AuthorizationFailed,
            Error::invalid(QStringLiteral("error"),
                QStringLiteral("The authorization server refused: %1%2")
                    .arg(value("error"),
                        value("error_description").isEmpty()
                            ? QString()
                            : QStringLiteral(" (%1)").arg(value("error_description")))));
        return;
    }
    if (!AuthorizationState::matches(m_state, value("state"))) {
        fail(FlowOutcome::AuthorizationFailed,
            Error::invalid(QStringLiteral("state"),
                QStringLiteral("The callback's state does not match the one sent: the response may belong to "
                               "another request (RFC 6749 section 10.12).")));
        return;
    }
    const QString iss = value("iss");
    if ((!iss.isEmpty() || m_as->authorizationResponseIssParameterSupported) && iss != m_as->issuer) {
        fail(FlowOutcome::AuthorizationFailed,
            Error::invalid(QStringLiteral("iss"),
                iss.isEmpty()
                    ? QStringLiteral("The callback has no iss although the authorization server "
                                     "advertises it (RFC 9207).")
                    : QStringLiteral("The callback's iss %1 is not the issuer %2 (RFC 9207).").arg(iss, m_as->issuer)));
        return;
    }
    const QString code = value("code");
    if (code.isEmpty()) {
        fail(FlowOutcome::ProtocolError,
            Error::invalid(QStringLiteral("code"), QStringLiteral("The callback carries neither code nor error.")));
        return;
    }
    endStep(FlowStepRecord::State::Succeeded, QStringLiteral("Authorization code received, state matches."));
    requestToken(code);
}

void FlowEngine::onCallback(const Result<LoopbackCallbackListener::Callback>& callback)
{
    if (!m_running || m_step != FlowStep::Callback)
        return;
    if (!callback) {
        const bool cancelled = callback.error().field == QLatin1String(LoopbackCallbackListener::kCancelled);
        fail(cancelled ? FlowOutcome::Cancelled : FlowOutcome::AuthorizationFailed, callback.error());
        return;
    }
    endStep(FlowStepRecord::State::Succeeded, QStringLiteral("Authorization code received, state matches."));
    requestToken(callback->code);
}

// ---------------------------------------------------------------------------------------------
// Tokens

void FlowEngine::sendTokenRequest(QList<QPair<QString, QString>> fields, const AnswerHandler& onAnswer)
{
    HttpHeaders headers;
    auto authentication = clientAuthentication(headers);
    if (!authentication) {
        fail(FlowOutcome::ProtocolError, authentication.error());
        return;
    }
    fields << *authentication;
    if (!m_options.omitResource)
        fields << QPair<QString, QString>{QStringLiteral("resource"), m_resource};
    auto request = HttpExchange::Request::postForm(m_as->tokenEndpoint, fields);
    request.headers << headers;
    send(request, onAnswer);
}

void FlowEngine::requestToken(const QString& code)
{
    beginStep(FlowStep::TokenRequest);
    sendTokenRequest({{QStringLiteral("grant_type"), QStringLiteral("authorization_code")},
                         {QStringLiteral("code"), code}, {QStringLiteral("redirect_uri"), m_redirectUri.toString()},
                         {QStringLiteral("code_verifier"), m_pkce.verifier}},
        [this](const HttpResult& answer) { onTokenAnswer(answer); });
}

void FlowEngine::requestClientCredentialsToken()
{
    beginStep(FlowStep::TokenRequest);
    m_result.requestedScopes = m_scopes;
    QList<QPair<QString, QString>> fields{{QStringLiteral("grant_type"), QStringLiteral("client_credentials")}};
    if (!m_scopes.isEmpty())
        fields << QPair<QString, QString>{QStringLiteral("scope"), m_scopes.join(QLatin1Char(' '))};
    sendTokenRequest(fields, [this](const HttpResult& answer) { onTokenAnswer(answer); });
}

void FlowEngine::exchangeIdentityAssertion()
{
    // The identity provider's half of SEP-990 (RFC 8693 token exchange): no client authentication
    // there, the ID token is the user's proof.
    beginStep(FlowStep::Authorization);
    const QUrl endpoint(m_options.idpTokenEndpoint);
    if (auto transport = DiscoveryUrls::checkTransport(QStringLiteral("idp_token_endpoint"),
            QStringLiteral("identity provider token endpoint"), endpoint, m_options.allowLoopbackHttp);
        !transport) {
        fail(FlowOutcome::ProtocolError, transport.error());
        return;
    }
    QList<QPair<QString, QString>> fields{
        {QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:token-exchange")},
        {QStringLiteral("requested_token_type"), QStringLiteral("urn:ietf:params:oauth:token-type:id-jag")},
        {QStringLiteral("audience"), m_as->issuer}, {QStringLiteral("resource"), m_resource},
        {QStringLiteral("subject_token"), m_options.idpIdToken},
        {QStringLiteral("subject_token_type"), QStringLiteral("urn:ietf:params:oauth:token-type:id_token")}};
    if (!m_scopes.isEmpty())
        fields << QPair<QString, QString>{QStringLiteral("scope"), m_scopes.join(QLatin1Char(' '))};
    if (!m_options.idpClientId.isEmpty())
        fields << QPair<QString, QString>{QStringLiteral("client_id"), m_options.idpClientId};
    m_result.requestedScopes = m_scopes;
    send(HttpExchange::Request::postForm(endpoint, fields), [this](const HttpResult& answer) {
        if (answer.status != 200) {
            fail(FlowOutcome::AuthorizationFailed,
                Error::invalid(QStringLiteral("token_exchange"),
                    QStringLiteral("The identity provider refused the token exchange: %1")
                        .arg(describeOAuthError(answer))));
            return;
        }
        const QJsonObject json = QJsonDocument::fromJson(answer.body).object();
        const QString assertion = json.value(QLatin1String("access_token")).toString();
        if (assertion.isEmpty()) {
            fail(FlowOutcome::ProtocolError,
                Error::invalid(QStringLiteral("access_token"),
                    QStringLiteral("The identity provider's token exchange answer has no access_token (the ID-JAG).")));
            return;
        }
        const QString issuedType = json.value(QLatin1String("issued_token_type")).toString();
        if (issuedType != QLatin1String("urn:ietf:params:oauth:token-type:id-jag"))
            warn(QStringLiteral("The identity provider issued a token of type \"%1\", not an ID-JAG.").arg(issuedType));
        endStep(FlowStepRecord::State::Succeeded,
            QStringLiteral("The identity provider issued an identity assertion grant (ID-JAG)."));
        requestJwtBearerToken(assertion);
    });
}

void FlowEngine::requestJwtBearerToken(const QString& assertion)
{
    beginStep(FlowStep::TokenRequest);
    sendTokenRequest({{QStringLiteral("grant_type"), QStringLiteral("urn:ietf:params:oauth:grant-type:jwt-bearer")},
                         {QStringLiteral("assertion"), assertion}},
        [this](const HttpResult& answer) { onTokenAnswer(answer); });
}

void FlowEngine::refresh()
{
    beginStep(FlowStep::Refresh);
    sendTokenRequest({{QStringLiteral("grant_type"), QStringLiteral("refresh_token")},
                         {QStringLiteral("refresh_token"), m_credentials.refreshToken}},
        [this](const HttpResult& answer) {
            if (answer.status != 200) {
                // A refused refresh token is ordinary (revoked, expired): authorize from the start.
                warn(QStringLiteral("The refresh was refused: %1").arg(describeOAuthError(answer)));
                m_credentials.refreshToken.clear();
                const QString error
                    = QJsonDocument::fromJson(answer.body).object().value(QLatin1String("error")).toString();
                if (error == QLatin1String("invalid_client")
                    && m_result.clientIdentification == QLatin1String("stored")) {
                    // The server no longer knows the stored client (deleted, or its database reset):
                    // authorizing with it would fail too, so the client is identified anew first.
                    endStep(FlowStepRecord::State::Warning,
                        QStringLiteral("Refused; the stored client is unknown, identifying the client again."));
                    beginStep(FlowStep::ClientRegistration);
                    identifyNewClient();
                    return;
                }
                endStep(FlowStepRecord::State::Warning, QStringLiteral("Refused; authorizing again."));
                afterClientKnown();
                return;
            }
            onTokenAnswer(answer);
        });
}

void FlowEngine::onTokenAnswer(const HttpResult& answer)
{
    if (answer.status != 200) {
        fail(FlowOutcome::AuthorizationFailed,
            Error::invalid(QStringLiteral("token"),
                QStringLiteral("The token endpoint refused: %1").arg(describeOAuthError(answer))));
        return;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(answer.body);
    const QJsonObject json = doc.object();
    const QString accessToken = json.value(QLatin1String("access_token")).toString();
    if (!doc.isObject() || accessToken.isEmpty()) {
        fail(FlowOutcome::ProtocolError,
            Error::invalid(QStringLiteral("access_token"),
                QStringLiteral("The token answer is not a JSON object with an access_token (RFC 6749 section "
                               "5.1).")));
        return;
    }
    const QString tokenType = json.value(QLatin1String("token_type")).toString();
    if (tokenType.compare(QLatin1String("Bearer"), Qt::CaseInsensitive) != 0)
        warn(QStringLiteral("The token_type is \"%1\", not Bearer; the token is sent as a Bearer token.")
                 .arg(tokenType));
    m_credentials.accessToken = accessToken;
    m_credentials.tokenType = QStringLiteral("Bearer");
    m_credentials.obtainedAt = QDateTime::currentDateTimeUtc();
    const qint64 expiresIn = json.value(QLatin1String("expires_in")).toInteger(0);
    m_credentials.accessTokenExpiresAt = expiresIn > 0 ? m_credentials.obtainedAt.addSecs(expiresIn) : QDateTime();
    const QString refreshToken = json.value(QLatin1String("refresh_token")).toString();
    if (!refreshToken.isEmpty())
        m_credentials.refreshToken = refreshToken;
    const QString scope = json.value(QLatin1String("scope")).toString();
    // RFC 6749 section 5.1: no scope in the answer means the scope requested.
    m_credentials.grantedScopes
        = json.contains(QLatin1String("scope")) ? scope.split(QLatin1Char(' '), Qt::SkipEmptyParts) : m_scopes;
    m_result.grantedScopes = m_credentials.grantedScopes;
    m_authorized = true;
    m_tokenFromStore = false;
    noteToken(QStringLiteral("Access token obtained"));
    endStep(FlowStepRecord::State::Succeeded,
        QStringLiteral("Access token obtained%1%2.")
            .arg(expiresIn > 0 ? QStringLiteral(", expires in %1 s").arg(expiresIn) : QString(),
                m_credentials.grantedScopes.isEmpty()
                    ? QString()
                    : QStringLiteral(", scope \"%1\"").arg(m_credentials.grantedScopes.join(QLatin1Char(' ')))));
    saveCredentials();
    startSession();
}

void FlowEngine::saveCredentials()
{
    if (!m_store || !m_options.useCredentialStore || !m_as)
        return;
    m_credentials.issuer = m_as->issuer;
    m_credentials.resource = m_resource;
    m_credentials.redirectUri = m_redirectUri.toString();
    m_store->save(m_credentials, this, [this](const Status& saved) {
        if (!saved && m_transcript)
            m_transcript->addNote(
                QString(), QStringLiteral("The credentials could not be saved: %1").arg(saved.error().message));
    });
}

QString FlowEngine::describeOAuthError(const HttpResult& answer)
{
    const QJsonObject json = QJsonDocument::fromJson(answer.body).object();
    const QString error = json.value(QLatin1String("error")).toString();
    const QString description = json.value(QLatin1String("error_description")).toString();
    QString text = QStringLiteral("HTTP %1").arg(answer.status);
    if (!error.isEmpty())
        text += QStringLiteral(", %1").arg(error);
    if (!description.isEmpty())
        text += QStringLiteral(" (%1)").arg(description);
    return text + QLatin1Char('.');
}

// ---------------------------------------------------------------------------------------------
// The MCP session

void FlowEngine::startSession()
{
    m_sessionId.clear();
    m_negotiatedVersion.clear();
    beginStep(FlowStep::Initialize);
    sendRpc(QStringLiteral("initialize"),
        QJsonObject{{QStringLiteral("protocolVersion"), m_options.protocolVersion},
            {QStringLiteral("capabilities"), QJsonObject{}},
            {QStringLiteral("clientInfo"),
                QJsonObject{{QStringLiteral("name"), QStringLiteral("mcp-auth")},
                    {QStringLiteral("version"), QStringLiteral(MCPAUTH_VERSION)}}}},
        false, [this](const RpcAnswer& answer) { onInitializeAnswer(answer); });
}

bool FlowEngine::checkRpcAnswer(const RpcAnswer& answer, const QString& method)
{
    if (handleAuthChallenge(answer.http))
        return false;
    if (answer.http.status != 200) {
        fail(m_authorized && (answer.http.status == 401 || answer.http.status == 403) ? FlowOutcome::AuthorizationFailed
                                                                                      : FlowOutcome::ProtocolError,
            Error::invalid(QStringLiteral("status"),
                QStringLiteral("The MCP server answered %1 with HTTP %2 %3.")
                    .arg(method)
                    .arg(answer.http.status)
                    .arg(answer.http.reason)));
        return false;
    }
    if (!answer.message) {
        fail(FlowOutcome::ProtocolError,
            Error::invalid(QStringLiteral("jsonrpc"),
                QStringLiteral("The MCP server's answer to %1 (%2) holds no JSON-RPC response with the request's id.")
                    .arg(method, QString::fromLatin1(answer.http.mediaType()))));
        return false;
    }
    const QJsonObject error = answer.message->value(QLatin1String("error")).toObject();
    if (answer.message->contains(QLatin1String("error"))) {
        fail(FlowOutcome::ProtocolError,
            Error::invalid(QStringLiteral("jsonrpc"),
                QStringLiteral("The MCP server answered %1 with JSON-RPC error %2: %3")
                    .arg(method)
                    .arg(error.value(QLatin1String("code")).toInteger())
                    .arg(error.value(QLatin1String("message")).toString())));
        return false;
    }
    return true;
}

void FlowEngine::onInitializeAnswer(const RpcAnswer& answer)
{
    if (!checkRpcAnswer(answer, QStringLiteral("initialize")))
        return;
    const QJsonObject result = answer.message->value(QLatin1String("result")).toObject();
    m_negotiatedVersion = result.value(QLatin1String("protocolVersion")).toString();
    if (m_negotiatedVersion.isEmpty()) {
        fail(FlowOutcome::ProtocolError,
            Error::invalid(
                QStringLiteral("protocolVersion"), QStringLiteral("The initialize result has no protocolVersion.")));
        return;
    }
    if (m_negotiatedVersion != m_options.protocolVersion)
        warn(QStringLiteral("The server chose protocol version %1 (asked for %2).")
                 .arg(m_negotiatedVersion, m_options.protocolVersion));
    m_sessionId = answer.http.header("Mcp-Session-Id");
    const QJsonObject serverInfo = result.value(QLatin1String("serverInfo")).toObject();
    const QString summary = QStringLiteral("%1 %2, protocol %3%4.")
                                .arg(serverInfo.value(QLatin1String("name")).toString(QStringLiteral("(unnamed)")),
                                    serverInfo.value(QLatin1String("version")).toString(), m_negotiatedVersion,
                                    m_sessionId.isEmpty() ? QString() : QStringLiteral(", with a session"));
    sendRpc(QStringLiteral("notifications/initialized"), {}, true, [this, summary](const RpcAnswer& notified) {
        if (handleAuthChallenge(notified.http))
            return;
        if (notified.http.status != 202 && notified.http.status != 200 && notified.http.status != 204)
            warn(QStringLiteral("notifications/initialized was answered with HTTP %1 (expected 202).")
                     .arg(notified.http.status));
        endStep(FlowStepRecord::State::Succeeded, summary);
        listTools();
    });
}

void FlowEngine::listTools()
{
    beginStep(FlowStep::ToolsList);
    sendRpc(QStringLiteral("tools/list"), {}, false, [this](const RpcAnswer& answer) {
        if (!checkRpcAnswer(answer, QStringLiteral("tools/list")))
            return;
        const QJsonObject result = answer.message->value(QLatin1String("result")).toObject();
        m_result.tools = result.value(QLatin1String("tools")).toArray();
        QStringList names;
        for (const QJsonValue& tool : std::as_const(m_result.tools))
            names << tool.toObject().value(QLatin1String("name")).toString();
        endStep(FlowStepRecord::State::Succeeded,
            names.isEmpty()
                ? QStringLiteral("No tools.")
                : QStringLiteral("%1 tool(s): %2.").arg(names.size()).arg(names.join(QStringLiteral(", "))));
        if (m_options.toolCall == FlowOptions::ToolCall::None) {
            sendRequestOrSucceed();
            return;
        }
        callTool();
    });
}

void FlowEngine::sendRequestOrSucceed()
{
    if (m_options.requestMethod.isEmpty()) {
        succeed();
        return;
    }
    beginStep(FlowStep::Request);
    const QString method = m_options.requestMethod;
    sendRpc(method, m_options.requestParams, false, [this, method](const RpcAnswer& answer) {
        if (!checkRpcAnswer(answer, method))
            return;
        endStep(FlowStepRecord::State::Succeeded,
            QStringLiteral("Sent %1; the server answered with a result.").arg(method));
        succeed();
    });
}

QJsonObject FlowEngine::argumentsFromSchema(const QJsonObject& inputSchema)
{
    // Schema-valid placeholders for what the tool requires, so that a call can be made without
    // knowing the tool.
    QJsonObject arguments;
    const QJsonObject properties = inputSchema.value(QLatin1String("properties")).toObject();
    for (const QJsonValue& name : inputSchema.value(QLatin1String("required")).toArray()) {
        const QString type = properties.value(name.toString()).toObject().value(QLatin1String("type")).toString();
        QJsonValue value = QString();
        if (type == QLatin1String("number") || type == QLatin1String("integer"))
            value = 1;
        else if (type == QLatin1String("boolean"))
            value = false;
        else if (type == QLatin1String("object"))
            value = QJsonObject();
        else if (type == QLatin1String("array"))
            value = QJsonArray();
        arguments.insert(name.toString(), value);
    }
    return arguments;
}

void FlowEngine::callTool()
{
    beginStep(FlowStep::ToolsCall);
    QString name = m_options.toolName;
    QJsonObject arguments = m_options.toolArguments;
    if (m_options.toolCall == FlowOptions::ToolCall::FirstTool) {
        if (m_result.tools.isEmpty()) {
            endStep(FlowStepRecord::State::Skipped, QStringLiteral("The server lists no tool to call."));
            sendRequestOrSucceed();
            return;
        }
        const QJsonObject tool = m_result.tools.first().toObject();
        name = tool.value(QLatin1String("name")).toString();
        arguments = argumentsFromSchema(tool.value(QLatin1String("inputSchema")).toObject());
    }
    sendRpc(QStringLiteral("tools/call"),
        QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("arguments"), arguments}}, false,
        [this, name](const RpcAnswer& answer) {
            if (!checkRpcAnswer(answer, QStringLiteral("tools/call")))
                return;
            const QJsonObject result = answer.message->value(QLatin1String("result")).toObject();
            if (result.value(QLatin1String("isError")).toBool())
                warn(QStringLiteral("The tool %1 reported an error.").arg(name));
            endStep(FlowStepRecord::State::Succeeded, QStringLiteral("Called %1.").arg(name));
            sendRequestOrSucceed();
        });
}

bool FlowEngine::handleAuthChallenge(const HttpResult& answer)
{
    if (answer.status == 401 && !m_authorized) {
        onUnauthorized(answer);
        return true;
    }
    if (answer.status == 401) {
        // The access token was refused: expired or revoked early. A refresh token gets a new one
        // (once); a token from the store is dropped and the client authorizes again.
        if (!m_refreshTried && !m_credentials.refreshToken.isEmpty()) {
            m_refreshTried = true;
            endStep(
                FlowStepRecord::State::Warning, QStringLiteral("HTTP 401: the access token was refused; refreshing."));
            m_authorized = false;
            refresh();
            return true;
        }
        if (m_tokenFromStore) {
            m_tokenFromStore = false;
            endStep(FlowStepRecord::State::Warning,
                QStringLiteral("HTTP 401: the stored access token was refused; authorizing again."));
            m_authorized = false;
            m_credentials.accessToken.clear();
            afterClientKnown();
            return true;
        }
        return false;
    }
    if (answer.status != 403 || !m_authorized)
        return false;
    auto challenge = WwwAuthenticate::parse(answer.headerValues("WWW-Authenticate"));
    if (!challenge || challenge->error() != QLatin1String("insufficient_scope"))
        return false;
    if (m_result.stepUps >= kMaxStepUps) {
        fail(FlowOutcome::AuthorizationFailed,
            Error::invalid(QStringLiteral("scope"),
                QStringLiteral("The server still answers 403 insufficient_scope (asking for \"%1\") after %2 "
                               "re-authorizations; giving up.")
                    .arg(challenge->scope())
                    .arg(kMaxStepUps)));
        return true;
    }
    stepUp(challenge->scopes());
    return true;
}

void FlowEngine::stepUp(const QStringList& challengeScopes)
{
    endStep(FlowStepRecord::State::Warning, QStringLiteral("HTTP 403 insufficient_scope."));
    beginStep(FlowStep::StepUp);
    ++m_result.stepUps;
    m_scopes = unionOf(m_scopes, challengeScopes);
    m_authorized = false;
    endStep(FlowStepRecord::State::Succeeded,
        QStringLiteral("Re-authorizing with scope \"%1\".").arg(m_scopes.join(QLatin1Char(' '))));
    if (m_grant == Grant::ClientCredentials) {
        requestClientCredentialsToken();
        return;
    }
    if (m_grant == Grant::JwtBearer) {
        exchangeIdentityAssertion();
        return;
    }
    authorize();
}

} // namespace mcpauth
