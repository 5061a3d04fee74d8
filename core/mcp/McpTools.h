#pragma once

#include "McpCaller.h"
#include "common/Result.h"

#include <QJsonObject>
#include <QString>

namespace mcpauth {

struct McpToolInfo;
struct ServerContext;

// A tool's answer: on success the JSON result as structuredContent (and as text, for clients that
// read only content); on failure a sentence the model can act on (MCP tools, isError).
struct McpToolResult
{
    bool isError = false;
    QString text;
    QJsonObject structured;
};

// The built-in MCP server's administration tools, run on the main thread against the store.
// Mutations go through the repositories (each writes its own audit event) with the caller as actor.
// Nothing here returns a secret or a hash of one (DomainJson never holds them).
class McpTools
{
public:
    explicit McpTools(ServerContext& context);

    // Where add_application creates applications when no organization is named.
    void setDefaultOrganization(const QString& organizationId) { m_defaultOrganizationId = organizationId; }

    // `arguments` have passed the tool's input schema; the caller holds the tool's scope.
    [[nodiscard]] McpToolResult call(const McpToolInfo& tool, const QJsonObject& arguments, const McpCaller& caller);

private:
    using Outcome = Result<QJsonObject>;

    [[nodiscard]] Outcome listApplications(const QJsonObject& args);
    [[nodiscard]] Outcome getApplication(const QJsonObject& args);
    [[nodiscard]] Outcome addApplication(const QJsonObject& args, const McpCaller& caller);
    [[nodiscard]] Outcome updateApplication(const QJsonObject& args, const McpCaller& caller);
    [[nodiscard]] Outcome deleteApplication(const QJsonObject& args, const McpCaller& caller);
    [[nodiscard]] Outcome listTokens(const QJsonObject& args);
    [[nodiscard]] Outcome revokeToken(const QJsonObject& args, const McpCaller& caller);
    [[nodiscard]] Outcome listConsents(const QJsonObject& args);
    [[nodiscard]] Outcome revokeConsent(const QJsonObject& args, const McpCaller& caller);
    [[nodiscard]] Outcome listAuditEvents(const QJsonObject& args);
    [[nodiscard]] Outcome listResources(const QJsonObject& args);

    // Organization id from a name or id argument; empty `ref`: all organizations (empty id).
    [[nodiscard]] Result<QString> organizationId(const QString& ref) const;
    [[nodiscard]] Result<QString> applicationId(const QString& ref) const;
    [[nodiscard]] Result<QString> userId(const QString& ref) const;

    ServerContext& m_ctx;
    QString m_defaultOrganizationId;
};

} // namespace mcpauth
