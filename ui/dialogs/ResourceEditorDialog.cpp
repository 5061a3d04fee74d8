#include "ResourceEditorDialog.h"

#include "backend/Backend.h"
#include "widgets/FieldErrorLabels.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mcpauth {

ResourceEditorDialog::ResourceEditorDialog(Backend& backend, const Resource& resource, QWidget* parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_original(resource)
{
    setObjectName(QStringLiteral("resourceEditorDialog"));
    setWindowTitle(isNew() ? tr("New Resource") : tr("Edit Resource %1").arg(resource.uri));
    setWindowModality(Qt::WindowModal);
    m_errors = new FieldErrorLabels(this);

    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A resource is an MCP server the authorization server issues tokens for. Its URI is "
                                "the resource indicator clients send (RFC 8707) and the audience of its tokens."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
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
    m_uri = new QLineEdit(resource.uri, this);
    m_uri->setObjectName(QStringLiteral("uriLineEdit"));
    m_uri->setPlaceholderText(tr("https://mcp.example.com/mcp"));
    addRow(tr("&URI:"), m_uri, QStringLiteral("uri"));
    m_displayName = new QLineEdit(resource.displayName, this);
    m_displayName->setObjectName(QStringLiteral("displayNameLineEdit"));
    addRow(tr("&Display name:"), m_displayName, QStringLiteral("displayName"));
    m_description = new QPlainTextEdit(resource.description, this);
    m_description->setObjectName(QStringLiteral("descriptionTextEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().height() * 3 + 12);
    addRow(tr("D&escription:"), m_description, QStringLiteral("description"));
    layout->addLayout(form);
    layout->addWidget(m_errors->generalLabel());
    layout->addStretch();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("resourceButtonBox"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ResourceEditorDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_uri, &QLineEdit::textChanged, this, &ResourceEditorDialog::validate);
    connect(m_displayName, &QLineEdit::textChanged, this, &ResourceEditorDialog::validate);
    connect(m_description, &QPlainTextEdit::textChanged, this, &ResourceEditorDialog::validate);
    connect(m_organization, &QComboBox::currentIndexChanged, this, &ResourceEditorDialog::validate);

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
    resize(sizeHint().expandedTo(QSize(560, 0)));
}

ResourceEditorDialog::~ResourceEditorDialog() = default;

Resource ResourceEditorDialog::resource() const
{
    Resource r = m_original;
    const QString org = m_organization->currentData().toString();
    if (!org.isEmpty())
        r.organizationId = org;
    r.uri = m_uri->text().trimmed();
    r.displayName = m_displayName->text().trimmed();
    r.description = m_description->toPlainText().trimmed();
    return r;
}

void ResourceEditorDialog::validate()
{
    ValidationErrors errors = resource().validate();
    if (!m_organizationsLoaded)
        errors.removeIf([](const FieldError& e) { return e.field == QLatin1String("organizationId"); });
    m_errors->show(errors);
    m_buttons->button(QDialogButtonBox::Save)->setEnabled(errors.isEmpty() && m_organizationsLoaded && !m_saving);
}

void ResourceEditorDialog::save()
{
    m_saving = true;
    validate();
    const auto done = [this](Result<Resource> result) {
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
        m_backend.createResource(resource(), this, done);
    else
        m_backend.updateResource(resource(), this, done);
}

} // namespace mcpauth
