#pragma once

#include "domain/Consent.h"

#include <QAbstractTableModel>
#include <QHash>

namespace mcpauth {

// Consents (a user's grant of scopes on a resource to an application) as a table. A user has a handful,
// so the list is loaded whole; names replace ids once known.
class ConsentTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsentTableModel)

public:
    enum Column {
        UserColumn,
        ApplicationColumn,
        ResourceColumn,
        ScopesColumn,
        GrantedColumn,
        StateColumn,
        ColumnCount
    };
    enum Role { ConsentIdRole = Qt::UserRole + 1, SortRole };

    explicit ConsentTableModel(QObject* parent = nullptr);

    void setConsents(QList<Consent> consents);
    void setNames(QHash<QString, QString> applications, QHash<QString, QString> users);
    [[nodiscard]] const Consent& consent(int row) const { return m_consents.at(row); }
    [[nodiscard]] QString applicationName(const QString& id) const { return m_applications.value(id, id); }
    [[nodiscard]] QString userName(const QString& id) const { return m_users.value(id, id); }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Consent> m_consents;
    QHash<QString, QString> m_applications;
    QHash<QString, QString> m_users;
};

} // namespace mcpauth
