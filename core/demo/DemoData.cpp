#include "DemoData.h"

#include "domain/ApplicationTemplate.h"
#include "mcp/McpCatalog.h"
#include "security/SecureRandom.h"

namespace mcpauth {

Result<DemoDataReport> DemoData::install(Store& store, const AuditContext& ctx)
{
    DemoDataReport report;
    report.organizationName = QString::fromLatin1(kOrganization);
    report.resourceUri = QString::fromLatin1(kResourceUri);
    report.adminUsername = QStringLiteral("admin");
    if (store.organizations().find(report.organizationName))
        return report;

    const Status done = store.database().transaction([&]() -> Status {
        auto org = store.organizations().create(
            Organization{{}, report.organizationName, QStringLiteral("Demo organization"), 0}, ctx);
        if (!org)
            return org.error();
        QStringList scopeNames;
        for (const McpScopeInfo& s : McpCatalog::scopes()) {
            auto scope = store.scopes().create(
                Scope{{}, org->id, s.name, s.displayName, s.description, s.administratorOnly}, ctx);
            if (!scope)
                return scope.error();
            scopeNames << scope->name;
        }
        Resource resource;
        resource.organizationId = org->id;
        resource.uri = report.resourceUri;
        resource.displayName = QStringLiteral("Built-in MCP server");
        resource.description = QStringLiteral("The console's own administration, served as MCP tools on loopback.");
        resource.scopes = scopeNames;
        resource.toolScopes = McpCatalog::toolScopes();
        if (auto created = store.resources().create(resource, ctx); !created)
            return created.error();

        for (const char* id : {"claude-desktop", "claude-code", "cursor", "vscode"}) {
            const auto tmpl = ApplicationTemplate::find(QString::fromLatin1(id));
            if (!tmpl)
                return Error::make(
                    ErrorCode::Internal, QStringLiteral("missing template %1").arg(QString::fromLatin1(id)));
            Application app = tmpl->application;
            app.organizationId = org->id;
            app.name = tmpl->id;
            app.description = tmpl->note;
            app.allowedScopes = scopeNames;
            app.createdBy = CreatedBy::Cli;
            auto saved = store.applications().create(app, ctx);
            if (!saved)
                return saved.error();
            report.applications << saved->application.name;
        }

        report.adminPassword = SecureRandom::token(18);
        User admin;
        admin.organizationId = org->id;
        admin.username = report.adminUsername;
        admin.displayName = QStringLiteral("Demo administrator");
        admin.email = QStringLiteral("admin@demo.invalid");
        admin.isAdmin = true;
        if (auto user = store.users().create(admin, report.adminPassword, ctx); !user)
            return user.error();
        return {};
    });
    if (!done)
        return done.error();
    report.created = true;
    return report;
}

} // namespace mcpauth
