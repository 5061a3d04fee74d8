#pragma once

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace mcpauth {

// A scope the built-in MCP server's tools check, as the store and the consent page show it.
struct McpScopeInfo
{
    QString name; // "application:read"
    QString displayName;
    QString description;
    bool readOnly = false; // challenged on a 401, so a first authorization asks for reading only
    // Consented to and issued only to administrators (Scope::administratorOnly in the store): the
    // scopes that change the server, and audit:read, which reads every user's and client's activity.
    bool administratorOnly = false;
};

struct McpToolInfo
{
    QString name; // "list_applications"
    QString title;
    QString scope; // the one scope a call needs
    QString description; // names the scope
    QJsonObject inputSchema; // JSON Schema (2020-12 subset that JsonSchemaCheck enforces)
    bool readOnly = true;
    bool destructive = false;
};

// What the built-in MCP server offers: its scopes and its tools, each tool with the scope it needs.
// The one list both the server (tools/list, scope checks, protected resource metadata) and the store
// (the resource's scopes and tool map, the demo data) are made from.
class McpCatalog
{
public:
    [[nodiscard]] static const QList<McpScopeInfo>& scopes();
    [[nodiscard]] static QStringList scopeNames();
    // The scopes a client is first challenged with: reading only. Writing is a step-up (403).
    [[nodiscard]] static QStringList readScopeNames();
    // The scopes only administrators may hold.
    [[nodiscard]] static QStringList administratorScopeNames();
    [[nodiscard]] static const QList<McpToolInfo>& tools();
    // nullptr when no tool has that name.
    [[nodiscard]] static const McpToolInfo* tool(const QString& name);
    // tool name -> scope, as Resource::toolScopes stores it.
    [[nodiscard]] static QMap<QString, QString> toolScopes();
};

} // namespace mcpauth
