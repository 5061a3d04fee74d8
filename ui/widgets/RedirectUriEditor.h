#pragma once

#include <QStringList>
#include <QWidget>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace mcpauth {

// The redirect URIs of an application: a list to add to, edit in place (F2 or double-click) and remove
// from, and a "try a URI" box that says whether an authorization request's redirect_uri would match,
// and why not, by the authorization server's own rules (RedirectUriRules).
class RedirectUriEditor final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(RedirectUriEditor)

public:
    explicit RedirectUriEditor(QWidget* parent = nullptr);
    ~RedirectUriEditor() override;

    void setUris(const QStringList& uris);
    [[nodiscard]] QStringList uris() const;
    // The widget that takes the focus in a tab order (the new-URI line).
    [[nodiscard]] QWidget* firstInput() const;
    [[nodiscard]] QWidget* lastInput() const;

Q_SIGNALS:
    void changed();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void addUri();
    void removeSelected();
    void tryUri();
    void updateButtons();

    QListWidget* m_list = nullptr;
    QLineEdit* m_newUri = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_remove = nullptr;
    QLineEdit* m_try = nullptr;
    QLabel* m_tryResult = nullptr;
};

} // namespace mcpauth
