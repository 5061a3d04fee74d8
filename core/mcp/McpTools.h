#pragma once

#include "McpCaller.h"
#include "common/Result.h"
#include "domain/Application.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonObject>
#include <QString>

namespace mcpauth {

struct McpToolInfo;
struct ServerContext;

// A tool's answer: on success its result object as compact JSON, which the endpoint sends as
// structuredContent and as text (for clients that read only content); on failure a sentence the
// model can act on (MCP tools, isError).
struct McpToolResult
{
    bool isError = false;
    QString text; // on failure
    QByteArray json; // on success
};

// The built-in MCP server's administration tools, run on the main thread against the store.
// Mutations go through the repositories (each writes its own audit event) with the caller as actor.
// Nothing here returns a secret or a hash of one (DomainJson never holds them).
//
// A call acts only within the caller's organization (the user's; for client_credentials, the
// client's application's): it sees and changes nothing of another, and an `organization` argument
// naming another is refused. A tool whose scope is administrator-only runs only for an administrator
// (or a client acting for itself), even with a token that still carries the scope. And no client
// reconfigures the trust placed in it: it neither changes nor deletes its own application, and the
// allowed scopes, consent policy, redirect URIs and grant types of an application that skips the
// consent page are a person's to change in the console or the CLI.
//
// Main thread only. Where a call may act and the resource listing are reused for kReloadIntervalMs
// (see reachOf()), or until a write tool of this server runs.
class McpTools
{
public:
    // Like the token endpoint's caches: a change made elsewhere (the console, the CLI, another
    // process) is seen within this many milliseconds.
    static constexpr qint64 kReloadIntervalMs = 1000;

    explicit McpTools(ServerContext& context);

    // `arguments` have passed the tool's input schema; the caller holds the tool's scope.
    [[nodiscard]] McpToolResult call(const McpToolInfo& tool, const QJsonObject& arguments, const McpCaller& caller);

private:
    using Outcome = Result<QJsonObject>;
    // Where one call may act.
    struct Reach
    {
        QString organizationId;
        QString ownApplicationId; // the application of the calling client
    };

    // Cached for kReloadIntervalMs per client, user and scope: a deleted client or user, or a user
    // who is no longer an administrator, loses its reach within that time. Refusals are not cached.
    [[nodiscard]] Result<Reach> reachOf(const McpToolInfo& tool, const McpCaller& caller);
    [[nodiscard]] Result<Reach> readReach(const McpToolInfo& tool, const McpCaller& caller) const;

    [[nodiscard]] Outcome listApplications(const QJsonObject& args, const Reach& reach);
    [[nodiscard]] Outcome getApplication(const QJsonObject& args, const Reach& reach);
    [[nodiscard]] Outcome addApplication(const QJsonObject& args, const McpCaller& caller, const Reach& reach);
    [[nodiscard]] Outcome updateApplication(const QJsonObject& args, const McpCaller& caller, const Reach& reach);
    [[nodiscard]] Outcome deleteApplication(const QJsonObject& args, const McpCaller& caller, const Reach& reach);
    [[nodiscard]] Outcome listTokens(const QJsonObject& args, const Reach& reach);
    [[nodiscard]] Outcome revokeToken(const QJsonObject& args, const McpCaller& caller, const Reach& reach);
    [[nodiscard]] Outcome listConsents(const QJsonObject& args, const Reach& reach);
    [[nodiscard]] Outcome revokeConsent(const QJsonObject& args, const McpCaller& caller, const Reach& reach);
    [[nodiscard]] Outcome listAuditEvents(const QJsonObject& args, const Reach& reach);
    [[nodiscard]] Outcome listResources(const QJsonObject& args, const Reach& reach);

    // An `organization` argument, if any, must name the caller's own organization (by name or id).
    [[nodiscard]] Status checkOrganization(const QJsonObject& args, const Reach& reach) const;
    // Id of an application or user named by a reference argument, within the caller's organization;
    // empty `ref`: no filter (empty id).
    [[nodiscard]] Result<QString> applicationId(const QString& ref, const Reach& reach) const;
    [[nodiscard]] Result<QString> userId(const QString& ref, const Reach& reach) const;
    [[nodiscard]] Result<Application> application(const QJsonObject& args, const Reach& reach) const;

    struct CachedReach
    {
        Reach reach;
        QElapsedTimer loaded;
    };

    struct CachedListing
    {
        QJsonObject listing;
        QByteArray json; // the listing serialized, once a call has needed it
        QElapsedTimer loaded;
    };

    ServerContext& m_ctx;
    QHash<QString, CachedReach> m_reaches;
    // list_resources' answer by organization id, for kReloadIntervalMs or until a write tool runs.
    QHash<QString, CachedListing> m_resourceListings;
};

} // namespace mcpauth
