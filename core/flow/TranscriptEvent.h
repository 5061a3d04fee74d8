#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QUrl>
#include <optional>

namespace mcpauth {

// HTTP header fields in the order they were sent or received; a repeated field appears once per line.
using HttpHeaders = QList<QPair<QByteArray, QByteArray>>;

// One thing that happened during a connection attempt: an HTTP exchange, a JSON-RPC message, what the
// browser did, or a note from the engine. A Transcript holds them in order. Every event that reaches
// a Transcript has been through SecretMasker, so none of its fields holds a token, code, verifier,
// secret or password; `tokenHeader` and `tokenClaims` hold what a JWT access token says about itself
// (set by the engine from its JWT decoder), which is what a diagnosis needs, and never the token.
struct TranscriptEvent
{
    enum class Kind {
        Http, // a request this client sent and the answer (or the failure)
        JsonRpcRequest, // a JSON-RPC message, its JSON in request.body; request.method the RPC method
        JsonRpcResponse, // its JSON in response.body
        JsonRpcNotification, // in request.body (client to server) or response.body (server to client)
        Browser, // the system browser: the authorize URL opened (request.url), the callback it delivered
        Note, // the engine's words (`note`), e.g. "the metadata has no registration_endpoint"
    };

    struct Request
    {
        QString method; // "GET", "POST"; for JSON-RPC kinds the JSON-RPC method ("tools/list")
        QUrl url;
        HttpHeaders headers;
        QByteArray body;

        // The first field of that name (case-insensitive); empty when absent.
        [[nodiscard]] QByteArray header(QByteArrayView name) const;
        [[nodiscard]] QByteArray contentType() const { return header("Content-Type"); }
    };
    struct Response
    {
        int status = 0;
        QString reason; // "Unauthorized"
        QString httpVersion; // "HTTP/1.1", "HTTP/2"; empty when unknown
        HttpHeaders headers;
        QByteArray body;

        [[nodiscard]] QByteArray header(QByteArrayView name) const;
        [[nodiscard]] QByteArray contentType() const { return header("Content-Type"); }
    };

    qint64 sequence = 0; // 1, 2, ... in the order of Transcript::append
    // The engine's step: flowStepName() of a FlowStep ("protected-resource-metadata", "token", ...).
    // Free text in the file, so that new steps need no format change.
    QString step;
    Kind kind = Kind::Note;
    Request request;
    std::optional<Response> response; // absent when no answer came (see `error`) or for notes
    QDateTime startedAt; // UTC, millisecond precision
    qint64 durationMs = 0;
    qint64 waitMs = -1; // from sending to the first byte of the answer; -1 when unknown
    // Why the exchange failed, in words ("The connection to 127.0.0.1:8123 was refused ..."); empty when
    // it did not. An HTTP error status is an answer, not a failure.
    QString error;
    QString note;
    QJsonObject tokenHeader; // decoded JOSE header of the access token used or obtained (alg, kid, typ)
    QJsonObject tokenClaims; // its decoded claims (iss, aud, exp, scope, ...)

    [[nodiscard]] static QString kindName(Kind kind); // "http", "jsonrpc-request", ...
    [[nodiscard]] static std::optional<Kind> kindFromName(const QString& name);

    // The transcript file's shape of one event (Transcript::kFormatVersion). Bodies are text when
    // they are UTF-8, else base64 with "bodyEncoding": "base64".
    [[nodiscard]] QJsonObject toJson() const;
    // Fields this version does not know are ignored; a known field of the wrong type is an error
    // that names it.
    [[nodiscard]] static Result<TranscriptEvent> fromJson(const QJsonObject& json);
};

} // namespace mcpauth
