#include "ApplicationsPage.h"

#include "backend/Backend.h"
#include "models/ApplicationTableModel.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
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

    connect(m_filter, &QLineEdit::textChanged, m_proxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_proxy, &QAbstractItemModel::modelReset, this, &ApplicationsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsInserted, this, &ApplicationsPage::updateCount);
    connect(m_proxy, &QAbstractItemModel::rowsRemoved, this, &ApplicationsPage::updateCount);
    updateCount();
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
        m_model->setApplications(std::move(apps).value());
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

} // namespace mcpauth
