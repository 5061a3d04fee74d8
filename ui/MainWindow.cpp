#include "MainWindow.h"

#include "models/ApplicationTableModel.h"
#include "server/LocalServerRunner.h"
#include "store/Store.h"

#include <QAction>
#include <QApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QToolBar>
#include <QVBoxLayout>

namespace mcpauth {

MainWindow::MainWindow(Store& store, QWidget* parent)
    : QMainWindow(parent)
    , m_store(store)
{
    setWindowTitle(tr("MCP Auth Console"));
    setObjectName(QStringLiteral("mainWindow"));

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigationListWidget"));
    m_navigation->setAccessibleName(tr("Navigation"));
    m_navigation->setSpacing(3);
    const QStringList titles{
        tr("Applications"), tr("Resources & Scopes"), tr("Tokens"), tr("Consents"), tr("Audit log"), tr("Connections")};
    m_navigation->addItems(titles);

    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pagesStackedWidget"));
    m_pages->addWidget(createApplicationsPage());
    m_pages->addWidget(createPendingPage(tr("Resources & Scopes"),
        tr("MCP servers, their scopes and which tool needs which scope.\nUntil this view arrives, use "
           "'mcp-auth resource list' and 'mcp-auth scope list'.")));
    m_pages->addWidget(createPendingPage(tr("Tokens"),
        tr("Issued access and refresh tokens, with filters and revocation.\nUntil this view arrives, "
           "use 'mcp-auth token list' and 'mcp-auth token revoke'.")));
    m_pages->addWidget(createPendingPage(tr("Consents"),
        tr("Who allowed which application what.\nUntil this view arrives, use 'mcp-auth consent list'.")));
    m_pages->addWidget(createPendingPage(tr("Audit log"),
        tr("Every change, hash-chained.\nUntil this view arrives, use 'mcp-auth audit list' and "
           "'mcp-auth audit verify'.")));
    m_pages->addWidget(createPendingPage(tr("Connections"),
        tr("The connection wizard and the live OAuth and JSON-RPC inspector arrive in a later release.")));

    auto* splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setCollapsible(0, false);
    splitter->setSizes({180, 920});
    setCentralWidget(splitter);

    connect(m_navigation, &QListWidget::currentRowChanged, m_pages, &QStackedWidget::setCurrentIndex);

    m_backendLabel = new QLabel(this);
    m_backendLabel->setObjectName(QStringLiteral("backendLabel"));
    m_backendLabel->setText(tr("Local store: %1").arg(m_store.database().location().display()));
    m_serverLabel = new QLabel(tr("Local server: not running"), this);
    m_serverLabel->setObjectName(QStringLiteral("serverLabel"));
    statusBar()->addWidget(m_backendLabel, 1);
    statusBar()->addPermanentWidget(m_serverLabel);

    createActions();
    resize(1100, 680);
    m_navigation->setCurrentRow(ApplicationsPage);
    refresh();
}

MainWindow::~MainWindow() = default;

QWidget* MainWindow::createApplicationsPage()
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);

    auto* header = new QHBoxLayout;
    auto* title = new QLabel(tr("<h2>Applications</h2>"), page);
    m_applicationFilter = new QLineEdit(page);
    m_applicationFilter->setObjectName(QStringLiteral("applicationFilterLineEdit"));
    m_applicationFilter->setPlaceholderText(tr("Filter by name, client ID or redirect URI (Ctrl+F)"));
    m_applicationFilter->setAccessibleName(tr("Filter applications"));
    m_applicationFilter->setClearButtonEnabled(true);
    m_applicationCount = new QLabel(page);
    m_applicationCount->setObjectName(QStringLiteral("applicationCountLabel"));
    header->addWidget(title);
    header->addStretch();
    header->addWidget(m_applicationCount);
    header->addWidget(m_applicationFilter, 1);
    layout->addLayout(header);

    m_applicationModel = new ApplicationTableModel(this);
    m_applicationProxy = new QSortFilterProxyModel(this);
    m_applicationProxy->setSourceModel(m_applicationModel);
    m_applicationProxy->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_applicationProxy->setFilterKeyColumn(-1);
    m_applicationProxy->setSortCaseSensitivity(Qt::CaseInsensitive);

    m_applicationTable = new QTableView(page);
    m_applicationTable->setObjectName(QStringLiteral("applicationsTableView"));
    m_applicationTable->setAccessibleName(tr("Applications"));
    m_applicationTable->setModel(m_applicationProxy);
    m_applicationTable->setSortingEnabled(true);
    m_applicationTable->sortByColumn(ApplicationTableModel::NameColumn, Qt::AscendingOrder);
    m_applicationTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_applicationTable->setAlternatingRowColors(true);
    m_applicationTable->verticalHeader()->hide();
    m_applicationTable->horizontalHeader()->setStretchLastSection(true);
    m_applicationTable->setWordWrap(false);
    m_applicationTable->setTextElideMode(Qt::ElideRight);
    layout->addWidget(m_applicationTable, 1);

    connect(
        m_applicationFilter, &QLineEdit::textChanged, m_applicationProxy, &QSortFilterProxyModel::setFilterFixedString);
    connect(m_applicationProxy, &QAbstractItemModel::modelReset, this,
        [this] { m_applicationCount->setText(tr("%n application(s)", nullptr, m_applicationProxy->rowCount())); });
    connect(m_applicationProxy, &QAbstractItemModel::rowsInserted, this,
        [this] { m_applicationCount->setText(tr("%n application(s)", nullptr, m_applicationProxy->rowCount())); });
    connect(m_applicationProxy, &QAbstractItemModel::rowsRemoved, this,
        [this] { m_applicationCount->setText(tr("%n application(s)", nullptr, m_applicationProxy->rowCount())); });
    return page;
}

