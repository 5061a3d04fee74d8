#pragma once

#include "common/Result.h"
#include "flow/HttpExchange.h"

#include <QJsonObject>
#include <functional>

class QNetworkAccessManager;

namespace mcpauth {

// One HTTP call of the standards-based backend, with the answer turned into a JSON object or an Error
// in words: the network (refused, DNS, TLS, timeout, oversized answer), 401/403 (credentials refused),
// 404, an OAuth error body (RFC 6749 section 5.2, RFC 7591 section 3.2.2), another status, a wrong
// content type and malformed JSON each get their own sentence naming `what` ("the registration
// endpoint"). No redirect is followed and no cookie kept (HttpExchange).
class OAuthRequest
{
public:
    struct Answer
    {
        int status = 0;
        QJsonObject json; // empty for an answer without a body (204)
    };
    using Done = std::function<void(Result<Answer>)>;

    static constexpr int kTimeoutMs = 15'000;
    static constexpr qint64 kMaxBodyBytes = 1024 * 1024;

    // `done` runs once, later, unless `context` is destroyed first (the exchange goes with it).
    // `jsonBody`: whether a successful answer must be a JSON object (false: any 2xx will do, 204 too).
    static void send(QNetworkAccessManager* network, const QString& what, const HttpExchange::Request& request,
        bool jsonBody, QObject* context, Done done);

    // The classification itself, for tests and for callers that sent the request another way.
    [[nodiscard]] static Result<Answer> interpret(const QString& what, const Result<HttpResult>& result, bool jsonBody);
};

} // namespace mcpauth
