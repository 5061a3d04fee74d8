#pragma once

#include "domain/Application.h"

#include <QList>
#include <QWizardPage>

class QButtonGroup;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QRadioButton;

namespace mcpauth {

class ConnectionWizard;

// Step 3: how the client identifies itself to the authorization server: a new application from the
// client's template (created on the current backend when the user goes on), an existing application,
// or the client registering itself (DCR or a client ID metadata document), with what it will send.
class IdentityPage final : public QWizardPage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(IdentityPage)

public:
    explicit IdentityPage(ConnectionWizard* wizard);

    void initializePage() override;
    [[nodiscard]] bool isComplete() const override;
    bool validatePage() override;

private:
    void loadApplications();
    void updateDetails();
    void createApplication();

    ConnectionWizard* m_wizard = nullptr;
    QButtonGroup* m_choice = nullptr;
    QRadioButton* m_create = nullptr;
    QRadioButton* m_reuse = nullptr;
    QRadioButton* m_self = nullptr;
    QLineEdit* m_name = nullptr;
    QComboBox* m_existing = nullptr;
    QPlainTextEdit* m_details = nullptr;
    QLabel* m_status = nullptr;
    QList<Application> m_applications;
    QString m_createdClientId; // the application this wizard created, so Back and Next do not create two
    QString m_createdFor; // the client and server it was created for
    bool m_busy = false;
};

} // namespace mcpauth
