#pragma once

#include "domain/User.h"

#include <QDialog>

class QDialogButtonBox;

namespace mcpauth {

class Backend;
class FieldErrorLabels;
class PasswordChoice;

// Gives a user a new password, generated (shown once afterwards) or typed twice.
class ResetPasswordDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ResetPasswordDialog)

public:
    ResetPasswordDialog(Backend& backend, const User& user, QWidget* parent = nullptr);
    ~ResetPasswordDialog() override;

Q_SIGNALS:
    // `generatedPassword`: the password to show once, when one was generated; empty otherwise.
    void passwordSet(const QString& generatedPassword);

private:
    void validate();
    void save();

    Backend& m_backend;
    User m_user;
    bool m_saving = false;
    FieldErrorLabels* m_errors = nullptr;
    PasswordChoice* m_password = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace mcpauth
