#include "ConnectionWizard.h"

#include "ClientPage.h"
#include "ConfigPage.h"
#include "IdentityPage.h"
#include "ScopesPage.h"
#include "ServerPage.h"
#include "TestPage.h"
#include "backend/Backend.h"

#include <QAbstractButton>
#include <tuple>

namespace mcpauth {

ConnectionWizard::ConnectionWizard(Backend& backend, const QString& builtInServerUrl, QWidget* parent)
    : QWizard(parent)
    , m_backend(&backend)
    , m_builtInServerUrl(builtInServerUrl)
{
    setObjectName(QStringLiteral("connectionWizard"));
    setWindowTitle(tr("New Connection"));
    setAccessibleName(tr("New connection wizard"));
    // The classic style on every system: a page list is not needed, and the Aero and Mac styles hide
    // the subtitle that explains each step.
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setOption(QWizard::HaveHelpButton, false);
    setPage(ClientPageId, new ClientPage(this));
    setPage(ServerPageId, new ServerPage(this));
    setPage(IdentityPageId, new IdentityPage(this));
    setPage(ScopesPageId, new ScopesPage(this));
    setPage(ConfigPageId, new ConfigPage(this));
    setPage(TestPageId, new TestPage(this));
    setStartId(ClientPageId);
    const QList<std::tuple<WizardButton, QString, QString>> buttons{
        {QWizard::BackButton, QStringLiteral("wizardBack"), tr("Back")},
        {QWizard::NextButton, QStringLiteral("wizardNext"), tr("Next")},
        {QWizard::FinishButton, QStringLiteral("wizardFinish"), tr("Finish")},
        {QWizard::CancelButton, QStringLiteral("wizardCancel"), tr("Cancel")},
        {QWizard::CommitButton, QStringLiteral("wizardCommit"), tr("Commit")},
        {QWizard::HelpButton, QStringLiteral("wizardHelp"), tr("Help")},
    };
    for (const auto& [which, name, accessible] : buttons) {
        button(which)->setObjectName(name);
        button(which)->setAccessibleName(accessible);
    }
    resize(1180, 860);
}

ConnectionWizard::~ConnectionWizard() = default;

} // namespace mcpauth
