#pragma once

#include "common/Result.h"

#include <QObject>
#include <QPointer>
#include <QUrl>
#include <memory>

class QTimer;

namespace mcpauth {

class HttpServer;
struct HttpRequest;
struct HttpResponse;
class Transcript;

// The one-shot redirect receiver of the interactive flow (RFC 8252 section 7.3): listens on the
// loopback interface only, gives the redirect URI to register and send, and takes exactly one
// authorization response on the callback path. Other paths (/favicon.ico) get 404 and change
// nothing; a request to the callback path that is not an authorization response (no code, no error,
// no state) gets 400 and changes nothing either.
//
// The response is checked before the code is accepted: `state` equal to the one sent (compared in
// constant time; an error response is checked too, since a forged error is a denial of service), and
// when given, `iss` equal to the authorization server's issuer (RFC 9207: compared whenever present;
// required when the server advertises authorization_response_iss_parameter_supported). The browser
// gets a small page saying it may be closed, or what went wrong; then the listener stops accepting
// connections and emits finished once.
//
//   LoopbackCallbackListener listener(transcript);
//   auto uri = listener.listen();                  // http://127.0.0.1:49152/callback, before registration
//   listener.expect({state, issuer, issRequired}); // then open the browser
//   connect(&listener, &LoopbackCallbackListener::finished, ...);
//
// On failure the Error's field says which: kAuthorizationError (then Error::message holds the
// server's error code and description in words, and authorizationError() the raw values),
// kStateMismatch, kIssuerMismatch, kTimeout or kCancelled.
class LoopbackCallbackListener final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(LoopbackCallbackListener)

public:
    static constexpr const char* kAuthorizationError = "authorization_error";
    static constexpr const char* kStateMismatch = "state_mismatch";
    static constexpr const char* kIssuerMismatch = "issuer_mismatch";
    static constexpr const char* kTimeout = "timeout";
    static constexpr const char* kCancelled = "cancelled";

    struct Expectation
    {
        QString state;
        QString issuer; // the authorization server's issuer; empty: iss is reported, not compared
        bool issRequired = false; // metadata: authorization_response_iss_parameter_supported
        int timeoutMs = 300'000; // the user may need a while to sign in
    };
    // What the authorization server sent back; `code` is the secret the token request needs.
    struct Callback
    {
        QString code;
        QString iss; // empty when the server sent none
    };
    // An error response's parameters (RFC 6749 section 4.1.2.1), for a diagnosis.
    struct AuthorizationError
    {
        QString error;
        QString description;
        QString uri;
    };

    // `transcript` may be nullptr; the callback request is recorded as a `browser` event under `step`.
    explicit LoopbackCallbackListener(
        Transcript* transcript = nullptr, const QString& step = QStringLiteral("callback"), QObject* parent = nullptr);
    ~LoopbackCallbackListener() override;

    // Listens on `host` ("127.0.0.1", "::1", or "localhost", which listens on both and is written so in
    // the URI) on `port` (0: one the system picks), and returns the redirect URI,
    // http://127.0.0.1:PORT/callback. Conflict when the port is taken, in words.
    Result<QUrl> listen(quint16 port = 0, const QString& host = QStringLiteral("127.0.0.1"),
        const QString& path = QStringLiteral("/callback"));
    [[nodiscard]] QUrl redirectUri() const { return m_redirectUri; }

    // Starts waiting: the authorization response is accepted from now on, until the timeout.
    void expect(const Expectation& expectation);
    // Stops listening; finished is emitted at once with kCancelled if the listener was waiting.
    void cancel();

    [[nodiscard]] bool isListening() const;
    [[nodiscard]] const AuthorizationError& authorizationError() const { return m_authorizationError; }

Q_SIGNALS:
    void finished(const mcpauth::Result<mcpauth::LoopbackCallbackListener::Callback>& result);

private:
    HttpResponse handle(const HttpRequest& request);
    void stopListening();
    void answered();
    void complete(const Result<Callback>& result);
    void record(const HttpRequest& request, const HttpResponse& response, const QString& error);

    QPointer<Transcript> m_transcript;
    QString m_step;
    std::unique_ptr<HttpServer> m_server;
    QUrl m_redirectUri;
    QString m_path;
    Expectation m_expectation;
    bool m_waiting = false;
    bool m_answered = false; // the one authorization response arrived; completion is queued
    bool m_done = false;
    QTimer* m_timer = nullptr;
    AuthorizationError m_authorizationError;
};

} // namespace mcpauth
