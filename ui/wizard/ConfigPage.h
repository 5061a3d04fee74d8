#pragma once

#include "clientconfig/ClientConfig.h"
#include "clientconfig/ConfigFilePlan.h"

#include <QWizardPage>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace mcpauth {

class ConnectionWizard;

// Step 5: the client's configuration for this system: the exact JSON entry or command, the file
// it goes into (editable, or chosen with the file dialog), the diff against the file as it is, then
// Write (with a backup, ConfigFileWriter) or Copy. A command the client will run is shown in full
// with a warning: writing it lets the client execute it (MCP-AUTH.md 1.2 item 17).
class ConfigPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConfigPage)

public:
    explicit ConfigPage(ConnectionWizard* wizard);

    void initializePage() override;
    // Writes the reviewed plan; false with the reason shown when it could not.
    bool write();

private:
    void regenerate();
    void replan();
    void chooseFile();
    void copy();

    ConnectionWizard* m_wizard = nullptr;
    std::optional<ClientConfig> m_config;
    std::optional<ConfigFilePlan> m_plan;
    QComboBox* m_os = nullptr;
    QLineEdit* m_name = nullptr;
    QPlainTextEdit* m_snippet = nullptr;
    QLabel* m_commandWarning = nullptr;
    QPlainTextEdit* m_command = nullptr;
    QLabel* m_notes = nullptr;
    QLineEdit* m_file = nullptr;
    QPushButton* m_browse = nullptr;
    QPlainTextEdit* m_diff = nullptr;
    QPushButton* m_write = nullptr;
    QPushButton* m_copy = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace mcpauth
