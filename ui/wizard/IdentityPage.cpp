#include "IdentityPage.h"

#include "ConnectionWizard.h"
#include "backend/Backend.h"
#include "redirect/RedirectUriRules.h"
#include "widgets/ErrorMessage.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace mcpauth {

namespace {

enum Choice { Create, Reuse, Self };

} // namespace

IdentityPage::IdentityPage(ConnectionWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_choice(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("identityPage"));
    setTitle(tr("How does the client identify itself?"));
    m_create = new QRadioButton(tr("&Create an application for it, named:"), this);
    m_create->setObjectName(QStringLiteral("identityCreate"));
    m_create->setAccessibleName(tr("Create an application"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("applicationName"));
    m_name->setAccessibleName(tr("Name of the new application"));
    m_reuse = new QRadioButton(tr("&Reuse an existing application:"), this);
    m_reuse->setObjectName(QStringLiteral("identityReuse"));
    m_reuse->setAccessibleName(tr("Reuse an existing application"));
    m_existing = new QComboBox(this);
    m_existing->setObjectName(QStringLiteral("existingApplication"));
    m_existing->setAccessibleName(tr("Existing application"));
    m_self = new QRadioButton(tr("Let the client &register itself"), this);
    m_self->setObjectName(QStringLiteral("identitySelf"));
    m_self->setAccessibleName(tr("Let the client register itself"));
    m_choice->addButton(m_create, Create);
    m_choice->addButton(m_reuse, Reuse);
    m_choice->addButton(m_self, Self);
    m_details = new QPlainTextEdit(this);
    m_details->setObjectName(QStringLiteral("identityDetails"));
    m_details->setAccessibleName(tr("What the client will use"));
    m_details->setReadOnly(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("identityStatus"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setWordWrap(true);

    auto* grid = new QGridLayout;
    grid->addWidget(m_create, 0, 0);
    grid->addWidget(m_name, 0, 1);
    grid->addWidget(m_reuse, 1, 0);
    grid->addWidget(m_existing, 1, 1);
    grid->addWidget(m_self, 2, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(grid);
    layout->addWidget(m_details, 1);
    layout->addWidget(m_status);

    connect(m_choice, &QButtonGroup::idClicked, this, [this] {
        updateDetails();
        Q_EMIT completeChanged();
    });
    connect(m_name, &QLineEdit::textChanged, this, [this] {
        m_create->setChecked(true);
        updateDetails();
        Q_EMIT completeChanged();
    });
    connect(m_existing, &QComboBox::currentIndexChanged, this, [this] {
        updateDetails();
        Q_EMIT completeChanged();
    });
}

void IdentityPage::initializePage()
{
    const ConnectionPlan& plan = m_wizard->plan();
    setSubTitle(tr("%1 needs a client ID on %2's authorization server (%3).")
                    .arg(ConnectionPlan::clientTitle(plan.client), plan.serverUrl,
                        m_wizard->discovery().issuer.isEmpty() ? tr("unknown") : m_wizard->discovery().issuer));
    const Backend& backend = m_wizard->backend();
    const bool canWrite = backend.capabilities().supports(Capability::ApplicationWrite);
    m_create->setEnabled(canWrite);
    m_name->setEnabled(canWrite);
    m_create->setToolTip(canWrite ? QString() : backend.capabilities().reason(Capability::ApplicationWrite));
    const bool canSelf = !m_wizard->discovery().selfRegistration().isEmpty();
    m_self->setEnabled(canSelf);
    m_self->setToolTip(canSelf ? QString()
                               : tr("The authorization server offers neither dynamic registration nor client ID "
                                    "metadata documents."));
    if (!m_choice->checkedButton() || !m_choice->checkedButton()->isEnabled())
        (canWrite ? m_create : canSelf ? m_self : m_reuse)->setChecked(true);
    m_status->clear();
    loadApplications();
    updateDetails();
}

void IdentityPage::loadApplications()
{
    m_wizard->backend().applications(m_wizard->organizationId(), this, [this](Result<QList<Application>> apps) {
        if (!apps) {
            m_status->setText(ErrorMessage::sentence(tr("Could not list the applications."), apps.error()));
            return;
        }
        m_applications = *apps;
        const QString current = m_existing->currentData().toString();
        const QSignalBlocker blocker(m_existing);
        m_existing->clear();
        QStringList names;
        for (const Application& app : m_applications) {
            names << app.name;
            if (app.isConfidential())
                continue; // a client file holds no secret: only public clients can be configured
            m_existing->addItem(
                tr("%1 (%2)").arg(app.displayName.isEmpty() ? app.name : app.displayName, app.clientId), app.clientId);
        }
        if (const int index = m_existing->findData(current); index >= 0)
            m_existing->setCurrentIndex(index);
        m_reuse->setEnabled(m_existing->count() > 0);
        m_existing->setEnabled(m_existing->count() > 0);
        if (m_name->text().isEmpty() && m_createdClientId.isEmpty()) {
            const QSignalBlocker nameBlocker(m_name);
            const QString base = ConnectionPlan::templateId(m_wizard->plan().client);
            m_name->setText(ConnectionPlan::freeName(base.isEmpty() ? QStringLiteral("mcp-client") : base, names));
        }
        updateDetails();
        Q_EMIT completeChanged();
    });
}

void IdentityPage::updateDetails()
{
    ConnectionPlan plan = m_wizard->plan();
    QStringList lines;
    switch (m_choice->checkedId()) {
    case Create: {
        lines << tr("A public client (no secret, PKCE required) with these redirect URIs, from the %1 template:")
                     .arg(ConnectionPlan::clientTitle(plan.client));
        for (const QString& uri : plan.redirectUris())
            lines << QStringLiteral("  %1").arg(uri);
        lines << tr("Allowed scopes: %1")
                     .arg(m_wizard->discovery().scopes.isEmpty() ? tr("none")
                                                                 : m_wizard->discovery().scopes.join(QLatin1Char(' ')));
        lines << tr("It is created on %1 when you click Next.").arg(m_wizard->backend().displayName());
        break;
    }
    case Reuse: {
        const QString clientId = m_existing->currentData().toString();
        for (const Application& app : m_applications) {
            if (app.clientId != clientId)
                continue;
            lines << tr("Client ID: %1").arg(app.clientId);
            lines << tr("Registered redirect URIs:");
            for (const QString& uri : app.redirectUris)
                lines << QStringLiteral("  %1").arg(uri);
            // Does the application accept what the client sends? Checked with the server's own rules.
            QStringList missing;
            for (const QString& uri : plan.redirectUris()) {
                const QString sample = QString(uri).replace(QStringLiteral(":*"), QStringLiteral(":49152"));
                if (!RedirectUriRules::match(app.redirectUris, sample).matched)
                    missing << uri;
            }
            if (!missing.isEmpty())
                lines << tr("Warning: %1 may send a redirect URI this application does not list: %2")
                             .arg(ConnectionPlan::clientTitle(plan.client), missing.join(QStringLiteral(", ")));
        }
        break;
    }
    case Self:
        plan.identity = ConnectionPlan::Identity::SelfRegistration;
        lines << plan.selfRegistration(m_wizard->discovery());
        break;
    default:
        break;
    }
    m_details->setPlainText(lines.join(QLatin1Char('\n')));
}

bool IdentityPage::isComplete() const
{
    if (m_busy)
        return false;
    switch (m_choice->checkedId()) {
    case Create:
        return !m_name->text().trimmed().isEmpty();
    case Reuse:
        return m_existing->currentIndex() >= 0;
    case Self:
        return true;
    default:
        return false;
    }
}

bool IdentityPage::validatePage()
{
    ConnectionPlan& plan = m_wizard->plan();
    switch (m_choice->checkedId()) {
    case Reuse:
        plan.identity = ConnectionPlan::Identity::ExistingApplication;
        plan.clientId = m_existing->currentData().toString();
        return true;
    case Self:
        plan.identity = ConnectionPlan::Identity::SelfRegistration;
        plan.clientId.clear();
        return true;
    case Create: {
        const QString key = QStringLiteral("%1 %2").arg(ConnectionPlan::templateId(plan.client), plan.serverUrl);
        if (!m_createdClientId.isEmpty() && m_createdFor == key) {
            plan.identity = ConnectionPlan::Identity::NewApplication;
            plan.clientId = m_createdClientId;
            return true;
        }
        // Created asynchronously; the page moves on by itself once the backend has answered.
        createApplication();
        return false;
    }
    default:
        return false;
    }
}

void IdentityPage::createApplication()
{
    ConnectionPlan plan = m_wizard->plan();
    const Application app
        = plan.newApplication(m_wizard->organizationId(), m_name->text().trimmed(), m_wizard->discovery().scopes);
    m_busy = true;
    Q_EMIT completeChanged();
    m_status->setText(tr("Creating the application %1…").arg(app.name));
    m_wizard->backend().createApplication(app, this, [this, plan](Result<SavedApplication> saved) {
        m_busy = false;
        Q_EMIT completeChanged();
        if (!saved) {
            m_status->setText(ErrorMessage::sentence(tr("Could not create the application."), saved.error()));
            m_name->setFocus();
            return;
        }
        m_createdClientId = saved->application.clientId;
        m_createdFor = QStringLiteral("%1 %2").arg(ConnectionPlan::templateId(plan.client), plan.serverUrl);
        m_status->setText(tr("Created the application %1 with the client ID %2.")
                              .arg(saved->application.name, saved->application.clientId));
        Q_EMIT m_wizard->statusMessage(m_status->text());
        m_wizard->next();
    });
}

} // namespace mcpauth
