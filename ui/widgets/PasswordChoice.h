#pragma once

#include "domain/FieldError.h"

#include <QWidget>

class QLineEdit;
class QRadioButton;

namespace mcpauth {

// A new password: generated from the operating system's CSPRNG (shown once after saving), or typed
// twice. validate() gives the domain's password rule and a mismatch as FieldErrors ("password",
// "passwordConfirmation").
class PasswordChoice final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PasswordChoice)

public:
    explicit PasswordChoice(QWidget* parent = nullptr);
    ~PasswordChoice() override;

    [[nodiscard]] bool isGenerated() const;
    // Generates a fresh password each time when isGenerated(); the typed one otherwise.
    [[nodiscard]] QString password() const;
    [[nodiscard]] ValidationErrors validate() const;
    [[nodiscard]] QWidget* lastInput() const;

    // 24 characters of base64url from 144 random bits.
    [[nodiscard]] static QString generate();

Q_SIGNALS:
    void changed();

private:
    void updateEnabled();

    QRadioButton* m_generate = nullptr;
    QRadioButton* m_type = nullptr;
    QLineEdit* m_password = nullptr;
    QLineEdit* m_confirmation = nullptr;
};

} // namespace mcpauth
