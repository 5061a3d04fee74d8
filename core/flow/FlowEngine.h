#pragma once

#include "AuthorizationServerMetadata.h"
#include "DiscoveryUrls.h"
#include "FlowCredentials.h"
#include "FlowOptions.h"
#include "FlowResult.h"
#include "HttpExchange.h"
#include "LoopbackCallbackListener.h"
#include "PkceChallenge.h"
#include "ProtectedResourceMetadata.h"

#include <QElapsedTimer>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class QNetworkAccessManager;

namespace mcpauth {

class FlowCredentialStore;
class Transcript;

// Connects to an MCP server the way the MCP authorization specification says a client must
// (MCP-AUTH.md section 1.2), one step after the other, recording every exchange in the transcript:
// unauthenticated initialize, 401 and its challenge, protected resource metadata, authorization server
// metadata, client identification (pre-registered, metadata document, dynamic registration),
// authorization with PKCE S256 (a browser, or the redirect read headless), the token request, then
// initialize, tools/list and optionally tools/call with the token; step-up on 403 insufficient_scope.
//
// Asynchronous: start() returns at once; every step has a time limit; cancel() stops it. finished is
// emitted exactly once per start(), never from inside start().
class FlowEngine final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(FlowEngine)

public:
    static constexpr int kMaxStepUps = 2;

    explicit FlowEngine(Transcript* transcript, QObject* parent = nullptr);
    ~FlowEngine() override;

    // Credentials are loaded from and saved to it when FlowOptions::useCredentialStore is on.
    void setCredentialStore(FlowCredentialStore* store);

    void start(const FlowOptions& options);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_running; }

Q_SIGNALS:
    void stepStarted(mcpauth::FlowStep step);
    void stepFinished(const mcpauth::FlowStepRecord& record);
    // Interactive mode: open this URL in the user's browser; the engine waits on its loopback listener.
    void authorizationUrlReady(const QUrl& url);
    void finished(const mcpauth::FlowResult& result);

private:
    using AnswerHandler = std::function<void(const HttpResult&)>;
    struct RpcAnswer
    {
        HttpResult http;
        std::optional<QJsonObject> message; // the JSON-RPC response with our id
    };
    using RpcHandler = std::function<void(const RpcAnswer&)>;
    enum class Grant { AuthorizationCode, ClientCredentials, JwtBearer };

    // Steps and results.
    void beginStep(FlowStep step);
    void warn(const QString& sentence);
    void warnAll(const QStringList& sentences);
    void endStep(FlowStepRecord::State state, const QString& summary);
    void fail(FlowOutcome outcome, const Error& error);
    void succeed();
    void finish();

    // I/O.
    void send(const HttpExchange::Request& request, const AnswerHandler& onAnswer,
        std::function<bool(const QByteArray&)> streamComplete = {});
    void sendRpc(const QString& method, const QJsonObject& params, bool notification, const RpcHandler& onAnswer);
    [[nodiscard]] HttpExchange::Request mcpRequest(const QJsonObject& message) const;
    void noteToken(const QString& what);

    // The flow.
    void sendUnauthenticated();
    void onUnauthorized(const HttpResult& answer);
    void discoverResourceMetadata(int index);
    void discoverAuthorizationServer(int index);
    void discoverLegacy(int index);
    void useDefaultEndpoints();
    void onAuthorizationServerKnown(const QString& foundAt); // empty: the 2025-03-26 default endpoints
    void identifyClient();
    void identifyNewClient();
    void forgetCredentials();
    void registerClient();
    void afterClientKnown();
    void authorize();
    void openBrowser(const QUrl& url);
    void onAuthorizationRedirect(const HttpResult& answer);
    void onCallback(const Result<LoopbackCallbackListener::Callback>& callback);
    void requestToken(const QString& code);
    void requestClientCredentialsToken();
    void exchangeIdentityAssertion(); // SEP-990: ID token -> ID-JAG at the identity provider
    void requestJwtBearerToken(const QString& assertion);
    // Sends a token request with the client's authentication added; fails the flow when it cannot be made.
    void sendTokenRequest(QList<QPair<QString, QString>> fields, const AnswerHandler& onAnswer);
    void refresh();
    void onTokenAnswer(const HttpResult& answer);
    void startSession();
    void onInitializeAnswer(const RpcAnswer& answer);
    // False (and the flow handled: failed or re-authorizing) unless a JSON-RPC result came back.
    [[nodiscard]] bool checkRpcAnswer(const RpcAnswer& answer, const QString& method);
    void sendInitialized();
    void listTools();
    void callTool();
    void sendRequestOrSucceed();
    // 401/403 on an MCP request: authorize (again) or give up. True when handled.
    bool handleAuthChallenge(const HttpResult& answer);
    void stepUp(const QStringList& challengeScopes);
    void saveCredentials();

    [[nodiscard]] QString chooseAuthMethod() const;
    [[nodiscard]] QStringList chooseScopes() const;
    [[nodiscard]] Grant chooseGrant() const;
    [[nodiscard]] Result<QList<QPair<QString, QString>>> clientAuthentication(HttpHeaders& headers) const;
    [[nodiscard]] static QJsonObject argumentsFromSchema(const QJsonObject& inputSchema);
    [[nodiscard]] static QString describeOAuthError(const HttpResult& answer);

    QPointer<Transcript> m_transcript;
    QPointer<FlowCredentialStore> m_store;
    QNetworkAccessManager* m_network = nullptr;
    QPointer<HttpExchange> m_exchange;
    LoopbackCallbackListener* m_listener = nullptr;

    FlowOptions m_options;
    FlowResult m_result;
    bool m_running = false;
    quint64 m_generation = 0; // callbacks of an earlier run or a cancelled exchange are ignored

    std::optional<FlowStep> m_step;
    QElapsedTimer m_stepTimer;
    QStringList m_stepWarnings;

    // What the flow learned.
    QString m_resource; // canonical MCP URL
    QString m_challengeScope;
    QString m_headerResourceMetadata;
    QList<ResourceMetadataCandidate> m_prmCandidates;
    std::optional<ProtectedResourceMetadata> m_prm;
    QList<QUrl> m_asCandidates;
    std::optional<AuthorizationServerMetadata> m_as;
    bool m_legacy = false; // 2025-03-26: no protected resource metadata
    Grant m_grant = Grant::AuthorizationCode;
    FlowCredentials m_credentials;
    PkceChallenge m_pkce;
    QString m_state;
    QUrl m_redirectUri;
    QStringList m_scopes;
    bool m_authorized = false;
    bool m_tokenFromStore = false; // the access token in use came from the credential store
    bool m_refreshTried = false;

    // The MCP session.
    int m_nextId = 1;
    QByteArray m_sessionId;
    QString m_negotiatedVersion;
};

} // namespace mcpauth
