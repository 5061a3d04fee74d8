#include "PreferencesDialog.h"

#include "ConsoleSettings.h"
#include "backend/ConnectionProfileStore.h"
#include "logging/FileLogger.h"
#include "store/DataPaths.h"
#include "widgets/StatusColors.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QPushButton>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace mcpauth {

namespace {
QLabel* noteLabel(const QString& text, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    return label;
}
} // namespace

PreferencesDialog::PreferencesDialog(ConnectionProfileStore& profiles, QWidget* parent)
    : QDialog(parent)
    , m_profiles(profiles)
{
    setObjectName(QStringLiteral("preferencesDialog"));
    setWindowTitle(tr("Preferences"));
    const ConsoleSettings settings = ConsoleSettings::load();

    // Created in the order they are shown: that is the tab order.
    m_language = new QComboBox(this);
    m_language->setObjectName(QStringLiteral("languageComboBox"));
    m_language->setAccessibleName(tr("Language"));
    m_language->addItem(tr("System default"), QString());
    for (const QString& tag : ConsoleSettings::availableLanguages()) {
        m_language->addItem(ConsoleSettings::languageName(tag), tag);
        if (tag == settings.language)
            m_language->setCurrentIndex(m_language->count() - 1);
    }

    m_defaultProfile = new QComboBox(this);
    m_defaultProfile->setObjectName(QStringLiteral("defaultProfileComboBox"));
    m_defaultProfile->setAccessibleName(tr("Open at start"));
    m_defaultProfile->addItem(tr("The local store"), QString());
    const QString current = m_profiles.defaultProfileId();
    for (const ConnectionProfile& p : m_profiles.profiles()) {
        m_defaultProfile->addItem(tr("%1 (%2)").arg(p.name, ConnectionProfile::kindTitle(p.kind)), p.id);
        if (p.id == current)
            m_defaultProfile->setCurrentIndex(m_defaultProfile->count() - 1);
    }

    m_startServer = new QCheckBox(tr("Run the local authorization server and MCP server"), this);
    m_startServer->setObjectName(QStringLiteral("startServerCheckBox"));
    m_startServer->setChecked(settings.startServer);

    m_address = new QLineEdit(settings.serverAddress, this);
    m_address->setObjectName(QStringLiteral("serverAddressLineEdit"));
    m_address->setAccessibleName(tr("Local server address"));
    m_address->setPlaceholderText(QStringLiteral("127.0.0.1"));
    m_addressNote = new QLabel(this);
    m_addressNote->setObjectName(QStringLiteral("serverAddressNoteLabel"));
    m_addressNote->setWordWrap(true);
    m_addressNote->hide();

    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("serverPortSpinBox"));
    m_port->setAccessibleName(tr("Local server port"));
    m_port->setRange(0, 65535);
    m_port->setSpecialValueText(tr("Any free port"));
    m_port->setValue(settings.serverPort);

    m_logLevel = new QComboBox(this);
    m_logLevel->setObjectName(QStringLiteral("logLevelComboBox"));
    m_logLevel->setAccessibleName(tr("Log level"));
    m_logLevel->addItem(tr("Errors only"), int(LogLevel::Errors));
    m_logLevel->addItem(tr("Warnings and errors"), int(LogLevel::Warnings));
    m_logLevel->addItem(tr("Information (recommended)"), int(LogLevel::Info));
    m_logLevel->addItem(tr("Debug (for troubleshooting)"), int(LogLevel::Debug));
    m_logLevel->setCurrentIndex(m_logLevel->findData(int(settings.logLevel)));

    m_chosenDataFolder = settings.dataFolder;
    m_dataFolder = new QLineEdit(this);
    m_dataFolder->setObjectName(QStringLiteral("dataFolderLineEdit"));
    m_dataFolder->setAccessibleName(tr("Data folder"));
    m_dataFolder->setReadOnly(true);
    m_chooseDataFolder = new QPushButton(tr("&Choose…"), this);
    m_chooseDataFolder->setObjectName(QStringLiteral("chooseDataFolderButton"));
    m_chooseDataFolder->setAccessibleName(tr("Choose the data folder"));
    m_openDataFolder = new QPushButton(tr("Open &Data Folder"), this);
    m_openDataFolder->setObjectName(QStringLiteral("openDataFolderButton"));
    setDataFolder(settings.dataFolder);

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_buttons->setObjectName(QStringLiteral("preferencesButtonBox"));

    auto* form = new QFormLayout;
    form->addRow(tr("&Language:"), m_language);
    form->addRow(QString(), noteLabel(tr("The language changes the next time the console starts."), this));
    form->addRow(tr("&Open at start:"), m_defaultProfile);
    form->addRow(QString(), m_startServer);
    form->addRow(tr("Local server &address:"), m_address);
    form->addRow(QString(), m_addressNote);
    form->addRow(tr("Local server &port:"), m_port);
    form->addRow(QString(),
        noteLabel(
            tr("Server changes apply the next time the console starts; the --port option overrides the port."), this));
    form->addRow(tr("Log &level:"), m_logLevel);
    auto* folderRow = new QHBoxLayout;
    folderRow->addWidget(m_dataFolder, 1);
    folderRow->addWidget(m_chooseDataFolder);
    folderRow->addWidget(m_openDataFolder);
    form->addRow(tr("Data &folder:"), folderRow);
    if (auto* folderLabel = qobject_cast<QLabel*>(form->labelForField(folderRow)))
        folderLabel->setBuddy(m_dataFolder);
    form->addRow(QString(),
        noteLabel(tr("The store, its keys and the log file (%1) live here. A new folder applies the next time the "
                     "console starts; MCPAUTH_DATA_DIR overrides it.")
                      .arg(FileLogger::defaultFileName()),
            this));

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addStretch();
    layout->addWidget(m_buttons);

    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] {
        save();
        accept();
    });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_startServer, &QCheckBox::toggled, this, [this](bool on) {
        m_port->setEnabled(on);
        m_address->setEnabled(on);
    });
    m_port->setEnabled(settings.startServer);
    m_address->setEnabled(settings.startServer);
    connect(m_address, &QLineEdit::textChanged, this, &PreferencesDialog::validateAddress);
    connect(m_chooseDataFolder, &QPushButton::clicked, this, &PreferencesDialog::chooseDataFolder);
    connect(m_openDataFolder, &QPushButton::clicked, this, [this] {
        QDir().mkpath(dataFolder());
        QDesktopServices::openUrl(QUrl::fromLocalFile(dataFolder()));
    });
    validateAddress();
    resize(620, sizeHint().height());
}

