#pragma once

#include "common/Result.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace mcpauth {

// Where a client may look for an MCP server's protected resource metadata, and which `resource` a
// document found there may name.
struct ResourceMetadataCandidate
{
    enum class Source {
        Header, // the resource_metadata parameter of the 401 challenge
        PathScoped, // /.well-known/oauth-protected-resource/<path of the MCP URL>
        Root, // /.well-known/oauth-protected-resource
    };
    Source source = Source::Header;
    QUrl url;
    // RFC 9728 section 3.3: the document's `resource` must be the resource identifier the URL was
    // made from (for the header: the URL the client requested). Canonical forms (see
    // DiscoveryUrls::canonicalResource); ProtectedResourceMetadata::parse takes this list.
    QStringList acceptedResources;
};

// The URLs of MCP authorization discovery (MCP 2025-11-25, "Authorization Server Discovery"; RFC 9728
// section 3.1; RFC 8414 section 3.1 and 5), the canonical resource URI (RFC 8707 section 2) and the
// transport rule for every URL the flow fetches or sends secrets to. Pure functions, no I/O. Refusals
// are Error::invalid(field, sentence).
class DiscoveryUrls
{
public:
    // The canonical URI of an MCP server (MCP "Canonical Server URI", RFC 8707 section 2): absolute
    // http(s), scheme and host in lower case, no default port, no fragment, no user information (an
    // error), path and query kept exactly as given. A trailing slash is never added; the spec says
    // both https://mcp.example.com and https://mcp.example.com/ are valid URIs but implementations
    // SHOULD consistently use the form without the trailing slash unless it is semantically
    // significant. So a path of just "/" is dropped (for http(s) it is the same resource, RFC 3986
    // section 6.2.3), while "/mcp/" stays "/mcp/": that is another URL, which servers may treat
    // differently. Field "url".
    [[nodiscard]] static Result<QString> canonicalResource(const QString& mcpUrl);

    // https is always allowed; plain http only to 127.0.0.0/8, [::1] or localhost and only when
    // allowLoopbackHttp (the user's "allow plain http for loopback" option). `label` names the URL in
    // the message ("authorization_endpoint", "MCP server URL"); `field` goes into the Error.
    [[nodiscard]] static Status checkTransport(
        const QString& field, const QString& label, const QUrl& url, bool allowLoopbackHttp);

    // In the order a client must try them: the challenge's resource_metadata when present (and
    // nothing else: MCP says to use it when present), else the path-scoped well-known URL (skipped
    // when the MCP URL has neither path nor query; the query is kept, RFC 9728 section 3.1) and then
    // the root one. headerResourceMetadata: the WWW-Authenticate resource_metadata value, or empty.
    // Errors: the MCP URL or the header's URL is not usable (field "url" or "resource_metadata").
    [[nodiscard]] static Result<QList<ResourceMetadataCandidate>> protectedResourceMetadata(
        const QString& mcpUrl, const QString& headerResourceMetadata, bool allowLoopbackHttp);

    // The metadata URLs of an authorization server, in the MCP order. Issuer with a path
    // (https://auth.example.com/tenant1): /.well-known/oauth-authorization-server/tenant1,
    // /.well-known/openid-configuration/tenant1, /tenant1/.well-known/openid-configuration; without:
    // /.well-known/oauth-authorization-server, /.well-known/openid-configuration. A terminating '/'
    // of the path is removed first (RFC 8414 section 3.1). The issuer must be https (or loopback http
    // when allowed) without query or fragment (RFC 8414 section 2). Field "issuer".
    [[nodiscard]] static Result<QList<QUrl>> authorizationServerMetadata(const QString& issuer, bool allowLoopbackHttp);

    // Whether two resource URIs name the same resource once both are canonical (case of scheme and
    // host, default port, a lone "/" path). False when either is not a usable URL.
    [[nodiscard]] static bool sameResource(const QString& a, const QString& b);
};

} // namespace mcpauth
