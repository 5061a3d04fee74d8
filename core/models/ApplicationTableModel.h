#pragma once

#include "domain/Application.h"

#include <QAbstractTableModel>

namespace mcpauth {

// Applications as a table for the GUI. Lives in core (QtCore only) so it is tested without widgets.
class ApplicationTableModel final : public QAbstractTableModel
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplicationTableModel)

public:
    enum Column {
        NameColumn,
        DisplayNameColumn,
        ClientIdColumn,
        ClientTypeColumn,
        RedirectUrisColumn,
        ConsentColumn,
        CreatedByColumn,
        ColumnCount
    };

    explicit ApplicationTableModel(QObject* parent = nullptr);

    void setApplications(QList<Application> applications);
    [[nodiscard]] const Application& application(int row) const { return m_applications.at(row); }

    [[nodiscard]] int rowCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] int columnCount(const QModelIndex& parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    [[nodiscard]] QVariant headerData(
        int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<Application> m_applications;
};

} // namespace mcpauth
