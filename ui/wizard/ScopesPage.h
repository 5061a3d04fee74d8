#pragma once

#include <QWizardPage>

class QLabel;
class QListWidget;

namespace mcpauth {

class ConnectionWizard;

// Step 4: the scopes the client asks for, with their descriptions. None checked: the client asks
// for what the server advertises (MCP scope selection).
class ScopesPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ScopesPage)

public:
    explicit ScopesPage(ConnectionWizard* wizard);

    void initializePage() override;
    bool validatePage() override;

private:
    void updateSummary();

    ConnectionWizard* m_wizard = nullptr;
    QListWidget* m_scopes = nullptr;
    QLabel* m_summary = nullptr;
};

} // namespace mcpauth
