#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "backend/LocalBackend.h"
#include "demo/DemoData.h"
#include "jose/KeyRing.h"
#include "models/TokenTableModel.h"
#include "pages/TokensPage.h"
#include "store/Store.h"

#include <QAbstractButton>
#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace mcpauth;
using mcpauth::test::openBackend;
using mcpauth::test::saveShot;

// The Tokens page, offscreen, on a real store: filters narrow the rows, revocation reaches the store,
// export writes every matching row, a pasted JWT is decoded, verified and found.
class TestTokensPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::isolate(m_dir, QStringLiteral("tst_tokenspage"));
        if (QTest::currentTestFailed())
            return;
        std::optional<DemoDataReport> demo;
        test::openDemoStore(m_dir, m_location, m_store, &demo);
        if (QTest::currentTestFailed())
            return;
        m_resource = demo->resourceUri;
        auto apps = m_store->applications().list();
        QVERIFY(apps && apps->size() >= 2);
        m_apps = {apps->at(0).id, apps->at(1).id};
        User bob;
        bob.organizationId = apps->at(0).organizationId;
        bob.username = QStringLiteral("bob");
        auto created = m_store->users().create(bob, QStringLiteral("correct horse battery staple 9"), m_ctx);
        QVERIFY2(created, created ? "" : qPrintable(created.error().message));
        m_bob = created->id;

        // 600 tokens: every third of bob, a third expired, every tenth revoked, two applications.
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        QList<Token> tokens;
        for (int i = 0; i < 600; ++i) {
            Token t;
            t.id = QStringLiteral("test-token-%1").arg(i, 6, 10, QLatin1Char('0'));
            t.applicationId = m_apps.at(i % 2);
            t.userId = i % 3 == 0 ? m_bob : QString();
            t.resource = m_resource;
            t.scopes = {QStringLiteral("application:read")};
            t.issuedAt = now - qint64(600 - i) * 60000;
            t.expiresAt = i % 3 == 1 ? now - 1000 : now + 3600000;
            t.revokedAt = i % 10 == 0 ? now - 500 : 0;
            tokens << t;
        }
        const Status inserted = m_store->tokens().insertBatch(tokens, m_ctx);
        QVERIFY2(inserted, inserted ? "" : qPrintable(inserted.error().message));
    }

    // The tester asks for every page (it calls fetchMore); the rows come newest first, each once.
    void modelPassesTheTester()
    {
        LocalBackend backend(m_location, {});
        openBackend(backend);
        TokenTableModel model(backend);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setFilter({});
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 600, 10000);
        QSet<QString> seen;
        for (int row = 0; row < model.rowCount(); ++row) {
            QVERIFY(!seen.contains(model.token(row).id));
            seen.insert(model.token(row).id);
            if (row > 0)
                QVERIFY(model.token(row - 1).issuedAt >= model.token(row).issuedAt);
        }
        // From the end, the rows above arrive at the top (rows inserted at 0 under the tester's eyes).
        model.jumpToEnd();
        QTRY_COMPARE(model.rowCount(), TokenTableModel::kPageSize);
        while (model.canFetchEarlier() || model.isLoading()) {
            model.fetchEarlier();
            QTest::qWait(10);
        }
        QCOMPARE(model.rowCount(), 600);
        QCOMPARE(model.token(0).id, QStringLiteral("test-token-000599"));
        QCOMPARE(model.token(599).id, QStringLiteral("test-token-000000"));
    }

    void pagesOnDemand()
    {
        LocalBackend backend(m_location, {});
        openBackend(backend);
        TokenTableModel model(backend);
        model.setFilter({});
        QTRY_COMPARE(model.rowCount(), TokenTableModel::kPageSize);
        QTRY_COMPARE(model.totalCount(), qint64(600));
        QVERIFY(model.canFetchMore({}));
        model.fetchMore({});
        QTRY_COMPARE(model.rowCount(), 2 * TokenTableModel::kPageSize);
        // Newest first, and no row twice across the page boundary.
        QCOMPARE(model.token(0).id, QStringLiteral("test-token-000599"));
        QCOMPARE(model.token(TokenTableModel::kPageSize).id, QStringLiteral("test-token-000399"));
        model.jumpToEnd();
        QTRY_COMPARE(model.rowCount(), TokenTableModel::kPageSize);
        QCOMPARE(model.token(model.rowCount() - 1).id, QStringLiteral("test-token-000000"));
        QVERIFY(model.canFetchEarlier());
        model.fetchEarlier();
        QTRY_COMPARE(model.rowCount(), 2 * TokenTableModel::kPageSize);
        QCOMPARE(model.token(0).id, QStringLiteral("test-token-000399"));
        model.setSort(TokenSort::ExpiresAt, false);
        QTRY_COMPARE(model.rowCount(), TokenTableModel::kPageSize);
        QVERIFY(model.token(0).expiresAt <= model.token(1).expiresAt);
    }

    void filtersNarrowTheRows()
    {
        LocalBackend backend(m_location, {});
        openBackend(backend);
        MainWindow window(backend);
        window.resize(1300, 760);
        window.show();
        window.showView(MainWindow::View::Tokens);
        auto* table = window.findChild<QTableView*>(QStringLiteral("tokensTableView"));
        auto* count = window.findChild<QLabel*>(QStringLiteral("tokenCountLabel"));
        auto* state = window.findChild<QComboBox*>(QStringLiteral("tokenStateFilter"));
        auto* user = window.findChild<QComboBox*>(QStringLiteral("tokenUserFilter"));
        auto* app = window.findChild<QComboBox*>(QStringLiteral("tokenApplicationFilter"));
        QVERIFY(table && count && state && user && app);
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY2(count->text().startsWith(QLatin1String("600 ")), qPrintable(count->text()));
        QTRY_VERIFY(table->model()->rowCount() > 0);

        state->setCurrentIndex(state->findText(QStringLiteral("Revoked")));
        QTRY_VERIFY2(count->text().startsWith(QLatin1String("60 ")), qPrintable(count->text()));
        QTRY_COMPARE(table->model()->rowCount(), 60);
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QCOMPARE(
                table->model()->index(row, TokenTableModel::StateColumn).data().toString(), QStringLiteral("Revoked"));

        state->setCurrentIndex(0);
        QTRY_COMPARE(user->findText(QStringLiteral("bob")) >= 0, true);
        user->setCurrentIndex(user->findText(QStringLiteral("bob")));
        QTRY_VERIFY2(count->text().startsWith(QLatin1String("200 ")), qPrintable(count->text()));
        app->setCurrentIndex(app->findData(m_apps.at(0)));
        // i % 3 == 0 and i % 2 == 0: every sixth token.
        QTRY_VERIFY2(count->text().startsWith(QLatin1String("100 ")), qPrintable(count->text()));
        QTRY_COMPARE(table->model()->rowCount(), 100);

        table->selectRow(0);
        auto* details = window.findChild<QTextBrowser*>(QStringLiteral("tokenDetailsBrowser"));
        QVERIFY(details);
        QTRY_VERIFY(details->toPlainText().contains(QLatin1String("bob")));
        QVERIFY2(
            details->toPlainText().contains(QLatin1String("registered resource")), qPrintable(details->toPlainText()));
        saveShot(&window, QStringLiteral("tokens"));
    }

    void revokeFromTheDetailsPane()
    {
        LocalBackend backend(m_location, {});
        openBackend(backend);
        MainWindow window(backend);
        window.show();
        window.showView(MainWindow::View::Tokens);
        auto* table = window.findChild<QTableView*>(QStringLiteral("tokensTableView"));
        auto* state = window.findChild<QComboBox*>(QStringLiteral("tokenStateFilter"));
        auto* revoke = window.findChild<QPushButton*>(QStringLiteral("tokenRevokeButton"));
        QVERIFY(table && state && revoke);
        state->setCurrentIndex(state->findText(QStringLiteral("Active")));
        QTRY_VERIFY(table->model()->rowCount() > 2);
        table->selectRow(0);
        const QString id = table->model()->index(0, 0).data(TokenTableModel::TokenIdRole).toString();
        QVERIFY(revoke->isEnabled());
        revoke->click();
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox*>(QStringLiteral("confirmationMessageBox"))));
        QVERIFY2(box->text().contains(id), qPrintable(box->text()));
        box->findChild<QPushButton*>(QStringLiteral("confirmButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_store->tokens().find(id)->revokedAt != 0, 5000);
        // The active filter no longer shows it.
        QTRY_COMPARE(table->model()->index(0, 0).data(TokenTableModel::TokenIdRole).toString() == id, false);
    }

    void exportWritesEveryMatchingRow()
    {
        LocalBackend backend(m_location, {});
        openBackend(backend);
        MainWindow window(backend);
        window.show();
        window.showView(MainWindow::View::Tokens);
        auto* exportButton = window.findChild<QPushButton*>(QStringLiteral("tokenExportButton"));
        auto* count = window.findChild<QLabel*>(QStringLiteral("tokenCountLabel"));
        QVERIFY(exportButton && count);
        QTRY_VERIFY(exportButton->isEnabled());
        for (const QString& name : {QStringLiteral("tokens.csv"), QStringLiteral("tokens.json")}) {
            const QString path = m_dir.filePath(name);
            exportButton->click();
            QFileDialog* dialog = nullptr;
            QTRY_VERIFY((dialog = window.findChild<QFileDialog*>(QStringLiteral("exportFileDialog"))));
            dialog->selectFile(path);
            static_cast<QDialog*>(dialog)->accept();
            QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 10000);
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray content = file.readAll();
            if (name.endsWith(QLatin1String(".csv"))) {
                QCOMPARE(content.count('\n'), 601); // header + 600 rows
                QVERIFY(content.startsWith("id,kind,state,"));
            } else {
                const QJsonArray rows = QJsonDocument::fromJson(content).array();
                QCOMPARE(rows.size(), 600);
                QVERIFY(rows.first().toObject().contains(QStringLiteral("scopes")));
            }
            QTRY_VERIFY(!window.findChild<QFileDialog*>(QStringLiteral("exportFileDialog")));
        }
    }

    void lookUpAPastedToken()
    {
        auto ring = KeyRing::open(*m_store, QByteArray(32, '\x07'));
        QVERIFY2(ring, ring ? "" : qPrintable(ring.error().message));
        const qint64 now = QDateTime::currentSecsSinceEpoch();
        auto jwt = (*ring)->sign(SigningAlgorithm::RS256,
            QJsonObject{{QStringLiteral("iss"), QStringLiteral("http://127.0.0.1:1")},
                {QStringLiteral("aud"), m_resource}, {QStringLiteral("jti"), QStringLiteral("test-token-000597")},
                {QStringLiteral("scope"), QStringLiteral("application:read")}, {QStringLiteral("iat"), now},
                {QStringLiteral("exp"), now + 3600}});
        QVERIFY(jwt);

        LocalBackend backend(m_location, {});
        openBackend(backend);
        MainWindow window(backend);
        window.show();
        window.showView(MainWindow::View::Tokens);
        auto* edit = window.findChild<QPlainTextEdit*>(QStringLiteral("tokenLookupEdit"));
        auto* button = window.findChild<QPushButton*>(QStringLiteral("tokenLookupButton"));
        auto* result = window.findChild<QTextBrowser*>(QStringLiteral("tokenLookupResultBrowser"));
        QVERIFY(edit && button && result);
        QTest::qWait(300); // the keys load with the page
        edit->setPlainText(QString::fromLatin1(*jwt));
        button->click();
        QTRY_VERIFY2(
            result->toPlainText().contains(QLatin1String("Introspection: active")), qPrintable(result->toPlainText()));
        QVERIFY2(result->toPlainText().contains(QLatin1String("Signature valid")), qPrintable(result->toPlainText()));

        // One changed character in the payload: the signature no longer matches.
        QByteArray tampered = *jwt;
        const qsizetype dot = tampered.indexOf('.');
        tampered[dot + 5] = tampered[dot + 5] == 'A' ? 'B' : 'A';
        edit->setPlainText(QString::fromLatin1(tampered));
        button->click();
        QTRY_VERIFY2(
            result->toPlainText().contains(QLatin1String("Signature not verified")), qPrintable(result->toPlainText()));
    }

private:
    AuditContext m_ctx{QStringLiteral("test"), QStringLiteral("test")};
    DatabaseLocation m_location;
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_resource;
    QStringList m_apps;
    QString m_bob;
};

QTEST_MAIN(TestTokensPage)
#include "tst_tokenspage.moc"
