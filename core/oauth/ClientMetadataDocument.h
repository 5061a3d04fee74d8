#pragma once

#include "common/Result.h"

#include <QJsonObject>
#include <QString>
#include <QStringList>

namespace mcpauth {

// A Client ID Metadata Document (draft-ietf-oauth-client-id-metadata-document): the JSON a client
// publishes at the https URL it uses as its client_id. Only what the authorization server uses is
// kept apart; `json` holds the whole document.
struct ClientMetadataDocument
{
    QString clientId; // the URL, equal to the document's client_id
    QString clientName; // cleaned for display; required (MCP), never empty
    QString clientUri;
    QStringList redirectUris;
    QStringList scopes; // from the optional "scope" member
    QString applicationType; // "native", "web" or empty
    QJsonObject json;

    // Parses and checks a fetched document against the URL it was fetched from. On failure the
    // Error's `field` holds the OAuth error code ("invalid_client") and its message says why.
    [[nodiscard]] static Result<ClientMetadataDocument> parse(const QString& clientIdUrl, const QByteArray& body);
    // True when every redirect URI points at this machine (the consent page then says so).
    [[nodiscard]] bool loopbackOnly() const;
};

} // namespace mcpauth
