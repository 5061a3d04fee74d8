#include "ConsoleSettings.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "backend/ConnectionProfileStore.h"
#include "backend/LocalBackend.h"
#include "demo/DemoData.h"
#include "dialogs/ConnectionProfilesDialog.h"
#include "dialogs/FirstStartDialog.h"
#include "dialogs/PreferencesDialog.h"
#include "secrets/MemorySecretStore.h"
#include "server/LocalServerRunner.h"
#include "store/Store.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTableWidget>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpauth;
using mcpauth::test::openBackend;
using mcpauth::test::saveShot;

namespace {

// A backend with no applications at all, like a server whose API has none.
class LimitedBackend final : public Backend
{
public:
    BackendKind kind() const override { return BackendKind::Standards; }
    QString displayName() const override { return QStringLiteral("Limited test backend"); }
    QString actor() const override { return QStringLiteral("tester"); }
    BackendCapabilities capabilities() const override
    {
        BackendCapabilities caps;
        caps.remove(Capability::Applications, QStringLiteral("This test backend keeps no applications."));
        caps.remove(Capability::ApplicationWrite, QStringLiteral("This test backend keeps no applications."));
        return caps;
    }
};

} // namespace

// The GUI skeleton, offscreen: the window opens on a real store and its Applications table shows
// what the store holds, sorted and filtered.
class TestMainWindow : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::isolate(m_dir, QStringLiteral("tst_mainwindow"));
        if (QTest::currentTestFailed())
            return;
        test::openDemoStore(m_dir, m_location, m_store);
        if (QTest::currentTestFailed())
            return;
    }

    void showsApplicationsFromTheStore()
    {
        LocalBackend backend(m_location, {});
        openBackend(backend);
        MainWindow window(backend);
        window.show();
        window.showView(MainWindow::View::Applications);
        auto* table = window.findChild<QTableView*>(QStringLiteral("applicationsTableView"));
        QVERIFY(table);
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(table->model()->rowCount(), 4);
        // Sorted by name: claude-code, claude-desktop, cursor, vscode.
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("claude-code"));
        QCOMPARE(table->model()->index(3, 0).data().toString(), QStringLiteral("vscode"));
        auto* count = window.findChild<QLabel*>(QStringLiteral("applicationCountLabel"));
        QVERIFY(count);
        QVERIFY2(count->text().contains(QLatin1String("4")), qPrintable(count->text()));
        auto* backendLabel = window.findChild<QLabel*>(QStringLiteral("backendLabel"));
        QVERIFY(backendLabel && backendLabel->text().contains(QLatin1String("store.sqlite")));
        QVERIFY(backendLabel->text().startsWith(QLatin1String("Local SQLite")));
        auto* actor = window.findChild<QLabel*>(QStringLiteral("actorLabel"));
        QVERIFY(actor && actor->text().contains(QLatin1String("console:")));
        saveShot(&window, QStringLiteral("main-window"));
    }

    // A change made by another connection (the CLI, the local server) shows without a refresh: the
    // backend polls the audit chain's head.
    void followsChangesMadeElsewhere()
    {
        LocalBackend backend(m_location, {});
        openBackend(backend);
        MainWindow window(backend);
        window.showView(MainWindow::View::Applications);
        auto* table = window.findChild<QTableView*>(QStringLiteral("applicationsTableView"));
        auto* filter = window.findChild<QLineEdit*>(QStringLiteral("applicationFilterLineEdit"));
        QVERIFY(table && filter);
        QTRY_VERIFY(table->model()->rowCount() >= 4);
        const int before = table->model()->rowCount();
        filter->setText(QStringLiteral("vscode.dev")); // matches a redirect URI of the VS Code app only
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("vscode"));
        filter->clear();

        Application app;
        app.organizationId = m_store->organizations().find(QStringLiteral("demo"))->id;
        app.name = QStringLiteral("added-later-%1").arg(before);
        app.redirectUris = {QStringLiteral("http://127.0.0.1/cb")};
        auto saved = m_store->applications().create(app, {QStringLiteral("test"), QStringLiteral("test")});
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), before + 1, 5000);
    }

    void navigationSwitchesPages()
    {
        LocalBackend backend(m_location, {});
        openBackend(backend);
        MainWindow window(backend);
        auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigationListWidget"));
        auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pagesStackedWidget"));
        QVERIFY(nav && pages);
        QCOMPARE(nav->count(), MainWindow::kViewCount);
        QStringList titles;
        for (int i = 0; i < nav->count(); ++i)
            titles << nav->item(i)->text();
        QCOMPARE(titles,
            (QStringList{QStringLiteral("Applications"), QStringLiteral("Resources & Scopes"), QStringLiteral("Users"),
                QStringLiteral("Tokens"), QStringLiteral("Consents"), QStringLiteral("Audit log"),
                QStringLiteral("Signing keys"), QStringLiteral("Connections")}));
        window.showView(MainWindow::View::Audit);
        QCOMPARE(pages->currentIndex(), int(MainWindow::View::Audit));
        QCOMPARE(window.currentView(), MainWindow::View::Audit);
    }

    // The window reopens where it was closed: geometry and the last view.
    void remembersTheLastView()
    {
        LocalBackend backend(m_location, {});
        openBackend(backend);
        {
            MainWindow window(backend);
            window.show();
            window.showView(MainWindow::View::Consents);
            window.close();
        }
        MainWindow again(backend);
        QCOMPARE(again.currentView(), MainWindow::View::Consents);
        again.showView(MainWindow::View::Applications);
        again.close();
    }

    // A backend that lacks a capability: the page says why instead of failing, and New/Delete stay off.
    void missingCapabilityShowsTheReason()
    {
        LimitedBackend backend;
        MainWindow window(backend);
        window.showView(MainWindow::View::Applications);
        QVERIFY(!window.page(MainWindow::View::Applications));
        auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pagesStackedWidget"));
        auto* reason = pages->currentWidget()->findChild<QLabel*>(QStringLiteral("unavailableReasonLabel"));
        QVERIFY(reason);
        QCOMPARE(reason->text(), QStringLiteral("This test backend keeps no applications."));
        auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigationListWidget"));
        QCOMPARE(nav->item(0)->toolTip(), QStringLiteral("This test backend keeps no applications."));
        auto* newAction = window.findChild<QAction*>(QStringLiteral("newAction"));
        QVERIFY(newAction && !newAction->isEnabled());
    }

    // A call the backend cannot serve answers with its reason, not silence.
    void unsupportedCallsAnswerWithTheReason()
    {
        LimitedBackend backend;
        QObject context;
        std::optional<Result<QList<Application>>> answer;
        backend.applications({}, &context, [&](Result<QList<Application>> r) { answer = std::move(r); });
        QVERIFY(!answer); // never synchronously
        QTRY_VERIFY(answer.has_value());
        QVERIFY(!*answer);
        QCOMPARE(answer->error().code, ErrorCode::Unsupported);
        QCOMPARE(answer->error().message, QStringLiteral("This test backend keeps no applications."));
    }

    // An empty local store offers demo data; choosing it fills the store and shows the password once.
    void firstStartOffersDemoData()
    {
        QTemporaryDir dir;
        DatabaseLocation loc;
        loc.filePath = dir.filePath(QStringLiteral("empty.sqlite"));
        LocalBackend backend(loc, {});
        openBackend(backend);
        MainWindow window(backend);
        window.show();
        window.showView(MainWindow::View::Applications);
        window.offerFirstStart();
        FirstStartDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<FirstStartDialog*>()) != nullptr);
        auto* demo = dialog->findChild<QAbstractButton*>(QStringLiteral("demoDataButton"));
        QVERIFY(demo);
        demo->click();
        QMessageBox* shown = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((shown = window.findChild<QMessageBox*>(QStringLiteral("demoDataMessageBox"))), 20000);
        QVERIFY(shown->informativeText().contains(QLatin1String("admin")));
        auto* table = window.findChild<QTableView*>(QStringLiteral("applicationsTableView"));
        QTRY_COMPARE_WITH_TIMEOUT(table->model()->rowCount(), 4, 5000);
        shown->close();

        // Not offered again once the store holds something.
        MainWindow second(backend);
        second.offerFirstStart();
        QTest::qWait(300);
        QVERIFY(!second.findChild<FirstStartDialog*>());
    }

    // File > Connection Profiles: a SQLite profile saved and connected; the window shows the new store.
    void connectsThroughAProfile()
    {
        LocalBackend backend(m_location, {});
        openBackend(backend);
        MainWindow window(backend);
        MemorySecretStore keychain;
        window.setSecretStore(&keychain);
        window.show();
        window.showConnectionProfiles();
        auto* dialog = window.findChild<ConnectionProfilesDialog*>();
        QVERIFY(dialog);
        auto* name = dialog->findChild<QLineEdit*>(QStringLiteral("profileNameLineEdit"));
        auto* location = dialog->findChild<QLineEdit*>(QStringLiteral("profileLocationLineEdit"));
        auto* connectButton = dialog->findChild<QPushButton*>(QStringLiteral("connectProfileButton"));
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("profileErrorLabel"));
        QVERIFY(name && location && connectButton && error);
        QVERIFY(!connectButton->isEnabled()); // nothing typed yet
        QVERIFY(!error->text().isEmpty());
        QTest::keyClicks(name, QStringLiteral("Second store"));
        const QString path = m_dir.filePath(QStringLiteral("second.sqlite"));
        QTest::keyClicks(location, path);
        QVERIFY(connectButton->isEnabled());
        QVERIFY(error->text().isEmpty());
        connectButton->click();
        auto* backendLabel = window.findChild<QLabel*>(QStringLiteral("backendLabel"));
        QTRY_VERIFY_WITH_TIMEOUT(backendLabel->text().contains(QLatin1String("second.sqlite")), 20000);
        window.showView(MainWindow::View::Applications);
        auto* table = window.findChild<QTableView*>(QStringLiteral("applicationsTableView"));
        QVERIFY(table);
        QTRY_COMPARE(table->model()->rowCount(), 0);
        QCOMPARE(window.profileStore().profiles().size(), 1);
    }

    // A Casdoor profile: its secret goes to the keychain and never into the settings file; the dialog
    // shows what Casdoor cannot do, and connecting says plainly that this build has no adapter for it.
    void remoteProfileKeepsItsSecretOutOfSettings()
    {
        LocalBackend backend(m_location, {});
        openBackend(backend);
        MainWindow window(backend);
        MemorySecretStore keychain;
        window.setSecretStore(&keychain);
        window.show();
        window.showConnectionProfiles();
        auto* dialog = window.findChild<ConnectionProfilesDialog*>();
        QVERIFY(dialog);
        dialog->findChild<QPushButton*>(QStringLiteral("newProfileButton"))->click();
        auto* kind = dialog->findChild<QComboBox*>(QStringLiteral("profileKindComboBox"));
        kind->setCurrentIndex(kind->findData(QStringLiteral("casdoor")));
        auto* organization = dialog->findChild<QLineEdit*>(QStringLiteral("profileOrganizationLineEdit"));
        auto* secret = dialog->findChild<QLineEdit*>(QStringLiteral("profileSecretLineEdit"));
        QVERIFY(organization->isVisibleTo(dialog) && secret->isVisibleTo(dialog));
        QCOMPARE(secret->echoMode(), QLineEdit::Password);
        dialog->findChild<QLineEdit*>(QStringLiteral("profileNameLineEdit"))->setText(QStringLiteral("Casdoor prod"));
        auto* location = dialog->findChild<QLineEdit*>(QStringLiteral("profileLocationLineEdit"));
        location->setText(QStringLiteral("http://casdoor.example.com"));
        auto* error = dialog->findChild<QLabel*>(QStringLiteral("profileErrorLabel"));
        QVERIFY(error->text().contains(QLatin1String("https"))); // inline, before saving
        location->setText(QStringLiteral("https://casdoor.example.com"));
        organization->setText(QStringLiteral("built-in"));
        dialog->findChild<QLineEdit*>(QStringLiteral("profileClientIdLineEdit"))->setText(QStringLiteral("console"));
        const QString secretValue = QStringLiteral("top-secret-value-4711");
        secret->setText(secretValue);
        auto* capabilities = dialog->findChild<QTableWidget*>(QStringLiteral("capabilitiesTableWidget"));
        bool verifyRowSaysNo = false;
        for (int row = 0; row < capabilities->rowCount(); ++row) {
            if (capabilities->item(row, 0)->text() == capabilityTitle(Capability::AuditVerify))
                verifyRowSaysNo = capabilities->item(row, 1)->text().startsWith(QLatin1String("No: "));
        }
        QVERIFY(verifyRowSaysNo);
        QCoreApplication::sendPostedEvents(nullptr, QEvent::LayoutRequest);
        saveShot(dialog, QStringLiteral("connection-profiles"));
        dialog->findChild<QPushButton*>(QStringLiteral("saveProfileButton"))->click();
        const auto saved = window.profileStore().profiles();
        auto casdoorProfile = std::find_if(saved.begin(), saved.end(),
            [](const ConnectionProfile& p) { return p.name == QLatin1String("Casdoor prod"); });
        QVERIFY(casdoorProfile != saved.end());
        std::optional<Result<QString>> stored;
        keychain.read(casdoorProfile->secretKey(), [&](Result<QString> r) { stored = std::move(r); });
        QTRY_VERIFY(stored.has_value());
        QCOMPARE(stored->value(), secretValue);
        QVERIFY(secret->text().isEmpty()); // not kept in the widget either
        QSettings settings;
        settings.sync();
        QFile file(settings.fileName());
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray text = file.readAll();
        QVERIFY(text.contains("casdoor.example.com"));
        QVERIFY(!text.contains(secretValue.toUtf8()));

        window.connectProfile(*casdoorProfile);
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox*>(QStringLiteral("errorMessageBox"))) != nullptr);
        QVERIFY(box->text().contains(QLatin1String("Casdoor prod")));
        QVERIFY(box->informativeText().contains(QLatin1String("Casdoor")));
        box->close();
        QVERIFY(window.backend().displayName().startsWith(QLatin1String("Local SQLite"))); // unchanged
    }

    // Edit > Preferences: the profile opened at start and the local server's port, kept in settings.
    void preferencesAreSaved()
    {
        LocalBackend backend(m_location, {});
        openBackend(backend);
        MainWindow window(backend);
        ConnectionProfile profile;
        profile.name = QStringLiteral("Preferred");
        profile.location = m_dir.filePath(QStringLiteral("preferred.sqlite"));
        auto saved = window.profileStore().save(profile);
        QVERIFY(saved);
        auto* action = window.findChild<QAction*>(QStringLiteral("preferencesAction"));
        QVERIFY(action && !action->shortcut().isEmpty());
        action->trigger();
        auto* dialog = window.findChild<PreferencesDialog*>();
        QVERIFY(dialog);
        auto* combo = dialog->findChild<QComboBox*>(QStringLiteral("defaultProfileComboBox"));
        auto* port = dialog->findChild<QSpinBox*>(QStringLiteral("serverPortSpinBox"));
        QVERIFY(combo && port);
        combo->setCurrentIndex(combo->findData(saved->id));
        port->setValue(9123);
        dialog->findChild<QDialogButtonBox*>()->button(QDialogButtonBox::Ok)->click();
        QCOMPARE(ConsoleSettings::load().serverPort, quint16(9123));
        QCOMPARE(window.profileStore().defaultProfileId(), saved->id);
        ConsoleSettings reset;
        reset.save();
        window.profileStore().setDefaultProfileId({});
    }

    // The status bar follows the local server: starting, then its URL while it runs.
    void statusBarShowsRunningServer()
    {
        LocalBackend backend(m_location, {});
        openBackend(backend);
        MainWindow window(backend);
        LocalServerRunner server;
        server.setKeychain(nullptr); // the key file: never a developer's keychain
        window.setLocalServer(&server);
        auto* label = window.findChild<QLabel*>(QStringLiteral("serverLabel"));
        QVERIFY(label);
        QCOMPARE(label->text(), QStringLiteral("Local server: not running"));
        ServerSettings settings;
        settings.port = 0;
        server.start(*m_store, settings);
        QCOMPARE(label->text(), QStringLiteral("Local server: starting…"));
        QTRY_VERIFY_WITH_TIMEOUT(server.state() != LocalServerRunner::State::Starting, 30000);
        QVERIFY2(server.isRunning(), qPrintable(server.errorText()));
        QCOMPARE(label->text(), QStringLiteral("Local server: %1 — running").arg(server.url()));
        QVERIFY(label->toolTip().contains(server.mcpUrl()));
        QVERIFY(label->toolTip().contains(QStringLiteral("key file")));
        server.stop();
        QCOMPARE(label->text(), QStringLiteral("Local server: not running"));
    }

    // A port taken by another program is named, and the reason is in the tooltip.
    void statusBarShowsPortInUse()
    {
        QTcpServer taken;
        QVERIFY(taken.listen(QHostAddress::LocalHost, 0));
        LocalBackend backend(m_location, {});
        openBackend(backend);
        MainWindow window(backend);
        LocalServerRunner server;
        server.setKeychain(nullptr);
        window.setLocalServer(&server);
        auto* label = window.findChild<QLabel*>(QStringLiteral("serverLabel"));
        ServerSettings settings;
        settings.port = taken.serverPort();
        server.start(*m_store, settings);
        QTRY_VERIFY_WITH_TIMEOUT(server.state() != LocalServerRunner::State::Starting, 30000);
        QVERIFY(server.portInUse());
        QCOMPARE(label->text(), QStringLiteral("Local server: port %1 in use").arg(taken.serverPort()));
        QVERIFY(label->toolTip().contains(QStringLiteral("in use")));
    }

private:
    DatabaseLocation m_location;
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
