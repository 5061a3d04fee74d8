#include "DemoData.h"

#include "domain/ApplicationTemplate.h"
#include "security/SecureRandom.h"

namespace mcpauth {

namespace {

struct DemoScope
{
    const char* name;
    const char* displayName;
    const char* description;
};

// Casdoor's naming (resource:action), which MCP tools of the built-in server check.
constexpr DemoScope kScopes[] = {
    {"application:read", "Read applications", "List and show OAuth applications and their settings."},
    {"application:write", "Manage applications", "Create, change and delete OAuth applications."},
    {"token:read", "Read tokens", "List issued tokens and see their state."},
    {"token:write", "Revoke tokens", "Revoke access and refresh tokens."},
    {"consent:read", "Read consents", "See which user granted which application access."},
    {"consent:write", "Revoke consents", "Withdraw a user's consent and the tokens issued under it."},
    {"audit:read", "Read the audit log", "Read and verify the audit log."},
};

} // namespace

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
        for (const DemoScope& s : kScopes) {
            auto scope
                = store.scopes().create(Scope{{}, org->id, QString::fromLatin1(s.name),
                                            QString::fromLatin1(s.displayName), QString::fromLatin1(s.description)},
                    ctx);
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
        resource.toolScopes = {{QStringLiteral("list_applications"), QStringLiteral("application:read")},
            {QStringLiteral("get_application"), QStringLiteral("application:read")},
            {QStringLiteral("add_application"), QStringLiteral("application:write")},
            {QStringLiteral("update_application"), QStringLiteral("application:write")},
            {QStringLiteral("delete_application"), QStringLiteral("application:write")},
            {QStringLiteral("list_tokens"), QStringLiteral("token:read")},
            {QStringLiteral("revoke_token"), QStringLiteral("token:write")},
            {QStringLiteral("list_consents"), QStringLiteral("consent:read")},
            {QStringLiteral("revoke_consent"), QStringLiteral("consent:write")},
            {QStringLiteral("list_audit_events"), QStringLiteral("audit:read")}};
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
