#include "PasswordChoice.h"

#include "domain/User.h"
#include "security/SecureRandom.h"

#include <QFormLayout>
#include <QLineEdit>
#include <QRadioButton>
#include <QVBoxLayout>

namespace mcpauth {

PasswordChoice::PasswordChoice(QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("passwordChoice"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_generate = new QRadioButton(tr("&Generate a strong password (shown once after saving)"), this);
    m_generate->setObjectName(QStringLiteral("generatePasswordRadioButton"));
    m_type = new QRadioButton(tr("T&ype a password"), this);
    m_type->setObjectName(QStringLiteral("typePasswordRadioButton"));
    m_generate->setChecked(true);
    layout->addWidget(m_generate);
    layout->addWidget(m_type);

    auto* form = new QFormLayout;
    form->setContentsMargins(24, 0, 0, 0);
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("passwordLineEdit"));
    m_password->setAccessibleName(tr("Password"));
    m_password->setEchoMode(QLineEdit::Password);
    m_confirmation = new QLineEdit(this);
    m_confirmation->setObjectName(QStringLiteral("passwordConfirmationLineEdit"));
    m_confirmation->setAccessibleName(tr("Password again"));
    m_confirmation->setEchoMode(QLineEdit::Password);
    form->addRow(tr("&Password:"), m_password);
    form->addRow(tr("&Again:"), m_confirmation);
    layout->addLayout(form);

    connect(m_generate, &QRadioButton::toggled, this, &PasswordChoice::updateEnabled);
    connect(m_password, &QLineEdit::textChanged, this, &PasswordChoice::changed);
    connect(m_confirmation, &QLineEdit::textChanged, this, &PasswordChoice::changed);
    updateEnabled();
}

PasswordChoice::~PasswordChoice() = default;

bool PasswordChoice::isGenerated() const
{
    return m_generate->isChecked();
}

QString PasswordChoice::generate()
{
    return SecureRandom::token(18);
}

QString PasswordChoice::password() const
{
    return isGenerated() ? generate() : m_password->text();
}

ValidationErrors PasswordChoice::validate() const
{
    if (isGenerated())
        return {};
    ValidationErrors errors = User::checkPassword(m_password->text());
    if (errors.isEmpty() && m_confirmation->text() != m_password->text()) {
        errors << FieldError{
            QStringLiteral("passwordConfirmation"), tr("The two passwords differ. Type the same password twice.")};
    }
    return errors;
}

QWidget* PasswordChoice::lastInput() const
{
    return m_confirmation;
}

void PasswordChoice::updateEnabled()
{
    m_password->setEnabled(!isGenerated());
    m_confirmation->setEnabled(!isGenerated());
    if (!isGenerated())
        m_password->setFocus();
    Q_EMIT changed();
}

} // namespace mcpauth
