#pragma once

#include "backend/Backend.h"
#include "clientconfig/ConnectionPlan.h"
#include "flow/DiscoverySummary.h"

#include <QPointer>
#include <QWizard>

namespace mcpauth {

// File > New Connection… (Ctrl+Shift+N): from zero to a working MCP client connection. One page per
// decision: the client, the MCP server (discovered at once), the client's identity on the
// authorization server, the scopes, the configuration (written with a backup, or copied), and a
// test of the whole flow in the live inspector that ends on the server's tools. What follows from
// the choices (redirect URIs, the configuration, the test run) is ConnectionPlan's, in the core.
class ConnectionWizard final : public QWizard
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionWizard)

public:
    enum PageId { ClientPageId, ServerPageId, IdentityPageId, ScopesPageId, ConfigPageId, TestPageId };

    // `builtInServerUrl`: the local MCP server's URL while it runs, else empty.
    ConnectionWizard(Backend& backend, const QString& builtInServerUrl, QWidget* parent = nullptr);
    ~ConnectionWizard() override;

    [[nodiscard]] Backend& backend() const { return *m_backend; }
    [[nodiscard]] QString builtInServerUrl() const { return m_builtInServerUrl; }
    [[nodiscard]] ConnectionPlan& plan() { return m_plan; }
    [[nodiscard]] const ConnectionPlan& plan() const { return m_plan; }
    [[nodiscard]] const DiscoverySummary& discovery() const { return m_discovery; }
    void setDiscovery(const DiscoverySummary& summary) { m_discovery = summary; }
    // The organization new applications go into and lists come from: the backend's first one.
    [[nodiscard]] QString organizationId() const { return m_organizationId; }
    void setOrganizationId(const QString& id) { m_organizationId = id; }

Q_SIGNALS:
    void statusMessage(const QString& text);

private:
    QPointer<Backend> m_backend;
    QString m_builtInServerUrl;
    ConnectionPlan m_plan;
    DiscoverySummary m_discovery;
    QString m_organizationId;
};

} // namespace mcpauth
