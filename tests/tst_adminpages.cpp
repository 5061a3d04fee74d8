#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "backend/LocalBackend.h"
#include "demo/DemoData.h"
#include "models/AuditTableModel.h"
#include "models/ConsentTableModel.h"
#include "models/SigningKeyTableModel.h"
#include "store/Store.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTime>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpauth;
using mcpauth::test::openBackend;
using mcpauth::test::saveShot;

// The Consents, Audit log and Signing keys pages, offscreen, on a real store through a LocalBackend.
class TestAdminPages : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        test::isolate(m_dir, QStringLiteral("tst_adminpages"));
        if (QTest::currentTestFailed())
            return;
        std::optional<DemoDataReport> demo;
        test::openDemoStore(m_dir, m_location, m_store, &demo);
        if (QTest::currentTestFailed())
            return;
        auto apps = m_store->applications().list();
        QVERIFY(apps && apps->size() >= 2);
        QStringList users;
        for (const QString& name : {QStringLiteral("carol"), QStringLiteral("dave")}) {
            User user;
            user.organizationId = apps->first().organizationId;
            user.username = name;
            auto created = m_store->users().create(user, QStringLiteral("correct horse battery staple 9"), m_ctx);
            QVERIFY2(created, created ? "" : qPrintable(created.error().message));
            users << created->id;
        }
        // carol consented to two applications, dave to one.
        for (int i = 0; i < 3; ++i) {
            Consent c;
            c.userId = users.at(i == 2 ? 1 : 0);
            c.applicationId = apps->at(i % 2).id;
            c.resource = demo->resourceUri;
            c.scopes = {QStringLiteral("mcp:tools")};
            auto granted = m_store->consents().grant(c, m_ctx);
            QVERIFY2(granted, granted ? "" : qPrintable(granted.error().message));
        }
        m_carol = users.at(0);
    }

    void consentsFilterAndRevoke()
    {
        LocalBackend backend(m_location, {});
        openBackend(backend);
        MainWindow window(backend);
        window.resize(1200, 700);
        window.show();
        window.showView(MainWindow::View::Consents);
        auto* table = window.findChild<QTableView*>(QStringLiteral("consentsTableView"));
        auto* user = window.findChild<QComboBox*>(QStringLiteral("consentUserFilter"));
        auto* revoked = window.findChild<QCheckBox*>(QStringLiteral("consentIncludeRevokedCheckBox"));
        auto* revoke = window.findChild<QPushButton*>(QStringLiteral("consentRevokeButton"));
        QVERIFY(table && user && revoked && revoke);
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_COMPARE(table->model()->rowCount(), 3);
        saveShot(&window, QStringLiteral("consents"));
        QTRY_VERIFY(user->findText(QStringLiteral("carol")) > 0);
        user->setCurrentIndex(user->findText(QStringLiteral("carol")));
        QTRY_COMPARE(table->model()->rowCount(), 2);
        QCOMPARE(table->model()->index(0, ConsentTableModel::UserColumn).data().toString(), QStringLiteral("carol"));

        table->selectRow(0);
        const QString id = table->model()->index(0, 0).data(ConsentTableModel::ConsentIdRole).toString();
        QVERIFY(revoke->isEnabled());
        revoke->click();
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox*>(QStringLiteral("confirmationMessageBox"))));
        QVERIFY2(box->text().contains(QLatin1String("carol")), qPrintable(box->text()));
        box->findChild<QPushButton*>(QStringLiteral("confirmButton"))->click();
        QTRY_VERIFY_WITH_TIMEOUT(m_store->consents().find(id)->isRevoked(), 5000);
        QTRY_COMPARE(table->model()->rowCount(), 1);
        revoked->setChecked(true);
        QTRY_COMPARE(table->model()->rowCount(), 2);
    }

    void auditFiltersDetailsAndLiveRows()
    {
        LocalBackend backend(m_location, {});
        openBackend(backend);
        MainWindow window(backend);
        window.resize(1200, 700);
        window.show();
        window.showView(MainWindow::View::Audit);
        auto* table = window.findChild<QTableView*>(QStringLiteral("auditTableView"));
        auto* action = window.findChild<QLineEdit*>(QStringLiteral("auditActionFilter"));
        auto* text = window.findChild<QLineEdit*>(QStringLiteral("auditTextFilter"));
        auto* details = window.findChild<QPlainTextEdit*>(QStringLiteral("auditDetailsEdit"));
        auto* count = window.findChild<QLabel*>(QStringLiteral("auditCountLabel"));
        QVERIFY(table && action && text && details && count);
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(table->model()->rowCount() > 5);
        const auto all = m_store->audit().count({});
        QVERIFY(all);
        QTRY_VERIFY2(count->text().startsWith(QString::number(*all) + QLatin1Char(' ')), qPrintable(count->text()));

        AuditFilter consentEvents;
        consentEvents.action = QStringLiteral("consent.");
        const auto consentCount = m_store->audit().count(consentEvents);
        QVERIFY(consentCount && *consentCount >= 3);
        action->setText(QStringLiteral("consent."));
        QTRY_COMPARE(table->model()->rowCount(), int(*consentCount));
        for (int row = 0; row < table->model()->rowCount(); ++row)
            QVERIFY(table->model()
                        ->index(row, AuditTableModel::ActionColumn)
                        .data()
                        .toString()
                        .startsWith(QLatin1String("consent.")));
        action->clear();
        text->setText(QStringLiteral("DAVE"));
        auto* model = qobject_cast<AuditTableModel*>(table->model());
        QVERIFY(model);
        QTRY_VERIFY(model->filter().text == QLatin1String("DAVE") && model->rowCount() >= 1 && model->rowCount() < 5);
        table->selectRow(0);
        QVERIFY2(details->toPlainText().contains(QLatin1String("dave"), Qt::CaseInsensitive),
            qPrintable(details->toPlainText()));
        text->clear();
        QTRY_VERIFY(table->model()->rowCount() > 5);

        // A change made elsewhere appears at the top; the selected event stays selected.
        table->selectRow(2);
        const qint64 selectedSeq = table->model()->index(2, 0).data(AuditTableModel::SeqRole).toLongLong();
        const int before = table->model()->rowCount();
        User erin;
        erin.organizationId = m_store->organizations().find(QStringLiteral("demo"))->id;
        erin.username = QStringLiteral("erin");
        QVERIFY(m_store->users().create(erin, QStringLiteral("correct horse battery staple 9"), m_ctx));
        QTRY_VERIFY_WITH_TIMEOUT(table->model()->rowCount() > before, 5000);
        QCOMPARE(
            table->model()->index(0, AuditTableModel::ActionColumn).data().toString(), QStringLiteral("user.create"));
        const QModelIndexList selected = table->selectionModel()->selectedRows();
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.first().data(AuditTableModel::SeqRole).toLongLong(), selectedSeq);
        saveShot(&window, QStringLiteral("audit"));
    }

    void auditVerificationAndExport()
    {
        LocalBackend backend(m_location, {});
        openBackend(backend);
        MainWindow window(backend);
        window.show();
        window.showView(MainWindow::View::Audit);
        auto* verify = window.findChild<QPushButton*>(QStringLiteral("auditVerifyButton"));
        auto* result = window.findChild<QLabel*>(QStringLiteral("auditVerifyResultLabel"));
        auto* exportButton = window.findChild<QPushButton*>(QStringLiteral("auditExportButton"));
        QVERIFY(verify && result && exportButton);
        verify->click();
        QTRY_VERIFY2_WITH_TIMEOUT(result->text().contains(QLatin1String("Intact")), qPrintable(result->text()), 10000);

        QTRY_VERIFY(exportButton->isEnabled());
        const QString path = m_dir.filePath(QStringLiteral("audit.csv"));
        exportButton->click();
        QFileDialog* dialog = nullptr;
        QTRY_VERIFY((dialog = window.findChild<QFileDialog*>(QStringLiteral("exportFileDialog"))));
        dialog->selectFile(path);
        static_cast<QDialog*>(dialog)->accept();
        QTRY_VERIFY_WITH_TIMEOUT(QFile::exists(path), 10000);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const auto events = m_store->audit().count({});
        // One line per event plus the header; details in JSON never hold a raw newline.
        QCOMPARE(file.readAll().count('\n'), *events + 1);

        // Change one stored event behind the chain's back (past the triggers that keep the log append-only,
        // as someone with the database file could): verification names the broken link.
        QStringList triggers;
        {
            auto q = m_store->database().exec(
                QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'audit_events'"));
            QVERIFY(q);
            QSqlQuery query = std::move(q).value();
            while (query.next())
                triggers << query.value(0).toString();
        }
        for (const QString& trigger : std::as_const(triggers))
            QVERIFY(m_store->database().exec(QStringLiteral("DROP TRIGGER %1").arg(trigger)));
        auto tampered
            = m_store->database().exec(QStringLiteral("UPDATE audit_events SET actor = 'mallory' WHERE seq = 3"));
        QVERIFY2(tampered, tampered ? "" : qPrintable(tampered.error().message));
        verify->click();
        QTRY_VERIFY2_WITH_TIMEOUT(
            result->text().contains(QLatin1String("Broken at event 3")), qPrintable(result->text()), 10000);
    }

    void signingKeysRotate()
    {
        LocalBackend backend(m_location, {});
        openBackend(backend);
        MainWindow window(backend);
        window.resize(1200, 600);
        window.show();
        window.showView(MainWindow::View::SigningKeys);
        auto* table = window.findChild<QTableView*>(QStringLiteral("signingKeysTableView"));
        auto* rotate = window.findChild<QPushButton*>(QStringLiteral("signingKeyRotateButton"));
        auto* result = window.findChild<QLabel*>(QStringLiteral("signingKeyResultLabel"));
        QVERIFY(table && rotate && result);
        QAbstractItemModelTester tester(table->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        const qsizetype before = m_store->signingKeys().list()->size();
        QTRY_COMPARE(table->model()->rowCount(), int(before));
        rotate->click();
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = window.findChild<QMessageBox*>(QStringLiteral("confirmationMessageBox"))));
        box->findChild<QPushButton*>(QStringLiteral("confirmButton"))->click();
        QTRY_VERIFY2_WITH_TIMEOUT(
            result->text().contains(QLatin1String("signs from now on")), qPrintable(result->text()), 20000);
        const auto keys = m_store->signingKeys().list();
        QVERIFY(keys);
        // A store without keys gets both algorithms' keys first, then the rotation adds one.
        QVERIFY2(keys->size() > before, qPrintable(QString::number(keys->size())));
        int retired = 0;
        for (const SigningKey& key : *keys)
            retired += key.state == KeyState::Retired ? 1 : 0;
        QCOMPARE(retired, 1);
        QTRY_COMPARE(table->model()->rowCount(), int(keys->size()));
        QCOMPARE(
            table->model()->index(0, SigningKeyTableModel::StateColumn).data().toString(), QStringLiteral("Active"));
        saveShot(&window, QStringLiteral("signing-keys"));

        // Retire now: the active key cannot be (rotate first); the replaced one leaves the JWKS at once.
        auto* retireNow = window.findChild<QPushButton*>(QStringLiteral("signingKeyRetireButton"));
        QVERIFY(retireNow);
        table->selectRow(0);
        QVERIFY(!retireNow->isEnabled());
        int retiredRow = -1;
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()
                    ->index(row, SigningKeyTableModel::StateColumn)
                    .data()
                    .toString()
                    .startsWith(QLatin1String("Retired, published")))
                retiredRow = row;
        }
        QVERIFY(retiredRow >= 0);
        table->selectRow(retiredRow);
        QVERIFY(retireNow->isEnabled());
        retireNow->click();
        QTRY_VERIFY((box = window.findChild<QMessageBox*>(QStringLiteral("confirmationMessageBox"))));
        box->findChild<QPushButton*>(QStringLiteral("confirmButton"))->click();
        QTRY_VERIFY2_WITH_TIMEOUT(
            result->text().contains(QLatin1String("no longer published")), qPrintable(result->text()), 10000);
        const auto after = m_store->signingKeys().list();
        QVERIFY(after);
        int revoked = 0;
        QString activeKid;
        for (const SigningKey& key : *after) {
            revoked += key.state == KeyState::Revoked ? 1 : 0;
            if (key.state == KeyState::Active)
                activeKid = key.kid;
        }
        QCOMPARE(revoked, 1);
        const Status refused = m_store->signingKeys().revoke(
            activeKid, QDateTime::currentMSecsSinceEpoch(), {QStringLiteral("t"), QStringLiteral("t")});
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::Conflict);
    }

private:
    AuditContext m_ctx{QStringLiteral("test"), QStringLiteral("test")};
    DatabaseLocation m_location;
    QTemporaryDir m_dir;
    std::unique_ptr<Store> m_store;
    QString m_carol;
};

QTEST_MAIN(TestAdminPages)
#include "tst_adminpages.moc"
