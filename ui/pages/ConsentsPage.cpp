#include "ConsentsPage.h"

#include "backend/Backend.h"
#include "models/ConsentTableModel.h"
#include "widgets/Confirmation.h"
#include "widgets/DifferenceNote.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>
#include <memory>

namespace mcpauth {

ConsentsPage::ConsentsPage(Backend& backend, QWidget* parent)
    : ConsolePage(backend, parent)
{
    setObjectName(QStringLiteral("consentsPage"));
    auto* layout = new QVBoxLayout(this);
    auto* header = new QHBoxLayout;
    header->addWidget(new QLabel(QStringLiteral("<h2>%1</h2>").arg(title().toHtmlEscaped()), this));
    header->addStretch();
    m_count = new QLabel(this);
    m_count->setObjectName(QStringLiteral("consentCountLabel"));
    header->addWidget(m_count);
    layout->addLayout(header);
    layout->addWidget(new DifferenceNote(backend, QStringLiteral("consents"), this));

    auto* filters = new QHBoxLayout;
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("consentUserFilter"));
    m_user->setAccessibleName(tr("User filter"));
    m_user->addItem(tr("Any"), QString());
    m_user->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_application = new QComboBox(this);
    m_application->setObjectName(QStringLiteral("consentApplicationFilter"));
    m_application->setAccessibleName(tr("Application filter"));
    m_application->addItem(tr("Any"), QString());
    m_application->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto* userLabel = new QLabel(tr("&User:"), this);
    userLabel->setBuddy(m_user);
    auto* appLabel = new QLabel(tr("&Application:"), this);
    appLabel->setBuddy(m_application);
    m_includeRevoked = new QCheckBox(tr("Show &revoked"), this);
    m_includeRevoked->setObjectName(QStringLiteral("consentIncludeRevokedCheckBox"));
    m_text = new QLineEdit(this);
    m_text->setObjectName(QStringLiteral("consentTextFilter"));
    m_text->setAccessibleName(tr("Filter consents"));
    m_text->setPlaceholderText(tr("Filter by resource or scope (Ctrl+F)"));
    m_text->setClearButtonEnabled(true);
    filters->addWidget(userLabel);
    filters->addWidget(m_user);
    filters->addWidget(appLabel);
    filters->addWidget(m_application);
    filters->addWidget(m_includeRevoked);
    filters->addWidget(m_text, 1);
    layout->addLayout(filters);

    m_model = new ConsentTableModel(this);
    m_proxy = new QSortFilterProxyModel(this);
    m_proxy->setSourceModel(m_model);
    m_proxy->setSortRole(ConsentTableModel::SortRole);
    m_proxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_proxy->setFilterKeyColumn(-1);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("consentsTableView"));
    m_table->setAccessibleName(tr("Consents"));
    m_table->setModel(m_proxy);
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(ConsentTableModel::GrantedColumn, Qt::DescendingOrder);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->setWordWrap(false);
    layout->addWidget(m_table, 1);

    auto* buttons = new QHBoxLayout;
    m_revoke = new QPushButton(tr("&Revoke"), this);
    m_revoke->setObjectName(QStringLiteral("consentRevokeButton"));
    m_revoke->setToolTip(tr("Revoke the selected consents (Delete): the application must ask the user again"));
    buttons->addWidget(m_revoke);
    buttons->addStretch();
    layout->addLayout(buttons);

    connect(m_user, &QComboBox::currentIndexChanged, this, &ConsentsPage::refresh);
    connect(m_application, &QComboBox::currentIndexChanged, this, &ConsentsPage::refresh);
    connect(m_includeRevoked, &QCheckBox::toggled, this, &ConsentsPage::refresh);
    connect(m_text, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_revoke, &QPushButton::clicked, this, &ConsentsPage::deleteSelected);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ConsentsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ConsentsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ConsentsPage::updateCount);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, [this] {
        m_revoke->setEnabled(canDelete());
        Q_EMIT actionsChanged();
    });
    if (!backend.capabilities().supports(Capability::Consents))
        m_revoke->setToolTip(backend.capabilities().reason(Capability::Consents));
    m_revoke->setEnabled(false);
    updateCount();
}

