#include "MainWindow.h"

#include "backend/Backend.h"
#include "backend/BackendFactory.h"
#include "backend/ConnectionProfileStore.h"
#include "backend/LocalBackend.h"
#include "backend/ProfileSecrets.h"
#include "dialogs/ConnectionProfilesDialog.h"
#include "dialogs/FirstStartDialog.h"
#include "dialogs/KeyboardShortcutsDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "inspector/ConnectionsPage.h"
#include "logging/FileLogger.h"
#include "pages/ApplicationsPage.h"
#include "pages/AuditPage.h"
#include "pages/ConsentsPage.h"
#include "pages/ConsolePage.h"
#include "pages/ResourcesPage.h"
#include "pages/SigningKeysPage.h"
#include "pages/TokenLookupPage.h"
#include "pages/TokensPage.h"
#include "pages/UnavailablePage.h"
#include "pages/UsersPage.h"
#include "secrets/KeychainSecretStore.h"
#include "server/LocalServerRunner.h"
#include "store/DataPaths.h"
#include "widgets/ErrorMessage.h"
#include "wizard/ConnectionWizard.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QKeySequence>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QToolBar>
#include <QUrl>

namespace mcpauth {

namespace {
constexpr int kStatusMessageMs = 10000;
const char* const kGeometryKey = "MainWindow/geometry";
const char* const kStateKey = "MainWindow/state";
const char* const kViewKey = "MainWindow/view";
} // namespace

MainWindow::MainWindow(Backend& backend, QWidget* parent)
    : QMainWindow(parent)
    , m_backend(&backend)
    , m_profileStore(std::make_unique<ConnectionProfileStore>())
{
    m_keychain = new KeychainSecretStore(this);
    m_profileSecrets = new ProfileSecrets(m_keychain, this);
    setWindowTitle(tr("MCP Auth Console"));
    setObjectName(QStringLiteral("mainWindow"));

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigationListWidget"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setSpacing(3);
    for (int i = 0; i < kViewCount; ++i)
        m_navigation->addItem(viewTitle(static_cast<View>(i)));

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pagesStackedWidget"));

    auto* splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);
    splitter->setSizes({180, 920});
    setCentralWidget(splitter);

    m_backendLabel = new QLabel(this);
    m_backendLabel->setObjectName(QStringLiteral("backendLabel"));
    m_actorLabel = new QLabel(this);
    m_actorLabel->setObjectName(QStringLiteral("actorLabel"));
    m_serverLabel = new QLabel(tr("Local server: not running"), this);
    m_serverLabel->setObjectName(QStringLiteral("serverLabel"));
    statusBar()->addWidget(m_backendLabel, 1);
    statusBar()->addPermanentWidget(m_actorLabel);
    statusBar()->addPermanentWidget(m_serverLabel);

    createActions();
    resize(1100, 680);
    buildPages();
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::onCurrentViewChanged);
    restoreSettings();
}

MainWindow::~MainWindow()
{
    // Pages hold the backend by reference: they go first.
    while (m_pages->count() > 0) {
        QWidget* page = m_pages->widget(0);
        m_pages->removeWidget(page);
        delete page;
    }
}

void MainWindow::setSecretStore(SecretStore* store)
{
    delete m_profileSecrets;
    m_profileSecrets = new ProfileSecrets(store, this);
}

void MainWindow::showConnectionProfiles()
{
    if (auto* open = findChild<ConnectionProfilesDialog*>()) {
        open->raise();
        open->activateWindow();
        return;
    }
    auto* dialog = new ConnectionProfilesDialog(*m_profileStore, *m_profileSecrets, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ConnectionProfilesDialog::connectRequested, this, &MainWindow::connectProfile);
    dialog->open();
}

