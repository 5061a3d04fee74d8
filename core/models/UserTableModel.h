#pragma once

#include "domain/User.h"

#include <QAbstractTableModel>

namespace mcpauth {

// The users of the local backend as a table for the GUI (QtCore only, tested without widgets).
class UserTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserTableModel)

public:
    enum Column { UsernameColumn, DisplayNameColumn, EmailColumn, RoleColumn, StateColumn, CreatedColumn, ColumnCount };

    explicit UserTableModel(QObject* parent = nullptr);

    void setUsers(QList<User> users);
    [[nodiscard]] const User& user(int row) const { return m_users.at(row); }
    // The row of the user with this id, or -1.
    [[nodiscard]] int rowOf(const QString& id) const;

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<User> m_users;
};

} // namespace mcpauth
