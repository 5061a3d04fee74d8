#include "ConnectionsPage.h"

#include "InspectorWidget.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mcpauth {

ConnectionsPage::ConnectionsPage(Backend& backend, QWidget* parent)
    : ConsolePage(backend, parent)
    , m_inspector(new InspectorWidget(&backend, this))
{
    setObjectName(QStringLiteral("connectionsPage"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto* wizardRow = new QHBoxLayout;
    wizardRow->setContentsMargins(9, 9, 9, 0);
    auto* wizardHint = new QLabel(tr("Connect Claude Desktop, Claude Code, Cursor, VS Code, Windsurf or the MCP "
                                     "Inspector step by step, or inspect any MCP server below."),
        this);
    wizardHint->setObjectName(QStringLiteral("newConnectionHint"));
    wizardHint->setWordWrap(true);
    auto* wizardButton = new QPushButton(tr("New &Connection…"), this);
    wizardButton->setObjectName(QStringLiteral("newConnection"));
    wizardButton->setAccessibleName(tr("New connection"));
    wizardButton->setToolTip(tr("Open the connection wizard (Ctrl+Shift+N)."));
    wizardRow->addWidget(wizardHint, 1);
    wizardRow->addWidget(wizardButton);
    layout->addLayout(wizardRow);
    layout->addWidget(m_inspector);
    connect(wizardButton, &QPushButton::clicked, this, &ConnectionsPage::newConnectionRequested);
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