void MainWindow::connectProfile(const ConnectionProfile& profile)
{
    const QString what = tr("Could not connect to '%1'").arg(profile.name);
    auto withSecret = [this, profile, what](const QString& secret) {
        auto created = BackendFactory::create(profile, secret);
        if (!created) {
            ErrorMessage::show(this, what, created.error());
            return;
        }
        m_connecting = std::move(created).value();
        statusBar()->showMessage(tr("Connecting to '%1'…").arg(profile.name));
        Backend* connecting = m_connecting.get();
        connecting->open(this, [this, connecting, what, profile](Status opened) {
            if (m_connecting.get() != connecting)
                return;
            if (!opened) {
                statusBar()->clearMessage();
                ErrorMessage::show(this, what, opened.error());
                m_connecting.reset();
                return;
            }
            std::unique_ptr<Backend> previous = std::move(m_ownedBackend);
            m_ownedBackend = std::move(m_connecting);
            setBackend(*m_ownedBackend);
            statusBar()->showMessage(tr("Connected to '%1'.").arg(profile.name), kStatusMessageMs);
            // setBackend deleted the pages that used the previous backend (deleteLater): let them go first.
            if (previous)
                previous.release()->deleteLater();
        });
    };
    if (!profile.needsSecret()) {
        withSecret({});
        return;
    }
    m_profileSecrets->read(profile.secretKey(), this, [this, withSecret, what](Result<QString> secret) {
        if (!secret) {
            ErrorMessage::show(this, what,
                Error::make(secret.error().code,
                    tr("No secret is saved for this profile. Open File > Connection Profiles and enter it (%1).")
                        .arg(secret.error().message)));
            return;
        }
        withSecret(*secret);
    });
}

QString MainWindow::viewTitle(View view)
{
    switch (view) {
    case View::Applications:
        return tr("Applications");
    case View::Resources:
        return tr("Resources & Scopes");
    case View::Users:
        return tr("Users");
    case View::Tokens:
        return tr("Tokens");
    case View::Consents:
        return tr("Consents");
    case View::Audit:
        return tr("Audit log");
    case View::SigningKeys:
        return tr("Signing keys");
    case View::Connections:
        return tr("Connections");
    }
    return {};
}

ConsolePage* MainWindow::createPage(View view)
{
    switch (view) {
    case View::Applications:
        return new ApplicationsPage(*m_backend, m_pages);
    case View::Tokens:
        // A server that cannot list tokens may still look one up (RFC 7662) and revoke it (RFC 7009).
        if (!m_backend->capabilities().supports(Capability::TokenList)
            && m_backend->capabilities().supports(Capability::TokenLookup))
            return new TokenLookupPage(*m_backend, m_pages);
        return new TokensPage(*m_backend, m_pages);
    case View::Audit:
        return new AuditPage(*m_backend, m_pages);
    case View::Consents:
        return new ConsentsPage(*m_backend, m_pages);
    case View::SigningKeys:
        return new SigningKeysPage(*m_backend, m_pages);
    case View::Resources:
        return new ResourcesPage(*m_backend, m_pages);
    case View::Users:
        return new UsersPage(*m_backend, m_pages);
    case View::Connections: {
        auto* connections = new ConnectionsPage(*m_backend, m_pages);
        connect(connections, &ConnectionsPage::newConnectionRequested, this, &MainWindow::showConnectionWizard);
        return connections;
    }
    }
    return nullptr;
}

void MainWindow::setBackend(Backend& backend)
{
    if (m_backend)
        disconnect(m_backend, nullptr, this, nullptr);
    m_backend = &backend;
    buildPages();
    refresh();
}

