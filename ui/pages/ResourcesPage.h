#pragma once

#include "ConsolePage.h"
#include "domain/Resource.h"
#include "domain/Scope.h"

#include <QJsonObject>
#include <optional>

class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTreeWidget;

namespace mcpauth {

// The resources (MCP servers) tokens are issued for: their canonical URIs, their scopes with the
// names and descriptions the consent page shows, which tool needs which scope, and a preview of the
// protected resource metadata (RFC 9728) each one serves.
class ResourcesPage final : public ConsolePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResourcesPage)

public:
    explicit ResourcesPage(Backend& backend, QWidget* parent = nullptr);
    ~ResourcesPage() override;

    [[nodiscard]] QString title() const override;
    [[nodiscard]] Capability capability() const override { return Capability::Resources; }
    void refresh() override;
    void focusFilter() override;
    [[nodiscard]] bool canCreate() const override { return true; }
    void createNew() override;
    [[nodiscard]] bool canDelete() const override;
    void deleteSelected() override;

    void editSelected();
    void addScope();
    void editSelectedScope();
    void removeSelectedScope();

    // The RFC 9728 document `resource` serves with `issuer` as its authorization server: the local
    // server's own document (McpEndpoint) for the built-in resource, the same shape for the others.
    [[nodiscard]] static QJsonObject metadataFor(const Resource& resource, const QString& issuer);

private:
    [[nodiscard]] std::optional<Resource> selectedResource() const;
    [[nodiscard]] std::optional<Scope> selectedScope() const;
    // The local authorization server's issuer, as the built-in resource (issuer + "/mcp") shows it.
    [[nodiscard]] QString issuer() const;
    void showResources();
    void showDetails();
    void saveResourceScopes(Resource resource, const QString& message);
    void updateButtons();

    QList<Resource> m_resources;
    QList<Scope> m_scopes;
    QString m_selectAfterRefresh;
    QLineEdit* m_filter = nullptr;
    QLabel* m_count = nullptr;
    QTreeWidget* m_list = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QLabel* m_summary = nullptr;
    QTreeWidget* m_scopeList = nullptr;
    QPushButton* m_addScopeButton = nullptr;
    QPushButton* m_editScopeButton = nullptr;
    QPushButton* m_removeScopeButton = nullptr;
    QTreeWidget* m_tools = nullptr;
    QLabel* m_metadataUrl = nullptr;
    QPlainTextEdit* m_metadata = nullptr;
};

} // namespace mcpauth
