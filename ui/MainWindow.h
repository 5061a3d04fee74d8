#pragma once

#include <QMainWindow>
#include <QPointer>

class QLabel;
class QLineEdit;
class QListWidget;
class QSortFilterProxyModel;
class QStackedWidget;
class QTableView;

namespace mcpauth {

class ApplicationTableModel;
class LocalServerRunner;
class Store;

// The console's main window: navigation on the left, one page per entity, the backend in the status
// bar. This is the skeleton of the foundation issue: the Applications page is live; the other pages
// say which release brings them and what to use meanwhile.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum Page { ApplicationsPage, ResourcesPage, TokensPage, ConsentsPage, AuditPage, ConnectionsPage, PageCount };

    // `store` is not owned and must outlive the window.
    explicit MainWindow(Store& store, QWidget* parent = nullptr);
    ~MainWindow() override;

    void refresh();
    void showPage(Page page);
    // Shows the local server's URL and state in the status bar (not owned; nullptr: none). The
    // console's main() starts the server; tests leave it out.
    void setLocalServer(LocalServerRunner* runner);

private:
    QWidget* createApplicationsPage();
    QWidget* createPendingPage(const QString& title, const QString& explanation);
    void createActions();
    void updateServerStatus();

    Store& m_store;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    ApplicationTableModel* m_applicationModel = nullptr;
    QSortFilterProxyModel* m_applicationProxy = nullptr;
    QTableView* m_applicationTable = nullptr;
    QLineEdit* m_applicationFilter = nullptr;
    QLabel* m_applicationCount = nullptr;
    QLabel* m_backendLabel = nullptr;
    QLabel* m_serverLabel = nullptr;
    QPointer<LocalServerRunner> m_localServer;
};

} // namespace mcpauth