PreferencesDialog::~PreferencesDialog() = default;

QString PreferencesDialog::dataFolder() const
{
    return m_dataFolder->text().isEmpty() ? DataPaths::dataDirectory()
                                          : QDir::fromNativeSeparators(m_dataFolder->text());
}

void PreferencesDialog::setDataFolder(const QString& folder)
{
    m_chosenDataFolder = folder.isEmpty() ? QString() : QDir::cleanPath(folder);
    m_dataFolder->setText(
        QDir::toNativeSeparators(m_chosenDataFolder.isEmpty() ? DataPaths::dataDirectory() : m_chosenDataFolder));
}

void PreferencesDialog::chooseDataFolder()
{
    // The platform's own folder chooser, opened window-modal (no nested event loop).
    auto* dialog = new QFileDialog(this, tr("Choose the data folder"), dataFolder());
    dialog->setObjectName(QStringLiteral("dataFolderFileDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setFileMode(QFileDialog::Directory);
    dialog->setOption(QFileDialog::ShowDirsOnly);
    connect(dialog, &QFileDialog::fileSelected, this, &PreferencesDialog::setDataFolder);
    dialog->open();
}

void PreferencesDialog::validateAddress()
{
    const QString address = m_address->text().trimmed();
    QPushButton* ok = m_buttons->button(QDialogButtonBox::Ok);
    if (!ConsoleSettings::isValidAddress(address)) {
        m_addressNote->setText(tr("Enter an IP address, such as 127.0.0.1 or ::1."));
        StatusColors::apply(m_addressNote, StatusColors::Kind::Error);
        m_addressNote->show();
        ok->setEnabled(false);
        layout()->activate();
        resize(width(), qMax(height(), sizeHint().height()));
        return;
    }
    ok->setEnabled(true);
    if (ConsoleSettings::isLoopbackAddress(address)) {
        m_addressNote->hide();
        return;
    }
    m_addressNote->setText(
        tr("Warning: on %1 other computers can reach the server. Off loopback it only runs with HTTPS, which "
           "'mcp-auth serve --tls-cert … --tls-key …' provides; the console's own server will not start there.")
            .arg(address));
    StatusColors::apply(m_addressNote, StatusColors::Kind::Warning);
    m_addressNote->show();
    // The wrapped warning needs its lines: grow the dialog rather than clip it.
    layout()->activate();
    resize(width(), qMax(height(), sizeHint().height()));
}

void PreferencesDialog::save()
{
    m_profiles.setDefaultProfileId(m_defaultProfile->currentData().toString());
    ConsoleSettings settings = ConsoleSettings::load();
    settings.language = m_language->currentData().toString();
    settings.serverAddress = m_address->text().trimmed();
    settings.serverPort = quint16(m_port->value());
    settings.startServer = m_startServer->isChecked();
    settings.logLevel = LogLevel(m_logLevel->currentData().toInt());
    settings.dataFolder = m_chosenDataFolder;
    settings.save();
    // The log level needs no restart.
    QLoggingCategory::setFilterRules(FileLogger::filterRules(settings.logLevel));
}

} // namespace mcpauth
