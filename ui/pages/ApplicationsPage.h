#pragma once

#include "ConsolePage.h"

#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace mcpauth {

class ApplicationTableModel;
struct Application;
struct SavedApplication;

// The applications of the backend: a sortable, filterable table; New (Ctrl+N), Enter or a double-click
// to edit, secret rotation, and Delete with a confirmation that says what goes with the application.
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
    [[nodiscard]] bool canCreate() const override;
    void createNew() override;
    [[nodiscard]] bool canDelete() const override;
    void deleteSelected() override;

    void editSelected();
    void rotateSelectedSecret();

private:
    [[nodiscard]] std::optional<Application> selectedApplication() const;
    void openEditor(const Application& application);
    void onSaved(const SavedApplication& saved, bool created);
    void showSecret(const QString& title, const QString& explanation, const QString& secret);
    void updateCount();
    void updateButtons();

    ApplicationTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_newButton = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_rotateButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QString m_selectAfterRefresh;
};

} // namespace mcpauth
