#pragma once

#include <QWizardPage>

class QButtonGroup;

namespace mcpauth {

class ConnectionWizard;

// Step 1: which MCP client is to connect.
class ClientPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClientPage)

public:
    explicit ClientPage(ConnectionWizard* wizard);

    bool validatePage() override;

private:
    ConnectionWizard* m_wizard = nullptr;
    QButtonGroup* m_clients = nullptr;
};

} // namespace mcpauth
