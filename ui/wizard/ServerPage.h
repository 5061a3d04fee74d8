#pragma once

#include <QWizardPage>

class QButtonGroup;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QProgressBar;
class QRadioButton;
class QTimer;

namespace mcpauth {

class ConnectionWizard;
class ServerDiscovery;
struct DiscoverySummary;

// Step 2: the MCP server (the built-in one, a registered resource, or any URL). Discovery runs as
// soon as a server is chosen and says what it found: protected resource metadata, authorization
// server, how clients can register, scopes; or why it failed, in words.
class ServerPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ServerPage)

public:
    explicit ServerPage(ConnectionWizard* wizard);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;
    [[nodiscard]] QString selectedUrl() const;

private:
    void loadResources();
    void discover();
    void onDiscovered(const DiscoverySummary& summary);
    void showSummary(const DiscoverySummary* summary);

    ConnectionWizard* m_wizard = nullptr;
    ServerDiscovery* m_discovery = nullptr;
    QTimer* m_debounce = nullptr;
    QButtonGroup* m_source = nullptr;
    QRadioButton* m_builtIn = nullptr;
    QRadioButton* m_resource = nullptr;
    QRadioButton* m_custom = nullptr;
    QComboBox* m_resources = nullptr;
    QLineEdit* m_url = nullptr;
    QProgressBar* m_progress = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_prm = nullptr;
    QLabel* m_issuer = nullptr;
    QLabel* m_registration = nullptr;
    QLabel* m_scopes = nullptr;
    QString m_discoveredUrl; // the URL the shown summary is for
    bool m_succeeded = false;
};

} // namespace mcpauth
