#pragma once

#include "FlowResult.h"
#include "TranscriptEvent.h"

#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace mcpauth {

// What an MCP server says about its authorization, read from a discovery run of the flow engine
// (FlowOptions::discoverOnly): its protected resource metadata, its authorization server, how a
// client can identify itself there, and the scopes on offer. The connection wizard shows it and
// chooses from it; `mcp-auth probe` shows the same steps.
struct DiscoverySummary
{
    bool succeeded = false;
    // The failure in words, with the step it happened at; empty on success.
    QString error;
    std::optional<FlowStep> failedStep;
    // The server answered initialize without a token: it asks for no authorization at all.
    bool openServer = false;

    QString mcpUrl;
    QString resourceMetadataUrl; // empty: none found (a 2025-03-26 server, or open)
    QString resource; // the PRM's resource
    QString resourceName;
    QStringList authorizationServers;
    QString issuer;
    QString registrationEndpoint; // empty: no dynamic client registration (RFC 7591)
    bool clientIdMetadataDocuments = false; // client_id_metadata_document_supported
    QStringList scopes; // the PRM's scopes_supported, else the authorization server's
    QString scopesSource; // "protected-resource-metadata", "authorization-server" or empty
    QStringList warnings; // the parsers' and the steps' warnings

    [[nodiscard]] bool supportsDynamicRegistration() const { return !registrationEndpoint.isEmpty(); }
    // How a client without a pre-registered id would identify itself here: "metadata-document",
    // "dynamic-registration", or empty when only pre-registration is possible.
    [[nodiscard]] QString selfRegistration() const;

    // Reads a finished discovery run: the engine's result and the transcript it wrote.
    [[nodiscard]] static DiscoverySummary fromRun(const QList<TranscriptEvent>& events, const FlowResult& result);
};

} // namespace mcpauth
