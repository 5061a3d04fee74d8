#pragma once

#include "backend/ConnectionProfile.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QStackedWidget;

namespace mcpauth {

class Backend;
class ConnectionProfileStore;
class ConsolePage;
class ProfileSecrets;
class SecretStore;
class LocalBackend;
class LocalServerRunner;

// The console's main window: navigation on the left, one page per entity, the backend, the local server
// and who is signed in in the status bar. Menus and the toolbar act on the current page.
class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    enum class View { Applications, Resources, Users, Tokens, Consents, Audit, SigningKeys, Connections };
    static constexpr int kViewCount = 8;

    // `backend` is not owned and must outlive the window (or be replaced with setBackend first).
    explicit MainWindow(Backend& backend, QWidget* parent = nullptr);
    ~MainWindow() override;

    // Rebuilds every page on another backend (a connection profile was chosen).
    void setBackend(Backend& backend);
    [[nodiscard]] Backend& backend() const { return *m_backend; }

    void refresh();
    // On the local backend with an empty store: offers demo data, an empty start, or a remote profile.
    void offerFirstStart();
    void showView(View view);
    [[nodiscard]] View currentView() const;
    // The page of a view, or nullptr when the backend cannot show it (an explanation is shown instead).
    [[nodiscard]] ConsolePage* page(View view) const;
    // Shows the local server's URL and state in the status bar (not owned; nullptr: none). The
    // console's main() starts the server; tests leave it out.
    void setLocalServer(LocalServerRunner* runner);

    [[nodiscard]] static QString viewTitle(View view);

    // Where profile secrets go; by default the OS keychain (tests give a memory store). Not owned.
    void setSecretStore(SecretStore* store);
    [[nodiscard]] ConnectionProfileStore& profileStore() const { return *m_profileStore; }
    [[nodiscard]] ProfileSecrets& profileSecrets() const { return *m_profileSecrets; }
    // File > Connection Profiles.
    void showConnectionProfiles();
    // File > New Connection… (Ctrl+Shift+N): the connection wizard, window-modal.
    void showConnectionWizard();
    // Connects to a saved profile (its secret from the keychain or the session) and shows it; on
    // failure the current backend stays, and the error is shown.
    void connectProfile(const ConnectionProfile& profile);

protected:
    void closeEvent(QCloseEvent* event) override;

private:
    void buildPages();
    [[nodiscard]] ConsolePage* createPage(View view);
    void createActions();
    void updateActions();
    void updateServerStatus();
    void onCurrentViewChanged(int index);
    void onDataChanged();
    void restoreSettings();
    void installDemoData(LocalBackend& local);

    Backend* m_backend = nullptr;
    QListWidget* m_navigation = nullptr;
    QStackedWidget* m_pages = nullptr;
    QHash<int, ConsolePage*> m_consolePages;
    QHash<int, bool> m_stale;
    QLabel* m_backendLabel = nullptr;
    QLabel* m_actorLabel = nullptr;
    QLabel* m_serverLabel = nullptr;
    QAction* m_newAction = nullptr;
    QAction* m_deleteAction = nullptr;
    QPointer<LocalServerRunner> m_localServer;
    std::unique_ptr<ConnectionProfileStore> m_profileStore;
    SecretStore* m_keychain = nullptr;
    ProfileSecrets* m_profileSecrets = nullptr;
    std::unique_ptr<Backend> m_ownedBackend; // a backend this window connected to through a profile
    std::unique_ptr<Backend> m_connecting; // opening; replaces m_ownedBackend once open
};

} // namespace mcpauth
