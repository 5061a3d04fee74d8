#include "ConsentTableModel.h"

#include <QDateTime>

namespace mcpauth {

ConsentTableModel::ConsentTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void ConsentTableModel::setConsents(QList<Consent> consents)
{
    beginResetModel();
    m_consents = std::move(consents);
    endResetModel();
}

void ConsentTableModel::setNames(QHash<QString, QString> applications, QHash<QString, QString> users)
{
    m_applications = std::move(applications);
    m_users = std::move(users);
    if (!m_consents.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(static_cast<int>(m_consents.size()) - 1, ColumnCount - 1));
}

int ConsentTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_consents.size());
}

int ConsentTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConsentTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_consents.size())
        return {};
    const Consent& c = m_consents.at(index.row());
    if (role == ConsentIdRole)
        return c.id;
    if (role == SortRole && index.column() == GrantedColumn)
        return c.grantedAt;
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    switch (index.column()) {
    case UserColumn:
        return userName(c.userId);
    case ApplicationColumn:
        return applicationName(c.applicationId);
    case ResourceColumn:
        return c.resource;
    case ScopesColumn:
        return c.scopes.join(QLatin1Char(' '));
    case GrantedColumn:
        // A backend that keeps no grant time (Casdoor) leaves it 0: nothing to show, not 1970.
        if (c.grantedAt == 0)
            return QString();
        return QDateTime::fromMSecsSinceEpoch(c.grantedAt).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
    case StateColumn:
        return c.isRevoked()
            ? tr("Revoked %1")
                  .arg(QDateTime::fromMSecsSinceEpoch(c.revokedAt).toString(QStringLiteral("yyyy-MM-dd HH:mm")))
            : tr("In force");
    default:
        return {};
    }
}

QVariant ConsentTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UserColumn:
        return tr("User");
    case ApplicationColumn:
        return tr("Application");
    case ResourceColumn:
        return tr("Resource");
    case ScopesColumn:
        return tr("Scopes");
    case GrantedColumn:
        return tr("Granted");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace mcpauth
