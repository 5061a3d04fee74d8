#pragma once

#include "backend/ConnectionProfile.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTableWidget;

namespace mcpauth {

class ConnectionProfileStore;
class ProfileSecrets;

// File > Connection Profiles: the saved ways to reach a backend (local SQLite or PostgreSQL, Casdoor,
// any standards-based server), each with what that backend can and cannot do, and the secret in the
// keychain (or for this session only, said plainly, when there is no keychain).
class ConnectionProfilesDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConnectionProfilesDialog)

public:
    // Neither is owned; both must outlive the dialog.
    ConnectionProfilesDialog(ConnectionProfileStore& profiles, ProfileSecrets& secrets, QWidget* parent = nullptr);
    ~ConnectionProfilesDialog() override;

    void selectProfile(const QString& id);

Q_SIGNALS:
    // The user chose Connect on a saved profile; its secret is in ProfileSecrets.
    void connectRequested(const mcpauth::ConnectionProfile& profile);

private:
    void reloadList(const QString& selectId);
    void showProfile(int row);
    void newProfile();
    void deleteProfile();
    void save(bool thenConnect);
    void updateForKind();
    void validateInline();
    [[nodiscard]] ConnectionProfile editedProfile() const;
    void showCapabilities(BackendKind kind);
    void browseForFile();

    ConnectionProfileStore& m_profiles;
    ProfileSecrets& m_secrets;
    QList<ConnectionProfile> m_list;
    QString m_currentId;

    QListWidget* m_listWidget = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_kind = nullptr;
    QLabel* m_locationLabel = nullptr;
    QLineEdit* m_location = nullptr;
    QPushButton* m_browse = nullptr;
    QLabel* m_organizationLabel = nullptr;
    QLineEdit* m_organization = nullptr;
    QLabel* m_clientIdLabel = nullptr;
    QLineEdit* m_clientId = nullptr;
    QLabel* m_secretLabel = nullptr;
    QLineEdit* m_secret = nullptr;
    QLabel* m_secretNote = nullptr;
    QCheckBox* m_default = nullptr;
    QLabel* m_error = nullptr;
    QTableWidget* m_capabilities = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_connect = nullptr;
    QPushButton* m_delete = nullptr;
};

} // namespace mcpauth