QWidget* MainWindow::createPendingPage(const QString& title, const QString& explanation)
{
    auto* page = new QWidget(this);
    auto* layout = new QVBoxLayout(page);
    auto* heading = new QLabel(QStringLiteral("<h2>%1</h2>").arg(title.toHtmlEscaped()), page);
    auto* text = new QLabel(explanation, page);
    text->setWordWrap(true);
    text->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(heading);
    layout->addWidget(text);
    layout->addStretch();
    return page;
}

void MainWindow::createActions()
{
    auto* fileMenu = menuBar()->addMenu(tr("&File"));
    auto* quit = fileMenu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);
    quit->setObjectName(QStringLiteral("quitAction"));

    auto* viewMenu = menuBar()->addMenu(tr("&View"));
    auto* refreshAction = viewMenu->addAction(tr("&Refresh"), this, &MainWindow::refresh);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setObjectName(QStringLiteral("refreshAction"));
    auto* find = viewMenu->addAction(tr("&Find"), this, [this] {
        showPage(ApplicationsPage);
        m_applicationFilter->setFocus();
        m_applicationFilter->selectAll();
    });
    find->setShortcut(QKeySequence::Find);
    find->setObjectName(QStringLiteral("findAction"));
    viewMenu->addSeparator();
    const QStringList titles{tr("Applications"), tr("Resources && Scopes"), tr("Tokens"), tr("Consents"),
        tr("Audit log"), tr("Connections")};
    for (int i = 0; i < PageCount; ++i) {
        auto* go = viewMenu->addAction(titles[i], this, [this, i] { showPage(static_cast<Page>(i)); });
        go->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_1 + i)));
    }

    auto* helpMenu = menuBar()->addMenu(tr("&Help"));
    helpMenu->addAction(tr("&About MCP Auth Console"), this, [this] {
        QMessageBox::about(this, tr("About MCP Auth Console"),
            tr("<b>MCP Auth Console</b> %1<br>Administration of OAuth 2.1 for MCP servers.")
                .arg(QApplication::applicationVersion()));
    });

    auto* toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName(QStringLiteral("mainToolBar"));
    toolbar->addAction(refreshAction);
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

void MainWindow::showPage(Page page)
{
    m_navigation->setCurrentRow(page);
}

void MainWindow::refresh()
{
    if (const Status loaded = m_applicationModel->reload(m_store.applications()); !loaded) {
        statusBar()->showMessage(tr("Could not load applications: %1").arg(loaded.error().message), 10000);
        return;
    }
    m_applicationCount->setText(tr("%n application(s)", nullptr, m_applicationProxy->rowCount()));
    m_applicationTable->resizeColumnsToContents();
    // Long redirect lists would push the other columns off screen; the tooltip shows them all.
    constexpr int kMaxRedirectColumnWidth = 320;
    if (m_applicationTable->columnWidth(ApplicationTableModel::RedirectUrisColumn) > kMaxRedirectColumnWidth)
        m_applicationTable->setColumnWidth(ApplicationTableModel::RedirectUrisColumn, kMaxRedirectColumnWidth);
}

} // namespace mcpauth