ConsentsPage::~ConsentsPage() = default;

QString ConsentsPage::title() const
{
    return tr("Consents");
}

void ConsentsPage::loadNames()
{
    m_namesLoaded = true;
    auto names = std::make_shared<std::pair<QHash<QString, QString>, QHash<QString, QString>>>();
    backend().applications({}, this, [this, names](Result<QList<Application>> apps) {
        if (!apps)
            return;
        const QSignalBlocker block(m_application);
        for (const Application& app : *apps) {
            names->first.insert(app.id, app.name);
            m_application->addItem(app.name, app.id);
        }
        m_model->setNames(names->first, names->second);
    });
    backend().users({}, this, [this, names](Result<QList<User>> users) {
        if (!users)
            return;
        const QSignalBlocker block(m_user);
        for (const User& user : *users) {
            names->second.insert(user.id, user.username);
            m_user->addItem(user.username, user.id);
        }
        m_model->setNames(names->first, names->second);
    });
}

void ConsentsPage::refresh()
{
    if (!m_namesLoaded)
        loadNames();
    ConsentFilter filter;
    filter.userId = m_user->currentData().toString();
    filter.applicationId = m_application->currentData().toString();
    filter.includeRevoked = m_includeRevoked->isChecked();
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    const QString keep
        = selected.isEmpty() ? QString() : selected.first().data(ConsentTableModel::ConsentIdRole).toString();
    backend().consents(filter, this, [this, keep](Result<QList<Consent>> consents) {
        if (!consents) {
            reportError(tr("Could not load the consents"), consents.error());
            return;
        }
        m_model->setConsents(std::move(consents).value());
        m_table->resizeColumnsToContents();
        for (int row = 0; !keep.isEmpty() && row < m_proxy->rowCount(); ++row) {
            if (m_proxy->index(row, 0).data(ConsentTableModel::ConsentIdRole).toString() == keep)
                m_table->selectRow(row);
        }
    });
}

void ConsentsPage::focusFilter()
{
    m_text->setFocus();
    m_text->selectAll();
}

void ConsentsPage::updateCount()
{
    m_count->setText(tr("%n consent(s)", nullptr, m_proxy->rowCount()));
}

bool ConsentsPage::canDelete() const
{
    if (!backend().capabilities().supports(Capability::Consents))
        return false;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        if (!m_model->consent(m_proxy->mapToSource(index).row()).isRevoked())
            return true;
    }
    return false;
}

void ConsentsPage::deleteSelected()
{
    if (!canDelete())
        return;
    QStringList ids;
    QString first;
    for (const QModelIndex& index : m_table->selectionModel()->selectedRows()) {
        const Consent& c = m_model->consent(m_proxy->mapToSource(index).row());
        if (c.isRevoked())
            continue;
        ids << c.id;
        if (first.isEmpty())
            first = tr("%1's consent to %2 on %3")
                        .arg(m_model->userName(c.userId), m_model->applicationName(c.applicationId), c.resource);
    }
    const int n = static_cast<int>(ids.size());
    const QString text = n == 1
        ? tr("Revoke %1?\n\nThe application must ask the user again the next time it signs in; tokens already "
             "issued stay valid until they expire or are revoked.")
              .arg(first)
        : tr("Revoke %n consent(s)?\n\nEach application must ask its user again the next time it signs in; tokens "
             "already issued stay valid until they expire or are revoked.",
            nullptr, n);
    Confirmation::ask(this, tr("Revoke consents"), text, tr("Revoke %n consent(s)", nullptr, n), [this, ids] {
        auto left = std::make_shared<int>(static_cast<int>(ids.size()));
        auto failed = std::make_shared<int>(0);
        for (const QString& id : ids) {
            backend().revokeConsent(id, this, [this, left, failed](Result<qint64> r) {
                if (!r) {
                    ++*failed;
                    reportError(tr("Could not revoke the consent"), r.error(), *failed == 1);
                }
                if (--*left > 0)
                    return;
                if (*failed == 0)
                    Q_EMIT statusMessage(tr("Consent revoked."));
                refresh();
            });
        }
    });
}

} // namespace mcpauth
