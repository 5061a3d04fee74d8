#pragma once

#include "ConsolePage.h"

#include <QHash>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTreeWidget;

namespace mcpauth {

class UserTableModel;
struct User;

// The people who sign in at the local authorization server: add (with a password), edit, disable and
// enable, reset a password, lift a lockout, delete; the details pane lists the selected user's
// consents and most recent tokens.
class UsersPage final : public ConsolePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UsersPage)

public:
    explicit UsersPage(Backend& backend, QWidget* parent = nullptr);
    ~UsersPage() override;

    [[nodiscard]] QString title() const override;
    [[nodiscard]] Capability capability() const override { return Capability::Users; }
    void refresh() override;
    void focusFilter() override;
    [[nodiscard]] bool canCreate() const override { return true; }
    void createNew() override;
    [[nodiscard]] bool canDelete() const override;
    void deleteSelected() override;

    void editSelected();
    void toggleSelectedDisabled();
    void resetSelectedPassword();
    void unlockSelected();

    // How many tokens the details pane lists at most; the Tokens view shows them all.
    static constexpr int kRecentTokens = 20;

private:
    [[nodiscard]] std::optional<User> selectedUser() const;
    void showGeneratedPassword(const User& user, const QString& password);
    void loadDetails();
    void updateButtons();
    void updateCount();

    UserTableModel* m_model = nullptr;
    QSortFilterProxyModel* m_proxy = nullptr;
    QTableView* m_table = nullptr;
    QLineEdit* m_filter = nullptr;
    QLabel* m_count = nullptr;
    QPushButton* m_addButton = nullptr;
    QPushButton* m_editButton = nullptr;
    QPushButton* m_disableButton = nullptr;
    QPushButton* m_resetButton = nullptr;
    QPushButton* m_unlockButton = nullptr;
    QPushButton* m_deleteButton = nullptr;
    QLabel* m_detailsTitle = nullptr;
    QTreeWidget* m_consents = nullptr;
    QLabel* m_tokenCount = nullptr;
    QTreeWidget* m_tokens = nullptr;
    QHash<QString, QString> m_applicationNames; // id -> name, for the details pane
    QString m_selectAfterRefresh;
    qint64 m_detailsTokens = 0;
    qint64 m_detailsActiveTokens = 0;
    qint64 m_detailsConsents = 0;
    int m_detailsGeneration = 0; // answers for an earlier selection are dropped
};

} // namespace mcpauth
