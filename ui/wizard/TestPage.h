#pragma once

#include <QWizardPage>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;

namespace mcpauth {

class ConnectionWizard;
class InspectorWidget;
struct FlowResult;

// Step 6: the whole flow as the client will run it (system browser, loopback callback), in the live
// inspector, ending on the tools the server offers; a failure shows the findings with their fixes,
// and Run again checks a fix.
class TestPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TestPage)

public:
    explicit TestPage(ConnectionWizard* wizard);

    void initializePage() override;
    void cleanupPage() override;
    [[nodiscard]] InspectorWidget* inspector() const { return m_inspector; }

private:
    void onFinished(const FlowResult& result);

    ConnectionWizard* m_wizard = nullptr;
    InspectorWidget* m_inspector = nullptr;
    QLabel* m_note = nullptr;
    QPushButton* m_test = nullptr;
    QLabel* m_outcome = nullptr;
    QWidget* m_toolsBox = nullptr; // shown once the server has listed its tools
    QListWidget* m_tools = nullptr;
    QLabel* m_toolDescription = nullptr;
};

} // namespace mcpauth
