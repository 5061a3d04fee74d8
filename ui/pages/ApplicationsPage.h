#pragma once

#include "ConsolePage.h"

class QLabel;
class QLineEdit;
class QSortFilterProxyModel;
class QTableView;

namespace mcpauth {

class ApplicationTableModel;

// The applications of the backend: a sortable, filterable table.
class ApplicationsPage final : public ConsolePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ApplicationsPage)

public:
    explicit ApplicationsPage(Backend& backend, QWidget* parent = nullptr);
    ~ApplicationsPage() override;

    [[nodiscard]] QString title() const override;
    [[nodiscard]] Capability capability() const override { return Capability::Applications; }
    void refresh() override;
    void focusFilter() override;

private:
    void updateCount();

    ApplicationTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_count = nullptr;
};

} // namespace mcpauth
