#include "ConnectionProfilesDialog.h"

#include "backend/ConnectionProfileStore.h"
#include "backend/ProfileSecrets.h"
#include "widgets/StatusColors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTableWidget>
#include <QVBoxLayout>

namespace mcpauth {

namespace {
const QList<BackendKind> kKinds{
    BackendKind::LocalSqlite, BackendKind::LocalPostgres, BackendKind::Casdoor, BackendKind::Standards};
} // namespace

ConnectionProfilesDialog::ConnectionProfilesDialog(
    ConnectionProfileStore& profiles, ProfileSecrets& secrets, QWidget* parent)
    : QDialog(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
{
    setObjectName(QStringLiteral("connectionProfilesDialog"));
    setWindowTitle(tr("Connection Profiles"));

    m_listWidget = new QListWidget(this);
    m_listWidget->setObjectName(QStringLiteral("profileListWidget"));
    m_listWidget->setAccessibleName(tr("Saved profiles"));
    auto* newButton = new QPushButton(tr("&New"), this);
    newButton->setObjectName(QStringLiteral("newProfileButton"));
    m_delete = new QPushButton(tr("&Delete"), this);
    m_delete->setObjectName(QStringLiteral("deleteProfileButton"));
    auto* left = new QWidget(this);
    auto* leftLayout = new QVBoxLayout(left);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_listWidget, 1);
    auto* listButtons = new QHBoxLayout;
    listButtons->addWidget(newButton);
    listButtons->addWidget(m_delete);
    leftLayout->addLayout(listButtons);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("profileNameLineEdit"));
    m_name->setAccessibleName(tr("Profile name"));
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("profileKindComboBox"));
    m_kind->setAccessibleName(tr("Backend kind"));
    for (BackendKind kind : kKinds)
        m_kind->addItem(ConnectionProfile::kindTitle(kind), ConnectionProfile::kindName(kind));
    m_location = new QLineEdit(this);
    m_location->setObjectName(QStringLiteral("profileLocationLineEdit"));
    m_browse = new QPushButton(tr("Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browseButton"));
    auto* locationRow = new QHBoxLayout;
    locationRow->addWidget(m_location, 1);
    locationRow->addWidget(m_browse);
    m_organization = new QLineEdit(this);
    m_organization->setObjectName(QStringLiteral("profileOrganizationLineEdit"));
    m_organization->setAccessibleName(tr("Organization"));
    m_clientId = new QLineEdit(this);
    m_clientId->setObjectName(QStringLiteral("profileClientIdLineEdit"));
    m_clientId->setAccessibleName(tr("Client ID"));
    m_secret = new QLineEdit(this);
    m_secret->setObjectName(QStringLiteral("profileSecretLineEdit"));
    m_secret->setEchoMode(QLineEdit::Password);
    m_secretNote = new QLabel(this);
    m_secretNote->setObjectName(QStringLiteral("secretNoteLabel"));
    m_secretNote->setWordWrap(true);
    m_default = new QCheckBox(tr("Open this profile when the console starts"), this);
    m_default->setObjectName(QStringLiteral("defaultProfileCheckBox"));
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("profileErrorLabel"));
    m_error->setWordWrap(true);
    StatusColors::apply(m_error, StatusColors::Kind::Error);

    m_locationLabel = new QLabel(this);
    m_organizationLabel = new QLabel(tr("&Organization:"), this);
    m_organizationLabel->setBuddy(m_organization);
    m_clientIdLabel = new QLabel(tr("Client &ID:"), this);
    m_clientIdLabel->setBuddy(m_clientId);
    m_secretLabel = new QLabel(this);
    m_secretLabel->setBuddy(m_secret);
    m_locationLabel->setBuddy(m_location);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Backend:"), m_kind);
    form->addRow(m_locationLabel, locationRow);
    form->addRow(m_organizationLabel, m_organization);
    form->addRow(m_clientIdLabel, m_clientId);
    form->addRow(m_secretLabel, m_secret);
    form->addRow(QString(), m_secretNote);
    form->addRow(QString(), m_default);
    form->addRow(QString(), m_error);

    m_capabilities = new QTableWidget(0, 2, this);
    m_capabilities->setObjectName(QStringLiteral("capabilitiesTableWidget"));
    m_capabilities->setAccessibleName(tr("What this backend can do"));
    m_capabilities->setHorizontalHeaderLabels({tr("Feature"), tr("Available")});
    m_capabilities->verticalHeader()->hide();
    m_capabilities->horizontalHeader()->setStretchLastSection(true);
    m_capabilities->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_capabilities->setSelectionMode(QAbstractItemView::NoSelection);
    m_capabilities->setWordWrap(true);

    auto* right = new QWidget(this);
    auto* rightLayout = new QVBoxLayout(right);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addLayout(form);
    rightLayout->addWidget(new QLabel(tr("What this backend can do:"), this));
    rightLayout->addWidget(m_capabilities, 1);

    auto* splitter = new QSplitter(this);
    splitter->addWidget(left);
    splitter->addWidget(right);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({200, 560});

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(tr("&Save"), QDialogButtonBox::ApplyRole);
    m_save->setObjectName(QStringLiteral("saveProfileButton"));
    m_connect = buttons->addButton(tr("&Connect"), QDialogButtonBox::AcceptRole);
    m_connect->setObjectName(QStringLiteral("connectProfileButton"));
    m_connect->setDefault(true);
    buttons->addButton(QDialogButtonBox::Close);

    auto* layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(buttons);

    connect(m_listWidget, &QListWidget::currentRowChanged, this, &ConnectionProfilesDialog::showProfile);
    connect(newButton, &QPushButton::clicked, this, &ConnectionProfilesDialog::newProfile);
    connect(m_delete, &QPushButton::clicked, this, &ConnectionProfilesDialog::deleteProfile);
    connect(m_kind, &QComboBox::currentIndexChanged, this, &ConnectionProfilesDialog::updateForKind);
    connect(m_browse, &QPushButton::clicked, this, &ConnectionProfilesDialog::browseForFile);
    for (QLineEdit* edit : {m_name, m_location, m_organization, m_clientId})
        connect(edit, &QLineEdit::textChanged, this, &ConnectionProfilesDialog::validateInline);
    connect(m_save, &QPushButton::clicked, this, [this] { save(false); });
    connect(m_connect, &QPushButton::clicked, this, [this] { save(true); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    setTabOrder(m_listWidget, newButton);
    setTabOrder(newButton, m_delete);
    setTabOrder(m_delete, m_name);
    setTabOrder(m_name, m_kind);
    setTabOrder(m_kind, m_location);
    setTabOrder(m_location, m_browse);
    setTabOrder(m_browse, m_organization);
    setTabOrder(m_organization, m_clientId);
    setTabOrder(m_clientId, m_secret);
    setTabOrder(m_secret, m_default);

    resize(860, 560);
    reloadList(m_profiles.defaultProfileId());
    if (m_list.isEmpty())
        newProfile();
}

ConnectionProfilesDialog::~ConnectionProfilesDialog() = default;

void ConnectionProfilesDialog::selectProfile(const QString& id)
{
    reloadList(id);
}

void ConnectionProfilesDialog::reloadList(const QString& selectId)
{
    m_list = m_profiles.profiles();
    const QSignalBlocker blocker(m_listWidget);
    m_listWidget->clear();
    int select = m_list.isEmpty() ? -1 : 0;
    const QString defaultId = m_profiles.defaultProfileId();
    for (int i = 0; i < m_list.size(); ++i) {
        const ConnectionProfile& p = m_list.at(i);
        auto* item = new QListWidgetItem(p.id == defaultId ? tr("%1 (default)").arg(p.name) : p.name, m_listWidget);
        item->setToolTip(tr("%1: %2").arg(ConnectionProfile::kindTitle(p.kind), p.location));
        if (p.id == selectId)
            select = i;
    }
    m_listWidget->setCurrentRow(select);
    showProfile(select);
}

void ConnectionProfilesDialog::showProfile(int row)
{
    const bool exists = row >= 0 && row < m_list.size();
    const ConnectionProfile profile = exists ? m_list.at(row) : ConnectionProfile{};
    m_currentId = profile.id;
    m_name->setText(profile.name);
    m_kind->setCurrentIndex(int(kKinds.indexOf(profile.kind)));
    m_location->setText(profile.location);
    m_organization->setText(profile.organization);
    m_clientId->setText(profile.clientId);
    m_secret->clear();
    m_default->setChecked(exists && m_profiles.defaultProfileId() == profile.id);
    m_delete->setEnabled(exists);
    updateForKind();
    if (exists && profile.needsSecret()) {
        m_secret->setPlaceholderText(tr("Checking the keychain…"));
        m_secrets.read(profile.secretKey(), this, [this, id = profile.id](Result<QString> secret) {
            if (id != m_currentId)
                return;
            // The secret itself is never put back in the field: only whether one is saved.
            m_secret->setPlaceholderText(secret ? tr("Saved; type to replace it") : tr("Not saved yet"));
        });
    }
}

void ConnectionProfilesDialog::newProfile()
{
    m_listWidget->clearSelection();
    m_listWidget->setCurrentRow(-1);
    showProfile(-1);
    m_name->setFocus();
}

void ConnectionProfilesDialog::deleteProfile()
{
    if (m_currentId.isEmpty())
        return;
    const QString id = m_currentId;
    auto* box = new QMessageBox(QMessageBox::Question, tr("Delete profile"),
        tr("Delete the profile '%1' and its saved secret? The backend itself is not changed.").arg(m_name->text()),
        QMessageBox::Yes | QMessageBox::Cancel, this);
    box->setObjectName(QStringLiteral("deleteProfileMessageBox"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, id](int result) {
        if (result != QMessageBox::Yes)
            return;
        const auto profile = m_profiles.find(id);
        if (Status removed = m_profiles.remove(id); !removed) {
            m_error->setText(removed.error().message);
            return;
        }
        if (profile)
            m_secrets.forget(profile->secretKey(), this, [](Status) {});
        reloadList({});
    });
    box->open();
}

ConnectionProfile ConnectionProfilesDialog::editedProfile() const
{
    ConnectionProfile p;
    p.id = m_currentId;
    p.name = m_name->text().trimmed();
    p.kind = kKinds.value(m_kind->currentIndex(), BackendKind::LocalSqlite);
    p.location = m_location->text().trimmed();
    if (p.kind == BackendKind::Casdoor)
        p.organization = m_organization->text().trimmed();
    if (p.kind == BackendKind::Casdoor || p.kind == BackendKind::Standards)
        p.clientId = m_clientId->text().trimmed();
    return p;
}

void ConnectionProfilesDialog::updateForKind()
{
    const ConnectionProfile p = editedProfile();
    switch (p.kind) {
    case BackendKind::LocalSqlite:
        m_locationLabel->setText(tr("Store &file:"));
        m_location->setPlaceholderText(tr("/home/you/.local/share/mcp-auth/store.sqlite"));
        break;
    case BackendKind::LocalPostgres:
        m_locationLabel->setText(tr("Database &URL:"));
        m_location->setPlaceholderText(QStringLiteral("postgresql://mcpauth@db.example.com:5432/mcpauth"));
        break;
    case BackendKind::Casdoor:
        m_locationLabel->setText(tr("Casdoor &URL:"));
        m_location->setPlaceholderText(QStringLiteral("https://casdoor.example.com"));
        break;
    case BackendKind::Standards:
        m_locationLabel->setText(tr("&Issuer:"));
        m_location->setPlaceholderText(QStringLiteral("https://auth.example.com"));
        break;
    }
    m_location->setAccessibleName(m_locationLabel->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')));
    m_browse->setVisible(p.kind == BackendKind::LocalSqlite);
    m_organizationLabel->setVisible(p.kind == BackendKind::Casdoor);
    m_organization->setVisible(p.kind == BackendKind::Casdoor);
    const bool remote = p.kind == BackendKind::Casdoor || p.kind == BackendKind::Standards;
    m_clientIdLabel->setVisible(remote);
    m_clientId->setVisible(remote);
    m_secretLabel->setVisible(p.needsSecret());
    m_secret->setVisible(p.needsSecret());
    m_secretNote->setVisible(p.needsSecret());
    if (p.needsSecret()) {
        m_secretLabel->setText(tr("%1:").arg(p.secretLabel()));
        m_secret->setAccessibleName(p.secretLabel());
        m_secretNote->setText(m_secrets.keychainProblem().isEmpty()
                ? tr("Kept in the system keychain, never in a file.")
                : tr("No keychain is available (%1). The secret will be kept for this session only and asked "
                     "for again next time.")
                      .arg(m_secrets.keychainProblem()));
    }
    showCapabilities(p.kind);
    validateInline();
}

void ConnectionProfilesDialog::validateInline()
{
    const Status valid = editedProfile().validate();
    m_error->setText(valid ? QString() : valid.error().message);
    const QString field = valid ? QString() : valid.error().field;
    const QHash<QString, QLineEdit*> edits{{QStringLiteral("name"), m_name}, {QStringLiteral("location"), m_location},
        {QStringLiteral("organization"), m_organization}, {QStringLiteral("clientId"), m_clientId}};
    for (auto it = edits.begin(); it != edits.end(); ++it)
        it.value()->setProperty("invalid", it.key() == field);
    m_save->setEnabled(valid.isOk());
    m_connect->setEnabled(valid.isOk());
}

void ConnectionProfilesDialog::showCapabilities(BackendKind kind)
{
    const BackendCapabilities caps = ConnectionProfile::expectedCapabilities(kind);
    const QList<Capability> all = allCapabilities();
    m_capabilities->setRowCount(int(all.size()));
    for (int i = 0; i < all.size(); ++i) {
        const Capability c = all.at(i);
        auto* what = new QTableWidgetItem(capabilityTitle(c));
        auto* available = new QTableWidgetItem(caps.supports(c) ? tr("Yes") : tr("No: %1").arg(caps.reason(c)));
        available->setToolTip(caps.reason(c));
        m_capabilities->setItem(i, 0, what);
        m_capabilities->setItem(i, 1, available);
    }
    m_capabilities->resizeColumnToContents(0);
    m_capabilities->resizeRowsToContents();
}

void ConnectionProfilesDialog::browseForFile()
{
    auto* dialog = new QFileDialog(this, tr("Choose the store file"), m_location->text());
    dialog->setObjectName(QStringLiteral("storeFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setAcceptMode(QFileDialog::AcceptOpen);
    dialog->setFileMode(QFileDialog::AnyFile);
    dialog->setNameFilters({tr("SQLite stores (*.sqlite *.db)"), tr("All files (*)")});
    connect(dialog, &QFileDialog::fileSelected, m_location, &QLineEdit::setText);
    dialog->open();
}

void ConnectionProfilesDialog::save(bool thenConnect)
{
    auto saved = m_profiles.save(editedProfile());
    if (!saved) {
        m_error->setText(saved.error().message);
        return;
    }
    const ConnectionProfile profile = *saved;
    if (m_default->isChecked())
        m_profiles.setDefaultProfileId(profile.id);
    else if (m_profiles.defaultProfileId() == profile.id)
        m_profiles.setDefaultProfileId({});
    const QString secret = m_secret->text();
    m_secret->clear();
    reloadList(profile.id);
    auto finish = [this, profile, thenConnect] {
        if (thenConnect) {
            Q_EMIT connectRequested(profile);
            accept();
        }
    };
    if (!profile.needsSecret() || secret.isEmpty()) {
        finish();
        return;
    }
    m_secrets.store(profile.secretKey(), secret, this, [this, finish](Result<SecretPersistence> stored) {
        if (!stored) {
            m_error->setText(tr("The secret could not be saved: %1").arg(stored.error().message));
            return;
        }
        m_secretNote->setText(*stored == SecretPersistence::Keychain
                ? tr("Saved in the system keychain.")
                : tr("No keychain is available (%1). The secret is kept for this session only and will be "
                     "asked for again next time.")
                      .arg(m_secrets.keychainProblem()));
        finish();
    });
}

} // namespace mcpauth
