#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace mcpauth {

class ConnectionProfileStore;

// Edit > Preferences: the language, which profile opens at start, the local server's address and port,
// the log level and the data folder. The log level applies at once; the rest at the next start, and the
// dialog says so next to each.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    // `profiles` is not owned and must outlive the dialog.
    explicit PreferencesDialog(ConnectionProfileStore& profiles, QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    // The folder shown: the one chosen, or the default (DataPaths) when none was.
    [[nodiscard]] QString dataFolder() const;
    // Sets the folder as if chosen in the file dialog (the tests' way past the native dialog).
    void setDataFolder(const QString& folder);

private:
    void save();
    void validateAddress();
    void chooseDataFolder();

    ConnectionProfileStore& m_profiles;
    QComboBox* m_language = nullptr;
    QComboBox* m_defaultProfile = nullptr;
    QCheckBox* m_startServer = nullptr;
    QLineEdit* m_address = nullptr;
    QLabel* m_addressNote = nullptr;
    QSpinBox* m_port = nullptr;
    QComboBox* m_logLevel = nullptr;
    QLineEdit* m_dataFolder = nullptr;
    QPushButton* m_chooseDataFolder = nullptr;
    QPushButton* m_openDataFolder = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QString m_chosenDataFolder; // empty: the default
};

} // namespace mcpauth
