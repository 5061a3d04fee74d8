#pragma once

#include "ConsolePage.h"

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTabWidget;
class QTextBrowser;

namespace mcpauth {

// The Tokens view of a backend that cannot list tokens but can look one up (a standards-based server):
// paste a token, introspect it (RFC 7662) and see the answer in words, revoke it (RFC 7009); and read
// the server's published metadata and signing keys (JWKS). Why the list is missing is said at the top.
class TokenLookupPage final : public ConsolePage
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TokenLookupPage)

public:
    explicit TokenLookupPage(Backend& backend, QWidget* parent = nullptr);
    ~TokenLookupPage() override;

    [[nodiscard]] QString title() const override;
    [[nodiscard]] Capability capability() const override { return Capability::TokenLookup; }
    void refresh() override;
    void focusFilter() override;
    [[nodiscard]] bool canDelete() const override;
    void deleteSelected() override;

private:
    void lookUp();
    void updateButtons();
    [[nodiscard]] QString pastedToken() const;

    QLabel* m_why = nullptr;
    QTabWidget* m_tabs = nullptr;
    QPlainTextEdit* m_pasted = nullptr;
    QPushButton* m_lookUp = nullptr;
    QPushButton* m_revoke = nullptr;
    QTextBrowser* m_result = nullptr;
    QTextBrowser* m_server = nullptr;
    bool m_busy = false;
};

} // namespace mcpauth
