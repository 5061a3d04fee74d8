#include "ApplicationEditorDialog.h"

#include "backend/Backend.h"
#include "domain/ApplicationTemplate.h"
#include "widgets/DifferenceNote.h"
#include "widgets/FieldErrorLabels.h"
#include "widgets/RedirectUriEditor.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QSpinBox>
#include <QTabWidget>
#include <QVBoxLayout>
#include <limits>

namespace mcpauth {

namespace {

QStringList words(const QString& text)
{
    return text.split(QRegularExpression(QStringLiteral("[\\s,]+")), Qt::SkipEmptyParts);
}

template <typename E>
void selectData(QComboBox* combo, E value)
{
    const int index = combo->findData(int(value));
    if (index >= 0)
        combo->setCurrentIndex(index);
}

template <typename E>
E currentData(const QComboBox* combo)
{
    return static_cast<E>(combo->currentData().toInt());
}

// Which tab shows which field, so a tab can say it holds a problem.
int tabOf(const QString& field)
{
    static const QStringList redirects{
        QStringLiteral("redirectUris"), QStringLiteral("grantTypes"), QStringLiteral("pkceRequired")};
    static const QStringList tokens{QStringLiteral("tokenFormat"), QStringLiteral("signingAlgorithm"),
        QStringLiteral("accessTokenLifetime"), QStringLiteral("refreshTokenLifetime"), QStringLiteral("consentPolicy"),
        QStringLiteral("allowedScopes"), QStringLiteral("corsOrigins")};
    if (redirects.contains(field))
        return 1;
    if (tokens.contains(field))
        return 2;
    return 0;
}

} // namespace

ApplicationEditorDialog::ApplicationEditorDialog(Backend& backend, const Application& application, QWidget* parent)
    : QDialog(parent)
    , m_backend(backend)
    , m_original(application)
{
    setObjectName(QStringLiteral("applicationEditorDialog"));
    setWindowTitle(isNew() ? tr("New Application")
                           : tr("Edit Application %1")
                                 .arg(application.displayName.isEmpty() ? application.name : application.displayName));
    setWindowModality(Qt::WindowModal);
    m_errors = new FieldErrorLabels(this);

    auto* layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("applicationTabWidget"));
    m_tabs->setAccessibleName(tr("Application settings"));
    m_tabs->addTab(buildGeneralTab(), tr("&General"));
    m_tabs->addTab(buildRedirectsTab(), tr("&Redirects && grants"));
    m_tabs->addTab(buildTokensTab(), tr("T&okens && consent"));
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_errors->generalLabel());

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("applicationButtonBox"));
    m_buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("saveButton"));
    layout->addWidget(m_buttons);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ApplicationEditorDialog::save);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setForm(application);
    loadOrganizations();
    resize(sizeHint().expandedTo(QSize(640, 560)));
}

ApplicationEditorDialog::~ApplicationEditorDialog() = default;

