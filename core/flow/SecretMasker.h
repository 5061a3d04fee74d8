#pragma once

#include "TranscriptEvent.h"

#include <QByteArray>
#include <QRegularExpression>
#include <QSet>
#include <QString>
#include <QUrl>

namespace mcpauth {

// Replaces the secrets in a transcript event with a marker that says a value was there and how long
// it was: "[masked, 43 chars]", or "[masked JWT, 812 chars]" when the value is shaped like a JWT (so
// that "the server sent an opaque token" and "a JWT" stay tell-apart; the claims a diagnosis needs go
// in TranscriptEvent::tokenClaims instead). No part of a secret is kept: a prefix of an opaque token
// is part of its entropy, and a prefix of a JWT says nothing the claims do not.
//
// What is masked:
//  - headers: Authorization and Proxy-Authorization (the scheme is kept; for Basic, the user name,
//    which is the OAuth client_id, is kept beside the marker: "Basic [masked, 60 chars, user "app"]"),
//    Cookie and Set-Cookie (names and attributes kept, values masked), DPoP, any header whose name
//    says api-key, token, secret or password, and the names added with addSecretHeader();
//    Location, Content-Location and Referer as URLs;
//  - URLs: the secret parameters in the query and the fragment, and a password in the user info;
//  - bodies: the secret parameters in form bodies, JSON (at any depth, also in JSON that is itself a
//    string value, as in MCP tool results) and any other text (key=value and "key": "value" shapes);
//  - secret parameters: code, code_verifier, client_secret, access_token, refresh_token, id_token,
//    registration_access_token, password, client_assertion, subject_token, actor_token, assertion,
//    device_code, and the names added with addSecretParameter().
// Masking is idempotent: a marker is never masked again, so a loaded transcript can be masked anew.
class SecretMasker
{
public:
    SecretMasker();

    // A header the user sends with their own secret in it (e.g. "X-Api-Key"); case-insensitive.
    void addSecretHeader(const QByteArray& name);
    void addSecretParameter(const QString& name);

    // Masks every field of the event that can hold a secret, including `note` and `error`.
    void mask(TranscriptEvent& event) const;

    [[nodiscard]] QByteArray maskHeader(const QByteArray& name, const QByteArray& value) const;
    [[nodiscard]] HttpHeaders maskHeaders(const HttpHeaders& headers) const;
    [[nodiscard]] QUrl maskUrl(const QUrl& url) const;
    // `contentType` chooses the parser (form, JSON, other text); binary bodies are left as they are.
    [[nodiscard]] QByteArray maskBody(const QByteArray& body, const QByteArray& contentType) const;
    // Free text (notes, error messages): key=value and "key": "value" shapes.
    [[nodiscard]] QString maskText(const QString& text) const;

    [[nodiscard]] bool isSecretHeader(const QByteArray& name) const;
    [[nodiscard]] bool isSecretParameter(const QString& name) const;

    // "[masked, 43 chars]" or "[masked JWT, 812 chars]"; the length counts characters.
    [[nodiscard]] static QString marker(const QString& secret);
    [[nodiscard]] static bool isMarker(const QString& value);

private:
    void rebuildPatterns();
    [[nodiscard]] QByteArray maskCredentials(const QByteArray& value) const;
    [[nodiscard]] QByteArray maskCookies(const QByteArray& value, bool setCookie) const;
    [[nodiscard]] QByteArray maskForm(const QByteArray& body) const;
    [[nodiscard]] QString maskEncodedPairs(const QString& encoded, bool plusForSpace) const;
    [[nodiscard]] QByteArray maskJson(const QByteArray& body) const;

    QSet<QByteArray> m_secretHeaders; // lower case
    QSet<QString> m_secretParameters;
    QRegularExpression m_jsonPattern; // "name": "value"
    QRegularExpression m_escapedJsonPattern; // \"name\": \"value\" (JSON inside a JSON string)
    QRegularExpression m_pairPattern; // name=value
};

} // namespace mcpauth
