#pragma once

#include "domain/Application.h"
#include "store/ApplicationRepository.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;
class QTabWidget;

class QFormLayout;

namespace mcpauth {

class Backend;
class FieldErrorLabels;
class RedirectUriEditor;

// Creates or edits an application, every field of PRODUCT.md 1.1, with the domain's validation shown
// under the field it names while typing; Save stays disabled until the application is valid. A new
// application can start from a template (Claude Desktop, Cursor, …). Saving goes through the backend;
// a refusal from there is shown under its field too.
class ApplicationEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplicationEditorDialog)

public:
    // A new application (empty `application.id`) or an existing one to edit.
    ApplicationEditorDialog(Backend& backend, const Application& application, QWidget* parent = nullptr);
    ~ApplicationEditorDialog() override;

    [[nodiscard]] bool isNew() const { return m_original.id.isEmpty(); }
    // The application as the form describes it now.
    [[nodiscard]] Application application() const;
    // Fills the form from a template (ApplicationTemplate::id); false when there is none of that id.
    bool applyTemplate(const QString& templateId);

Q_SIGNALS:
    // Saved through the backend; `saved.clientSecret` is the generated secret of a new confidential client.
    void saved(const SavedApplication& saved);

private:
    QWidget* buildGeneralTab();
    QWidget* buildRedirectsTab();
    QWidget* buildTokensTab();
    enum class NoteEffect { Explain, Disable };
    // The backend's difference on `topic` under its fields, also as their tooltip, and the fields
    // disabled when the backend cannot store them (Disable); nothing when the backend does not differ.
    void addDifferenceNote(QFormLayout* form, const QString& topic, const QList<QWidget*>& fields, NoteEffect effect);
    void loadOrganizations();
    void setForm(const Application& app);
    void updateTypes();
    void validate();
    void save();

    Backend& m_backend;
    Application m_original;
    bool m_loading = false;
    bool m_saving = false;
    bool m_organizationsLoaded = false;

    FieldErrorLabels* m_errors = nullptr;
    QTabWidget* m_tabs = nullptr;
    QComboBox* m_template = nullptr;
    QLabel* m_templateNote = nullptr;
    QComboBox* m_organization = nullptr;
    QLineEdit* m_name = nullptr;
    QLineEdit* m_displayName = nullptr;
    QPlainTextEdit* m_description = nullptr;
    QLineEdit* m_clientId = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_type = nullptr;
    QComboBox* m_clientType = nullptr;
    QComboBox* m_authMethod = nullptr;
    RedirectUriEditor* m_redirects = nullptr;
    QCheckBox* m_authorizationCode = nullptr;
    QCheckBox* m_refreshToken = nullptr;
    QCheckBox* m_clientCredentials = nullptr;
    QCheckBox* m_pkce = nullptr;
    QComboBox* m_tokenFormat = nullptr;
    QComboBox* m_signingAlgorithm = nullptr;
    QSpinBox* m_accessLifetime = nullptr;
    QSpinBox* m_refreshLifetime = nullptr;
    QComboBox* m_consentPolicy = nullptr;
    QLineEdit* m_scopes = nullptr;
    QLineEdit* m_corsOrigins = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace mcpauth