QWidget* ApplicationEditorDialog::buildGeneralTab()
{
    auto* page = new QWidget(m_tabs);
    auto* pageLayout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    pageLayout->addLayout(form);
    // Spare height stays below the fields instead of opening gaps between them.
    pageLayout->addStretch(1);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [&](const QString& label, QWidget* field, const QString& name) {
        field->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        form->addRow(label, field);
        if (!name.isEmpty())
            form->addRow(QString(), m_errors->labelFor(name));
    };

    m_template = new QComboBox(page);
    m_template->setObjectName(QStringLiteral("templateComboBox"));
    m_template->addItem(tr("None: start from defaults"), QString());
    for (const ApplicationTemplate& t : ApplicationTemplate::all())
        m_template->addItem(t.title, t.id);
    m_templateNote = new QLabel(page);
    m_templateNote->setObjectName(QStringLiteral("templateNoteLabel"));
    m_templateNote->setWordWrap(true);
    m_templateNote->setTextFormat(Qt::PlainText);
    if (isNew()) {
        addRow(tr("&Template:"), m_template, {});
        form->addRow(QString(), m_templateNote);
    } else {
        m_template->hide();
        m_templateNote->hide();
    }

    m_organization = new QComboBox(page);
    m_organization->setObjectName(QStringLiteral("organizationComboBox"));
    addRow(tr("Or&ganization:"), m_organization, QStringLiteral("organizationId"));
    m_name = new QLineEdit(page);
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_name->setPlaceholderText(tr("A short unique name, e.g. cursor-team"));
    addRow(tr("&Name:"), m_name, QStringLiteral("name"));
    m_displayName = new QLineEdit(page);
    m_displayName->setObjectName(QStringLiteral("displayNameLineEdit"));
    addRow(tr("&Display name:"), m_displayName, QStringLiteral("displayName"));
    m_description = new QPlainTextEdit(page);
    m_description->setObjectName(QStringLiteral("descriptionTextEdit"));
    m_description->setTabChangesFocus(true);
    m_description->setFixedHeight(m_description->fontMetrics().height() * 3 + 12);
    addRow(tr("D&escription:"), m_description, QStringLiteral("description"));
    m_clientId = new QLineEdit(page);
    m_clientId->setObjectName(QStringLiteral("clientIdLineEdit"));
    m_clientId->setPlaceholderText(tr("Generated when left empty"));
    m_clientId->setReadOnly(!isNew());
    addRow(tr("&Client ID:"), m_clientId, QStringLiteral("clientId"));

    m_clientType = new QComboBox(page);
    m_clientType->setObjectName(QStringLiteral("clientTypeComboBox"));
    m_clientType->addItem(tr("Public: an app on a device, no secret (PKCE)"), int(ClientType::Public));
    m_clientType->addItem(tr("Confidential: runs on a server, has a secret"), int(ClientType::Confidential));
    addRow(tr("Client t&ype:"), m_clientType, QStringLiteral("clientType"));
    m_authMethod = new QComboBox(page);
    m_authMethod->setObjectName(QStringLiteral("authMethodComboBox"));
    m_authMethod->addItem(tr("none (public clients)"), int(TokenEndpointAuthMethod::None));
    m_authMethod->addItem(tr("client_secret_basic (HTTP Basic)"), int(TokenEndpointAuthMethod::ClientSecretBasic));
    m_authMethod->addItem(tr("client_secret_post (in the form)"), int(TokenEndpointAuthMethod::ClientSecretPost));
    addRow(tr("Token endpoint &authentication:"), m_authMethod, QStringLiteral("authMethod"));

    m_category = new QComboBox(page);
    m_category->setObjectName(QStringLiteral("categoryComboBox"));
    m_category->addItem(tr("Agent"), int(AppCategory::Agent));
    m_category->addItem(tr("Default"), int(AppCategory::Default));
    addRow(tr("Ca&tegory:"), m_category, QStringLiteral("category"));
    m_type = new QComboBox(page);
    m_type->setObjectName(QStringLiteral("typeComboBox"));
    addRow(tr("T&ype:"), m_type, QStringLiteral("type"));

    connect(m_template, &QComboBox::currentIndexChanged, this,
        [this] { applyTemplate(m_template->currentData().toString()); });
    connect(m_organization, &QComboBox::currentIndexChanged, this, &ApplicationEditorDialog::validate);
    connect(m_name, &QLineEdit::textChanged, this, &ApplicationEditorDialog::validate);
    connect(m_displayName, &QLineEdit::textChanged, this, &ApplicationEditorDialog::validate);
    connect(m_description, &QPlainTextEdit::textChanged, this, &ApplicationEditorDialog::validate);
    connect(m_clientId, &QLineEdit::textChanged, this, &ApplicationEditorDialog::validate);
    connect(m_clientType, &QComboBox::currentIndexChanged, this, [this] {
        // The usual pairing; the administrator can still pick the other secret method.
        if (!m_loading) {
            const bool confidential = currentData<ClientType>(m_clientType) == ClientType::Confidential;
            const bool hasSecretMethod
                = currentData<TokenEndpointAuthMethod>(m_authMethod) != TokenEndpointAuthMethod::None;
            if (confidential != hasSecretMethod)
                selectData(m_authMethod,
                    confidential ? TokenEndpointAuthMethod::ClientSecretBasic : TokenEndpointAuthMethod::None);
        }
        validate();
    });
    connect(m_authMethod, &QComboBox::currentIndexChanged, this, &ApplicationEditorDialog::validate);
    connect(m_category, &QComboBox::currentIndexChanged, this, [this] {
        updateTypes();
        validate();
    });
    connect(m_type, &QComboBox::currentIndexChanged, this, &ApplicationEditorDialog::validate);
    return page;
}

