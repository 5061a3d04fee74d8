#include "ClientPage.h"

#include "ConnectionWizard.h"

#include <QButtonGroup>
#include <QLabel>
#include <QRadioButton>
#include <QVBoxLayout>

namespace mcpauth {

namespace {

constexpr int kOtherClient = -1;

QString clientDescription(int id)
{
    switch (id) {
    case int(McpClient::ClaudeDesktop):
        return ClientPage::tr("Through mcp-remote, which Claude Desktop starts from claude_desktop_config.json.");
    case int(McpClient::ClaudeCode):
        return ClientPage::tr("An http entry in ~/.claude.json, or the claude mcp add command.");
    case int(McpClient::Cursor):
        return ClientPage::tr("An entry in ~/.cursor/mcp.json; Cursor signs in through its cursor:// link.");
    case int(McpClient::VsCode):
        return ClientPage::tr("An http server in VS Code's user mcp.json.");
    case int(McpClient::Windsurf):
        return ClientPage::tr("A serverUrl entry in ~/.codeium/windsurf/mcp_config.json.");
    case int(McpClient::McpInspector):
        return ClientPage::tr("The MCP Inspector's command line, to list the server's tools.");
    default:
        return ClientPage::tr("Any other MCP client: the console shows what to enter in its settings.");
    }
}

} // namespace

ClientPage::ClientPage(ConnectionWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_clients(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("clientPage"));
    setTitle(tr("Which client do you want to connect?"));
    setSubTitle(tr("The wizard writes that client's configuration and creates what it needs on the "
                   "authorization server."));
    auto* layout = new QVBoxLayout(this);
    QList<int> ids;
    for (int i = int(McpClient::ClaudeDesktop); i <= int(McpClient::McpInspector); ++i)
        ids << i;
    ids << kOtherClient;
    for (const int id : ids) {
        const std::optional<McpClient> client
            = id == kOtherClient ? std::nullopt : std::optional<McpClient>(McpClient(id));
        auto* radio = new QRadioButton(ConnectionPlan::clientTitle(client), this);
        radio->setObjectName(
            QStringLiteral("client_%1").arg(client ? mcpClientName(*client) : QStringLiteral("other")));
        radio->setAccessibleName(ConnectionPlan::clientTitle(client));
        radio->setAccessibleDescription(clientDescription(id));
        auto* note = new QLabel(clientDescription(id), this);
        note->setObjectName(radio->objectName() + QStringLiteral("_note"));
        note->setIndent(24);
        note->setWordWrap(true);
        note->setForegroundRole(QPalette::PlaceholderText);
        m_clients->addButton(radio, id);
        layout->addWidget(radio);
        layout->addWidget(note);
    }
    layout->addStretch(1);
    m_clients->button(int(McpClient::ClaudeDesktop))->setChecked(true);
}

bool ClientPage::validatePage()
{
    const int id = m_clients->checkedId();
    m_wizard->plan().client = id == kOtherClient ? std::nullopt : std::optional<McpClient>(McpClient(id));
    return true;
}

} // namespace mcpauth
