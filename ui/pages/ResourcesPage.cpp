#include "ResourcesPage.h"

#include "backend/Backend.h"
#include "dialogs/ResourceEditorDialog.h"
#include "dialogs/ScopeEditorDialog.h"
#include "mcp/McpCatalog.h"
#include "mcp/McpEndpoint.h"

#include <QFontDatabase>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QUrl>
#include <QVBoxLayout>

namespace mcpauth {

namespace {

const QString kMcpPath = QStringLiteral("/mcp");

QTreeWidget* makeList(QWidget* parent, const QString& name, const QString& accessible, const QStringList& headers)
{
    auto* list = new QTreeWidget(parent);
    list->setObjectName(name);
    list->setAccessibleName(accessible);
    list->setRootIsDecorated(false);
    list->setAlternatingRowColors(true);
    list->setUniformRowHeights(true);
    list->setHeaderLabels(headers);
    return list;
}

QPushButton* makeButton(
    QWidget* parent, QLayout* layout, const QString& text, const QString& name, const QString& accessible)
{
    auto* button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setAccessibleName(accessible);
    layout->addWidget(button);
    return button;
}

// The built-in MCP server's resource: the local issuer followed by /mcp, with the catalogue's tool map.
bool isBuiltIn(const Resource& r)
{
    return r.uri.endsWith(kMcpPath) && !r.toolScopes.isEmpty() && r.toolScopes == McpCatalog::toolScopes();
}

// RFC 9728 section 3.1: the well-known segment goes between the host and the resource's path.
QString metadataUrl(const QString& resource)
{
    QUrl url(resource);
    if (!url.isValid() || url.host().isEmpty())
        return {};
    const QString path = url.path() == QLatin1String("/") ? QString() : url.path();
    url.setPath(QStringLiteral("/.well-known/oauth-protected-resource") + path);
    url.setQuery(QString());
    return url.toString();
}

} // namespace

ResourcesPage::ResourcesPage(Backend& backend, QWidget* parent)
    : ConsolePage(backend, parent)
{
    setObjectName(QStringLiteral("resourcesPage"));
    auto* layout = new QVBoxLayout(this);

    auto* header = new QHBoxLayout;
    auto* heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(title().toHtmlEscaped()), this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("resourceFilterLineEdit"));
    m_filter->setPlaceholderText(tr("Filter by URI, name or scope (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter resources"));
    m_filter->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("resourceCountLabel"));
    header->addWidget(heading);
    header->addStretch();
    header->addWidget(m_count);
    header->addWidget(m_filter, 1);
    layout->addLayout(header);

    auto* buttons = new QHBoxLayout;
    m_newButton
        = makeButton(this, buttons, tr("&New Resource…"), QStringLiteral("newResourceButton"), tr("New resource"));
    m_editButton = makeButton(this, buttons, tr("&Edit…"), QStringLiteral("editResourceButton"), tr("Edit resource"));
    m_deleteButton
        = makeButton(this, buttons, tr("&Delete…"), QStringLiteral("deleteResourceButton"), tr("Delete resource"));
    buttons->addStretch();
    layout->addLayout(buttons);

    auto* splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("resourcesSplitter"));
    m_list = makeList(splitter, QStringLiteral("resourcesTreeWidget"), tr("Resources"),
        {tr("URI"), tr("Display name"), tr("Scopes")});
    m_list->setSortingEnabled(true);
    m_list->sortByColumn(0, Qt::AscendingOrder);
    setFocusProxy(m_list);

    auto* details = new QWidget(splitter);
    details->setObjectName(QStringLiteral("resourceDetailsPane"));
    auto* detailsLayout = new QVBoxLayout(details);
    detailsLayout->setContentsMargins(6, 0, 0, 0);
    m_summary = new QLabel(details);
    m_summary->setObjectName(QStringLiteral("resourceSummaryLabel"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    detailsLayout->addWidget(m_summary);

    auto* scopesBox = new QGroupBox(tr("Scopes"), details);
    auto* scopesLayout = new QVBoxLayout(scopesBox);
    m_scopeList = makeList(scopesBox, QStringLiteral("scopesTreeWidget"), tr("Scopes of the selected resource"),
        {tr("Name"), tr("Display name"), tr("Description")});
    scopesLayout->addWidget(m_scopeList);
    auto* scopeButtons = new QHBoxLayout;
    m_addScopeButton
        = makeButton(scopesBox, scopeButtons, tr("&Add Scope…"), QStringLiteral("addScopeButton"), tr("Add scope"));
    m_editScopeButton
        = makeButton(scopesBox, scopeButtons, tr("Edit S&cope…"), QStringLiteral("editScopeButton"), tr("Edit scope"));
    m_removeScopeButton = makeButton(scopesBox, scopeButtons, tr("&Remove from Resource"),
        QStringLiteral("removeScopeButton"), tr("Remove scope from resource"));
    scopeButtons->addStretch();
    scopesLayout->addLayout(scopeButtons);
    detailsLayout->addWidget(scopesBox, 2);

    auto* toolsBox = new QGroupBox(tr("Tools and the scope each needs"), details);
    auto* toolsLayout = new QVBoxLayout(toolsBox);
    m_tools = makeList(toolsBox, QStringLiteral("toolsTreeWidget"), tr("Tools of the selected resource"),
        {tr("Tool"), tr("Scope"), tr("What it does")});
    toolsLayout->addWidget(m_tools);
    detailsLayout->addWidget(toolsBox, 2);

    auto* metadataBox = new QGroupBox(tr("Protected resource metadata (RFC 9728)"), details);
    auto* metadataLayout = new QVBoxLayout(metadataBox);
    m_metadataUrl = new QLabel(metadataBox);
    m_metadataUrl->setObjectName(QStringLiteral("metadataUrlLabel"));
    m_metadataUrl->setWordWrap(true);
    m_metadataUrl->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_metadata = new QPlainTextEdit(metadataBox);
    m_metadata->setObjectName(QStringLiteral("metadataPreviewTextEdit"));
    m_metadata->setAccessibleName(tr("Protected resource metadata preview"));
    m_metadata->setReadOnly(true);
    m_metadata->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_metadata->setLineWrapMode(QPlainTextEdit::NoWrap);
    metadataLayout->addWidget(m_metadataUrl);
    metadataLayout->addWidget(m_metadata);
    detailsLayout->addWidget(metadataBox, 3);

    splitter->addWidget(m_list);
    splitter->addWidget(details);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    layout->addWidget(splitter, 1);

    connect(m_filter, &QLineEdit::textChanged, this, &ResourcesPage::showResources);
    connect(m_list, &QTreeWidget::itemSelectionChanged, this, &ResourcesPage::showDetails);
    connect(m_list, &QTreeWidget::itemActivated, this, &ResourcesPage::editSelected);
    connect(m_scopeList, &QTreeWidget::itemSelectionChanged, this, &ResourcesPage::updateButtons);
    connect(m_scopeList, &QTreeWidget::itemActivated, this, &ResourcesPage::editSelectedScope);
    connect(m_newButton, &QPushButton::clicked, this, &ResourcesPage::createNew);
    connect(m_editButton, &QPushButton::clicked, this, &ResourcesPage::editSelected);
    connect(m_deleteButton, &QPushButton::clicked, this, &ResourcesPage::deleteSelected);
    connect(m_addScopeButton, &QPushButton::clicked, this, &ResourcesPage::addScope);
    connect(m_editScopeButton, &QPushButton::clicked, this, &ResourcesPage::editSelectedScope);
    connect(m_removeScopeButton, &QPushButton::clicked, this, &ResourcesPage::removeSelectedScope);
    showResources();
}

ResourcesPage::~ResourcesPage() = default;

QString ResourcesPage::title() const
{
    return tr("Resources & Scopes");
}

QJsonObject ResourcesPage::metadataFor(const Resource& resource, const QString& issuer)
{
    if (isBuiltIn(resource))
        return McpEndpoint::builtInResourceMetadata(resource.uri, issuer);
    return McpEndpoint::resourceMetadataDocument(resource.uri, issuer, resource.scopes, resource.displayName);
}

void ResourcesPage::refresh()
{
    backend().resources({}, this, [this](Result<QList<Resource>> resources) {
        if (!resources) {
            reportError(tr("Could not load the resources"), resources.error());
            return;
        }
        backend().scopes({}, this, [this, list = *resources](Result<QList<Scope>> scopes) {
            if (!scopes) {
                reportError(tr("Could not load the scopes"), scopes.error());
                return;
            }
            if (const auto selected = selectedResource(); selected && m_selectAfterRefresh.isEmpty())
                m_selectAfterRefresh = selected->id;
            m_resources = list;
            m_scopes = *scopes;
            showResources();
        });
    });
}

void ResourcesPage::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

void ResourcesPage::showResources()
{
    const QString keep = !m_selectAfterRefresh.isEmpty() ? m_selectAfterRefresh
                                                         : (selectedResource() ? selectedResource()->id : QString());
    m_selectAfterRefresh.clear();
    const QString filter = m_filter->text().trimmed();
    {
        const QSignalBlocker blocker(m_list);
        m_list->clear();
        for (const Resource& r : std::as_const(m_resources)) {
            if (!filter.isEmpty() && !r.uri.contains(filter, Qt::CaseInsensitive)
                && !r.displayName.contains(filter, Qt::CaseInsensitive)
                && !r.scopes.join(QLatin1Char(' ')).contains(filter, Qt::CaseInsensitive))
                continue;
            auto* item = new QTreeWidgetItem(m_list, {r.uri, r.displayName, QString::number(r.scopes.size())});
            item->setData(0, Qt::UserRole, r.id);
            item->setToolTip(2, r.scopes.join(QLatin1Char('\n')));
            if (r.id == keep)
                item->setSelected(true);
        }
        for (int column = 0; column < m_list->columnCount(); ++column)
            m_list->resizeColumnToContents(column);
    }
    if (m_list->selectedItems().isEmpty() && m_list->topLevelItemCount() > 0)
        m_list->topLevelItem(0)->setSelected(true); // showDetails follows the selection
    else
        showDetails();
    m_count->setText(tr("%n resource(s)", nullptr, int(m_resources.size())));
}

std::optional<Resource> ResourcesPage::selectedResource() const
{
    const QList<QTreeWidgetItem*> items = m_list->selectedItems();
    if (items.isEmpty())
        return std::nullopt;
    const QString id = items.first()->data(0, Qt::UserRole).toString();
    for (const Resource& r : m_resources) {
        if (r.id == id)
            return r;
    }
    return std::nullopt;
}

std::optional<Scope> ResourcesPage::selectedScope() const
{
    const QList<QTreeWidgetItem*> items = m_scopeList->selectedItems();
    const auto resource = selectedResource();
    if (items.isEmpty() || !resource)
        return std::nullopt;
    const QString name = items.first()->text(0);
    for (const Scope& s : m_scopes) {
        if (s.name == name && s.organizationId == resource->organizationId)
            return s;
    }
    // Named by the resource but not defined in its organization: editing creates it.
    Scope missing;
    missing.name = name;
    missing.organizationId = resource->organizationId;
    return missing;
}

QString ResourcesPage::issuer() const
{
    for (const Resource& r : m_resources) {
        if (isBuiltIn(r))
            return r.uri.chopped(kMcpPath.size());
    }
    return {};
}

void ResourcesPage::showDetails()
{
    m_scopeList->clear();
    m_tools->clear();
    const auto resource = selectedResource();
    if (!resource) {
        m_summary->setText(m_resources.isEmpty()
                ? tr("No resource yet. A resource is an MCP server clients get tokens for: add one with New "
                     "Resource (Ctrl+N). The built-in MCP server adds its own when the local server starts.")
                : tr("Select a resource to see its scopes, tools and metadata."));
        m_metadataUrl->clear();
        m_metadata->clear();
        updateButtons();
        return;
    }
    const Resource& r = *resource;
    m_summary->setText(
        tr("<b>%1</b><br>%2")
            .arg((r.displayName.isEmpty() ? r.uri : r.displayName).toHtmlEscaped(), r.description.toHtmlEscaped()));

    for (const QString& name : r.scopes) {
        const Scope* defined = nullptr;
        for (const Scope& s : m_scopes) {
            if (s.name == name && s.organizationId == r.organizationId)
                defined = &s;
        }
        auto* item = new QTreeWidgetItem(m_scopeList);
        item->setText(0, name);
        if (defined) {
            item->setText(1, defined->displayName);
            item->setText(2, defined->description);
            item->setToolTip(2, defined->description);
            if (defined->administratorOnly)
                item->setToolTip(0, tr("Issued only to administrators."));
        } else {
            item->setText(1, tr("(not defined in the organization)"));
        }
    }
    for (auto it = r.toolScopes.cbegin(); it != r.toolScopes.cend(); ++it) {
        const McpToolInfo* tool = isBuiltIn(r) ? McpCatalog::tool(it.key()) : nullptr;
        auto* item = new QTreeWidgetItem(m_tools, {it.key(), it.value(), tool ? tool->title : QString()});
        if (tool)
            item->setToolTip(2, tool->description);
    }
    for (QTreeWidget* list : {m_scopeList, m_tools}) {
        for (int column = 0; column + 1 < list->columnCount(); ++column)
            list->resizeColumnToContents(column);
    }
    if (r.toolScopes.isEmpty()) {
        auto* none = new QTreeWidgetItem(m_tools, {tr("No tool map: the server checks scopes itself.")});
        none->setFirstColumnSpanned(true);
        none->setFlags(Qt::NoItemFlags);
    }

    const QString iss = issuer();
    const QString url = isBuiltIn(r) ? McpEndpoint::resourceMetadataUrl(r.uri) : metadataUrl(r.uri);
    if (iss.isEmpty()) {
        m_metadataUrl->setText(tr("Served at %1. The authorization server is the local server, whose issuer is known "
                                  "once it has run; shown here as ISSUER.")
                                   .arg(url));
    } else {
        m_metadataUrl->setText(isBuiltIn(r)
                ? tr("The built-in MCP server serves this at %1.").arg(url)
                : tr("The MCP server at this URI should serve this at %1 (and point its 401 challenges there).")
                      .arg(url));
    }
    m_metadata->setPlainText(QString::fromUtf8(
        QJsonDocument(metadataFor(r, iss.isEmpty() ? QStringLiteral("ISSUER") : iss)).toJson(QJsonDocument::Indented)));
    updateButtons();
}

void ResourcesPage::updateButtons()
{
    const bool resource = selectedResource().has_value();
    const bool scope = resource && !m_scopeList->selectedItems().isEmpty();
    m_editButton->setEnabled(resource);
    m_deleteButton->setEnabled(resource);
    const bool scopes = backend().capabilities().supports(Capability::Scopes);
    const QString reason = scopes ? QString() : backend().capabilities().reason(Capability::Scopes);
    m_addScopeButton->setEnabled(resource && scopes);
    m_editScopeButton->setEnabled(scope && scopes);
    m_removeScopeButton->setEnabled(scope);
    m_addScopeButton->setToolTip(reason);
    m_editScopeButton->setToolTip(reason);
    Q_EMIT actionsChanged();
}

bool ResourcesPage::canDelete() const
{
    return selectedResource().has_value();
}

void ResourcesPage::createNew()
{
    auto* dialog = new ResourceEditorDialog(backend(), Resource{}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ResourceEditorDialog::saved, this, [this](const Resource& saved) {
        m_selectAfterRefresh = saved.id;
        Q_EMIT statusMessage(tr("Resource %1 created.").arg(saved.uri));
        refresh();
    });
    dialog->open();
}

void ResourcesPage::editSelected()
{
    const auto resource = selectedResource();
    if (!resource)
        return;
    auto* dialog = new ResourceEditorDialog(backend(), *resource, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ResourceEditorDialog::saved, this, [this](const Resource& saved) {
        m_selectAfterRefresh = saved.id;
        Q_EMIT statusMessage(tr("Resource %1 saved.").arg(saved.uri));
        refresh();
    });
    dialog->open();
}

void ResourcesPage::deleteSelected()
{
    const auto selected = selectedResource();
    if (!selected)
        return;
    const Resource resource = *selected;
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Delete Resource"),
        tr("Delete the resource %1?").arg(resource.uri), QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteResourceMessageBox"));
    box->setInformativeText(tr("Clients can no longer ask for tokens for it. Tokens already issued for it stay "
                               "valid until they expire; revoke them in Tokens. Its scopes stay in the organization."));
    box->button(QMessageBox::Yes)->setText(tr("Delete"));
    box->setDefaultButton(QMessageBox::Cancel);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, resource](int result) {
        if (result != QMessageBox::Yes)
            return;
        backend().removeResource(resource.id, this, [this, resource](Status status) {
            if (!status) {
                reportError(tr("Could not delete %1").arg(resource.uri), status.error(), true);
                return;
            }
            Q_EMIT statusMessage(tr("Resource %1 deleted.").arg(resource.uri));
            refresh();
        });
    });
    box->open();
}

