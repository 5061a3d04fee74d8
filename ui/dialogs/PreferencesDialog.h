#pragma once

#include <QDialog>

class QCheckBox;
class QComboBox;
class QSpinBox;

namespace mcpauth {

class ConnectionProfileStore;

// Edit > Preferences: which profile opens at start, and the local server's port. Changes to the server
// apply at the next start, and the dialog says so.
class PreferencesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PreferencesDialog)

public:
    // `profiles` is not owned and must outlive the dialog.
    explicit PreferencesDialog(ConnectionProfileStore& profiles, QWidget* parent = nullptr);
    ~PreferencesDialog() override;

private:
    void save();

    ConnectionProfileStore& m_profiles;
    QComboBox* m_defaultProfile = nullptr;
    QSpinBox* m_port = nullptr;
    QCheckBox* m_startServer = nullptr;
};

} // namespace mcpauth
