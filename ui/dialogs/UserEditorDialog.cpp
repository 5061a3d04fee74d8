#include "UserEditorDialog.h"

#include "backend/Backend.h"
#include "widgets/FieldErrorLabels.h"
#include "widgets/PasswordChoice.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mcpauth {

UserEditorDialog::UserEditorDialog(Backend& backend, const User& user, QWidget* parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_original(user)
{
    setObjectName(QStringLiteral("userEditorDialog"));
    setWindowTitle(isNew() ? tr("Add User") : tr("Edit User %1").arg(user.username));
    setWindowModality(Qt::WindowModal);
    m_errors = new FieldErrorLabels(this);

    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [&](const QString& label, QWidget* field, const QString& name) {
        field->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        form->addRow(label, field);
        form->addRow(QString(), m_errors->labelFor(name));
    };
    m_organization = new QComboBox(this);
    m_organization->setObjectName(QStringLiteral("organizationComboBox"));
    addRow(tr("Or&ganization:"), m_organization, QStringLiteral("organizationId"));
    m_username = new QLineEdit(user.username, this);
    m_username->setObjectName(QStringLiteral("usernameLineEdit"));
    m_username->setReadOnly(!isNew());
    addRow(tr("&Username:"), m_username, QStringLiteral("username"));
    m_displayName = new QLineEdit(user.displayName, this);
    m_displayName->setObjectName(QStringLiteral("displayNameLineEdit"));
    addRow(tr("&Display name:"), m_displayName, QStringLiteral("displayName"));
    m_email = new QLineEdit(user.email, this);
    m_email->setObjectName(QStringLiteral("emailLineEdit"));
    addRow(tr("&Email:"), m_email, QStringLiteral("email"));
    m_admin = new QCheckBox(tr("&Administrator: may hold the built-in MCP server's administrator-only scopes"), this);
    m_admin->setObjectName(QStringLiteral("administratorCheckBox"));
    m_admin->setChecked(user.isAdmin);
    form->addRow(QString(), m_admin);
    if (isNew()) {
        m_password = new PasswordChoice(this);
        form->addRow(tr("Password:"), m_password);
        form->addRow(QString(), m_errors->labelFor(QStringLiteral("password")));
        form->addRow(QString(), m_errors->labelFor(QStringLiteral("passwordConfirmation")));
        connect(m_password, &PasswordChoice::changed, this, &UserEditorDialog::validate);
    }
    layout->addLayout(form);
    layout->addWidget(m_errors->generalLabel());
    layout->addStretch();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("userButtonBox"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &UserEditorDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    for (QLineEdit* edit : {m_username, m_displayName, m_email})
        connect(edit, &QLineEdit::textChanged, this, &UserEditorDialog::validate);
    connect(m_organization, &QComboBox::currentIndexChanged, this, &UserEditorDialog::validate);

    m_backend.organizations(this, [this](Result<QList<Organization>> orgs) {
        if (!orgs) {
            m_errors->show(Error::invalid(QStringLiteral("organizationId"),
                tr("Could not load the organizations: %1").arg(orgs.error().message)));
            return;
        }
        {
            const QSignalBlocker blocker(m_organization);
            for (const Organization& org : *orgs)
                m_organization->addItem(org.displayName.isEmpty() ? org.name : org.displayName, org.id);
            const int index = m_organization->findData(m_original.organizationId);
            m_organization->setCurrentIndex(index >= 0 ? index : 0);
        }
        m_organization->setEnabled(isNew() && m_organization->count() > 1);
        m_organizationsLoaded = true;
        validate();
    });
    validate();
    resize(sizeHint().expandedTo(QSize(520, 0)));
}

UserEditorDialog::~UserEditorDialog() = default;

User UserEditorDialog::user() const
{
    User u = m_original;
    const QString org = m_organization->currentData().toString();
    if (!org.isEmpty())
        u.organizationId = org;
    u.username = m_username->text().trimmed();
    u.displayName = m_displayName->text().trimmed();
    u.email = m_email->text().trimmed();
    u.isAdmin = m_admin->isChecked();
    return u;
}

void UserEditorDialog::validate()
{
    ValidationErrors errors = user().validate();
    if (m_password)
        errors << m_password->validate();
    // Before the organizations arrived, "no organization" is no news to anyone.
    if (!m_organizationsLoaded)
        errors.removeIf([](const FieldError& e) { return e.field == QLatin1String("organizationId"); });
    m_errors->show(errors);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(errors.isEmpty() && m_organizationsLoaded && !m_saving);
}

void UserEditorDialog::save()
{
    const User u = user();
    m_saving = true;
    validate();
    const auto failed = [this](const Error& error) {
        m_saving = false;
        validate();
        m_errors->show(error);
    };
    if (isNew()) {
        const bool generated = m_password->isGenerated();
        const QString password = m_password->password();
        m_backend.createUser(u, password, this, [this, failed, generated, password](Result<User> created) {
            if (!created) {
                failed(created.error());
                return;
            }
            Q_EMIT saved(*created, generated ? password : QString());
            accept();
        });
    } else {
        m_backend.updateUser(u, this, [this, failed](Result<User> updated) {
            if (!updated) {
                failed(updated.error());
                return;
            }
            Q_EMIT saved(*updated, {});
            accept();
        });
    }
}

} // namespace mcpauth
