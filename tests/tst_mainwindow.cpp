#include "MainWindow.h"
#include "backend/LocalBackend.h"
#include "demo/DemoData.h"
#include "dialogs/FirstStartDialog.h"
#include "server/LocalServerRunner.h"
#include "store/Store.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QAction>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpauth;

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
        QVERIFY(m_dir.isValid());
        qputenv("MCPAUTH_DATA_DIR", m_dir.path().toUtf8());
        QStandardPaths::setTestModeEnabled(true);
        QCoreApplication::setOrganizationName(QStringLiteral("mcpauth-test"));
        QCoreApplication::setApplicationName(QStringLiteral("tst_mainwindow"));
        QSettings().clear();
        m_location.filePath = m_dir.filePath(QStringLiteral("store.sqlite"));
        auto store = Store::open(m_location);
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        m_store = std::move(store).value();
        auto demo = DemoData::install(*m_store, {QStringLiteral("test"), QStringLiteral("test")});
        QVERIFY(demo && demo->created);
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
    static void openBackend(LocalBackend& backend)
    {
        std::optional<Status> opened;
        QObject context;
        backend.open(&context, [&](Status s) { opened = s; });
        QTRY_VERIFY(opened.has_value());
        QVERIFY2(*opened, qPrintable(opened->error().message));
    }

    DatabaseLocation m_location;
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
