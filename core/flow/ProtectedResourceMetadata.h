#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>

namespace mcpauth {

// An MCP server's OAuth 2.0 protected resource metadata (RFC 9728 section 2), checked the way an MCP
// client must use it. Refusals are Error::invalid(member, sentence); what a client can live with is a
// warning sentence in `warnings`.
//
//  - resource: required, an absolute http(s) URL; it must name one of `acceptedResources` (RFC 9728
//    section 3.3; see ResourceMetadataCandidate). Letter case of scheme and host and a default port
//    are forgiven with a warning, and so is a resource on the same origin whose path is a parent of
//    the accepted one or differs by a trailing slash (what the MCP TypeScript SDK accepts); anything
//    else (another host, port or scheme, another path) is a refusal saying expected and actual.
//  - authorization_servers: MCP requires at least one. Each entry must be usable as an issuer (https,
//    or loopback http when allowed; no query or fragment); an unusable or repeated entry is dropped
//    with a warning, and none left is a refusal.
//  - scopes_supported: absent and empty are different for scope selection, hence optional. Entries
//    that are not RFC 6749 scope tokens (empty, containing spaces) are dropped with a warning.
//  - bearer_methods_supported: kept; a list without "header" is a warning (MCP sends the token in the
//    Authorization header).
//  - resource_name, resource_documentation: shown only; a wrong type is a warning.
//  - Every member, known or not, stays in `json`.
struct ProtectedResourceMetadata
{
    QString resource; // as the document wrote it
    QStringList authorizationServers; // usable, in the document's order, without repeats
    std::optional<QStringList> scopesSupported;
    QStringList bearerMethodsSupported;
    QString resourceName;
    QString resourceDocumentation;
    bool dpopBoundAccessTokensRequired = false;
    QJsonObject json;
    QStringList warnings;

    // acceptedResources: canonical resource URIs a document from this URL may name; empty: not
    // checked (a document shown on its own).
    [[nodiscard]] static Result<ProtectedResourceMetadata> parse(
        const QByteArray& body, const QStringList& acceptedResources, bool allowLoopbackHttp);
};

} // namespace mcpauth
