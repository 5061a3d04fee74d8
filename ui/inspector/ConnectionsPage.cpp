#include "ConnectionsPage.h"

#include "InspectorWidget.h"

#include <QVBoxLayout>

namespace mcpauth {

ConnectionsPage::ConnectionsPage(Backend& backend, QWidget* parent)
    : ConsolePage(backend, parent)
    , m_inspector(new InspectorWidget(&backend, this))
{
    setObjectName(QStringLiteral("connectionsPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_inspector);
    connect(m_inspector, &InspectorWidget::statusMessage, this, &ConsolePage::statusMessage);
}

QString ConnectionsPage::title() const
{
    return tr("Connections");
}

Capability ConnectionsPage::capability() const
{
    // The inspector talks to MCP servers directly; the backend matters only for remedies, which
    // check ApplicationWrite themselves. Applications is what every backend kind offers.
    return Capability::Applications;
}

void ConnectionsPage::refresh()
{
    // Nothing here comes from the backend: a run is started by the user, never by a data change.
}

void ConnectionsPage::focusFilter()
{
    m_inspector->focusFilter();
}

} // namespace mcpauth