void MainWindow::buildPages()
{
    const int current = qMax(0, m_navigation->currentRow());
    while (m_pages->count() > 0) {
        QWidget* old = m_pages->widget(0);
        m_pages->removeWidget(old);
        old->deleteLater();
    }
    m_consolePages.clear();
    m_stale.clear();

    const BackendCapabilities caps = m_backend->capabilities();
    for (int i = 0; i < kViewCount; ++i) {
        const auto view = static_cast<View>(i);
        ConsolePage* page = createPage(view);
        QWidget* shown = page;
        QString reason;
        if (page && !caps.supports(page->capability())) {
            reason = caps.reason(page->capability());
            shown = new UnavailablePage(page->title(), reason, m_pages);
            delete page;
            page = nullptr;
        } else if (!page) {
            reason = tr("This view is not part of this build yet; the command-line tool 'mcp-auth' covers it.");
            shown = new UnavailablePage(viewTitle(view), reason, m_pages);
        }
        if (page) {
            m_consolePages.insert(i, page);
            m_stale.insert(i, true);
            connect(page, &ConsolePage::statusMessage, this,
                [this](const QString& text) { statusBar()->showMessage(text, kStatusMessageMs); });
            connect(page, &ConsolePage::actionsChanged, this, &MainWindow::updateActions);
        }
        m_navigation->item(i)->setToolTip(reason);
        m_pages->addWidget(shown);
    }

    m_backendLabel->setText(m_backend->displayName());
    m_actorLabel->setText(tr("Signed in as %1").arg(m_backend->actor()));
    connect(m_backend, &Backend::dataChanged, this, &MainWindow::onDataChanged);
    m_navigation->setCurrentRow(current);
    m_pages->setCurrentIndex(current);
    updateActions();
}

ConsolePage* MainWindow::page(View view) const
{
    return m_consolePages.value(int(view));
}

MainWindow::View MainWindow::currentView() const
{
    return static_cast<View>(qMax(0, m_navigation->currentRow()));
}

void MainWindow::onCurrentViewChanged(int index)
{
    if (index < 0)
        return;
    m_pages->setCurrentIndex(index);
    if (ConsolePage* p = m_consolePages.value(index); p && m_stale.value(index)) {
        m_stale.insert(index, false);
        p->refresh();
    }
    updateActions();
}

void MainWindow::onDataChanged()
{
    // The page in view follows at once; the others reload when they are next shown.
    const int current = m_navigation->currentRow();
    for (auto it = m_stale.begin(); it != m_stale.end(); ++it)
        it.value() = it.key() != current;
    if (ConsolePage* p = m_consolePages.value(current))
        p->refresh();
}

