#pragma once

#include "pages/ConsolePage.h"

namespace mcpauth {

class InspectorWidget;

// View::Connections: the live inspector, to connect to any MCP server the way a client does and see
// why it fails.
class ConnectionsPage final : public ConsolePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionsPage)

public:
    explicit ConnectionsPage(Backend& backend, QWidget* parent = nullptr);

    [[nodiscard]] QString title() const override;
    [[nodiscard]] Capability capability() const override;
    void refresh() override;
    void focusFilter() override;
    [[nodiscard]] InspectorWidget* inspector() const { return m_inspector; }

Q_SIGNALS:
    // The "New Connection…" button: MainWindow opens the connection wizard.
    void newConnectionRequested();

private:
    InspectorWidget* m_inspector = nullptr;
};

} // namespace mcpauth
