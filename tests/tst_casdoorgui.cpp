#include "CasdoorFake.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "backend/casdoor/CasdoorBackend.h"
#include "dialogs/ApplicationEditorDialog.h"
#include "models/TokenTableModel.h"
#include "pages/ConsolePage.h"
#include "widgets/DifferenceNote.h"

#include <QCheckBox>
#include <QComboBox>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace mcpauth;
using mcpauth::test::CasdoorFake;
using mcpauth::test::saveShot;

// The console on a Casdoor profile, offscreen, against the Casdoor stand-in: every page that Casdoor
// serves lists what the server holds, an edit keeps what the user did not touch, tokens are expired or
// deleted as the user chooses, and what Casdoor does differently is said on screen.
class TestCasdoorGui : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CasdoorFake> m_fake;
    std::unique_ptr<CasdoorBackend> m_backend;
    std::unique_ptr<MainWindow> m_window;

    template <typename T>
    T* findVisible(const QString& name = {})
    {
        T* found = nullptr;
        (void)QTest::qWaitFor(
            [&] {
                for (T* w : m_window->findChildren<T*>()) {
                    if (w->isVisible() && (name.isEmpty() || w->objectName() == name))
                        found = w;
                }
                return found != nullptr;
            },
            10000);
        return found;
    }

    static int rowOf(QTableView* table, const QString& text, int column = 0)
    {
        for (int row = 0; row < table->model()->rowCount(); ++row) {
            if (table->model()->index(row, column).data().toString() == text)
                return row;
        }
        return -1;
    }

    static QString visibleNote(QWidget* within, const QString& topic)
    {
        auto* note = within->findChild<DifferenceNote*>(QStringLiteral("differenceNote:") + topic);
        return note && !note->isHidden() ? note->text() : QString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        test::isolate(m_dir, QStringLiteral("tst_casdoorgui"));
        if (QTest::currentTestFailed())
            return;
    }

    void init()
    {
        m_fake = std::make_unique<CasdoorFake>();
        QVERIFY(m_fake->start());
        m_fake->seed(6, 12, 30);
        m_backend = std::make_unique<CasdoorBackend>(QUrl(m_fake->origin()), QStringLiteral("acme"),
            QString::fromLatin1(CasdoorFake::kClientId), QString::fromLatin1(CasdoorFake::kClientSecret));
        std::optional<Status> opened;
        QObject context;
        m_backend->open(&context, [&](Status s) { opened = s; });
        QTRY_VERIFY(opened.has_value());
        QVERIFY2(*opened, qPrintable(opened->error().message));
        m_window = std::make_unique<MainWindow>(*m_backend);
        m_window->resize(1280, 800);
        m_window->show();
    }

    void cleanup()
    {
        m_window.reset();
        m_backend.reset();
        m_fake.reset();
    }

    void applicationsListAndEditKeepsFields()
    {
        m_window->showView(MainWindow::View::Applications);
        auto* table = findVisible<QTableView>(QStringLiteral("applicationsTableView"));
        QVERIFY(table);
        QTRY_COMPARE(table->model()->rowCount(), 6);
        QVERIFY(rowOf(table, QStringLiteral("app-0")) >= 0);
        saveShot(m_window.get(), QStringLiteral("casdoor-applications"));

        const QJsonObject before = m_fake->application(QStringLiteral("app-0"));
        table->setCurrentIndex(table->model()->index(rowOf(table, QStringLiteral("app-0")), 0));
        table->selectRow(rowOf(table, QStringLiteral("app-0")));
        QTest::keyClick(table, Qt::Key_Return);
        auto* dialog = findVisible<ApplicationEditorDialog>();
        QVERIFY(dialog);
        // What Casdoor does differently is said in the editor, and the fields it cannot store are disabled.
        auto* consent = dialog->findChild<QComboBox*>(QStringLiteral("consentPolicyComboBox"));
        QVERIFY(!consent->isEnabled());
        QVERIFY(consent->toolTip().contains(QLatin1String("once")));
        QVERIFY(!visibleNote(dialog, QStringLiteral("application.consentPolicy")).isEmpty());
        QVERIFY(visibleNote(dialog, QStringLiteral("application.redirectUris"))
                    .contains(QLatin1String("127.0.0.1/callback")));
        QVERIFY(!dialog->findChild<QCheckBox*>(QStringLiteral("pkceCheckBox"))->isEnabled());
        QVERIFY(!dialog->findChild<QLineEdit*>(QStringLiteral("corsOriginsLineEdit"))->isEnabled());

        auto* displayName = dialog->findChild<QLineEdit*>(QStringLiteral("displayNameLineEdit"));
        QVERIFY(displayName);
        QCOMPARE(displayName->text(), QStringLiteral("Application 0"));
        displayName->setText(QStringLiteral("Edited in the console"));
        auto* tabs = dialog->findChild<QTabWidget*>(QStringLiteral("applicationTabWidget"));
        tabs->setCurrentIndex(2);
        saveShot(dialog, QStringLiteral("casdoor-application-editor-tokens"));
        tabs->setCurrentIndex(1);
        saveShot(dialog, QStringLiteral("casdoor-application-editor-redirects"));
        auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
        QTRY_VERIFY(save->isEnabled());
        const QPointer<QDialog> open(dialog);
        save->click();
        QTRY_VERIFY(!open || !open->isVisible());
        QTRY_COMPARE(m_fake->application(QStringLiteral("app-0")).value(QStringLiteral("displayName")).toString(),
            QStringLiteral("Edited in the console"));
        const QJsonObject after = m_fake->application(QStringLiteral("app-0"));
        for (const QString& key : before.keys()) {
            if (key != QLatin1String("displayName"))
                QVERIFY2(after.value(key) == before.value(key), qPrintable(key));
        }
    }

    // Casdoor gives new applications 168-hour access tokens, over the local server's one-day cap: the
    // editor explains it and still saves an edit that leaves the lifetime alone; a year is the bound.
    void casdoorLifetimesAreExplainedNotRefused()
    {
        QJsonObject week = m_fake->application(QStringLiteral("app-1"));
        week.insert(QStringLiteral("expireInHours"), 168);
        week.insert(QStringLiteral("refreshExpireInHours"), 168);
        m_fake->putApplication(week);
        m_window->showView(MainWindow::View::Applications);
        auto* table = findVisible<QTableView>(QStringLiteral("applicationsTableView"));
        QVERIFY(table);
        QTRY_VERIFY(rowOf(table, QStringLiteral("app-1")) >= 0);
        table->selectRow(rowOf(table, QStringLiteral("app-1")));
        QTest::keyClick(table, Qt::Key_Return);
        auto* dialog = findVisible<ApplicationEditorDialog>();
        QVERIFY(dialog);
        auto* access = dialog->findChild<QSpinBox*>(QStringLiteral("accessTokenLifetimeSpinBox"));
        QVERIFY(access);
        QCOMPARE(access->value(), 168 * 3600);
        const QString note = visibleNote(dialog, QStringLiteral("application.lifetimes"));
        QVERIFY2(note.contains(QLatin1String("168 hours")), qPrintable(note));
        QCOMPARE(access->toolTip(), note);
        dialog->findChild<QTabWidget*>(QStringLiteral("applicationTabWidget"))->setCurrentIndex(2);
        saveShot(dialog, QStringLiteral("casdoor-application-editor-lifetimes"));
        auto* save = dialog->findChild<QPushButton*>(QStringLiteral("saveButton"));
        QTRY_VERIFY(save->isEnabled());

        access->setValue(366 * 24 * 3600);
        QVERIFY(!save->isEnabled());
        QVERIFY2(save->toolTip().contains(QLatin1String("too long")), qPrintable(save->toolTip()));
        access->setValue(168 * 3600);
        QVERIFY(save->isEnabled());

        dialog->findChild<QLineEdit*>(QStringLiteral("displayNameLineEdit"))->setText(QStringLiteral("Week-long"));
        const QPointer<QDialog> open(dialog);
        save->click();
        QTRY_VERIFY(!open || !open->isVisible());
        QTRY_COMPARE(m_fake->application(QStringLiteral("app-1")).value(QStringLiteral("displayName")).toString(),
            QStringLiteral("Week-long"));
        QCOMPARE(m_fake->application(QStringLiteral("app-1")).value(QStringLiteral("expireInHours")).toDouble(), 168.0);
    }

    void tokensRevokeOrDelete()
    {
        m_window->showView(MainWindow::View::Tokens);
        auto* table = findVisible<QTableView>(QStringLiteral("tokensTableView"));
        QVERIFY(table);
        QTRY_COMPARE(table->model()->rowCount(), 12);
        QVERIFY(visibleNote(m_window.get(), QStringLiteral("token.revoke")).contains(QLatin1String("offline")));

        table->selectRow(0);
        const QString first = table->model()->index(0, 0).data(TokenTableModel::TokenIdRole).toString();
        auto* revoke = m_window->findChild<QPushButton*>(QStringLiteral("tokenRevokeButton"));
        auto* deleteRecord = m_window->findChild<QPushButton*>(QStringLiteral("tokenDeleteRecordButton"));
        QVERIFY(revoke->isEnabled());
        QVERIFY(deleteRecord->isEnabled());
        saveShot(m_window.get(), QStringLiteral("casdoor-tokens"));
        revoke->click();
        auto* box = findVisible<QMessageBox>(QStringLiteral("confirmationMessageBox"));
        QVERIFY(box);
        QVERIFY2(box->text().contains(QLatin1String("offline")), qPrintable(box->text()));
        saveShot(box, QStringLiteral("casdoor-token-revoke-confirmation"));
        box->findChild<QPushButton*>(QStringLiteral("confirmButton"))->click();
        QTRY_COMPARE(m_fake->token(first).value(QStringLiteral("expiresIn")).toInt(-1), 0);
        QCOMPARE(m_fake->tokenCount(), 12); // the row stays

        QTRY_VERIFY(table->model()->rowCount() == 12);
        table->selectRow(1);
        const QString second = table->model()->index(1, 0).data(TokenTableModel::TokenIdRole).toString();
        QVERIFY(second != first);
        QTRY_VERIFY(deleteRecord->isEnabled());
        deleteRecord->click();
        QTRY_VERIFY((box = findVisible<QMessageBox>(QStringLiteral("confirmationMessageBox"))));
        QVERIFY2(box->text().contains(QLatin1String("record")), qPrintable(box->text()));
        box->findChild<QPushButton*>(QStringLiteral("confirmButton"))->click();
        QTRY_COMPARE(m_fake->tokenCount(), 11);
        QVERIFY(m_fake->token(second).isEmpty());
        QVERIFY(!m_fake->token(first).isEmpty());
    }

    void consentsAndAudit()
    {
        m_window->showView(MainWindow::View::Consents);
        auto* consents = findVisible<QTableView>(QStringLiteral("consentsTableView"));
        QVERIFY(consents);
        QTRY_COMPARE(consents->model()->rowCount(), 4);
        QVERIFY(visibleNote(m_window.get(), QStringLiteral("consents")).contains(QLatin1String("applicationScopes")));
        saveShot(m_window.get(), QStringLiteral("casdoor-consents"));

        m_window->showView(MainWindow::View::Audit);
        auto* audit = findVisible<QTableView>(QStringLiteral("auditTableView"));
        QVERIFY(audit);
        QTRY_COMPARE(audit->model()->rowCount(), 30);
        // The count and the rows were asked for at once, both before Casdoor said it wants a user.
        auto* count = m_window->findChild<QLabel*>(QStringLiteral("auditCountLabel"));
        QTRY_VERIFY2(count->text().contains(QLatin1String("30")), qPrintable(count->text()));
        QVERIFY2(!m_window->statusBar()->currentMessage().contains(QLatin1String("Could not")),
            qPrintable(m_window->statusBar()->currentMessage()));
        QVERIFY(!visibleNote(m_window.get(), QStringLiteral("audit")).isEmpty());
        auto* verify = m_window->findChild<QPushButton*>(QStringLiteral("auditVerifyButton"));
        QVERIFY(!verify->isEnabled());
        QVERIFY(verify->toolTip().contains(QLatin1String("hash-chained")));
        saveShot(m_window.get(), QStringLiteral("casdoor-audit"));

        // What Casdoor has no API for is shown unavailable with the reason, not hidden.
        m_window->showView(MainWindow::View::Users);
        saveShot(m_window.get(), QStringLiteral("casdoor-users-unavailable"));
    }
};

QTEST_MAIN(TestCasdoorGui)
#include "tst_casdoorgui.moc"
