#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace mcpauth {

// Web clients run on a server and must use https; native clients (public clients on a device,
// RFC 8252) may also use loopback http and private-use URI schemes such as cursor://.
enum class ClientKind { Web, Native };

// The one place that decides which redirect URIs may be registered and whether an authorization
// request's redirect_uri matches a registration. Used by the domain validation, the local
// authorization server, the GUI's "try a URI" box and the remote adapters.
//
// Semantics (RFC 6749 3.1.2, OAuth 2.1 2.3.1, RFC 8252 7.3):
//  - exact string match;
//  - a loopback registration (http on 127.0.0.1, [::1] or localhost) written without a port, or
//    with the port wildcard ":*", matches the same URI on any port; with an explicit port it
//    matches only that port;
//  - "*" is allowed in the port position only, and only for loopback hosts.
class RedirectUriRules
{
public:
    struct Match
    {
        bool matched = false;
        QString registered; // the registration that matched, or the closest one on a mismatch
        QString reason; // why not (names scheme, host, port, path, trailing slash or query); empty on a match
    };

    // Ok when the URI may be registered; otherwise Error::invalid("redirectUris", reason).
    [[nodiscard]] static Status validateRegistration(const QString& uri, ClientKind kind);
    // Does one registration accept the requested URI?
    [[nodiscard]] static Match matchOne(const QString& registered, const QString& requested);
    // Does any registration accept the requested URI? On a mismatch, the reason is given against
    // the closest registration (fewest differing components).
    [[nodiscard]] static Match match(const QStringList& registered, const QString& requested);
    // 127.0.0.1 (any 127/8 address written as an IPv4 literal), [::1] / ::1, or localhost.
    [[nodiscard]] static bool isLoopbackHost(const QString& host);
    // The kind of client a redirect URI suggests: Native for loopback http and private-use schemes
    // (the redirects RFC 8252 gives native apps), Web for everything else.
    [[nodiscard]] static ClientKind kindOf(const QString& uri);

    // Redirect-URI patterns, which decide what an organization with an open-restricted registration
    // policy accepts at dynamic registration. A pattern is a redirect URI as it would be registered,
    // compared character for character, except:
    //  - "*" as the whole leftmost host label stands for exactly one label: https://*.example.com/cb
    //    matches https://app.example.com/cb, not https://example.com/cb nor https://a.b.example.com/cb;
    //    at least two labels must follow it (no "*.com");
    //  - ":*" as the port stands for any port, or none;
    //  - a loopback http pattern without a port matches any port, as a registration does (RFC 8252 7.3).
    // Paths and queries never have wildcards: a prefix match would let a client pick any page of the
    // host as its redirect.
    [[nodiscard]] static Status validatePattern(const QString& pattern);
    // False for an invalid pattern, and for a URI that is not a valid registration itself.
    [[nodiscard]] static bool matchesPattern(const QString& pattern, const QString& uri);
};

} // namespace mcpauth
