#pragma once

#include <QJsonObject>
#include <QUrl>

namespace mcpauth {

// What an authorization server publishes about itself: its metadata (RFC 8414, or OpenID Connect
// Discovery) and its JWKS, as fetched, for the administrator to read.
struct ServerDocuments
{
    QUrl metadataUrl;
    QJsonObject metadata;
    QUrl jwksUrl; // empty when the metadata names no jwks_uri
    QJsonObject jwks;
    QString jwksProblem; // why the JWKS could not be read, in words; empty when it was
};

} // namespace mcpauth