QWidget* ApplicationEditorDialog::buildRedirectsTab()
{
    auto* page = new QWidget(m_tabs);
    auto* pageLayout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    pageLayout->addLayout(form);
    // Spare height stays below the fields instead of opening gaps between them.
    pageLayout->addStretch(1);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_redirects = new RedirectUriEditor(page);
    form->addRow(tr("Redirect URIs:"), m_redirects);
    form->addRow(QString(), m_errors->labelFor(QStringLiteral("redirectUris")));
    addDifferenceNote(form, QStringLiteral("application.redirectUris"), {}, NoteEffect::Explain);

    auto* grants = new QWidget(page);
    auto* grantLayout = new QVBoxLayout(grants);
    grantLayout->setContentsMargins(0, 0, 0, 0);
    m_authorizationCode = new QCheckBox(tr("authorization_code: a person signs in and consents"), grants);
    m_authorizationCode->setObjectName(QStringLiteral("authorizationCodeCheckBox"));
    m_refreshToken = new QCheckBox(tr("refresh_token: new access tokens without signing in again"), grants);
    m_refreshToken->setObjectName(QStringLiteral("refreshTokenCheckBox"));
    m_clientCredentials
        = new QCheckBox(tr("client_credentials: the client acts for itself (confidential only)"), grants);
    m_clientCredentials->setObjectName(QStringLiteral("clientCredentialsCheckBox"));
    grantLayout->addWidget(m_authorizationCode);
    grantLayout->addWidget(m_refreshToken);
    grantLayout->addWidget(m_clientCredentials);
    form->addRow(tr("Grant types:"), grants);
    form->addRow(QString(), m_errors->labelFor(QStringLiteral("grantTypes")));

    m_pkce = new QCheckBox(tr("Require &PKCE (S256) on every authorization request"), page);
    m_pkce->setObjectName(QStringLiteral("pkceCheckBox"));
    form->addRow(QString(), m_pkce);
    form->addRow(QString(), m_errors->labelFor(QStringLiteral("pkceRequired")));
    // The server cannot store "required": offering the box would promise what it does not do.
    addDifferenceNote(form, QStringLiteral("application.pkceRequired"), {m_pkce}, NoteEffect::Disable);

    connect(m_redirects, &RedirectUriEditor::changed, this, &ApplicationEditorDialog::validate);
    for (QCheckBox* box : {m_authorizationCode, m_refreshToken, m_clientCredentials, m_pkce})
        connect(box, &QCheckBox::toggled, this, &ApplicationEditorDialog::validate);
    return page;
}

