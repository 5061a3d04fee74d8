#include "ApplicationTableModel.h"

namespace mcpauth {

ApplicationTableModel::ApplicationTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ApplicationTableModel::setApplications(QList<Application> applications)
{
    beginResetModel();
    m_applications = std::move(applications);
    endResetModel();
}

int ApplicationTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_applications.size());
}

int ApplicationTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ApplicationTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_applications.size())
        return {};
    const Application& a = m_applications.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == RedirectUrisColumn)
        return a.redirectUris.join(QLatin1Char('\n'));
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case NameColumn:
        return a.name;
    case DisplayNameColumn:
        return a.displayName;
    case ClientIdColumn:
        return a.clientId;
    case ClientTypeColumn:
        return a.isConfidential() ? tr("Confidential") : tr("Public");
    case RedirectUrisColumn:
        return a.redirectUris.join(QStringLiteral(", "));
    case ConsentColumn:
        switch (a.consentPolicy) {
        case ConsentPolicy::Always:
            return tr("Always");
        case ConsentPolicy::Once:
            return tr("Once");
        case ConsentPolicy::Never:
            return tr("Never");
        }
        return {};
    case CreatedByColumn:
        switch (a.createdBy) {
        case CreatedBy::Console:
            return tr("Console");
        case CreatedBy::Cli:
            return tr("CLI");
        case CreatedBy::Dcr:
            return tr("Dynamic registration");
        case CreatedBy::Cimd:
            return tr("Metadata document");
        }
        return {};
    default:
        return {};
    }
}

QVariant ApplicationTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case NameColumn:
        return tr("Name");
    case DisplayNameColumn:
        return tr("Display name");
    case ClientIdColumn:
        return tr("Client ID");
    case ClientTypeColumn:
        return tr("Client type");
    case RedirectUrisColumn:
        return tr("Redirect URIs");
    case ConsentColumn:
        return tr("Consent");
    case CreatedByColumn:
        return tr("Created by");
    default:
        return {};
    }
}

} // namespace mcpauth
