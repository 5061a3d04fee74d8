#pragma once

#include "ConsolePage.h"
#include "domain/Resource.h"
#include "domain/Scope.h"
#include "domain/SigningKey.h"

#include <QHash>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTableView;
class QTabWidget;
class QTextBrowser;
class QTimer;

namespace mcpauth {

class TokenTableModel;
struct Token;

// Every token of the backend on a lazily paged table: filters (application, user, resource, state,
// issue time), sorting on the indexed times, a details pane that explains the selected token in words,
// a box to look a pasted JWT up, revocation (one, the selection, all of a user or application) and export.
class TokensPage final : public ConsolePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokensPage)

public:
    explicit TokensPage(Backend& backend, QWidget* parent = nullptr);
    ~TokensPage() override;

    [[nodiscard]] QString title() const override;
    [[nodiscard]] Capability capability() const override { return Capability::TokenList; }
    void refresh() override;
    void focusFilter() override;
    [[nodiscard]] bool canDelete() const override;
    void deleteSelected() override;

    [[nodiscard]] TokenTableModel* model() const { return m_model; }

private:
    void loadLookups();
    void applyFilter();
    void onSortClicked(int column);
    void updateCount();
    void updateDetails();
    void updateButtons();
    void revokeAllOf(bool ofUser);
    void deleteRecords();
    void exportTokens();
    void lookUpPastedToken();
    [[nodiscard]] QStringList selectedIds() const;
    [[nodiscard]] QString explainToken(const Token& token, qint64 nowMs) const;
    [[nodiscard]] QString scopeLines(const QStringList& scopes) const;
    [[nodiscard]] QString audienceLine(const QString& audience) const;
    [[nodiscard]] static QString countdown(qint64 expiresAt, qint64 nowMs);

    TokenTableModel* m_model = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_count = nullptr;
    QComboBox* m_application = nullptr;
    QComboBox* m_user = nullptr;
    QComboBox* m_resource = nullptr;
    QComboBox* m_state = nullptr;
    QDateTimeEdit* m_issuedFrom = nullptr;
    QDateTimeEdit* m_issuedTo = nullptr;
    QPushButton* m_revoke = nullptr;
    QPushButton* m_revokeUser = nullptr;
    QPushButton* m_revokeApplication = nullptr;
    QPushButton* m_deleteRecord = nullptr; // where the backend can delete a token's row (Casdoor)
    QPushButton* m_export = nullptr;
    QPushButton* m_jumpToEnd = nullptr;
    QTabWidget* m_tabs = nullptr;
    QTextBrowser* m_details = nullptr;
    QPlainTextEdit* m_pasted = nullptr;
    QPushButton* m_lookUp = nullptr;
    QTextBrowser* m_lookupResult = nullptr;
    QTimer* m_countdownTimer = nullptr;
    QList<Resource> m_resources;
    QHash<QString, Scope> m_scopes; // by name
    QList<SigningKey> m_keys;
    bool m_lookupsLoaded = false;
};

} // namespace mcpauth
