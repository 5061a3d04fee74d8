#pragma once

#include "common/Result.h"

#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>

namespace mcpauth {

// The parameters of an OAuth 2.1 authorization request (query string of GET /authorize, or the form
// body of POST /authorize), and the checks that need no store: response_type, PKCE, scope syntax.
// The client, redirect URI, resource and scope are checked against the store by AuthorizeEndpoint.
struct AuthorizationRequest
{
    // An authorization request travels in a URL, which browsers and proxies keep to a few KiB; real
    // clients send a state of 16 to a few hundred characters (random values, or a small encoded JSON
    // object). The pending request lives in memory for minutes, so every value it keeps is bounded.
    static constexpr qsizetype kMaxEncodedBytes = 16 * 1024; // the whole query string or form body
    static constexpr qsizetype kMaxStateLength = 2048;
    static constexpr qsizetype kMaxValueLength = 2048; // any other parameter (client_id, redirect_uri...)

    QMap<QString, QString> params; // the first value of each parameter
    QSet<QString> repeated; // parameters sent more than once (RFC 6749 section 3.1 forbids that)

    [[nodiscard]] QString value(const char* name) const { return params.value(QLatin1String(name)); }
    [[nodiscard]] bool has(const char* name) const { return params.contains(QLatin1String(name)); }
    [[nodiscard]] bool isRepeated(const char* name) const { return repeated.contains(QLatin1String(name)); }

    [[nodiscard]] QString clientId() const { return value("client_id"); }
    [[nodiscard]] QString redirectUri() const { return value("redirect_uri"); }
    [[nodiscard]] QString state() const { return value("state"); }
    [[nodiscard]] QString resource() const { return value("resource"); }
    [[nodiscard]] QString codeChallenge() const { return value("code_challenge"); }
    // The requested scopes in order, without duplicates; empty when the client sent none.
    [[nodiscard]] QStringList scopes() const;
    // "none", "login", "consent" (space-separated list); anything else is refused by checkProtocol().
    [[nodiscard]] QStringList prompts() const;

    // application/x-www-form-urlencoded ('+' is a space), as a query string or a body.
    [[nodiscard]] static AuthorizationRequest parse(const QByteArray& formEncoded);

    // The first parameter whose value is longer than its limit, or an empty string.
    [[nodiscard]] QString oversizedParameter() const;
    [[nodiscard]] static qsizetype maxLength(const QString& name);

    // response_type=code, PKCE with S256 and a well-formed challenge, no repeated parameter, a
    // valid scope syntax and prompt, and no value over its length limit. On failure the Error's field
    // holds the OAuth error code (invalid_request, unsupported_response_type, invalid_scope;
    // invalid_target for a repeated resource) and the message the description.
    [[nodiscard]] Status checkProtocol() const;
    // RFC 7636 section 4.2: a base64url SHA-256 is 43 characters of [A-Za-z0-9-_].
    [[nodiscard]] static bool isS256Challenge(const QString& challenge);
};

} // namespace mcpauth
