#pragma once

#include "domain/User.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDialogButtonBox;
class QLineEdit;

namespace mcpauth {

class Backend;
class FieldErrorLabels;
class PasswordChoice;

// Adds a user (with a password, generated or typed) or edits one's name, email and role, with the
// domain's validation under each field; Save stays disabled until the user is valid.
class UserEditorDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(UserEditorDialog)

public:
    // A new user (empty `user.id`) or an existing one.
    UserEditorDialog(Backend& backend, const User& user, QWidget* parent = nullptr);
    ~UserEditorDialog() override;

    [[nodiscard]] bool isNew() const { return m_original.id.isEmpty(); }
    [[nodiscard]] User user() const;

Q_SIGNALS:
    // `generatedPassword`: the password to show once, when one was generated; empty otherwise.
    void saved(const User& user, const QString& generatedPassword);

private:
    void validate();
    void save();

    Backend& m_backend;
    User m_original;
    bool m_organizationsLoaded = false;
    bool m_saving = false;
    FieldErrorLabels* m_errors = nullptr;
    QComboBox* m_organization = nullptr;
    QLineEdit* m_username = nullptr;
    QLineEdit* m_displayName = nullptr;
    QLineEdit* m_email = nullptr;
    QCheckBox* m_admin = nullptr;
    PasswordChoice* m_password = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
};

} // namespace mcpauth
