#pragma once

#include "ConsolePage.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace mcpauth {

class ConsentTableModel;

// Consents per user, application and resource, with their scopes and time; filters; revoke.
class ConsentsPage final : public ConsolePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConsentsPage)

public:
    explicit ConsentsPage(Backend& backend, QWidget* parent = nullptr);
    ~ConsentsPage() override;

    [[nodiscard]] QString title() const override;
    [[nodiscard]] Capability capability() const override { return Capability::Consents; }
    void refresh() override;
    void focusFilter() override;
    [[nodiscard]] bool canDelete() const override;
    void deleteSelected() override;

private:
    void loadNames();
    void updateCount();

    ConsentTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QComboBox* m_user = nullptr;
    QComboBox* m_application = nullptr;
    QCheckBox* m_includeRevoked = nullptr;
    QLineEdit* m_text = nullptr;
    QPushButton* m_revoke = nullptr;
    bool m_namesLoaded = false;
};

} // namespace mcpauth
