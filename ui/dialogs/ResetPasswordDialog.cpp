#include "ResetPasswordDialog.h"

#include "backend/Backend.h"
#include "widgets/FieldErrorLabels.h"
#include "widgets/PasswordChoice.h"

#include <QDialogButtonBox>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace mcpauth {

ResetPasswordDialog::ResetPasswordDialog(Backend& backend, const User& user, QWidget* parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_user(user)
{
    setObjectName(QStringLiteral("resetPasswordDialog"));
    setWindowTitle(tr("Reset Password"));
    setWindowModality(Qt::WindowModal);
    m_errors = new FieldErrorLabels(this);

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A new password for %1. The current one stops working when you save; tokens "
                                "already issued stay valid.")
                                 .arg(user.username),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_password = new PasswordChoice(this);
    layout->addWidget(m_password);
    layout->addWidget(m_errors->labelFor(QStringLiteral("password")));
    layout->addWidget(m_errors->labelFor(QStringLiteral("passwordConfirmation")));
    layout->addWidget(m_errors->generalLabel());
    layout->addStretch();
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("resetPasswordButtonBox"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    m_buttons->button(QDialogButtonBox::Save)->setText(tr("Set Password"));
    layout->addWidget(m_buttons);

    connect(m_password, &PasswordChoice::changed, this, &ResetPasswordDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ResetPasswordDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    resize(sizeHint().expandedTo(QSize(460, 0)));
}

ResetPasswordDialog::~ResetPasswordDialog() = default;

void ResetPasswordDialog::validate()
{
    const ValidationErrors errors = m_password->validate();
    m_errors->show(errors);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(errors.isEmpty() && !m_saving);
}

void ResetPasswordDialog::save()
{
    const bool generated = m_password->isGenerated();
    const QString password = m_password->password();
    m_saving = true;
    validate();
    m_backend.setPassword(m_user.id, password, this, [this, generated, password](Status status) {
        m_saving = false;
        if (!status) {
            validate();
            m_errors->show(status.error());
            return;
        }
        Q_EMIT passwordSet(generated ? password : QString());
        accept();
    });
}

} // namespace mcpauth
