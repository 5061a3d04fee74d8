#include "ScopeEditorDialog.h"

#include "backend/Backend.h"
#include "widgets/FieldErrorLabels.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mcpauth {

ScopeEditorDialog::ScopeEditorDialog(Backend& backend, const Scope& scope, QWidget* parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_original(scope)
{
    setObjectName(QStringLiteral("scopeEditorDialog"));
    setWindowTitle(isNew() ? tr("New Scope") : tr("Edit Scope %1").arg(scope.name));
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
    m_name = new QLineEdit(scope.name, this);
    m_name->setObjectName(QStringLiteral("scopeNameLineEdit"));
    m_name->setPlaceholderText(tr("e.g. files:read"));
    // Tokens and consents carry the name: renaming would silently change what they grant.
    m_name->setReadOnly(!isNew());
    addRow(tr("&Name:"), m_name, QStringLiteral("name"));
    m_displayName = new QLineEdit(scope.displayName, this);
    m_displayName->setObjectName(QStringLiteral("scopeDisplayNameLineEdit"));
    m_displayName->setPlaceholderText(tr("What the consent page shows, e.g. Read your files"));
    addRow(tr("&Display name:"), m_displayName, QStringLiteral("displayName"));
    m_description = new QPlainTextEdit(scope.description, this);
    m_description->setObjectName(QStringLiteral("scopeDescriptionTextEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().height() * 3 + 12);
    addRow(tr("D&escription:"), m_description, QStringLiteral("description"));
    layout->addLayout(form);
    layout->addWidget(m_errors->generalLabel());
    layout->addStretch();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("scopeButtonBox"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ScopeEditorDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this, &ScopeEditorDialog::validate);
    connect(m_displayName, &QLineEdit::textChanged, this, &ScopeEditorDialog::validate);
    connect(m_description, &QPlainTextEdit::textChanged, this, &ScopeEditorDialog::validate);
    validate();
    resize(sizeHint().expandedTo(QSize(480, 0)));
}

ScopeEditorDialog::~ScopeEditorDialog() = default;

Scope ScopeEditorDialog::scope() const
{
    Scope s = m_original;
    s.name = m_name->text().trimmed();
    s.displayName = m_displayName->text().trimmed();
    s.description = m_description->toPlainText().trimmed();
    return s;
}

void ScopeEditorDialog::validate()
{
    const ValidationErrors errors = scope().validate();
    m_errors->show(errors);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(errors.isEmpty() && !m_saving);
}

void ScopeEditorDialog::save()
{
    m_saving = true;
    validate();
    const auto done = [this](Result<Scope> result) {
        m_saving = false;
        if (!result) {
            validate();
            m_errors->show(result.error());
            return;
        }
        Q_EMIT saved(*result);
        accept();
    };
    if (isNew())
        m_backend.createScope(scope(), this, done);
    else
        m_backend.updateScope(scope(), this, done);
}

} // namespace mcpauth
