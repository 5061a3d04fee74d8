#pragma once

#include <QDialog>

class QLineEdit;
class QPushButton;

namespace mcpauth {

// Shows a secret (a client secret, a generated password) once, with a copy button. The secret is
// never logged and never kept: closing the dialog is the last time anyone sees it.
class SecretDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SecretDialog)

public:
    // `explanation`: what the secret is and where it goes ("The new client secret of 'cursor'.").
    SecretDialog(const QString& title, const QString& explanation, const QString& secret, QWidget* parent = nullptr);
    ~SecretDialog() override;

    [[nodiscard]] QString secret() const;

private:
    void copy();

    QLineEdit* m_secret = nullptr;
    QPushButton* m_copy = nullptr;
};

} // namespace mcpauth
