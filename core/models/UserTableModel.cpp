#include "UserTableModel.h"

#include <QDateTime>
#include <QLocale>

namespace mcpauth {

UserTableModel::UserTableModel(QObject* parent)
    : QAbstractTableModel(parent)
{ }

void UserTableModel::setUsers(QList<User> users)
{
    beginResetModel();
    m_users = std::move(users);
    endResetModel();
}

int UserTableModel::rowOf(const QString& id) const
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).id == id)
            return row;
    }
    return -1;
}

int UserTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_users.size());
}

int UserTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_users.size())
        return {};
    const User& u = m_users.at(index.row());
    if (role == Qt::ToolTipRole && index.column() == StateColumn && u.disabled)
        return tr("Cannot sign in; their tokens were revoked when the account was disabled.");
    if (role == Qt::ToolTipRole && index.column() == RoleColumn && u.isAdmin)
        return tr("May consent to the administrator-only scopes of the built-in MCP server.");
    // Sorting by the creation time, not by its text.
    if (role == Qt::UserRole && index.column() == CreatedColumn)
        return u.createdAt;
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    switch (index.column()) {
    case UsernameColumn:
        return u.username;
    case DisplayNameColumn:
        return u.displayName;
    case EmailColumn:
        return u.email;
    case RoleColumn:
        return u.isAdmin ? tr("Administrator") : tr("User");
    case StateColumn:
        return u.disabled ? tr("Disabled") : tr("Enabled");
    case CreatedColumn:
        return u.createdAt == 0 ? QString()
                                : QLocale().toString(QDateTime::fromMSecsSinceEpoch(u.createdAt), QLocale::ShortFormat);
    default:
        return {};
    }
}

QVariant UserTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case UsernameColumn:
        return tr("Username");
    case DisplayNameColumn:
        return tr("Display name");
    case EmailColumn:
        return tr("Email");
    case RoleColumn:
        return tr("Role");
    case StateColumn:
        return tr("State");
    case CreatedColumn:
        return tr("Created");
    default:
        return {};
    }
}

} // namespace mcpauth