void MainWindow::createActions()
{
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    m_newAction = fileMenu->addAction(tr("&New…"), this, [this] {
        if (ConsolePage* p = page(currentView()); p && p->canCreate())
            p->createNew();
    });
    m_newAction->setShortcut(QKeySequence::New);
    m_newAction->setObjectName(QStringLiteral("newAction"));
    m_deleteAction = fileMenu->addAction(tr("&Delete…"), this, [this] {
        if (ConsolePage* p = page(currentView()); p && p->canDelete())
            p->deleteSelected();
    });
    m_deleteAction->setShortcut(QKeySequence::Delete);
    m_deleteAction->setObjectName(QStringLiteral("deleteAction"));
    auto* newConnection = fileMenu->addAction(tr("New &Connection…"), this, &MainWindow::showConnectionWizard);
    newConnection->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N));
    newConnection->setObjectName(QStringLiteral("newConnectionAction"));
    fileMenu->addSeparator();
    auto* profiles = fileMenu->addAction(tr("Connection &Profiles…"), this, &MainWindow::showConnectionProfiles);
    profiles->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_O));
    profiles->setObjectName(QStringLiteral("connectionProfilesAction"));
    fileMenu->addSeparator();
    auto* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));

    auto* editMenu = menuBar()->addMenu(tr("&Edit"));
    auto* preferences = editMenu->addAction(tr("&Preferences…"), this, [this] {
        auto* dialog = new PreferencesDialog(*m_profileStore, this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    // Linux desktops have no platform key for Preferences; Ctrl+, is what most applications use.
    preferences->setShortcut(QKeySequence(QKeySequence::Preferences).isEmpty()
            ? QKeySequence(Qt::CTRL | Qt::Key_Comma)
            : QKeySequence(QKeySequence::Preferences));
    preferences->setMenuRole(QAction::PreferencesRole);
    preferences->setObjectName(QStringLiteral("preferencesAction"));

    auto* viewMenu = menuBar()->addMenu(tr("&View"));
    auto* refreshAction = viewMenu->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setObjectName(QStringLiteral("refreshAction"));
    auto* find = viewMenu->addAction(tr("&Find"), this, [this] {
        if (ConsolePage* p = page(currentView()))
            p->focusFilter();
    });
    find->setShortcut(QKeySequence::Find);
    find->setObjectName(QStringLiteral("findAction"));
    viewMenu->addSeparator();
    for (int i = 0; i < kViewCount; ++i) {
        QString title = viewTitle(static_cast<View>(i));
        title.replace(QLatin1Char('&'), QLatin1String("&&"));
        auto* go = viewMenu->addAction(title, this, [this, i] { showView(static_cast<View>(i)); });
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }

    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    auto* shortcuts = helpMenu->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        if (auto* open = findChild<KeyboardShortcutsDialog*>()) {
            open->raise();
            open->activateWindow();
            return;
        }
        auto* dialog = new KeyboardShortcutsDialog(menuBar(), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    shortcuts->setShortcut(QKeySequence::HelpContents);
    shortcuts->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    auto* logFolder = helpMenu->addAction(tr("Open &Log Folder"), this, [] {
        // Where the running logger writes; the data folder when none runs (tests, a read-only folder).
        const QString file = FileLogger::activeFilePath();
        const QString folder = file.isEmpty() ? DataPaths::dataDirectory() : QFileInfo(file).absolutePath();
        QDir().mkpath(folder);
        QDesktopServices::openUrl(QUrl::fromLocalFile(folder));
    });
    logFolder->setObjectName(QStringLiteral("openLogFolderAction"));
    helpMenu->addSeparator();
    helpMenu->addAction(tr("&About MCP Auth Console"), this, [this] {
        QMessageBox::about(this, tr("About MCP Auth Console"),
            tr("<b>MCP Auth Console</b> %1<br>Administration of OAuth 2.1 for MCP servers.")
                .arg(QApplication::applicationVersion()));
    });

    auto* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->addAction(m_newAction);
    toolbar->addAction(m_deleteAction);
    toolbar->addAction(refreshAction);
}

void MainWindow::updateActions()
{
    ConsolePage* p = page(currentView());
    m_newAction->setEnabled(p && p->canCreate());
    m_deleteAction->setEnabled(p && p->canDelete());
}

void MainWindow::showConnectionWizard()
{
    const QString builtIn = m_localServer && m_localServer->isRunning() ? m_localServer->mcpUrl() : QString();
    auto* wizard = new ConnectionWizard(*m_backend, builtIn, this);
    wizard->setAttribute(Qt::WA_DeleteOnClose);
    wizard->setWindowModality(Qt::WindowModal);
    connect(wizard, &ConnectionWizard::statusMessage, this,
        [this](const QString& text) { statusBar()->showMessage(text, 10'000); });
    wizard->open();
}

void MainWindow::setLocalServer(LocalServerRunner* runner)
{
    if (m_localServer)
        disconnect(m_localServer, nullptr, this, nullptr);
    m_localServer = runner;
    if (runner) {
        connect(runner, &LocalServerRunner::stateChanged, this, &MainWindow::updateServerStatus);
        connect(runner, &LocalServerRunner::started, this, [this](const Status& status) {
            if (!status && !m_localServer->portInUse())
                statusBar()->showMessage(tr("The local server did not start: %1").arg(status.error().message), 15000);
        });
    }
    updateServerStatus();
}

void MainWindow::updateServerStatus()
{
    if (!m_localServer) {
        m_serverLabel->setText(tr("Local server: not running"));
        m_serverLabel->setToolTip(QString());
        return;
    }
    const LocalServerRunner& server = *m_localServer;
    switch (server.state()) {
    case LocalServerRunner::State::Stopped:
        m_serverLabel->setText(tr("Local server: not running"));
        m_serverLabel->setToolTip(QString());
        break;
    case LocalServerRunner::State::Starting:
        m_serverLabel->setText(tr("Local server: starting…"));
        m_serverLabel->setToolTip(QString());
        break;
    case LocalServerRunner::State::Running:
        m_serverLabel->setText(tr("Local server: %1 — running").arg(server.url()));
        m_serverLabel->setToolTip(tr("MCP endpoint: %1\nSigning keys are encrypted with a key from %2.")
                                      .arg(server.mcpUrl(), server.keySource()));
        break;
    case LocalServerRunner::State::Failed:
        if (server.portInUse())
            m_serverLabel->setText(tr("Local server: port %1 in use").arg(server.settings().port));
        else
            m_serverLabel->setText(tr("Local server: not running (error)"));
        m_serverLabel->setToolTip(server.errorText());
        break;
    }
}

void MainWindow::showView(View view)
{
    m_navigation->setCurrentRow(int(view));
}

void MainWindow::refresh()
{
    const int current = m_navigation->currentRow();
    for (auto it = m_stale.begin(); it != m_stale.end(); ++it)
        it.value() = it.key() != current;
    if (ConsolePage* p = m_consolePages.value(current))
        p->refresh();
}

void MainWindow::offerFirstStart()
{
    auto* local = qobject_cast<LocalBackend*>(m_backend);
    if (!local)
        return;
    local->isEmpty(this, [this, local](Result<bool> empty) {
        if (!empty || !*empty || m_backend != local)
            return;
        auto* dialog = new FirstStartDialog(this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        connect(dialog, &FirstStartDialog::chosen, this, [this, local](FirstStartDialog::Choice choice) {
            if (choice == FirstStartDialog::Choice::DemoData && m_backend == local)
                installDemoData(*local);
            else if (choice == FirstStartDialog::Choice::ConnectRemote)
                showConnectionProfiles();
        });
        dialog->open();
    });
}

void MainWindow::installDemoData(LocalBackend& local)
{
    statusBar()->showMessage(tr("Creating demo data…"));
    local.installDemoData(this, [this](Result<DemoDataReport> report) {
        if (!report) {
            statusBar()->showMessage(
                tr("Could not create the demo data: %1").arg(report.error().message), kStatusMessageMs);
            return;
        }
        statusBar()->showMessage(tr("Demo data created."), kStatusMessageMs);
        if (report->adminPassword.isEmpty())
            return;
        auto* box = new QMessageBox(QMessageBox::Information, tr("Demo data created"),
            tr("The demo organization '%1' is ready, with the built-in MCP server at %2.")
                .arg(report->organizationName, report->resourceUri),
            QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("demoDataMessageBox"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->setInformativeText(tr("Sign in to the local server's login page as '%1' with this password, shown "
                                   "only now:\n\n%2")
                                    .arg(report->adminUsername, report->adminPassword));
        box->setTextInteractionFlags(Qt::TextSelectableByMouse);
        box->open();
    });
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    restoreGeometry(settings.value(QLatin1String(kGeometryKey)).toByteArray());
    restoreState(settings.value(QLatin1String(kStateKey)).toByteArray());
    const int view = settings.value(QLatin1String(kViewKey), 0).toInt();
    m_navigation->setCurrentRow(view >= 0 && view < kViewCount ? view : 0);
    onCurrentViewChanged(m_navigation->currentRow());
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    QSettings settings;
    settings.setValue(QLatin1String(kGeometryKey), saveGeometry());
    settings.setValue(QLatin1String(kStateKey), saveState());
    settings.setValue(QLatin1String(kViewKey), m_navigation->currentRow());
    QMainWindow::closeEvent(event);
}

} // namespace mcpauth
