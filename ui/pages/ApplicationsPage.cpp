#include "ApplicationsPage.h"

#include "backend/Backend.h"
#include "dialogs/ApplicationEditorDialog.h"
#include "dialogs/SecretDialog.h"
#include "models/ApplicationTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace mcpauth {

ApplicationsPage::ApplicationsPage(Backend& backend, QWidget* parent)
    : ConsolePage(backend, parent)
{
    setObjectName(QStringLiteral("applicationsPage"));
    auto* layout = new QVBoxLayout(this);

    auto* header = new QHBoxLayout;
    auto* heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(title().toHtmlEscaped()), this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("applicationFilterLineEdit"));
    m_filter->setPlaceholderText(tr("Filter by name, client ID or redirect URI (Ctrl+F)"));
    m_filter->setAccessibleName(tr("Filter applications"));
    m_filter->setClearButtonEnabled(true);
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("applicationCountLabel"));
    header->addWidget(heading);
    header->addStretch();
    header->addWidget(m_count);
    header->addWidget(m_filter, 1);
    layout->addLayout(header);

    auto* buttons = new QHBoxLayout;
    const auto makeButton = [&](const QString& text, const QString& name, const QString& accessible) {
        auto* button = new QPushButton(text, this);
        button->setObjectName(name);
        button->setAccessibleName(accessible);
        buttons->addWidget(button);
        return button;
    };
    m_newButton = makeButton(tr("&New…"), QStringLiteral("newApplicationButton"), tr("New application"));
    m_editButton = makeButton(tr("&Edit…"), QStringLiteral("editApplicationButton"), tr("Edit application"));
    m_rotateButton
        = makeButton(tr("&Rotate Secret…"), QStringLiteral("rotateSecretButton"), tr("Rotate the client secret"));
    m_deleteButton = makeButton(tr("&Delete…"), QStringLiteral("deleteApplicationButton"), tr("Delete application"));
    buttons->addStretch();
    layout->addLayout(buttons);
    if (backend.kind() == BackendKind::Standards) {
        auto* scope = new QLabel(tr("Only the clients registered from this console are listed: the OAuth standards "
                                    "have no way to list a server's clients. Their registration access tokens are "
                                    "in the keychain."),
            this);
        scope->setObjectName(QStringLiteral("applicationScopeLabel"));
        scope->setWordWrap(true);
        layout->addWidget(scope);
    }

    m_model = new ApplicationTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_proxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("applicationsTableView"));
    m_table->setAccessibleName(tr("Applications"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ApplicationTableModel::NameColumn, Qt::AscendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    m_table->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_table, 1);
    setFocusProxy(m_table);

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    // Enter and a double-click both activate a row.
    connect(m_table, &QTableView::activated, this, &ApplicationsPage::editSelected);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &ApplicationsPage::updateButtons);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ApplicationsPage::updateButtons);
    connect(m_newButton, &QPushButton::clicked, this, &ApplicationsPage::createNew);
    connect(m_editButton, &QPushButton::clicked, this, &ApplicationsPage::editSelected);
    connect(m_rotateButton, &QPushButton::clicked, this, &ApplicationsPage::rotateSelectedSecret);
    connect(m_deleteButton, &QPushButton::clicked, this, &ApplicationsPage::deleteSelected);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ApplicationsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ApplicationsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ApplicationsPage::updateCount);
    updateCount();
    updateButtons();
}

ApplicationsPage::~ApplicationsPage() = default;

QString ApplicationsPage::title() const
{
    return tr("Applications");
}

void ApplicationsPage::refresh()
{
    backend().applications({}, this, [this](Result<QList<Application>> apps) {
        if (!apps) {
            reportError(tr("Could not load the applications"), apps.error());
            return;
        }
        const QString selected = selectedApplication() ? selectedApplication()->id : m_selectAfterRefresh;
        m_model->setApplications(std::move(apps).value());
        m_selectAfterRefresh.clear();
        for (int row = 0; row < m_proxy->rowCount(); ++row) {
            const QModelIndex index = m_proxy->index(row, 0);
            if (m_model->application(m_proxy->mapToSource(index).row()).id == selected) {
                m_table->selectRow(row);
                break;
            }
        }
        m_table->resizeColumnsToContents();
        // Long redirect lists would push the other columns off screen; the tooltip shows them all.
        constexpr int kMaxRedirectColumnWidth = 320;
        if (m_table->columnWidth(ApplicationTableModel::RedirectUrisColumn) > kMaxRedirectColumnWidth)
            m_table->setColumnWidth(ApplicationTableModel::RedirectUrisColumn, kMaxRedirectColumnWidth);
    });
}

void ApplicationsPage::focusFilter()
{
    m_filter->setFocus();
    m_filter->selectAll();
}

void ApplicationsPage::updateCount()
{
    m_count->setText(tr("%n application(s)", nullptr, m_proxy->rowCount()));
}

std::optional<Application> ApplicationsPage::selectedApplication() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->application(m_proxy->mapToSource(rows.first()).row());
}

bool ApplicationsPage::canCreate() const
{
    return backend().capabilities().supports(Capability::ApplicationWrite);
}

bool ApplicationsPage::canDelete() const
{
    return canCreate() && selectedApplication().has_value();
}