QWidget* ApplicationEditorDialog::buildTokensTab()
{
    auto* page = new QWidget(m_tabs);
    auto* pageLayout = new QVBoxLayout(page);
    auto* form = new QFormLayout;
    pageLayout->addLayout(form);
    // Spare height stays below the fields instead of opening gaps between them.
    pageLayout->addStretch(1);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    const auto addRow = [&](const QString& label, QWidget* field, const QString& name) {
        field->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        form->addRow(label, field);
        form->addRow(QString(), m_errors->labelFor(name));
    };

    m_tokenFormat = new QComboBox(page);
    m_tokenFormat->setObjectName(QStringLiteral("tokenFormatComboBox"));
    m_tokenFormat->addItem(tr("JWT (verifiable by the resource)"), int(TokenFormat::Jwt));
    m_tokenFormat->addItem(tr("Opaque (checked by introspection)"), int(TokenFormat::Opaque));
    addRow(tr("Token &format:"), m_tokenFormat, QStringLiteral("tokenFormat"));
    m_signingAlgorithm = new QComboBox(page);
    m_signingAlgorithm->setObjectName(QStringLiteral("signingAlgorithmComboBox"));
    m_signingAlgorithm->addItem(QStringLiteral("RS256"), int(SigningAlgorithm::RS256));
    m_signingAlgorithm->addItem(QStringLiteral("ES256"), int(SigningAlgorithm::ES256));
    addRow(tr("&Signing algorithm:"), m_signingAlgorithm, QStringLiteral("signingAlgorithm"));

    m_accessLifetime = new QSpinBox(page);
    m_accessLifetime->setObjectName(QStringLiteral("accessTokenLifetimeSpinBox"));
    m_accessLifetime->setRange(0, std::numeric_limits<int>::max());
    m_accessLifetime->setSuffix(tr(" s"));
    m_accessLifetime->setToolTip(tr("From %1 s (one minute) to %2 s (one day).")
                                     .arg(Application::kMinAccessLifetime)
                                     .arg(Application::kMaxAccessLifetime));
    addRow(tr("A&ccess token lifetime:"), m_accessLifetime, QStringLiteral("accessTokenLifetime"));
    m_refreshLifetime = new QSpinBox(page);
    m_refreshLifetime->setObjectName(QStringLiteral("refreshTokenLifetimeSpinBox"));
    m_refreshLifetime->setRange(0, std::numeric_limits<int>::max());
    m_refreshLifetime->setSuffix(tr(" s"));
    m_refreshLifetime->setToolTip(tr("At most %1 s (one year).").arg(Application::kMaxRefreshLifetime));
    addRow(tr("&Refresh token lifetime:"), m_refreshLifetime, QStringLiteral("refreshTokenLifetime"));
    addDifferenceNote(
        form, QStringLiteral("application.lifetimes"), {m_accessLifetime, m_refreshLifetime}, NoteEffect::Explain);

    m_consentPolicy = new QComboBox(page);
    m_consentPolicy->setObjectName(QStringLiteral("consentPolicyComboBox"));
    m_consentPolicy->addItem(tr("Once: ask the first time, remember the answer"), int(ConsentPolicy::Once));
    m_consentPolicy->addItem(tr("Always: ask on every authorization"), int(ConsentPolicy::Always));
    m_consentPolicy->addItem(tr("Never: trusted first-party client"), int(ConsentPolicy::Never));
    addRow(tr("Co&nsent:"), m_consentPolicy, QStringLiteral("consentPolicy"));
    addDifferenceNote(form, QStringLiteral("application.consentPolicy"), {m_consentPolicy}, NoteEffect::Disable);
    m_scopes = new QLineEdit(page);
    m_scopes->setObjectName(QStringLiteral("allowedScopesLineEdit"));
    m_scopes->setPlaceholderText(tr("Space-separated; empty: any scope of the resource"));
    addRow(tr("Allowed sco&pes:"), m_scopes, QStringLiteral("allowedScopes"));
    m_corsOrigins = new QLineEdit(page);
    m_corsOrigins->setObjectName(QStringLiteral("corsOriginsLineEdit"));
    m_corsOrigins->setPlaceholderText(tr("Space-separated origins, e.g. https://app.example.com"));
    addRow(tr("CORS &origins:"), m_corsOrigins, QStringLiteral("corsOrigins"));
    addDifferenceNote(form, QStringLiteral("application.corsOrigins"), {m_corsOrigins}, NoteEffect::Disable);

    for (QComboBox* combo : {m_tokenFormat, m_signingAlgorithm, m_consentPolicy})
        connect(combo, &QComboBox::currentIndexChanged, this, &ApplicationEditorDialog::validate);
    for (QSpinBox* spin : {m_accessLifetime, m_refreshLifetime})
        connect(spin, &QSpinBox::valueChanged, this, &ApplicationEditorDialog::validate);
    for (QLineEdit* edit : {m_scopes, m_corsOrigins})
        connect(edit, &QLineEdit::textChanged, this, &ApplicationEditorDialog::validate);
    return page;
}

