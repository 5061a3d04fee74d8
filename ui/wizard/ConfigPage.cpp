#include "ConfigPage.h"

#include "ConnectionWizard.h"
#include "clientconfig/ClientConfigWriter.h"
#include "clientconfig/ConfigFileWriter.h"
#include "clientconfig/PlatformDirs.h"
#include "widgets/ErrorMessage.h"
#include "widgets/StatusColors.h"

#include <QClipboard>
#include <QComboBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFormLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace mcpauth {

namespace {

QPlainTextEdit* codeView(const QString& name, const QString& accessible, QWidget* parent)
{
    auto* view = new QPlainTextEdit(parent);
    view->setObjectName(name);
    view->setAccessibleName(accessible);
    view->setReadOnly(true);
    view->setLineWrapMode(QPlainTextEdit::NoWrap);
    view->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    view->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    return view;
}

void fitLines(QPlainTextEdit* view, int lines)
{
    view->setFixedHeight(view->fontMetrics().lineSpacing() * lines + 2 * view->frameWidth() + 8);
}

} // namespace

ConfigPage::ConfigPage(ConnectionWizard* wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
{
    setObjectName(QStringLiteral("configPage"));
    setTitle(tr("The client's configuration"));
    m_os = new QComboBox(this);
    m_os->setObjectName(QStringLiteral("targetOs"));
    m_os->setAccessibleName(tr("Operating system"));
    m_os->addItem(tr("Linux"), int(TargetOs::Linux));
    m_os->addItem(tr("macOS"), int(TargetOs::MacOs));
    m_os->addItem(tr("Windows"), int(TargetOs::Windows));
    m_os->setCurrentIndex(m_os->findData(int(currentTargetOs())));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("serverName"));
    m_name->setAccessibleName(tr("Server name in the client"));
    m_name->setText(m_wizard->plan().name);
    m_snippet = codeView(QStringLiteral("configSnippet"), tr("Configuration entry"), this);
    // Every argument in view: the entry is what the user approves.
    m_snippet->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    m_commandWarning = new QLabel(this);
    m_commandWarning->setObjectName(QStringLiteral("commandWarning"));
    m_commandWarning->setAccessibleName(tr("Code execution warning"));
    m_commandWarning->setWordWrap(true);
    m_commandWarning->setFrameShape(QFrame::StyledPanel);
    m_commandWarning->setMargin(6);
    StatusColors::apply(m_commandWarning, StatusColors::Kind::Warning);
    m_command = codeView(QStringLiteral("commandText"), tr("Command"), this);
    m_command->setLineWrapMode(QPlainTextEdit::WidgetWidth);
    fitLines(m_command, 3);
    m_notes = new QLabel(this);
    m_notes->setObjectName(QStringLiteral("configNotes"));
    m_notes->setAccessibleName(tr("Notes"));
    m_notes->setWordWrap(true);
    m_notes->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("configFile"));
    m_file->setAccessibleName(tr("Configuration file"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("browseConfigFile"));
    m_browse->setAccessibleName(tr("Choose the configuration file"));
    m_diff = codeView(QStringLiteral("configDiff"), tr("Changes to the file"), this);
    m_write = new QPushButton(tr("&Write"), this);
    m_write->setObjectName(QStringLiteral("writeConfig"));
    m_write->setAccessibleName(tr("Write the configuration file"));
    m_write->setToolTip(tr("Writes the file; the old one is kept beside it as a backup."));
    m_copy = new QPushButton(tr("&Copy"), this);
    m_copy->setObjectName(QStringLiteral("copyConfig"));
    m_copy->setAccessibleName(tr("Copy to the clipboard"));
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("configStatus"));
    m_status->setAccessibleName(tr("Status"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto* top = new QFormLayout;
    auto* osRow = new QHBoxLayout;
    osRow->addWidget(m_os);
    auto* nameLabel = new QLabel(tr("Server &name:"), this);
    nameLabel->setBuddy(m_name);
    osRow->addWidget(nameLabel);
    osRow->addWidget(m_name, 1);
    auto* osLabel = new QLabel(tr("&System:"), this);
    osLabel->setBuddy(m_os);
    top->addRow(osLabel, osRow);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    top->addRow(fileLabel, fileRow);
    auto* snippetLabel = new QLabel(tr("&Entry:"), this);
    snippetLabel->setBuddy(m_snippet);
    auto* diffLabel = new QLabel(tr("&Changes to the file:"), this);
    diffLabel->setBuddy(m_diff);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(m_copy);
    buttons->addWidget(m_write);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(snippetLabel);
    layout->addWidget(m_snippet, 2);
    layout->addWidget(m_commandWarning);
    layout->addWidget(m_command);
    layout->addWidget(m_notes);
    layout->addWidget(diffLabel);
    layout->addWidget(m_diff, 3);
    layout->addLayout(buttons);

    connect(m_os, &QComboBox::currentIndexChanged, this, [this] {
        // Another system's file is only shown: its path is not on this computer.
        m_file->clear();
        regenerate();
    });
    connect(m_name, &QLineEdit::textChanged, this, &ConfigPage::regenerate);
    connect(m_file, &QLineEdit::textChanged, this, &ConfigPage::replan);
    connect(m_browse, &QPushButton::clicked, this, &ConfigPage::chooseFile);
    connect(m_write, &QPushButton::clicked, this, &ConfigPage::write);
    connect(m_copy, &QPushButton::clicked, this, &ConfigPage::copy);
}

void ConfigPage::initializePage()
{
    const ConnectionPlan& plan = m_wizard->plan();
    setSubTitle(tr("What %1 needs to reach %2. Review the changes, then write the file or copy the text.")
                    .arg(ConnectionPlan::clientTitle(plan.client), plan.serverUrl));
    m_file->clear();
    regenerate();
}

void ConfigPage::regenerate()
{
    ConnectionPlan& plan = m_wizard->plan();
    plan.os = TargetOs(m_os->currentData().toInt());
    plan.name = m_name->text().trimmed();
    m_config.reset();
    m_status->clear();
    auto config = plan.config();
    if (!config) {
        if (config.error().code == ErrorCode::NotFound && !plan.client) {
            // Another client: the settings to enter by hand.
            QStringList lines{tr("MCP server URL: %1").arg(plan.serverUrl)};
            if (plan.identity != ConnectionPlan::Identity::SelfRegistration)
                lines << tr("Client ID: %1").arg(plan.clientId) << tr("Client secret: none (public client, PKCE)");
            lines
                << tr("Redirect URIs the application accepts: %1").arg(plan.redirectUris().join(QStringLiteral(", ")));
            if (!plan.scopes.isEmpty())
                lines << tr("Scopes: %1").arg(plan.scopes.join(QLatin1Char(' ')));
            m_snippet->setPlainText(lines.join(QLatin1Char('\n')));
            m_notes->setText(config.error().message);
        } else {
            m_snippet->clear();
            m_notes->clear();
            m_status->setText(ErrorMessage::sentence(tr("Could not make the configuration."), config.error()));
        }
        m_commandWarning->hide();
        m_command->hide();
        m_file->setEnabled(false);
        m_browse->setEnabled(false);
        m_diff->clear();
        m_write->setEnabled(false);
        m_copy->setEnabled(!m_snippet->toPlainText().isEmpty());
        return;
    }
    m_config = *config;
    JsonStyle style;
    m_snippet->setPlainText(m_config->hasFile() ? m_config->snippet(style) : QString());
    m_snippet->setVisible(m_config->hasFile());
    if (m_config->command) {
        const ClientCommand& command = *m_config->command;
        m_command->setPlainText(command.text(plan.os));
        m_command->show();
        QString warning;
        if (command.runByClient)
            warning = tr("⚠ Code execution: %1 runs this command with your privileges every time it starts. "
                         "Writing the file approves it; check every word.")
                          .arg(ConnectionPlan::clientTitle(plan.client));
        else if (command.executesCode)
            warning = tr("⚠ Code execution: this command downloads a package from npm and runs it with your "
                         "privileges.");
        else
            warning = tr("Run this command once in a terminal to add the server:");
        m_commandWarning->setText(warning);
        m_commandWarning->show();
    } else {
        m_command->hide();
        m_commandWarning->hide();
    }
    QStringList notes = m_config->warnings;
    if (!m_config->instructions.isEmpty())
        notes << m_config->instructions;
    m_notes->setText(notes.join(QStringLiteral("\n")));
    m_notes->setVisible(!notes.isEmpty());
    const bool local = plan.os == currentTargetOs();
    m_file->setEnabled(m_config->hasFile() && local);
    m_browse->setEnabled(m_config->hasFile() && local);
    if (m_config->hasFile() && m_file->text().isEmpty()) {
        const PlatformDirs dirs = local ? PlatformDirs::current() : PlatformDirs::placeholders(plan.os);
        const auto path = ClientConfigWriter::userFile(m_config->client, plan.os, dirs);
        const QSignalBlocker blocker(m_file);
        m_file->setText(path ? *path : QString());
    }
    m_copy->setEnabled(true);
    replan();
}

void ConfigPage::replan()
{
    m_plan.reset();
    m_write->setEnabled(false);
    if (!m_config || !m_config->hasFile()) {
        m_diff->setPlainText(
            m_config ? tr("This client has no configuration file: run or copy the command.") : QString());
        return;
    }
    if (m_wizard->plan().os != currentTargetOs()) {
        m_diff->setPlainText(tr("The configuration for another system is shown to copy; only this computer's "
                                "files are written."));
        return;
    }
    const QString path = m_file->text().trimmed();
    if (path.isEmpty()) {
        m_diff->clear();
        return;
    }
    // The client's file is small and local: read at once, and again right before writing.
    auto plan = ConfigFileWriter::plan(path, *m_config, true);
    if (!plan) {
        m_diff->clear();
        m_status->setText(ErrorMessage::sentence(tr("Could not prepare the file."), plan.error()));
        return;
    }
    m_plan = *plan;
    if (m_plan->unchanged) {
        m_diff->setPlainText(tr("%1 already holds this entry: nothing to write.").arg(path));
    } else {
        m_diff->setPlainText(m_plan->diff);
        m_write->setEnabled(true);
    }
    m_status->setText(m_plan->unchanged ? QString()
            : m_plan->replaced          ? tr("Writing replaces the entry “%1” in %2.").arg(m_config->name, path)
            : m_plan->exists ? tr("Writing adds the entry “%1” to %2; everything else stays.").arg(m_config->name, path)
                             : tr("Writing creates %1.").arg(path));
}

bool ConfigPage::write()
{
    if (!m_plan)
        return false;
    const auto backup = ConfigFileWriter::write(*m_plan);
    if (!backup) {
        m_status->setText(ErrorMessage::sentence(tr("Could not write the configuration."), backup.error()));
        ErrorMessage::show(this, tr("Could not write the configuration."), backup.error());
        return false;
    }
    const QString path = m_plan->path;
    const QString done = backup->isEmpty() ? tr("Wrote %1.").arg(path)
                                           : tr("Wrote %1; the old file is kept as %2.").arg(path, *backup);
    replan();
    m_status->setText(done);
    Q_EMIT m_wizard->statusMessage(done);
    return true;
}

void ConfigPage::chooseFile()
{
    auto* dialog = new QFileDialog(this, tr("Configuration file"), QFileInfo(m_file->text()).absolutePath(),
        tr("JSON files (*.json);;All files (*)"));
    dialog->setObjectName(QStringLiteral("configFileDialog"));
    dialog->setAcceptMode(QFileDialog::AcceptSave);
    dialog->setFileMode(QFileDialog::AnyFile);
    // Choosing an existing file is the point: the entry is merged into it, never replacing it.
    dialog->setOption(QFileDialog::DontConfirmOverwrite);
    dialog->selectFile(m_file->text());
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QFileDialog::fileSelected, this, [this](const QString& path) { m_file->setText(path); });
    dialog->open();
}

void ConfigPage::copy()
{
    QString text;
    if (!m_config)
        text = m_snippet->toPlainText();
    else if (m_config->hasFile())
        text = m_config->snippet(JsonStyle{});
    else if (m_config->command)
        text = m_config->command->text(m_wizard->plan().os);
    QGuiApplication::clipboard()->setText(text);
    m_status->setText(tr("Copied to the clipboard."));
}

} // namespace mcpauth
