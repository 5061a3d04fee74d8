#include "ServerPage.h"

#include "ConnectionWizard.h"
#include "backend/Backend.h"
#include "flow/ServerDiscovery.h"
#include "widgets/StatusColors.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QRadioButton>
#include <QTimer>
#include <QVBoxLayout>

namespace mcpauth {

namespace {

constexpr int kDiscoverySteps = 3; // unauthenticated request, resource metadata, AS metadata

QLabel* valueLabel(const QString& name, const QString& accessible, QWidget* parent)
{
    auto* label = new QLabel(parent);
    label->setObjectName(name);
    label->setAccessibleName(accessible);
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return label;
}

} // namespace

ServerPage::ServerPage(ConnectionWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_discovery(new ServerDiscovery(this))
    , m_debounce(new QTimer(this))
    , m_source(new QButtonGroup(this))
{
    setObjectName(QStringLiteral("serverPage"));
    setTitle(tr("Which MCP server?"));
    setSubTitle(tr("The wizard asks the server at once how it is protected, the way a client will."));

    const QString builtIn = m_wizard->builtInServerUrl();
    m_builtIn = new QRadioButton(builtIn.isEmpty() ? tr("The built-in MCP server (not running)")
                                                   : tr("The built-in MCP server: %1").arg(builtIn),
        this);
    m_builtIn->setObjectName(QStringLiteral("serverBuiltIn"));
    m_builtIn->setAccessibleName(tr("The built-in MCP server"));
    m_builtIn->setEnabled(!builtIn.isEmpty());
    if (builtIn.isEmpty())
        m_builtIn->setToolTip(tr("The local server is not running: start it in Preferences, or choose a URL."));
    m_resource = new QRadioButton(tr("A &registered resource:"), this);
    m_resource->setObjectName(QStringLiteral("serverResource"));
    m_resource->setAccessibleName(tr("A registered resource"));
    m_resources = new QComboBox(this);
    m_resources->setObjectName(QStringLiteral("resourceChoice"));
    m_resources->setAccessibleName(tr("Registered resources"));
    m_resources->setEnabled(false);
    m_custom = new QRadioButton(tr("Any &URL:"), this);
    m_custom->setObjectName(QStringLiteral("serverCustom"));
    m_custom->setAccessibleName(tr("Any MCP server URL"));
    m_url = new QLineEdit(this);
    m_url->setObjectName(QStringLiteral("serverUrl"));
    m_url->setAccessibleName(tr("MCP server URL"));
    m_url->setPlaceholderText(tr("https://mcp.example.com/mcp"));
    m_url->setClearButtonEnabled(true);
    m_source->addButton(m_builtIn, 0);
    m_source->addButton(m_resource, 1);
    m_source->addButton(m_custom, 2);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("discoveryProgress"));
    m_progress->setAccessibleName(tr("Discovery progress"));
    m_progress->setRange(0, kDiscoverySteps);
    m_progress->setTextVisible(false);
    m_progress->setMaximumHeight(m_progress->fontMetrics().height() / 2 + 4);
    m_status = valueLabel(QStringLiteral("discoveryStatus"), tr("Discovery status"), this);
    m_prm = valueLabel(QStringLiteral("discoveredResourceMetadata"), tr("Protected resource metadata"), this);
    m_issuer = valueLabel(QStringLiteral("discoveredIssuer"), tr("Authorization server"), this);
    m_registration = valueLabel(QStringLiteral("discoveredRegistration"), tr("Client registration"), this);
    m_scopes = valueLabel(QStringLiteral("discoveredScopes"), tr("Scopes"), this);

    auto* choice = new QGridLayout;
    choice->addWidget(m_builtIn, 0, 0, 1, 2);
    choice->addWidget(m_resource, 1, 0);
    choice->addWidget(m_resources, 1, 1);
    choice->addWidget(m_custom, 2, 0);
    choice->addWidget(m_url, 2, 1);
    choice->setColumnStretch(1, 1);
    auto* found = new QFormLayout;
    found->addRow(tr("Resource metadata:"), m_prm);
    found->addRow(tr("Authorization server:"), m_issuer);
    found->addRow(tr("Registration:"), m_registration);
    found->addRow(tr("Scopes:"), m_scopes);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(choice);
    layout->addSpacing(8);
    layout->addWidget(m_progress);
    layout->addWidget(m_status);
    layout->addLayout(found);
    layout->addStretch(1);

    m_debounce->setSingleShot(true);
    m_debounce->setInterval(500);
    connect(m_debounce, &QTimer::timeout, this, &ServerPage::discover);
    connect(m_source, &QButtonGroup::idClicked, this, [this](int id) {
        m_resources->setEnabled(id == 1);
        m_url->setEnabled(id == 2);
        if (id == 2)
            m_url->setFocus();
        discover();
    });
    connect(m_resources, &QComboBox::currentIndexChanged, this, [this] {
        if (m_resource->isChecked())
            discover();
    });
    connect(m_url, &QLineEdit::textEdited, this, [this] {
        m_custom->setChecked(true);
        m_resources->setEnabled(false);
        m_debounce->start();
    });
    connect(m_url, &QLineEdit::returnPressed, this, &ServerPage::discover);
    connect(m_discovery, &ServerDiscovery::stepStarted, this, [this](FlowStep step) {
        m_progress->setValue(qMin(int(step), kDiscoverySteps));
        m_status->setText(tr("Discovering: %1…").arg(flowStepTitle(step)));
    });
    connect(m_discovery, &ServerDiscovery::finished, this, &ServerPage::onDiscovered);
    showSummary(nullptr);
}

void ServerPage::initializePage()
{
    if (!m_source->checkedButton()) {
        (m_builtIn->isEnabled() ? m_builtIn : m_custom)->setChecked(true);
        m_url->setEnabled(m_custom->isChecked());
    }
    loadResources();
    discover();
}

void ServerPage::loadResources()
{
    Backend& backend = m_wizard->backend();
    backend.organizations(this, [this](Result<QList<Organization>> orgs) {
        if (!orgs || orgs->isEmpty()) {
            m_resource->setEnabled(false);
            m_resource->setToolTip(orgs ? tr("This backend has no organization.") : orgs.error().message);
            return;
        }
        m_wizard->setOrganizationId(orgs->constFirst().id);
        m_wizard->backend().resources(orgs->constFirst().id, this, [this](Result<QList<Resource>> resources) {
            const QString current = m_resources->currentData().toString();
            m_resources->clear();
            if (!resources) {
                m_resource->setToolTip(resources.error().message);
                m_resource->setEnabled(false);
                return;
            }
            for (const Resource& r : *resources)
                m_resources->addItem(r.displayName.isEmpty() ? r.uri : tr("%1 (%2)").arg(r.displayName, r.uri), r.uri);
            m_resource->setEnabled(m_resources->count() > 0);
            if (m_resources->count() == 0)
                m_resource->setToolTip(tr("No resource is registered yet (Resources & Scopes)."));
            if (const int index = m_resources->findData(current); index >= 0)
                m_resources->setCurrentIndex(index);
        });
    });
}

QString ServerPage::selectedUrl() const
{
    if (m_builtIn->isChecked())
        return m_wizard->builtInServerUrl();
    if (m_resource->isChecked())
        return m_resources->currentData().toString();
    return m_url->text().trimmed();
}

void ServerPage::discover()
{
    m_debounce->stop();
    const QString url = selectedUrl();
    if (url == m_discoveredUrl && (m_discovery->isRunning() || m_succeeded))
        return;
    m_discoveredUrl = url;
    m_succeeded = false;
    showSummary(nullptr);
    Q_EMIT completeChanged();
    if (url.isEmpty()) {
        m_discovery->cancel();
        m_status->setText(tr("Choose a server, or enter the URL of its MCP endpoint."));
        return;
    }
    const QUrl parsed(url, QUrl::StrictMode);
    if (!parsed.isValid() || (parsed.scheme() != QLatin1String("https") && parsed.scheme() != QLatin1String("http"))
        || parsed.host().isEmpty()) {
        m_discovery->cancel();
        m_status->setText(tr("The MCP server URL must start with https:// (or http:// for this computer)."));
        return;
    }
    m_progress->setValue(0);
    m_progress->setVisible(true);
    m_status->setText(tr("Discovering %1…").arg(url));
    m_discovery->start(url);
}

void ServerPage::onDiscovered(const DiscoverySummary& summary)
{
    m_progress->setValue(kDiscoverySteps);
    m_succeeded = summary.succeeded;
    m_wizard->setDiscovery(summary);
    showSummary(&summary);
    if (summary.succeeded)
        m_status->setText(summary.openServer
                ? tr("%1 answers without any authorization: clients need no sign-in.").arg(summary.mcpUrl)
                : tr("Found how %1 is protected.").arg(summary.mcpUrl));
    else
        m_status->setText(summary.failedStep
                ? tr("Discovery failed at “%1”: %2").arg(flowStepTitle(*summary.failedStep), summary.error)
                : tr("Discovery failed: %1").arg(summary.error));
    StatusColors::apply(m_status, summary.succeeded ? StatusColors::Kind::Success : StatusColors::Kind::Error);
    Q_EMIT completeChanged();
}

void ServerPage::showSummary(const DiscoverySummary* s)
{
    m_status->setPalette(palette());
    if (!s) {
        for (QLabel* label : {m_prm, m_issuer, m_registration, m_scopes})
            label->setText(tr("…"));
        return;
    }
    m_prm->setText(s->resourceMetadataUrl.isEmpty()
            ? tr("none found")
            : (s->resource.isEmpty() ? s->resourceMetadataUrl
                                     : tr("%1 (resource %2)").arg(s->resourceMetadataUrl, s->resource)));
    m_issuer->setText(s->issuer.isEmpty() ? tr("none found") : s->issuer);
    QStringList ways;
    if (s->supportsDynamicRegistration())
        ways << tr("dynamic registration (DCR) at %1").arg(s->registrationEndpoint);
    if (s->clientIdMetadataDocuments)
        ways << tr("client ID metadata documents (CIMD)");
    ways << tr("pre-registered applications");
    m_registration->setText(s->issuer.isEmpty() ? tr("unknown") : ways.join(QStringLiteral("; ")));
    m_scopes->setText(s->scopes.isEmpty() ? tr("none advertised") : s->scopes.join(QLatin1Char(' ')));
}

bool ServerPage::isComplete() const
{
    return m_succeeded && !m_discovery->isRunning() && m_discoveredUrl == selectedUrl();
}

bool ServerPage::validatePage()
{
    m_wizard->plan().serverUrl = m_discoveredUrl;
    return isComplete();
}

} // namespace mcpauth