void ApplicationEditorDialog::addDifferenceNote(
    QFormLayout* form, const QString& topic, const QList<QWidget*>& fields, NoteEffect effect)
{
    auto* note = new DifferenceNote(m_backend, topic);
    if (!note->hasNote()) {
        delete note;
        return;
    }
    for (QWidget* field : fields) {
        field->setToolTip(note->text());
        if (effect == NoteEffect::Disable)
            field->setEnabled(false);
    }
    form->addRow(QString(), note);
}

void ApplicationEditorDialog::loadOrganizations()
{
    const BackendCapabilities caps = m_backend.capabilities();
    if (!caps.supports(Capability::Organizations)) {
        // The server itself is the only "organization" (a standards-based server has none).
        const QSignalBlocker blocker(m_organization);
        m_organization->clear();
        m_organization->addItem(m_backend.displayName(),
            m_original.organizationId.isEmpty() ? m_backend.displayName() : m_original.organizationId);
        m_organization->setEnabled(false);
        m_organization->setToolTip(caps.reason(Capability::Organizations));
        m_organizationsLoaded = true;
        validate();
        return;
    }
    m_backend.organizations(this, [this](Result<QList<Organization>> orgs) {
        if (!orgs) {
            m_errors->show(Error::invalid(QStringLiteral("organizationId"),
                tr("Could not load the organizations: %1").arg(orgs.error().message)));
            return;
        }
        {
            const QSignalBlocker blocker(m_organization);
            m_organization->clear();
            for (const Organization& org : *orgs)
                m_organization->addItem(org.displayName.isEmpty() ? org.name : org.displayName, org.id);
            const int index = m_organization->findData(m_original.organizationId);
            m_organization->setCurrentIndex(index >= 0 ? index : 0);
        }
        // An application stays in its organization; the CLI's export and import move one.
        m_organization->setEnabled(isNew() && m_organization->count() > 1);
        m_organizationsLoaded = true;
        validate();
    });
}

void ApplicationEditorDialog::setForm(const Application& app)
{
    m_loading = true;
    m_name->setText(app.name);
    m_displayName->setText(app.displayName);
    m_description->setPlainText(app.description);
    m_clientId->setText(app.clientId);
    selectData(m_clientType, app.clientType);
    selectData(m_authMethod, app.authMethod);
    selectData(m_category, app.category);
    updateTypes();
    const int type = m_type->findText(app.type);
    if (type >= 0)
        m_type->setCurrentIndex(type);
    m_redirects->setUris(app.redirectUris);
    m_authorizationCode->setChecked(app.hasGrant(GrantType::AuthorizationCode));
    m_refreshToken->setChecked(app.hasGrant(GrantType::RefreshToken));
    m_clientCredentials->setChecked(app.hasGrant(GrantType::ClientCredentials));
    // A server that cannot require PKCE (the box is disabled then) never shows it as required.
    m_pkce->setChecked(app.pkceRequired && m_pkce->isEnabled());
    selectData(m_tokenFormat, app.tokenFormat);
    selectData(m_signingAlgorithm, app.signingAlgorithm);
    m_accessLifetime->setValue(app.accessTokenLifetime);
    m_refreshLifetime->setValue(app.refreshTokenLifetime);
    selectData(m_consentPolicy, app.consentPolicy);
    m_scopes->setText(app.allowedScopes.join(QLatin1Char(' ')));
    m_corsOrigins->setText(app.corsOrigins.join(QLatin1Char(' ')));
    m_loading = false;
    validate();
}

bool ApplicationEditorDialog::applyTemplate(const QString& templateId)
{
    if (templateId.isEmpty()) {
        m_templateNote->clear();
        return true;
    }
    const auto found = ApplicationTemplate::find(templateId);
    if (!found)
        return false;
    {
        const QSignalBlocker blocker(m_template);
        m_template->setCurrentIndex(m_template->findData(templateId));
    }
    // What the administrator typed about the application itself stays; the template decides how it
    // authenticates and where it is redirected to.
    Application app = found->application;
    const Application typed = application();
    app.organizationId = typed.organizationId;
    app.name = typed.name;
    if (!typed.displayName.isEmpty())
        app.displayName = typed.displayName;
    app.description = typed.description;
    app.clientId = typed.clientId;
    app.allowedScopes = typed.allowedScopes;
    app.corsOrigins = typed.corsOrigins;
    setForm(app);
    m_templateNote->setText(found->note);
    return true;
}