void ResourcesPage::saveResourceScopes(Resource resource, const QString& message)
{
    m_selectAfterRefresh = resource.id;
    backend().updateResource(resource, this, [this, message, uri = resource.uri](Result<Resource> saved) {
        if (!saved) {
            reportError(tr("Could not change the scopes of %1").arg(uri), saved.error(), true);
            return;
        }
        Q_EMIT statusMessage(message);
        refresh();
    });
}

void ResourcesPage::addScope()
{
    const auto resource = selectedResource();
    if (!resource)
        return;
    Scope scope;
    scope.organizationId = resource->organizationId;
    auto* dialog = new ScopeEditorDialog(backend(), scope, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ScopeEditorDialog::saved, this, [this, r = *resource](const Scope& saved) mutable {
        if (!r.scopes.contains(saved.name))
            r.scopes << saved.name;
        saveResourceScopes(r, tr("Scope %1 added to %2.").arg(saved.name, r.uri));
    });
    dialog->open();
}

void ResourcesPage::editSelectedScope()
{
    const auto scope = selectedScope();
    if (!scope)
        return;
    auto* dialog = new ScopeEditorDialog(backend(), *scope, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ScopeEditorDialog::saved, this, [this](const Scope& saved) {
        m_selectAfterRefresh = selectedResource() ? selectedResource()->id : QString();
        Q_EMIT statusMessage(tr("Scope %1 saved.").arg(saved.name));
        refresh();
    });
    dialog->open();
}

void ResourcesPage::removeSelectedScope()
{
    const auto resource = selectedResource();
    const auto scope = selectedScope();
    if (!resource || !scope)
        return;
    Resource r = *resource;
    r.scopes.removeAll(scope->name);
    saveResourceScopes(
        r, tr("Scope %1 removed from %2; it stays defined in the organization.").arg(scope->name, r.uri));
}

} // namespace mcpauth