void ApplicationsPage::updateButtons()
{
    const BackendCapabilities caps = backend().capabilities();
    const auto selected = selectedApplication();
    const bool write = caps.supports(Capability::ApplicationWrite);
    const QString writeReason = write ? QString() : caps.reason(Capability::ApplicationWrite);
    m_newButton->setEnabled(write);
    m_newButton->setToolTip(write ? tr("New application (Ctrl+N)") : writeReason);
    m_editButton->setEnabled(write && selected);
    m_editButton->setToolTip(write ? tr("Edit the selected application (Enter)") : writeReason);
    m_deleteButton->setEnabled(write && selected);
    m_deleteButton->setToolTip(write ? tr("Delete the selected application (Delete)") : writeReason);

    const bool rotate = caps.supports(Capability::SecretRotation);
    m_rotateButton->setEnabled(rotate && selected && selected->isConfidential());
    if (!rotate)
        m_rotateButton->setToolTip(caps.reason(Capability::SecretRotation));
    else if (selected && !selected->isConfidential())
        m_rotateButton->setToolTip(tr("A public client has no secret: it proves itself with PKCE."));
    else
        m_rotateButton->setToolTip(tr("Issue a new client secret; the current one stops working at once."));
    Q_EMIT actionsChanged();
}

void ApplicationsPage::createNew()
{
    if (!canCreate())
        return;
    openEditor(Application{});
}

void ApplicationsPage::editSelected()
{
    const auto selected = selectedApplication();
    if (!selected || !canCreate())
        return;
    openEditor(*selected);
}

void ApplicationsPage::openEditor(const Application& application)
{
    const bool created = application.id.isEmpty();
    auto* dialog = new ApplicationEditorDialog(backend(), application, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ApplicationEditorDialog::saved, this,
        [this, created](const SavedApplication& saved) { onSaved(saved, created); });
    dialog->open();
}

void ApplicationsPage::onSaved(const SavedApplication& saved, bool created)
{
    const Application& app = saved.application;
    m_selectAfterRefresh = app.id;
    m_table->clearSelection();
    Q_EMIT statusMessage(
        created ? tr("Application %1 created.").arg(app.name) : tr("Application %1 saved.").arg(app.name));
    if (!saved.clientSecret.isEmpty()) {
        showSecret(tr("Client Secret"),
            tr("The client secret of %1 (client ID %2). Put it in the client's configuration.")
                .arg(app.name, app.clientId),
            saved.clientSecret);
    }
    refresh();
}

void ApplicationsPage::showSecret(const QString& title, const QString& explanation, const QString& secret)
{
    auto* dialog = new SecretDialog(title, explanation, secret, this);
    dialog->open();
}

void ApplicationsPage::rotateSelectedSecret()
{
    const auto selected = selectedApplication();
    if (!selected || !selected->isConfidential() || !backend().capabilities().supports(Capability::SecretRotation))
        return;
    const Application app = *selected;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Rotate Client Secret"),
        tr("Rotate the client secret of %1?").arg(app.name), QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("rotateSecretMessageBox"));
    box->setInformativeText(tr("The current secret stops working at once: every client that uses it must be given "
                               "the new one. Tokens already issued stay valid."));
    box->setDefaultButton(QMessageBox::Cancel);
    box->button(QMessageBox::Yes)->setText(tr("Rotate"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setWindowModality(Qt::WindowModal);
    connect(box, &QMessageBox::finished, this, [this, app](int result) {
        if (result != QMessageBox::Yes)
            return;
        backend().rotateSecret(app.id, this, [this, app](Result<QString> secret) {
            if (!secret) {
                reportError(tr("Could not rotate the secret of %1").arg(app.name), secret.error(), true);
                return;
            }
            Q_EMIT statusMessage(tr("The secret of %1 was rotated.").arg(app.name));
            showSecret(tr("New Client Secret"),
                tr("The new client secret of %1 (client ID %2). The previous one no longer works.")
                    .arg(app.name, app.clientId),
                *secret);
        });
    });
    box->open();
}

void ApplicationsPage::deleteSelected()
{
    const auto selected = selectedApplication();
    if (!selected || !canDelete())
        return;
    const Application app = *selected;
    backend().applicationImpact(app.id, this, [this, app](Result<ApplicationImpact> impact) {
        if (!impact) {
            reportError(tr("Could not delete %1").arg(app.name), impact.error(), true);
            return;
        }
        auto* box = new QMessageBox(QMessageBox::Warning, tr("Delete Application"),
            tr("Delete the application %1?").arg(app.name), QMessageBox::Yes | QMessageBox::Cancel, this);
        box->setObjectName(QStringLiteral("deleteApplicationMessageBox"));
        box->setInformativeText(
            tr("Its %1 (%2 still active) and %3 are deleted with it, and clients using client ID %4 can no longer "
               "sign in. The audit log keeps the history.")
                .arg(tr("%n token(s)", nullptr, int(impact->tokens)), QString::number(impact->activeTokens),
                    tr("%n consent(s)", nullptr, int(impact->consents)), app.clientId));
        box->setDefaultButton(QMessageBox::Cancel);
        box->button(QMessageBox::Yes)->setText(tr("Delete"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setWindowModality(Qt::WindowModal);
        connect(box, &QMessageBox::finished, this, [this, app](int result) {
            if (result != QMessageBox::Yes)
                return;
            backend().removeApplication(app.id, this, [this, app](Result<ApplicationImpact> removed) {
                if (!removed) {
                    reportError(tr("Could not delete %1").arg(app.name), removed.error(), true);
                    return;
                }
                Q_EMIT statusMessage(tr("Application %1 deleted with %2 and %3.")
                                         .arg(app.name, tr("%n token(s)", nullptr, int(removed->tokens)),
                                             tr("%n consent(s)", nullptr, int(removed->consents))));
                refresh();
            });
        });
        box->open();
    });
}

} // namespace mcpauth