void ApplicationEditorDialog::updateTypes()
{
    const QString current = m_type->currentText();
    const QSignalBlocker blocker(m_type);
    m_type->clear();
    m_type->addItems(Application::typesOf(currentData<AppCategory>(m_category)));
    const int index = m_type->findText(current);
    m_type->setCurrentIndex(index >= 0 ? index : 0);
}

Application ApplicationEditorDialog::application() const
{
    Application app = m_original;
    app.organizationId = m_organization->currentData().toString();
    if (app.organizationId.isEmpty())
        app.organizationId = m_original.organizationId;
    app.name = m_name->text().trimmed();
    app.displayName = m_displayName->text().trimmed();
    app.description = m_description->toPlainText().trimmed();
    app.clientId = m_clientId->text().trimmed();
    app.clientType = currentData<ClientType>(m_clientType);
    app.authMethod = currentData<TokenEndpointAuthMethod>(m_authMethod);
    app.category = currentData<AppCategory>(m_category);
    app.type = m_type->currentText();
    app.redirectUris = m_redirects->uris();
    app.grantTypes.clear();
    if (m_authorizationCode->isChecked())
        app.grantTypes << GrantType::AuthorizationCode;
    if (m_refreshToken->isChecked())
        app.grantTypes << GrantType::RefreshToken;
    if (m_clientCredentials->isChecked())
        app.grantTypes << GrantType::ClientCredentials;
    app.pkceRequired = m_pkce->isChecked();
    app.tokenFormat = currentData<TokenFormat>(m_tokenFormat);
    app.signingAlgorithm = currentData<SigningAlgorithm>(m_signingAlgorithm);
    app.accessTokenLifetime = m_accessLifetime->value();
    app.refreshTokenLifetime = m_refreshLifetime->value();
    app.consentPolicy = currentData<ConsentPolicy>(m_consentPolicy);
    app.allowedScopes = words(m_scopes->text());
    app.corsOrigins = words(m_corsOrigins->text());
    return app;
}

void ApplicationEditorDialog::validate()
{
    if (m_loading)
        return;
    ValidationErrors errors = application().validate(m_backend.applicationLimits());
    // Before the organizations arrived, "no organization" is no news to anyone.
    if (!m_organizationsLoaded)
        errors.removeIf([](const FieldError& e) { return e.field == QLatin1String("organizationId"); });
    m_errors->show(errors);
    QList<int> problems(m_tabs->count(), 0);
    for (const FieldError& e : errors)
        ++problems[tabOf(e.field)];
    const QStringList titles{tr("&General"), tr("&Redirects && grants"), tr("T&okens && consent")};
    for (int i = 0; i < m_tabs->count(); ++i) {
        m_tabs->setTabText(
            i, problems[i] == 0 ? titles[i] : tr("%1 (%n problem(s))", nullptr, problems[i]).arg(titles[i]));
    }
    QPushButton* save = m_buttons->button(QDialogButtonBox::Save);
    save->setEnabled(errors.isEmpty() && m_organizationsLoaded && !m_saving);
    save->setToolTip(errors.isEmpty() ? QString() : errors.first().message);
}

void ApplicationEditorDialog::save()
{
    const Application app = application();
    if (!app.validate(m_backend.applicationLimits()).isEmpty())
        return;
    m_saving = true;
    validate();
    const auto done = [this](Result<SavedApplication> result) {
        m_saving = false;
        if (!result) {
            validate();
            m_errors->show(result.error());
            m_tabs->setCurrentIndex(tabOf(result.error().field));
            return;
        }
        Q_EMIT saved(*result);
        accept();
    };
    if (isNew())
        m_backend.createApplication(app, this, done);
    else
        m_backend.updateApplication(app, this, done);
}

} // namespace mcpauth
