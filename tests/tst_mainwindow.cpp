#include "MainWindow.h"
#include "demo/DemoData.h"
#include "server/LocalServerRunner.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QStackedWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpauth;

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
        DatabaseLocation loc;
        loc.filePath = m_dir.filePath(QStringLiteral("store.sqlite"));
        auto store = Store::open(loc);
        QVERIFY2(store, store ? "" : qPrintable(store.error().message));
        m_store = std::move(store).value();
        auto demo = DemoData::install(*m_store, {QStringLiteral("test"), QStringLiteral("test")});
        QVERIFY(demo && demo->created);
    }

    void showsApplicationsFromTheStore()
    {
        MainWindow window(*m_store);
        window.show();
        auto* table = window.findChild<QTableView*>(QStringLiteral("applicationsTableView"));
        QVERIFY(table);
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(table->model()->rowCount(), 4);
        // Sorted by name: claude-code, claude-desktop, cursor, vscode.
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("claude-code"));
        QCOMPARE(table->model()->index(3, 0).data().toString(), QStringLiteral("vscode"));
        auto* count = window.findChild<QLabel*>(QStringLiteral("applicationCountLabel"));
        QVERIFY(count);
        QVERIFY2(count->text().contains(QLatin1String("4")), qPrintable(count->text()));
        auto* backend = window.findChild<QLabel*>(QStringLiteral("backendLabel"));
        QVERIFY(backend && backend->text().contains(QLatin1String("store.sqlite")));
    }

    void filtersAndRefreshes()
    {
        MainWindow window(*m_store);
        auto* table = window.findChild<QTableView*>(QStringLiteral("applicationsTableView"));
        auto* filter = window.findChild<QLineEdit*>(QStringLiteral("applicationFilterLineEdit"));
        QVERIFY(table && filter);
        filter->setText(QStringLiteral("vscode.dev")); // matches a redirect URI of the VS Code app only
        QCOMPARE(table->model()->rowCount(), 1);
        QCOMPARE(table->model()->index(0, 0).data().toString(), QStringLiteral("vscode"));
        filter->clear();

        Application app;
        app.organizationId = m_store->organizations().find(QStringLiteral("demo"))->id;
        app.name = QStringLiteral("added-later");
        app.redirectUris = {QStringLiteral("http://127.0.0.1/cb")};
        auto saved = m_store->applications().create(app, {QStringLiteral("test"), QStringLiteral("test")});
        QVERIFY2(saved, saved ? "" : qPrintable(saved.error().message));
        QCOMPARE(table->model()->rowCount(), 4);
        window.refresh();
        QCOMPARE(table->model()->rowCount(), 5);
    }

    void navigationSwitchesPages()
    {
        MainWindow window(*m_store);
        auto* nav = window.findChild<QListWidget*>(QStringLiteral("navigationListWidget"));
        auto* pages = window.findChild<QStackedWidget*>(QStringLiteral("pagesStackedWidget"));
        QVERIFY(nav && pages);
        QCOMPARE(nav->count(), int(MainWindow::PageCount));
        QStringList titles;
        for (int i = 0; i < nav->count(); ++i)
            titles << nav->item(i)->text();
        QCOMPARE(titles,
            (QStringList{QStringLiteral("Applications"), QStringLiteral("Resources & Scopes"), QStringLiteral("Tokens"),
                QStringLiteral("Consents"), QStringLiteral("Audit log"), QStringLiteral("Connections")}));
        window.showPage(MainWindow::AuditPage);
        QCOMPARE(pages->currentIndex(), int(MainWindow::AuditPage));
    }

    // The status bar follows the local server: starting, then its URL while it runs.
    void statusBarShowsRunningServer()
    {
        MainWindow window(*m_store);
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
        MainWindow window(*m_store);
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
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
